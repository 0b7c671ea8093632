"""Amending orders in Kazakh and in Russian: the stamps (upper right corners) of several annexes
changed by one instruction, a stamp printed inflected, words added at the end of a unit with no
anchor word, and the title of a document the act approves, told from the act's own title."""
import pytest

from test_amendment_rows_and_notes import _changes

CHANGES = {  # one variation: its Kazakh and its Russian wording, and what each must become
    # one instruction names the annexes together: one change, the annexes as printed, the corners in
    # the plural nominative; the annexes' owner named by the act's type word is the act's own
    "the stamps of several annexes in one instruction": [
        ("kk", '      Қағидаларға 2 және 5-қосымшалардың оң жақ жоғарғы бұрыштарындағы "жүргізу"·\n'
               'деген сөз "жүргізу және тексеру" деген сөздермен ауыстырылсын;',
         [("2 және 5-қосымшалар, оң жақ жоғарғы бұрыштары", "amend", "жүргізу және тексеру")]),
        ("ru", '      в правых верхних углах приложений 2 и 5 к Правилам слова "о ведении" заменить·\n'
               'словами "о ведении и проверке";',
         [("правые верхние углы приложений 2 и 5", "amend", "о ведении и проверке")]),
    ],
    # the singular printed inflected: its nominative
    "the stamp of one annex, inflected": [
        ("kk", '      4-қосымшаның оң жақ жоғарғы бұрышындағы "тексеру" деген сөз "бақылау" деген·\n'
               'сөзбен ауыстырылсын;',
         [("4-қосымша, оң жақ жоғарғы бұрышы", "amend", "бақылау")]),
        ("ru", '      в правом верхнем углу приложения 4 слово "проверки" заменить словом "контроля";',
         [("правый верхний угол приложения 4", "amend", "контроля")]),
    ],
    # no word names where they go: the unit changes, the text is the words added
    "words added at the end of a unit": [
        ("kk", '      3-тармақ "және хабарлама арқылы" деген сөздермен толықтырылсын;',
         [("3-тармақ", "amend", "және хабарлама арқылы")]),
        ("ru", '      пункт 3 дополнить словами "и посредством уведомления";',
         [("пункт 3", "amend", "и посредством уведомления")]),
    ],
    # the act's title first (no document line above it), then the approved document's, under the
    # line that names that document
    "the act's title and the approved document's title": [
        ("kk", '      тақырыбы мынадай редакцияда жазылсын:\n'
               '      "Тіркелім жүргізу және тексеру ережесін бекіту туралы";\n'
               '      көрсетілген бұйрықпен бекітілген Тіркелім жүргізу ережесінде:\n'
               '      тақырыбы мынадай редакцияда жазылсын:\n'
               '      "Тіркелім жүргізу және тексеру ережесі";\n'
               '      6-тармақ алып тасталсын;',
         [("тақырып", "replace", "Тіркелім жүргізу және тексеру ережесін бекіту туралы"),
          ("Ереженің тақырыбы", "replace", "Тіркелім жүргізу және тексеру ережесі"),
          ("6-тармақ", "delete", None)]),
        ("ru", '      заголовок изложить в следующей редакции:\n'
               '      "Об утверждении Правил ведения и проверки реестра";\n'
               '      в Правилах ведения реестра, утвержденных указанным приказом:\n'
               '      заголовок изложить в следующей редакции:\n'
               '      "Правила ведения и проверки реестра";\n'
               '      пункт 6 исключить;',
         [("заголовок", "replace", "Об утверждении Правил ведения и проверки реестра"),
          ("заголовок Правил", "replace", "Правила ведения и проверки реестра"),
          ("пункт 6", "delete", None)]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_changes(variation):
    for lang, body, expected in CHANGES[variation]:
        assert _changes(body, lang) == expected, lang


@pytest.mark.parametrize("lang,body,expected", [
    # a line naming no document the vocabulary knows: the title is the act's, as before
    ("kk", '      көрсетілген бұйрықпен бекітілген Тіркелім жүргізу тізбесінде:\n'
           '      тақырыбы мынадай редакцияда жазылсын:\n      "Жаңа тізбе";',
     [("тақырып", "replace", "Жаңа тізбе")]),
    ("ru", '      в Перечне реестров, утвержденном указанным приказом:\n'
           '      заголовок изложить в следующей редакции:\n      "Новый перечень";',
     [("заголовок", "replace", "Новый перечень")]),
    # the head word inside the document's quoted name is not its head
    ("ru", '      в Перечне "Правила и нормы", утвержденном указанным приказом:\n'
           '      заголовок изложить в следующей редакции:\n      "Новый перечень";',
     [("заголовок", "replace", "Новый перечень")]),
])
def test_a_title_under_a_line_naming_no_known_document(lang, body, expected):
    assert _changes(body, lang) == expected
