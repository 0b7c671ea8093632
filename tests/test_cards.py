"""Occupation cards: each way the extraction broke a card's table, on a small damaged card,
and the record it must become. `·` marks a space the raw line keeps at its end (a word ended
there); `[page]` is a page break (three blank lines)."""
import re

import pytest
from conftest import cards_from_text, doc_from_text


def damaged(text: str) -> str:
    return text.replace("·\n", " \n").replace("[page]", "\n\n")


def fn_view(card):
    return [(f.kind, f.no, f.name, [(t.no, t.name, [i.text for i in t.skills], [i.text for i in t.knowledge])
                                    for t in f.tasks]) for f in card.functions]


SOCIAL = damaged("""\
Маманды
қ картасы "Әлеуметтік жұмыс жөніндегі маман"

Кәсіп·
коды

2635-3-001

Кәсіптің атауы Әлеуметтік жұмыс жөніндегі маман

С Б Ш  ·
бойынша·
біліктілік·
деңгейі

5

Кәсіптің басқа мүмкін атаулары:

3412-0-005 Әлеуметтік жұмыс жөніндегі қызметкер

Біліктілігі орта деңгейдегі маман:
[page]
Ұйымдардың басшылары,·
мамандары және басқа да·
қызметшілері лауазымдарының·
үлгілік біліктілік·
сипаттамаларына сәйкес·
кәсіп үшін біліктілік·
деңгейі

жоғары санатты: техникалық және кәсіптік білім және жұмыс өтілі кемінде 3 жыл;
санатсыз: техникалық және кәсіптік білім, жұмыс өтіліне талаптар қойылмайды.

Кәсіптік білім деңгейі Техникалық және кәсіптік білім

Еңбек функциялары: Міндетті еңбек функциялары:

1. Арнаулы әлеуметтік қызметтерді ұйымдастыру.
2. Құжаттаманы жүргізу.

Еңбек·
функцияс
ы 1:
Арнаулы·
әлеуметті
к қызметтерді·
ұйымдастыру

Тапсырма:
Қызмет көрсетуді жоспарлау

Дағдылар:
1. Жұмыс жоспарын әзірлеу.
2. Мұқтаж адамдарды·
[page]
Арнаулы әлеуметтік қызметтерді ұйымдастыру

анықтау және есепке алу.
3. Есеп беру.

Білім:
1. Қазақстан Республикасының ;Конституциясы
2. Әлеуметтік .кодекс
еңбек заңнамасының негіздері;
өрт қауіпсіздігі қағидалары.

Дағдылар:
[page]
Еңбек функциясы 2:
Құжаттаманы жүргізу

Тапсырма:
Құжаттарды ресімдеу

Құжаттарды уақтылы ресімдеу;
Есептерді тапсыру.

Білім:
1. Іс жүргізу қағидалары.

Жеке құзыреттерге қойылатын талаптар

Жауапкершілік, ұқыптылық.

СБШ шеңберіндегі басқа кәсіптермен байланыс

6 деңгей
Әлеуметтік жұмыс жөніндегі маман

Еңбек жағдайлары (мазмұны мен сапасы)

Жұмыс уақыты еңбек заңнамасына сәйкес белгіленеді.
""")


def test_social_layout_card_is_rebuilt():
    [card] = cards_from_text(SOCIAL)
    assert card.card_title == "Әлеуметтік жұмыс жөніндегі маман"
    assert (card.code, card.group_code, card.name, card.qualification_level) == (
        "2635-3-001", None, "Әлеуметтік жұмыс жөніндегі маман", "5")
    assert [(c, n) for c, n, _ in card.alt_names] == [("3412-0-005", "Әлеуметтік жұмыс жөніндегі қызметкер")]
    # the value's first line was printed before the label, on the previous page
    assert card.qualification_requirements_text.startswith("Біліктілігі орта деңгейдегі маман: жоғары санатты:")
    assert card.education_level_text == "Техникалық және кәсіптік білім"
    assert fn_view(card) == [
        ("mandatory", 1, "Арнаулы әлеуметтік қызметтерді ұйымдастыру", [
            (1, "Қызмет көрсетуді жоспарлау",
             ["Жұмыс жоспарын әзірлеу", "Мұқтаж адамдарды анықтау және есепке алу", "Есеп беру"],
             ["Қазақстан Республикасының Конституциясы", "Әлеуметтік кодекс", "еңбек заңнамасының негіздері",
              "өрт қауіпсіздігі қағидалары"])]),
        # the skills heading printed alone before the page break belongs to the next row
        ("mandatory", 2, "Құжаттаманы жүргізу", [
            (1, "Құжаттарды ресімдеу", ["Құжаттарды уақтылы ресімдеу", "Есептерді тапсыру"],
             ["Іс жүргізу қағидалары"])]),
    ]
    assert card.personal_competencies == "Жауапкершілік, ұқыптылық."
    assert [(lv, n) for lv, n, _ in card.related] == [("6", "Әлеуметтік жұмыс жөніндегі маман")]
    assert card.working_conditions == "Жұмыс уақыты еңбек заңнамасына сәйкес белгіленеді."


