"""Amending orders, in Kazakh and in Russian, that change a professional standard the amended order
approves by its one annex, named by the annex's word alone (`көрсетілген бұйрыққа қосымшамен
бекітілген … стандартында:`): the standard is the act's own text, its points written without the
annex. Inside a card, a function is named as the row it heads (`"2-еңбек функциясы" жолының`,
`в строке "Трудовая функция 2"`), a task as the part of it (`"1-міндет" бөлігіндегі`, `в части
"Задача 1"`), and a list of the task by its quoted label alone (`"Дағдылар"`, `"Умения"`): the path
is the function, the task, the list's label and its item, as where each is named by its word."""
from test_amendment_rows_and_notes import _changes

KK_STANDARD = ('      көрсетілген бұйрыққа қосымшамен бекітілген "Музей ісі" кәсіптік стандартында:\n'
               '      4-тармақ мынадай мазмұндағы 2-1) тармақшамен толықтырылсын:\n'
               '      «2-1) экспонат – музей заты;»;\n'
               '      6-тармақтың 1) тармақшасы алып тасталсын;')
RU_STANDARD = ('      в профессиональном стандарте "Музейное дело", утвержденном приложением к указанному·\n'
               'приказу:\n'
               '      пункт 4 дополнить подпунктом 2-1) следующего содержания:\n'
               '      «2-1) экспонат – предмет музея;»;\n'
               '      подпункт 1) пункта 6 исключить;')


def test_a_standard_approved_by_the_one_annex_named_by_its_word_alone():
    assert _changes(KK_STANDARD, "kk") == [
        ("4-тармақ, 2-1) тармақша", "insert", "2-1) экспонат – музей заты;"),
        ("6-тармақ, 1) тармақша", "delete", None)]
    assert _changes(RU_STANDARD, "ru") == [
        ("подпункт 2-1) пункта 4", "insert", "2-1) экспонат – предмет музея;"),
        ("подпункт 1) пункта 6", "delete", None)]


KK_CARD = ('      "Экскурсовод" кәсіп карточкасында:\n'
           '      "2-еңбек функциясы" жолының "1-міндет" бөлігіндегі "Дағдылар" мынадай мазмұндағы·\n'
           '4-тармақпен толықтырылсын:\n'
           '      «4. Экскурсия маршрутын әзірлеу.»;\n'
           '      "3-еңбек функциясы" жолының "2-міндет" бөлігіндегі "Білім" 2-тармағы алып тасталсын;\n'
           '      "Еңбек жағдайлары" деген жол алып тасталсын;')
RU_CARD = ('      в карточке профессии "Экскурсовод":\n'
           '      в строке "Трудовая функция 2" в части "Задача 1" "Умения" дополнить пунктом 4·\n'
           'следующего содержания:\n'
           '      «4. Разработка маршрута экскурсии.»;\n'
           '      в строке "Трудовая функция 3" в части "Задача 2" "Знания" пункт 2 исключить;\n'
           '      строку "Условия труда" исключить;')


def test_a_function_named_as_its_row_and_a_list_by_its_label_alone_kk():
    card = '"Экскурсовод" кәсіп карточкасы'
    assert _changes(KK_CARD, "kk") == [
        (f"{card}, 2-еңбек функциясы, 1-міндет, Дағдылар, 4-тармақ", "insert", "4. Экскурсия маршрутын әзірлеу."),
        (f"{card}, 3-еңбек функциясы, 2-міндет, Білім, 2-тармақ", "delete", None),
        (f'{card}, "Еңбек жағдайлары" деген жол', "delete", None)]


def test_a_function_named_as_its_row_and_a_list_by_its_label_alone_ru():
    card = 'карточка профессии "Экскурсовод"'
    assert _changes(RU_CARD, "ru") == [
        (f"{card}, трудовая функция 2, задача 1, Умения, пункт 4", "insert", "4. Разработка маршрута экскурсии."),
        (f"{card}, трудовая функция 3, задача 2, Знания, пункт 2", "delete", None),
        (f'{card}, строка "Условия труда"', "delete", None)]


def test_words_replaced_in_a_task_are_no_list():
    # a quoted word after the task is the old words of the formula, not a list's label
    ru = '      в трудовой функции 2 в задаче 1 слова "Знания" заменить словами "Знать";'
    assert _changes(ru, "ru") == [("трудовая функция 2, задача 1", "amend", "Знать")]
    kk = '      2-еңбек функциясының 1-міндетінде "Білім" деген сөз "Білу" деген сөзбен ауыстырылсын;'
    assert _changes(kk, "kk") == [("2-еңбек функциясы, 1-міндет", "amend", "Білу")]
