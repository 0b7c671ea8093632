"""An expectation's configuration is built once per validation (GE builds it each time it is read,
about fifteen times an expectation): within `validation()` a reading gives the configuration read
first; outside it, and in another thread, every reading builds anew. The checks' results are
those of GE alone, passing and failing (the offending rows asked for) alike."""
from __future__ import annotations

import json
import threading
from contextlib import nullcontext

import pandas as pd
import pytest

from extractors import gx_configurations, quality

pytestmark = pytest.mark.skipif(not gx_configurations._install(), reason="a GE release this was not read against")


def _expectation():
    from great_expectations.expectations import ExpectColumnValuesToNotBeNull

    return ExpectColumnValuesToNotBeNull(column="doc_id")


def test_a_reading_within_a_validation_gives_the_first_configuration():
    e = _expectation()
    with gx_configurations.validation():
        first = e.configuration
        assert e.configuration is first
        with gx_configurations.validation():  # nested: the same keeping
            assert e.configuration is first
    assert e.configuration is not first
    assert e.configuration == first


def test_outside_a_validation_and_in_another_thread_every_reading_builds_anew():
    e = _expectation()
    assert e.configuration is not e.configuration
    seen = []
    with gx_configurations.validation():
        kept = e.configuration
        t = threading.Thread(target=lambda: seen.append(e.configuration is kept))
        t.start()
        t.join()
    assert seen == [False]


def _suite(tmp_path):
    path = tmp_path / "documents.json"
    path.write_text(json.dumps({"name": "t.documents", "expectations": [
        {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "lang", "value_set": ["kk", "ru"]},
         "severity": "critical"},
        {"type": "expect_column_values_to_not_be_null", "kwargs": {"column": "doc_id"}, "severity": "critical"},
        {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "doc_id", "regex": r"^V\d{10}$"},
         "severity": "warning"}]}), encoding="utf-8")
    return path


@pytest.mark.parametrize("frame", [
    pd.DataFrame({"doc_id": ["V2600046001", "V2600046002"], "lang": ["kk", "ru"], "source_file": ["a", "b"]}),
    pd.DataFrame({"doc_id": ["V2600046001", None, "X1"], "lang": ["kk", "en", "ru"], "source_file": ["a", "b", "c"]}),
], ids=["passing", "failing"])
def test_the_results_are_those_of_ge_alone(tmp_path, monkeypatch, frame):
    suite = _suite(tmp_path)
    kept = quality.run_suite("t", "documents", frame, suite)
    failed = [(c.column, c.unexpected_count) for c in kept if not c.success]
    assert failed == ([] if frame["lang"].isin(["kk", "ru"]).all() else [("lang", 1), ("doc_id", 1), ("doc_id", 1)])
    monkeypatch.setattr(gx_configurations, "validation", nullcontext)
    assert quality.run_suite("t", "documents", frame.copy(), suite) == kept
