"""Cards whose functions are a table headed once (`Трудовые функции | Задачи | Умения и навыки |
Знания`): no labels in the cells, a column per kind; and the card rows such cards print
otherwise (one list of functions with the kind in brackets, related occupations with the level
in brackets, a heading that names no occupation, hierarchical row numbers). Each case on a small
card, in both languages. `·` marks a space a raw line keeps at its end; `[page]` a page break."""
import pytest

from conftest import cards_from_text
from test_card_variants import card_of, head_of
from test_cards import damaged
from test_cards import fn_view

LIST_IN_BRACKETS = {
    "kk": "Еңбек функциялары:\n\n1) Отбасыларды анықтау (міндетті);\n2) Отбасыларды сүйемелдеу (міндетті);\n"
          "3) Еріктілерді оқыту (қосымша).\n\n",
    "ru": "Трудовые функции:\n\n1) Выявление семей (обязательная);\n2) Сопровождение семей (обязательная);\n"
          "3) Обучение волонтеров (дополнительная).\n\n",
}
HEADER4 = {"kk": "Еңбек функциялары\n\nМіндеттер\n\nДағдылар мен біліктер\n\nБілім\n\n",
           "ru": "Трудовые функции\n\nЗадачи\n\nУмения и навыки\n\nЗнания\n\n"}
# function | task | skills | knowledge, a cell per block; the first row has two tasks
ROWS4 = {
    "kk": """\
Отбасыларды анықтау

Отбасыларды есепке алу

1. мәліметтерді жинау.
2. тізімді жүргізу.

1. Әлеуметтік кодекс.

Отбасыларға бару

- үйге бару;
- актіні жасау.

- тексеру тәртібі.

Отбасыларды сүйемелдеу

Жоспар құру

1. жоспарды келісу.

1. жоспарлау негіздері.

Еріктілерді оқыту

Сабақ өткізу

1. сабақ жоспарын жасау.

1. оқыту әдістері.
""",
    "ru": """\
Выявление семей

Учет семей

1. сбор сведений.
2. ведение списка.

1. Социальный кодекс.

Посещение семей

- посещение на дому;
- составление акта.

- порядок обследования.

Сопровождение семей

Составление плана

1. согласование плана.

1. основы планирования.

Обучение волонтеров

Проведение занятий

1. составление плана занятия.

1. методы обучения.
"""}


