"""counterpart: parameterised notebook reports on East-West counterpart cooperation.

The notebooks in ``notebooks/`` stay thin; the logic they call lives here, one module per idea:
``dataset`` (load the curated data), ``validate`` (check it), ``scope`` (what a report may use),
``indicators`` (status rules), ``params`` (the notebooks' parameter contract), ``run`` (papermill),
``export`` (HTML and PDF), ``render`` and ``charts`` (safe tables and house-style figures),
``provenance`` (what a report was built from).
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("counterpart")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
