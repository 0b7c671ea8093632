"""Variations of the occupation card from a later held-out round: a card table whose heading row
is its header (printed again at the head of every page the card runs onto), a functions table
with no task column whose bulleted lists a page break cuts, and an annex caption above the next
card on a saved page, where no page break marks it."""
import pytest

from conftest import cards_from_text
from test_card_variants import ROWS, card_of, head_of
from test_cards import fn_view
from test_html import PAGE, _extract

HEADINGS = {"kk": 'Кәсіп карточкасы "Отбасымен жұмыс жөніндегі маман"',
            "ru": 'Карточка профессии "Специалист по работе с семьей"'}
CODE_ROW = {"kk": "Кәсіп коды 2635-0-021", "ru": "Код профессии 2635-0-021"}
NAME_ROW = {"kk": "Кәсіптің атауы\n\nОтбасымен жұмыс жөніндегі маман",
            "ru": "Наименование профессии\n\nСпециалист по работе с семьей"}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_card_heading_repeated_at_the_head_of_a_page_goes_on_the_same_card(lang):
    # the heading, the code, a page break; the heading again, then the card's other rows
    text = (f"{HEADINGS[lang]}\n\n{CODE_ROW[lang]}\n\n\n\n\n{HEADINGS[lang]}\n\n{NAME_ROW[lang]}\n\n"
            + head_of(lang).split("\n\n", 3)[3] + ROWS[lang])
    [card] = cards_from_text(text, lang)
    assert card.code == "2635-0-021"
    assert card.name == NAME_ROW[lang].split("\n\n")[1]
    assert fn_view(card) == fn_view(card_of(head_of(lang) + ROWS[lang], lang))


def test_two_cards_with_their_own_titles_stay_two():
    one = head_of("ru").replace("«X»", '"Специалист по работе с семьей"') + ROWS["ru"]
    two = head_of("ru").replace("«X»", '"Ассистент специалиста"') + ROWS["ru"]
    first, second = cards_from_text(one + "\n\n\n\n" + two, "ru")
    assert (first.card_title, second.card_title) == ("Специалист по работе с семьей", "Ассистент специалиста")


BULLETED = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Выявление семей.\n\n"
           "Трудовая функция\n1:\nВыявление семей\n\nУмения и навыки:\n– Сбор сведений о семье;\n\n"
           "Знания:\n– Закон Республики Казахстан\n\"О правах ребенка в\n\n\n\n\n"
           "– Ведение учета;\n– Подготовка отчета.\n\n"
           "Республике Казахстан\";\n– Основы делопроизводства.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Отбасыларды анықтау.\n\n"
           "Еңбек функциясы\n1:\nОтбасыларды анықтау\n\nБіліктер мен дағдылар:\n– Отбасы туралы мәлімет жинау;\n\n"
           "Білім:\n– \"Қазақстан Республикасындағы баланың\n\n\n\n\n"
           "– Есеп жүргізу;\n– Есеп дайындау.\n\n"
           "құқықтары туралы\" Қазақстан Республикасының Заңы;\n– Іс жүргізу негіздері.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_bulleted_list_before_the_open_one_takes_the_first_rest_after_a_page_break(lang):
    # no task column: function | skills | knowledge. The break cut the skills after an item closed
    # with `;` and the knowledge inside an item: the rests follow in column order, the skills'
    # new items first, then the rest of the cut knowledge item
    [(_, _, _, [(_, _, skills, knowledge)])] = fn_view(card_of(head_of(lang) + BULLETED[lang], lang))
    assert len(skills) == 3 and len(knowledge) == 2
    assert skills[1:] == {"ru": ["Ведение учета", "Подготовка отчета"], "kk": ["Есеп жүргізу", "Есеп дайындау"]}[lang]
    assert knowledge[0].endswith({"ru": 'Республике Казахстан"', "kk": "Заңы"}[lang])


