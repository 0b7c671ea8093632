"""Requirement acts that print a paragraph's requirements as a MATRIX: a row per POSITION, columns
`№ | position | education | experience`, the experience column divided into one sub-column per
CATEGORY (a second header row: `высшей категории | первой категории | второй категории | без
категории`). The education cell is shared by the row's categories; each category's experience is
one cell of the row; the level is named only by the paragraph's head. A clause per row and
category, its text the education cell, a comma and the experience cell. Flattened cell by cell in
text (a page break inside a row, the header printed again after it) and ruled in a PDF, in both
languages. A few lines of damaged input -> the records they must become."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_requirement_wordings import read  # noqa: E402

from extractors.requirements import read_requirements  # noqa: E402


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


def _record(r):
    return (r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.education_fields, r.min_experience_years, r.text)


# the header's cells one after another, then each row's: number, position, education, four
# experience cells; a page break (three blank lines) inside the second row, after which the header
# is printed again and the rest of the education cell goes on
RU_TABLE = """      1. Настоящие требования распространяются на методиста и инструктора-валеолога.
      2. Квалификационные требования к должностям специалистов высшего уровня квалификации приведены в таблице:

№ п/п

Наименование·
должности

Требования к·
образованию

Требования к стажу·
работы

высшей·
категории

первой·
категории

второй·
категории

без категории

1

Методист

высшее (педагогическое)·
образование

стаж работы методистом·
первой категории не·
менее 4 лет

стаж работы методистом·
второй категории не·
менее 3 лет

стаж работы по·
специальности не·
менее 1 года

не требуется

2

Инструктор-·
валеолог

высшее·
(медицинское,·



№ п/п

Наименование·
должности

Требования к·
образованию

Требования к стажу·
работы

высшей·
категории

первой·
категории

второй·
категории

без категории

биологическое)·
образование

стаж работы по·
специальности не·
менее 5 лет

стаж работы по·
специальности не·
менее 3 лет

стаж работы по·
специальности не·
менее 2 лет

не требуется

      3. Соответствие требованиям подтверждается документами об образовании.
"""

RU_EDU_1 = "высшее (педагогическое) образование"
RU_EDU_2 = "высшее (медицинское, биологическое) образование"
RU_EXPECTED = [
    ("2", "методист", "high", "highest", "higher", ["педагогическое"], 4,
     f"{RU_EDU_1}, стаж работы методистом первой категории не менее 4 лет"),
    ("2", "методист", "high", "first", "higher", ["педагогическое"], 3,
     f"{RU_EDU_1}, стаж работы методистом второй категории не менее 3 лет"),
    ("2", "методист", "high", "second", "higher", ["педагогическое"], 1,
     f"{RU_EDU_1}, стаж работы по специальности не менее 1 года"),
    ("2", "методист", "high", "none", "higher", ["педагогическое"], None, f"{RU_EDU_1}, не требуется"),
    ("2", "инструктор-валеолог", "high", "highest", "higher", ["медицинское", "биологическое"], 5,
     f"{RU_EDU_2}, стаж работы по специальности не менее 5 лет"),
    ("2", "инструктор-валеолог", "high", "first", "higher", ["медицинское", "биологическое"], 3,
     f"{RU_EDU_2}, стаж работы по специальности не менее 3 лет"),
    ("2", "инструктор-валеолог", "high", "second", "higher", ["медицинское", "биологическое"], 2,
     f"{RU_EDU_2}, стаж работы по специальности не менее 2 лет"),
    ("2", "инструктор-валеолог", "high", "none", "higher", ["медицинское", "биологическое"], None,
     f"{RU_EDU_2}, не требуется"),
]

# the same in Kazakh, middle level, one position; the narrow cells letter-spaced, a no-experience
# cell in two categories
KK_TABLE = """      1. Осы талаптар әдіскерге және нұсқаушыға қолданылады.
      2. Біліктілігі орта деңгейдегі мамандар лауазымдарына қойылатын біліктілік талаптары мына кестеде келтірілген:
