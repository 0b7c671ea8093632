"""Words and figures changed inside a unit, where Kazakh names them by the possessive of the word
that says what they are, with no `деген` (`"X" цифрлары "Y" цифрларымен ауыстырылсын`, `"X"
сөздері алып тасталсын`, `"X" сөздерінен кейін "Y" сөздерімен толықтырылсын`): an `amend` of the
unit, as the `деген` forms and the Russian `цифры … заменить цифрами …` are; never the whole unit
deleted. And a subpoint whose hyperlinked `2) тармақшасының` was moved to the line's end, glued to
the instruction's full stop (`… танылсын.2) тармақшасының`), as the Russian `подпункт 2)` is."""
import pytest

from test_amendments import changes_of

WORDS_AND_FIGURES = [
    ('      6-тармақтың үшінші абзацындағы "24" цифрлары "30" цифрларымен ауыстырылсын;', "kk",
     "6-тармақ, үшінші абзац", "30"),
    ('      в абзаце третьем пункта 6 цифры "24" заменить цифрами "30";', "ru", "абзац третий пункта 6", "30"),
    ('      3-тармақтағы "аға" сөзі "жетекші" сөзімен ауыстырылсын;', "kk", "3-тармақ", "жетекші"),
    ('      в пункте 3 слово "старший" заменить словом "ведущий";', "ru", "пункт 3", "ведущий"),
    ('      8-тармақтағы ", әдіскермен келісім бойынша," сөздері алып тасталсын;', "kk", "8-тармақ", None),
    ('      в пункте 8 слова ", по согласованию с методистом," исключить;', "ru", "пункт 8", None),
    ('      8-тармақтағы "2022" цифрлары алып тасталсын;', "kk", "8-тармақ", None),
    ('      в пункте 8 цифры "2022" исключить;', "ru", "пункт 8", None),
    ('      11-тармақтағы "зертхананың" сөзінен кейін "және виварийдің" сөздерімен толықтырылсын;', "kk",
     "11-тармақ", "және виварийдің"),
    ('      в пункте 11 после слова "лаборатории" дополнить словами "и вивария";', "ru", "пункт 11", "и вивария"),
]


@pytest.mark.parametrize("body,lang,unit,text", WORDS_AND_FIGURES, ids=[f"{w[1]}-{k}" for k, w in enumerate(WORDS_AND_FIGURES)])
def test_words_and_figures_changed_inside_a_unit(body, lang, unit, text):
    got, _, warnings = changes_of(body, lang)
    assert [(a.target_unit, a.operation, a.text) for a in got] == [(unit, "amend", text)]
    assert warnings == []


@pytest.mark.parametrize("body,lang,unit", [
    ("      5-тармақтың  алып тасталсын.4) тармақшасы", "kk", "5-тармақ, 4) тармақша"),
    ("       пункта 5 исключить.подпункт 4)", "ru", "подпункт 4) пункта 5"),
], ids=["kk", "ru"])
def test_a_subpoint_moved_to_the_line_end_glued_to_the_full_stop(body, lang, unit):
    got, _, warnings = changes_of(body, lang)
    assert [(a.target_unit, a.operation) for a in got] == [(unit, "delete")]
    assert warnings == []


def test_an_abbreviation_before_a_subpoint_number_is_no_glue():
    """`пп.2)` is how an act abbreviates a subpoint: no link was moved away from it."""
    from extractors.displaced_links import _GLUED
    assert _GLUED.search("танылсын.2)") and _GLUED.search("тасталсын.12-1)")
    assert not _GLUED.search("пп.2)") and not _GLUED.search("6.1)")