HEALTH = damaged("""\
1 – қосымша
"Денсаулық сақтау саласындағы күтім жөніндегі әлеуметтік жұмыскер" кәсіп карточкасы

Кәсіп коды: -

Топ коды 3412-0

Кәсіп атауы Денсаулық сақтау саласындағы күтім жөніндегі әлеуметтік жұмыскер.

СБШ бойынша біліктілік·
деңгейі

4.1

Кәсіби білім деңгейі техникалық және кәсіптік білім.

Еңбек функциялары

Міндетті еңбек·
функциялары

1-еңбек функциясы
Пациенттерге күтім·
көрсету.

2-еңбек функциясы
Әріптестермен өзара·
әрекеттесу.

Қосымша еңбек·
функциялары

1-еңбек функциясы Үздіксіз кәсіби даму.

1-міндет Біліктілік пен дағдылар

1. Пациенттің жағдайын бақылау.
2. Пациенттің туыстарына·
[page]
1-еңбек функциясы
Пациенттерге күтім·
көрсету

Күтімді қамтамасыз ету

күтім жасауды үйрету.
3. Қажетті шараларды орындау:
1) қауіпті факторларды жою;
2) дәрігерді шақыру.

Білім

1. Күтім қағидалары.

1-міндет Біліктілік пен дағдылар

Әріптестермен байланыс

1. Ақпарат алмасу.

Білім
[page]
2-eңбек функциясы
Әріптестермен өзара·
әрекеттесу

1. Топтық жұмыс принциптері.

1-қосымша еңбек·
функциясы
Үздіксіз кәсіби даму

1-міндет Біліктілік пен дағдылар

өзін-өзі дамыту

1. Оқу бағдарламаларына қатысу.

Білім

1. Кәсіби стандарттар.

Жеке құзыреттерге·
қойылатын талаптар

1. Эмпатия.
2. Жауапкершілік.

СБШ-дағы басқа·
мамандықтармен·
байланысы

4.2, 4.3

Денсаулық сақтау саласындағы күтім жөніндегі әлеуметтік жұмыскер.

Еңбек жағдайлары (·
мазмұны мен сапасы).

Еңбек шартында белгіленеді.

      Ескертпе:
      БА - біліктілік анықтамалығы;
""")


def test_health_layout_card_is_rebuilt():
    [card] = cards_from_text(HEALTH)
    assert card.card_title == "Денсаулық сақтау саласындағы күтім жөніндегі әлеуметтік жұмыскер"
    assert (card.code, card.group_code, card.qualification_level) == (None, "3412-0", "4.1")
    assert card.name == "Денсаулық сақтау саласындағы күтім жөніндегі әлеуметтік жұмыскер"
    assert fn_view(card) == [
        # the row's first task was printed before its function's label (page break)
        ("mandatory", 1, "Пациенттерге күтім көрсету", [
            (1, "Күтімді қамтамасыз ету",
             ["Пациенттің жағдайын бақылау", "Пациенттің туыстарына күтім жасауды үйрету",
              "Қажетті шараларды орындау:", "қауіпті факторларды жою", "дәрігерді шақыру"],
             ["Күтім қағидалары"])]),
        # a task numbered 1 again opens the next function; its knowledge heading was cut by the page break
        ("mandatory", 2, "Әріптестермен өзара әрекеттесу", [
            (1, "Әріптестермен байланыс", ["Ақпарат алмасу"], ["Топтық жұмыс принциптері"])]),
        ("additional", 1, "Үздіксіз кәсіби даму", [
            (1, "өзін-өзі дамыту", ["Оқу бағдарламаларына қатысу"], ["Кәсіби стандарттар"])]),
    ]
    assert card.personal_competencies == "1. Эмпатия. 2. Жауапкершілік."
    assert [(lv, n) for lv, n, _ in card.related] == [
        ("4.2, 4.3", "Денсаулық сақтау саласындағы күтім жөніндегі әлеуметтік жұмыскер")]
    assert card.working_conditions == "Еңбек шартында белгіленеді."


TWO_CARDS = damaged("""\
Мамандық картасы Кеңесші

Кәсіп коды 2634-4-001

Кәсіптің атауы Кеңесші

СБШ бойынша біліктілік деңгейі 6

Ұйымдардың басшылары, мамандары және басқа да қызметшілері лауазымдарының үлгілік біліктілік сипаттамаларына сәйкес кәсіп үшін біліктілік деңгейі

Жоғары білім.

Еңбек функциялары: Міндетті еңбек функциялары:
Кеңес беру

Дағдылар:
1. Кеңес беру.

Білім:
1. Медиация.

Жеке құзыреттерге қойылатын талаптар

Жұмысты ұйымдастыру, жауапкершілік, нәтижеге назар аудару.

СБШ шеңберіндегі басқа кәсіптермен байланыс 7 деңгей

Бөлім бастығы

Еңбек жағдайлары (мазмұны мен сапасы)

Жұмыс уақыты еңбек заңнамасына сәйкес белгіленеді.

Мамандық карточкасы Аға кеңесші

Кәсіп коды 2634-4-002

Кәсіптің атауы Аға кеңесші

СБШ бойынша біліктілік деңгейі 7

Ұйымдардың басшылары, мамандары және·
басқа да қызметшілері лауазымдарының үлгілік

Кәсіби кеңесші: жоғары білім және жұмыс өтілі кемінде 2 жыл.
[page]
біліктілік сипаттамаларына сәйкес кәсіп үшін·
біліктілік деңгейі

Жұмыс өтілі мамандық бойынша.

Еңбек функциялары: Міндетті еңбек функциялары:

1. Бағдарламалау.
2. Консультациялық жұмыс.

Еңбек функциясы 1:
Бағдарламалау.

1-міндет:
Зерттеу жүргізу.

Дағдылар мен дағдылар:
1. Жоспар әзірлеу.

Білім:
1. Әдістеме негіздері. 1-міндет:
Кеңес беру тобын қалыптастыру.

Дағдылар мен дағдылар:
1. Кеңес беру әдістерін меңгеру.

Білім:
1. Медиация әдістері.
 Жұмысты ұйымдастыру, жауапкершілік, нәтижеге назар аудару.
 8 деңгей Мекеменің басшысы
 Жұмыс уақыты еңбек заңнамасына сәйкес белгіленеді.
""")


