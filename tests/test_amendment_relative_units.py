"""Amending orders, in Kazakh and in Russian: units named through another unit. A chapter renumbered
and retitled by one formula (the title is the renumbered chapter's, named by a pointer back at it); a
second change of words joined to the first by an `and`; a line added to a form after a line named
by its words (no count tells the new line's place: the form changes); a footnote or a note of an
annex named by its word alone; a column added to an annex's table; a task added to a labour
function of an occupation card. Formula words carry a Latin look-alike here and there, as on
adilet."""
import pytest

from test_amendment_rows_and_notes import _changes

CHANGES = {
    "a chapter renumbered and its title restated in one formula": [
        ("kk", '      2-тарау алып тасталсын;\n'
               '      5-тарау 4-тарау болып есептелсін және оның тақырыбы мынадай редакцияда жазылсын:\n'
               '      "4-тарау. Қызметті тоқтату тәртібі";',
         [("2-тарау", "delete", None), ("5-тарау", "amend", None),
          ("5-тарау, тақырыбы", "replace", "4-тарау. Қызметті тоқтату тәртібі")]),
        ("ru", '      главу 2 исключить;\n'
               '      главу 5 считать главой 4 и ее заголовок изложить в следующей рeдакции:\n'
               '      "Глава 4. Порядок прекращения услуги";',
         [("глава 2", "delete", None), ("глава 5", "amend", None),
          ("глава 5, заголовок", "replace", "Глава 4. Порядок прекращения услуги")]),
    ],
    "two changes of words in one unit joined by an and": [
        ("kk", '      6-тармақтағы "екі" деген сөздер "үш" деген сөздермен ауыстырылсын және "жазбаша"·\n'
               'деген сөздерден кейін ", оның ішінде электрондық" деген сөздермен толықтырылсын;',
         [("6-тармақ", "amend", "үш"), ("6-тармақ", "amend", ", оның ішінде электрондық")]),
        ("ru", '      в пункте 6 слова "двух дней" заменить словами "трех дней" и после слова·\n'
               '"письменно" дополнить словами ", в том числе электронно";',
         [("пункт 6", "amend", "трех дней"), ("пункт 6", "amend", ", в том числе электронно")]),
    ],
    "a line added to a form after a line named by its words": [
        ("kk", '      3-қосымшадағы нысанда "Байланыс телефоны" деген жолдан кейін мынадай мазмұндағы·\n'
               'жолмен толықтырылсын:\n'
               '      "Пошта мекенжайы ____________".',
         [("3-қосымша, нысан", "insert", "Пошта мекенжайы ____________")]),
        ("ru", '      в форме приложения 3 после строки "Контактный телефон" дополнить строкой·\n'
               'следующего содержания:\n'
               '      "Почтовый адрес ____________".',
         [("форма приложения 3", "insert", "Почтовый адрес ____________")]),
    ],
    "a footnote and a note of an annex named by their words alone": [
        ("kk", '      Қағидаларға 2-қосымшада:\n'
               '      сілтеме мынадай редакцияда жазылсын:\n'
               '      "* Бағандар жұмыс берушінің деректері бойынша толтырылады.";\n'
               '      Қағидаларға 4-қосымшада:\n'
               '      ескертпе алып тасталсын;\n'
               '      мынадай мазмұндағы сілтемемен толықтырылсын:\n'
               '      "* ЖСН – жеке сәйкестендіру нөмірі.".',
         [("2-қосымша, сілтеме", "replace", "* Бағандар жұмыс берушінің деректері бойынша толтырылады."),
          ("4-қосымша, ескертпе", "delete", None),
          ("4-қосымша, сілтеме", "insert", "* ЖСН – жеке сәйкестендіру нөмірі.")]),
        ("ru", '      в приложении 2 к указанным Правилам:\n'
               '      сноску изложить в следующей редакции:\n'
               '      "* Графы заполняются по данным работодателя.";\n'
               '      в приложении 4 к указанным Правилам:\n'
               '      примечание исключить;\n'
               '      дополнить сноской следующего содержания:\n'
               '      "* ИИН – индивидуальный идентификационный номер.".',
         [("сноска приложения 2", "replace", "* Графы заполняются по данным работодателя."),
          ("примечание приложения 4", "delete", None),
          ("сноска приложения 4", "insert", "* ИИН – индивидуальный идентификационный номер.")]),
    ],
    # the table named by its word alone holds the column, as it does a row (`строка 4 таблицы пункта
    # 5`); it is this change's holder only: the footnote after it is the annex's. The Kazakh column is
    # written as a unit of that table is printed (`кестенің 6-бағаны`; the earlier spec's `кесте,
    # 6-баған` updated, vocab owner_genitive)
    "a column added to the table of an annex, then the annex's footnote": [
        ("kk", '      Қағидаларға 1-қосымшада:\n'
               '      кесте мынадай мазмұндағы 6-бағанмен толықтырылсын:\n'
               '      "Айлық жалақы мөлшері";\n'
               '      сілтеме алып тасталсын.',
         [("1-қосымша, кестенің 6-бағаны", "insert", "Айлық жалақы мөлшері"), ("1-қосымша, сілтеме", "delete", None)]),
        ("ru", '      в приложении 1 к указанным Правилам:\n'
               '      таблицу дополнить графой 6 следующего содержания:\n'
               '      "Размер месячной оплаты";\n'
               '      сноску исключить.',
         [("графа 6 таблицы приложения 1", "insert", "Размер месячной оплаты"),
          ("сноска приложения 1", "delete", None)]),
    ],
    "a task added to a labour function of an occupation card": [
        ("kk", '      көрсетілген кәсіптік стандартқа 1-қосымшада:\n'
               '      "Сурдоаудармашы" кәсіп карточкасында:\n'
               '      2-еңбек функциясы мынадай мазмұндағы 4-міндетпен толықтырылсын:\n'
               '      "4-міндет: Онлайн аударма жасау";',
         [('1-қосымша, "Сурдоаудармашы" кәсіп карточкасы, 2-еңбек функциясы, 4-міндет', "insert",
           "4-міндет: Онлайн аударма жасау")]),
        ("ru", '      в приложении 1 к профессиональному стандарту:\n'
               '      в карточке профессии "Сурдопереводчик":\n'
               '      трудовую функцию 2 дополнить задачей 4 следующего содержания:\n'
               '      "Задача 4: Онлайн-перевод";',
         # a path through a card is written from the annex in, in Russian too (units.CARD_PATH)
         [('приложение 1 к профессиональному стандарту, карточка профессии "Сурдопереводчик", трудовая '
           'функция 2, задача 4', "insert", "Задача 4: Онлайн-перевод")]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_changes(variation):
    for lang, body, expected in CHANGES[variation]:
        assert _changes(body.replace("·\n", " \n"), lang) == expected, lang


def test_a_form_or_table_word_inside_a_quoted_name_is_no_unit():
    kk = '      2-қосымшадағы "Өтінім нысаны" деген жол алып тасталсын;'
    ru = '      в приложении 2 строку "Форма заявки" исключить;'
    assert _changes(kk, "kk") == [('2-қосымша, "Өтінім нысаны" деген жол', "delete", None)]
    assert _changes(ru, "ru") == [('строка "Форма заявки" приложения 2', "delete", None)]
