"""Kazakh and Russian rows of one act line up on (doc_id, card_no) and the function / task /
item numbers; `occupation_labels` shows both names; every disagreement is reported."""
import shutil

import pyarrow as pa
import pytest

from conftest import FIXTURES, RAW_DOCS
from extractors import alignment, pipeline


@pytest.fixture(scope="module")
def bilingual(tmp_path_factory):
    """The Kazakh social-protection standard and the project's Russian text of its first cards."""
    raw = tmp_path_factory.mktemp("bilingual")
    shutil.copy(next(RAW_DOCS.glob("001_*.txt")), raw)
    shutil.copy(FIXTURES / "ru" / "ru_001_standard.txt", raw)
    prepared = [pipeline.prepare_one(pipeline.read_one(p, raw)) for p in pipeline.discover(raw)]
    lex = pipeline.lexicons(prepared)
    extractions = [pipeline.extract_one(p, lex[p.lang]).extraction for p in prepared]
    return pipeline.build_tables(extractions)


def test_cards_of_both_languages_share_a_row_of_labels(bilingual):
    labels = {r["card_no"]: r for r in bilingual["occupation_labels"].to_pylist()}
    first = labels[1]
    assert first["in_kk"] and first["in_ru"] and first["agrees"] is True
    assert first["name_kk"].startswith("Әлеуметтік қорғау ұйымының") and first["name_ru"].startswith("Начальник")
    assert first["code"] == "1344-0-004"
    # the Russian fixture has the first cards only: the others are Kazakh-only and do not agree
    only_kk = [no for no, r in labels.items() if not r["in_ru"]]
    assert only_kk and all(labels[no]["agrees"] is False and labels[no]["name_ru"] is None for no in only_kk)


def test_the_report_lists_each_disagreement(bilingual):
    report = alignment.check(bilingual)
    assert report["acts_in_both_languages"] == 1 and report["cards_compared"] == 10
    missing = [d for d in report["disagreements"] if d["what"] == "card present"]
    assert len(missing) == report["cards_compared"] - report["cards_agreeing"]
    assert report["disagreement_count"] == len(report["disagreements"]) and not report["agree"]


def _drop_first(table: pa.Table, **where) -> pa.Table:
    rows = table.to_pylist()
    k = next(i for i, r in enumerate(rows) if all(r[c] == v for c, v in where.items()))
    return pa.Table.from_pylist(rows[:k] + rows[k + 1:], schema=table.schema)


def test_a_lost_item_or_a_different_level_is_a_disagreement(bilingual):
    tables = dict(bilingual)
    tables["skills"] = _drop_first(tables["skills"], lang="ru", card_no=2)
    occ = tables["occupations"].to_pylist()
    for r in occ:
        if r["lang"] == "ru" and r["card_no"] == 1:
            r["qualification_level"] = "6"
    tables["occupations"] = pa.Table.from_pylist(occ, schema=tables["occupations"].schema)

    report = alignment.check(tables)

    card1 = [d for d in report["disagreements"] if d["card_no"] == 1]
    card2 = [d for d in report["disagreements"] if d["card_no"] == 2]
    assert card1 == [{"doc_id": "V2300032943", "card_no": 1, "what": "qualification_level", "kk": "7", "ru": "6"}]
    assert len(card2) == 1 and card2[0]["what"].startswith("number of skills of mandatory")
    assert int(card2[0]["kk"]) == int(card2[0]["ru"]) + 1
    labels = {r["card_no"]: r for r in alignment.labels(tables)}
    assert labels[1]["agrees"] is False and labels[2]["agrees"] is False


def test_one_language_only_has_nothing_to_compare(seeds):
    extractions = list(seeds.extractions.values())
    tables = pipeline.build_tables(extractions)
    report = alignment.check(tables)
    assert report["acts_in_both_languages"] == 0 and report["disagreement_count"] == 0 and report["note"]
    assert all(r["agrees"] is None for r in tables["occupation_labels"].to_pylist())