def test_labels_lost_or_cut_are_recovered():
    first, second = cards_from_text(TWO_CARDS)
    assert first.qualification_requirements_text == "Жоғары білім."
    # the label cut in two by a page break: its halves are not values
    assert second.qualification_requirements_text == (
        "Кәсіби кеңесші: жоғары білім және жұмыс өтілі кемінде 2 жыл. Жұмыс өтілі мамандық бойынша.")
    assert fn_view(second) == [
        ("mandatory", 1, "Бағдарламалау", [(1, "Зерттеу жүргізу", ["Жоспар әзірлеу"], ["Әдістеме негіздері"])]),
        # a task numbered 1 again, mid-line: the next function of the card's list, whose own label is missing
        ("mandatory", 2, "Консультациялық жұмыс", [
            (1, "Кеңес беру тобын қалыптастыру", ["Кеңес беру әдістерін меңгеру"], ["Медиация әдістері"])]),
    ]
    # rows printed without their labels (a space left where each was) are known by their content
    assert second.personal_competencies == "Жұмысты ұйымдастыру, жауапкершілік, нәтижеге назар аудару."
    assert [(lv, n) for lv, n, _ in second.related] == [("8", "Мекеменің басшысы")]
    assert second.working_conditions == "Жұмыс уақыты еңбек заңнамасына сәйкес белгіленеді."


def test_unlabelled_knowledge_after_numbered_skills_is_knowledge():
    text = damaged("""\
Мамандық картасы Маман

Кәсіп коды 1344-0-004

Кәсіптің атауы Маман

СБШ бойынша біліктілік деңгейі 7

Еңбек функциялары: Міндетті еңбек функциялары:
1. Басқару.

Еңбек функциясы 1:
Басқару

Тапсырма:
Жоспарлау

Дағдылар:
1. Жұмысқа басшылық жасау.
2. Есеп беру.
Басқару саласындағы заңнаманы білу;
әлеуметтану негіздері;
талдау әдістері.
""")
    [card] = cards_from_text(text)
    task = card.functions[0].tasks[0]
    assert [i.text for i in task.skills] == ["Жұмысқа басшылық жасау", "Есеп беру"]
    assert [i.text for i in task.knowledge] == ["Басқару саласындағы заңнаманы білу", "әлеуметтану негіздері",
                                                "талдау әдістері"]
    assert any("knowledge" in w for w in card.warnings)  # said, not done silently


def test_every_value_keeps_its_raw_lines():
    [card] = cards_from_text(SOCIAL)
    skill = card.functions[0].tasks[0].skills[1]
    assert skill.text == "Мұқтаж адамдарды анықтау және есепке алу"
    first, last = skill.lines
    lines = SOCIAL.split("\n")
    assert "Мұқтаж адамдарды" in lines[first - 1] and "анықтау" in lines[last - 1]


# ---------------------------------------------------------------- page breaks inside a row
# A page break inside a row prints every cell's lines of the first page, then every cell's
# rest in the same column order (tests/damage.py "page_break"; 001 L2575-2654, 004 L678-701).

KK_TOP = """\
Мамандық картасы "Маман"

Кәсіп коды 1234-5-678

Кәсіптің атауы Маман

СБШ бойынша біліктілік деңгейі 5

Еңбек функциялары

Міндетті еңбек функциялары:

"""
RU_TOP = """\
Карточка профессии «Специалист»

Код профессии 1234-5-678

Наименование профессии Специалист

Уровень квалификации по ОРК 5

"""


def one_card(text: str, lang: str = "kk"):
    [card] = cards_from_text(damaged(text), lang)
    return card


def test_row_label_cut_by_a_page_break_is_one_label():
    card = one_card(RU_TOP + """\
Трудовые функции

Обязательные трудовые функции:

1. Ведение документации.

Трудовая функция 1:
Ведение документации

Задача 1:
Учет документов

Навыки:
1. Ведение учета.

Требования к·
личностным·

Ответственность, внимательность.
[page]
компетенциям

Условия труда (содержание и качество)

Устанавливаются трудовым договором.
""", "ru")
    assert card.personal_competencies == "Ответственность, внимательность."
    assert fn_view(card) == [("mandatory", 1, "Ведение документации", [(1, "Учет документов", ["Ведение учета"], [])])]


