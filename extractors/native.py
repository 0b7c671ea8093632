"""Compiled copies of the hot modules, used only where they are the code on disk.

The text path spends its time in pure-Python loops spread over many modules (label matching,
the character model, the joiner, the repair, the card parser: no one hot spot). Cython compiles
these modules, unchanged, to C extensions that run the same code about 15 % faster.

A compiled copy is kept under `build/native/` (outside the library, so that the code's
fingerprint in `incremental.py` does not change with it), named by the sha256 of the source it was
compiled from: `labels.<sha>.cpython-311-x86_64-linux-gnu.so`. The import finder installed by
`install()` loads a module's copy only where one exists for the module's source as it is now. An
edited module runs as Python until it is compiled again, so a copy can never stand for code that
is no longer there. `KZPROF_PURE=1` turns the copies off (profilers see Python lines then).

    python -m extractors.native_build        # compile what is missing (make does it; Cython, gcc)
    python -m extractors.native_build status # which modules have a copy
"""
from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import os
import sys
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
PACKAGE = PACKAGE_DIR.name
NATIVE_DIR = PACKAGE_DIR.parent / "build" / "native"
SUFFIX = importlib.machinery.EXTENSION_SUFFIXES[0]

# the modules where a document's work spends most of its pure-Python time (py-spy, stop 35); none
# of them reads its own `__file__` (an extension's is the copy's path)
HOT = ("labels", "lexicon", "displaced_links", "repair", "joining", "shapes", "card_rows", "text",
       "segments", "morphology", "card_state", "card_parse", "units", "lists", "legal_refs", "cards",
       "language", "paragraphs", "card_evidence", "amendments", "card_values", "requirement_table")

def source_sha(name: str) -> str:
    return hashlib.sha256((PACKAGE_DIR / f"{name}.py").read_bytes()).hexdigest()


def copy_path(name: str, sha: str | None = None) -> Path:
    return NATIVE_DIR / f"{name}.{(sha or source_sha(name))[:16]}{SUFFIX}"


class _Finder(importlib.abc.MetaPathFinder):
    """Finds a hot module's compiled copy where one matches its source; any other import, and a
    hot module without a matching copy, is left to the usual finders."""

    def find_spec(self, fullname, path=None, target=None):
        package, _, name = fullname.rpartition(".")
        if package != PACKAGE or name not in HOT:
            return None
        try:
            copy = copy_path(name)
        except OSError:
            return None
        if not copy.is_file():
            return None
        return importlib.util.spec_from_file_location(fullname, copy)


def install() -> None:
    """Put the finder first, once, unless KZPROF_PURE is set or nothing was ever compiled."""
    if os.environ.get("KZPROF_PURE") or not NATIVE_DIR.is_dir():
        return
    if not any(isinstance(f, _Finder) for f in sys.meta_path):
        sys.meta_path.insert(0, _Finder())


def compiled() -> list[str]:
    """The hot modules that run compiled in this process."""
    return [name for name in HOT if getattr(sys.modules.get(f"{PACKAGE}.{name}"), "__file__", "").endswith(SUFFIX)]
