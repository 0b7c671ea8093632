"""Requirement acts whose table has no number column and opens with the POSITION, then the level,
the category, the education and the experience (`Лауазымның атауы | Біліктілік деңгейі | Санаты |
Біліміне қойылатын талаптар | Жұмыс өтіліне қойылатын талаптар`), flattened cell by cell: a row of
column numbers under the header, the position cell merged down all its rows and the level cell
down its category rows (each printed once, in the first row it covers), the header and its
numbers printed again after a page break inside the table. Two positions in one table. A few lines
of damaged text -> the records they must become, in both languages."""
import pytest

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def rows(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


KK_TABLE = """      1. Осы талаптар мынадай лауазымдарға қолданылады:
      1) отбасын қолдау жөніндегі маман;
      2) медиация жөніндегі кеңесші.
      2. Отбасын қолдау жөніндегі маманның және медиация жөніндегі кеңесшінің біліктілігіне·
қойылатын талаптар мына кестеде келтірілген:
Лауазымның атауы

Біліктілік·
деңгейі

Санаты

Біліміне қойылатын·
талаптар

Жұмыс өтіліне·
қойылатын талаптар

1

2

3

4

5

Отбасын қолдау·
ж ө н і н д е г і·
маман

Біліктілігі·
ж о ғ а р ы·
деңгейдегі маман

жоғары·
санатты

жоғары (педагогикалық,·
әлеуметтік) білім

мамандығы бойынша·
кемінде 3 жыл

санаты жоқ

жоғары (педагогикалық,·
әлеуметтік) білім

талап қойылмайды




Лауазымның атауы

Біліктілік·
деңгейі

Санаты

Біліміне қойылатын·
талаптар

Жұмыс өтіліне·
қойылатын талаптар

1

2

3

4

5

Біліктілігі орта·
деңгейдегі маман

бірінші·
санатты

техникалық және кәсіптік·
(әлеуметтік) білім

мамандығы бойынша·
кемінде 2 жыл

Медиация жөніндегі·
кеңесші

Біліктілігі·
жоғары·
деңгейдегі маман

екінші санатты

жоғары (құқықтық)·
білім

медиация саласында·
кемінде 1 жыл

      3. Жұмыскердің талаптарға сәйкестігі құжаттармен расталады.
"""

RU_TABLE = """      1. Настоящие требования распространяются на следующих работников:
      1) специалист по поддержке семьи;
      2) консультант по медиации.
      2. Квалификационные требования к специалисту по поддержке семьи и консультанту по·
медиации приведены в следующей таблице:
Наименование должности

Уровень·
квалификации

Категория

Требования к·
образованию

Требования к стажу·
работы

1

2

3

4

5

Специалист по·
п о д д е р ж к е·
семьи

Специалист·
в ы с ш е г о·
уровня квалификации

высшая·
категория

высшее (педагогическое,·
социальное) образование

не менее 3 лет по·
специальности

без категории

высшее (педагогическое,·
социальное) образование

не требуется




Наименование должности

Уровень·
квалификации

Категория

Требования к·
образованию

Требования к стажу·
работы

1

2

3

4

5

Специалист среднего·
уровня квалификации

первая·
категория

техническое и профессиональное·
(социальное) образование

не менее 2 лет по·
специальности

Консультант по·
медиации

Специалист·
высшего·
уровня квалификации

вторая категория

высшее (юридическое)·
образование

не менее 1 года в сфере·
медиации

      3. Соответствие работника требованиям подтверждается документами.
"""


@pytest.mark.parametrize("lang,body,first,second", [
    ("kk", KK_TABLE, "отбасын қолдау жөніндегі маман", "медиация жөніндегі кеңесші"),
    ("ru", RU_TABLE, "специалист по поддержке семьи", "консультант по медиации"),
])
def test_a_merged_position_cell_heads_all_its_rows(lang, body, first, second):
    """The position printed once heads every clause down to the next position; the level printed
    once heads its categories, past the page break and the header and column numbers printed
    again; the numbers are no row."""
    assert rows(body, lang) == [
        ("2", first, "high", "highest", "higher", 3),
        ("2", first, "high", "none", "higher", None),
        ("2", first, "middle", "first", "tvet", 2),
        ("2", second, "high", "second", "higher", 1),
    ]


@pytest.mark.parametrize("lang,body,field", [
    ("kk", KK_TABLE, "медиация саласы"),
    ("ru", RU_TABLE, "сфера медиации"),
])
def test_the_experience_cell_says_what_the_experience_is_in(lang, body, field):
    doc, lexicon = read(body, lang)
    last = read_requirements(doc, [], lexicon)[-1]
    assert last.experience_in == field


# ---------------------------------------------------------------- the same table ruled in a PDF

import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402

# position | level | category | education | experience
_XS = [MARGIN, MARGIN + 100.0, MARGIN + 190.0, MARGIN + 260.0, MARGIN + 260.0 + (CONTENT_W - 260.0) / 2,
       MARGIN + CONTENT_W]

PDF_TEXT = {
    "kk": {
        "before": ["1. Осы талаптар мынадай лауазымдарға қолданылады:", "1) отбасын қолдау жөніндегі маман;",
                   "2) медиация жөніндегі кеңесші.",
                   "2. Отбасын қолдау жөніндегі маманның және медиация жөніндегі кеңесшінің біліктілігіне "
                   "қойылатын талаптар мына кестеде келтірілген:"],
        "header": ["Лауазымның атауы", "Біліктілік деңгейі", "Санаты", "Біліміне қойылатын талаптар",
                   "Жұмыс өтіліне қойылатын талаптар"],
        "page1": [["Отбасын қолдау жөніндегі маман", "Біліктілігі жоғары деңгейдегі маман", "жоғары санатты",
                   "жоғары (педагогикалық, әлеуметтік) білім", "мамандығы бойынша кемінде 3 жыл"],
                  [None, None, "санаты жоқ", "жоғары (педагогикалық, әлеуметтік) білім", "талап қойылмайды"]],
        "page2": [[None, "Біліктілігі орта деңгейдегі маман", "бірінші санатты",
                   "техникалық және кәсіптік (әлеуметтік) білім", "мамандығы бойынша кемінде 2 жыл"],
                  ["Медиация жөніндегі кеңесші", "Біліктілігі жоғары деңгейдегі маман", "екінші санатты",
                   "жоғары (құқықтық) білім", "медиация саласында кемінде 1 жыл"]],
        "after": ["3. Жұмыскердің талаптарға сәйкестігі құжаттармен расталады."],
    },
    "ru": {
        "before": ["1. Настоящие требования распространяются на следующих работников:",
                   "1) специалист по поддержке семьи;", "2) консультант по медиации.",
                   "2. Квалификационные требования к специалисту по поддержке семьи и консультанту по медиации "
                   "приведены в следующей таблице:"],
        "header": ["Наименование должности", "Уровень квалификации", "Категория", "Требования к образованию",
                   "Требования к стажу работы"],
        "page1": [["Специалист по поддержке семьи", "Специалист высшего уровня квалификации", "высшая категория",
                   "высшее (педагогическое, социальное) образование", "не менее 3 лет по специальности"],
                  [None, None, "без категории", "высшее (педагогическое, социальное) образование", "не требуется"]],
        "page2": [[None, "Специалист среднего уровня квалификации", "первая категория",
                   "техническое и профессиональное (социальное) образование", "не менее 2 лет по специальности"],
                  ["Консультант по медиации", "Специалист высшего уровня квалификации", "вторая категория",
                   "высшее (юридическое) образование", "не менее 1 года в сфере медиации"]],
        "after": ["3. Соответствие работника требованиям подтверждается документами."],
    },
}


class _Sheet(_Flow):
    """An act's page flow with a ruled table whose merged cells (None: the cell above goes on
    down this row) get no rule above them; the header and its row of column numbers are printed
    again at the top of the next page."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def row(self, cells: list[str | None]) -> None:
        size, lh = self.st.font_size, self.st.line_h
        wrapped = [_wrap(self.pdf, t, b - a - 8, False, size) if t else [] for t, a, b in zip(cells, _XS, _XS[1:])]
        height = lh * max(1, *map(len, wrapped)) + 8
        self.pdf.set_line_width(0.5)
        for t, a, b in zip(cells, _XS, _XS[1:]):
            if t is not None:
                self.pdf.line(a, self.y, b, self.y)
        for x in _XS:
            self.pdf.line(x, self.y, x, self.y + height)
        for x, lines in zip(_XS, wrapped):
            for k, ln in enumerate(lines):
                _draw_text(self.pdf, x + 4, self.y + 4 + lh * k, ln, False, size, lh)
        self.y += height

    def close(self) -> None:
        self.pdf.line(_XS[0], self.y, _XS[-1], self.y)

    def header(self, cells: list[str]) -> None:
        self.row(cells)
        self.row([str(k) for k in range(1, len(cells) + 1)])


def _pdf_rows(tmp_path: Path, lang: str):
    text, s = PDF_TEXT[lang], _Sheet()
    for p in text["before"]:
        s.paragraph(p, indent=12 * MM)
    s.header(text["header"])
    for row in text["page1"]:
        s.row(row)
    s.close()
    s.pdf.add_page()
    s.y = MARGIN
    s.header(text["header"])
    for row in text["page2"]:
        s.row(row)
    s.close()
    s.y += s.st.line_h
    for p in text["after"]:
        s.paragraph(p, indent=12 * MM)
    path = tmp_path / f"merged_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level, r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang,first,second", [
    ("kk", "отбасын қолдау жөніндегі маман", "медиация жөніндегі кеңесші"),
    ("ru", "специалист по поддержке семьи", "консультант по медиации"),
])
def test_the_same_table_ruled_in_a_pdf(tmp_path, lang, first, second):
    """The header and its column numbers printed again on the next page are no row; the next
    level at the top of the page is no part of the level merged down the rows above the break."""
    assert _pdf_rows(tmp_path, lang) == [
        ("2", first, "high", "highest", "higher", 3),
        ("2", first, "high", "none", "higher", None),
        ("2", first, "middle", "first", "tvet", 2),
        ("2", second, "high", "second", "higher", 1),
    ]
