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
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from . import datapackage

RENAME_EXCHANGE = 2
AT_FDCWD = -100


class LockBusy(Exception):
    pass


@contextmanager
def refresh_lock(curated: Path):
    """Hold the folder's lock for the whole refresh; a second refresh fails fast with who holds it."""
    curated = Path(curated)
    curated.parent.mkdir(parents=True, exist_ok=True)
    path = curated.parent / f".{curated.name}.lock"
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            if exc.errno in (errno.EAGAIN, errno.EACCES):
                holder = os.pread(fd, 64, 0).decode(errors="replace").strip() or "?"
                raise LockBusy(f"another refresh (pid {holder}) is publishing to {curated}; try again when it ends") from exc
            raise
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield path
    finally:
        try:
            fcntl.flock(fd, fcntl.LOCK_UN)
        finally:
            os.close(fd)


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
    staging = stage_folder(curated, run_id)
    try:
        for name in keep_from_previous:
            if (curated / name).exists():
                shutil.copy2(curated / name, staging / name)
        for name, table in tables.items():
            write_table(table, staging / f"{name}.parquet")
        datapackage.write(staging)
        for rel, content in (extra_files or {}).items():
            target = staging / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(content, encoding="utf-8")
        (staging / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=2, default=str),
                                               encoding="utf-8")
        _fsync_dir(staging)
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
