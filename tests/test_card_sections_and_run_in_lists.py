"""Two card variations: a card printed as several tables under numbered section headings
(`Раздел 2. Трудовые функции`, `2-бөлім. Еңбек функциялары`), and a task's skills and knowledge
printed in one cell as paragraphs with run-in labels, their numbered items inline
(`Дағдылар: 1) …; 2) …`)."""
import pytest

from conftest import cards_from_text
from test_cards import fn_view
from test_html import PAGE, _extract

from extractors.card_sections import is_section_heading, title_without_section
from extractors.lists import Acc, split_items

# ------------------------------------------------------------------ section headings

SECTIONED = {
    "ru": ('Карточка профессии "Инструктор по адаптивному спорту"\n\n'
           "Раздел 1. Сведения о профессии\n\n"
           "Код профессии 3423-0-011\n\n"
           "Наименование профессии Инструктор по адаптивному спорту\n\n"
           "Уровень квалификации по ОРК 5 (пятый)\n\n"
           "Трудовые функции\n\nОбязательные трудовые функции:\n\n1. Проведение тренировок.\n\n"
           "Раздел 2. Описание трудовых функций\n\n"
           "Трудовая функция 1. Проведение тренировок\n\n"
           "Задача 1: Подготовка занятия\n\n"
           "Умения и навыки:\n1) Подбор упражнений;\n2) Проверка инвентаря.\n\n"
           "Знания:\n1) Основы физиологии;\n2) Правила техники безопасности.\n\n"
           "Раздел 3. Личностные качества и связь с другими профессиями\n\n"
           "Требования к личностным компетенциям\n\nТерпеливость, внимательность.\n"),
    "kk": ('Кәсіп карточкасы "Бейімделген спорт жөніндегі нұсқаушы"\n\n'
           "1-бөлім. Кәсіп туралы мәліметтер\n\n"
           "Кәсіп коды 3423-0-011\n\n"
           "Кәсіптің атауы Бейімделген спорт жөніндегі нұсқаушы\n\n"
           "СБШ бойынша біліктілік деңгейі 5 (бесінші)\n\n"
           "Еңбек функциялары\n\nМіндетті еңбек функциялары:\n\n1. Жаттығулар өткізу.\n\n"
           "2-бөлім. Еңбек функцияларының сипаттамасы\n\n"
           "Еңбек функциясы 1: Жаттығулар өткізу\n\n"
           "1-міндет: Сабаққа дайындық\n\n"
           "Дағдылар:\n1) Жаттығуларды іріктеу;\n2) Мүкәммалды тексеру.\n\n"
           "Білім:\n1) Физиология негіздері;\n2) Қауіпсіздік техникасы қағидалары.\n\n"
           "3-бөлім. Жеке қасиеттер және басқа кәсіптермен байланыс\n\n"
           "Жеке құзыреттерге қойылатын талаптар\n\nШыдамдылық, зейінділік.\n"),
}
LAST_KNOWLEDGE = {"ru": "Правила техники безопасности", "kk": "Қауіпсіздік техникасы қағидалары"}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_section_heading_between_the_tables_is_no_cell_s_words(lang):
    [card] = cards_from_text(SECTIONED[lang], lang)
    [(_, _, _, [(_, _, skills, knowledge)])] = fn_view(card)
    assert len(skills) == 2 and knowledge[-1] == LAST_KNOWLEDGE[lang]
    assert card.qualification_level == "5"
    assert card.personal_competencies.startswith(SECTIONED[lang].rsplit("\n\n", 1)[1][:8])


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_page_break_after_a_section_heading_still_opens_the_page(lang):
    heading = SECTIONED[lang].split("\n\n")[-3]
    text = SECTIONED[lang].replace(heading + "\n\n", heading + "\n\n\n\n\n")
    [card] = cards_from_text(text, lang)
    [(_, _, _, [(_, _, _, knowledge)])] = fn_view(card)
    assert knowledge[-1] == LAST_KNOWLEDGE[lang]


