"""PDF round trip: card data -> a PDF shaped like the official ones (tests/pdf_factory.py)
-> kzprof -> the same data, scored by the project's scorer.

Hand-written cases are the gold cards themselves (Kazakh, both layouts) and the project's
Russian fixtures; generated cases come from hypothesis (derandomized, so CI sees the same
examples on every run; bench/pdf_roundtrip.py sweeps many more). Unreadable PDFs are
quarantined with their reason."""
from __future__ import annotations

import json
import random
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, GOLD_KK
from extractors import pipeline
import pdf_factory as pf
from roundtrip import as_rendered, assert_exact, read_back, roundtrip

CARD_MEASURES = ("functions", "skills", "knowledge")


def _assert_exact(result):
    assert_exact(result, CARD_MEASURES)


HAND_WRITTEN = [
    # (gold file, language, layout, render seed)
    (GOLD_KK / "001.cards-1-2.json", "kk", "social", 1),
    (GOLD_KK / "001.card-8.json", "kk", "social", 3),
    (GOLD_KK / "004.cards-1-3.json", "kk", "health", 5),
    (FIXTURES / "ru" / "gold_ru_001.json", "ru", "social", 2),
    (FIXTURES / "ru" / "gold_ru_004.json", "ru", "health", 9),
]


@pytest.mark.parametrize("gold,lang,layout,seed", HAND_WRITTEN, ids=lambda v: getattr(v, "name", str(v)))
def test_gold_cards_come_back_from_their_pdf(gold, lang, layout, seed, tmp_path):
    doc = json.loads(gold.read_text(encoding="utf-8"))
    if not doc.get("document"):  # a gold file of cards only: print them under a header of the same act
        doc["document"] = json.loads((GOLD_KK / "001.cards-1-2.json").read_text(encoding="utf-8"))["document"]
    _assert_exact(roundtrip(doc, lang, layout, seed, tmp_path))


@settings(max_examples=4, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**6), lang=st.sampled_from(["kk", "ru"]), layout=st.sampled_from(["social", "health"]),
       cards=st.integers(1, 2))
def test_generated_acts_come_back_from_their_pdf(seed, lang, layout, cards, tmp_path_factory):
    doc = pf.random_act(random.Random(seed), lang, cards, layout)
    _assert_exact(roundtrip(doc, lang, layout, seed, tmp_path_factory.mktemp("rt")))


def test_a_row_cut_by_the_page_break_is_one_row(tmp_path):
    """A card long enough to break inside its function rows: nothing is lost or doubled at
    the break (the rows cut in two are joined from the geometry of the two pages)."""
    doc = pf.random_act(random.Random(1014), "kk", 2, "health")
    result = roundtrip(doc, "kk", "health", 1014, tmp_path)
    _assert_exact(result)
    assert not [w for w in result.warnings if "after the function rows" in w]


def test_a_row_label_cut_by_the_page_break_joins_its_row(tmp_path):
    """`Дополнительная` at the foot of a page, `трудовая функция 1: ...` at the head of the
    next: one label, so the row goes on across the break although the second part opens
    with what reads as a label."""
    doc = pf.random_act(random.Random(20022), "ru", 2, "health")
    _assert_exact(roundtrip(doc, "ru", "health", 20022, tmp_path))


def test_a_row_that_ends_at_the_page_foot_is_not_continued_by_the_next_row(tmp_path):
    """A function row ends at the foot of a page and the next row opens the next page with
    `Дополнительн` / `ая трудовая функция 1:` (a word wider than the narrow first column):
    with the cut word made whole that is a label, so a new row starts there."""
    doc = pf.random_act(random.Random(6017), "ru", 2, "health")
    _assert_exact(roundtrip(doc, "ru", "health", 6017, tmp_path))


def test_running_heads_and_page_numbers_are_not_read_into_the_cards(tmp_path):
    """Every page printed with a running head and a page number, between the parts of tables
    that go on over the page breaks: dropped as page furniture, the cards come back whole."""
    doc = as_rendered(pf.random_act(random.Random(1014), "kk", 2, "health"))
    doc["lang"] = "kk"
    head = doc["document"]["title"][:60]
    path = pf.render_act_pdf(doc, tmp_path / "act.pdf", lang="kk", layout="health", seed=1014, running_head=head)
    result = read_back(path, doc, tmp_path)
    _assert_exact(result)
    raw = pipeline.read_one(path, path.parent)
    assert head not in raw.lines and not [ln for ln in raw.lines if ln.strip().isdigit() and len(ln.strip()) < 3]


# --------------------------------------------------------------------------- unreadable PDFs


def _pdf_bytes(tmp_path) -> bytes:
    doc = pf.random_act(random.Random(3), "kk", 1, "social")
    return pf.render_act_pdf(doc, tmp_path / "good.pdf", lang="kk", seed=3).read_bytes()


def _quarantined(path):
    q = pipeline.read_one(path, path.parent)
    assert isinstance(q, pipeline.Quarantined), f"{path.name} was read: {q}"
    assert path.name in q.message
    return q


def test_truncated_pdf_is_quarantined(tmp_path):
    data = _pdf_bytes(tmp_path)
    (tmp_path / "cut.pdf").write_bytes(data[: len(data) // 2])
    q = _quarantined(tmp_path / "cut.pdf")
    assert q.reason == "truncated" and "truncated" in q.message


def test_damaged_pdf_is_quarantined(tmp_path):
    (tmp_path / "noise.pdf").write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40 + b"\n%%EOF\n")
    q = _quarantined(tmp_path / "noise.pdf")
    assert q.reason == "truncated" and "cannot be opened" in q.message


def test_encrypted_pdf_is_quarantined(tmp_path):
    q = _quarantined(pf.render_encrypted_pdf(tmp_path / "locked.pdf"))
    assert q.reason == "encrypted" and "password" in q.message


def test_scanned_pdf_without_text_layer_is_quarantined(tmp_path):
    q = _quarantined(pf.render_scanned_pdf(tmp_path / "scan.pdf"))
    assert q.reason == "no_text_layer" and "OCR" in q.message


def test_pdf_and_text_of_one_act_give_one_act(tmp_path):
    """The same act as PDF and as text in one corpus: read once, the later file quarantined
    as the same act (the key is the act, not the file)."""
    src = GOLD_KK / "001.card-8.json"
    doc = json.loads(src.read_text(encoding="utf-8"))
    doc["document"] = json.loads((GOLD_KK / "001.cards-1-2.json").read_text(encoding="utf-8"))["document"]
    raw = tmp_path / "raw"
    raw.mkdir()
    pf.render_act_pdf(doc, raw / "b_card8.pdf", lang="kk", seed=1)
    seed_text = next(p for p in (FIXTURES.parent.parent / "raw_docs").glob("001_*.txt"))
    shutil.copy(seed_text, raw / seed_text.name)
    read = [pipeline.read_one(p, raw) for p in pipeline.discover(raw)]
    prepared = [pipeline.prepare_one(r) for r in read]
    lex = pipeline.lexicons(prepared)
    results = [pipeline.extract_one(p, lex[p.lang]) for p in prepared]
    same = pipeline.resolve_identities(results)
    assert [q.source_file for q in same] == ["b_card8.pdf"] and "already read from 001_" in same[0].message
    assert [r.extraction.document.source_format for r in results if r.extraction] == ["txt"]