def test_row_label_cut_where_a_one_word_label_ends_a_line_is_one_label():
    # `білім` alone at a line end reads as the knowledge label; with `Кәсіптік` above it and
    # `деңгейі` after the break, the block is the first part of the education row's label
    card = one_card(KK_TOP.replace("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n\n", "") + """\
Біліктілікке·
қойылатын·
талаптар

Жоғары білім.

Кәсіптік·
білім·

Техникалық және кәсіптік білім.
[page]
деңгейі

Еңбек·
функциялары

Міндетті еңбек функциялары:

1. Құжаттаманы жүргізу.

Еңбек функциясы 1:
Құжаттаманы жүргізу

Тапсырма:
Есепке алу

Дағдылар:
1. Есеп жүргізу.
""")
    assert card.qualification_requirements_text == "Жоғары білім."
    assert card.education_level_text == "Техникалық және кәсіптік білім."
    assert fn_view(card) == [("mandatory", 1, "Құжаттаманы жүргізу", [(1, "Есепке алу", ["Есеп жүргізу"], [])])]


def test_label_cut_in_a_word_by_a_page_break_is_one_label():
    # `образовани` matches the label one letter off; its `я` after the break is no value
    card = one_card(RU_TOP + """\
Уровень·
профессионального·
образовани

Высшее.
[page]
я

Требования к личностным компетенц

Ответственность.
[page]
иям
""", "ru")
    assert card.education_level_text == "Высшее."
    assert card.personal_competencies == "Ответственность."


def test_function_label_cut_by_a_page_break_and_the_cells_going_on_in_column_order():
    card = one_card(KK_TOP + """\
1) Құжаттарды жүргізу.
2) Клиенттерге кеңес беру және қолдау.

Еңбек функциясы 1:
Құжаттарды жүргізу

1-міндет:
Есеп жүргізу

Дағдылар:
1) Есеп беру.

Еңбек·
функциясы·

1-міндет:
Клиенттермен·

Дағдылар:
1) Клиенттің·
[page]
2:
Клиенттерге кеңес·
беру және қолдау

жұмыс істеу

жағдайын бағалау.
""")
    # after the break: the label's rest and the function's name, the task's name, the skill
    assert fn_view(card) == [
        ("mandatory", 1, "Құжаттарды жүргізу", [(1, "Есеп жүргізу", ["Есеп беру"], [])]),
        ("mandatory", 2, "Клиенттерге кеңес беру және қолдау",
         [(1, "Клиенттермен жұмыс істеу", ["Клиенттің жағдайын бағалау"], [])])]


def test_a_function_label_whose_line_goes_on_in_its_cell_takes_its_number_after_the_break():
    """`Трудовая функция·` alone on its line (it reads like the heading `Трудовые функции` too),
    the row's other cells before the break, and the label's number with the name after it: the
    line kept its end space, so the cell went on; the label is `Трудовая функция 2:`."""
    card = one_card(RU_TOP + """\
1) Ведение документации.
2) Консультирование клиентов.

Трудовая функция 1:
Ведение документации

Задача 1:
Ведение учета

Навыки:
1) Составление отчетов.

Трудовая функция·

Задача 1:
Работа с·

Навыки:
1) Оценка·
[page]
2:
Консультирование·
клиентов

клиентами

положения клиента.
""", "ru")
    assert fn_view(card) == [
        ("mandatory", 1, "Ведение документации", [(1, "Ведение учета", ["Составление отчетов"], [])]),
        ("mandatory", 2, "Консультирование клиентов",
         [(1, "Работа с клиентами", ["Оценка положения клиента"], [])])]


def test_page_that_opens_with_the_end_of_a_function_label_opens_that_row():
    # the row's skills were printed before the break, its label (first word lost) after it
    card = one_card(KK_TOP + """\
1) Құжаттарды жүргізу.
2) Кеңес беру.

Еңбек функциясы 1:
Құжаттарды жүргізу

1-міндет:
Есеп жүргізу

Дағдылар:
1) Есеп беру.

Дағдылар:
1) Клиентті тыңдау.
2) Кеңес беру.
[page]
функциясы 2:
Кеңес беру

1-міндет:
Клиенттермен жұмыс

3) Отбасымен жұмыс.
""")
    assert fn_view(card)[1] == (
        "mandatory", 2, "Кеңес беру",
        [(1, "Клиенттермен жұмыс", ["Клиентті тыңдау", "Кеңес беру", "Отбасымен жұмыс"], [])])


def test_function_label_after_the_list_of_functions_ends_the_list():
    # `Еңбек функциясы 1:` under the list's additional functions: the first row, whose name a
    # page break cut (the list names it whole)
    card = one_card(KK_TOP + """\
1) Құжаттарды жүргізу.

Қосымша еңбек функциялары:

1) Біліктілікті арттыру.

Еңбек функциясы 1:
Құжаттарды·

1-міндет:
Есеп жүргізу

Дағдылар:
1) Есеп·
[page]
жүргізу

беру.

1-қосымша еңбек функциясы
Біліктілікті арттыру

Тапсырма:
Оқу

Дағдылар:
1) Курстарға қатысу.
""")
    assert fn_view(card) == [
        ("mandatory", 1, "Құжаттарды жүргізу", [(1, "Есеп жүргізу", ["Есеп беру"], [])]),
        ("additional", 1, "Біліктілікті арттыру", [(1, "Оқу", ["Курстарға қатысу"], [])])]


