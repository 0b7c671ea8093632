"""Acts read with the library alone and scored against their gold with the shared scorer
(../shared/tools/score_gold.py): the seeds, the devset, the project's Russian fixtures and the
specification set of requirement clauses and amendment formulas (tests/fixtures/clauses/)."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from extractors import pipeline
from conftest import FIXTURES, SCORER

CLAUSES = FIXTURES / "clauses"


def read_acts(files: list[Path]):
    """The extractions of the given acts, read together (one lexicon per language)."""
    prepared = [pipeline.prepare_one(pipeline.read_one(f, f.parent)) for f in files]
    lexicons = pipeline.lexicons(prepared)
    extractions = [pipeline.extract_one(p, lexicons[p.lang]).extraction for p in prepared]
    pipeline.link_documents(extractions)
    return extractions


def score(files: list[Path], gold: Path, out: Path) -> tuple[dict, list]:
    """The scorer's summary (with its SUMMARY line) for the given acts, and their extractions."""
    extractions = read_acts(files)
    return score_extractions(extractions, gold, out), extractions


def score_extractions(extractions: list, gold: Path, out: Path) -> dict:
    """The tables of `extractions` written to `out` and scored against `gold`."""
    for name, table in pipeline.build_tables(extractions).items():
        pq.write_table(table, out / f"{name}.parquet")
    report = out / "score.json"
    proc = subprocess.run([sys.executable, str(SCORER), "--curated", str(out), "--gold", str(gold),
                           "--json", str(report)], capture_output=True, text=True, check=True)
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    summary["SUMMARY"] = proc.stdout.strip().splitlines()[-1]
    return summary


def f1(s: str) -> float:
    return float(re.search(r"F1=([\d.]+)", s).group(1))


def tp(s: str) -> int:
    return int(re.search(r"tp=(\d+)", s).group(1))
