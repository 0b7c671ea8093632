"""Amending orders and editorial notes, more wordings in Kazakh and in Russian: words added after
words with the unit's hyperlink displaced into the quotes, units renumbered, rows of an occupation
card's table changed under context lines that name the annex and the card, and notes that name the
words they changed throughout the text, cite two amending acts at once or add a unit inside another."""
import datetime as dt

import pytest

from extractors.amendments import read_amendments
from extractors.extract import extract_document
from extractors.header import read_header
from conftest import doc_from_text
from test_amendments import KK_ORDER, RU_ORDER, changes_of
from test_requirement_wordings import read


def _changes(body: str, lang: str):
    got, _, warnings = changes_of(body, lang)
    assert warnings == [], warnings
    return [(a.target_unit, a.operation, a.text) for a in got]


def _notes(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(a.kind, a.target_unit, a.operation, a.amending_act_number, a.amending_act_date, a.text)
            for a in read_amendments(doc, read_header(doc), lexicon)[0]]


def test_words_added_after_words_with_the_unit_displaced_into_the_quotes():
    # the hyperlinked unit was cut from the line's start (one space too deep) and glued after `",`
    kk = ('       "әлеуметтік қызметкер" деген сөздерден кейін ",4-тармақтағы·\n'
          'психолог" деген сөздермен толықтырылсын;\n'
          '      5-тармақ алып тасталсын;')
    ru = ('      1) в  после слов "социальный работник" дополнить словами ",пункте 4·\n'
          'психолог";\n'
          '      2) пункт 5 исключить;')
    assert _changes(kk, "kk") == [("4-тармақ", "amend", ", психолог"), ("5-тармақ", "delete", None)]
    assert _changes(ru, "ru") == [("пункт 4", "amend", ", психолог"), ("пункт 5", "delete", None)]


def test_units_renumbered_are_amended_under_their_old_numbers():
    kk = '      10 және 11-тармақтар тиісінше 11 және 12-тармақтар болып есептелсін.'
    ru = ('      пункты 10 и 11 считать соответственно пунктами 11 и 12;\n'
          '      считать подпункты 3) и 4) пункта 2 соответственно подпунктами 4) и 5).')
    assert _changes(kk, "kk") == [("10 және 11-тармақтар", "amend", None)]
    assert _changes(ru, "ru") == [("пункты 10 и 11", "amend", None), ("подпункты 3) и 4) пункта 2", "amend", None)]


def test_rows_of_an_occupation_card_under_the_annex_and_the_card():
    """Rows named by their label or their number (written with the label that names the number, as
    printed); a row replaced cell by cell, deleted, or with its words changed."""
    kk = ('      кәсіптік стандартқа қосымшада:\n'
          '      "Әлеуметтік қызметкер" кәсіп карточкасында:\n'
          '      "Біліктілік деңгейі" деген жол мынадай редакцияда жазылсын:\n'
          '"\n\nБіліктілік деңгейі\n\n5\n\n";\n'
          '      "Еңбек функциялары" деген жолдағы "көмек көрсету" деген сөздер "қызмет көрсету" деген·\n'
          'сөздермен ауыстырылсын;\n'
          '      реттік нөмірі 3-жол алып тасталсын;\n'
          '      "Еңбек жағдайлары" деген жол алып тасталсын.')
    ru = ('      в приложении к профессиональному стандарту:\n'
          '      в карточке профессии "Социальный работник":\n'
          '      строку "Уровень квалификации по ОРК" изложить в следующей редакции:\n'
          '"\n\nУровень квалификации по ОРК\n\n5\n\n";\n'
          '      в строке "Трудовые функции" слова "оказание помощи" заменить словами "оказание услуг";\n'
          '      строку, порядковый номер 3, исключить;\n'
          '      строку "Условия труда" исключить.')
    card = 'кәсіптік стандартқа қосымша, "Әлеуметтік қызметкер" кәсіп карточкасы'
    assert _changes(kk, "kk") == [(f'{card}, "Біліктілік деңгейі" деген жол', "replace", "Біліктілік деңгейі 5"),
                                  (f'{card}, "Еңбек функциялары" деген жол', "amend", "қызмет көрсету"),
                                  (f"{card}, реттік нөмірі 3-жол", "delete", None),
                                  (f'{card}, "Еңбек жағдайлары" деген жол', "delete", None)]
    # a path through a card is written from the annex in, each unit apart, in Russian too (units.CARD_PATH)
    card = 'приложение к профессиональному стандарту, карточка профессии "Социальный работник"'
    assert _changes(ru, "ru") == [(f'{card}, строка "Уровень квалификации по ОРК"', "replace",
                                   "Уровень квалификации по ОРК 5"),
                                  (f'{card}, строка "Трудовые функции"', "amend", "оказание услуг"),
                                  (f"{card}, строка, порядковый номер 3", "delete", None),
                                  (f'{card}, строка "Условия труда"', "delete", None)]


