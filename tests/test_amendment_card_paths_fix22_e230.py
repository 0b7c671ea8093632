"""Amending orders that change an occupation card, in Kazakh and in Russian.

A change may name the row it changes first and the task and function that hold it after it, in the
genitive (`в строке "Умения:" задачи 2 трудовой функции 3 подпункт 1) исключить`): the path is
still written from the card in (card, function, task, row, its items), as where the holders are
printed first (`3-еңбек функциясының 2-міндетінің "Дағдылар:" жолындағы`, `в трудовой функции 3:`
/ `в задаче 2:` context lines).

A short act's page break may fall inside a list of a new wording, its lone page number between two
items (`2) …;` / `2` / `3) …`): the number is the page's, not the new wording's."""
from test_amendment_rows_and_notes import _changes

RU_CARD = ('      в карточке профессии "Кондитер":\n'
           '      в строке "Умения:" задачи 2 трудовой функции 3 подпункт 1) исключить;\n'
           '      в строке "Знания:" задачи 1 трудовой функции 2 подпункты 2) и 4) исключить;\n'
           '      в трудовой функции 1:\n'
           '      в задаче 3:\n'
           '      в строке "Знания:" подпункт 5) исключить;')
KK_CARD = ('      "Кондитер" кәсіп карточкасында:\n'
           '      3-еңбек функциясының 2-міндетінің "Дағдылар:" жолындағы 1) тармақша алып тасталсын;\n'
           '      1-еңбек функциясында:\n'
           '      3-міндетте:\n'
           '      "Білім:" жолындағы 5) тармақша алып тасталсын;')


def test_holders_printed_after_the_row_in_the_genitive_open_the_path_ru():
    card = 'карточка профессии "Кондитер"'
    assert _changes(RU_CARD, "ru") == [
        (f'{card}, трудовая функция 3, задача 2, строка "Умения:", подпункт 1)', "delete", None),
        (f'{card}, трудовая функция 2, задача 1, строка "Знания:", подпункты 2) и 4)', "delete", None),
        (f'{card}, трудовая функция 1, задача 3, строка "Знания:", подпункт 5)', "delete", None)]


def test_holders_printed_first_keep_the_same_path_kk():
    card = '"Кондитер" кәсіп карточкасы'
    assert _changes(KK_CARD, "kk") == [
        (f'{card}, 3-еңбек функциясы, 2-міндет, "Дағдылар:" жол, 1) тармақша', "delete", None),
        (f'{card}, 1-еңбек функциясы, 3-міндет, "Білім:" жол, 5) тармақша', "delete", None)]


RU_WORDING = ('      в карточке профессии "Кондитер":\n'
              '      строку "Знания:" изложить в следующей редакции:\n'
              '      "\n'
              'Знания:\n'
              '1) виды теста;\n'
              '2) правила хранения \n'
              'сырья;\n'
              '\n'
              '\n'
              '\n'
              '2\n'
              '\n'
              '3) санитарные нормы.\n'
              '";')
KK_WORDING = ('      "Кондитер" кәсіп карточкасында:\n'
              '      "Білім:" жолы мынадай редакцияда жазылсын:\n'
              '      "\n'
              'Білім:\n'
              '1) қамыр түрлері;\n'
              '2) шикізатты сақтау \n'
              'ережелері;\n'
              '\n'
              '\n'
              '\n'
              '2\n'
              '\n'
              '3) санитариялық нормалар.\n'
              '";')


def test_a_page_number_between_two_items_of_a_new_wording_is_dropped():
    assert _changes(RU_WORDING, "ru") == [
        ('карточка профессии "Кондитер", строка "Знания:"', "replace",
         "Знания: 1) виды теста; 2) правила хранения сырья; 3) санитарные нормы.")]
    assert _changes(KK_WORDING, "kk") == [
        ('"Кондитер" кәсіп карточкасы, "Білім:" жол', "replace",
         "Білім: 1) қамыр түрлері; 2) шикізатты сақтау ережелері; 3) санитариялық нормалар.")]