def test_an_annex_caption_on_a_saved_page_is_not_the_last_rows_value(tmp_path):
    # a saved page has no page breaks: the caption above the next card is known by its shape
    table = PAGE[PAGE.index("<h3>"):PAGE.index("</table>") + len("</table>")]
    last_row = "<tr><td>Еңбек жағдайлары</td><td colspan=\"2\">Жұмыс ауысыммен орындалады.</td></tr>\n</table>"
    first = table.replace("</table>", last_row)
    second = table.replace("Кіші мейірбике", "Мейірбике көмекшісі")
    caption = '<p>"Кіші мейірбике" кәсіптік стандартына 2-қосымша</p>\n'
    page = PAGE.replace(table, first + "\n" + caption + second)
    (tmp_path / "act.html").write_text(page, encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    one, two = res.extraction.cards
    assert one.working_conditions == "Жұмыс ауысыммен орындалады."
    assert two.card_title == "Мейірбике көмекшісі"


GRID = {
    "kk": ('Кәсіп карточкасы: Отбасымен жұмыс жөніндегі маман\n\nКәсіп коды\n\nКәсіптің атауы\n\n'
           'СБШ бойынша біліктілік\nдеңгейі\n\n2635-0-021\n\nОтбасымен жұмыс\nжөніндегі маман\n\n5\n\n'),
    "ru": ('Карточка профессии: Специалист по работе с семьей\n\nКод профессии\n\nНаименование профессии\n\n'
           'Уровень квалификации\nпо ОРК\n\n2635-0-021\n\nСпециалист по работе\nс семьей\n\n5\n\n'),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_first_rows_printed_as_a_header_row_over_a_row_of_values(lang):
    card = card_of(GRID[lang] + ROWS[lang], lang)
    expected = card_of(head_of(lang) + ROWS[lang], lang)
    assert (card.code, card.name, card.qualification_level) == ("2635-0-021", expected.name, "5")
    assert fn_view(card) == fn_view(expected)


def test_labels_without_values_over_fewer_values_are_left_as_they_are():
    # the code row printed empty: two labels, one value, then the next label with its own value
    text = ("Карточка профессии: Специалист по работе с семьей\n\nКод профессии\n\nНаименование профессии\n\n"
            "Специалист по работе с семьей\n\nУровень квалификации по ОРК 5\n\n")
    card = card_of(text + ROWS["ru"], "ru")
    assert card.code is None and card.name == "Специалист по работе с семьей" and card.qualification_level == "5"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_cards_of_one_title_and_several_levels_each_on_a_new_page_stay_apart(lang):
    # the same heading opens each page, and what follows starts the card over with its code
    one = f"{HEADINGS[lang]}\n\n" + head_of(lang, "4.1").split("\n\n", 1)[1] + ROWS[lang]
    two = f"\n\n\n\n{HEADINGS[lang]}\n\n" + head_of(lang, "4.2").split("\n\n", 1)[1] + ROWS[lang]
    first, second = cards_from_text(one + two, lang)
    assert (first.qualification_level, second.qualification_level) == ("4.1", "4.2")


CUT_SKILL = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Работа с семьей.\n\n"
           "Трудовая функция 1: Работа с семьей\n\nЗадача 1: Посещение семьи\n\n"
           "Умения и навыки:\n1. Составление акта обследования;\n2. Информирование специалиста об\n\n"
           "Знания:\n1. Основы семейного права.\n\n\n\n\n"
           "изменениях в положении семьи.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Отбасымен жұмыс.\n\n"
           "Еңбек функциясы 1: Отбасымен жұмыс\n\n1-міндет: Отбасына бару\n\n"
           "Дағдылар:\n1. Тексеру актісін жасау;\n2. Отбасы жағдайындағы\n\n"
           "Білім:\n1. Отбасы құқығының негіздері.\n\n\n\n\n"
           "өзгерістер туралы маманға хабарлау.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_rest_of_a_skill_a_page_break_cut_goes_on_that_skill(lang):
    # skills and knowledge side by side under the task: the break cut the skills inside an item
    # while the knowledge had closed its last one, so the sentence after the break is the
    # skill's rest, not the task's name going on
    [(_, _, _, [(_, task, skills, knowledge)])] = fn_view(card_of(head_of(lang) + CUT_SKILL[lang], lang))
    assert task == {"ru": "Посещение семьи", "kk": "Отбасына бару"}[lang]
    assert skills[1] == {"ru": "Информирование специалиста об изменениях в положении семьи",
                         "kk": "Отбасы жағдайындағы өзгерістер туралы маманға хабарлау"}[lang]
    assert len(knowledge) == 1


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_after_a_list_item_closed_by_a_semicolon_the_cut_skill_does_not_take_the_sentence(lang):
    # the same break, but the knowledge closed its item with `;`: an item of its own may come
    # (as in the seeds' unnumbered lists), so the skill cut before the break is not known to go on
    text = CUT_SKILL[lang].replace("негіздері.\n", "негіздері;\n").replace("права.\n", "права;\n")
    [(_, _, _, [(_, _, skills, _)])] = fn_view(card_of(head_of(lang) + text, lang))
    assert skills[1] == {"ru": "Информирование специалиста об", "kk": "Отбасы жағдайындағы"}[lang]
