"""Variations of the occupation card from held-out round 13: a task labelled as a labour action
(`Трудовое действие 2:`, `Еңбек әрекеті 2:`) with the skills and knowledge under `Необходимые
…` labels; a functions table whose first column gives the function's kind in one cell merged
down that kind's rows (printed once, before its first function's cell; the additional functions
numbered from 1 again), its header row printed again at the top of each page it runs onto; the
same table on an adilet page, the kind cell spanning its rows."""
import pytest

from conftest import cards_from_text
from test_card_variants import head_of
from test_cards import fn_view

PAGE = "\n\n\n\n\n"  # a page break in the extracted text

ACTIONS = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Прием посетителей архива.\n\n"
           "Трудовая функция 1:\nПрием посетителей архива\n\n"
           "Трудовое действие 1:\nЗапись посетителей\n\n"
           "Необходимые умения:\n1) Вести журнал посещений;\n2) Выдавать пропуска.\n\n"
           "Необходимые знания:\n1) Правила доступа в архив.\n\n"
           "Трудовое действие 2:\nВыдача дел\n\n"
           "Необходимые умения:\n1) Подбирать дела по описи.\n\n"
           "Необходимые знания:\n1) Порядок выдачи дел;\n2) Основы архивоведения.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Мұрағатқа келушілерді қабылдау.\n\n"
           "Еңбек функциясы 1:\nМұрағатқа келушілерді қабылдау\n\n"
           "Еңбек әрекеті 1:\nКелушілерді тіркеу\n\n"
           "Қажетті біліктер:\n1) Келушілер журналын жүргізу;\n2) Рұқсатнама беру.\n\n"
           "Қажетті білім:\n1) Мұрағатқа кіру қағидалары.\n\n"
           "Еңбек әрекеті 2:\nІстерді беру\n\n"
           "Қажетті біліктер:\n1) Істерді тізімдеме бойынша іріктеу.\n\n"
           "Қажетті білім:\n1) Істерді беру тәртібі;\n2) Мұрағаттану негіздері.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_labour_actions_are_the_function_tasks(lang):
    [card] = cards_from_text(head_of(lang) + ACTIONS[lang], lang)
    [(kind, no, _, tasks)] = fn_view(card)
    assert (kind, no) == ("mandatory", 1)
    assert [(t[0], t[1], len(t[2]), len(t[3])) for t in tasks] == {
        "ru": [(1, "Запись посетителей", 2, 1), (2, "Выдача дел", 1, 2)],
        "kk": [(1, "Келушілерді тіркеу", 2, 1), (2, "Істерді беру", 1, 2)],
    }[lang]
    assert tasks[0][2][1] == {"ru": "Выдавать пропуска", "kk": "Рұқсатнама беру"}[lang]


HEADER = {"ru": "Вид трудовой функции\n\nТрудовая функция\n\nЗадачи\n\nУмения\n\nЗнания\n\n",
          "kk": "Еңбек функциясының түрі\n\nЕңбек функциясы\n\nМіндеттер\n\nДағдылар\n\nБілім\n\n"}
# two mandatory functions (the second cut by a page break, the header printed again and the rest
# of each cut cell after it in column order), then the additional one, numbered 1 again
KIND_TABLE = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Учет книжного фонда;\n"
           "2. Обслуживание читателей библиотеки.\nДополнительные трудовые функции:\n1. Проведение выставок.\n\n"
           + HEADER["ru"] + "Обязательные\n\n1. Учет книжного фонда\n\nЗадача 1:\nИнвентаризация книг\n\n"
           "1) Сверять фонд с каталогом.\n\n1) Правила инвентаризации.\n\n"
           "2. Обслуживание читателей\n\nЗадача 1:\nВыдача\n\n1) Оформлять формуляр\n\n1) Правила\n" + PAGE
           + HEADER["ru"] + "библиотеки\n\nкниг на дом\n\nчитателя;\n2) Продлевать срок возврата.\n\n"
           "пользования библиотекой.\n\n"
           "Дополнительные\n\n1. Проведение выставок\n\nЗадача 1:\nПодбор экспонатов\n\n"
           "1) Отбирать издания по теме.\n\n1) Основы экспозиционной работы.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Кітап қорын есепке алу;\n"
           "2. Кітапхана оқырмандарына қызмет көрсету.\nҚосымша еңбек функциялары:\n1. Көрмелер өткізу.\n\n"
           + HEADER["kk"] + "Міндетті\n\n1. Кітап қорын есепке алу\n\n1-міндет:\nКітаптарды түгендеу\n\n"
           "1) Қорды каталогпен салыстыру.\n\n1) Түгендеу қағидалары.\n\n"
           "2. Кітапхана оқырмандарына\n\n1-міндет:\nКітаптарды\n\n1) Формулярды\n\n1) Кітапханасын\n" + PAGE
           + HEADER["kk"] + "қызмет көрсету\n\nүйге беру\n\nресімдеу;\n2) Қайтару мерзімін ұзарту.\n\n"
           "пайдалану қағидалары.\n\n"
           "Қосымша\n\n1. Көрмелер өткізу\n\n1-міндет:\nЭкспонаттарды іріктеу\n\n"
           "1) Тақырып бойынша басылымдарды таңдау.\n\n1) Экспозициялық жұмыс негіздері.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_kind_column_gives_its_rows_their_kind(lang):
    [card] = cards_from_text(head_of(lang) + KIND_TABLE[lang], lang)
    view = fn_view(card)
    assert [(kind, no, len(tasks)) for kind, no, _, tasks in view] == [
        ("mandatory", 1, 1), ("mandatory", 2, 1), ("additional", 1, 1)]
    want = {
        "ru": ("Обслуживание читателей библиотеки", "Выдача книг на дом",
               ["Оформлять формуляр читателя", "Продлевать срок возврата"], ["Правила пользования библиотекой"],
               "Проведение выставок", ["Отбирать издания по теме"]),
        "kk": ("Кітапхана оқырмандарына қызмет көрсету", "Кітаптарды үйге беру",
               ["Формулярды ресімдеу", "Қайтару мерзімін ұзарту"], ["Кітапханасын пайдалану қағидалары"],
               "Көрмелер өткізу", ["Тақырып бойынша басылымдарды таңдау"]),
    }[lang]
    [(_, task, skills, knowledge)] = view[1][3]
    [(_, _, extra_skills, _)] = view[2][3]
    assert (view[1][2], task, skills, knowledge, view[2][2], extra_skills) == want