D96, D17, D88 = dt.date(2025, 4, 11), dt.date(2025, 2, 14), dt.date(2025, 9, 2)
NOTES = {  # one variation, its Kazakh and its Russian wording
    "words replaced throughout the text": [
        ("kk", '      Ескерту. Бүкіл мәтін бойынша "аға маман" деген сөздер "бас маман" деген сөздермен·\n'
               'ауыстырылды – ҚР Денсаулық сақтау министрінің 11.04.2025 № 96 бұйрығымен.\n',
         [("note", "Бүкіл мәтін бойынша", "amend", "96", D96, "бас маман")]),
        ("ru", '      Сноска. По всему тексту слова "старший специалист" заменены словами "главный·\n'
               'специалист" приказом Министра здравоохранения РК от 11.04.2025 № 96.\n',
         [("note", "По всему тексту", "amend", "96", D96, "главный специалист")]),
    ],
    "two amending acts": [
        ("ru", '      Сноска. Приказ с изменениями, внесенными приказами Министра здравоохранения РК от·\n'
               '14.02.2025 № 17; от 02.09.2025 № 88 (вводится в действие с 01.10.2025).\n',
         [("note", None, "amend", "17", D17, None), ("note", None, "amend", "88", D88, None)]),
        ("kk", '      Ескерту. Бұйрыққа өзгерістер енгізілді – ҚР Денсаулық сақтау министрінің 14.02.2025·\n'
               '№ 17; 02.09.2025 № 88 бұйрықтарымен.\n',
         [("note", None, "amend", "17", D17, None), ("note", None, "amend", "88", D88, None)]),
    ],
    "a subparagraph added to a paragraph": [
        ("ru", '      Сноска. Пункт 3 дополнен подпунктом 4) в соответствии с приказом Министра·\n'
               'здравоохранения РК от 14.02.2025 № 17.\n',
         [("note", "подпункт 4) пункта 3", "insert", "17", D17, None)]),
        ("kk", '      Ескерту. 3-тармақ 4) тармақшамен толықтырылды – ҚР Денсаулық сақтау министрінің·\n'
               '14.02.2025 № 17 бұйрығымен.\n',
         [("note", "3-тармақ, 4) тармақша", "insert", "17", D17, None)]),
    ],
    "an act number with letters": [
        ("ru", '      Сноска. Пункт 4 исключен приказом Министра здравоохранения РК от 02.09.2025·\n'
               '№ ҚР ДСМ-88 (вводится в действие по истечении десяти календарных дней).\n',
         [("note", "пункт 4", "delete", "ҚР ДСМ-88", D88, None)]),
        ("kk", '      Ескерту. 4-тармақ алып тасталды – ҚР Денсаулық сақтау министрінің 02.09.2025·\n'
               '№ ҚР ДСМ-88 бұйрығымен.\n',
         [("note", "4-тармақ", "delete", "ҚР ДСМ-88", D88, None)]),
    ],
}


