"""Requirement acts that print one position's requirements as a TABLE WHOSE COLUMNS ARE THE
SPECIALIST LEVELS and whose rows are the categories (`Санаты` | `Біліктілігі жоғары деңгейдегі
маман` | `Біліктілігі орташа деңгейдегі маман`, rows `Жоғары санат` … `Санаты жоқ`): each cell is
a clause of its own, of its row's category and its column's level, for the position the head
names. Flattened cell by cell in text (the narrow category cells letter-spaced, the header row
printed again after a page break, a page break inside a row) and ruled in a PDF, in both
languages. A few lines of damaged input -> the records they must become."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402
from test_requirement_wordings import read  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.requirements import read_requirements  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


def _record(r):
    return (r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.education_fields, r.min_experience_years, r.experience_in)


# the header's first cell on the head's own block (no blank line between them), the category cells
# letter-spaced, the header row printed again after the page break (two blank lines)
KK_TABLE = """      1. Осы талаптар оңалту орталығының мынадай лауазымдарына қолданылады: сурдоаудармашы, тифлопедагог.
      2. Сурдоаудармашыға қойылатын біліктілік талаптары мынадай кестеде келтірілген:
Біліктілік·
санаты

Біліктілігі жоғары·
деңгейдегі маман

Біліктілігі орташа·
деңгейдегі маман

Ж о ғ а р ы·
санат

жоғары (педагогикалық, психологиялық) білім·
және мамандығы бойынша жұмыс өтілі·
кемінде 4 жыл

техникалық және кәсіптік (педагогикалық)·
білім және мамандығы бойынша жұмыс·
өтілі кемінде 3 жыл

Б і р і н ш і·
санат

жоғары (педагогикалық, психологиялық) білім·
және мамандығы бойынша жұмыс өтілі·
кемінде 2 жыл

техникалық және кәсіптік (педагогикалық)·
білім және мамандығы бойынша жұмыс·
өтілі кемінде 1 жыл



Біліктілік·
санаты

Біліктілігі жоғары·
деңгейдегі маман

Біліктілігі орташа·
деңгейдегі маман

С а н а т с ы з

жоғары (педагогикалық, психологиялық) білім,·
жұмыс өтіліне талап қойылмайды

техникалық және кәсіптік (педагогикалық)·
білім, жұмыс өтіліне талап қойылмайды

      Сурдоаудармашы лауазымына аударма дағдылары туралы құжаты бар адамдар тағайындалады.
      3. Тифлопедагогқа қойылатын біліктілік талаптары:
      жоғары санатты – жоғары (дефектологиялық) білім және мамандығы бойынша жұмыс өтілі кемінде 3 жыл.
"""

KK_EXPECTED = [
    ("2", "сурдоаудармашы", "high", "highest", "higher", ["педагогикалық", "психологиялық"], 4, "мамандығы бойынша"),
    ("2", "сурдоаудармашы", "middle", "highest", "tvet", ["педагогикалық"], 3, "мамандығы бойынша"),
    ("2", "сурдоаудармашы", "high", "first", "higher", ["педагогикалық", "психологиялық"], 2, "мамандығы бойынша"),
    ("2", "сурдоаудармашы", "middle", "first", "tvet", ["педагогикалық"], 1, "мамандығы бойынша"),
    ("2", "сурдоаудармашы", "high", "none", "higher", ["педагогикалық", "психологиялық"], None, None),
    ("2", "сурдоаудармашы", "middle", "none", "tvet", ["педагогикалық"], None, None),
    ("3", "тифлопедагог", None, "highest", "higher", ["дефектологиялық"], 3, "мамандығы бойынша"),
]

# the same in Russian: a blank line between the head and the header; the page break falls inside
# the second row and cuts both its clauses (the header row printed again before their rest)
RU_TABLE = """      1. Настоящие требования распространяются на следующих работников центра: сурдопереводчик, тифлопедагог.
      2. Квалификационные требования к сурдопереводчику приведены в следующей таблице:

Категория

Специалист высшего·
уровня квалификации

Специалист среднего·
уровня квалификации

В ы с ш а я·
категория

высшее (педагогическое, психологическое)·
образование и стаж работы по·
специальности не менее 4 лет

техническое и профессиональное·
(педагогическое) образование и стаж·
работы по специальности не менее 3 лет

П е р в а я·
категория

высшее (педагогическое, психологическое)·
образование и стаж работы по·
специальности не менее

техническое и профессиональное·
(педагогическое) образование и стаж·
работы по специальности не менее



Категория

Специалист высшего·
уровня квалификации

Специалист среднего·
уровня квалификации