def four_columns(lang: str, rows: str | None = None):
    return card_of(head_of(lang) + LIST_IN_BRACKETS[lang] + HEADER4[lang] + (rows or ROWS4[lang]), lang)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_list_of_functions_with_the_kind_in_brackets(lang):
    # the third function is the first additional one; the bracket is no part of the name
    card = four_columns(lang)
    assert [(f.kind, f.no) for f in card.functions] == [("mandatory", 1), ("mandatory", 2), ("additional", 1)]
    assert card.functions[2].name in ("Еріктілерді оқыту", "Обучение волонтеров")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_functions_table_headed_once_reads_its_unlabelled_cells_by_column(lang):
    view = fn_view(four_columns(lang))
    want = {
        "kk": [("mandatory", 1, "Отбасыларды анықтау", [
                    (1, "Отбасыларды есепке алу", ["мәліметтерді жинау", "тізімді жүргізу"], ["Әлеуметтік кодекс"]),
                    (2, "Отбасыларға бару", ["үйге бару", "актіні жасау"], ["тексеру тәртібі"])]),
               ("mandatory", 2, "Отбасыларды сүйемелдеу", [(1, "Жоспар құру", ["жоспарды келісу"], ["жоспарлау негіздері"])]),
               ("additional", 1, "Еріктілерді оқыту", [(1, "Сабақ өткізу", ["сабақ жоспарын жасау"], ["оқыту әдістері"])])],
        "ru": [("mandatory", 1, "Выявление семей", [
                    (1, "Учет семей", ["сбор сведений", "ведение списка"], ["Социальный кодекс"]),
                    (2, "Посещение семей", ["посещение на дому", "составление акта"], ["порядок обследования"])]),
               ("mandatory", 2, "Сопровождение семей", [(1, "Составление плана", ["согласование плана"], ["основы планирования"])]),
               ("additional", 1, "Обучение волонтеров", [(1, "Проведение занятий", ["составление плана занятия"], ["методы обучения"])])],
    }[lang]
    assert view == want


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_page_break_inside_a_table_row_prints_each_cut_cell_s_rest_in_column_order(lang):
    # the second function's row is cut: its name, its task's name, its skills and its knowledge;
    # after the break the function cell is printed again whole, then each cell's rest
    cut = {
        "kk": ("Отбасыларды сүйемелдеу\n\nЖоспар құру\n\n1. жоспарды келісу.\n\n1. жоспарлау негіздері.\n",
               "Отбасыларды·\n\nЖоспар·\n\n1. жоспарды·\n\n1. жоспарлау·\n[page]\n"
               "Отбасыларды сүйемелдеу\n\nқұру\n\nкелісу.\n\nнегіздері.\n"),
        "ru": ("Сопровождение семей\n\nСоставление плана\n\n1. согласование плана.\n\n1. основы планирования.\n",
               "Сопровождение·\n\nСоставление·\n\n1. согласование·\n\n1. основы·\n[page]\n"
               "Сопровождение семей\n\nплана\n\nплана.\n\nпланирования.\n"),
    }[lang]
    rows = ROWS4[lang]
    assert cut[0] in rows
    card = four_columns(lang, rows.replace(*cut))
    fn = card.functions[1]
    assert fn.name in ("Отбасыларды сүйемелдеу", "Сопровождение семей")
    [task] = fn.tasks
    assert (task.name, [i.text for i in task.skills], [i.text for i in task.knowledge]) in (
        ("Жоспар құру", ["жоспарды келісу"], ["жоспарлау негіздері"]),
        ("Составление плана", ["согласование плана"], ["основы планирования"]))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_bulleted_skills_and_knowledge_side_by_side_are_two_cells(lang):
    # both lists open with a bullet: the block after the skills is the knowledge column
    view = fn_view(four_columns(lang))
    assert view[0][3][1][3] in (["тексеру тәртібі"], ["порядок обследования"])


HEADER3 = {"kk": "Еңбек функцияларының сипаттамасы\n\nЕңбек функциясы\n\nМіндеттер\n\nБіліктер, дағдылар және білім\n\n",
           "ru": "Описание трудовых функций\n\nТрудовая функция\n\nЗадачи\n\nУмения, навыки и знания\n\n"}