@pytest.mark.parametrize("lang,title", [
    ("ru", '"Инструктор по адаптивному спорту" Раздел 1. Сведения о профессии'),
    ("kk", '"Бейімделген спорт жөніндегі нұсқаушы" 1-бөлім. Кәсіп туралы мәліметтер'),
])
def test_a_section_heading_printed_on_the_title_s_line_is_cut_off(lang, title):
    assert title_without_section(title, lang) == title.split('" ')[0] + '"'
    # the heading line of a page that printed both together
    text = SECTIONED[lang]
    first, second, rest = text.split("\n\n", 2)
    [card] = cards_from_text(first + " " + second + "\n\n" + rest, lang)
    assert card.card_title == first.split('"')[1]


@pytest.mark.parametrize("text,lang", [
    ("раздел 1 содержит общие сведения о профессии.", "ru"),
    ("Раздел 2. Описание функций. Работа выполняется в помещении.", "ru"),
    ("2-бөлімде еңбек функцияларының сипаттамасы берілген.", "kk"),
])
def test_a_sentence_that_names_a_section_is_no_heading(text, lang):
    assert not is_section_heading(text, lang)


# ------------------------------------------------------------------ run-in numbered items


def test_items_run_together_on_one_line_are_each_an_item():
    acc = Acc("1) Вести журнал; 2) Готовить отчет; 3) Сдавать смену.", [0])
    assert [i.text for i in split_items(acc)] == ["Вести журнал", "Готовить отчет", "Сдавать смену"]


def test_numbers_inside_an_item_or_out_of_turn_do_not_split_it():
    acc = Acc("1) Нормы, указанные в подпунктах 1) и 2) пункта 3; 4) Прочее.", [0])
    assert [i.text for i in split_items(acc)] == ["Нормы, указанные в подпунктах 1) и 2) пункта 3; 4) Прочее"]


RUN_IN_ROW = {
    "kk": ("<tr><td rowspan=\"2\">1-еңбек функциясы<br>Пациенттерге күтім жасау.</td>"
           "<td>1-міндет<br>Пациенттің жеке гигиенасын қамтамасыз ету</td>"
           "<td><p><b>Дағдылар:</b> 1) пациентті жуындыру; 2) төсек жабдықтарын ауыстыру; 3) тырнақ күтімі.</p>"
           "<p><b>Білім:</b> 1) жеке гигиена ережелері; 2) инфекциялық қауіпсіздік.</p></td></tr>\n"),
}


def test_skills_and_knowledge_with_run_in_labels_in_one_cell_of_a_page(tmp_path):
    start = PAGE.index('<tr><td rowspan="2">1-еңбек')
    end = PAGE.index("</table>")
    page = PAGE[:start] + RUN_IN_ROW["kk"] + PAGE[end:]
    (tmp_path / "act.html").write_text(page, encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    [card] = res.extraction.cards
    [(_, _, _, [(_, _, skills, knowledge)])] = fn_view(card)[:1]
    assert skills == ["пациентті жуындыру", "төсек жабдықтарын ауыстыру", "тырнақ күтімі"]
    assert knowledge == ["жеке гигиена ережелері", "инфекциялық қауіпсіздік"]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_run_in_labels_in_text(lang):
    cell = {"ru": "Умения и навыки: 1) Подбор упражнений; 2) Проверка инвентаря.\n"
                  "Знания: 1) Основы физиологии; 2) Правила техники безопасности.",
            "kk": "Дағдылар: 1) Жаттығуларды іріктеу; 2) Мүкәммалды тексеру.\n"
                  "Білім: 1) Физиология негіздері; 2) Қауіпсіздік техникасы қағидалары."}[lang]
    text = SECTIONED[lang]
    a = text.index({"ru": "Умения и навыки:", "kk": "Дағдылар:"}[lang])
    b = text.index("\n\n", text.index(LAST_KNOWLEDGE[lang]))
    [card] = cards_from_text(text[:a] + cell + text[b:], lang)
    [(_, _, _, [(_, _, skills, knowledge)])] = fn_view(card)
    assert len(skills) == 2 and knowledge[-1] == LAST_KNOWLEDGE[lang]
