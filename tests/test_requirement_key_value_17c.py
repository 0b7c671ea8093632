"""Requirement acts that print each position's requirements as a KEY-VALUE table: two ruled columns,
a label and its value per row (the position's name, its level, the education, the experience, and a
row of another requirement that is neither). The level is stated only in its row; one education
cell holds for every category, and one experience cell prints a line per category. The row of
another requirement gives no clause, nor does a later point that speaks of education and years of
experience. Flattened cell by cell in text, as an adilet page's table and as a ruled PDF table, in
both languages. A few lines of damaged input -> the records they must become."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402
from test_requirement_chapters_refs import HEADS, PAGE, _page_requirements  # noqa: E402
from test_requirement_wordings import read  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.requirements import read_requirements  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402


def _record(r):
    return (r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.min_experience_years, r.experience_in, r.text)


ACT = {
    "ru": {
        "before": ["1. Требования определяют образование и стаж работников лаборатории.",
                   "2. Требования установлены для должностей:", "1) методист лаборатории;", "2) лаборант."],
        "heads": ["3. Квалификационные требования к методисту лаборатории приведены в таблице:",
                  "4. Квалификационные требования к лаборанту приведены в таблице:"],
        "tables": [
            [("Наименование должности", ["Методист лаборатории"]),
             ("Уровень квалификации", ["Специалист высшего уровня квалификации"]),
             ("Требования к образованию", ["Высшее (химическое, биологическое) образование"]),
             ("Требования к стажу работы", ["высшей категории – стаж работы методистом первой категории не менее 3 лет;",
                                            "первой категории – стаж работы по специальности не менее 2 лет;",
                                            "без категории – не требуется"]),
             ("Дополнительные требования", ["отсутствие медицинских противопоказаний"])],
            [("Наименование должности", ["Лаборант"]),
             ("Уровень квалификации", ["Специалист среднего уровня квалификации"]),
             ("Требования к образованию", ["Техническое и профессиональное (химическое) образование"]),
             ("Требования к стажу работы", ["высшей категории – стаж работы по специальности не менее 2 лет;",
                                            "без категории – не требуется"]),
             ("Дополнительные требования", ["отсутствие медицинских противопоказаний"])]],
        "after": ["5. Работники, принятые до введения требований без образования, указанного в пункте 4, но со стажем "
                  "работы не менее 5 лет, сохраняют должность до очередной аттестации.",
                  "6. Категория присваивается по результатам аттестации."],
    },
    "kk": {
        "before": ["1. Талаптар зертхана қызметкерлерінің біліміне және жұмыс өтіліне қойылатын талаптарды айқындайды.",
                   "2. Талаптар мынадай лауазымдарға белгіленеді:", "1) зертхана әдіскері;", "2) зертханашы."],
        "heads": ["3. Зертхана әдіскеріне қойылатын біліктілік талаптары мына кестеде келтірілген:",
                  "4. Зертханашыға қойылатын біліктілік талаптары мына кестеде келтірілген:"],
        "tables": [
            [("Лауазымның атауы", ["Зертхана әдіскері"]),
             ("Біліктілік деңгейі", ["Біліктілігі жоғары деңгейдегі маман"]),
             ("Біліміне қойылатын талаптар", ["Жоғары (химиялық, биологиялық) білім"]),
             ("Жұмыс өтіліне қойылатын талаптар", ["жоғары санатты – мамандығы бойынша кемінде 3 жыл;",
                                                   "бірінші санатты – мамандығы бойынша кемінде 2 жыл;",
                                                   "санаты жоқ – талап қойылмайды"]),
             ("Қосымша талаптар", ["медициналық қарсы көрсетілімдердің болмауы"])],
            [("Лауазымның атауы", ["Зертханашы"]),
             ("Біліктілік деңгейі", ["Біліктілігі орта деңгейдегі маман"]),
             ("Біліміне қойылатын талаптар", ["Техникалық және кәсіптік (химиялық) білім"]),
             ("Жұмыс өтіліне қойылатын талаптар", ["жоғары санатты – мамандығы бойынша кемінде 2 жыл;",
                                                   "санаты жоқ – талап қойылмайды"]),
             ("Қосымша талаптар", ["медициналық қарсы көрсетілімдердің болмауы"])]],
        "after": ["5. Талаптар қолданысқа енгізілгенге дейін тағайындалған, 4-тармақта көзделген білімі жоқ, бірақ "
                  "кемінде 5 жыл жұмыс өтілі бар қызметкерлер кезекті аттестаттаудан өткенге дейін лауазымында қалады.",
                  "6. Санат аттестаттау қорытындылары бойынша беріледі."],
    },
}

RU_EDU = ["высшее (химическое, биологическое) образование", "техническое и профессиональное (химическое) образование"]
KK_EDU = ["жоғары (химиялық, биологиялық) білім", "техникалық және кәсіптік (химиялық) білім"]
EXPECTED = {
    "ru": [("3", "методист лаборатории", "high", "highest", "higher", 3, "методист первой категории",
            f"{RU_EDU[0]}, стаж работы методистом первой категории не менее 3 лет"),
           ("3", "методист лаборатории", "high", "first", "higher", 2, "по специальности",
            f"{RU_EDU[0]}, стаж работы по специальности не менее 2 лет"),
           ("3", "методист лаборатории", "high", "none", "higher", None, None, f"{RU_EDU[0]}, не требуется"),
           ("4", "лаборант", "middle", "highest", "tvet", 2, "по специальности",
            f"{RU_EDU[1]}, стаж работы по специальности не менее 2 лет"),
           ("4", "лаборант", "middle", "none", "tvet", None, None, f"{RU_EDU[1]}, не требуется")],
    "kk": [("3", "зертхана әдіскері", "high", "highest", "higher", 3, "мамандығы бойынша",
            f"{KK_EDU[0]}, мамандығы бойынша кемінде 3 жыл"),
           ("3", "зертхана әдіскері", "high", "first", "higher", 2, "мамандығы бойынша",
            f"{KK_EDU[0]}, мамандығы бойынша кемінде 2 жыл"),
           ("3", "зертхана әдіскері", "high", "none", "higher", None, None, f"{KK_EDU[0]}, талап қойылмайды"),
           ("4", "зертханашы", "middle", "highest", "tvet", 2, "мамандығы бойынша",
            f"{KK_EDU[1]}, мамандығы бойынша кемінде 2 жыл"),
           ("4", "зертханашы", "middle", "none", "tvet", None, None, f"{KK_EDU[1]}, талап қойылмайды")],
}


def _same(got, lang):
    """The records, compared without the case of a cell's first letter (a cell opens a sentence)."""
    low = [(*g[:7], g[7][:1].lower() + g[7][1:]) for g in got]
    assert low == EXPECTED[lang]


