"""Variations of the occupation card from held-out round 11: every card in one table, each opened
by a title row inside it (no heading outside, so a card's title follows the last cell of the
card before it) under one heading for them all; the knowledge cell printed before the skills
cell, with a page break cutting a row of that order; the older wording of the function part
(`Негізгі еңбек функциясы`); other label forms; a card that ends without a working-conditions
row."""
import pytest

from conftest import cards_from_text, doc_from_text
from test_card_variants import head_of
from test_cards import fn_view

PAGE = "\n\n\n\n\n"  # a page break in the extracted text

# one function, two tasks, the knowledge cell before the skills cell
KNOWLEDGE_FIRST = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции: 1. Работа с семьями.\n\n"
           "Трудовая функция 1: Работа с семьями\n\nЗадача 1: Прием обращений\n\n"
           "Знания: 1) Трудовой кодекс; 2) Основы делопроизводства.\n\n"
           "Умения и навыки: 1) Регистрация обращений; 2) Подготовка ответов.\n\n"
           "Задача 2: Посещение семей\n\nЗнания: 1) Основы психологии семьи.\n\n"
           "Умения и навыки: 1) Составление акта посещения.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары: 1. Отбасылармен жұмыс.\n\n"
           "Еңбек функциясы 1: Отбасылармен жұмыс\n\nТапсырма 1: Өтініштерді қабылдау\n\n"
           "Білім: 1) Еңбек кодексі; 2) Іс жүргізу негіздері.\n\n"
           "Дағдылар: 1) Өтініштерді тіркеу; 2) Жауаптарды дайындау.\n\n"
           "Тапсырма 2: Отбасыларға бару\n\nБілім: 1) Отбасы психологиясының негіздері.\n\n"
           "Дағдылар: 1) Бару актісін жасау.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_knowledge_printed_before_skills_stays_with_its_task(lang):
    [card] = cards_from_text(head_of(lang) + KNOWLEDGE_FIRST[lang], lang)
    [(_, _, _, tasks)] = fn_view(card)
    assert [(no, len(skills), len(knowledge)) for no, _, skills, knowledge in tasks] == [(1, 2, 2), (2, 1, 1)]
    assert tasks[0][2][0] == {"ru": "Регистрация обращений", "kk": "Өтініштерді тіркеу"}[lang]
    assert tasks[1][3] == [{"ru": "Основы психологии семьи", "kk": "Отбасы психологиясының негіздері"}[lang]]


# a page break cuts the function's name (after a comma), the second task's name and both lists
# inside an item; the function cell is printed again whole after the break, then each cut
# cell's rest in column order: the task's, the knowledge's, the skills'
CUT_ROW = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции: 1. Работа с семьями, нуждающимися в помощи.\n\n"
           "Трудовая функция 1: Работа с семьями,\n\nЗадача 1: Прием обращений граждан\n\n"
           "Знания: 1) Трудовой кодекс; 2) Порядок рассмотрения\n\n"
           "Умения и навыки: 1) Регистрация обращений в журнале\n" + PAGE
           + "Трудовая функция 1: Работа с семьями, нуждающимися в помощи\n\n"
           "и организаций\n\nобращений граждан.\n\nучета; 2) Подготовка ответов заявителям.\n\n"
           "Требования к личностным компетенциям\n\nОтветственность.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары: 1. Көмекке мұқтаж отбасылармен жұмыс.\n\n"
           "Еңбек функциясы 1: Көмекке мұқтаж\n\nТапсырма 1: Азаматтардың өтініштерін\n\n"
           "Білім: 1) Еңбек кодексі; 2) Өтініштерді қарау\n\n"
           "Дағдылар: 1) Өтініштерді журналда\n" + PAGE
           + "Еңбек функциясы 1: Көмекке мұқтаж отбасылармен жұмыс\n\n"
           "қабылдау\n\nтәртібі.\n\nтіркеу; 2) Өтініш берушілерге жауап дайындау.\n\n"
           "Жеке құзыреттерге қойылатын талаптар\n\nЖауапкершілік.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_page_break_in_a_knowledge_first_row_gives_each_cut_cell_its_rest(lang):
    [card] = cards_from_text(head_of(lang) + CUT_ROW[lang], lang)
    [(_, _, name, [(_, task, skills, knowledge)])] = fn_view(card)
    want = {
        "ru": ("Работа с семьями, нуждающимися в помощи", "Прием обращений граждан и организаций",
               ["Трудовой кодекс", "Порядок рассмотрения обращений граждан"],
               ["Регистрация обращений в журнале учета", "Подготовка ответов заявителям"]),
        "kk": ("Көмекке мұқтаж отбасылармен жұмыс", "Азаматтардың өтініштерін қабылдау",
               ["Еңбек кодексі", "Өтініштерді қарау тәртібі"],
               ["Өтініштерді журналда тіркеу", "Өтініш берушілерге жауап дайындау"]),
    }[lang]
    assert (name, task, knowledge, skills) == want