@pytest.mark.parametrize("variation", NOTES)
def test_notes(variation):
    for lang, body, expected in NOTES[variation]:
        assert _notes(body, lang) == expected, lang


def test_paragraphs_of_a_new_wording_are_no_requirements_of_the_amending_order():
    # the wording runs over three paragraphs; only the first opens with a quote
    kk = ('      7 және 8-тармақтар мынадай редакцияда жазылсын:\n'
          '      "7. Әлеуметтік қызметкерге қойылатын біліктілік талаптары: жоғары (әлеуметтік) білім,·\n'
          'жұмыс өтіліне талап қойылмайды.\n'
          '      8. Психологқа қойылатын біліктілік талаптары: жоғары (психологиялық) білім,·\n'
          'мамандығы бойынша кемінде 2 (екі) жыл жұмыс өтілі.";')
    ru = ('      пункты 7 и 8 изложить в следующей редакции:\n'
          '      "7. Требования к квалификации социального работника: высшее (социальное)·\n'
          'образование, без предъявления требований к стажу работы.\n'
          '      8. Требования к квалификации психолога: высшее (психологическое) образование и·\n'
          'стаж работы по специальности не менее 2 (двух) лет.";')
    for lang, order, body in (("kk", KK_ORDER, kk), ("ru", RU_ORDER, ru)):
        doc, raw, lexicon = doc_from_text(order.replace("{body}", body).replace("·\n", " \n"), lang)
        ex = extract_document(doc, raw, lexicon)
        assert [(a.target_unit, a.operation) for a in ex.amendments] == \
            [("7 және 8-тармақтар" if lang == "kk" else "пункты 7 и 8", "replace")]
        assert ex.requirements == []


def test_words_added_before_words_and_digits_after_digits():
    kk = ('      4-тармақтағы "әлеуметтік қызметкер" деген сөздердің алдынан "аға" деген сөзбен толықтырылсын;\n'
          '      5-тармақтағы "3" деген цифрдан кейін ", 4" деген цифрлармен толықтырылсын;')
    ru = ('      в пункте 4 перед словами "социальный работник" дополнить словом "старший";\n'
          '      в пункте 5 после цифры "3" дополнить цифрами ", 4";')
    assert _changes(kk, "kk") == [("4-тармақ", "amend", "аға"), ("5-тармақ", "amend", ", 4")]
    assert _changes(ru, "ru") == [("пункт 4", "amend", "старший"), ("пункт 5", "amend", ", 4")]


def test_one_unit_renumbered():
    assert _changes('      10-тармақ 11-тармақ болып есептелсін;', "kk") == [("10-тармақ", "amend", None)]
    assert _changes('      пункт 10 считать пунктом 11;', "ru") == [("пункт 10", "amend", None)]



def test_an_annex_named_by_its_word_alone_opening_an_instruction_holds_the_row_it_adds():
    # the chapter of the instruction before holds the point it adds, not the next row: the annex
    # that opens the next instruction is that row's holder
    ru = ('      главу 3 дополнить пунктом 17-1 следующего содержания:\n'
          '      "17-1. Аттестация проводится один раз в пять лет.";\n'
          '      приложение к квалификационным требованиям дополнить строкой, порядковый номер 6, '
          'следующего содержания:\n'
          '      "6 Ассистент 5".')
    assert [u for u, _, _ in _changes(ru, "ru")] == ["пункт 17-1", "строка, порядковый номер 6, приложения"]


def test_a_word_that_also_means_additional_opening_an_instruction_is_no_annex():
    # `қосымша` is both an annex and `additional`: at an instruction's start it names no annex
    from extractors import units
    assert [r.kind for r in units.refs_in("Қосымша еңбек функциясы 2-тармақта", "kk")] == ["paragraph"]
    assert [r.kind for r in units.refs_in("приложение к требованиям дополнить строкой 3", "ru")] == ["annex", "row"]
