"""More variations of the occupation card, found on acts written by others: task labels numbered
on through the card, an alternative name's code printed after it, a value that says the card
has none, a row the card template does not know, and a card heading printed with no blank line
before it (a PDF whose paragraphs have no space between them)."""
import pytest

from conftest import cards_from_text
from test_card_variants import card_of, head_of
from test_cards import damaged, fn_view

# the newer template: a task is labelled as a skill (`Дағды N:` / `Навык N:`), its skills
# listed under `Біліктер:` / `Умения:`; the task labels run on from one function to the next
RUNNING_TASKS = {
    "kk": """\
Еңбек функциялары

Міндетті еңбек функциялары:
1. Қызмет алушыны бағалау.
2. Дербес өмір сүруге үйрету.

Еңбек функциясы 1:
Қызмет алушыны бағалау

Дағды 1:
Мүмкіндіктерді бағалау

Біліктер:
– мүмкіндіктерді анықтау;
– жоспар жасау.

Білім:
– оңалту негіздері.

Дағды 2:
Нәтижелерді тіркеу

Біліктер:
– картаға енгізу.

Білім:
– есеп нысандары.

Еңбек функциясы 2:
Дербес өмір сүруге үйрету

Дағды 3:
Өзіне-өзі қызмет көрсетуге үйрету

Біліктер:
– ас әзірлеуге үйрету.

Білім:
– бағдарлау әдістемесі.
""",
    "ru": """\
Трудовые функции

Обязательные трудовые функции:
1. Оценка получателя услуг.
2. Обучение самостоятельной жизни.

Трудовая функция 1:
Оценка получателя услуг

Навык 1:
Оценка возможностей

Умения:
– выявление возможностей;
– составление плана.

Знания:
– основы реабилитации.

Навык 2:
Учет результатов

Умения:
– внесение в карту.

Знания:
– формы отчетности.

Трудовая функция 2:
Обучение самостоятельной жизни

Навык 3:
Обучение самообслуживанию

Умения:
– обучение приготовлению пищи.

Знания:
– методика ориентирования.
""",
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_task_labels_numbered_on_through_the_card_are_counted_per_function(lang):
    card = card_of(head_of(lang) + RUNNING_TASKS[lang], lang)
    tasks = [(f.no, t.no, len(t.skills), len(t.knowledge)) for f in card.functions for t in f.tasks]
    assert tasks == [(1, 1, 2, 1), (1, 2, 1, 1), (2, 1, 1, 1)]
    assert any("counted per function" in w for w in card.warnings)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_task_labels_numbered_per_function_keep_their_numbers(lang):
    text = RUNNING_TASKS[lang].replace("Дағды 3:", "Дағды 1:").replace("Навык 3:", "Навык 1:")
    card = card_of(head_of(lang) + text, lang)
    assert [(f.no, t.no) for f in card.functions for t in f.tasks] == [(1, 1), (1, 2), (2, 1)]
    assert not any("counted per function" in w for w in card.warnings)


ALT = {"kk": "Кәсіптің басқа атаулары:", "ru": "Другие возможные наименования профессии:"}


@pytest.mark.parametrize("lang,names,want", [
    ("kk", "Мобильділік жөніндегі нұсқаушы (3259-0-042);\nТифлоқұралдар жөніндегі нұсқаушы.",
     [("3259-0-042", "Мобильділік жөніндегі нұсқаушы"), (None, "Тифлоқұралдар жөніндегі нұсқаушы")]),
    ("ru", "Инструктор по мобильности (3259-0-042);\nИнструктор по тифлосредствам.",
     [("3259-0-042", "Инструктор по мобильности"), (None, "Инструктор по тифлосредствам")]),
    # the code before the name, as most cards print it, is read as before
    ("ru", "3259-0-042 Инструктор по мобильности\nИнструктор по тифлосредствам",
     [("3259-0-042", "Инструктор по мобильности"), (None, "Инструктор по тифлосредствам")]),
])
def test_an_alternative_names_code_printed_after_it_in_brackets(lang, names, want):
    card = card_of(head_of(lang) + f"{ALT[lang]}\n\n{names}\n\n" + RUNNING_TASKS[lang], lang)
    assert [(code, name) for code, name, _ in card.alt_names] == want


@pytest.mark.parametrize("lang,none", [("kk", "жоқ"), ("ru", "нет"), ("ru", "отсутствуют")])
def test_a_value_that_says_none_gives_no_alternative_name(lang, none):
    card = card_of(head_of(lang) + f"{ALT[lang]}\n\n{none}\n\n" + RUNNING_TASKS[lang], lang)
    assert card.alt_names == []


@pytest.mark.parametrize("lang,conditions,other", [
    ("ru", "Условия труда:\n\nРабота в ресурсных центрах,\nконсультирование в семьях.",
     "Особые условия·\nдопуска к·\nработе:\n\nОтсутствие медицинских противопоказаний."),
    ("kk", "Еңбек жағдайлары:\n\nОңалту орталығында жұмыс,\nүйде кеңес беру.",
     "Жұмысқа жіберудің·\nерекше шарттары:\n\nМедициналық қарсы көрсетілімдердің болмауы."),
])
def test_a_row_the_template_does_not_know_ends_the_value_before_it(lang, conditions, other):
    card = card_of(head_of(lang) + RUNNING_TASKS[lang] + f"\n{conditions}\n\n{other}\n", lang)
    want = conditions.split("\n\n")[1].replace("\n", " ")
    assert card.working_conditions == want
    assert any("does not know" in w for w in card.warnings)


def test_a_sentence_with_a_colon_inside_a_value_is_no_row():
    # the colon ends no line: running text of the value
    conditions = "Условия труда:\n\nРабота в помещении. Режим работы: сменный,\nпо графику."
    card = card_of(head_of("ru") + RUNNING_TASKS["ru"] + f"\n{conditions}\n", "ru")
    assert card.working_conditions == "Работа в помещении. Режим работы: сменный, по графику."


BODY = {
    "kk": ("5. Кәсіптердің тізбесі:\n1) кеңістікте бағдарлау жөніндегі нұсқаушы – СБШ бойынша 5-деңгей.\n"
           "Кәсіп карточкасы: \"Отбасымен жұмыс жөніндегі маман\"\n\n"),
    "ru": ("5. Перечень карточек профессий:\n1) специалист по работе с семьей – 6 уровень ОРК.\n"
           "Карточка профессии: \"Специалист по работе с семьей\"\n\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_card_heading_printed_right_after_the_acts_text_opens_the_card(lang):
    # no blank line between the list of occupations and the heading (a PDF's paragraphs)
    rows = head_of(lang).split("\n\n", 1)[1]  # the small card's rows, under the heading BODY ends with
    [card] = cards_from_text(damaged(BODY[lang] + rows + RUNNING_TASKS[lang]), lang)
    assert card.code == "2635-0-021" and len(card.functions) == 2


# a page break right after the first lines of function 2's row: its label's head, the task's
# label and the skills' label before the break; the function cell printed again whole after it,
# then the task's name and the skills, each the rest of its cell
CUT_AFTER_LABELS = {
    "kk": ("Еңбек функциясы 2:\nДербес өмір сүруге үйрету\n\nДағды 3:\nӨзіне-өзі қызмет көрсетуге үйрету\n\n"
           "Біліктер:\n– ас әзірлеуге үйрету.",
           "Еңбек функциясы·\n\nДағды 3:\n\nБіліктер:\n[page]\nЕңбек функциясы·\n2:\nДербес өмір сүруге үйрету\n\n"
           "Өзіне-өзі қызмет көрсетуге үйрету\n\n– ас әзірлеуге үйрету."),
    "ru": ("Трудовая функция 2:\nОбучение самостоятельной жизни\n\nНавык 3:\nОбучение самообслуживанию\n\n"
           "Умения:\n– обучение приготовлению пищи.",
           "Трудовая функция·\n\nНавык 3:\n\nУмения:\n[page]\nТрудовая функция·\n2:\nОбучение самостоятельной жизни\n\n"
           "Обучение самообслуживанию\n\n– обучение приготовлению пищи."),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_row_cut_after_its_labels_with_the_function_cell_printed_again(lang):
    assert reads_as_whole(lang, *CUT_AFTER_LABELS[lang])


def reads_as_whole(lang: str, whole: str, printed: str) -> bool:
    """The small card with `whole` (a part of its rows) printed as `printed` reads as it does whole."""
    assert whole in RUNNING_TASKS[lang]
    card = head_of(lang) + RUNNING_TASKS[lang]
    return fn_view(card_of(card.replace(whole, printed), lang)) == fn_view(card_of(card, lang))


# a list printed one item per line, with no marks and no separators (a narrow column of a
# functions table): a line opening with a capital opens an item unless the line before cannot
# end one (a genitive, a conjunction) or the capital goes on a name (`Республики` / `Казахстан`)
UNMARKED = {
    "kk": ("Біліктер:\n– картаға енгізу.\n\nБілім:\n– есеп нысандары.",
           "Біліктер:\nБаланың даму деңгейін\nбағалау\nБағдарлама әзірлеу және\nОтбасымен келісу\n\n"
           "Білім:\nҚазақстан Республикасының\nКонституциясы\nЕрте жастағы балалардың\nдаму кезеңдері",
           ["Баланың даму деңгейін бағалау", "Бағдарлама әзірлеу және Отбасымен келісу"],
           ["Қазақстан Республикасының Конституциясы", "Ерте жастағы балалардың даму кезеңдері"]),
    "ru": ("Умения:\n– внесение в карту.\n\nЗнания:\n– формы отчетности.",
           "Умения:\nПроведение оценки\nразвития ребенка\nСоставление программы\n\n"
           "Знания:\nТрудовой кодекс Республики\nКазахстан\nОсновы реабилитации",
           ["Проведение оценки развития ребенка", "Составление программы"],
           ["Трудовой кодекс Республики Казахстан", "Основы реабилитации"]),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_list_with_one_unmarked_item_per_line(lang):
    marked, unmarked, skills, knowledge = UNMARKED[lang]
    assert marked in RUNNING_TASKS[lang]
    card = card_of(head_of(lang) + RUNNING_TASKS[lang].replace(marked, unmarked), lang)
    task = card.functions[0].tasks[1]
    assert [i.text for i in task.skills] == skills and [i.text for i in task.knowledge] == knowledge


@pytest.mark.parametrize("lang,value", [
    ("kk", "Қазақстан Республикасының\nЕңбек кодексі"),  # a genitive needs the next line
    ("ru", "Трудовой кодекс Республики\nКазахстан"),  # the capital goes on a name
    ("ru", "методы профилактики\nВИЧ-инфекции"),  # a list of small-letter items: a capital opens none
    ("ru", "Методы профилактики\nВИЧ-инфекции"),  # an abbreviation goes on the phrase
    ("kk", "Профилактика әдістері\nАИТВ-инфекциясы"),
])
def test_one_unmarked_item_wrapped_before_a_capital_stays_one(lang, value):
    marked = UNMARKED[lang][0]
    heading = marked.split("\n\n")[1].split("\n")[0]
    card = card_of(head_of(lang) + RUNNING_TASKS[lang].replace(marked, marked.split("\n\n")[0] + f"\n\n{heading}\n{value}"), lang)
    assert [i.text for i in card.functions[0].tasks[1].knowledge] == [value.replace("\n", " ")]


# a page break inside a skills list: the function cell printed again, the task's rest, then the
# list's heading printed again over the rest of its items
HEADING_AGAIN = {
    "kk": ("Біліктер:\n– мүмкіндіктерді анықтау;\n– жоспар жасау.",
           "Біліктер:\n– мүмкіндіктерді анықтау;\n[page]\nҚызмет алушыны бағалау\n\nБіліктер:\n– жоспар жасау."),
    "ru": ("Умения:\n– выявление возможностей;\n– составление плана.",
           "Умения:\n– выявление возможностей;\n[page]\nОценка получателя услуг\n\nУмения:\n– составление плана."),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_list_heading_printed_again_after_a_page_break_goes_on_the_list(lang):
    assert reads_as_whole(lang, *HEADING_AGAIN[lang])


@pytest.mark.parametrize("lang,chapter", [
    ("ru", "Глава 4. Технические данные профессионального стандарта"),
    ("kk", "4-тарау. Кәсіби стандарттардың техникалық сипаттамалары"),
])
def test_the_chapter_after_the_cards_ends_the_last_card(lang, chapter):
    conditions = {"ru": "Условия труда:\n\nРабота в офисе.", "kk": "Еңбек жағдайлары:\n\nКеңседе жұмыс."}[lang]
    text = head_of(lang) + RUNNING_TASKS[lang] + f"\n{conditions}\n\n{chapter}\n\n6. Разработчик: Министерство.\n"
    card = card_of(text, lang)
    assert card.working_conditions == conditions.split("\n\n")[1]