# the annex's heading for all the cards, then one table: each card opens with its title row, and
# the next card's title follows the last cell of the card before it
ONE_TABLE = {
    "ru": ("Карточки профессий\n\nКарточка профессии \"Социальный работник\"\n\n"
           "Код профессии 3412-0-001\n\nНаименование профессии Социальный работник\n\n"
           "Уровень квалификации по ОРК 5\n\n{rows}\nУсловия труда (содержание и качество)\n\n"
           "Работа в организации.\n\nКарточка профессии \"Ассистент социального работника\"\n\n"
           "Код профессии 3412-0-002\n\nНаименование профессии Ассистент социального работника\n\n"
           "Уровень квалификации по ОРК 4\n\n{rows}"),
    "kk": ("Кәсіп карточкалары\n\nКәсіп карточкасы \"Әлеуметтік қызметкер\"\n\n"
           "Кәсіп коды 3412-0-001\n\nКәсіптің атауы Әлеуметтік қызметкер\n\n"
           "СБШ бойынша біліктілік деңгейі 5\n\n{rows}\nЕңбек жағдайлары (мазмұны мен сапасы)\n\n"
           "Ұйымда жұмыс істеу.\n\nКәсіп карточкасы \"Әлеуметтік қызметкердің көмекшісі\"\n\n"
           "Кәсіп коды 3412-0-002\n\nКәсіптің атауы Әлеуметтік қызметкердің көмекшісі\n\n"
           "СБШ бойынша біліктілік деңгейі 4\n\n{rows}"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_cards_of_one_table_under_one_heading_are_read_each_once(lang):
    first, second = cards_from_text(ONE_TABLE[lang].format(rows=KNOWLEDGE_FIRST[lang]), lang)
    assert (first.card_no, second.card_no) == (1, 2)
    assert (first.code, second.code) == ("3412-0-001", "3412-0-002")
    assert first.working_conditions == {"ru": "Работа в организации.", "kk": "Ұйымда жұмыс істеу."}[lang]
    assert [len(f.tasks) for f in second.functions] == [2]


# the older wording of the function part: `Негізгі` / `Основные` for the mandatory functions, a
# task labelled by its number (`1-дағды`), and a card that ends with a link to the qualification
# handbook and no working-conditions row
OLDER = {
    "kk": ("Еңбек функцияларының тізбесі\n\nНегізгі еңбек функциялары: 1) Құжаттарды тексеру; "
           "2) Есеп жүргізу.\n\nНегізгі еңбек функциясы 1: Құжаттарды тексеру\n\n1-дағды: Құжаттарды қабылдау\n\n"
           "Біліктер: 1. Тізімдеме жасау.\n\nБілімдер: 1. Іс жүргізу қағидалары.\n\n"
           "Негізгі еңбек функциясы 2: Есеп жүргізу\n\n1-дағды: Есеп беру\n\n"
           "Біліктер: 1. Кесте толтыру.\n\nБілімдер: 1. Есеп нысандары.\n\n"
           "СБШ шеңберіндегі басқа кәсіптермен өзара байланыс\n\n4 – Хатшы.\n\n"
           "БТБА-мен байланыс\n\nБіліктілік анықтамалығы: \"Іс жүргізуші\".\n"),
    "ru": ("Перечень трудовых функций\n\nОсновные трудовые функции: 1) Проверка документов; "
           "2) Ведение учета.\n\nОсновная трудовая функция 1: Проверка документов\n\nЗадача 1: Прием документов\n\n"
           "Умения: 1. Составление описи.\n\nЗнания: 1. Правила делопроизводства.\n\n"
           "Основная трудовая функция 2: Ведение учета\n\nЗадача 1: Отчетность\n\n"
           "Умения: 1. Заполнение таблиц.\n\nЗнания: 1. Формы отчетности.\n\n"
           "Взаимосвязь с другими профессиями в рамках ОРК\n\n4 – Секретарь.\n\n"
           "Связь с ЕТКС\n\nКвалификационный справочник: \"Делопроизводитель\".\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_older_wording_names_the_mandatory_functions(lang):
    [card] = cards_from_text(head_of(lang) + OLDER[lang], lang)
    view = fn_view(card)
    assert [(kind, no) for kind, no, _, _ in view] == [("mandatory", 1), ("mandatory", 2)]
    assert view[1][2] == {"kk": "Есеп жүргізу", "ru": "Ведение учета"}[lang]
    assert [(level, name) for level, name, _ in card.related] == [("4", {"kk": "Хатшы", "ru": "Секретарь"}[lang])]
    assert card.working_conditions is None


OTHER_NAMES = {
    "ru": "Иные наименования профессии\n\n2635-0-009 Консультант по семейным вопросам.\n\n",
    "kk": "Кәсіптің өзге атаулары\n\n2635-0-009 Отбасы мәселелері жөніндегі кеңесші.\n\n",
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_other_wordings_of_the_alternative_names_row(lang):
    [card] = cards_from_text(head_of(lang) + OTHER_NAMES[lang] + KNOWLEDGE_FIRST[lang], lang)
    assert [(code, name) for code, name, _ in card.alt_names] == [("2635-0-009", {
        "ru": "Консультант по семейным вопросам", "kk": "Отбасы мәселелері жөніндегі кеңесші"}[lang])]


def test_a_compound_cut_at_a_kept_space_joins_by_its_last_part():
    # a narrow cell cut `…-социаль` / `ной` and the extraction kept the space at the line end
    text = "Приказ\n\nРабота отделов медико-социаль \nной экспертизы области.\n"
    doc, _, _ = doc_from_text(text, "ru")
    assert "медико-социальной экспертизы" in " ".join(b.text for b in doc.blocks)
