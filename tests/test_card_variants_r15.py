"""Variations of the occupation card from held-out round 15: one occupation described by a card
for each of its qualification levels, the heading naming the level in brackets after the label
(`"<name>" кәсіп карточкасы (3-біліктілік деңгейі)`); a task's skills cell written as labelled
parts each numbered from 1 again (`Умения: 1) … Навыки: 1) …`, `Біліктер: 1. … Дағдылар: 1. …`),
the parts together the task's one skills list, also where a page break prints the later part
among the rest of the cut cells."""
import pytest

from conftest import cards_from_text
from test_card_variants import KK_HEAD, RU_HEAD, ROWS
from test_cards import fn_view

PAGE = "\n\n\n\n\n"  # a page break in the extracted text

LEVEL_HEADINGS = {
    "kk": ('"Отбасымен жұмыс жөніндегі маман" кәсіп карточкасы (4-біліктілік\nдеңгейі)',
           '"Отбасымен жұмыс жөніндегі маман" кәсіп карточкасы (5-біліктілік деңгейі)'),
    "ru": ('«Специалист по работе с семьей» карточка профессии (4-й уровень\nквалификации)',
           'Карточка профессии «Специалист по работе с семьей» (5-й уровень квалификации)'),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_occupation_on_two_levels_two_cards_titled_by_the_name(lang):
    head = KK_HEAD if lang == "kk" else RU_HEAD
    text = "".join(head.format(heading=h, level=lv) + ROWS[lang] + "\n\n"
                   for h, lv in zip(LEVEL_HEADINGS[lang], ("4", "5")))
    cards = cards_from_text(text, lang)
    assert [(c.card_title, c.name, c.qualification_level) for c in cards] == [(cards[0].name, cards[0].name, "4"),
                                                                              (cards[0].name, cards[0].name, "5")]
    assert all(c.functions and c.functions[0].tasks[0].skills for c in cards)


FUNCTION = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Ведение архива.\n\n"
           "Трудовая функция 1:\nВедение архива\n\nЗадача 1:\nПрием дел на хранение\n\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Мұрағатты жүргізу.\n\n"
           "Еңбек функциясы 1:\nМұрағатты жүргізу\n\n1-міндет:\nІстерді сақтауға қабылдау\n\n"),
}
PARTS = {
    "ru": ("Умения:\n1) Сверять опись дел;\n2) Проверять листы дел.\nНавыки:\n1) Работать со сканером.\n\n"
           "Знания:\n1) Правила хранения дел.\n\n"
           "Задача 2:\nВыдача дел\n\nУмения:\n1) Подбирать дела.\nНавыки:\n1) Вести журнал выдачи;\n"
           "2) Заполнять карточки.\n\nЗнания:\n1) Порядок выдачи дел.\n"),
    "kk": ("Біліктер:\n1. Істер тізімдемесін салыстыру;\n2. Істер парақтарын тексеру.\nДағдылар:\n"
           "1. Сканермен жұмыс істеу.\n\nБілім:\n1. Істерді сақтау қағидалары.\n\n"
           "2-міндет:\nІстерді беру\n\nБіліктер:\n1. Істерді іріктеу.\nДағдылар:\n1. Беру журналын жүргізу;\n"
           "2. Карточкаларды толтыру.\n\nБілім:\n1. Істерді беру тәртібі.\n"),
}
SKILLS = {
    "ru": [["Сверять опись дел", "Проверять листы дел", "Работать со сканером"],
           ["Подбирать дела", "Вести журнал выдачи", "Заполнять карточки"]],
    "kk": [["Істер тізімдемесін салыстыру", "Істер парақтарын тексеру", "Сканермен жұмыс істеу"],
           ["Істерді іріктеу", "Беру журналын жүргізу", "Карточкаларды толтыру"]],
}


def _head(lang: str) -> str:
    return (KK_HEAD if lang == "kk" else RU_HEAD).format(
        heading='Кәсіп карточкасы "X"' if lang == "kk" else "Карточка профессии «X»", level="5")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_skills_cell_in_labelled_parts_is_one_skills_list(lang):
    [card] = cards_from_text(_head(lang) + FUNCTION[lang] + PARTS[lang], lang)
    [(_, _, _, tasks)] = fn_view(card)
    assert [t[0] for t in tasks] == [1, 2]
    assert [t[2] for t in tasks] == SKILLS[lang]
    assert [len(t[3]) for t in tasks] == [1, 1]


