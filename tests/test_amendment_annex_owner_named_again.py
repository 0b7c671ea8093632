"""Amending orders, in Kazakh and in Russian, whose changes sit under a line naming the document
they hit (`көрсетілген бұйрықпен бекітілген … ұсынымдарда:`, `в Методических рекомендациях …,
утвержденных указанным приказом:`): a numbered annex whose owner names that same document again (`Әдістемелік
ұсынымдарға 2-қосымшада:`, `приложение 2 к Методическим рекомендациям исключить`) is that document's own annex, written by its
number alone, as one whose owner points back at it (`к указанным рекомендациям`) is; an owner that names
some other document is kept. Also the forms around it: a row of a table inside a point, a point
added to a chapter, a whole annex deleted or restated."""
import pytest

from test_amendments import changes_of


def _changes(body: str, lang: str):
    got, _, warnings = changes_of(body, lang)
    assert warnings == [], warnings
    return [(a.target_unit, a.operation, a.text) for a in got]


CHANGES = {
    "annexes of the document the changes sit under, its name said again": [
        ("kk", '      көрсетілген бұйрықпен бекітілген Зертханалық зерттеулер жөніндегі әдістемелік·\n'
               'ұсынымдарда:\n'
               '      Әдістемелік ұсынымдарға 2-қосымшада:\n'
               '      "Өтінім нысаны" деген жолдағы "қағаз" деген сөз "электрондық" деген сөзбен ауыстырылсын;\n'
               '      Әдістемелік ұсынымдарға 5-қосымша алып тасталсын.',
         [('2-қосымша, "Өтінім нысаны" деген жол', "amend", "электрондық"),
          ("5-қосымша", "delete", None)]),
        ("ru", '      в Методических рекомендациях по лабораторным исследованиям, утвержденных·\n'
               'указанным приказом:\n'
               '      в приложении 2 к Методическим рекомендациям:\n'
               '      в строке "Форма заявки" слово "бумажная" заменить словом "электронная";\n'
               '      приложение 5 к Методическим рекомендациям исключить.',
         [('строка "Форма заявки" приложения 2', "amend", "электронная"),
          ("приложение 5", "delete", None)]),
    ],
    # the owner names a document other than the one the changes sit under: kept
    "an annex of another document keeps its owner": [
        ("kk", '      көрсетілген бұйрықпен бекітілген Зертханалық зерттеулер жөніндегі әдістемелік·\n'
               'ұсынымдарда:\n'
               '      Біліктілік талаптарына 3-қосымша алып тасталсын.',
         [("Біліктілік талаптарына 3-қосымша", "delete", None)]),
        ("ru", '      в Методических рекомендациях по лабораторным исследованиям, утвержденных·\n'
               'указанным приказом:\n'
               '      приложение 3 к квалификационным требованиям исключить.',
         [("приложение 3 к квалификационным требованиям", "delete", None)]),
    ],
    "a row of the table of a point deleted": [
        ("kk", '      5-тармақтағы кестенің 4-жолы алып тасталсын;',
         [("5-тармақ, кестенің 4-жолы", "delete", None)]),
        ("ru", '      строку 4 таблицы пункта 5 исключить;',
         [("строка 4 таблицы пункта 5", "delete", None)]),
    ],
    "a point added to a chapter": [
        ("kk", '      2-тарау мынадай мазмұндағы 6-1-тармақпен толықтырылсын:\n'
               '      "6-1. Зертхана есепті жыл сайын ұсынады.";',
         [("6-1-тармақ", "insert", "6-1. Зертхана есепті жыл сайын ұсынады.")]),
        ("ru", '      главу 2 дополнить пунктом 6-1 следующего содержания:\n'
               '      "6-1. Лаборатория ежегодно представляет отчет.";',
         [("пункт 6-1", "insert", "6-1. Лаборатория ежегодно представляет отчет.")]),
    ],
    "words of a row of an annex added after a word": [
        ("kk", '      3-қосымшада:\n'
               '      "Жабдықтар" деген жол "таразы" деген сөзден кейін ", термометр" деген сөзбен толықтырылсын;',
         [('3-қосымша, "Жабдықтар" деген жол', "amend", ", термометр")]),
        ("ru", '      в приложении 3:\n'
               '      строку "Оборудование" после слова "весы" дополнить словом ", термометр";',
         [('строка "Оборудование" приложения 3', "amend", ", термометр")]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_changes(variation):
    for lang, body, expected in CHANGES[variation]:
        assert _changes(body.replace("·\n", " \n"), lang) == expected, lang
