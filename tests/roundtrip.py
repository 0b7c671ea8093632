"""Round trip for PDFs: gold-format data -> PDF (tests/pdf_factory.py) -> kzprof -> curated
tables -> the project's scorer against the same data. Shared by the round-trip tests
(PDF and damaged text) and their benchmarks in bench/."""
from __future__ import annotations

import copy
import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import pdf_factory as pf  # noqa: E402
from extractors import pipeline  # noqa: E402

from conftest import SCORER  # noqa: E402  (../shared/tools/score_gold.py)


@dataclass
class Result:
    summary: dict
    line: str  # the scorer's SUMMARY line
    misses: list[str]
    warnings: list[str]


def as_rendered(doc: dict) -> dict:
    """The gold a PDF rendered from `doc` must give back: cards renumbered in print order, and
    no entry-into-force date (the factory prints no entry-into-force clause)."""
    g = copy.deepcopy(doc)
    for k, c in enumerate(g.get("occupations") or [], 1):
        c["card_no"] = k
    g["document"]["cards_total"] = len(g.get("occupations") or [])
    g["document"]["effective_from"] = None
    g.setdefault("doc_id", pf.doc_id_for(g["document"]))
    g.setdefault("source", f"{g['doc_id']}.pdf")
    g.setdefault("lang", "kk")
    for key in ("requirements", "amendments", "knowledge_lists"):
        g.setdefault(key, [])
    return g


def score(curated: Path, gold: Path, verbose: bool = False) -> tuple[dict, str, list[str]]:
    report = curated / "_score.json"
    args = [sys.executable, str(SCORER), "--curated", str(curated), "--gold", str(gold), "--json", str(report)]
    proc = subprocess.run(args + (["--verbose"] if verbose else []), capture_output=True, text=True, check=True)
    lines = proc.stdout.strip().splitlines()
    return json.loads(report.read_text(encoding="utf-8"))["summary"], lines[-1], [ln for ln in lines if ln.startswith("MISS")]


def read_back(path: Path, gold: dict, work: Path, lang: str | None = None) -> Result:
    """Read one rendered act with kzprof alone (no other document in the corpus) and score the
    tables against `gold`, the data it was rendered from."""
    what = "PDF" if path.suffix == ".pdf" else "text"
    raw = pipeline.read_one(path, path.parent)
    if isinstance(raw, pipeline.Quarantined):
        raise AssertionError(f"the rendered {what} was refused: {raw}")
    prepared = pipeline.prepare_one(raw)
    if lang and prepared.lang != lang:
        raise AssertionError(f"the rendered {what} was read as {prepared.lang!r}, not {lang!r}")
    lexicon = pipeline.lexicons([prepared])[prepared.lang]
    result = pipeline.extract_one(prepared, lexicon)
    if result.extraction is None:
        raise AssertionError(f"the rendered {what} was quarantined: {result.quarantined}")
    curated = work / "curated"
    curated.mkdir(exist_ok=True)
    for name, table in pipeline.build_tables([result.extraction]).items():
        pq.write_table(table, curated / f"{name}.parquet")
    gold_path = work / "gold.json"
    gold_path.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    summary, line, misses = score(curated, gold_path, verbose=True)
    return Result(summary, line, misses, list(result.extraction.warnings))


def roundtrip(doc: dict, lang: str, layout: str, seed: int, work: Path) -> Result:
    """Render `doc` as a PDF, read it back and score it against the data it was rendered from."""
    work.mkdir(parents=True, exist_ok=True)
    gold = as_rendered(doc)
    gold["lang"] = lang
    pdf = pf.render_act_pdf(gold, work / f"{gold['doc_id']}.pdf", lang=lang, layout=layout, seed=seed)
    return read_back(pdf, gold, work)


def f1(value) -> float:
    """The F1 of a scorer measure: `1.000 (tp=8 fp=0 fn=0)`, `F1=1.000`, or a number."""
    import re

    m = re.search(r"F1=(\d+(?:\.\d+)?)", str(value)) or re.search(r"(\d+(?:\.\d+)?)", str(value))
    return float(m.group(1))


def assert_exact(result: Result, measures: tuple[str, ...]) -> None:
    """Every card found, none extra, every field exact, F1 1.000 on each of `measures`."""
    s = result.summary
    found, total = s["cards_found"].split("/")
    assert found == total and s["cards_extra"] == 0, result.line
    assert s["card_fields"] == 1.0 and s["document_fields"] == 1.0, (result.line, result.misses)
    for key in measures:
        assert f1(s[key]) == 1.0, (key, result.line, result.misses)
