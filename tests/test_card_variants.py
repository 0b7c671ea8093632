"""The occupation card's variations real standards show (issue 12), each on a small card, in both
languages: headings, missing rows, list styles, additional functions numbered from 1 again,
names that differ between the card's list of functions and the rows, label variants and
inflections, levels as printed, and what page breaks do to a function row (its cell printed
again, a label head glued to its value, a list's text not cut by a task's). `·` marks a space a
raw line keeps at its end; `[page]` is a page break."""
import pytest

from conftest import cards_from_text
from test_cards import damaged, fn_view


def card_of(text: str, lang: str):
    [card] = cards_from_text(damaged(text), lang)
    return card


KK_HEAD = """\
{heading}

Кәсіп коды 2635-0-021

Кәсіптің атауы Отбасымен жұмыс жөніндегі маман

СБШ бойынша біліктілік деңгейі {level}

"""
RU_HEAD = """\
{heading}

Код профессии 2635-0-021

Наименование профессии Специалист по работе с семьей

Уровень квалификации по ОРК {level}

"""
KK_ROWS = """\
Еңбек функциялары

Міндетті еңбек функциялары:

1. Отбасыларды анықтау.

Еңбек функциясы 1:
Отбасыларды анықтау

Тапсырма:
Отбасыларды есепке алу

Дағдылар:
1. Мәліметтерді жинау.

Білім:
1. Әлеуметтік кодекс.
"""
RU_ROWS = """\
Трудовые функции

Обязательные трудовые функции:

1. Выявление семей.

Трудовая функция 1:
Выявление семей

Задача:
Учет семей

Умения и навыки:
1. Сбор сведений.

Знания:
1. Социальный кодекс.
"""


ROWS = {"kk": KK_ROWS, "ru": RU_ROWS}


def head_of(lang: str, level: str = "5") -> str:
    """The small card's rows before its functions, under a plain heading."""
    if lang == "kk":
        return KK_HEAD.format(heading='Мамандық картасы "X"', level=level)
    return RU_HEAD.format(heading="Карточка профессии «X»", level=level)


@pytest.mark.parametrize("lang,heading", [
    ("kk", 'Кәсіп карточкасы: "Отбасымен жұмыс жөніндегі маман"'),
    ("kk", 'Мамандық картасы\n\n"Отбасымен жұмыс жөніндегі маман"'),
    ("kk", '"Отбасымен жұмыс жөніндегі маман" кәсіп карточкасы'),
    ("kk", '"Отбасымен жұмыс жөніндегі маман" кәсібінің карточкасы'),
    ("kk", "«Отбасымен жұмыс жөніндегі маман» мамандығының картасы"),
    ("kk", 'Кәсіп карточкасы № 2\n"Отбасымен жұмыс жөніндегі маман"'),
    ("ru", 'Карточка профессии: "Специалист по работе с семьей"'),
    ("ru", 'Карточка профессии\n\n«Специалист по работе с семьей»'),
])
def test_the_heading_on_one_line_as_a_row_or_after_the_title(lang, heading):
    head, rows = (KK_HEAD, KK_ROWS) if lang == "kk" else (RU_HEAD, RU_ROWS)
    card = card_of(head.format(heading=heading, level="5") + rows, lang)
    assert card.card_title == card.name
    assert [f.name for f in card.functions] == [card.functions[0].name] and card.functions[0].tasks[0].skills


@pytest.mark.parametrize("lang,printed,level", [
    ("kk", "5", "5"), ("kk", "5.1", "5.1"), ("kk", "6 деңгей", "6"), ("kk", "6-7", "6-7"),
    ("ru", "6 уровень", "6"), ("ru", "4.2", "4.2"), ("ru", "5, 6", "5, 6"),
    # in words: the digits of its ordinals
    ("kk", "алтыншы деңгей", "6"), ("kk", "төртінші, бесінші деңгейлер", "4, 5"), ("ru", "шестой уровень", "6"),
    ("ru", "пятый-шестой уровни", "5-6"),
])
def test_the_level_as_printed(lang, printed, level):
    card = card_of(head_of(lang, printed) + ROWS[lang], lang)
    assert card.qualification_level == level


