"""Amending orders, in Kazakh and in Russian: a `Должен знать:` / `Білуге тиіс:` list given a new
wording, its items one a line.

An item may end with a name quoted inside the wording (`Кодекс "О здоровье народа";`): its closing
quote closes that name, not the wording, which goes on with the next item; it stays in the text.
Only a closing quote that closes the wording itself before the next paragraph goes on unquoted is
the act's stray quote.

A short act's one page break may fall between two items of such a list: the line before ends
with the `;` that parts the items, the one after goes on in lower case; the page number alone
between them is the page's ordinal, and no item of the list.
"""
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_amendments import changes_of  # noqa: E402

from extractors.repair import remove_page_furniture, split_lines  # noqa: E402

RU_BODY = """      пункт 7 изложить в следующей редакции:
      "7. Должен знать:
      Кодекс Республики Казахстан "О здоровье народа и системе здравоохранения";
      Закон Республики Казахстан "О гражданской защите";
      основы первой медицинской помощи;



2

      порядок ведения учетной документации.";
      пункт 9 исключить."""

KK_BODY = """      7-тармақ мынадай редакцияда жазылсын:
      "7. Білуге тиіс:
      Қазақстан Республикасының Еңбек кодексін;
      алғашқы медициналық көмек көрсету негіздерін;



2

      есепке алу құжаттамасын жүргізу тәртібін.";
      9-тармақ алып тасталсын."""


def test_a_name_quoted_at_the_end_of_an_item_keeps_its_closing_quote():
    got, lists, warnings = changes_of(RU_BODY, "ru")
    assert warnings == []
    assert [(a.target_unit, a.operation) for a in got] == [("пункт 7", "replace"), ("пункт 9", "delete")]
    assert got[0].text == ('7. Должен знать: Кодекс Республики Казахстан "О здоровье народа и системе '
                           'здравоохранения"; Закон Республики Казахстан "О гражданской защите"; основы '
                           'первой медицинской помощи; порядок ведения учетной документации.')
    assert [i.text for i in lists[0].items] == [
        'Кодекс Республики Казахстан "О здоровье народа и системе здравоохранения"',
        'Закон Республики Казахстан "О гражданской защите"',
        "основы первой медицинской помощи",
        "порядок ведения учетной документации"]


def test_the_page_number_between_two_items_of_a_quoted_list_goes():
    got, lists, warnings = changes_of(KK_BODY, "kk")
    assert warnings == []
    assert [(a.target_unit, a.operation) for a in got] == [("7-тармақ", "replace"), ("9-тармақ", "delete")]
    assert got[0].text == ("7. Білуге тиіс: Қазақстан Республикасының Еңбек кодексін; алғашқы медициналық "
                           "көмек көрсету негіздерін; есепке алу құжаттамасын жүргізу тәртібін.")
    assert [i.text for i in lists[0].items] == [
        "Қазақстан Республикасының Еңбек кодексін",
        "алғашқы медициналық көмек көрсету негіздерін",
        "есепке алу құжаттамасын жүргізу тәртібін"]


@pytest.mark.parametrize("before,after", [
    ("основы первой медицинской помощи;", "порядок ведения учетной документации."),
    ("алғашқы көмек негіздерін;", "құжаттаманы жүргізу тәртібін."),
])
def test_a_page_number_after_an_item_s_semicolon_goes(before, after):
    lines = remove_page_furniture(split_lines([before, "", "", "", "2", "", after]))
    assert [ln.text for ln in lines] == [before, after]


@pytest.mark.parametrize("raw", [
    ["основы первой медицинской помощи.", "", "", "", "2", "", "порядок ведения документации."],  # a sentence ended
    ["Уровень квалификации:", "", "", "", "2", "", "подуровень"],  # a value under its label
    ["первое;", "", "", "", "2", "", "Второе"],  # a capital after it
])
def test_a_lone_number_between_sentences_or_under_a_label_stays(raw):
    assert [ln.text for ln in remove_page_furniture(split_lines(raw))] == [t for t in raw if t]
