"""Acts kzprof was never tuned on: the devset of ../shared/devset (written by someone else, with
gold), each act read alone as a refresh reads it, scored with ../shared/tools/score_gold.py.
The readers reach 1.000 on every measure: a regression fails."""
import json
import re
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import DEVSET, SCORER, needs_shared
from extractors import pipeline

pytestmark = needs_shared


def _read(paths):
    results = []
    for path in paths:
        raw = pipeline.read_one(path, path.parent)
        assert not isinstance(raw, pipeline.Quarantined), raw
        results.append(pipeline.extract_one(pipeline.prepare_one(raw)))
    return [r.extraction for r in results]


@pytest.fixture(scope="module")
def devset_scored(tmp_path_factory):
    extractions = _read(sorted((DEVSET / "txt").glob("*.txt")))
    out = tmp_path_factory.mktemp("devset")
    for name, table in pipeline.build_tables(extractions).items():
        pq.write_table(table, out / f"{name}.parquet")
    report = out / "score.json"
    proc = subprocess.run([sys.executable, str(SCORER), "--curated", str(out), "--gold", str(DEVSET / "gold"),
                           "--json", str(report)], capture_output=True, text=True, check=True)
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    summary["SUMMARY"] = proc.stdout.strip().splitlines()[-1]
    return summary, extractions


def f1(s: str) -> float:
    return float(re.search(r"F1=([\d.]+)", s).group(1))


def test_devset_cards_are_read_exactly(devset_scored):
    s, _ = devset_scored
    found, total = s["cards_found"].split("/")
    assert found == total and s["cards_extra"] == 0, s["SUMMARY"]
    assert s["card_fields"] == 1.0, s["SUMMARY"]
    for key in ("functions", "tasks", "skills", "knowledge", "alt_names", "related"):
        assert f1(s[key]) == 1.0, (key, s["SUMMARY"])


def test_devset_amendments_lists_and_headers_are_read_exactly(devset_scored):
    s, _ = devset_scored
    assert f1(s["amendments"]) == 1.0 and f1(s["knowledge_lists"]) == 1.0, s["SUMMARY"]
    assert s["document_fields"] == 1.0, s["SUMMARY"]


def test_devset_acts_pass_the_structured_checks(devset_scored):
    """The gate that refused unseen acts before (`functions_without_items`) lets them through."""
    from extractors import quality
    _, extractions = devset_scored
    result = quality.run_stage("structured", quality.structured_frames(extractions))
    assert not result.critical_failures, [c.label for c in result.critical_failures]