@pytest.mark.parametrize("lang,label", [("kk", "Еңбек функцияларының тізбесі"), ("ru", "Перечень трудовых функций")])
def test_the_function_rows_heading_in_its_variants(lang, label):
    rows = ROWS[lang]
    rows = rows.replace("Еңбек функциялары\n" if lang == "kk" else "Трудовые функции\n", label + "\n", 1)
    card = card_of(head_of(lang) + rows, lang)
    assert len(card.functions) == 1 and card.functions[0].tasks[0].skills and card.functions[0].tasks[0].knowledge


def test_optional_rows_missing_leave_their_fields_empty():
    card = card_of(head_of("kk") + KK_ROWS + """
Еңбек жағдайлары (мазмұны мен сапасы)

Еңбек шартында белгіленеді.
""", "kk")
    assert card.personal_competencies is None and card.related == [] and card.alt_names == []
    assert card.working_conditions == "Еңбек шартында белгіленеді."


@pytest.mark.parametrize("items", [
    "1. Мәліметтерді жинау.\n2. Тізімді жүргізу.\n3. Есеп беру.",
    "1) Мәліметтерді жинау;\n2) Тізімді жүргізу;\n3) Есеп беру.",
    "Мәліметтерді жинау;\nТізімді жүргізу;\nЕсеп беру.",
    "- Мәліметтерді жинау;\n- Тізімді жүргізу;\n- Есеп беру.",
    "• Мәліметтерді жинау\n• Тізімді жүргізу\n• Есеп беру",
])
def test_lists_numbered_with_dots_or_brackets_or_unnumbered(items):
    card = card_of(head_of("kk")
                   + KK_ROWS.replace("1. Мәліметтерді жинау.", items), "kk")
    assert [i.text for i in card.functions[0].tasks[0].skills] == ["Мәліметтерді жинау", "Тізімді жүргізу", "Есеп беру"]


def test_an_item_running_over_two_paragraphs_is_one_item():
    card = card_of(head_of("ru") + RU_ROWS.replace(
        "1. Сбор сведений.", "1. Сбор сведений о семьях, находящихся в трудной\n\nжизненной ситуации.\n2. Учет."), "ru")
    assert [i.text for i in card.functions[0].tasks[0].skills] == [
        "Сбор сведений о семьях, находящихся в трудной жизненной ситуации", "Учет"]


def test_additional_functions_numbered_from_one_again_and_labelled_like_mandatory_ones():
    card = card_of(RU_HEAD.format(heading="Карточка профессии «X»", level="6") + """\
Трудовые функции

Обязательные трудовые функции:
1. Выявление семей.
2. Сопровождение семей.
Дополнительные трудовые функции:
1. Профилактика неблагополучия.

Трудовая функция 1:
Выявление семей

Задача:
Учет семей

Умения и навыки:
1. Сбор сведений.

Трудовая функция 2:
Сопровождение семей

Задача:
Посещение семей

Умения и навыки:
1. Встречи с семьей.

Трудовая функция 1:
Профилактика неблагополучия

Задача:
Просвещение

Умения и навыки:
1. Беседы с родителями.
""", "ru")
    assert [(f.kind, f.no, f.name) for f in card.functions] == [
        ("mandatory", 1, "Выявление семей"), ("mandatory", 2, "Сопровождение семей"),
        ("additional", 1, "Профилактика неблагополучия")]


def test_function_and_task_labels_numbered_with_a_number_sign():
    card = card_of(head_of("ru")
                   + RU_ROWS.replace("Трудовая функция 1:", "Трудовая функция № 1:").replace("Задача:", "Задача №1:"), "ru")
    assert [(f.no, f.name, [t.no for t in f.tasks]) for f in card.functions] == [(1, "Выявление семей", [1])]


def test_a_row_names_its_function_its_own_way_and_the_row_wins():
    card = card_of(head_of("kk") + KK_ROWS.replace(
        "Еңбек функциясы 1:\nОтбасыларды анықтау", "Еңбек функциясы 1:\nҚиын жағдайдағы отбасыларды анықтау"), "kk")
    fn = card.functions[0]
    assert (fn.no, fn.name, fn.listed_name) == (1, "Қиын жағдайдағы отбасыларды анықтау", "Отбасыларды анықтау")


