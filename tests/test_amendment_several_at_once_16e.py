"""Amending formulas that name several units at once, in Kazakh and in Russian: subpoints listed
inside their point's genitive, annexes listed together, the same row of two occupation cards restated
by one formula, and a card's additional labour function added by its words alone. Each formula is
one record, its units written as printed (the case ending after them dropped)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_amendment_rows_and_notes import _changes  # noqa: E402

from extractors import units  # noqa: E402


@pytest.mark.parametrize("lang,body,expected", [
    ("kk", "      12-тармақтың 1) және 5) тармақшалары алып тасталсын;",
     [("12-тармақтың 1) және 5) тармақшалары", "delete", None)]),
    ("ru", "      подпункты 1) и 5) пункта 12 исключить;",
     [("подпункты 1) и 5) пункта 12", "delete", None)]),
    # the list's case ending after the possessive is dropped
    ("kk", '      8-тармақтың 2), 4) және 6) тармақшаларындағы "бір" деген сөз "екі" деген сөзбен ауыстырылсын;',
     [("8-тармақтың 2), 4) және 6) тармақшалары", "amend", "екі")]),
    ("kk", "      көрсетілген бұйрықпен бекітілген Тамақтану саласындағы кәсіптік стандартта:\n"
           "      кәсіптік стандартқа 5 және 6-қосымшалар алып тасталсын.",
     [("5 және 6-қосымшалар", "delete", None)]),
    ("ru", "      в профессиональном стандарте в сфере питания, утвержденном указанным приказом:\n"
           "      приложения 5 и 6 к профессиональному стандарту исключить.",
     [("приложения 5 и 6", "delete", None)]),
])
def test_subpoints_or_annexes_listed_in_one_formula(lang, body, expected):
    assert _changes(body, lang) == expected


@pytest.mark.parametrize("lang,text,written", [
    # one subpoint of a point stays written apart; a range or ordinals too (earlier sets' gold)
    ("kk", "12-тармақтың 4) тармақшасы", "12-тармақ, 4) тармақша"),
    ("kk", "12-тармақтың екінші – төртінші абзацтары", "12-тармақ, екінші – төртінші абзацтар"),
    # an owner printed in the nominative, apart from the units after it
    ("kk", "12-тармақ мынадай мазмұндағы екінші және үшінші бөліктермен", "12-тармақ, екінші және үшінші бөліктер"),
])
def test_other_phrases_stay_written_apart(lang, text, written):
    assert units.write_unit(text, lang, []) == written


ROW_OF_TWO_CARDS = {
    "kk": ('      Кәсіптік стандартқа 1-қосымшада:\n'
           '      "Бірінші сала маманы" және "Екінші сала маманы" кәсіп карточкаларындағы "Еңбек·\n'
           'жағдайлары" деген жолдар мынадай редакцияда жазылсын:\n'
           '"Еңбек жағдайлары\n'
           '\n'
           'Кеңседегі жұмыс.";'),
    "ru": ('      в приложении 1 к профессиональному стандарту:\n'
           '      в карточках профессий «Специалист первой сферы» и «Специалист второй сферы» строки·\n'
           '«Условия труда» изложить в следующей редакции:\n'
           '«Условия труда\n'
           '\n'
           'Работа в офисе.»;'),
}
ROW_OF_TWO_CARDS_UNIT = {
    "kk": '"Бірінші сала маманы" және "Екінші сала маманы" кәсіп карточкалары, "Еңбек жағдайлары" деген жолдар',
    "ru": 'карточки профессий «Специалист первой сферы» и «Специалист второй сферы», строки «Условия труда»',
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_same_row_of_two_cards_restated_once(lang):
    got = _changes(ROW_OF_TWO_CARDS[lang], lang)
    assert len(got) == 1
    unit, operation, text = got[0]
    assert operation == "replace"
    assert unit.endswith(ROW_OF_TWO_CARDS_UNIT[lang])
    assert text.endswith(("Кеңседегі жұмыс.", "Работа в офисе."))


@pytest.mark.parametrize("lang,text,written", [
    ("kk", '"Бірінші маман" кәсіп карточкасындағы "Еңбек жағдайлары" деген жол',
     '"Бірінші маман" кәсіп карточкасы, "Еңбек жағдайлары" деген жол'),
    ("ru", 'строку «Условия труда» карточки профессии «Первый специалист»',
     'строка «Условия труда», карточка профессии «Первый специалист»'),
])
def test_one_card_keeps_its_words_singular(lang, text, written):
    assert units.write_unit(text, lang, []) == written


ADDED_FUNCTION = {
    "kk": ('      "Бірінші сала маманы" кәсіп карточкасында:\n'
           '      1-еңбек функциясынан кейін мынадай мазмұндағы қосымша еңбек функциясымен толықтырылсын:\n'
           '"Қосымша еңбек\n'
           'функциясы 1:\n'
           'Есеп жүргізу\n'
           '\n'
           '1-міндет:\n'
           'Есеп беру\n'
           '\n'
           'Дағдылар:\n'
           '1) есеп жасау.\n'
           '\n'
           'Білім:\n'
           '1) есеп қағидалары.";'),
    "ru": ('      в карточке профессии «Специалист первой сферы»:\n'
           '      после трудовой функции 1 дополнить дополнительной трудовой функцией следующего содержания:\n'
           '«Дополнительная\n'
           'трудовая функция 1:\n'
           'Ведение учета\n'
           '\n'
           'Задача 1:\n'
           'Составление отчета\n'
           '\n'
           'Умения и навыки:\n'
           '1) составлять отчет.\n'
           '\n'
           'Знания:\n'
           '1) правила учета.»;'),
}
ADDED_FUNCTION_UNIT = {
    "kk": '"Бірінші сала маманы" кәсіп карточкасы, қосымша еңбек функциясы',
    "ru": 'карточка профессии «Специалист первой сферы», дополнительная трудовая функция',
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_an_additional_labour_function_added_to_a_card(lang):
    got = _changes(ADDED_FUNCTION[lang], lang)
    assert len(got) == 1
    unit, operation, text = got[0]
    assert (unit, operation) == (ADDED_FUNCTION_UNIT[lang], "insert")
    assert text.startswith(("Қосымша еңбек функциясы 1:", "Дополнительная трудовая функция 1:"))
    assert text.endswith(("есеп қағидалары.", "правила учета."))