def test_function_name_cut_by_a_page_break_goes_on_after_the_rows():
    card = one_card(KK_TOP + """\
1) Құжаттарды жүргізу.

1-еңбек функциясы
Құжаттарды·

1-міндет Біліктілік пен дағдылар

Есеп жүргізу

1. Есеп беру.
[page]
жүргізу
""")
    assert fn_view(card) == [("mandatory", 1, "Құжаттарды жүргізу", [(1, "Есеп жүргізу", ["Есеп беру"], [])])]


def test_function_name_cut_inside_a_word_is_joined_as_the_list_names_it():
    card = one_card(KK_TOP + """\
1) Құжаттарды электрондық жүргізу.

Еңбек функциясы 1:
Құжаттарды·
электронд

Тапсырма:
Есеп жүргізу

Дағдылар:
1) Есеп беру.
[page]
ық жүргізу

2) Тіркеу.
""")
    assert fn_view(card) == [("mandatory", 1, "Құжаттарды электрондық жүргізу",
                              [(1, "Есеп жүргізу", ["Есеп беру", "Тіркеу"], [])])]


def test_task_name_cut_by_a_page_break_goes_on_before_the_list():
    card = one_card(KK_TOP + """\
1) Құжаттарды жүргізу.

1-еңбек функциясы
Құжаттарды жүргізу

1-міндет Біліктілік пен дағдылар

Мұрағат құжаттарын·

1. Құжаттарды тіркеу;
[page]
сақтау

2. Есеп беру.
""")
    assert fn_view(card) == [("mandatory", 1, "Құжаттарды жүргізу",
                              [(1, "Мұрағат құжаттарын сақтау", ["Құжаттарды тіркеу", "Есеп беру"], [])])]


# A health-layout function row opened by its task label, whose name is not printed yet.
RU_HEALTH_ROW = RU_TOP + """\
Трудовые функции

Обязательные трудовые функции

1-трудовая функция
Ведение документации.

1-трудовая функция
Ведение документации

Задача 1 Умения и навыки:

"""


def test_task_name_centred_beside_a_long_list_may_start_on_a_later_page():
    # the task's label row was printed, its name not: a lower-case text goes on the list, and
    # a list stopped at an item's number gets that item's text first
    card = one_card(RU_HEALTH_ROW + """\
1) Ведение·
[page]
учета;
2)
[page]
Хранение·
[page]
Учет документов

архива.
""", "ru")
    assert fn_view(card) == [("mandatory", 1, "Ведение документации",
                              [(1, "Учет документов", ["Ведение учета", "Хранение архива"], [])])]


SOCIAL_ROW = KK_TOP + """\
1) Құжаттарды жүргізу.

Еңбек функциясы 1:
Құжаттарды жүргізу

Тапсырма:
Мұрағат құжаттарын есепке алу

Дағдылар:
1. Есеп беру.

Білім:
"""


def test_rest_of_a_list_cut_by_a_page_break_may_run_over_several_blocks():
    # the task's name has no final period and might go on, but the open item and then the
    # list's next number claim both blocks after the break
    card = one_card(SOCIAL_ROW + """\
1. Еңбек кодексі.
2. Балаларды түзету арқылы
[page]
қолдау туралы заң).

3. Бала құқықтары туралы заң.
""")
    assert fn_view(card) == [("mandatory", 1, "Құжаттарды жүргізу", [(1, "Мұрағат құжаттарын есепке алу", ["Есеп беру"], [
        "Еңбек кодексі", "Балаларды түзету арқылы қолдау туралы заң)", "Бала құқықтары туралы заң"])])]


def test_unnumbered_items_closed_by_a_semicolon_go_on_after_a_page_break():
    card = one_card(SOCIAL_ROW + """\
1. Еңбек кодексі.
әлеуметтік жұмыс теориясы;
этика негіздері;
[page]
тәрбие әдістері;
Өрт қауіпсіздігі ережелері.
""")
    [(_, _, _, [(_, task_name, _, knowledge)])] = fn_view(card)
    assert task_name == "Мұрағат құжаттарын есепке алу"
    assert knowledge[-2:] == ["тәрбие әдістері", "Өрт қауіпсіздігі ережелері"]


def test_a_task_name_printed_with_its_final_period_is_whole():
    # (without its period, the lower-case text after the break would go on the name)
    card = one_card(SOCIAL_ROW.replace("есепке алу\n", "есепке алу.\n") + """\
1. Еңбек кодексі.
2. Білім туралы заң.
[page]
тәрбие әдістері.
""")
    [(_, _, _, [(_, task_name, _, knowledge)])] = fn_view(card)
    assert task_name == "Мұрағат құжаттарын есепке алу"
    assert knowledge[:2] == ["Еңбек кодексі", "Білім туралы заң"] and "тәрбие әдістері" in knowledge[-1]


def test_rest_of_a_cut_item_that_runs_into_the_next_number_is_no_waiting_name():
    # `Конституции ...` opens with a capital as a name would, but its block goes on with the
    # list's next number (`2)` after `1)`): the list's rest; the name comes a page later
    card = one_card(RU_HEALTH_ROW + """\
1) Применение·
[page]
Конституции Республики Казахстан.
2) Ведение учета.
[page]
Учет документов
""", "ru")
    assert fn_view(card) == [("mandatory", 1, "Ведение документации",
                              [(1, "Учет документов",
                                ["Применение Конституции Республики Казахстан", "Ведение учета"], [])])]


