"""Requirement acts that print a point's requirements as a TRANSPOSED table: the COLUMNS are the
categories (`Вид требований | Высшая категория | … | Без категории`; `Талаптардың түрі | Жоғары
санатты | … | Санаты жоқ`), the ROWS the kinds of requirement (education, experience). A cell
merged across several category columns is printed once and holds for each; the position and its
level are the point's lead-in's. A note under the table is no clause. Prose with its years in
words reads as before. Flattened cell by cell in text (a page break inside a cell, the header
printed again after it) and ruled in a PDF, in both languages. A few lines of damaged input -> the
records they must become."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_requirement_wordings import read  # noqa: E402

from extractors.requirement_table import is_note  # noqa: E402
from extractors.requirements import read_requirements  # noqa: E402


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


def _record(r):
    return (r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.education_fields, r.min_experience_years, r.text)


# one education cell merged across the four categories, an experience cell each, a note under the
# table that names two categories
RU_ALL_MERGED = """      1. Требования определяют образование и стаж методиста.
      2. Методист (специалист высшего уровня квалификации):
Вид·
требований

Высшая·
категория

Первая·
категория

Вторая категория

Без·
категории

Требования·
к образованию

высшее (медицинское, биологическое)·
образование

Требования к·
стажу работы

не менее 4 лет·
стажа работы·
методистом

не менее 3 лет·
стажа работы·
методистом

не менее 1 года·
по·
специальности

не·
требуется

      Примечание: для первой категории и для высшей категории засчитывается стаж работы в·
должности инструктора, но не более двух лет.
      3. Соответствие требованиям подтверждается документами.
"""

RU_EDU = "высшее (медицинское, биологическое) образование"
RU_ALL_EXPECTED = [
    ("2", "методист", "high", "highest", "higher", ["медицинское", "биологическое"], 4,
     f"{RU_EDU}, не менее 4 лет стажа работы методистом"),
    ("2", "методист", "high", "first", "higher", ["медицинское", "биологическое"], 3,
     f"{RU_EDU}, не менее 3 лет стажа работы методистом"),
    ("2", "методист", "high", "second", "higher", ["медицинское", "биологическое"], 1,
     f"{RU_EDU}, не менее 1 года по специальности"),
    ("2", "методист", "high", "none", "higher", ["медицинское", "биологическое"], None, f"{RU_EDU}, не требуется"),
]

KK_ALL_MERGED = """      1. Талаптар нұсқаушының білімі мен жұмыс өтілін белгілейді.
      2. Нұсқаушы (біліктілігі жоғары деңгейдегі маман):
Талаптардың·
түрі

Жоғары·
санатты

Бірінші·
санатты

Екінші·
санатты

Санаты жоқ

Біліміне·
қойылатын·
талаптар

жоғары (медициналық, биологиялық)·
білім

Жұмыс өтіліне·
қойылатын·
талаптар

мамандығы·
бойынша·
кемінде 4 жыл

мамандығы·
бойынша·
кемінде 3 жыл

мамандығы·
бойынша·
кемінде 1 жыл

талап·
етілмейді

      Ескертпе: жоғары санатты және бірінші санатты нұсқаушының жұмыс өтіліне әдіскер·
лауазымындағы жұмыс өтілі есептеледі, бірақ екі жылдан аспайды.
      3. Талаптарға сәйкестік құжаттармен расталады.
"""

KK_EDU = "жоғары (медициналық, биологиялық) білім"
KK_ALL_EXPECTED = [
    ("2", "нұсқаушы", "high", "highest", "higher", ["медициналық", "биологиялық"], 4,
     f"{KK_EDU}, мамандығы бойынша кемінде 4 жыл"),
    ("2", "нұсқаушы", "high", "first", "higher", ["медициналық", "биологиялық"], 3,
     f"{KK_EDU}, мамандығы бойынша кемінде 3 жыл"),
    ("2", "нұсқаушы", "high", "second", "higher", ["медициналық", "биологиялық"], 1,
     f"{KK_EDU}, мамандығы бойынша кемінде 1 жыл"),
    ("2", "нұсқаушы", "high", "none", "higher", ["медициналық", "биологиялық"], None, f"{KK_EDU}, талап етілмейді"),
]


@pytest.mark.parametrize("lang,body,expected", [("ru", RU_ALL_MERGED, RU_ALL_EXPECTED),
                                                ("kk", KK_ALL_MERGED, KK_ALL_EXPECTED)])
def test_a_clause_per_category_column_the_merged_education_for_each(lang, body, expected):
    """The education cell printed once holds for the four categories; each experience cell is its
    column's; the position and level are the lead-in's; the note under the table is no clause."""
    assert records(body, lang) == expected


# the education merged across the first three categories, the last with its own cell naming an
# alternative; a page break inside that cell, the header printed again after it
RU_OWN_CELL = """      2. Лаборант (специалист среднего уровня квалификации):
Вид требований

