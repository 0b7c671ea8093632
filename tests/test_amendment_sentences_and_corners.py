"""Amending orders in Russian and in Kazakh: a sentence of a unit added or deleted (by its ordinal,
or by its word alone), the upper right corner of an annex in new wording, and a context line whose
last words a moved hyperlink glued after its colon."""
import pytest

from test_amendment_rows_and_notes import _changes

CHANGES = {  # one variation: its Kazakh and its Russian wording, and what each must become
    "a sentence added by its ordinal": [
        ("kk", '      3-тармақ мынадай мазмұндағы үшінші сөйлеммен толықтырылсын:\n'
               '      "Кеңес қашықтан өткізілуі мүмкін.";',
         [("3-тармақ, үшінші сөйлем", "insert", "Кеңес қашықтан өткізілуі мүмкін.")]),
        ("ru", '      пункт 3 дополнить третьим предложением следующего содержания:\n'
               '      "Совет может проводиться дистанционно.";',
         [("третье предложение пункта 3", "insert", "Совет может проводиться дистанционно.")]),
    ],
    "a sentence added by its word alone: the holder changes": [
        ("kk", '      5-тармақ мынадай мазмұндағы сөйлеммен толықтырылсын:\n'
               '      "Хаттамаға төраға қол қояды.";',
         [("5-тармақ", "insert", "Хаттамаға төраға қол қояды.")]),
        ("ru", '      пункт 5 дополнить предложением следующего содержания:\n'
               '      "Протокол подписывает председатель.";',
         [("пункт 5", "insert", "Протокол подписывает председатель.")]),
    ],
    "a sentence deleted": [
        ("kk", '      8-тармақтың бірінші сөйлемі алып тасталсын;',
         [("8-тармақ, бірінші сөйлем", "delete", None)]),
        ("ru", '      первое предложение пункта 8 исключить;',
         [("первое предложение пункта 8", "delete", None)]),
        ("ru", '      в пункте 8:\n      предложение второе исключить;',
         [("предложение второе пункта 8", "delete", None)]),
    ],
    "the upper right corner of an annex": [
        ("kk", '      2-қосымшаның оң жақ жоғарғы бұрышы мынадай редакцияда жазылсын:\n'
               '      "Қағидаларға\n2-қосымша";',
         [("2-қосымша, оң жақ жоғарғы бұрышы", "replace", "Қағидаларға 2-қосымша")]),
        ("ru", '      правый верхний угол приложения 2 изложить в следующей редакции:\n'
               '      "Приложение 2\nк Правилам";',
         [("правый верхний угол приложения 2", "replace", "Приложение 2 к Правилам")]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_changes(variation):
    for lang, body, expected in CHANGES[variation]:
        assert _changes(body, lang) == expected, lang


@pytest.mark.parametrize("lang,body,expected", [
    # `Типтік қағидаларда:` with its last words moved after the colon; the annex's owner names
    # the same document again and is left out
    ("kk", '      көрсетілген бұйрықпен бекітілген Кеңес туралы\n:типтік қағидаларда\n'
           '      Типтік қағидаларға 3-қосымша алып тасталсын;',
     [("3-қосымша", "delete", None)]),
    ("ru", '      в Типовых правилах о совете, утвержденных указанным\n:приказом\n'
           '      приложение 3 к Типовым правилам исключить;',
     [("приложение 3", "delete", None)]),
])
def test_a_context_line_with_its_last_words_after_the_colon(lang, body, expected):
    assert _changes(body, lang) == expected