def _cut(text: str, width: int = 30) -> list[str]:
    """A cell's text as its narrow column prints it: lines of about `width` characters."""
    out, line = [], ""
    for word in text.split():
        if line and len(line) + len(word) > width:
            out.append(line)
            line = ""
        line = f"{line} {word}".strip()
    return out + [line]


def _text(lang: str, lead_in_joined: bool = False) -> str:
    """The act as text: each table's cells one after another, a blank line between them (the
    label cells cut narrow), the first table's label printed on its head's line."""
    act, out = ACT[lang], []
    out += [f"      {p}" for p in act["before"]]
    for k, (head, rows) in enumerate(zip(act["heads"], act["tables"])):
        out.append(f"      {head}")
        for label, lines in rows:
            out += ["\n".join(_cut(label, 16)), "\n".join(x for ln in lines for x in _cut(ln, 60))]
    body = []
    for part in out:
        body += [part] if part.startswith("      ") else [part, ""]
    body += [f"      {p}" for p in act["after"]]
    return "\n".join(body) + "\n"


def records(lang: str, body: str | None = None):
    doc, lexicon = read(body or _text(lang), lang)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_key_value_table_per_position_in_text(lang):
    """The level from its row, the education cell with each category's line; the row of another
    requirement and the later point on staff without the education give no clause."""
    _same(records(lang), lang)


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_letter_spaced_label_and_a_page_break_inside_the_experience_cell(lang):
    """A label printed letter-spaced and three blank lines (a page break) inside the experience
    cell: the cell's lines after the break go on with it."""
    body = _text(lang)
    label = _cut(ACT[lang]["tables"][0][3][0], 16)[0]  # the experience row's label, its first line
    spaced = body.replace(f"\n{label}\n", f"\n{' '.join(label)}\n", 1)
    second = ACT[lang]["tables"][0][3][1][1][:12]  # the experience cell's second line opens
    broken = spaced.replace(f"\n{second}", f"\n\n\n\n{second}", 1)
    assert body != spaced != broken
    body = broken
    _same(records(lang, body), lang)