Высшая·
категория

Первая·
категория

Вторая·
категория

Без категории

Требования к·
образованию

техническое и профессиональное (химическое,·
биологическое) образование

техническое и·
профессиональное·
(химическое,·
биологическое)·
образование или·
общее среднее



Вид требований

Высшая·
категория

Первая·
категория

Вторая·
категория

Без категории

образование и·
курсы·
лаборантов

Требования к·
стажу работы

не менее 3 лет·
по·
специальности

не менее 2 лет·
по·
специальности

не менее 1 года·
по·
специальности

не требуется

      3. Соответствие требованиям подтверждается документами.
"""

RU_TVET = "техническое и профессиональное (химическое, биологическое) образование"
RU_OWN_EXPECTED = [
    ("2", "лаборант", "middle", "highest", "tvet", ["химическое", "биологическое"], 3,
     f"{RU_TVET}, не менее 3 лет по специальности"),
    ("2", "лаборант", "middle", "first", "tvet", ["химическое", "биологическое"], 2,
     f"{RU_TVET}, не менее 2 лет по специальности"),
    ("2", "лаборант", "middle", "second", "tvet", ["химическое", "биологическое"], 1,
     f"{RU_TVET}, не менее 1 года по специальности"),
    ("2", "лаборант", "middle", "none", "tvet", ["химическое", "биологическое"], None,
     f"{RU_TVET} или общее среднее образование и курсы лаборантов, не требуется"),
]

KK_OWN_CELL = """      2. Зертханашы (біліктілігі орта деңгейдегі маман):
Талаптардың түрі

Жоғары·
санатты

Бірінші·
санатты

Екінші·
санатты

Санаты жоқ

Біліміне·
қойылатын·
талаптар

техникалық және кәсіптік (химиялық,·
биологиялық) білім

техникалық·
және кәсіптік·
(химиялық,·
биологиялық)·
білім немесе·
жалпы орта



Талаптардың түрі

Жоғары·
санатты

Бірінші·
санатты

Екінші·
санатты

Санаты жоқ

білім және·
зертханашы·
курсы

Жұмыс өтіліне·
қойылатын·
талаптар

мамандығы·
бойынша·
кемінде 3 жыл

мамандығы·
бойынша·
кемінде 2 жыл

мамандығы·
бойынша·
кемінде 1 жыл

талап·
етілмейді

      3. Талаптарға сәйкестік құжаттармен расталады.
