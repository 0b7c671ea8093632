"""Requirement acts, further variations, each a few lines of damaged text -> the records it must
become, in both languages: a requirements table with NO level column whose clause is printed in
two columns (education | experience) under a TWO-LEVEL header (`Біліктілік талаптары` over
`Білімі | Жұмыс өтілі`), a page break inside a category's sub-row, the same table in a PDF whose
page break falls between two categories' sub-rows; experience counted in months or in years and
months, in digits or in words; the specialist level given in brackets in the position's head."""
from __future__ import annotations

import pytest

from extractors.pdf_tables import Context, Fragment, TCell, join_tables, set_inner_rights
from extractors.pdf_words import cell_lines
from extractors.requirements import parse_clause, read_requirements
from test_pdf_words import chars
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years, r.min_experience_months, r.experience_in)
            for r in read_requirements(doc, [], lexicon)]


# the header in two levels, printed cell by cell; the position cell spans its categories' sub-rows;
# a page break inside the second category's sub-row cuts its education cell (the experience cell
# had ended); the last row has no category (`-`) and counts months
KK_TWO_COLUMNS = """      1. Осы талаптар бейімдеу орталығының мынадай лауазымдарына қолданылады: бейімдеу·
жөніндегі нұсқаушы, іс жүргізуші.
      2. Орталық қызметкерлерінің біліктілік талаптары мынадай кестеде келтірілген:


Р/с №

Лауазымның атауы

Біліктілік·
санаты

Біліктілік талаптары

Білімі

Жұмыс өтілі

1

Б е й і м д е у·
жөніндегі нұсқаушы

жоғары

Жоғары (педагогикалық,·
әлеуметтік) білім

нұсқаушы ретінде·
кемінде 4 (төрт) жыл

бірінші

Жоғары·
(педагогикалық,

мамандығы бойынша·
кемінде 1 (бір) жыл алты ай




әлеуметтік) білім

санатсыз

Жоғары (педагогикалық,·
әлеуметтік) білім

талап етілмейді

2

Іс жүргізуші

-

Техникалық және кәсіптік·
білім

кемінде тоғыз ай


      3. Нұсқаушының біліктілік санаты бес жылда бір рет расталады.
"""

RU_TWO_COLUMNS = """      1. Настоящие требования распространяются на следующих работников центра адаптации: инструктор·
по адаптации, делопроизводитель.
      2. Квалификационные требования к работникам центра приведены в следующей таблице:


№ п/п

Наименование должности

Категория

Квалификационные требования

Уровень·
образования

Опыт работы

1

И н с т р у к т о р  п о·
адаптации

высшая

Высшее (педагогическое,·
социальное) образование

не менее 4 (четырех) лет в·
должности инструктора

первая

Высшее·
(педагогическое,

не менее полутора лет по·
специальности




социальное) образование

без категории

Высшее (педагогическое,·
социальное) образование

не требуется

2

Делопроизводитель

-

Техническое и профессиональное·
образование

не менее девяти месяцев


      3. Категория инструктора подтверждается один раз в пять лет.
"""


@pytest.mark.parametrize("lang,body,expected", [
    ("kk", KK_TWO_COLUMNS, [
        ("2", "бейімдеу жөніндегі нұсқаушы", None, "highest", "higher", 4, 48, "нұсқаушы"),
        ("2", "бейімдеу жөніндегі нұсқаушы", None, "first", "higher", 1, 18, "мамандығы бойынша"),
        ("2", "бейімдеу жөніндегі нұсқаушы", None, "none", "higher", None, None, None),
        ("2", "іс жүргізуші", None, None, "tvet", 0, 9, None),
    ]),
    ("ru", RU_TWO_COLUMNS, [
        ("2", "инструктор по адаптации", None, "highest", "higher", 4, 48, "инструктора"),
        ("2", "инструктор по адаптации", None, "first", "higher", 1, 18, "по специальности"),
        ("2", "инструктор по адаптации", None, "none", "higher", None, None, None),
        ("2", "делопроизводитель", None, None, "tvet", 0, 9, None),
    ]),
])
def test_a_table_whose_clause_is_in_two_columns_under_a_two_level_header(lang, body, expected):
    """No level column: the table is still read cell by cell, the upper header cell names no
    column of its own; what the experience is in comes from the experience cell alone; months
    are exact (`min_experience_months`), the years whole (the contract's int32)."""
    assert records(body, lang) == expected