Р/с №

Лауазымның·
атауы

Біліміне қойылатын·
талаптар

Жұмыс өтіліне·
қойылатын талаптар

жоғары·
санатты

бірінші·
санатты

екінші санатты

с а н а т ы  ж о қ

1

Нұсқаушы

техникалық және·
кәсіптік (спорттық)·
білім

мамандығы·
бойынша·
кемінде 3 жыл

мамандығы·
бойынша·
кемінде 1 жыл

т а л а п·
етілмейді

талап·
етілмейді

      3. Талаптарға сәйкестік білім туралы құжаттармен расталады.
"""

KK_EDU = "техникалық және кәсіптік (спорттық) білім"
KK_EXPECTED = [
    ("2", "нұсқаушы", "middle", "highest", "tvet", ["спорттық"], 3, f"{KK_EDU}, мамандығы бойынша кемінде 3 жыл"),
    ("2", "нұсқаушы", "middle", "first", "tvet", ["спорттық"], 1, f"{KK_EDU}, мамандығы бойынша кемінде 1 жыл"),
    ("2", "нұсқаушы", "middle", "second", "tvet", ["спорттық"], None, f"{KK_EDU}, талап етілмейді"),
    ("2", "нұсқаушы", "middle", "none", "tvet", ["спорттық"], None, f"{KK_EDU}, талап етілмейді"),
]


@pytest.mark.parametrize("lang,body,expected", [("ru", RU_TABLE, RU_EXPECTED), ("kk", KK_TABLE, KK_EXPECTED)])
def test_a_clause_per_position_row_and_category_column(lang, body, expected):
    """The education cell shared by the row's categories, each category's experience cell its own;
    the level is the head's; the header printed again after the page break is no row's."""
    assert records(body, lang) == expected


@pytest.mark.parametrize("lang,body", [("ru", RU_TABLE), ("kk", KK_TABLE)])
def test_a_clauses_lines_run_from_the_education_cell_to_its_experience_cell(lang, body):
    doc, lexicon = read(body, lang)
    got = read_requirements(doc, [], lexicon)
    assert all(r.lines and r.lines[0] < r.lines[1] for r in got)
    assert len({r.lines[1] for r in got}) == len(got)


# ---------------------------------------------------------------- the same table, ruled, in a PDF

from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402

PDF_TEXT = {
    "ru": {
        "before": ["1. Настоящие требования распространяются на методиста и инструктора-валеолога.",
                   "2. Квалификационные требования к должностям специалистов высшего уровня квалификации "
                   "приведены в таблице:"],
        "header": ["№ п/п", "Наименование должности", "Требования к образованию", "Требования к стажу работы"],
        "sub": ["высшей категории", "первой категории", "второй категории", "без категории"],
        "rows": [
            ["1", "Методист", RU_EDU_1, "стаж работы методистом первой категории не менее 4 лет",
             "стаж работы методистом второй категории не менее 3 лет", "стаж работы по специальности не менее 1 года",
             "не требуется"],
            ["2", "Инструктор-валеолог", RU_EDU_2, "стаж работы по специальности не менее 5 лет",
             "стаж работы по специальности не менее 3 лет", "стаж работы по специальности не менее 2 лет",
             "не требуется"],
        ],
        "after": ["3. Соответствие требованиям подтверждается документами об образовании."],
    },
    "kk": {
        "before": ["1. Осы талаптар әдіскерге және нұсқаушыға қолданылады.",
                   "2. Біліктілігі орта деңгейдегі мамандар лауазымдарына қойылатын біліктілік талаптары мына "
                   "кестеде келтірілген:"],
        "header": ["Р/с №", "Лауазымның атауы", "Біліміне қойылатын талаптар", "Жұмыс өтіліне қойылатын талаптар"],
        "sub": ["жоғары санатты", "бірінші санатты", "екінші санатты", "санаты жоқ"],
        "rows": [
            ["1", "Нұсқаушы", KK_EDU, "мамандығы бойынша кемінде 3 жыл", "мамандығы бойынша кемінде 1 жыл",
             "талап етілмейді", "талап етілмейді"],
        ],
        "after": ["3. Талаптарға сәйкестік білім туралы құжаттармен расталады."],
    },
}
# the rules: number | position | education | four experience sub-columns
_W = (30.0, 95.0, 110.0)
XS = (MARGIN, MARGIN + _W[0], MARGIN + _W[0] + _W[1], MARGIN + sum(_W),
      *(MARGIN + sum(_W) + (CONTENT_W - sum(_W)) * k / 4 for k in (1, 2, 3, 4)))


class _Sheet(_Flow):
    """An act's page flow with a ruled table whose experience column spans four sub-columns."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def _cells(self, texts: list[str], xs: tuple[float, ...], top: float) -> float:
        size, lh = self.st.font_size, self.st.line_h
        wrapped = [_wrap(self.pdf, t, b - a - 8, False, size) for t, a, b in zip(texts, xs, xs[1:])]
        for x, lines in zip(xs, wrapped):
            for k, ln in enumerate(lines):
                _draw_text(self.pdf, x + 4, top + 4 + lh * k, ln, False, size, lh)
        return lh * max(map(len, wrapped)) + 8

    def header(self, cells: list[str], sub: list[str]) -> None:
        """Two header rows: the first three cells span both, the fourth spans the sub-columns."""
        top = self.y
        h1 = self._cells(cells, XS[:4] + (XS[-1],), top)
        h2 = self._cells(sub, XS[3:], top + h1)
        self.pdf.set_line_width(0.5)
        self.pdf.rect(XS[0], top, XS[-1] - XS[0], h1 + h2)
        for x in XS[1:4]:
            self.pdf.line(x, top, x, top + h1 + h2)
        self.pdf.line(XS[3], top + h1, XS[-1], top + h1)
        for x in XS[4:-1]:
            self.pdf.line(x, top + h1, x, top + h1 + h2)
        self.y = top + h1 + h2

    def row(self, cells: list[str]) -> None:
        height = self._cells(cells, XS, self.y)
        self.pdf.rect(XS[0], self.y, XS[-1] - XS[0], height)
        for x in XS[1:-1]:
            self.pdf.line(x, self.y, x, self.y + height)
        self.y += height


