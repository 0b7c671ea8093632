"""Amending orders, in Kazakh and in Russian: a paragraph (or part) added by its word alone after one
named by its ordinal prints no place of its own, so the change is its holder's, named as printed -
under a context of three levels (chapter / named параграф / point) too; a new unit printed with its
own ordinal or number keeps it."""
from test_amendment_rows_and_notes import _changes

PARAGRAPH_AFTER = {
    "ru": ('      в главе 3:\n'
           '      в параграфе 2 "Инструктор по труду":\n'
           '      в пункте 9:\n'
           '      после абзаца первого дополнить абзацем следующего содержания:\n'
           '      "ведет учет посещений;";\n'
           '      пункт 10 после абзаца второго дополнить абзацем следующего·\n'
           'содержания:\n'
           '      "Трудовой кодекс;";\n'
           '      пункт 11 исключить.'),
    "kk": ('      3-тарауда:\n'
           '      9-тармақта:\n'
           '      бірінші абзацтан кейін мынадай мазмұндағы абзацпен толықтырылсын:\n'
           '      "келушілерді есепке алады;";\n'
           '      10-тармақтың екінші абзацынан кейін мынадай мазмұндағы абзацпен·\n'
           'толықтырылсын:\n'
           '      "Еңбек кодексі;";\n'
           '      11-тармақ алып тасталсын.'),
}


def test_a_paragraph_added_after_a_named_one_is_its_holders_change():
    assert _changes(PARAGRAPH_AFTER["ru"], "ru") == [
        ("пункт 9", "insert", "ведет учет посещений;"),
        ("пункт 10", "insert", "Трудовой кодекс;"),
        ("пункт 11", "delete", None)]
    assert _changes(PARAGRAPH_AFTER["kk"], "kk") == [
        ("9-тармақ", "insert", "келушілерді есепке алады;"),
        ("10-тармақ", "insert", "Еңбек кодексі;"),
        ("11-тармақ", "delete", None)]


def test_a_unit_added_after_another_with_its_own_place_keeps_it():
    ru = ('      пункт 4 после абзаца второго дополнить абзацем третьим следующего содержания:\n'
          '      "контролирует сроки;";\n'
          '      пункт 6 после подпункта 2) дополнить подпунктом 2-1) следующего содержания:\n'
          '      "2-1) ведет журнал;";')
    assert _changes(ru, "ru") == [
        ("абзац третий пункта 4", "insert", "контролирует сроки;"),
        ("подпункт 2-1) пункта 6", "insert", "2-1) ведет журнал;")]
    kk = ('      4-тармақтың екінші абзацынан кейін мынадай мазмұндағы үшінші абзацпен толықтырылсын:\n'
          '      "мерзімдерді бақылайды;";\n'
          '      6-тармақтың 2) тармақшасынан кейін мынадай мазмұндағы 2-1) тармақшамен толықтырылсын:\n'
          '      "2-1) журнал жүргізеді;";')
    assert _changes(kk, "kk") == [
        ("4-тармақ, үшінші абзац", "insert", "мерзімдерді бақылайды;"),
        ("6-тармақ, 2-1) тармақша", "insert", "2-1) журнал жүргізеді;")]
