"""Check results kept by what they checked: a suite's results on a frame are a function of the
suite, the code (the schema's derived expectations, the frames' derived columns), Great
Expectations' version and the frame's content, so a frame that has not changed since a refresh
checked it is not checked again. Great Expectations' cost is per expectation (a few ms each, at
any row count); a refresh with one act changed otherwise runs every one of them again.

The frame's content is its Arrow serialization (values, types, column order): two frames with
equal bytes hold the same values, and a frame Arrow cannot hold is simply checked again.
"""
from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from importlib.metadata import PackageNotFoundError, version

from .incremental import code_fingerprint


def frame_digest(df) -> str | None:
    """The sha256 of a frame's content (None where Arrow cannot hold it: checked every time)."""
    import pyarrow as pa

    try:
        table = pa.Table.from_pandas(df, preserve_index=False)
        sink = pa.BufferOutputStream()
        with pa.ipc.new_stream(sink, table.schema) as writer:
            writer.write_table(table)
    except (pa.ArrowException, TypeError, ValueError):
        return None
    return hashlib.sha256(sink.getvalue()).hexdigest()


def check_key(stage: str, frame: str, suite: dict, digest: str | None) -> str | None:
    """The identity of one suite's results on one frame (None: not to be kept)."""
    if digest is None:
        return None
    body = json.dumps({"stage": stage, "frame": frame, "suite": suite, "gx": _gx_version(),
                       "code": code_fingerprint(), "frame_sha256": digest}, sort_keys=True, default=str)
    return "check-" + hashlib.sha256(body.encode()).hexdigest()


@lru_cache(maxsize=1)
def _gx_version() -> str:
    try:
        return version("great_expectations")
    except PackageNotFoundError:
        return "unknown"
