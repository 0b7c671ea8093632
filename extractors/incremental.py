"""What a refresh can reuse: each act's extraction kept by its identity, and the whole run's
inputs compared with the last publish.

An act's extraction depends on its bytes, its path in the input folder (the records name it),
the code and the vocabulary, and nothing else: each act is read with its own words and the
general lists. So its result is kept under the sha256 of these (`ResultCache`), in a folder
beside `curated/`, and a refresh reads again only the acts whose key it has not seen. What is
computed across acts (repeal status, unit versions, labels, legal references) is computed
again from the kept results, which is cheap.

A refresh whose inputs (every file's path and bytes, what was skipped), code, vocabulary and
options are those of the last publish has nothing to do (`unchanged`).
"""
from __future__ import annotations

import gc
import hashlib
import json
import os
import pickle
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LIBRARY = Path(__file__).resolve().parent
# a run whose refusals depend on the machine (time budget, a worker lost, an interruption)
# is worth running again on the same inputs
NOT_REPEATABLE = frozenset({"too_slow", "crashed", "interrupted"})
# refusals that may not recur on the same bytes (a file unreadable for its permissions, a reader
# that failed) are not kept; any other refusal is the bytes' own and kept like a result
NOT_KEPT = NOT_REPEATABLE | {"unreadable", "parse_error"}


@lru_cache(maxsize=None)
def code_fingerprint() -> str:
    """The sha256 of every file of the library: its code, the vocabulary (`vocab/**`, the
    dictionaries and the card template included), templates and SQL. Any change there makes
    every kept result stale."""
    digest = hashlib.sha256()
    for path in sorted(LIBRARY.rglob("*")):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in (".pyc", ".pyo"):
            continue
        digest.update(path.relative_to(LIBRARY).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def result_key(source_file: str, sha256: str, ocr: bool = False) -> str:
    """The identity of one act's extraction: its path, its bytes, the code and the vocabulary, and
    whether a PDF without a text layer is read by OCR (refused without it)."""
    return hashlib.sha256(f"{code_fingerprint()}\0{source_file}\0{sha256}\0{int(ocr)}".encode()).hexdigest()


def cache_folder(curated: Path) -> Path:
    """Where a refresh of `curated/` keeps its acts' results: `cache/` beside it."""
    return Path(curated).parent / "cache"


class ResultCache:
    """One pickle per act, named by its key. A damaged or unreadable entry is a miss, never an
    error; writes are atomic (a file renamed into place), so an interrupted run leaves whole
    entries or none. `folder=None` keeps nothing."""

    SUFFIX = ".pickle"

    def __init__(self, folder: Path | None):
        self.folder = Path(folder) if folder else None
        self.used: set[str] = set()

    def get(self, key: str):
        if self.folder is None:
            return None
        path = self.folder / f"{key}{self.SUFFIX}"
        try:
            with open(path, "rb") as fh:
                value = pickle.load(fh)
        except FileNotFoundError:
            return None
        except Exception:  # a damaged entry (a full disk, an older format): read the act again
            path.unlink(missing_ok=True)
            return None
        self.used.add(key)
        return value

    def get_many(self, keys: dict) -> dict:
        """The entries kept for `keys` ({name: key or None}), by name. Loading makes millions of
        objects at once: the garbage collector is paused meanwhile (left on, it walks those already
        loaded again and again: 1.1 s instead of 0.3 s for 1,000 acts), and then everything the
        process holds is frozen out of its reach (`gc.freeze`; the first full collection after
        loading took 0.8 s more) until `release()`."""
        was_on = gc.isenabled()
        gc.disable()
        try:
            found = {name: self.get(key) for name, key in keys.items() if key}
            gc.freeze()
        finally:
            if was_on:
                gc.enable()
        return {name: value for name, value in found.items() if value is not None}

    @staticmethod
    def release() -> None:
        """What `get_many` froze is the collector's again."""
        gc.unfreeze()

    def put(self, key: str, value) -> None:
        if self.folder is None:
            return
        self.used.add(key)
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.folder)
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, self.folder / f"{key}{self.SUFFIX}")
        except OSError:  # a cache that cannot be written only costs time next run
            if "tmp" in locals():
                Path(tmp).unlink(missing_ok=True)

    def prune(self) -> int:
        """Remove every entry this run did not use (acts gone, older code): the cache holds the
        corpus of the last run and no more. Returns how many were removed."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        removed = 0
        for path in self.folder.iterdir():
            stale = path.name.startswith(".tmp-") or (path.suffix == self.SUFFIX and path.stem not in self.used)
            if stale and path.is_file():
                path.unlink(missing_ok=True)
                removed += 1
        return removed


@dataclass
class Input:
    path: Path
    source_file: str  # relative to the input folder
    sha256: str | None  # None: too large to be worth reading (it is refused unread)


def inputs_of(files, root: Path) -> list[Input]:
    """Every file of the input folder with its fingerprint, in the folder's order (reading them
    costs a fraction of a second per hundred acts: the bytes, not their text)."""
    from .pipeline import relative

    return [Input(Path(p), relative(p, root), _fingerprint(Path(p))) for p in files]


_FINGERPRINTS: dict[tuple, str] = {}


def _fingerprint(path: Path) -> str | None:
    """A file's sha256, read once in a process while the file is unchanged (the same device,
    inode, size, modification and change times, whichever path names it): the command line
    compares the inputs with the last publish before Prefect starts (with the folder as the user
    wrote it), and the flow lists them again (resolved)."""
    from .pipeline import file_fingerprint

    try:
        st = os.stat(path)
    except OSError:
        return None
    stamp = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)
    sha = _FINGERPRINTS.get(stamp)
    if sha is None:
        sha = file_fingerprint(path)
        if sha is not None:
            if len(_FINGERPRINTS) >= 100_000:
                _FINGERPRINTS.clear()
            _FINGERPRINTS[stamp] = sha
    return sha


def run_options(strict: bool, ocr: bool) -> dict:
    """The refresh options that change what is published, as the run's fingerprint holds them."""
    return {"strict": bool(strict), "ocr": bool(ocr)}


def run_fingerprint(inputs: list[Input], skipped: list, options: dict) -> str:
    """The identity of a whole refresh: every input file (path, sha256), every skipped path with
    its reason, the code and vocabulary, and the options that change what is published."""
    body = {"code": code_fingerprint(), "inputs": sorted((i.source_file, i.sha256) for i in inputs),
            "skipped": sorted((s.source_file, s.reason) for s in skipped), "options": options}
    return hashlib.sha256(json.dumps(body, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def compare_with_last_publish(inputs: list[Input], skipped: list, curated: Path, options: dict):
    """This run's fingerprint, whether the run that published `curated/` had the same one
    (nothing changed since), and that run's id."""
    fingerprint = run_fingerprint(inputs, skipped, options)
    previous, run_id = published_fingerprint(curated)
    return fingerprint, fingerprint == previous, run_id


def nothing_changed(run_id: str | None, count: int, curated: str) -> str:
    return f"nothing changed since run {run_id} (the same {count} inputs, code and vocabulary); {curated} unchanged"


def published_fingerprint(curated: Path) -> tuple[str | None, str | None]:
    """(fingerprint, run id) of the run that published `curated/`, or (None, None)."""
    try:
        manifest = json.loads((Path(curated) / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None
    if not isinstance(manifest, dict):
        return None, None
    return manifest.get("run_fingerprint"), manifest.get("run_id")
