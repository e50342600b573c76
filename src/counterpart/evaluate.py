"""``python -m counterpart.evaluate``: a stable entry point for scoring the extractor.

The evaluation lives in ``counterpart.ingest.evaluate``; articles scored outside the project call
this name, so it stays.
"""

from .ingest.evaluate import main

if __name__ == "__main__":
    raise SystemExit(main())
