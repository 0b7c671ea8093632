"""Publishing the curated folder: all tables at once, or nothing.

A refresh writes a complete new folder beside the published one, then swaps the
two in one step (Linux `renameat2(RENAME_EXCHANGE)`; elsewhere two renames with
recovery of an interrupted swap). Readers therefore see the old folder or the
new one, never a mix, and a refresh killed at any point leaves the previous
folder as it was. A lock file keeps two refreshes of one folder apart.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import errno
import fcntl
import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import datapackage

RENAME_EXCHANGE = 2
AT_FDCWD = -100


class CannotStart(Exception):
    """The refresh cannot start: the message names the path and what is wrong with it."""


class LockBusy(CannotStart):
    pass


_HELD: dict[Path, int] = {}  # lock file -> how many nested holders in this process


def lock_path(curated: Path) -> Path:
    curated = Path(curated)
    return curated.parent / f".{curated.name}.lock"


@contextmanager
def refresh_lock(curated: Path):
    """Hold the folder's lock for the whole refresh; a second refresh fails fast with who holds it.

    Nested holders in one process share the lock (the command line takes it before Prefect
    starts, the flow takes it again)."""
    curated = Path(curated)
    path = lock_path(curated).resolve()
    if path in _HELD:
        _HELD[path] += 1
        try:
            yield path
        finally:
            _HELD[path] -= 1
        return
    with os_errors("create the lock file", path):
        curated.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
                raise LockBusy(f"another refresh (pid {holder}) is publishing to {curated} (lock {path}); "
                               f"try again when it ends") from exc
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        _HELD[path] = 1
        try:
            yield path
        finally:
            del _HELD[path]
    finally:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


class PathError(OSError):
    """An OS error that says which path and what was being done."""


@contextmanager
def os_errors(doing: str, path: Path):
    """Re-raise an OS error (disk full, read-only, permission denied) with the path it concerns."""
    try:
        yield
    except PathError:
        raise
    except OSError as exc:
        where = exc.filename or path
        raise PathError(exc.errno, f"cannot {doing}: {where}: {exc.strerror or exc}") from exc


def _touch(folder: Path) -> None:
    """Create and remove a file in `folder`: the one sure test that it can be written."""
    fd, name = tempfile.mkstemp(prefix=".kzprof-probe-", dir=folder)
    os.close(fd)
    os.unlink(name)


def preflight(raw_docs: Path, curated: Path, reports: Path | None = None) -> None:
    """What must hold before a refresh starts, checked in a fraction of a second: the input folder
    can be listed, and the folders the run writes to (beside `curated/`, `reports/`) can be written."""
    raw_docs, curated = Path(raw_docs), Path(curated)
    if not raw_docs.exists():
        raise CannotStart(f"raw documents folder not found: {raw_docs}")
    if not raw_docs.is_dir():
        raise CannotStart(f"raw documents folder is a file, not a folder: {raw_docs}")
    try:
        with os.scandir(raw_docs):
            pass
    except OSError as exc:
        raise CannotStart(f"cannot list the raw documents folder {raw_docs}: {exc.strerror or exc}") from exc
    if curated.exists() and not curated.is_dir():
        raise CannotStart(f"the target {curated} is a file, not a folder")
    targets = [curated.parent] + ([Path(reports)] if reports else [])
    for folder in targets:
        try:
            folder.mkdir(parents=True, exist_ok=True)
            _touch(folder)
        except OSError as exc:
            raise CannotStart(f"cannot write to {folder} (the target of the refresh): "
                              f"{exc.strerror or exc}") from exc


def _exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically; False where the system cannot."""
    libc_name = ctypes.util.find_library("c")
    if not libc_name:
        return False
    libc = ctypes.CDLL(libc_name, use_errno=True)
    fn = getattr(libc, "renameat2", None)
    if fn is None:
        return False
    fn.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    rc = fn(AT_FDCWD, os.fsencode(str(a)), AT_FDCWD, os.fsencode(str(b)), RENAME_EXCHANGE)
    if rc != 0:
        err = ctypes.get_errno()
        if err in (errno.ENOSYS, errno.EINVAL, errno.EPERM, errno.EXDEV):
            return False
        raise OSError(err, os.strerror(err), str(a))
    return True


def recover(curated: Path) -> None:
    """Finish a swap that a crash interrupted between its two renames (systems without exchange)."""
    curated = Path(curated)
    backup = curated.parent / f".{curated.name}.previous"
    if not curated.exists() and backup.exists():
        os.rename(backup, curated)
    elif backup.exists():
        shutil.rmtree(backup, ignore_errors=True)
    for stale in curated.parent.glob(f".{curated.name}.staging-*"):
        shutil.rmtree(stale, ignore_errors=True)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_table(table: pa.Table, path: Path) -> None:
    pq.write_table(table, path)
    with open(path, "rb") as fh:
        os.fsync(fh.fileno())


def stage_folder(curated: Path, run_id: str) -> Path:
    staging = Path(curated).parent / f".{Path(curated).name}.staging-{run_id}"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    return staging


def publish(tables: dict[str, pa.Table], manifest: dict, curated: Path, run_id: str,
            extra_files: dict[str, str] | None = None, keep_from_previous: tuple[str, ...] = ("README.md",)) -> Path:
    """Write the new folder completely, then swap it in."""
    curated = Path(curated)
    recover(curated)
    with os_errors("create the staging folder", curated.parent):
        staging = stage_folder(curated, run_id)
    try:
        with os_errors("write the new tables", staging):
            _write_staging(staging, tables, manifest, curated, extra_files, keep_from_previous)
        with os_errors("swap the new tables in", curated):
            if curated.exists():
                if _exchange(staging, curated):
                    shutil.rmtree(staging)  # now holds the previous version
                else:
                    backup = curated.parent / f".{curated.name}.previous"
                    os.rename(curated, backup)
                    os.rename(staging, curated)
                    shutil.rmtree(backup)
            else:
                os.rename(staging, curated)
            _fsync_dir(curated.parent)
    except BaseException:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)
        raise
    return curated


def _write_staging(staging: Path, tables: dict[str, pa.Table], manifest: dict, curated: Path,
                   extra_files: dict[str, str] | None, keep_from_previous: tuple[str, ...]) -> None:
    for name in keep_from_previous:
        if (curated / name).exists():
            shutil.copy2(curated / name, staging / name)
    for name, table in tables.items():
        with os_errors("write the table", staging / f"{name}.parquet"):
            write_table(table, staging / f"{name}.parquet")
    datapackage.write(staging)
    for rel, content in (extra_files or {}).items():
        target = staging / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str),
                                           encoding="utf-8")
    _fsync_dir(staging)


def read_previous(curated: Path) -> dict[str, pa.Table]:
    curated = Path(curated)
    out = {}
    if not curated.is_dir():
        return out
    for p in curated.glob("*.parquet"):
        try:
            out[p.stem] = pq.read_table(p)
        except Exception:  # a damaged previous table is not a reason to stop a refresh
            continue
    return out