@pytest.mark.parametrize("lang,label", [
    ("kk", "Біліктілікке қойылатын талаптар"), ("kk", "Біліктілік талаптары"), ("ru", "Квалификационные требования"),
])
def test_the_requirements_row_in_its_variants(lang, label):
    rows = ROWS[lang]
    value = "Жоғары білім." if lang == "kk" else "Высшее образование."
    card = card_of(head_of(lang) + f"{label}\n\n{value}\n\n" + rows, lang)
    assert card.qualification_requirements_text == value


@pytest.mark.parametrize("lang,requirements,link,value", [
    ("kk", "Біліктілікке қойылатын талаптар", "Біліктілік байланысы",
     "Біліктілікке қойылатын талаптар бөлімі\n\nМемлекеттік инспектор"),
    ("ru", "Квалификационные требования", "Связь с ЕТКС или КС или ТКХ",
     "Квалификационные требования к административным\nгосударственным должностям корпуса \"Б\"\n\n"
     "Государственный инспектор"),
], ids=["kk", "ru"])
def test_a_link_row_naming_another_registers_requirements_keeps_them_as_its_value(lang, requirements, link, value):
    """The words of a row the card has read already (its requirements) open the value of the
    row after its functions that names the register it links to: they are that value, and the
    requirements row keeps its own text."""
    rows, head = ROWS[lang], head_of(lang)
    card = card_of(head + f"{requirements}\n\nЖоғары білім.\n\n" * (lang == "kk")
                   + f"{requirements}\n\nВысшее образование.\n\n" * (lang == "ru") + rows
                   + f"\n{link}\n\n{value}\n", lang)
    assert card.qualification_requirements_text in ("Жоғары білім.", "Высшее образование.")
    assert card.qualification_link == " ".join(value.replace("\n\n", "\n").split())


@pytest.mark.parametrize("lang,skills,knowledge", [
    ("kk", "Дағдылар:", "Білім:"), ("kk", "Білімі мен дағдылары:", "Білім:"),
    ("kk", "Біліктілік пен дағдылар", "Білім"), ("kk", "Дағдылары:", "Білімі:"),
    ("ru", "Умения и навыки:", "Знания:"), ("ru", "Умения:", "Знания:"), ("ru", "Навыки", "Знания"),
    ("ru", "Необходимые умения и навыки:", "Необходимые знания:"), ("kk", "Қажетті дағдылар:", "Қажетті білім:"),
    ("kk", "Іскерліктер мен дағдылар:", "Білуі тиіс:"), ("kk", "Дағдылар мен іскерліктер:", "Білім:"),
    ("ru", "Умения, навыки:", "Знания:"),
])
def test_list_headings_in_their_variants_and_inflections(lang, skills, knowledge):
    rows = ROWS[lang]
    rows = rows.replace("Дағдылар:" if lang == "kk" else "Умения и навыки:", skills)
    rows = rows.replace("Білім:" if lang == "kk" else "Знания:", knowledge)
    card = card_of(head_of(lang) + rows, lang)
    task = card.functions[0].tasks[0]
    assert len(task.skills) == 1 and len(task.knowledge) == 1


def test_row_labels_damaged_in_pieces_are_still_labels():
    # `Наименован` / `и е` / `профессии`: a word the narrow column cut, its tail letter-spaced
    card = card_of("""\
Карточка профессии «X»

Код·
профессии

2635-0-021

Наименован
и е·
профессии

Специалист по работе с семьей

Уровень квалификации по ОРК 5

""" + RU_ROWS, "ru")
    assert card.name == "Специалист по работе с семьей"


def test_row_labels_with_two_words_glued_are_still_labels():
    # `мазмұны мен` printed without its space: the two form words in one text word
    card = card_of(head_of("kk") + KK_ROWS + """
Еңбек жағдайлары (мазмұнымен сапасы)

Еңбек шартында белгіленеді.
""", "kk")
    assert card.working_conditions == "Еңбек шартында белгіленеді."


