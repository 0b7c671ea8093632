"""`kzprof extract`: given files -> tables in a folder, with the library alone.

For a quick look at a new act and for benchmarks: the same steps as a refresh
(read, repair, extract, tables, checks) without Prefect, without publishing and
without gating; the checks are reported, quarantined files are named.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

import pyarrow.parquet as pq

from . import pipeline, quality


def extract_files(files: list[Path], out: Path, log: Callable[[str], None] = print) -> str:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.parquet"):
        old.unlink()
    read, quarantined = [], []
    for f in files:
        r = pipeline.read_one(f, f.parent)
        (quarantined if isinstance(r, pipeline.Quarantined) else read).append(r)
    read, dups = pipeline.drop_duplicates(read)
    quarantined += dups
    prepared = [pipeline.prepare_one(r) for r in read]
    lexicons = pipeline.lexicons(prepared)
    results = [pipeline.extract_one(p, lexicons[p.lang]) for p in prepared]
    quarantined += [r.quarantined for r in results if r.quarantined]
    quarantined += pipeline.resolve_identities(results)
    extractions = pipeline.linked([r.extraction for r in results if r.extraction])
    for ex in extractions:
        for w in ex.warnings:
            log(f"{ex.document.source_file}: {w}")
    for q in quarantined:
        log(f"quarantined {q.source_file}: {q.message}")
    tables = pipeline.build_tables(extractions)
    for name, table in tables.items():
        pq.write_table(table, out / f"{name}.parquet")
    failed = []
    for stage, frames in (("structured", quality.structured_frames(extractions)),
                          ("curated", quality.curated_frames(tables))):
        res = quality.run_stage(stage, frames)
        failed += [f"{c.label} ({c.unexpected_count})" for c in res.critical_failures]
    for f in failed:
        log(f"check failed (not gating here): {f}")
    return (f"{len(extractions)} act(s) read, {len(quarantined)} quarantined, "
            f"{sum(len(ex.cards) for ex in extractions)} cards, {len(failed)} failed checks")