ROWS3 = {
    "kk": """\
Міндетті еңбек функциялары

1. Отбасыларды·
анықтау

1) Отбасыларды есепке·
алу

Дағдылар:
– мәліметтерді жинау.

Білім:
– Әлеуметтік кодекс.

Қосымша еңбек функциялары

1. Еріктілерді оқыту

1) Сабақ өткізу

Дағдылар:
– сабақ жоспарын жасау.

Білім:
– оқыту әдістері.
""",
    "ru": """\
Обязательные трудовые функции

1. Выявление·
семей

1) Учет·
семей

Умения и навыки:
– сбор сведений.

Знания:
– Социальный кодекс.

Дополнительные трудовые функции

1. Обучение волонтеров

1) Проведение занятий

Умения и навыки:
– составление плана занятия.

Знания:
– методы обучения.
"""}
LIST_BY_KIND = {
    "kk": "Еңбек функциялары:\n\nМіндетті еңбек функциялары:\n1. Отбасыларды анықтау.\n"
          "Қосымша еңбек функциялары:\n1. Еріктілерді оқыту.\n\n",
    "ru": "Трудовые функции:\n\nОбязательные трудовые функции:\n1. Выявление семей.\n"
          "Дополнительные трудовые функции:\n1. Обучение волонтеров.\n\n",
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_table_with_one_column_for_the_lists_and_sub_heads_for_the_kinds(lang):
    # after a caption, the header row; full-width sub-heads give the kind of the rows under them;
    # a function cell prints `1. Name`, a task cell `1) Name`: the numbers are no part of the names
    card = card_of(head_of(lang) + LIST_BY_KIND[lang] + HEADER3[lang] + ROWS3[lang], lang)
    assert fn_view(card) == {
        "kk": [("mandatory", 1, "Отбасыларды анықтау", [(1, "Отбасыларды есепке алу", ["мәліметтерді жинау"],
                                                          ["Әлеуметтік кодекс"])]),
               ("additional", 1, "Еріктілерді оқыту", [(1, "Сабақ өткізу", ["сабақ жоспарын жасау"], ["оқыту әдістері"])])],
        "ru": [("mandatory", 1, "Выявление семей", [(1, "Учет семей", ["сбор сведений"], ["Социальный кодекс"])]),
               ("additional", 1, "Обучение волонтеров", [(1, "Проведение занятий", ["составление плана занятия"],
                                                          ["методы обучения"])])],
    }[lang]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_header_words_in_a_labelled_card_do_not_make_a_table(lang):
    # guard: a labelled card whose task label is the column's word alone stays a labelled card
    from test_card_variants import ROWS
    card = card_of(head_of(lang) + ROWS[lang], lang)
    assert [(f.kind, f.no) for f in card.functions] == [("mandatory", 1)]
    assert card.functions[0].tasks[0].skills and card.functions[0].tasks[0].knowledge


@pytest.mark.parametrize("lang,related,want", [
    ("ru", "Организатор досуга (4 уровень ОРК);\nРуководитель центра (6 уровень ОРК).",
     [("4", "Организатор досуга"), ("6", "Руководитель центра")]),
    ("kk", "Әлеуметтік қызметкер (СБШ 4-деңгейі);\nОрталық басшысы (6 деңгей).",
     [("4", "Әлеуметтік қызметкер"), ("6", "Орталық басшысы")]),
    # guard: a bracket that names no level stays in the name
    ("ru", "Специалист (психолог).", [(None, "Специалист (психолог)")]),
])
def test_related_occupations_with_the_level_in_brackets_after_the_name(lang, related, want):
    from test_card_variants import ROWS
    label = {"kk": "СБШ шеңберіндегі басқа кәсіптермен байланыс:", "ru": "Связь с другими профессиями в рамках ОРК:"}[lang]
    card = card_of(head_of(lang) + ROWS[lang] + f"\n{label}\n\n{related}\n", lang)
    assert [(level, name) for level, name, _ in card.related] == want


@pytest.mark.parametrize("lang,row", [
    ("ru", "Условия труда: Работа в помещении."),
    ("kk", "Еңбек жағдайлары: Жұмыс кеңседе орындалады."),
])
def test_a_bare_working_conditions_label_with_its_colon_before_the_value(lang, row):
    from test_card_variants import ROWS
    card = card_of(head_of(lang) + ROWS[lang] + f"\n{row}\n", lang)
    assert card.working_conditions == row.split(": ", 1)[1]


def test_a_heading_that_names_no_occupation_takes_the_card_s_name():
    # the heading alone, then the name row first; a code label with its catalogue in brackets and
    # a level label without `СБШ` that fills its cell
    card = card_of("КӘСІП КАРТОЧКАСЫ\n\nКәсіптің атауы: Отбасымен жұмыс жөніндегі маман\n\n"
                   "Кәсіп коды (ҰКЖ бойынша):\n\n2635-0-021\n\nБіліктілік·\nдеңгейі:\n\nСБШ-ның 6-деңгейі\n\n"
                   "Еңбек функциялары\n\nМіндетті еңбек функциялары:\n\n1. Отбасыларды анықтау.\n", "kk")
    assert card.card_title == card.name == "Отбасымен жұмыс жөніндегі маман"
    assert (card.code, card.qualification_level) == ("2635-0-021", "6")


@pytest.mark.parametrize("lang,labels,body", [
    ("ru", ("Трудовая функция 1.1:", "Задача 1.1.2:", "Требуемые умения и навыки:", "Требуемые знания:"),
     ("Выявление семей", "Учет семей", "сбор сведений", "Социальный кодекс")),
    ("kk", ("Еңбек функциясы 1.1:", "Міндет 1.1.2:", "Талап етілетін біліктер мен дағдылар:", "Талап етілетін білім:"),
     ("Отбасыларды анықтау", "Отбасыларды есепке алу", "мәліметтерді жинау", "Әлеуметтік кодекс")),
])
def test_rows_numbered_within_the_list_and_tasks_within_their_function(lang, labels, body):
    # `1.1` is the list's group 1, function 1; `1.1.2` that function's task 2
    head = {"kk": "Еңбек функциялары\n\nМіндетті еңбек функциялары:\n\n",
            "ru": "Трудовые функции\n\nОбязательные трудовые функции:\n\n"}[lang]
    function, task, skills, knowledge = labels
    text = head + f"1.1. {body[0]}.\n\n{function}\n{body[0]}\n\n{task}\n{body[1]}\n\n" \
        f"{skills}\n1) {body[2]}.\n\n{knowledge}\n1) {body[3]}.\n"
    card = card_of(head_of(lang) + text, lang)
    assert fn_view(card) == [("mandatory", 1, body[0], [(2, body[1], [body[2]], [body[3]])])]


def test_a_function_name_whose_first_word_is_the_knowledge_heading_wrapped_alone():
    # `Білім` alone at a line end is the knowledge heading only where the next line does not go
    # on in lower case: here it is the first word of the function's name
    card = card_of(head_of("kk") + """\
Еңбек функциялары

Міндетті еңбек функциялары:

1. Білім алушылардың сабаққа қатысуын бақылау.

Еңбек функциясы 1:
Білім·
алушылардың·
сабаққа қатысуын бақылау

Міндет 1.1:
Сабаққа қатысуды тексеру

Дағдылар:
1. Журналды жүргізу.

Білім·
1. Әлеуметтік кодекс.
""", "kk")
    [(kind, no, name, [(_, task, skills, knowledge)])] = fn_view(card)
    assert name == "Білім алушылардың сабаққа қатысуын бақылау"
    assert (task, skills, knowledge) == ("Сабаққа қатысуды тексеру", ["Журналды жүргізу"], ["Әлеуметтік кодекс"])


def test_a_bare_label_phrase_in_lower_case_goes_on_the_value_a_page_break_cut():
    # the rest of a working-conditions value after a page break opens with the label's words in
    # lower case: the value goes on, no second label
    from test_card_variants import ROWS
    card = card_of(head_of("kk") + ROWS["kk"] + "\nЕңбек жағдайлары\n\nЖұмыс уақыты және өзге де·\n[page]\n"
                   "еңбек жағдайлары Қазақстан Республикасының заңнамасына сәйкес белгіленеді.\n", "kk")
    assert card.working_conditions == ("Жұмыс уақыты және өзге де еңбек жағдайлары Қазақстан Республикасының "
                                       "заңнамасына сәйкес белгіленеді.")


# ---------------------------------------------------------------- other headers of the table

KK_LIST = "Еңбек функциялары:\n\nМіндетті еңбек функциялары:\n1) Отбасыларды анықтау;\n2) Отбасыларды сүйемелдеу.\n" \
    "Қосымша еңбек функциялары:\n1) Еріктілерді оқыту.\n\n"
RU_LIST = "Трудовые функции:\n\nОбязательные трудовые функции:\n1) Выявление семей;\n2) Сопровождение семей.\n" \
    "Дополнительные трудовые функции:\n1) Обучение волонтеров.\n\n"


def test_a_number_column_and_items_without_markers():
    # `Р/с №` heads a column of row numbers: a number opens a function row; the lists' items are
    # separated by `;` alone
    card = card_of(head_of("kk") + KK_LIST + """\
Р/с №

Еңбек функциясы

Міндеттер

Дағдылар

Білім

1

Отбасыларды анықтау

Отбасыларды есепке алу

мәліметтерді жинау; тізімді жүргізу.

Әлеуметтік кодекс; отбасы туралы заң.

2

Отбасыларды сүйемелдеу

Жоспар құру

жоспарды келісу.

жоспарлау негіздері.

3

Еріктілерді оқыту

Сабақ өткізу

сабақ жоспарын жасау.

оқыту әдістері.
""", "kk")
    assert fn_view(card) == [
        ("mandatory", 1, "Отбасыларды анықтау", [(1, "Отбасыларды есепке алу", ["мәліметтерді жинау", "тізімді жүргізу"],
                                                  ["Әлеуметтік кодекс", "отбасы туралы заң"])]),
        ("mandatory", 2, "Отбасыларды сүйемелдеу", [(1, "Жоспар құру", ["жоспарды келісу"], ["жоспарлау негіздері"])]),
        ("additional", 1, "Еріктілерді оқыту", [(1, "Сабақ өткізу", ["сабақ жоспарын жасау"], ["оқыту әдістері"])])]


def test_knowledge_before_skills_and_function_marks_with_the_header_again_after_a_break():
    # the header's order puts knowledge first; `ТФ 1` / `ДТФ 1` mark the function cells; the
    # header is printed again at the top of the next page; a capitalised knowledge cell is the
    # knowledge column's, not a new task
    card = card_of(head_of("ru") + RU_LIST + """\
Трудовая функция

Задачи

Знания

Навыки

ТФ 1 Выявление семей

Учет семей

Социальный кодекс.

сбор сведений; ведение списка.
[page]
Трудовая функция

Задачи

Знания

Навыки

Посещение семей

Порядок обследования.

посещение на дому.

ТФ 2 Сопровождение семей

Составление плана

основы планирования.

согласование плана.

ДТФ 1 Обучение волонтеров

Проведение занятий

методы обучения.

составление плана занятия.
""", "ru")
    assert fn_view(card) == [
        ("mandatory", 1, "Выявление семей", [(1, "Учет семей", ["сбор сведений", "ведение списка"], ["Социальный кодекс"]),
                                             (2, "Посещение семей", ["посещение на дому"], ["Порядок обследования"])]),
        ("mandatory", 2, "Сопровождение семей", [(1, "Составление плана", ["согласование плана"], ["основы планирования"])]),
        ("additional", 1, "Обучение волонтеров", [(1, "Проведение занятий", ["составление плана занятия"],
                                                   ["методы обучения"])])]


def test_a_table_without_a_function_column_under_labelled_function_rows():
    # the header heads the task and the lists only; each function is a full-width labelled row
    card = card_of(head_of("ru") + RU_LIST + """\
Задачи

Умения и навыки

Знания

Трудовая функция 1.
Выявление семей

Учет семей

сбор сведений.

Социальный кодекс.

Трудовая функция 2.
Сопровождение семей

Составление плана

согласование плана.

основы планирования.

Дополнительная трудовая функция 1.
Обучение волонтеров

Проведение занятий

составление плана занятия.

методы обучения.
""", "ru")
    assert [(k, n, name, [t[1] for t in tasks]) for k, n, name, tasks in fn_view(card)] == [
        ("mandatory", 1, "Выявление семей", ["Учет семей"]), ("mandatory", 2, "Сопровождение семей", ["Составление плана"]),
        ("additional", 1, "Обучение волонтеров", ["Проведение занятий"])]


# one function and its task cut by a page break, under a header printed again on the next
# page: the function cell as printed before the break, what stands between, and the name after
CUT_ROW = """\
Трудовая функция

Задачи

Навыки

Знания

{function}

Учет семей

сбор сведений;

Социальный кодекс;
{between}Трудовая функция

Задачи

Навыки

Знания

{name}ведение списка.

закон о семье.

ДТФ 1 Обучение волонтеров

Проведение занятий

составление плана занятия.

методы обучения.
"""
RU_ONE = head_of("ru") + RU_LIST.replace("1) Выявление семей;\n2) Сопровождение семей.", "1) Выявление семей.")


def test_a_function_mark_before_a_break_and_its_name_after_it():
    # the function cell printed its mark on one page and its name on the next, after the task's
    # name and the lists' first parts
    card = card_of(RU_ONE + CUT_ROW.format(function="ТФ 1", between="[page]\n", name="Выявление семей\n\n"), "ru")
    [fn, extra] = card.functions
    assert (fn.name, fn.tasks[0].name) == ("Выявление семей", "Учет семей")
    assert [i.text for i in fn.tasks[0].skills] == ["сбор сведений", "ведение списка"]
    assert [i.text for i in fn.tasks[0].knowledge] == ["Социальный кодекс", "закон о семье"]
    assert (extra.kind, extra.no, extra.name) == ("additional", 1, "Обучение волонтеров")


@pytest.mark.parametrize("lang,label,table,want", [
    ("kk", "Байланысты кәсіптер:", "Коды\n\nКәсіптің атауы\n\nСБШ деңгейі\n\n3412-0-037\n\nОтбасы кеңесшісі\n\n5\n\n"
     "1345-0-008\n\nОрталық басшысы\n\n7", [("5", "Отбасы кеңесшісі"), ("7", "Орталық басшысы")]),
    ("ru", "Связь с другими профессиями в рамках ОРК:", "Наименование профессии\n\nУровень квалификации по ОРК\n\n"
     "Тренер\n\n5\n\nРуководитель центра\n\n7", [("5", "Тренер"), ("7", "Руководитель центра")]),
    ("ru", "Связь с другими профессиями в рамках ОРК:", "Уровень ОРК\n\nКод\n\nНаименование профессии\n\n6\n\n"
     "2635-0-088\n\nСпециалист службы", [("6", "Специалист службы")]),
])
def test_related_occupations_as_a_table_under_its_header_row(lang, label, table, want):
    # the header's cells say which side of its name a level is on; a code column is no name
    from test_card_variants import ROWS
    card = card_of(head_of(lang) + ROWS[lang] + f"\n{label}\n\n{table}\n", lang)
    assert [(level, name) for level, name, _ in card.related] == want
    assert card.name in ("Отбасымен жұмыс жөніндегі маман", "Специалист по работе с семьей")


def test_a_cell_that_groups_rows_before_a_row_s_own_label():
    # `Требования к квалификации:` spans the requirements and education rows, each with its own
    # label: the value is the text after the row's label, without the label
    card = card_of(head_of("ru").replace("Уровень квалификации по ОРК 5\n\n", "Уровень квалификации по ОРК 5\n\n"
                                         "Требования к квалификации:\n\nКвалификационные требования\n\n"
                                         "Высшее образование.\n\n") + RU_LIST + "Трудовая функция 1:\nВыявление семей\n", "ru")
    assert card.qualification_requirements_text == "Высшее образование."


@pytest.mark.parametrize("lang,caption", [
    ("kk", '"Отбасымен жұмыс" кәсіптік стандартына 2-қосымша'),
    ("ru", 'Приложение 2 к профессиональному стандарту "Работа с семьей"'),
])
def test_the_next_annex_s_caption_is_no_part_of_the_card_before_it(lang, caption):
    # each card is an annex of its own: the caption at the head of the next page belongs to the
    # next card, not to the last row of this one
    from test_card_variants import ROWS
    conditions = {"kk": "Еңбек жағдайлары:\n\nЖұмыс кеңседе орындалады.\n",
                  "ru": "Условия труда:\n\nРабота в помещении.\n"}[lang]
    one = head_of(lang) + ROWS[lang] + "\n" + conditions
    two = head_of(lang).replace('"X"', '"Y"').replace("«X»", "«Y»") + ROWS[lang]
    [first, second] = cards_from_text(damaged(one + "[page]\n" + caption + "\n\n" + two), lang)
    assert first.working_conditions in ("Жұмыс кеңседе орындалады.", "Работа в помещении.")
    assert second.card_title == "Y"


def test_a_header_printed_again_without_a_page_break_still_cuts_the_row():
    # a PDF's table joined over pages keeps no break: the header printed again heads the next
    # page, and the cells after it go on the row it cut, in column order
    card = card_of(RU_ONE + CUT_ROW.format(function="ТФ 1 Выявление семей", between="\n", name=""), "ru")
    task = card.functions[0].tasks[0]
    assert [i.text for i in task.skills] == ["сбор сведений", "ведение списка"]
    assert [i.text for i in task.knowledge] == ["Социальный кодекс", "закон о семье"]


def test_a_long_label_cut_after_a_shorter_label_s_words_is_the_long_label():
    # `Жеке құзыреттер` is also a label of its own, where it fills its cell; here a page break
    # cut `Жеке құзыреттерге қойылатын талаптар` right after those words
    from test_card_variants import ROWS
    card = card_of(head_of("kk") + ROWS["kk"] + "\nЖеке құзыреттер\n[page]\nге қойылатын талаптар\n\nЖауапкершілік.\n", "kk")
    assert card.personal_competencies == "Жауапкершілік."


def test_a_short_label_that_fills_its_cell():
    from test_card_variants import ROWS
    card = card_of(head_of("kk") + ROWS["kk"] + "\nЖеке құзыреттер:\n\nЖауапкершілік.\n\nБайланысты кәсіптер:\n\n"
                   "6 деңгей Орталық басшысы\n", "kk")
    assert card.personal_competencies == "Жауапкершілік."
    assert [(level, name) for level, name, _ in card.related] == [("6", "Орталық басшысы")]