def test_a_function_cell_printed_again_after_a_page_break_is_not_a_new_row():
    # the knowledge list cut by the break, and the function's cell printed again after it
    card = card_of(head_of("kk") + KK_ROWS.replace(
        "1. Әлеуметтік кодекс.\n", """1. Әлеуметтік·
[page]
Еңбек функциясы 1:
Отбасыларды анықтау

кодекс.
2. Отбасы туралы заң.
"""), "kk")
    assert fn_view(card) == [("mandatory", 1, "Отбасыларды анықтау", [
        (1, "Отбасыларды есепке алу", ["Мәліметтерді жинау"], ["Әлеуметтік кодекс", "Отбасы туралы заң"])])]


def test_a_function_name_printed_whole_after_the_break_is_the_row_name_not_a_repeat():
    # the row cut right after its function label: the name cell's text all on the next page,
    # then the task's rest (opening with a capital: a proper noun) and the knowledge's rest
    card = card_of(head_of("ru") + """\
Трудовые функции

Обязательные трудовые функции:

1. Выявление семей.

Трудовая функция 1:

Задача:
Учет семей·

Умения и навыки:
1. Сбор сведений.

Знания:
1. Социальный·
[page]
Выявление семей

Республики Казахстан

кодекс.
""", "ru")
    assert fn_view(card) == [("mandatory", 1, "Выявление семей", [
        (1, "Учет семей Республики Казахстан", ["Сбор сведений"], ["Социальный кодекс"])])]


def test_a_bulleted_list_is_never_a_name_and_its_items_run_from_bullet_to_bullet():
    # a task printed without its name: the bulleted skills after its label and heading are a
    # list, not the name the label announced, and an item holding a sentence end is one item
    card = card_of(head_of("ru") + RU_ROWS.replace(
        "Задача:\nУчет семей\n\nУмения и навыки:\n1. Сбор сведений.", """Задача:

Умения и навыки:
- Сбор сведений. Сверка данных;
- Учет семей."""), "ru")
    task = card.functions[0].tasks[0]
    assert not task.name and [i.text for i in task.skills] == ["Сбор сведений. Сверка данных", "Учет семей"]


def test_a_function_name_cut_inside_a_word_takes_the_name_the_card_lists():
    # the page break took the rest of the function cell, and its reprint after the break was
    # read as a repeat: the row's name stops inside a word the card's list spells out
    card = card_of(head_of("ru") + RU_ROWS.replace(
        "1. Выявление семей.", "1. Выявление семей группы риска.").replace(
        "Трудовая функция 1:\nВыявление семей", "Трудовая функция 1:\nВыявление семей гру"), "ru")
    assert card.functions[0].name == "Выявление семей группы риска"


def test_a_label_head_printed_on_one_line_with_its_value_joins_its_rest_after_the_break():
    card = card_of(head_of("kk") + KK_ROWS + """
Жеке құзыреттерге Жауапкершілік, ұқыптылық,·
[page]
қойылатын талаптар

шыдамдылық.
""", "kk")
    assert card.personal_competencies == "Жауапкершілік, ұқыптылық, шыдамдылық."


def test_one_cell_of_lists_for_several_tasks_goes_on_after_their_names():
    # a row printing one skills and knowledge cell for both its tasks: the lists go under the
    # first task, the second has none (the gold convention), and the rest after the names
    # continues the same list
    card = card_of(head_of("kk") + """\
Еңбек функциялары

Міндетті еңбек функциялары:

1. Отбасыларды анықтау.

Дағдылар:
1. Мәліметтерді·
[page]
Еңбек функциясы 1:
Отбасыларды анықтау

1-міндет:
Есепке алу

2-міндет:
Бағалау

жинау.
2. Есеп беру.

Білім:
1. Әлеуметтік кодекс.
""", "kk")
    assert fn_view(card) == [("mandatory", 1, "Отбасыларды анықтау", [
        (1, "Есепке алу", ["Мәліметтерді жинау", "Есеп беру"], ["Әлеуметтік кодекс"]), (2, "Бағалау", [], [])])]