@pytest.mark.parametrize("before,after", [("Біліктілік·\nпен·", "дағдылар"), ("Біліктілік·", "пен·\nдағдылар")])
def test_list_heading_cut_by_a_page_break_after_the_function_name(before, after):
    # the heading's rest follows the function's name (the first column's rest); the rest may
    # read as a label by itself (`дағдылар`)
    card = one_card(KK_TOP + f"""\
1) Құжаттарды жүргізу.

1-еңбек функциясы

1-міндет

{before}
[page]
Құжаттарды жүргізу

{after}

Есеп жүргізу

1. Есеп беру.
""")
    assert fn_view(card) == [("mandatory", 1, "Құжаттарды жүргізу", [(1, "Есеп жүргізу", ["Есеп беру"], [])])]


def test_label_whose_rest_reads_as_a_label_by_itself():
    # `Дополнительная` | ... | break | `трудовая функция 1` is the additional function's label
    card = one_card(RU_TOP + """\
Трудовые функции

Обязательные трудовые функции

1-трудовая функция
Ведение документации.

Дополнительные трудовые функции

1-трудовая функция
Повышение квалификации.

1-трудовая функция
Ведение документации

Задача 1 Умения и навыки:

Учет документов

1) Ведение учета.

Задача 1 Умения и навыки:

Обучение

1) Участие в курсах.
[page]
Дополнительная·

Знания

1) Методы·
[page]
трудовая функция 1
Повышение·
квалификации

обучения.
""", "ru")
    assert fn_view(card) == [
        ("mandatory", 1, "Ведение документации", [(1, "Учет документов", ["Ведение учета"], [])]),
        ("additional", 1, "Повышение квалификации", [(1, "Обучение", ["Участие в курсах"], ["Методы обучения"])])]


def test_task_label_without_a_number_opens_the_next_row():
    # `Задача:` names the only task of its row: after numbered tasks it is the next function's,
    # whose label the page break printed after the row's lists
    card = one_card(RU_TOP + """\
Трудовые функции

Обязательные трудовые функции:

1. Ведение документации.
2. Консультирование клиентов.

Трудовая функция 1:
Ведение документации

Задача 1:
Учет документов
Задача 2:
Архивное хранение

Навыки:
1. Ведение учета.

Задача:
Консультирование

Навыки:
1. Прием граждан.
2. Разъяснение·
[page]
Трудовая функция 2:
Консультирование клиентов

прав граждан.
""", "ru")
    assert fn_view(card) == [
        ("mandatory", 1, "Ведение документации",
         [(1, "Учет документов", ["Ведение учета"], []), (2, "Архивное хранение", [], [])]),
        ("mandatory", 2, "Консультирование клиентов",
         [(1, "Консультирование", ["Прием граждан", "Разъяснение прав граждан"], [])])]


def test_task_cell_going_on_after_a_page_break_shares_the_rows_lists():
    # `3-міндет:` is the rest of the row's task cell (printed before the list's rest), so the
    # skills heading after the list is the next row's
    card = one_card(KK_TOP + """\
1) Құжаттарды жүргізу.
2) Кеңес беру.

Еңбек функциясы 1:
Құжаттарды жүргізу

1-міндет:
Есеп жүргізу
2-міндет:
Тіркеу

Дағдылар:
1) Есеп беру.

Білім:
1) Іс жүргізу·
[page]
3-міндет:
Мұрағаттау

қағидалары.

Дағдылар:
1) Клиентті тыңдау.
[page]
Еңбек функциясы 2:
Кеңес беру

Тапсырма:
Кеңес
""")
    assert fn_view(card) == [
        ("mandatory", 1, "Құжаттарды жүргізу",
         [(1, "Есеп жүргізу", ["Есеп беру"], ["Іс жүргізу қағидалары"]), (2, "Тіркеу", [], []),
          (3, "Мұрағаттау", [], [])]),
        ("mandatory", 2, "Кеңес беру", [(1, "Кеңес", ["Клиентті тыңдау"], [])])]


def test_function_labels_printed_before_the_label_of_the_list_are_its_entries():
    # 004-style list (`1-трудовая функция` + name): its label cells are centred and a page
    # break put them after the list's first entries
    card = one_card(RU_TOP + """\
1-трудовая функция
Ведение документации.

2-трудовая функция
Консультирование·
[page]
Трудовые·
функции

Обязательные трудовые функции

клиентов.

1-трудовая функция
Ведение документации

Задача 1 Умения и навыки:

Учет документов

1) Ведение учета.

2-трудовая функция
Консультирование клиентов

Задача 1 Умения и навыки:

Прием граждан

1) Разъяснение прав.
""", "ru")
    assert fn_view(card) == [
        ("mandatory", 1, "Ведение документации", [(1, "Учет документов", ["Ведение учета"], [])]),
        ("mandatory", 2, "Консультирование клиентов", [(1, "Прием граждан", ["Разъяснение прав"], [])])]
    assert any("list of functions" in w for w in card.warnings)