# the row cut by a page break: before it the skills cell's first part and the knowledge's first
# item, cut; after it the rest of the task's name, the rest of the skills cell (the later part's
# label among it), then the rest of the knowledge
CUT = {
    "ru": ("Задача 1:\nПрием дел\n\nУмения:\n1) Сверять опись\n\nЗнания:\n1) Правила хранения" + PAGE
           + "на хранение\n\nдел;\n2) Проверять листы дел.\nНавыки:\n1) Работать со сканером.\n\n"
           "архивных дел;\n2) Основы делопроизводства.\n"),
    "kk": ("1-міндет:\nІстерді сақтауға\n\nБіліктер:\n1. Істер тізімдемесін\n\nБілім:\n1. Мұрағаттық істерді"
           + PAGE + "қабылдау\n\nсалыстыру;\n2. Істер парақтарын тексеру.\nДағдылар:\n1. Сканермен жұмыс істеу.\n\n"
           "сақтау қағидалары;\n2. Іс жүргізу негіздері.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_later_part_of_skills_after_a_page_break_goes_on_the_skills(lang):
    fn = FUNCTION[lang].split("\n\n1-міндет:" if lang == "kk" else "\n\nЗадача 1:")[0] + "\n\n"
    [card] = cards_from_text(_head(lang) + fn + CUT[lang], lang)
    [(_, _, _, [task])] = fn_view(card)
    assert task[2] == SKILLS[lang][0]
    assert task[3] == {"ru": ["Правила хранения архивных дел", "Основы делопроизводства"],
                       "kk": ["Мұрағаттық істерді сақтау қағидалары", "Іс жүргізу негіздері"]}[lang]


# an adilet page: the heading with the level in brackets, the skills cell in two labelled parts
PARTS_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Мұрағатшы</title></head><body>
<div class="container_alpha slogan">
<h1>{title}</h1>
<span class="status status_new">{status}</span>
<p>{act_line}</p>
</div>
<article>
<p align="center"><b>{heading}</b></p>
<table border="1">
<tr><td>{code}</td><td colspan="3">2622-1-001</td></tr>
<tr><td>{level}</td><td colspan="3">4</td></tr>
<tr><td>{functions}</td><td colspan="3"><p>{mandatory}</p><p>1. {f1}.</p></td></tr>
<tr><td>{fn_label}<br>{f1}</td><td>{task}<br>{t1}</td>
<td><p>{part1}</p><p>1) {s1};</p><p>2) {s2}.</p><p>{part2}</p><p>1) {s3}.</p></td>
<td><p>{knowledge}</p><p>1) {n1}.</p></td></tr>
</table>
</article></body></html>
"""
PARTS_WORDS = {
    "kk": dict(title='"Мұрағат ісі" кәсіптік стандартын бекіту туралы', status="Жаңа",
               act_line="Қазақстан Республикасы Мәдениет министрінің 2024 жылғы 3 наурыздағы № 41 бұйрығы. "
                        "Қазақстан Республикасының Әділет министрлігінде 2024 жылғы 6 наурызда № 34101 болып тіркелді",
               heading='"Мұрағатшы" кәсіп карточкасы (4-біліктілік деңгейі)', code="Кәсіп коды",
               level="СБШ бойынша біліктілік деңгейі", functions="Еңбек функциялары",
               mandatory="Міндетті еңбек функциялары:", fn_label="Еңбек функциясы 1:", task="1-міндет:",
               part1="Біліктер:", part2="Дағдылар:", knowledge="Білім:",
               f1="Мұрағатты жүргізу", t1="Істерді сақтауға қабылдау",
               s1="Істер тізімдемесін салыстыру", s2="Істер парақтарын тексеру", s3="Сканермен жұмыс істеу",
               n1="Істерді сақтау қағидалары"),
    "ru": dict(title='Об утверждении профессионального стандарта "Архивное дело"', status="Новый",
               act_line="Приказ Министра культуры Республики Казахстан от 3 марта 2024 года № 41. "
                        "Зарегистрирован в Министерстве юстиции Республики Казахстан 6 марта 2024 года № 34101",
               heading='Карточка профессии "Архивист" (4-й уровень квалификации)', code="Код профессии",
               level="Уровень квалификации по ОРК", functions="Трудовые функции",
               mandatory="Обязательные трудовые функции:", fn_label="Трудовая функция 1:", task="Задача 1:",
               part1="Умения:", part2="Навыки:", knowledge="Знания:",
               f1="Ведение архива", t1="Прием дел на хранение",
               s1="Сверять опись дел", s2="Проверять листы дел", s3="Работать со сканером",
               n1="Правила хранения дел"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_page_card_on_a_level_with_its_skills_in_parts(lang, tmp_path):
    from test_html import _extract
    words = PARTS_WORDS[lang]
    (tmp_path / "act.html").write_text(PARTS_PAGE.format(**words), encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    [card] = res.extraction.cards
    assert card.card_title == words["heading"].split('"')[1] and card.qualification_level == "4"
    assert fn_view(card) == [("mandatory", 1, words["f1"],
                              [(1, words["t1"], [words["s1"], words["s2"], words["s3"]], [words["n1"]])])]