def test_an_act_naming_a_card_it_cannot_read_says_so():
    from conftest import doc_from_text
    from extractors.extract import extract_document
    act = """\
Об утверждении профессионального стандарта

Приказ Министра труда и социальной защиты населения Республики Казахстан от 12 марта 2025 года № 88. Зарегистрирован в Министерстве юстиции Республики Казахстан 14 марта 2025 года № 35811.

      Приложение: карточка профессии социального работника утверждается отдельно.
"""
    doc, raw, lexicon = doc_from_text(act, "ru")
    ex = extract_document(doc, raw, lexicon)
    assert ex.cards == []
    assert any("names an occupation card ('карточка профессии'" in w for w in ex.warnings)


@pytest.mark.parametrize("lang,heading", [
    ("kk", '1-кәсіп карточкасы: "Отбасымен жұмыс жөніндегі маман"'),
    ("kk", '2 - кәсіп карточкасы\n\n"Отбасымен жұмыс жөніндегі маман"'),
])
def test_a_heading_may_open_with_the_cards_ordinal(lang, heading):
    card = card_of(KK_HEAD.format(heading=heading, level="5") + KK_ROWS, lang)
    assert card.card_title == card.name == "Отбасымен жұмыс жөніндегі маман"


LETTERED = {
    "kk": ("Мәліметтерді жинау және\nтексеру", "Тізімді жүргізу", "Есеп беру"),
    "ru": ("Сбор сведений о семье и ее\nчленах", "Ведение списка", "Отчет"),
}


@pytest.mark.parametrize("lang,letters", [
    ("kk", ("а)", "б)", "в)")), ("ru", ("а)", "б)", "в)")), ("ru", ("a)", "b)", "c)")),
])
def test_a_list_lettered_a_b_c_is_a_list_of_items(lang, letters):
    rows = ROWS[lang]
    old = "1. Мәліметтерді жинау." if lang == "kk" else "1. Сбор сведений."
    first, second, third = LETTERED[lang]
    new = f"{letters[0]} {first};\n{letters[1]} {second};\n{letters[2]} {third}."
    card = card_of(head_of(lang) + rows.replace(old, new), lang)
    assert [i.text for i in card.functions[0].tasks[0].skills] == [
        first.replace("\n", " "), second, third]