def test_function_label_before_the_label_of_the_additional_list_is_its_entry():
    # the `Қосымша еңбек функциялары` cell is centred: a page break printed the additional
    # list's first entry (its label and half its name) before it and the repeated row label
    card = one_card(KK_TOP.replace("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n\n", "") + """\
Еңбек функциялары

Міндетті еңбек функциялары

1-еңбек функциясы
Құжаттаманы жүргізу.

1-еңбек функциясы
Клиенттерге·
[page]
Еңбек функциялары

Қосымша еңбек функциялары

кеңес беру.

1-еңбек функциясы
Құжаттаманы жүргізу

1-міндет
Есепке алу

Дағдылар
1) Есеп жүргізу.

1-қосымша еңбек функциясы
Клиенттерге кеңес беру

1-міндет
Қабылдау

Дағдылар
1) Азаматтарды қабылдау.
""")
    assert [(f.kind, f.no, f.name, f.listed_name) for f in card.functions] == [
        ("mandatory", 1, "Құжаттаманы жүргізу", "Құжаттаманы жүргізу"),
        ("additional", 1, "Клиенттерге кеңес беру", "Клиенттерге кеңес беру")]
    assert any("list of functions (additional)" in w for w in card.warnings)


# ---------------------------------------------------------------- the seed acts

def test_education_codes_printed_before_their_row_label_leave_the_qualification_link():
    # the education row's sub-table header and first codes came before the page break, its
    # label after it: they are the education row's, not the end of the catalogue reference
    link = """БТБА немесе БА·
немесе басқа жұмыс·
каталогтарына·
сілтеме

Біліктілік анықтамалығы.

33. Әлеуметтік жұмыс жөніндегі маман.

Білім деңгейі: Мамандығы: Біліктілік:

6B10 Денсаулық сақтау 6B101 Денсаулық·
сақтау
[page]
Білім және·
біліктілік жүйесімен·
байланысы Жоғары білім

Еңбек жағдайлары (·
"""
    assert "Еңбек жағдайлары ( \n" in HEALTH
    [card] = cards_from_text(HEALTH.replace("Еңбек жағдайлары ( \n", damaged(link)))
    assert card.qualification_link == "Біліктілік анықтамалығы. 33. Әлеуметтік жұмыс жөніндегі маман."
    assert any("moved to it from 'qualification_link'" in w for w in card.warnings)


def test_cards_total_is_what_the_act_declares():
    """The act's own list of occupations says how many cards it has, whatever the reader found."""
    from extractors.extract import extract_document
    act = """\
Бір кәсіптік стандартты бекіту туралы

Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2024 жылғы 5 наурыздағы № 77 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2024 жылғы 7 наурызда № 34101 болып тіркелді

      1. Кәсіптердің тізбесі:
      1) әлеуметтік қызметкер – СБШ бойынша 4 біліктілік деңгейі;
      2) әлеуметтік жұмыс жөніндегі маман – СБШ бойынша 5 біліктілік деңгейі.

Мамандық картасы "Әлеуметтік қызметкер"

Кәсіп коды 3412-0-011

Кәсіптің атауы Әлеуметтік қызметкер
"""
    doc, raw, lexicon = doc_from_text(act, "kk")
    ex = extract_document(doc, raw, lexicon)
    assert len(ex.cards) == 1 and ex.document.cards_total == 2
    assert any("'әлеуметтік жұмыс жөніндегі маман', which has no card" in w for w in ex.warnings)


def test_seed_cards_are_all_found(seeds):
    _, ex001 = seeds.by_prefix("001")
    _, ex004 = seeds.by_prefix("004")
    # 001 declares 11 cards in its list of occupations (one at levels 4-6, one at 4-5, one at 6-7)
    # and prints 10: the consultant it lists has no card; the reader says so
    assert len(ex001.cards) == 10 and ex001.document.cards_total == 11
    assert "the act's list of occupations declares 11 cards, 10 were read" in ex001.warnings
    assert len(ex004.cards) == 6 and ex004.document.cards_total == 6
    assert [c.code for c in ex001.cards] == ["1344-0-004", "2635-3-001", "2635-3-001", "2635-3-001", "3412-0-008",
                                             "3412-0-008", "3412-0-009", "2634-9-004", "2634-4-001", "2634-4-001"]
    assert [c.qualification_level for c in ex004.cards] == ["4.1", "4.2", "4.3", "6.1", "6.2", "6.3"]


def test_seed_task_names_hold_no_list_text(seeds):
    """Page breaks in the seeds' function rows cut lists, never task names: every task name is
    one phrase, and the lists the breaks cut keep all their items (001 card 4: 22 knowledge
    items, card 6: 10, card 10 function 1 task 2: 5)."""
    for prefix in ("001", "004"):
        _, ex = seeds.by_prefix(prefix)
        for card in ex.cards:
            for fn in card.functions:
                for task in fn.tasks:
                    assert not re.search(r"[;]|\.\s+\S|\s\d{1,2}\.\s", task.name or ""), (prefix, task.name)
    _, ex001 = seeds.by_prefix("001")
    assert len(ex001.cards[3].functions[0].tasks[0].knowledge) == 22
    assert len(ex001.cards[5].functions[0].tasks[0].knowledge) == 10
    # a sub-heading of the list is kept as printed, as its own item (as in the card's other rows)
    assert [i.text for i in ex001.cards[9].functions[0].tasks[1].knowledge][0] == "Нормативтік құқықтық актілер:"
    assert len(ex001.cards[9].functions[0].tasks[1].knowledge) == 5


