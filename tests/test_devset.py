"""Acts kzprof was never tuned on: the devset of ../shared/devset (written by someone else, with
gold), each act read alone as a refresh reads it, scored with ../shared/tools/score_gold.py.
The readers reach 1.000 on every measure: a regression fails."""
import pytest

from conftest import DEVSET, needs_shared
from extractors import pipeline
from scoring import f1, score_extractions

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
    return score_extractions(extractions, DEVSET / "gold", tmp_path_factory.mktemp("devset")), extractions


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
