"""Scanned PDFs (pages that are pictures): quarantined with a way out, or read by OCR when asked.

The scan is made here: an act rendered by the test factory, its pages turned into
pictures at 200 dpi and put into a PDF with no text layer. The OCR test needs tesseract
with Kazakh and Russian data (`make ocr` installs it as root) and is skipped, saying so,
without it."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_factory as pf  # noqa: E402
from conftest import GOLD_KK, needs_shared  # noqa: E402

from extractors import pdf_ocr, pipeline  # noqa: E402

NO_OCR = pdf_ocr.missing()


@pytest.fixture(scope="module")
def scan(tmp_path_factory):
    """The first two pages (the act's header, the start of its first card) as a scan, and the act."""
    doc = json.loads((GOLD_KK / "001.cards-1-2.json").read_text(encoding="utf-8"))
    doc["occupations"] = doc["occupations"][:1]
    folder = tmp_path_factory.mktemp("scan")
    src = pf.render_act_pdf(doc, folder / "printed.pdf", lang="kk", seed=3)
    path = pf.render_image_pdf(src, folder / "scan.pdf", pages=2)
    src.unlink()
    return path, doc


@needs_shared
def test_a_scan_is_quarantined_with_how_to_read_it(scan):
    path, _ = scan
    q = pipeline.read_one(path, path.parent)
    assert isinstance(q, pipeline.Quarantined) and q.reason == "no_text_layer"
    assert "--ocr" in q.message and "tesseract-ocr-kaz" in q.message and "tesseract-ocr-rus" in q.message


@needs_shared
def test_without_tesseract_ocr_says_so(scan, monkeypatch):
    path, _ = scan
    monkeypatch.setattr(pdf_ocr.shutil, "which", lambda name: None)
    q = pipeline.read_one(path, path.parent, ocr=True)
    assert isinstance(q, pipeline.Quarantined) and q.reason == "no_text_layer"
    assert "tesseract is not installed" in q.message


@needs_shared
@pytest.mark.skipif(NO_OCR is not None, reason=f"OCR cannot run here: {NO_OCR} (Debian: apt-get install "
                    "tesseract-ocr tesseract-ocr-kaz tesseract-ocr-rus; `make ocr` does it as root)")
def test_a_scan_is_read_by_ocr_and_marked(scan):
    path, doc = scan
    raw = pipeline.read_one(path, path.parent, ocr=True)
    assert raw.source_format == "pdf-ocr" and raw.encoding == "pdf"
    prepared = pipeline.prepare_one(raw)
    result = pipeline.extract_one(prepared, pipeline.lexicons([prepared])[prepared.lang])
    document = result.extraction.document
    assert document.source_format == "pdf-ocr"
    want = doc["document"]
    assert (document.registration_number, document.act_number, str(document.act_date)) == \
        (want["registration_number"], want["act_number"], want["act_date"])
    card, gold = result.extraction.cards[0], doc["occupations"][0]
    # the table borders found in the picture give the cells: the card's rows are read as from a PDF
    assert (card.code, card.name, card.qualification_level, card.education_level_text) == \
        (gold["code"], gold["name"], gold["qualification_level"], gold["education_level_text"])
    assert card.functions[0].name == gold["labor_functions"][0]["name"]


def test_ocr_words_whose_boxes_overlap_keep_their_letters_in_order():
    # tesseract may box a word past the start of the next one on its line
    words = [{"block_num": "1", "par_num": "1", "line_num": "1", "left": "100", "top": "10", "width": "900",
              "height": "40", "text": "Дополнительные"},
             {"block_num": "1", "par_num": "1", "line_num": "1", "left": "520", "top": "8", "width": "200",
              "height": "44", "text": "трудовые"}]
    from extractors.pdf_words import cell_lines

    (line,) = cell_lines(pdf_ocr.words_to_chars(words, 72 / 300), 1, 0.25)
    assert line.words == ["Дополнительные", "трудовые"]


@pytest.mark.parametrize("read,printed", [
    ("СЬШ", "СБШ"), ("СЫЬШ", "СБШ"), ("СЬШ-дағы", "СБШ-дағы"), ("ОРК", "ОРК"),
    # a word in capitals no confusion makes an abbreviation, and words in lower case, stay
    ("ЖОҒАРЫ", "ЖОҒАРЫ"), ("ТЬ", "ТЬ"), ("сьш", "сьш"),
])
def test_an_abbreviation_of_a_label_misread_by_ocr_is_put_back(read, printed):
    # a label's short word (`СБШ бойынша біліктілік деңгейі`) has no other letters to be read by:
    # one letter read for another keeps the whole row from being a label
    assert pdf_ocr._abbreviation(read) == printed


@pytest.mark.parametrize("lang,read,printed", [
    ("ru", "в области паллиативной помоши", "в области паллиативной помощи"),
    ("ru", "Права субьекта пробации", "Права субъекта пробации"),
    ("ru", "СУБЬЕКТ", "СУБЪЕКТ"),
    # a word the dictionary knows as read, or knows neither way, stays
    ("ru", "объем работы", "объем работы"),
    ("kk", "Әлеуметтік жұмыс", "Әлеуметтік жұмыс"),
])
def test_a_word_of_a_scan_misread_by_one_letter_is_the_word_the_language_knows(lang, read, printed):
    from extractors.ocr_words import corrected
    from extractors.text import general_lexicon
    assert corrected([read], general_lexicon(lang).language_knows) == [printed]


@pytest.mark.parametrize("lang,read,printed", [
    ("kk", "2026 жылғы 18 маусымда Ме 38541 болып тіркелді", "2026 жылғы 18 маусымда № 38541 болып тіркелді"),
    ("ru", "от 3 марта 2026 года Мо 77", "от 3 марта 2026 года № 77"),
    ("ru", "приказом No12", "приказом №12"),
    ("ru", "от 3 сентября 2026 года М 247. Зарегистрирован", "от 3 сентября 2026 года № 247. Зарегистрирован"),
    ("ru", "1 февраля 2027 года / 41302.", "1 февраля 2027 года № 41302."),
    # what only looks like the sign's misreading stays: no number after it, or glued to what is before
    ("kk", "Меңгерушісі Ме жоқ", "Меңгерушісі Ме жоқ"),
    ("ru", "в пропорции 1/2 и 3/4", "в пропорции 1/2 и 3/4"),
])
def test_the_number_sign_a_scan_read_as_letters_is_the_sign(lang, read, printed):
    from extractors.ocr_words import corrected
    from extractors.text import general_lexicon
    assert corrected([read], general_lexicon(lang).language_knows) == [printed]


@pytest.mark.parametrize("read,printed", [
    ("Пробация субьектілеріне көмек", "Пробация субъектілеріне көмек"),
    ("пробация субьектісінің жағдайы", "пробация субъектісінің жағдайы"),
    ("СУБЬЕКТ", "СУБЪЕКТ"),
])
def test_a_loanword_of_a_kazakh_scan_misread_by_one_letter_is_put_back(read, printed):
    # the Kazakh dictionary lacks the Russian stem; the vocabulary says Kazakh borrows Russian
    # stems, so the stem with Kazakh endings is a word the language knows
    from extractors.ocr_words import corrected, knowing
    assert corrected([read], knowing("kk")) == [printed]