def test_a_header_row_is_no_key_value_table():
    """Labels printed one after another are a header row (another reader's table): no clause is
    made of a label's neighbour label."""
    from extractors.requirement_key_value import clauses
    from extractors.requirement_table import Cell
    from extractors.requirements import category_at_start
    cells = [Cell(t, 1, False, (k, k), False) for k, t in enumerate(
        ["Наименование должности", "Требования к образованию", "Требования к стажу работы",
         "Методист", "Высшее образование", "не менее 3 лет"])]
    assert clauses(cells, "ru", None, category_at_start) is None


def _page(lang: str) -> str:
    """The act as an adilet page: `<p>` paragraphs, each table ruled with a `<p>` per line of a cell."""
    title, act_line, _ = HEADS[lang]
    act = ACT[lang]
    para = '<p id="z{k}">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {text}</p>'
    html = [para.format(k=k, text=t) for k, t in enumerate(act["before"])]
    for k, (head, rows) in enumerate(zip(act["heads"], act["tables"])):
        html.append(para.format(k=20 + k, text=head))
        cells = "".join(f"<tr><td><p>{label}</p></td><td>{''.join(f'<p>{ln}</p>' for ln in lines)}</td></tr>"
                        for label, lines in rows)
        html.append(f'<p><table width="615" border="1">{cells}</table></p>')
    html += [para.format(k=40 + k, text=t) for k, t in enumerate(act["after"])]
    return PAGE.format(title=title, act_line=act_line, paras="\n".join(html))


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_same_tables_on_a_page(tmp_path, lang):
    _same([_record(r) for r in _page_requirements(tmp_path, lang, _page(lang))], lang)


# the rules: the label column, the value column
XS = (MARGIN, MARGIN + 46 * MM, MARGIN + CONTENT_W)


class _Sheet(_Flow):
    """An act's page flow with ruled two-column tables."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def row(self, label: str, lines: list[str]) -> None:
        size, lh = self.st.font_size, self.st.line_h
        wrapped = [_wrap(self.pdf, label, XS[1] - XS[0] - 8, False, size),
                   [w for ln in lines for w in _wrap(self.pdf, ln, XS[2] - XS[1] - 8, False, size)]]
        height = lh * max(map(len, wrapped)) + 8
        self.pdf.set_line_width(0.5)
        self.pdf.rect(XS[0], self.y, XS[-1] - XS[0], height)
        self.pdf.line(XS[1], self.y, XS[1], self.y + height)
        for x, cell in zip(XS, wrapped):
            for k, ln in enumerate(cell):
                _draw_text(self.pdf, x + 4, self.y + 4 + lh * k, ln, False, size, lh)
        self.y += height


def _pdf_records(tmp_path: Path, lang: str):
    s, act = _Sheet(), ACT[lang]
    for p in [HEADS[lang][0]] + act["before"]:
        s.paragraph(p, indent=12 * MM)
    for head, rows in zip(act["heads"], act["tables"]):
        s.paragraph(head, indent=12 * MM)
        for label, lines in rows:
            s.row(label, lines)
        s.y += s.st.line_h
    for p in act["after"]:
        s.paragraph(p, indent=12 * MM)
    path = tmp_path / f"key_value_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_same_tables_ruled_in_a_pdf(tmp_path, lang):
    _same(_pdf_records(tmp_path, lang), lang)