2 лет

1 года

Б е з·
категории

высшее (педагогическое, психологическое)·
образование, без предъявления требований·
к стажу работы

техническое и профессиональное·
(педагогическое) образование, без·
предъявления требований к стажу работы

      3. Квалификационные требования к тифлопедагогу:
      высшей категории – высшее (дефектологическое) образование и стаж работы по специальности не менее 3 лет.
"""

RU_EXPECTED = [
    ("2", "сурдопереводчик", "high", "highest", "higher", ["педагогическое", "психологическое"], 4, "по специальности"),
    ("2", "сурдопереводчик", "middle", "highest", "tvet", ["педагогическое"], 3, "по специальности"),
    ("2", "сурдопереводчик", "high", "first", "higher", ["педагогическое", "психологическое"], 2, "по специальности"),
    ("2", "сурдопереводчик", "middle", "first", "tvet", ["педагогическое"], 1, "по специальности"),
    ("2", "сурдопереводчик", "high", "none", "higher", ["педагогическое", "психологическое"], None, None),
    ("2", "сурдопереводчик", "middle", "none", "tvet", ["педагогическое"], None, None),
    ("3", "тифлопедагог", None, "highest", "higher", ["дефектологическое"], 3, "по специальности"),
]


@pytest.mark.parametrize("lang,body,expected", [("kk", KK_TABLE, KK_EXPECTED), ("ru", RU_TABLE, RU_EXPECTED)])
def test_each_cell_of_a_table_of_levels_by_categories_is_a_clause(lang, body, expected):
    """A clause per category row and level column, for the position the head names; the header
    printed again after the page break is no row; the paragraph after the table is its own."""
    assert records(body, lang) == expected


@pytest.mark.parametrize("lang,body", [("kk", KK_TABLE), ("ru", RU_TABLE)])
def test_a_cells_clause_is_the_cell_alone_with_its_lines(lang, body):
    """Each clause's text is its own cell (the rest a page break cut joined to it), never its
    neighbour's; its lines start at the cell's first."""
    doc, lexicon = read(body, lang)
    got = [r for r in read_requirements(doc, [], lexicon) if r.paragraph == "2"]
    high_first = got[2]
    assert high_first.text.endswith(("кемінде 2 жыл", "не менее 2 лет"))
    assert "1 жыл" not in high_first.text and "1 года" not in high_first.text
    assert len({r.lines[0] for r in got}) == len(got)


# the levels printed short, the way a level cell under a level column prints them; a category
# column with a number column before it
RU_SHORT = """      2. Квалификационные требования к ассистенту приведены в следующей таблице:

№

Категория

Высокий уровень квалификации

Средний квалификационный уровень

1

Первая категория

высшее образование и стаж работы не менее 2 лет

техническое и профессиональное образование и стаж работы не менее 1 года

2

Без категории

высшее образование, без предъявления требований к стажу работы

техническое и профессиональное образование, без предъявления требований к стажу работы

      3. Прочие положения.
"""


def test_numbered_rows_and_levels_printed_short():
    assert [(r[2], r[3], r[4], r[6]) for r in records(RU_SHORT, "ru")] == [
        ("high", "first", "higher", 2), ("middle", "first", "tvet", 1),
        ("high", "none", "higher", None), ("middle", "none", "tvet", None)]


# guards: a table with a level column whose first row opens with a level keeps its level column
# (the level cell after the header is the first row's, not a column of clauses)
KK_LEVEL_ROWS = """      2. Қызметкерлерге қойылатын біліктілік талаптары мынадай кестеде келтірілген:

Біліктілік деңгейі

Біліктілік талаптары

Біліктілігі жоғары деңгейдегі маман

жоғары білім және мамандығы бойынша жұмыс өтілі кемінде 3 жыл

Біліктілігі орташа деңгейдегі маман

техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды

      3. Басқа ережелер.
