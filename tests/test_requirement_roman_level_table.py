"""Requirement acts that write the CATEGORIES WITH ROMAN NUMERALS (`I категории – …;`, `II
категории – …;`, `I санатты – …;`, the experience naming the lower post the same way: `в
должности консультанта I категории`) and give the LEVEL OF EACH POSITION ONCE, in a small ruled
TABLE of the general provisions (`№ п/п | Наименование должности | Уровень квалификации`, rows
`1 | Консультант … | высший`), the requirement points naming the position alone. Flattened cell by
cell in text, as an adilet page's table and ruled in a PDF, in both languages. A few lines of
damaged input -> the records they must become."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402
from test_requirement_chapters_refs import _page_requirements  # noqa: E402
from test_requirement_chapters_refs import HEADS, PAGE  # noqa: E402
from test_requirement_wordings import read  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.requirements import read_requirements  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402


def _record(r):
    return (r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.min_experience_years, r.experience_in)


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


HEADER = {"ru": ["№ п/п", "Наименование должности", "Уровень квалификации"],
          "kk": ["Р/с №", "Лауазымның атауы", "Біліктілік деңгейі"]}
ROWS = {"ru": [["1", "Консультант по вопросам занятости", "высший"],
               ["2", "Инструктор по трудовой адаптации", "средний"]],
        "kk": [["1", "Жұмыспен қамту мәселелері жөніндегі кеңесші", "жоғары"],
               ["2", "Еңбекке бейімдеу жөніндегі нұсқаушы", "орта"]]}
BEFORE = {"ru": ["1. Настоящие квалификационные требования распространяются на работников бюро занятости.",
                 "2. Квалификационные требования устанавливаются к должностям, указанным в следующей таблице:"],
          "kk": ["1. Осы біліктілік талаптары жұмыспен қамту бюросының қызметкерлеріне қолданылады.",
                 "2. Біліктілік талаптары мынадай кестеде көрсетілген лауазымдарға белгіленеді:"]}
AFTER = {
    "ru": ["3. К консультанту по вопросам занятости предъявляются следующие квалификационные требования:",
           "высшей категории – высшее (экономическое, юридическое) образование, стаж работы в должности "
           "консультанта I категории не менее 4 лет;",
           "I категории – высшее (экономическое, юридическое) образование, стаж работы в должности "
           "консультанта II категории не менее 2 лет;",
           "II категории – высшее (экономическое, юридическое) образование, стаж работы по специальности "
           "не менее 1 года;",
           "без категории – высшее (экономическое, юридическое) образование, без предъявления требований "
           "к стажу работы.",
           "4. К инструктору по трудовой адаптации предъявляются следующие квалификационные требования:",
           "I категории – техническое и профессиональное (экономическое) образование, стаж работы в "
           "должности инструктора II категории не менее 2 лет;",
           "II категории – техническое и профессиональное (экономическое) образование, без предъявления "
           "требований к стажу работы."],
    "kk": ["3. Жұмыспен қамту мәселелері жөніндегі кеңесшіге мынадай біліктілік талаптары қойылады:",
           "жоғары санатты – жоғары (экономикалық, заң) білім және I санатты кеңесші лауазымында кемінде "
           "4 жыл жұмыс өтілі;",
           "I санатты – жоғары (экономикалық, заң) білім және II санатты кеңесші лауазымында кемінде 2 жыл "
           "жұмыс өтілі;",
           "II санатты – жоғары (экономикалық, заң) білім, мамандығы бойынша кемінде 1 жыл жұмыс өтілі;",
           "санаты жоқ – жоғары (экономикалық, заң) білім, жұмыс өтіліне талап қойылмайды.",
           "4. Еңбекке бейімдеу жөніндегі нұсқаушыға мынадай біліктілік талаптары қойылады:",
           "I санатты – техникалық және кәсіптік (экономикалық) білім және II санатты нұсқаушы лауазымында "
           "кемінде 2 жыл жұмыс өтілі;",
           "II санатты – техникалық және кәсіптік (экономикалық) білім, жұмыс өтіліне талап қойылмайды."],
}
EXPECTED = {
    "ru": [("3", "консультант по вопросам занятости", "high", "highest", "higher", 4, "консультанта I категории"),
           ("3", "консультант по вопросам занятости", "high", "first", "higher", 2, "консультанта II категории"),
           ("3", "консультант по вопросам занятости", "high", "second", "higher", 1, "по специальности"),
           ("3", "консультант по вопросам занятости", "high", "none", "higher", None, None),
           ("4", "инструктор по трудовой адаптации", "middle", "first", "tvet", 2, "инструктора II категории"),
           ("4", "инструктор по трудовой адаптации", "middle", "second", "tvet", None, None)],
    "kk": [("3", "жұмыспен қамту мәселелері жөніндегі кеңесші", "high", "highest", "higher", 4, "I санатты кеңесші"),
           ("3", "жұмыспен қамту мәселелері жөніндегі кеңесші", "high", "first", "higher", 2, "II санатты кеңесші"),
           ("3", "жұмыспен қамту мәселелері жөніндегі кеңесші", "high", "second", "higher", 1, "мамандығы бойынша"),
           ("3", "жұмыспен қамту мәселелері жөніндегі кеңесші", "high", "none", "higher", None, None),
           ("4", "еңбекке бейімдеу жөніндегі нұсқаушы", "middle", "first", "tvet", 2, "II санатты нұсқаушы"),
           ("4", "еңбекке бейімдеу жөніндегі нұсқаушы", "middle", "second", "tvet", None, None)],
}


def _wrapped(text: str, indent: str = "      ") -> str:
    """A paragraph broken at about 80 columns, a space kept at each line's end."""
    lines, line = [], indent
    for word in text.split():
        if len(line) + len(word) > 78 and line.strip():
            lines.append(line.rstrip() + " ")
            line = ""
        line += word + " "
    return "\n".join(lines + [line.rstrip()]) + "\n"