def _pdf_records(tmp_path: Path, lang: str, page_after: int | None = None):
    """The act as a PDF; `page_after`: the rows after which the table goes on over the next page,
    its two header rows printed again there."""
    text, s = PDF_TEXT[lang], _Sheet()
    for p in text["before"]:
        s.paragraph(p, indent=12 * MM)
    s.header(text["header"], text["sub"])
    for k, row in enumerate(text["rows"]):
        if k == page_after:
            s.pdf.add_page()
            s.y = MARGIN
            s.header(text["header"], text["sub"])
        s.row(row)
    s.y += s.st.line_h
    for p in text["after"]:
        s.paragraph(p, indent=12 * MM)
    path = tmp_path / f"matrix_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang,expected", [("ru", RU_EXPECTED), ("kk", KK_EXPECTED)])
def test_the_same_table_ruled_in_a_pdf(tmp_path, lang, expected):
    """The PDF reader flattens the two header rows and the rows cell by cell, as the text does."""
    assert _pdf_records(tmp_path, lang) == expected


def test_a_two_row_header_printed_again_over_the_page_is_no_row(tmp_path):
    """The table goes on over the page with both its header rows printed again: the sub-columns'
    row is dropped with the first (not read as the rest of the row above the break)."""
    assert _pdf_records(tmp_path, "ru", page_after=1) == RU_EXPECTED


