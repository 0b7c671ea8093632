"""Amending orders, in Kazakh and in Russian.

A context line may name the document the changes sit under with the annex that approves it said in
brackets after the document's name (`… бұйрықпен бекітілген … қағидаларында (1-қосымша):`, `в
Правилах …, утвержденных указанным приказом (приложение 1):`): the annex approves the document, as
`утвержденных приложением 1 к указанному приказу` does, so the units below it are the act's own
(its first annex) or that annex's (another).

A two-page act prints one page number, alone between blank lines at its only page break, maybe
inside an instruction (`… деген сөздермен` / `2` / `ауыстырылсын;`): it is the ordinal of the page
the break closes or opens, and goes, so that the instruction reads whole. A lone number that is no
page's ordinal stays (a value).
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_amendment_rows_and_notes import _changes  # noqa: E402

from extractors.repair import remove_page_furniture, split_lines  # noqa: E402


@pytest.mark.parametrize("lang,body,expected", [
    ("kk", "      көрсетілген бұйрықпен бекітілген Мұрағат қызметкерлерін аттестаттау қағидаларында·\n"
           "(1-қосымша):\n"
           "      4-тармақ алып тасталсын;\n"
           '      6-тармақтағы "бір ай" деген сөздер "екі ай" деген сөздермен ауыстырылсын.',
     [("4-тармақ", "delete", None), ("6-тармақ", "amend", "екі ай")]),
    ("ru", "      в Правилах аттестации работников архивов, утвержденных указанным приказом·\n"
           "(приложение 1):\n"
           "      пункт 4 исключить;\n"
           '      в пункте 6 слова "один месяц" заменить словами "два месяца".',
     [("пункт 4", "delete", None), ("пункт 6", "amend", "два месяца")]),
    # another annex than the first holds a document of its own: its units are written inside it
    ("kk", "      көрсетілген бұйрықпен бекітілген Мұрағат қызметкерлерінің тізбесінде (3-қосымша):\n"
           "      4-тармақ алып тасталсын.",
     [("3-қосымша, 4-тармақ", "delete", None)]),
    ("ru", "      в Перечне работников архивов, утвержденном указанным приказом (приложение 3):\n"
           "      пункт 4 исключить.",
     [("пункт 4 приложения 3", "delete", None)]),
])
def test_the_annex_in_brackets_after_the_document_approves_it(lang, body, expected):
    assert _changes(body.replace("·", " "), lang) == expected


@pytest.mark.parametrize("lang,raw,expected", [
    ("kk", ['      5-тармақтағы "бір ай" деген сөздер "екі ай" деген сөздермен', "", "2", "", "", "",
            "ауыстырылсын;"],
     [("5-тармақ", "amend", "екі ай")]),
    ("ru", ['      в пункте 5 слова "один месяц" заменить словами "два', "", "2", "", "", "",
            'месяца";'],
     [("пункт 5", "amend", "два месяца")]),
])
def test_the_one_page_number_of_a_two_page_act_inside_an_instruction_goes(lang, raw, expected):
    assert _changes("\n".join(raw), lang) == expected


def test_the_one_page_number_goes_at_the_top_of_the_second_page_too():
    lines = remove_page_furniture(split_lines(["мәтін бірінші бетте", "", "", "", "2", "", "мәтін екінші бетте"]))
    assert [ln.text for ln in lines] == ["мәтін бірінші бетте", "мәтін екінші бетте"]


@pytest.mark.parametrize("raw", [
    ["Біліктілік деңгейі", "", "5", "", "", "", "Келесі бет"],  # no page's ordinal
    ["Біліктілік деңгейі", "2", "", "", "", "Келесі бет"],  # not set apart: the line's own value
])
def test_a_lone_number_that_is_no_page_number_stays(raw):
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert texts == [t for t in raw if t]


def test_a_row_number_of_a_table_printed_cell_by_cell_stays_at_the_break():
    # the number column counts the rows: `2` before the break is the second row's, not page 2's
    raw = ["№", "", "1", "", "Жоғары", "", "жоғары білім", "", "2", "", "", "", "Орта", "", "орта білім"]
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert texts == [t for t in raw if t]
