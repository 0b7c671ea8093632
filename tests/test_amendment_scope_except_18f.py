"""Amending orders, in Kazakh and in Russian: words changed throughout a text or a chapter EXCEPT one
unit (`бүкіл мәтін бойынша, 5-тармақты қоспағанда, …`, `по всему тексту, за исключением пункта 5,
…`, `…, кроме подпункта 1) пункта 3, …`). The unit left out is no unit changed: the scope is written
with its clause after it, as printed, on one line where the clause is cut by a line end; a unit after
it is read under the same context as before; an editorial note saying the same is read the same way."""
import datetime as dt

import pytest

from test_amendment_rows_and_notes import _changes, _notes

CHANGES = {
    "throughout the text except one point": [
        ("kk", '      бүкіл мәтін бойынша, 5-тармақты қоспағанда, "тәрбиеші" деген сөздер тиісті септіктегі\n'
               '"педагог" деген сөздермен ауыстырылсын;\n'
               '      7-тармақ алып тасталсын;',
         [("бүкіл мәтін бойынша, 5-тармақты қоспағанда", "amend", "педагог"), ("7-тармақ", "delete", None)]),
        ("ru", '      по всему тексту, за исключением пункта 5, слово "воспитатель" заменить словом\n'
               '"педагог";\n'
               '      пункт 7 исключить;',
         [("по всему тексту, за исключением пункта 5", "amend", "педагог"), ("пункт 7", "delete", None)]),
    ],
    "the clause with `кроме`, naming a subpoint, cut by a line end": [
        ("ru", '      по всему тексту, кроме подпункта 1)\n'
               'пункта 3, слова "уполномоченный орган" исключить;\n'
               '      подпункт 2) пункта 4 исключить;',
         [("по всему тексту, кроме подпункта 1) пункта 3", "amend", None),
          ("подпункт 2) пункта 4", "delete", None)]),
        ("kk", '      бүкіл мәтін бойынша, 3-тармақтың 1)\n'
               'тармақшасын қоспағанда, "уәкілетті орган" деген сөздер алып тасталсын;\n'
               '      4-тармақтың 2) тармақшасы алып тасталсын;',
         [("бүкіл мәтін бойынша, 3-тармақтың 1) тармақшасын қоспағанда", "amend", None),
          ("4-тармақ, 2) тармақша", "delete", None)]),
    ],
    "throughout one chapter except one point": [
        ("ru", '      в главе 2, за исключением пункта 6, слова "на бумаге" заменить словами "в электронной форме";',
         [("глава 2, за исключением пункта 6", "amend", "в электронной форме")]),
        ("kk", '      2-тарауда, 6-тармақты қоспағанда, "қағазда" деген сөз "электрондық түрде" деген сөздермен\n'
               'ауыстырылсын;',
         [("2-тарау, 6-тармақты қоспағанда", "amend", "электрондық түрде")]),
    ],
    "words inside the quotes that say `except` are the words'": [
        ("ru", '      в пункте 8 слова "кроме пункта 2" заменить словами "кроме пункта 3";',
         [("пункт 8", "amend", "кроме пункта 3")]),
        ("kk", '      8-тармақта "2-тармақты қоспағанда" деген сөздер "3-тармақты қоспағанда" деген сөздермен\n'
               'ауыстырылсын;',
         [("8-тармақ", "amend", "3-тармақты қоспағанда")]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_scope_that_leaves_a_unit_out(variation):
    for lang, body, expected in CHANGES[variation]:
        assert _changes(body, lang) == expected, (lang, variation)


D41 = dt.date(2025, 6, 3)


@pytest.mark.parametrize("lang,body,unit", [
    ("ru", '      Сноска. По всему тексту, за исключением пункта 4, слова "инспектор" заменены словами·\n'
           '"консультант" приказом Министра труда РК от 03.06.2025 № 41.\n', "По всему тексту, за исключением пункта 4"),
    ("kk", '      Ескерту. Бүкіл мәтін бойынша, 4-тармақты қоспағанда, "инспектор" деген сөздер "кеңесші"·\n'
           'деген сөздермен ауыстырылды – ҚР Еңбек министрінің 03.06.2025 № 41 бұйрығымен.\n',
     "Бүкіл мәтін бойынша, 4-тармақты қоспағанда"),
])
def test_note_on_words_changed_throughout_but_one_unit(lang, body, unit):
    new = "консультант" if lang == "ru" else "кеңесші"
    assert _notes(body, lang) == [("note", unit, "amend", "41", D41, new)]