# the card's list of functions under outline-numbered headings, with an additional function
# whose row carries the next plain number
OUTLINED = {
    "kk": KK_ROWS.replace("Міндетті еңбек функциялары:\n\n1. Отбасыларды анықтау.",
                          "I. Міндетті еңбек функциялары:\n1. Отбасыларды анықтау.\n"
                          "II. Қосымша еңбек функциялары:\n1. Еріктілерді оқыту.") + """
Еңбек функциясы 2:
Еріктілерді оқыту

Тапсырма:
Сабақ өткізу

Дағдылар:
1. Сабақ жоспарын құру.

Білім:
1. Оқыту әдістемесі.
""",
    "ru": RU_ROWS.replace("Обязательные трудовые функции:\n\n1. Выявление семей.",
                          "I. Обязательные трудовые функции:\n1. Выявление семей.\n"
                          "II. Дополнительные трудовые функции:\n1. Обучение волонтеров.") + """
Трудовая функция 2:
Обучение волонтеров

Задача:
Проведение занятий

Умения и навыки:
1. Составление плана занятий.

Знания:
1. Методика обучения.
""",
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_lists_of_functions_under_outline_numbered_headings(lang):
    # the additional function's row carries the next plain number: which kind it is, the
    # card's list says
    card = card_of(head_of(lang) + OUTLINED[lang], lang)
    listed = {"kk": ("Отбасыларды анықтау", "Еріктілерді оқыту"), "ru": ("Выявление семей", "Обучение волонтеров")}
    assert [(f.kind, f.no, f.name) for f in card.functions] == [
        ("mandatory", 1, listed[lang][0]), ("additional", 1, listed[lang][1])]


@pytest.mark.parametrize("lang,label,value", [
    ("kk", "Еңбек\nжағдайлары", "Жұмыс үйде жүргізіледі."),
    ("ru", "Условия\nтруда", "Работа на дому."),
])
def test_a_bare_working_conditions_label_counts_where_it_fills_its_cell(lang, label, value):
    rows = ROWS[lang]
    card = card_of(head_of(lang) + rows + f"\n{label}\n\n{value}\n", lang)
    assert card.working_conditions == value


@pytest.mark.parametrize("lang,text", [
    ("kk", "Еңбек жағдайлары қолайлы болуы тиіс деген талап сақталады."),
    ("ru", "Условия труда устанавливаются трудовым договором."),
])
def test_the_bare_phrase_opening_a_sentence_is_no_label(lang, text):
    from extractors.labels import match_at
    assert match_at(text, 0, lang) is None


@pytest.mark.parametrize("lang,label", [
    ("kk", "Білімге және жұмыс тәжірибесіне қойылатын талаптар"),
    ("ru", "Требования к образованию и опыту работы"),
])
def test_the_requirements_row_named_for_education_and_experience(lang, label):
    rows = ROWS[lang]
    req = "Жоғары білім, жұмыс өтілі кемінде 2 жыл." if lang == "kk" else "Высшее образование, стаж не менее 2 лет."
    card = card_of(head_of(lang) + f"{label}\n\n{req}\n\n" + rows, lang)
    assert card.qualification_level == "5" and card.qualification_requirements_text == req


NEWER_FORMAT = {
    "ru": """\
1. КАРТОЧКА ПРОФЕССИИ "СПЕЦИАЛИСТ СЛУЖБЫ ПРОБАЦИИ"

Код группы: 2635-0

Код наименования занятия:

2635-0-019

Наименование профессии:

Специалист службы пробации

Уровень квалификации по ОРК:

6

Подуровень квалификации по ОРК:

6.2

Уровень квалификации по ЕТКС, ТКС или КС:

-

Основная цель деятельности:

Ресоциализация лиц, состоящих на учете.

Трудовые функции:

Обязательные трудовые функции:
1. Исполнение пробационного контроля.

Трудовая функция 1:
Исполнение пробационного контроля

Навык 1:
Ведение личных дел

Умения:
1) Прием документов;
2) Ведение журналов.

Знания:
1) Уголовно-исполнительный кодекс.

Требования к личностным компетенциям:

Ответственность, принципиальность.

Список технических регламентов и национальных стандартов:

-

Связь с другими профессиями в рамках ОРК:

Уровень квалификации по ОРК

Наименование профессии

5

Социальный работник учреждения

Связь с системой образования и квалификации:

Уровень образования:

Высшее образование (бакалавриат)

Специальность:

Социальная работа

Квалификация:

Бакалавр социальной работы
""",
    "kk": """\
1. КӘСІП КАРТОЧКАСЫ "ПРОБАЦИЯ ҚЫЗМЕТІНІҢ МАМАНЫ"

Топ коды: 2635-0

Кәсіп атауының коды:

2635-0-019

Кәсіп атауы:

Пробация қызметінің маманы

СБШ бойынша біліктілік деңгейі:

6

СБШ бойынша біліктіліктің кіші деңгейі:

6.2

БТБА, ТКС немесе КС бойынша біліктілік деңгейі:

-

Қызметтің негізгі мақсаты:

Есепте тұрған адамдарды ресоциализациялау.

Еңбек функциялары:

Міндетті еңбек функциялары:
1. Пробациялық бақылауды жүзеге асыру.

Еңбек функциясы 1:
Пробациялық бақылауды жүзеге асыру

Дағды 1:
Жеке істерді жүргізу

Іскерліктер:
1) Құжаттарды қабылдау;
2) Журналдарды жүргізу.

Білім:
1) Қылмыстық-атқару кодексі.

Жеке құзыреттерге қойылатын талаптар:

Жауапкершілік, принципшілдік.

Техникалық регламенттер мен ұлттық стандарттардың тізбесі:

-

СБШ шеңберіндегі басқа кәсіптермен байланыс:

СБШ бойынша біліктілік деңгейі

Кәсіп атауы

5

Мекеменің әлеуметтік қызметкері

Білім және біліктілік жүйесімен байланысы:

Білім деңгейі:

Жоғары білім (бакалавриат)

Мамандық:

Әлеуметтік жұмыс

Біліктілік:

Әлеуметтік жұмыс бакалавры
""",
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_newer_card_format(lang):
    # group code and the occupation's code on rows of their own, a sublevel row, rows no field
    # of the contract takes (main purpose, the ETKS level, technical regulations), tasks labelled
    # as skills (`Навык 1:`), the related table with its header cells, and the education level
    # read from the table of the link with the education system
    card = card_of(NEWER_FORMAT[lang], lang)
    name = {"ru": "Специалист службы пробации", "kk": "Пробация қызметінің маманы"}[lang]
    assert (card.group_code, card.code, card.name, card.qualification_level) == ("2635-0", "2635-0-019", name, "6.2")
    assert card.education_level_text == {"ru": "Высшее образование (бакалавриат)", "kk": "Жоғары білім (бакалавриат)"}[lang]
    assert card.qualification_requirements_text is None and card.alt_names == []
    assert [(lvl, n) for lvl, n, _ in card.related] == [
        ("5", {"ru": "Социальный работник учреждения", "kk": "Мекеменің әлеуметтік қызметкері"}[lang])]
    [fn] = card.functions
    [task] = fn.tasks
    assert task.name == {"ru": "Ведение личных дел", "kk": "Жеке істерді жүргізу"}[lang]
    assert len(task.skills) == 2 and len(task.knowledge) == 1
    assert card.personal_competencies.startswith({"ru": "Ответственность", "kk": "Жауапкершілік"}[lang])


def test_a_function_name_spaced_out_in_its_row_takes_the_name_the_card_lists():
    card = card_of(head_of("ru") + RU_ROWS.replace(
        "1. Выявление семей.", "1. Оказание социально-правовой помощи.").replace(
        "Трудовая функция 1:\nВыявление семей", "Трудовая функция 1:\nОказание социаль·\nн о - п р а в о в о й·\nпомощи"), "ru")
    assert card.functions[0].name == "Оказание социально-правовой помощи"


def test_an_additional_function_listed_with_the_next_number_keeps_it():
    # the list goes on from the mandatory functions (`3.` under the additional heading) and the
    # row says `Трудовая функция 3:`: the function is additional 3, as printed
    card = card_of(head_of("ru") + OUTLINED["ru"].replace(
        "I. Обязательные трудовые функции:\n1. Выявление семей.\nII. Дополнительные трудовые функции:\n1. Обучение волонтеров.",
        "Обязательные трудовые функции:\n1. Выявление семей.\n2. Сопровождение семей.\nДополнительные трудовые функции:\n"
        "3. Обучение волонтеров.").replace("Трудовая функция 2:", "Трудовая функция 3:"), "ru")
    assert [(f.kind, f.no) for f in card.functions if f.kind == "additional"] == [("additional", 3)]


@pytest.mark.parametrize("lang,glued,value", [
    ("kk", "Еңбек жағдайлары Жұмыс кеңседе орындалады.", "Жұмыс кеңседе орындалады."),
    ("ru", "Условия труда Работа выполняется в помещении.", "Работа выполняется в помещении."),
])
def test_a_bare_working_conditions_label_glued_to_a_value_that_opens_a_sentence(lang, glued, value):
    rows = ROWS[lang]
    card = card_of(head_of(lang) + rows + f"\n{glued}\n", lang)
    assert card.working_conditions == value


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_competencies_and_related_rows_printed_before_the_functions(lang):
    # the rows the template prints after the functions come first: the function rows after them
    # are still the card's functions
    rows = ROWS[lang]
    tail = {"kk": "Жеке құзыреттерге қойылатын талаптар\n\nЖауапкершілік.\n\n",
            "ru": "Требования к личностным компетенциям\n\nОтветственность.\n\n"}[lang]
    card = card_of(head_of(lang) + tail + rows, lang)
    assert card.personal_competencies in ("Жауапкершілік.", "Ответственность.")
    [fn] = card.functions
    assert fn.tasks[0].skills and fn.tasks[0].knowledge


@pytest.mark.parametrize("lang,label", [("kk", "Міндет 1.1:"), ("ru", "Задача 1.1:")])
def test_a_task_numbered_within_its_function(lang, label):
    rows = ROWS[lang]
    card = card_of(head_of(lang) + rows.replace("Тапсырма:" if lang == "kk" else "Задача:", label), lang)
    [fn] = card.functions
    assert [(t.no, t.name) for t in fn.tasks] == [(1, "Отбасыларды есепке алу" if lang == "kk" else "Учет семей")]