def _text(lang: str, header: list[str], rows: list[list[str]]) -> str:
    """The act as a text file: the table cell by cell, each cell a block of its own."""
    cells = header + [c for row in rows for c in row]
    table = "\n" + "".join(f"{_wrapped(c, '')}\n" for c in cells)
    return "".join(map(_wrapped, BEFORE[lang])) + table + "".join(map(_wrapped, AFTER[lang]))


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_roman_categories_and_the_levels_of_a_table_in_text(lang):
    assert records(_text(lang, HEADER[lang], ROWS[lang]), lang) == EXPECTED[lang]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_level_column_printed_before_the_names(lang):
    """The level cell stands before its name where its column comes first."""
    header = [HEADER[lang][0], HEADER[lang][2], HEADER[lang][1]]
    rows = [[n, level, name] for n, name, level in ROWS[lang]]
    assert records(_text(lang, header, rows), lang) == EXPECTED[lang]


def test_a_table_without_a_level_column_gives_no_level():
    header = HEADER["ru"][:2] + ["Примечание"]
    got = records(_text("ru", header, ROWS["ru"]), "ru")
    assert {g[2] for g in got} == {None}


def test_the_kazakh_numerals_in_cyrillic_letters():
    """A Kazakh text prints the numeral with the Cyrillic І as often as with the Latin I."""
    body = _text("kk", HEADER["kk"], ROWS["kk"]).replace("I санат", "І санат").replace("ІI санат", "ІІ санат")
    assert [g[3] for g in records(body, "kk")] == ["highest", "first", "second", "none", "first", "second"]


def _page(lang: str) -> str:
    """The act as an adilet page: `<p>` paragraphs and the table ruled, a `<p>` in each cell."""
    title, act_line, _ = HEADS[lang]
    para = '<p id="z{k}">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {text}</p>'
    rows = "".join("<tr>" + "".join(f"<td><p>{c}</p></td>" for c in row) + "</tr>"
                   for row in [HEADER[lang]] + ROWS[lang])
    html = [para.format(k=k, text=t) for k, t in enumerate(BEFORE[lang])]
    html.append(f'<p><table width="615" border="1">{rows}</table></p>')
    html += [para.format(k=k + 10, text=t) for k, t in enumerate(AFTER[lang])]
    return PAGE.format(title=title, act_line=act_line, paras="\n".join(html))


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_same_act_on_a_page(tmp_path, lang):
    got = _page_requirements(tmp_path, lang, _page(lang))
    assert [_record(r) for r in got] == EXPECTED[lang]


# the rules: number | name | level
XS = (MARGIN, MARGIN + 40.0, MARGIN + 40.0 + (CONTENT_W - 40.0) * 0.7, MARGIN + CONTENT_W)


class _Sheet(_Flow):
    """An act's page flow with a ruled table."""

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


def _pdf_records(tmp_path: Path, lang: str):
    s = _Sheet()
    for p in [HEADS[lang][0]] + BEFORE[lang]:
        s.paragraph(p, indent=12 * MM)
    for row in [HEADER[lang]] + ROWS[lang]:
        s.row(row)
    s.y += s.st.line_h
    for p in AFTER[lang]:
        s.paragraph(p, indent=12 * MM)
    path = tmp_path / f"roman_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_same_table_ruled_in_a_pdf(tmp_path, lang):
    assert _pdf_records(tmp_path, lang) == EXPECTED[lang]


@pytest.mark.parametrize("lang,clause", [
    ("ru", "I и II категорий – высшее (экономическое) образование, стаж работы по специальности не менее 1 года;"),
    ("kk", "І және ІІ санатты – жоғары (экономикалық) білім, мамандығы бойынша кемінде 1 жыл жұмыс өтілі;"),
])
def test_one_clause_for_two_numbered_categories(monkeypatch, lang, clause):
    monkeypatch.setitem(AFTER, lang, AFTER[lang][:2] + [clause])
    got = records(_text(lang, HEADER[lang], ROWS[lang]), lang)
    assert [(g[2], g[3], g[5]) for g in got] == [("high", "highest", 4), ("high", "first", 1), ("high", "second", 1)]