"""

KK_TVET = "техникалық және кәсіптік (химиялық, биологиялық) білім"
KK_OWN_EXPECTED = [
    ("2", "зертханашы", "middle", "highest", "tvet", ["химиялық", "биологиялық"], 3,
     f"{KK_TVET}, мамандығы бойынша кемінде 3 жыл"),
    ("2", "зертханашы", "middle", "first", "tvet", ["химиялық", "биологиялық"], 2,
     f"{KK_TVET}, мамандығы бойынша кемінде 2 жыл"),
    ("2", "зертханашы", "middle", "second", "tvet", ["химиялық", "биологиялық"], 1,
     f"{KK_TVET}, мамандығы бойынша кемінде 1 жыл"),
    ("2", "зертханашы", "middle", "none", "tvet", ["химиялық", "биологиялық"], None,
     f"{KK_TVET} немесе жалпы орта білім және зертханашы курсы, талап етілмейді"),
]


@pytest.mark.parametrize("lang,body,expected", [("ru", RU_OWN_CELL, RU_OWN_EXPECTED),
                                                ("kk", KK_OWN_CELL, KK_OWN_EXPECTED)])
def test_a_category_with_its_own_cell_and_a_cell_cut_by_a_page_break(lang, body, expected):
    """The first education cell holds for the three categories without a cell of their own; the
    last category's cell names an alternative; its rest after the page break (the header printed
    again) goes on with it, not a cell of its own."""
    assert records(body, lang) == expected


@pytest.mark.parametrize("lang,body", [("ru", RU_ALL_MERGED), ("kk", KK_ALL_MERGED), ("ru", RU_OWN_CELL)])
def test_a_clauses_lines_run_from_its_education_cell_to_its_experience_cell(lang, body):
    doc, lexicon = read(body, lang)
    got = read_requirements(doc, [], lexicon)
    assert all(r.lines and r.lines[0] < r.lines[1] for r in got)
    assert len({r.lines[1] for r in got}) == len(got)


# ------------------------------------------------------------------------- guards and the note

def _cells(*texts):
    from extractors.requirement_table import Cell
    return [Cell(t, 1, False, (k, k), False) for k, t in enumerate(texts)]


def test_rows_that_do_not_fit_the_columns_are_no_transposed_table():
    """More cells in a row than categories, no experience row, or a header whose first cell heads
    no row labels: read by the other readers (None)."""
    from extractors import requirement_transposed as transposed
    head = ("Вид требований", "Высшая категория", "Без категории")
    assert transposed.clauses(_cells(*head, "Требования к образованию", "высшее образование",
                                     "Требования к стажу работы", "не менее 3 лет", "не менее 1 года",
                                     "не требуется"), "ru", None) is None
    assert transposed.clauses(_cells(*head, "Требования к образованию", "высшее образование"), "ru", None) is None
    assert transposed.clauses(_cells("Должность", "Высшая категория", "Без категории", "Требования к образованию",
                                     "высшее образование"), "ru", None) is None


@pytest.mark.parametrize("lang,text,note", [
    ("ru", "Примечание: стаж засчитывается не более одного года.", True),
    ("ru", "Примечания. 1) стаж засчитывается …", True),
    ("ru", "примечанием к таблице служит …", False),
    ("kk", "Ескертпе: жұмыс өтілі бір жылдан аспайды.", True),
    ("kk", "Ескерту. Өтіл есептеледі.", True),
    ("kk", "жоғары санатты – жоғары білім", False),
])
def test_a_note_is_told_by_its_opening_word(lang, text, note):
    assert is_note(text, lang) is note


RU_PROSE_NOTE = """      2. Методист (специалист высшего уровня квалификации):
      высшей категории – высшее образование, стаж работы по специальности не менее пяти лет;
      без категории – высшее образование, без предъявления требований к стажу работы.
      Примечание:
      без категории – стаж работы по специальности не менее одного года засчитывается.
      3. Соответствие требованиям подтверждается документами.
"""
KK_PROSE_NOTE = """      2. Әдіскер (біліктілігі жоғары деңгейдегі маман):
      жоғары санатты – жоғары білім, мамандығы бойынша кемінде бес жыл жұмыс өтілі;
      санаты жоқ – жоғары білім, жұмыс өтіліне талап қойылмайды.
      Ескертпе:
      санаты жоқ – мамандығы бойынша кемінде бір жыл жұмыс өтілі есептеледі.
      3. Талаптарға сәйкестік құжаттармен расталады.
