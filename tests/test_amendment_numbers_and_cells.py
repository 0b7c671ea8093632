"""Amending orders in Kazakh and in Russian: a hyperlink over a list of unit numbers joined by an
`and` moved whole to the end of its line, a chapter's link moved the same way, figures changed as
numbers in a row named by its quoted name, and one cell of an annex's table named with the annex
printed first."""
import pytest

from extractors.repair import fix_displaced_link
from extractors.vocabulary import vocabulary
from test_amendment_rows_and_notes import _changes

KK, RU = vocabulary("kk"), vocabulary("ru")


@pytest.mark.parametrize("line,indent,vocab,expected", [
    # the whole list is one link: the line opened with it (one space too deep)
    ('"жасы толмаған" деген сөздер 3 және 4-тармақтарындағы', 7, KK,
     '3 және 4-тармақтарындағы "жасы толмаған" деген сөздер'),
    ("бөлімінде көзделген құжаттар тізбесі осы  бекітіледі.2 және 5-қосымшаларда", 6, KK,
     "бөлімінде көзделген құжаттар тізбесі осы 2 және 5-қосымшаларда бекітіледі."),
    ("сведения о выполнении мер, указанных  настоящей статьи.подпунктами 2) и 4)", 6, RU,
     "сведения о выполнении мер, указанных подпунктами 2) и 4) настоящей статьи."),
])
def test_a_list_of_numbers_joined_by_and_goes_back_as_one_link(line, indent, vocab, expected):
    text, _, moved = fix_displaced_link(line, indent, 6, 0, vocab)
    assert moved and text == expected


@pytest.mark.parametrize("line,vocab,expected", [
    ("наименование  изложить в новой редакции:главы 4", RU, "наименование главы 4 изложить в новой редакции:"),
    ("тақырыбы мынадай редакцияда жазылсын:4-тараудың", KK, "4-тараудың тақырыбы мынадай редакцияда жазылсын:"),
])
def test_a_chapter_link_goes_back(line, vocab, expected):
    text, _, moved = fix_displaced_link(line, 7 if vocab is KK else 6, 6, 0, vocab)
    assert moved and text == expected


def test_words_changed_in_a_list_of_points_whose_link_moved_are_one_change():
    # kzprof writes a plural of one kind named at once as one change (as the shared gold does)
    kk = ('       "жасы толмаған" деген сөздер 3 және 4-тармақтарындағы\n'
          '"кәмелетке толмаған" деген сөздермен ауыстырылсын;')
    ru = '      в  слова "не достигших" заменить словами "младше";пунктах 3 и 4'
    assert _changes(kk, "kk") == [("3 және 4-тармақтар", "amend", "кәмелетке толмаған")]
    assert _changes(ru, "ru") == [("пункты 3 и 4", "amend", "младше")]


@pytest.mark.parametrize("body,lang,expected", [
    ('      1-қосымшадағы "Біліктілік деңгейі" деген жолдағы "4" деген сан "5" деген санмен·\n'
     'ауыстырылсын;', "kk", [('1-қосымша, "Біліктілік деңгейі" деген жол', "amend", "5")]),
    ('      в приложении 1 в строке "Уровень квалификации" число "4" заменить числом "5";', "ru",
     [('строка "Уровень квалификации" приложения 1', "amend", "5")]),
    ('      2-қосымшадағы "Кәсіп коды" деген жолдағы "2635-0-001" деген сандар "2635-0-002" деген·\n'
     'сандармен ауыстырылсын;', "kk", [('2-қосымша, "Кәсіп коды" деген жол', "amend", "2635-0-002")]),
])
def test_figures_changed_as_numbers_in_a_named_row(body, lang, expected):
    assert _changes(body, lang) == expected


@pytest.mark.parametrize("body,lang,expected", [
    # the annex printed first, then the cell inner-first: the cell with its row and annex after it
    ('      в приложении 3 к указанным требованиям в графе 5 строки, порядковый номер 2,·\n'
     'цифру "7" заменить цифрой "6";', "ru", [("графа 5 строки, порядковый номер 2, приложения 3", "amend", "6")]),
    ('      в приложении 1 в графе 2 строки, порядковый номер 4, слово "месяц" заменить словом "год";', "ru",
     [("графа 2 строки, порядковый номер 4, приложения 1", "amend", "год")]),
    ('      көрсетілген талаптарға 3-қосымшаның реттік нөмірі 2-жолының 5-бағанындағы "7" деген цифр·\n'
     '"6" деген цифрмен ауыстырылсын;', "kk", [("3-қосымша, реттік нөмірі 2-жол, 5-баған", "amend", "6")]),
])
def test_one_cell_of_an_annex_table(body, lang, expected):
    assert _changes(body, lang) == expected


@pytest.mark.parametrize("line,indent,vocab,expected", [
    # a list of numbers that opens quoted words is those words, not a link: only the unit moved
    # after it goes back
    ('"4, 5 және 6-тармақтарда" деген сөздер "4 және 3-қосымшадағы', 7, KK,
     '3-қосымшадағы "4, 5 және 6-тармақтарда" деген сөздер "4 және'),
    ('в  цифры "4 и 5" заменить цифрами "4 и приложении 2', 6, RU,
     'в приложении 2 цифры "4 и 5" заменить цифрами "4 и'),
])
def test_a_quoted_list_of_numbers_stays_in_its_quotes(line, indent, vocab, expected):
    text, _, moved = fix_displaced_link(line, indent, 6, 0, vocab)
    assert moved and text == expected