# other forms of the heads: the columns' (requirements_matrix.tsv) and the categories' (`Высшая
# категория`, `санатсыз`)
@pytest.mark.parametrize("lang,body,swaps,expected", [
    ("ru", RU_TABLE, [("Требования к·\nобразованию", "Требования к уровню·\nобразования"),
                      ("Требования к стажу·\nработы", "Требования к опыту·\nработы"),
                      ("высшей·\nкатегории", "Высшая·\nкатегория"), ("без категории", "Без категории")],
     RU_EXPECTED),
    ("kk", KK_TABLE, [("Біліміне қойылатын·\nталаптар", "Білім деңгейіне·\nқойылатын талаптар"),
                      ("Жұмыс өтіліне·\nқойылатын талаптар", "Еңбек өтіліне·\nқойылатын талаптар"),
                      ("с а н а т ы  ж о қ", "санатсыз")],
     KK_EXPECTED),
])
def test_other_forms_of_the_heads(lang, body, swaps, expected):
    for old, new in swaps:
        assert old in body
        body = body.replace(old, new)
    assert records(body, lang) == expected


# guards: a header without a number column, or whose cells after the experience column name no
# category, is no matrix (read as before)
def test_a_header_whose_next_cells_name_no_category_is_no_matrix():
    from extractors import requirement_matrix
    from extractors.requirement_table import Cell

    def cells(*texts):
        return [Cell(t, 1, False, (k, k), False) for k, t in enumerate(texts)]

    assert requirement_matrix.clauses(cells("№", "Должность", "Образование", "Стаж работы", "1", "Методист",
                                            "высшее образование", "не менее 3 лет"), "ru", None) is None
    assert requirement_matrix.clauses(cells("Должность", "Образование", "Стаж работы", "высшей категории",
                                            "первой категории", "Методист"), "ru", None) is None


# a level column between the position and the education: each row's level is its own (the head
# names none)
RU_LEVELS = """      2. Квалификационные требования к должностям работников центра приведены в таблице:

№

Должность

Уровень квалификации

Образование

Стаж работы

высшая

первая

вторая

без категории

1

Методист

высокий

высшее (педагогическое)·
образование

не менее 3 лет

не менее 2 лет

не менее 1 года

не требуется

2

Лаборант

средний

техническое и·
профессиональное·
образование

не менее 2 лет

не менее 1 года

не требуется

не требуется

      3. Прочие положения.
"""

KK_LEVELS = """      2. Орталық жұмыскерлерінің лауазымдарына қойылатын біліктілік талаптары кестеде келтірілген:

№

Лауазымы

Біліктілік деңгейі

Білімі

Жұмыс өтілі

жоғары санатты

бірінші санатты

екінші санатты

санатсыз

1

Әдіскер

жоғары

жоғары (педагогикалық)·
білім

кемінде 3 жыл

кемінде 2 жыл

кемінде 1 жыл

талап етілмейді

2

Зертханашы

орта

техникалық және·
кәсіптік білім

кемінде 2 жыл

кемінде 1 жыл

талап етілмейді

талап етілмейді

      3. Басқа ережелер.
"""


@pytest.mark.parametrize("lang,body,names", [("ru", RU_LEVELS, ("методист", "лаборант")),
                                             ("kk", KK_LEVELS, ("әдіскер", "зертханашы"))])
def test_a_level_column_gives_each_row_its_level(lang, body, names):
    got = [(r[1], r[2], r[3], r[4], r[6]) for r in records(body, lang)]
    assert got == [
        (names[0], "high", "highest", "higher", 3), (names[0], "high", "first", "higher", 2),
        (names[0], "high", "second", "higher", 1), (names[0], "high", "none", "higher", None),
        (names[1], "middle", "highest", "tvet", 2), (names[1], "middle", "first", "tvet", 1),
        (names[1], "middle", "second", "tvet", None), (names[1], "middle", "none", "tvet", None)]