# the same table on an adilet page: the kind cell spans its rows (rowspan)
KIND_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Кітапханашы</title></head><body>
<div class="container_alpha slogan">
<h1>{title}</h1>
<span class="status status_new">{status}</span>
<p>{act_line}</p>
</div>
<article>
<p align="center"><b>{heading}</b></p>
<table border="1">
<tr><td>{code}</td><td colspan="4">2622-1-001</td></tr>
<tr><td>{level}</td><td colspan="4">5</td></tr>
<tr><td>{functions}</td><td colspan="4"><p>{mandatory}</p><p>1. {f1};</p><p>2. {f2}.</p>
<p>{additional}</p><p>1. {f3}.</p></td></tr>
</table>
<table border="1">
<tr><td>{h_kind}</td><td>{h_fn}</td><td>{h_task}</td><td>{h_skills}</td><td>{h_knowledge}</td></tr>
<tr><td rowspan="2">{k_mandatory}</td><td>1. {f1}</td><td>{task} {t1}</td><td><p>1) {s1}.</p></td>
<td><p>1) {n1}.</p></td></tr>
<tr><td>2. {f2}</td><td>{task} {t2}</td><td><p>1) {s2}.</p></td><td><p>1) {n2}.</p></td></tr>
<tr><td>{k_additional}</td><td>1. {f3}</td><td>{task} {t3}</td><td><p>1) {s3}.</p></td><td><p>1) {n3}.</p></td></tr>
</table>
</article></body></html>
"""
PAGE_WORDS = {
    "kk": dict(title='"Кітапхана ісі" кәсіптік стандартын бекіту туралы', status="Жаңа",
               act_line="Қазақстан Республикасы Мәдениет министрінің 2024 жылғы 3 наурыздағы № 41 бұйрығы. "
                        "Қазақстан Республикасының Әділет министрлігінде 2024 жылғы 6 наурызда № 34101 болып тіркелді",
               heading='"Кітапханашы" кәсіп карточкасы', code="Кәсіп коды", level="СБШ бойынша біліктілік деңгейі",
               functions="Еңбек функциялары", mandatory="Міндетті еңбек функциялары:",
               additional="Қосымша еңбек функциялары:", h_kind="Еңбек функциясының түрі", h_fn="Еңбек функциясы",
               h_task="Міндеттер", h_skills="Дағдылар", h_knowledge="Білім", k_mandatory="Міндетті",
               k_additional="Қосымша", task="1-міндет:<br>",
               f1="Кітап қорын есепке алу", f2="Оқырмандарға қызмет көрсету", f3="Көрмелер өткізу",
               t1="Кітаптарды түгендеу", t2="Кітаптарды беру", t3="Экспонаттарды іріктеу",
               s1="Қорды каталогпен салыстыру", s2="Формулярды ресімдеу", s3="Басылымдарды таңдау",
               n1="Түгендеу қағидалары", n2="Кітапхананы пайдалану қағидалары", n3="Экспозиция негіздері"),
    "ru": dict(title='Об утверждении профессионального стандарта "Библиотечное дело"', status="Новый",
               act_line="Приказ Министра культуры Республики Казахстан от 3 марта 2024 года № 41. "
                        "Зарегистрирован в Министерстве юстиции Республики Казахстан 6 марта 2024 года № 34101",
               heading='Карточка профессии "Библиотекарь"', code="Код профессии", level="Уровень квалификации по ОРК",
               functions="Трудовые функции", mandatory="Обязательные трудовые функции:",
               additional="Дополнительные трудовые функции:", h_kind="Вид трудовой функции", h_fn="Трудовая функция",
               h_task="Задачи", h_skills="Умения", h_knowledge="Знания", k_mandatory="Обязательные",
               k_additional="Дополнительные", task="Задача 1:<br>",
               f1="Учет книжного фонда", f2="Обслуживание читателей", f3="Проведение выставок",
               t1="Инвентаризация книг", t2="Выдача книг", t3="Подбор экспонатов",
               s1="Сверять фонд с каталогом", s2="Оформлять формуляр", s3="Отбирать издания по теме",
               n1="Правила инвентаризации", n2="Правила пользования библиотекой", n3="Основы экспозиции"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_kind_column_on_a_page_spans_its_rows(lang, tmp_path):
    from test_html import _extract
    words = PAGE_WORDS[lang]
    (tmp_path / "act.html").write_text(KIND_PAGE.format(**words), encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    [card] = res.extraction.cards
    assert [(kind, no, name, [(t[1], t[2]) for t in tasks]) for kind, no, name, tasks in fn_view(card)] == [
        ("mandatory", 1, words["f1"], [(words["t1"], [words["s1"]])]),
        ("mandatory", 2, words["f2"], [(words["t2"], [words["s2"]])]),
        ("additional", 1, words["f3"], [(words["t3"], [words["s3"]])]),
    ]
