"""Variations of the occupation card found on acts written by others (held-out rounds of this
stop): a card table with a column of row numbers, an annex caption printed in two blocks above
the next card, label wordings the earlier cards did not use, and a label that names an act."""
import pytest

from conftest import cards_from_text
from test_card_variants import ROWS, card_of, head_of
from test_cards import fn_view

# the card table's first column numbers its rows; the extraction prints each number as a cell of
# its own before the row's label (and again before a function label printed after a page break)
NUMBERED_ROWS = {
    "kk": ("Кәсіп карточкасы: Отбасымен жұмыс жөніндегі маман\n\n1.\n\nКәсіп коды 2635-0-021\n\n2.\n\n"
           "Кәсіптің атауы Отбасымен жұмыс жөніндегі маман\n\n3.\n\nСБШ бойынша біліктілік деңгейі\n\n6\n\n4.\n\n"
           "Кәсіптің басқа мүмкін атаулары\n\nОтбасы кеңесшісі\n\n5.\n\n"
           "Біліктілікке қойылатын талаптар\n\nжоғары білім\n\n"),
    "ru": ("Карточка профессии: Специалист по работе с семьей\n\n1.\n\nКод профессии 2635-0-021\n\n2.\n\n"
           "Наименование профессии Специалист по работе с семьей\n\n3.\n\nУровень квалификации по ОРК\n\n6\n\n4.\n\n"
           "Другие возможные наименования профессии\n\nСемейный консультант\n\n5.\n\n"
           "Квалификационные требования\n\nвысшее образование\n\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_column_of_row_numbers_is_no_value(lang):
    card = card_of(NUMBERED_ROWS[lang] + "6.\n\n" + ROWS[lang].replace("Трудовая функция 1:", "6.1.\nТрудовая функция 1:")
                   .replace("Еңбек функциясы 1:", "6.1.\nЕңбек функциясы 1:"), lang)
    assert (card.code, card.qualification_level) == ("2635-0-021", "6")
    assert [name for _, name, _ in card.alt_names] == [{"kk": "Отбасы кеңесшісі", "ru": "Семейный консультант"}[lang]]
    assert card.qualification_requirements_text in ("жоғары білім", "высшее образование")
    assert fn_view(card) == fn_view(card_of(head_of(lang) + ROWS[lang], lang))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_value_that_is_a_bare_number_before_the_next_label_stays(lang):
    # a level printed as a cell of its own (`6`) before the next row's label is the level's value
    # (and two numbers with periods are no column of row numbers)
    text = NUMBERED_ROWS[lang].replace("1.\n\n", "", 1).replace("2.\n\n", "", 1).replace("4.\n\n", "", 1)
    card = card_of(text + ROWS[lang], lang)
    assert card.qualification_level == "6" and card.code == "2635-0-021"


def test_an_annex_caption_in_two_blocks_is_not_the_last_rows_value():
    # each card in an annex of its own: the caption's owner and `2-қосымша` stand apart at the
    # head of the page above the next card's heading
    one = head_of("kk") + ROWS["kk"] + "\nЕңбек жағдайлары\n\nЖұмыс ауысыммен орындалады.\n\n\n\n"
    caption = "Отбасыларды қолдау саласындағы\nкәсіптік стандартқа\n\n2-қосымша\n\n"
    two = head_of("kk").replace('"X"', '"Y"') + ROWS["kk"]
    first, second = cards_from_text(one + caption + two, "kk")
    assert first.working_conditions == "Жұмыс ауысыммен орындалады."
    assert (second.card_title, second.code) == ("Y", "2635-0-021")


@pytest.mark.parametrize("lang,label,value", [
    ("kk", "Білік пен дағдылар:", "skills"),
    ("kk", "Кәсіптің басқа ықтимал атаулары", "alt_names"),
])
def test_more_label_wordings(lang, label, value):
    base = head_of(lang) + "Кәсіптің басқа мүмкін атаулары\n\nОтбасы кеңесшісі\n\n" + ROWS[lang]
    printed = base.replace({"skills": "Дағдылар:", "alt_names": "Кәсіптің басқа мүмкін атаулары"}[value], label)
    assert fn_view(card_of(printed, lang)) == fn_view(card_of(base, lang))
    assert [name for _, name, _ in card_of(printed, lang).alt_names] == ["Отбасы кеңесшісі"]


def test_a_requirements_label_that_names_the_act_it_follows():
    text = head_of("ru") + ("Квалификационные требования согласно Типовым квалификационным характеристикам "
                            "должностей педагогов\n\nвысшее педагогическое образование\n\n") + ROWS["ru"]
    assert card_of(text, "ru").qualification_requirements_text == "высшее педагогическое образование"


def test_a_label_whose_words_run_on_in_values_counts_only_before_a_colon():
    # `Білік пен дағдылар:` heads the skills; the same words opening a wrapped item's line do not
    lists = "Дағдылар:\n1. Мәліметтерді жинау.\n"
    wrapped = ("Білік пен дағдылар:\n1. Мәліметтерді жинау;\n2. Жас мамандардың кәсіби\n"
               "білік пен дағдыларын дамыту.\n")
    card = card_of(head_of("kk") + ROWS["kk"].replace(lists, wrapped), "kk")
    [(_, _, _, [(_, _, skills, _)])] = fn_view(card)
    assert skills == ["Мәліметтерді жинау", "Жас мамандардың кәсіби білік пен дағдыларын дамыту"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_task_names_numbered_within_their_function_without_a_task_word(lang):
    # `1.1. <name>` under `Еңбек функциясы 1:`: the number is the task's label
    task = {"kk": "Тапсырма:\nОтбасыларды есепке алу\n", "ru": "Задача:\nУчет семей\n"}[lang]
    name = {"kk": "Отбасыларды есепке алу", "ru": "Учет семей"}[lang]
    card = card_of(head_of(lang) + ROWS[lang].replace(task, "1.1. " + name + "\n"), lang)
    assert fn_view(card) == fn_view(card_of(head_of(lang) + ROWS[lang], lang))


@pytest.mark.parametrize("lang,label", [
    ("kk", "Еңбек жағдайларына қойылатын талаптар"),
    ("ru", "Требования к условиям труда"),
])
def test_working_conditions_labelled_as_requirements(lang, label):
    card = card_of(head_of(lang) + ROWS[lang] + f"\n{label}\n\nСменная работа.\n", lang)
    assert card.working_conditions == "Сменная работа."


def test_both_lists_cut_by_a_page_break_get_their_rests_in_column_order():
    # a table with a column for each list: the break cut skills and knowledge; the function cell
    # is printed again after it, then the rest of the skills, then the rest of the knowledge
    rows = ("Трудовые функции\n\nОбязательные трудовые функции:\n\n1. Выявление семей.\n\n"
            "Трудовая функция 1\nВыявление семей\n\nЗадача 1\nУчет семей\n\n"
            "Умения и навыки:\n1. Сбор сведений;\n\nЗнания:\n1. Социальный кодекс;\n\n\n\n\n"
            "Трудовая функция 1\nВыявление семей\n\n2. Ведение учета;\n3. Подготовка отчета.\n\n"
            "2. Трудовой кодекс;\n3. Основы делопроизводства.\n")
    [(_, _, _, [(_, _, skills, knowledge)])] = fn_view(card_of(head_of("ru") + rows, "ru"))
    assert skills == ["Сбор сведений", "Ведение учета", "Подготовка отчета"]
    assert knowledge == ["Социальный кодекс", "Трудовой кодекс", "Основы делопроизводства"]