@pytest.mark.parametrize("lang,body,education,text", [
    ("kk", KK_TWO_COLUMNS, "Жоғары (педагогикалық, әлеуметтік) білім",
     "Жоғары (педагогикалық, әлеуметтік) білім мамандығы бойынша кемінде 1 (бір) жыл алты ай"),
    ("ru", RU_TWO_COLUMNS, "Высшее (педагогическое, социальное) образование",
     "Высшее (педагогическое, социальное) образование не менее полутора лет по специальности"),
])
def test_a_page_break_inside_a_category_s_sub_row_goes_on_in_that_sub_row(lang, body, education, text):
    """The rest of the education cell after the break is the cut sub-row's, not the first
    sub-row's (whose cells were longer but had ended above it); the clause's text is its two
    cells joined with a space."""
    doc, lexicon = read(body, lang)
    first, second, *_ = read_requirements(doc, [], lexicon)
    assert first.text.startswith(education) and not first.text.count(education.split()[0]) > 1
    assert second.text == text
    assert second.education_fields == [w.strip(" ,") for w in education.split("(")[1].split(")")[0].split(",")]


@pytest.mark.parametrize("lang,text,months", [
    ("ru", "высшее образование и стаж работы по специальности не менее шести месяцев", 6),
    ("ru", "высшее образование и стаж работы не менее одного года и шести месяцев", 18),
    ("ru", "высшее образование и стаж работы не менее 1 (одного) года 6 (шести) месяцев", 18),
    ("ru", "высшее образование и стаж работы не менее полутора лет", 18),
    ("ru", "высшее образование и стаж работы не менее двух с половиной лет", 30),
    ("ru", "высшее образование и стаж работы не менее пятнадцати лет", 180),
    ("ru", "высшее образование и стаж работы не менее двух лет, 6 месяцев из которых в должности", 24),
    ("kk", "жоғары білім және мамандығы бойынша кемінде алты ай жұмыс өтілі", 6),
    ("kk", "жоғары білім және мамандығы бойынша кемінде бір жыл алты ай жұмыс өтілі", 18),
    ("kk", "жоғары білім және кемінде 2 (екі) жыл 3 (үш) ай жұмыс өтілі", 27),
    ("kk", "жоғары білім және кемінде екі жарым жыл жұмыс өтілі", 30),
    ("kk", "жоғары білім және кемінде жиырма ай жұмыс өтілі", 20),
    ("kk", "жоғары білім және кемінде алты айлық жұмыс өтілі", 6),
    ("kk", "жоғары білім және алты айдан астам жұмыс өтілі", 6),
    ("kk", "жоғары білім және кемінде жарты жылдық жұмыс өтілі", 6),
    ("ru", "высшее образование и стаж работы не менее шести календарных месяцев", 6),
])
def test_experience_in_months_or_in_years_and_months(lang, text, months):
    """The months are exact; the whole years are what the contract's int32 column holds (a
    count of months after a comma is another statement, not the same count)."""
    r = parse_clause(text, lang, None, None)
    assert (r.min_experience_months, r.min_experience_years) == (months, months // 12)


@pytest.mark.parametrize("lang,head,position,level", [
    ("ru", "4. Квалификационные требования к ассистенту логопеда (специалист·\nсреднего уровня квалификации): "
           "техническое и профессиональное образование, без предъявления требований к стажу работы.",
     "ассистент логопеда", "middle"),
    ("ru", "4. Квалификационные требования к ассистенту логопеда (средний уровень квалификации): "
           "техническое и профессиональное образование, без предъявления требований к стажу работы.",
     "ассистент логопеда", "middle"),
    ("ru", "4. Квалификационные требования к методисту (высокий уровень квалификации): "
           "высшее образование, без предъявления требований к стажу работы.",
     "методист", "high"),
    ("kk", "4. Логопед көмекшісіне (біліктілігі орта деңгейдегі маман) қойылатын біліктілік талаптары: "
           "техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.",
     "логопед көмекшісі", "middle"),
    ("kk", "4. Логопед көмекшісіне (орта біліктілік деңгейі) қойылатын біліктілік талаптары: "
           "техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.",
     "логопед көмекшісі", "middle"),
    ("kk", "4. Әдіскерге (жоғары біліктілік деңгейі) қойылатын біліктілік талаптары: "
           "жоғары білім, жұмыс өтіліне талап қойылмайды.",
     "әдіскер", "high"),
])
def test_the_level_in_brackets_in_the_head_is_the_level_and_not_the_name(lang, head, position, level):
    doc, lexicon = read(f"      {head}\n", lang)
    assert [(r.position, r.specialist_level) for r in read_requirements(doc, [], lexicon)] == [(position, level)]


# ---------------------------------------------------------------- the same table in a PDF

# number | position | category | education | experience
COLS = [(50.0, 80.0), (80.0, 180.0), (180.0, 250.0), (250.0, 420.0), (420.0, 550.0)]
BOTTOM = 800.0


def cell(col: int, top: float, bottom: float, page: int, *lines: str) -> TCell:
    x0, x1 = COLS[col]
    c = TCell(x0, top, x1, bottom, page)
    c.lines = cell_lines([ch for k, t in enumerate(lines) for ch in chars(t, x0 + 3, top + 3 + 12 * k)], page, 0.3)
    return c


def joined(lang: str, above: tuple[str, ...], below: tuple[str, ...]) -> list[str]:
    """A row whose position cell spans its categories' sub-rows; the page break falls after the
    sub-row `above` (reaching the page's foot), the sub-row `below` opens the next page."""
    one = [cell(0, 500, BOTTOM, 1, "1"), cell(1, 500, BOTTOM, 1, *above[:1]),
           cell(2, 500, 600, 1, *above[1:2]), cell(3, 500, 600, 1, *above[2:3]), cell(4, 500, 600, 1, *above[3:4]),
           cell(2, 600, BOTTOM, 1, *above[4:5]), cell(3, 600, BOTTOM, 1, *above[5:6]), cell(4, 600, BOTTOM, 1, *above[6:7])]
    two = [cell(0, 50, 200, 2), cell(1, 50, 200, 2),
           cell(2, 50, 200, 2, *below[:1]), cell(3, 50, 200, 2, *below[1:2]), cell(4, 50, 200, 2, *below[2:3])]
    frags = [Fragment(1, 50.0, 500.0, 550.0, BOTTOM, one), Fragment(2, 50.0, 50.0, 550.0, 200.0, two)]
    set_inner_rights(frags)
    (t,) = join_tables(frags, Context(lang, BOTTOM, 12.0, {}, {}))
    return [c.text for c in t if c.lines]


@pytest.mark.parametrize("lang,above,below", [
    ("kk", ("Медиатор", "жоғары", "Жоғары білім", "кемінде 5 (бес) жыл", "екінші", "Жоғары білім", "кемінде 1 (бір) жыл"),
     ("санатсыз", "Жоғары білім", "талап етілмейді")),
    ("ru", ("Медиатор", "высшая", "Высшее образование", "не менее 5 лет", "вторая", "Высшее образование", "не менее 1 года"),
     ("без категории", "Высшее образование", "не требуется")),
])
def test_a_pdf_page_break_between_two_categories_sub_rows_keeps_them_apart(lang, above, below):
    """A whole category above the break and a whole category below it are two sub-rows, not one
    category the break cut: no cell of the new sub-row goes on in the one above it."""
    assert joined(lang, above, below)[-3:] == list(below)


def test_a_category_the_pdf_page_break_cut_goes_on():
    """Guard: `без` above the break is no whole category; `категории` below goes on with it."""
    above = ("Медиатор", "высшая", "Высшее образование", "не менее 5 лет", "без", "Высшее", "не")
    texts = joined("ru", above, ("категории", "образование", "требуется"))
    assert texts[-3:] == ["без категории", "Высшее образование", "не требуется"]
