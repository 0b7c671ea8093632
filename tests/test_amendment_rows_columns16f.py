"""Amending orders, in Kazakh and in Russian (round 16, f): a row of an annex named in an apposition
right after its annex in the same instruction, and a column added to a table the formula names by its
word inside a form of an annex."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_amendment_rows_and_notes import _changes  # noqa: E402


@pytest.mark.parametrize("lang,body,expected", [
    ("ru", "      в приложении 2 к указанным Правилам строку, порядковый номер 5, изложить в следующей редакции:\n"
           "«5\n\nРаботник службы\n\n2»;\n      пункт 7 исключить.",
     [("приложение 2, строка, порядковый номер 5", "replace", "5 Работник службы 2"), ("пункт 7", "delete", None)]),
    ("kk", "      Қағидаларға 2-қосымшадағы реттік нөмірі 5-жол мынадай редакцияда жазылсын:\n"
           "\"5\n\nҚызмет қызметкері\n\n2\";\n      7-тармақ алып тасталсын.",
     [("2-қосымша, реттік нөмірі 5-жол", "replace", "5 Қызмет қызметкері 2"), ("7-тармақ", "delete", None)]),
])
def test_a_row_named_right_after_its_annex_is_written_from_the_annex_in(lang, body, expected):
    """The annex printed first in the instruction heads the row's unit, each written apart."""
    assert _changes(body, lang) == expected


def test_a_row_under_a_context_line_keeps_the_genitive_of_its_annex_ru():
    body = "      в приложении 3 к указанным Правилам:\n      строку, порядковый номер 2, исключить;"
    assert _changes(body, "ru") == [("строка, порядковый номер 2, приложения 3", "delete", None)]


def test_a_row_holding_the_changed_column_keeps_the_genitive_chain_ru():
    body = ("      в приложении 1 к указанным Правилам в графе 3 строки, порядковый номер 2, "
            "цифру «4» заменить цифрой «6»;")
    assert _changes(body, "ru")[0][:2] == ("графа 3 строки, порядковый номер 2, приложения 1", "amend")


@pytest.mark.parametrize("lang,body,unit", [
    ("kk", "      Қағидаларға 2-қосымшадағы нысанда кесте мынадай мазмұндағы 4-бағанмен толықтырылсын:\n"
           "\"Қорытынды баға\n4\n\".", "2-қосымша, нысан, кестенің 4-бағаны"),
    ("kk", "      Қағидаларға 2-қосымшадағы кесте мынадай мазмұндағы 4-бағанмен толықтырылсын:\n"
           "\"Қорытынды баға\n4\n\".", "2-қосымша, кестенің 4-бағаны"),
    ("ru", "      в приложении 2 к указанным Правилам в форме таблицу дополнить графой 4 следующего содержания:\n"
           "«Итоговая оценка\n4\n».", "графа 4 таблицы формы приложения 2"),
])
def test_a_column_added_to_a_table_named_by_its_word(lang, body, unit):
    """The table (and the form holding it) stays in the unit; the column is written as the language
    prints a unit of that table."""
    got = _changes(body, lang)
    assert [(u, op) for u, op, _ in got] == [(unit, "insert")]
    assert got[0][2].split()[:2] in (["Қорытынды", "баға"], ["Итоговая", "оценка"])