def test_seed_inconsistencies_are_printed_as_is_and_reported(seeds):
    _, ex004 = seeds.by_prefix("004")
    # cards 4-6 print a name that does not match their title: the data says what is printed
    card4 = ex004.cards[3]
    assert card4.card_title == "Денсаулық сақтау саласындағы әлеуметтік жұмыс жөніндегі маман"
    assert card4.name == "Денсаулық сақтау саласындағы күтім жөнідегі әлеуметтік жұмыскер"
    assert any("name" in w and "title" in w for w in card4.warnings)
    # a function row numbered 5 in a card that lists four functions
    assert [f.no for f in card4.functions if f.kind == "mandatory"] == [1, 2, 3, 4]
    assert any("renumbered" in w for w in card4.warnings)


def test_seed_list_of_occupations_is_checked_against_the_cards(seeds):
    _, ex001 = seeds.by_prefix("001")
    # paragraph 5 of the social-protection standard lists 7 occupations; the act has 10 cards and
    # one listed occupation has none: reported, not fixed
    assert [w for w in ex001.warnings if "list of occupations" in w and "no card" in w] == [
        "the act's list of occupations names 'әлеуметтік жұмыс жөніндегі консультант (жалпы бейін) (Супервизор)', "
        "which has no card (raw lines 138-139)"]


def test_a_block_before_a_break_is_tried_as_a_cut_label_only_when_its_last_word_reads_as_one():
    """A label cell cut by a page break ends in a label's word (or the start of one, when the
    break cut the word); a value does not, and is not matched against the label forms at all."""
    from extractors.labels import _may_be_cut_label, match_across

    assert _may_be_cut_label("Требования к личностным", "ru", False)
    assert _may_be_cut_label("Требования к личностным компетенц", "ru", True)
    assert _may_be_cut_label("Жеке құзыреттерге", "kk", False)
    assert not _may_be_cut_label("Эмпатия, стрессоустойчивость", "ru", False)
    assert match_across("Эмпатия, стрессоустойчивость", "компетенциям Эмпатия", "ru") is None
    lm, taken, text = match_across("Требования к личностным компетенц", "иям Эмпатия", "ru", ("", " "))
    assert (lm.field, taken, text) == ("personal_competencies", 4, "Требования к личностным компетенциям")


def test_a_label_that_starts_with_any_words_is_found_where_its_fixed_words_are():
    """`... лауазымдарының үлгілік біліктілік сипаттамаларына сәйкес ... біліктілік деңгейі` names
    an act first: the form is tried where its first fixed word is among the next words, and a
    cell without them is not tried at all."""
    from extractors.labels import match_at

    text = ("Денсаулық сақтау қызметкерлері лауазымдарының үлгілік біліктілік сипаттамаларына сәйкес "
            "маман біліктілік деңгейі: жоғары")
    lm = match_at(text, 0, "kk")
    assert lm.field == "qualification_requirements" and text[lm.end:].strip() == "жоғары"
    assert match_at("Әлеуметтік жұмыс жөніндегі маман, жоғары білім", 0, "kk") is None


def test_a_texts_word_table_answers_as_reading_from_the_offset_does():
    """A text asked again keeps a table of its words; the words it gives from any offset are those
    read from that offset (an offset inside a word gives the word's rest; the 600-character reach
    and the 60-piece bound are the same), pieces of glued words included."""
    from extractors.labels import _Table, _words_from

    text = ("Еңбек функциясы 1: Әлеуметтік қызмет көрсету. Дағдылар: құжаттарды рәсімдеу; "
            "талаптарСБШ бойынша " * 30)
    table = _Table(text)
    for pos in list(range(0, 90)) + [599, 600, 601, 1234, len(text) - 3, len(text)]:
        assert table.words(text, pos) == _words_from(text, pos), pos


def test_a_label_is_read_the_same_from_a_text_asked_once_or_again():
    """The first question about a text reads its words from the offset; the second builds its table:
    either way the label found is the same."""
    from extractors import labels

    text = "Білім: жоғары. Дағдылар: құжаттарды рәсімдеу, есеп жүргізу"
    labels._TABLES.pop(text, None)
    labels._ASKED.discard(text)
    first = labels.match_at(text, 15, "kk")
    assert text in labels._ASKED and text not in labels._TABLES
    again = [labels.match_at(text, pos, "kk") for pos in (15, 0)]
    assert text in labels._TABLES
    assert (first.field, first.end) == (again[0].field, again[0].end) == ("skills", 24)
    assert (again[1].field, again[1].end) == ("knowledge", 6)


def test_labels_read_in_threads_share_the_word_tables_safely(monkeypatch):
    """Documents read in threads of one process (`--workers 0`) share the word tables: with tables
    evicted all the time, every thread still finds what a single reader finds."""
    from concurrent.futures import ThreadPoolExecutor

    from extractors import labels

    monkeypatch.setattr(labels, "TABLES_KEPT", 2)
    texts = [f"Білім: жоғары {k}. Дағдылар: құжаттарды рәсімдеу {k}, есеп жүргізу" for k in range(40)]
    questions = [(t, pos) for t in texts for pos in (0, 17, 0, 17)]
    def ask(q):  # past the answers kept per question: the word tables themselves
        return labels._phrase_at(q[0], q[1], "kk", None, frozenset())

    alone = [ask(q) for q in questions]
    assert {m.field for m in alone} == {"knowledge", "skills"}
    with ThreadPoolExecutor(8) as pool:
        shared = list(pool.map(ask, questions * 5))
    assert shared == alone * 5
