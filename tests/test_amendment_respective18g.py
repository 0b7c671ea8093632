"""Amending orders and editorial notes: several word groups replaced by several, paired in order
(`тиісінше`, `соответственно`), are one change (one note) a pair, its text the pair's new words;
units renumbered "respectively" stay one change of the units renumbered. Text and PDF, both
languages."""
import datetime as dt
from pathlib import Path

import pytest

from extractors import language
from extractors.amendments import read_amendments
from extractors.header import read_header
from extractors.reading import read_document
from extractors.text import assemble, corpus_lexicon, prepare
from test_amendment_rows_and_notes import _changes, _notes
from test_amendment_variants_more6 import PDF as OWN_ANNEX_PDF, _Sheet
from pdf_factory import MM

CHANGES = {
    "two groups joined by `and`, paired in order": [
        ("kk", '      3-тармақтағы "жылдық" және "есепті" деген сөздер тиісінше "тоқсандық" және·\n'
               '"талдамалы" деген сөздермен ауыстырылсын;',
         [("3-тармақ", "amend", "тоқсандық"), ("3-тармақ", "amend", "талдамалы")]),
        ("ru", '      в пункте 3 слова "годовой" и "отчетный" заменить соответственно словами·\n'
               '"квартальный" и "аналитический";',
         [("пункт 3", "amend", "квартальный"), ("пункт 3", "amend", "аналитический")]),
    ],
    "the word `respectively` before the verb, three groups in guillemets": [
        ("ru", '      в подпункте 1) пункта 5 слова «один», «два», «три» соответственно заменить·\n'
               'словами «четыре», «пять», «шесть»;',
         [("подпункт 1) пункта 5", "amend", "четыре"), ("подпункт 1) пункта 5", "amend", "пять"),
          ("подпункт 1) пункта 5", "amend", "шесть")]),
        ("kk", '      5-тармақтың 1) тармақшасындағы «бір», «екі», «үш» деген сөздер тиісінше·\n'
               '«төрт», «бес», «алты» деген сөздермен ауыстырылсын;',
         [("5-тармақ, 1) тармақша", "amend", "төрт"), ("5-тармақ, 1) тармақша", "amend", "бес"),
          ("5-тармақ, 1) тармақша", "amend", "алты")]),
    ],
    "a quoted name inside the new words is no pair of its own": [
        ("ru", '      в пункте 2 слова "фонд", "центр" заменить соответственно словами "фонд «Даму»",·\n'
               '"центр занятости";',
         [("пункт 2", "amend", "фонд «Даму»"), ("пункт 2", "amend", "центр занятости")]),
    ],
    "units renumbered respectively stay one change": [
        ("ru", '      подпункты 4) и 5) пункта 7 считать соответственно подпунктами 3) и 4);',
         [("подпункты 4) и 5) пункта 7", "amend", None)]),
        ("kk", '      8 және 9-тармақтар тиісінше 7 және 8-тармақтар болып есептелсін;',
         [("8 және 9-тармақтар", "amend", None)]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_changes(variation):
    for lang, body, expected in CHANGES[variation]:
        assert _changes(body.replace("·", " "), lang) == expected, lang


D = dt.date(2025, 3, 4)
NOTES = [
    ("ru", '      Сноска. В пункте 6 слова "месяц" и "год" заменены соответственно словами "квартал" и·\n'
           '"полугодие" приказом Министра финансов РК от 04.03.2025 № 77.\n',
     [("note", "пункт 6", "amend", "77", D, "квартал"), ("note", "пункт 6", "amend", "77", D, "полугодие")]),
    ("kk", '      Ескерту. 6-тармақтағы "ай" және "жыл" деген сөздер тиісінше "тоқсан" және "жарты·\n'
           'жыл" деген сөздермен ауыстырылды – ҚР Қаржы министрінің 04.03.2025 № 77 бұйрығымен.\n',
     [("note", "6-тармақ", "amend", "77", D, "тоқсан"), ("note", "6-тармақ", "amend", "77", D, "жарты жыл")]),
]


@pytest.mark.parametrize("lang,body,expected", NOTES)
def test_notes(lang, body, expected):
    assert _notes(body.replace("·", " "), lang) == expected


PDF_LINES = {
    "ru": ("в пункте 3 слова «аттестационная комиссия», «председатель» заменить соответственно словами "
           "«экспертная комиссия», «руководитель комиссии».",
           [("пункт 3", "экспертная комиссия"), ("пункт 3", "руководитель комиссии")]),
    "kk": ("3-тармақтағы «аттестаттау комиссиясы», «төраға» деген сөздер тиісінше «сараптама комиссиясы», "
           "«комиссия басшысы» деген сөздермен ауыстырылсын.",
           [("3-тармақ", "сараптама комиссиясы"), ("3-тармақ", "комиссия басшысы")]),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_pairs_in_a_pdf(tmp_path: Path, lang: str):
    act, s = OWN_ANNEX_PDF[lang], _Sheet()
    line, expected = PDF_LINES[lang]
    for p in act["head"]:
        s.paragraph(p)
    body = list(act["body"])
    body[2] = line  # the order's one instruction, wrapped across the page's lines
    for p in body:
        s.paragraph(p, indent=12 * MM)
    for p in act["sign"]:
        s.paragraph(p, align="L", space_after=0)
    path = tmp_path / f"respective_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    warnings: list[str] = []
    got, _ = read_amendments(doc, read_header(doc), lexicon, warnings)
    assert warnings == []
    assert [(a.target_unit, a.text) for a in got] == expected
