"""A sheet fed the wrong way: upside down, sideways, or a landscape table scanned on its side.

The scan is made here (an act rendered by the test factory, its pages turned and put into a
PDF as pictures). Needs tesseract with its orientation data and Kazakh and Russian data
(`make ocr` installs them as root); skipped, saying so, without it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_factory as pf  # noqa: E402
from conftest import GOLD_KK, needs_shared  # noqa: E402

from extractors import pdf_ocr, pipeline  # noqa: E402

NO_OCR = pdf_ocr.missing() or (None if pdf_ocr._has_osd() else "tesseract has no osd data")
needs_ocr = pytest.mark.skipif(NO_OCR is not None, reason=f"OCR cannot run here: {NO_OCR} (Debian: apt-get "
                               "install tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus; `make ocr`)")


@pytest.fixture(scope="module")
def act(tmp_path_factory):
    doc = json.loads((GOLD_KK / "001.cards-1-2.json").read_text(encoding="utf-8"))
    doc["occupations"] = doc["occupations"][:1]
    folder = tmp_path_factory.mktemp("turned")
    return pf.render_act_pdf(doc, folder / "printed.pdf", lang="kk", seed=3), doc


@needs_shared
@needs_ocr
@pytest.mark.parametrize("turn", [90, 180, 270])
def test_the_turn_of_a_page_is_read_from_its_letters(act, tmp_path, turn):
    import pdfplumber

    with pdfplumber.open(act[0]) as pdf:
        page = pdf.pages[0].to_image(resolution=pdf_ocr.DPI).original.convert("L")
    assert pdf_ocr._quarter_turn(page.rotate(turn, expand=True, fillcolor=255), tmp_path) == turn
    assert pdf_ocr._quarter_turn(page, tmp_path) == 0


@needs_shared
@needs_ocr
def test_a_scan_with_pages_fed_upside_down_and_sideways_reads_as_an_upright_one(act, tmp_path):
    src, doc = act
    path = pf.render_image_pdf(src, tmp_path / "turned.pdf", pages=2, turns=(180, 90))
    raw = pipeline.read_one(path, path.parent, ocr=True)
    prepared = pipeline.prepare_one(raw)
    result = pipeline.extract_one(prepared, pipeline.lexicons([prepared])[prepared.lang])
    document, want = result.extraction.document, doc["document"]
    assert (document.registration_number, document.act_number, str(document.act_date)) == \
        (want["registration_number"], want["act_number"], want["act_date"])
    card, gold = result.extraction.cards[0], doc["occupations"][0]
    assert (card.code, card.name, card.qualification_level) == (gold["code"], gold["name"], gold["qualification_level"])
    assert card.functions[0].name == gold["labor_functions"][0]["name"]