"""


@pytest.mark.parametrize("lang,body,position,first", [
    ("ru", RU_PROSE_NOTE, "методист", "высшее образование, стаж работы по специальности не менее пяти лет"),
    ("kk", KK_PROSE_NOTE, "әдіскер", "жоғары білім, мамандығы бойынша кемінде бес жыл жұмыс өтілі"),
])
def test_prose_years_in_words_and_a_note_under_the_clauses(lang, body, position, first):
    """Years written in words read as years; the note, its item printed like a category's clause,
    holds no clause and does not go on with the last one."""
    got = records(body, lang)
    assert [(r[1], r[2], r[3], r[6]) for r in got] == [(position, "high", "highest", 5), (position, "high", "none", None)]
    assert got[0][7] == first
    assert all(not is_note(r[7], lang) and len(r[7]) < 90 for r in got)


# ---------------------------------------------------------------- the same tables, ruled, in a PDF

from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402

PDF_TEXT = {
    "ru": {
        "head": "2. Лаборант (специалист среднего уровня квалификации):",
        "header": ["Вид требований", "Высшая категория", "Первая категория", "Вторая категория", "Без категории"],
        "labels": ["Требования к образованию", "Требования к стажу работы"],
        "education": [RU_TVET, f"{RU_TVET} или общее среднее образование и курсы лаборантов"],
        "experience": ["не менее 3 лет по специальности", "не менее 2 лет по специальности",
                       "не менее 1 года по специальности", "не требуется"],
        "note": "Примечание: для высшей категории – засчитывается стаж работы в должности препаратора, но не более "
                "одного года.",
        "after": "3. Соответствие требованиям подтверждается документами.",
    },
    "kk": {
        "head": "2. Зертханашы (біліктілігі орта деңгейдегі маман):",
        "header": ["Талаптардың түрі", "Жоғары санатты", "Бірінші санатты", "Екінші санатты", "Санаты жоқ"],
        "labels": ["Біліміне қойылатын талаптар", "Жұмыс өтіліне қойылатын талаптар"],
        "education": [KK_TVET, f"{KK_TVET} немесе жалпы орта білім және зертханашы курсы"],
        "experience": ["мамандығы бойынша кемінде 3 жыл", "мамандығы бойынша кемінде 2 жыл",
                       "мамандығы бойынша кемінде 1 жыл", "талап етілмейді"],
        "note": "Ескертпе: жоғары санатты – зертханашының жұмыс өтіліне препаратор лауазымындағы өтіл есептеледі, "
                "бірақ бір жылдан аспайды.",
        "after": "3. Талаптарға сәйкестік құжаттармен расталады.",
    },
}
# the rules: the row labels' column, then one column per category
_LABEL_W = 35 * MM
XS = (MARGIN, MARGIN + _LABEL_W, *(MARGIN + _LABEL_W + (CONTENT_W - _LABEL_W) * k / 4 for k in (1, 2, 3, 4)))


class _Sheet(_Flow):
    """An act's page flow with a ruled table whose columns are the categories."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def row(self, cells: list[str], spans: list[int]) -> None:
        """A row of cells, each across `spans[k]` columns, every rule drawn."""
        size, lh, top = self.st.font_size, self.st.line_h, self.y
        edges, at = [XS[0]], 0
        for n in spans:
            at += n
            edges.append(XS[at])
        wrapped = [_wrap(self.pdf, t, b - a - 8, False, size) for t, a, b in zip(cells, edges, edges[1:])]
        for x, lines in zip(edges, wrapped):
            for k, ln in enumerate(lines):
                _draw_text(self.pdf, x + 4, top + 4 + lh * k, ln, False, size, lh)
        height = lh * max(map(len, wrapped)) + 8
        self.pdf.set_line_width(0.5)
        self.pdf.rect(XS[0], top, XS[-1] - XS[0], height)
        for x in edges[1:-1]:
            self.pdf.line(x, top, x, top + height)
        self.y = top + height


def _pdf_records(tmp_path: Path, lang: str, merged_all: bool):
    """The act as a PDF: the education merged across the four categories (`merged_all`) or across
    the first three, the last with its own cell; a note under the table, not indented."""
    text, s = PDF_TEXT[lang], _Sheet()
    s.paragraph(text["head"], indent=12 * MM)
    s.row(text["header"], [1] * 5)
    if merged_all:
        s.row([text["labels"][0], text["education"][0]], [1, 4])
    else:
        s.row([text["labels"][0], *text["education"]], [1, 3, 1])
    s.row([text["labels"][1], *text["experience"]], [1] * 5)
    s.y += s.st.line_h
    s.paragraph(text["note"])
    s.paragraph(text["after"], indent=12 * MM)
    path = tmp_path / f"transposed_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


def _all_merged(expected):
    """The expected records where the first education cell holds for every category."""
    first = expected[0][7].rsplit(", ", 1)[0]
    return expected[:3] + [(*expected[3][:7], f"{first}, {expected[3][7].rsplit(', ', 1)[1]}")]


@pytest.mark.parametrize("lang,expected", [("ru", RU_OWN_EXPECTED), ("kk", KK_OWN_EXPECTED)])
@pytest.mark.parametrize("merged_all", [False, True])
def test_the_table_ruled_in_a_pdf(tmp_path, lang, expected, merged_all):
    """The PDF reader flattens the ruled table cell by cell, a merged cell once, as the text does;
    the note under it (not indented, so not told apart by its indent) is no cell of its last row."""
    assert _pdf_records(tmp_path, lang, merged_all) == (_all_merged(expected) if merged_all else expected)
