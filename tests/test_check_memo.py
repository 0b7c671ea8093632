"""Checks kept by what they checked: a suite's results on a frame whose content, suite and code
are those of an earlier check are taken from the memo; any change to one of them checks again."""
from __future__ import annotations

import json

import pandas as pd

from extractors import quality
from extractors.check_memo import frame_digest


class Memo(dict):
    def get(self, key):
        return super().get(key)

    def put(self, key, value):
        self[key] = value


def _suite(tmp_path, allowed=("kk", "ru")):
    path = tmp_path / "documents.json"
    path.write_text(json.dumps({"name": "t.documents", "expectations": [
        {"type": "expect_column_values_to_be_in_set", "kwargs": {"column": "lang", "value_set": list(allowed)},
         "severity": "critical"}]}), encoding="utf-8")
    return path


def _counting(monkeypatch) -> list:
    calls = []
    real = quality._validate

    def validate(stage, frame, df, data):
        calls.append(frame)
        return real(stage, frame, df, data)

    monkeypatch.setattr(quality, "_validate", validate)
    return calls


def test_an_unchanged_frame_is_not_checked_again(tmp_path, monkeypatch):
    calls, memo, suite = _counting(monkeypatch), Memo(), _suite(tmp_path)
    frame = pd.DataFrame({"doc_id": ["V1", "V2"], "lang": ["kk", "ru"]})
    first = quality.run_suite("t", "documents", frame, suite, memo=memo)
    again = quality.run_suite("t", "documents", frame.copy(), suite, memo=memo)
    assert calls == ["documents"] and again == first and all(r.success for r in again)


def test_a_changed_row_a_changed_suite_or_no_memo_checks_again(tmp_path, monkeypatch):
    calls, memo = _counting(monkeypatch), Memo()
    frame = pd.DataFrame({"doc_id": ["V1", "V2"], "lang": ["kk", "ru"]})
    quality.run_suite("t", "documents", frame, _suite(tmp_path), memo=memo)
    changed = frame.assign(lang=["kk", "en"])
    failed = quality.run_suite("t", "documents", changed, _suite(tmp_path), memo=memo)
    assert [r.success for r in failed] == [False] and failed[0].unexpected_count == 1
    # the same failure is kept too: a frame is not checked twice for the same answer
    assert quality.run_suite("t", "documents", changed, _suite(tmp_path), memo=memo) == failed
    quality.run_suite("t", "documents", changed, _suite(tmp_path, ("kk", "ru", "en")), memo=memo)
    quality.run_suite("t", "documents", changed, _suite(tmp_path))
    assert len(calls) == 4


def test_the_digest_is_the_content_not_the_objects():
    a = pd.DataFrame({"doc_id": ["V1", "V2"], "items": [["x"], ["y", "z"]]})
    b = pd.DataFrame({"doc_id": ["V" + "1", "V2"], "items": [["x"], ["y", "z"]]}, index=[5, 6])
    assert frame_digest(a) == frame_digest(b)
    assert frame_digest(a) != frame_digest(a.iloc[::-1])
    assert frame_digest(a) != frame_digest(a.rename(columns={"items": "skills"}))
    assert frame_digest(pd.DataFrame({"odd": [object()]})) is None  # Arrow cannot hold it: checked every time
