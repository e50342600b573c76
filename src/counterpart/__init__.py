"""counterpart: parameterised notebook reports on East-West counterpart cooperation.

Four layers, each a subpackage, imports pointing down only (the import-linter contract in
``pyproject.toml``, checked by ``make lint``):

- ``runner`` (batch runs, exports, brief, index) and ``ingest`` (articles -> reviewed rows),
- ``reports`` (what notebooks call: tables, charts, sentences, provenance),
- ``dataset`` (schema, validation, loading, scoping, appending),
- ``errors``, ``atomic``, ``version``: shared by all.

``cli`` sits on top of everything.
"""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("counterpart")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0+unknown"