"""


def test_a_level_after_a_header_with_a_clause_column_opens_a_row():
    assert [(r[2], r[3], r[4], r[6]) for r in records(KK_LEVEL_ROWS, "kk")] == [
        ("high", None, "higher", 3), ("middle", None, "tvet", None)]


# ---------------------------------------------------------------- the same table, ruled, in a PDF

PDF_TEXT = {
    "kk": {
        "before": ["1. Осы талаптар оңалту орталығының мынадай лауазымдарына қолданылады: сурдоаудармашы, "
                   "тифлопедагог.",
                   "2. Сурдоаудармашыға қойылатын біліктілік талаптары мынадай кестеде келтірілген:"],
        "header": ["Біліктілік санаты", "Біліктілігі жоғары деңгейдегі маман", "Біліктілігі орташа деңгейдегі маман"],
        "rows": [
            ["Жоғары санат", "жоғары (педагогикалық, психологиялық) білім және мамандығы бойынша жұмыс өтілі кемінде 4 жыл",
             "техникалық және кәсіптік (педагогикалық) білім және мамандығы бойынша жұмыс өтілі кемінде 3 жыл"],
            ["Бірінші санат", "жоғары (педагогикалық, психологиялық) білім және мамандығы бойынша жұмыс өтілі кемінде 2 жыл",
             "техникалық және кәсіптік (педагогикалық) білім және мамандығы бойынша жұмыс өтілі кемінде 1 жыл"],
            ["Санатсыз", "жоғары (педагогикалық, психологиялық) білім, жұмыс өтіліне талап қойылмайды",
             "техникалық және кәсіптік (педагогикалық) білім, жұмыс өтіліне талап қойылмайды"],
        ],
        "after": ["Сурдоаудармашы лауазымына аударма дағдылары туралы құжаты бар адамдар тағайындалады.",
                  "3. Тифлопедагогқа қойылатын біліктілік талаптары:",
                  "жоғары санатты – жоғары (дефектологиялық) білім және мамандығы бойынша жұмыс өтілі кемінде 3 жыл."],
    },
    "ru": {
        "before": ["1. Настоящие требования распространяются на следующих работников центра: сурдопереводчик, "
                   "тифлопедагог.",
                   "2. Квалификационные требования к сурдопереводчику приведены в следующей таблице:"],
        "header": ["Категория", "Специалист высшего уровня квалификации", "Специалист среднего уровня квалификации"],
        "rows": [
            ["Высшая категория", "высшее (педагогическое, психологическое) образование и стаж работы по специальности "
             "не менее 4 лет", "техническое и профессиональное (педагогическое) образование и стаж работы по "
             "специальности не менее 3 лет"],
            ["Первая категория", "высшее (педагогическое, психологическое) образование и стаж работы по специальности "
             "не менее 2 лет", "техническое и профессиональное (педагогическое) образование и стаж работы по "
             "специальности не менее 1 года"],
            ["Без категории", "высшее (педагогическое, психологическое) образование, без предъявления требований к "
             "стажу работы", "техническое и профессиональное (педагогическое) образование, без предъявления "
             "требований к стажу работы"],
        ],
        "after": ["3. Квалификационные требования к тифлопедагогу:",
                  "высшей категории – высшее (дефектологическое) образование и стаж работы по специальности не менее "
                  "3 лет."],
    },
}
# the rules: category | high level | middle level
XS = (MARGIN, MARGIN + 80.0, MARGIN + 80.0 + (CONTENT_W - 80.0) / 2, MARGIN + CONTENT_W)


class _Sheet(_Flow):
    """An act's page flow with a ruled table whose header row is printed again at the top of the
    next page."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def row(self, cells: list[str]) -> None:
        size, lh = self.st.font_size, self.st.line_h
        wrapped = [_wrap(self.pdf, text, b - a - 8, False, size) for text, a, b in zip(cells, XS, XS[1:])]
        height = lh * max(map(len, wrapped)) + 8
        self.pdf.set_line_width(0.5)
        self.pdf.rect(XS[0], self.y, XS[-1] - XS[0], height)
        for x in XS[1:-1]:
            self.pdf.line(x, self.y, x, self.y + height)
        for x, lines in zip(XS, wrapped):
            for k, ln in enumerate(lines):
                _draw_text(self.pdf, x + 4, self.y + 4 + lh * k, ln, False, size, lh)
        self.y += height

    def page(self) -> None:
        self.pdf.add_page()
        self.y = MARGIN


def _pdf_records(tmp_path: Path, lang: str):
    text, s = PDF_TEXT[lang], _Sheet()
    for p in text["before"]:
        s.paragraph(p, indent=12 * MM)
    s.row(text["header"])
    for row in text["rows"][:2]:
        s.row(row)
    s.page()
    s.row(text["header"])
    s.row(text["rows"][2])
    s.y += s.st.line_h
    for p in text["after"]:
        s.paragraph(p, indent=12 * MM)
    path = tmp_path / f"levels_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang,expected", [("kk", KK_EXPECTED), ("ru", RU_EXPECTED)])
def test_the_same_table_ruled_in_a_pdf(tmp_path, lang, expected):
    """The header row printed again on the next page is one with the first (the PDF reader's
    table goes on over the page); each cell is a clause, as in the text."""
    assert _pdf_records(tmp_path, lang) == expected
