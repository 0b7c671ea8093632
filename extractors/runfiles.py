"""What a refresh leaves beside `curated/`: refused inputs kept for a person to look at
(`quarantine/<run>/`), run reports (`reports/<run>/`), and the pruning of old runs.

A refused file keeps its path relative to the input folder (`a/x.txt` and `b/x.txt` are two
files), with `<name>.reason.txt` beside it. A refused file larger than the copy limit is not
copied again on every run: its reason file records its size and fingerprint instead.
"""
from __future__ import annotations

import re
import shutil
from pathlib import Path, PurePosixPath

# run folders are named by their run id: a timestamp, then six hex digits
RUN_ID = re.compile(r"^\d{8}T\d{6}-[0-9a-f]{6}$")
KEEP_RUNS = 20  # run folders kept in quarantine/ and in reports/


def keep_refused(src: Path | None, folder: Path, source_file: str, reason: str, message: str,
                 sha256: str | None, copy_max: int) -> Path:
    """Write `folder/<source_file>.reason.txt` and, when the file can be read and is not too
    large, a copy of it at `folder/<source_file>`. Returns the reason file. Never raises for the
    refused file itself (an unreadable file is the usual reason it is here)."""
    target = _inside(folder, source_file)
    target.parent.mkdir(parents=True, exist_ok=True)
    lines = [reason, message]
    if sha256:
        lines.append(f"sha256: {sha256}")
    if src is not None:
        lines.append(_copy(src, target, copy_max))
    note = target.with_name(target.name + ".reason.txt")
    note.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return note


def _inside(folder: Path, source_file: str) -> Path:
    rel = PurePosixPath(source_file.rstrip("/"))
    parts = [p for p in rel.parts if p not in ("", ".", "..", "/")]
    return folder.joinpath(*parts) if parts else folder / "_"


def _copy(src: Path, target: Path, copy_max: int) -> str:
    try:
        size = src.stat().st_size
    except OSError as exc:
        return f"not copied: {src}: {exc.strerror or exc}"
    if size > copy_max:
        return f"not copied: {size / 2**20:.1f} MB is over the {copy_max / 2**20:g} MB copy limit (size {size} bytes)"
    try:
        shutil.copyfile(src, target)
    except OSError as exc:
        return f"not copied: {src}: {exc.strerror or exc}"
    return f"copied: {target.name} ({size} bytes)"


def prune(parent: Path, keep: int, protect: set[str] = frozenset()) -> list[Path]:
    """Remove all but the `keep` newest run folders under `parent` (never one in `protect`).
    Only folders named like a run id are touched. Returns what was removed."""
    if keep < 0 or not parent.is_dir():
        return []
    runs = sorted((p for p in parent.iterdir() if p.is_dir() and RUN_ID.match(p.name)), key=lambda p: p.name)
    old = runs[:-keep] if keep else runs
    removed = []
    for p in old:
        if p.name in protect:
            continue
        shutil.rmtree(p, ignore_errors=True)
        removed.append(p)
    return removed
