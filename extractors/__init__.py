"""kzprof extraction library: Kazakhstan's occupational acts -> curated tables.

Importable and testable without Prefect; `flows/` wires these steps into the
`refresh` flow.
"""
__version__ = "0.1.0"

from .native import install as _use_compiled_copies  # noqa: E402

_use_compiled_copies()
