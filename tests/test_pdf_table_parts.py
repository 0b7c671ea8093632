"""Ruled tables printed in parts (extractors/pdf_rules.py, pdf_tables.py): a header row repeated
at the top of every part, a rule the typesetter left out under it, and merged, vertically
centred cells a page break cut. Small PDFs drawn here with the fixture factory's fonts."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pdf_factory import _draw_text, _new_pdf  # noqa: E402
from test_pdf_tables import BOTTOM, cell, fragment, tables  # noqa: E402

from extractors.pdf_reading import read_pdf  # noqa: E402

XS = (60.0, 200.0, 330.0, 540.0)  # the column rules: label / task | skills
SIZE, LH = 9.0, 11.0
HEAD = 'Кәсіп карточкасы: "Әлеуметтік қызметкер"'


class Sheet:
    """A PDF drawn by hand: text in cells, column and row rules, one outer rectangle a part."""

    def __init__(self):
        self.pdf = _new_pdf()
        self.pdf.add_page()

    def page(self) -> None:
        self.pdf.add_page()

    def text(self, x: float, top: float, *lines: str, centre_in: tuple[float, float] | None = None) -> None:
        if centre_in is not None:  # vertically centred in the cell
            top = (centre_in[0] + centre_in[1] - LH * len(lines)) / 2
        for k, ln in enumerate(lines):
            _draw_text(self.pdf, x + 4, top + 2 + LH * k, ln, False, SIZE, LH)

    def hrule(self, y: float, x0: float = XS[0], x1: float = XS[-1]) -> None:
        self.pdf.set_line_width(0.4)
        self.pdf.line(x0, y, x1, y)

    def vrule(self, x: float, top: float, bottom: float) -> None:
        self.pdf.set_line_width(0.4)
        self.pdf.line(x, top, x, bottom)

    def part(self, top: float, bottom: float) -> None:
        self.pdf.set_line_width(0.9)
        self.pdf.rect(XS[0], top, XS[-1] - XS[0], bottom - top)

    def header(self, top: float, ruled_below: bool = True) -> float:
        self.text(XS[0], top, HEAD)
        if ruled_below:
            self.hrule(top + 20)
        return top + 20

    def label_row(self, top: float, label: str, value: str, height: float = 30.0) -> float:
        self.text(XS[0], top, label)
        self.text(XS[1], top, value)
        self.vrule(XS[1], top, top + height)
        self.hrule(top + height)
        return top + height

    def read(self, tmp_path: Path) -> list[str]:
        """The reader's cells (blocks between blank lines), each on one line."""
        path = tmp_path / "t.pdf"
        self.pdf.output(str(path))
        lines, _, _ = read_pdf(path, path.name)
        blocks, cur = [], []
        for ln in lines + [""]:
            if ln.strip():
                cur.append(ln.strip())
            elif cur:
                blocks.append(" ".join(cur))
                cur = []
        return blocks


def test_a_header_row_repeated_over_a_merged_cell_the_break_cut_is_dropped(tmp_path):
    # page 1: the function's cell spans both tasks, the task cells span their skills and
    # knowledge rows, all vertically centred; the break cuts the second task, whose name
    # (centred in what is left of it) lands on page 2, under the header row repeated there
    # with no rule under it: the column rules begin at its foot
    s = Sheet()
    s.part(60, 780)
    y = s.header(60)
    y = s.label_row(y, "Кәсіп коды", "2635-0-001")
    s.text(XS[0], 0, "Еңбек функциясы 1:", "Жоспарлау", centre_in=(y, 780))
    s.vrule(XS[1], y, 780)
    s.vrule(XS[2], y, 780)
    s.text(XS[1], 0, "1-міндет:", "Бағалау", centre_in=(y, 400))
    s.text(XS[2], y, "Дағдылар:", "1. Бару.")
    s.hrule(260, XS[2])
    s.text(XS[2], 260, "Білім:", "1. Кодекс.")
    s.hrule(400, XS[1])
    s.text(XS[2], 400, "Дағдылар:")
    s.page()
    s.part(60, 240)
    y = s.header(60, ruled_below=False)
    s.vrule(XS[1], y, 200)
    s.vrule(XS[2], y, 200)
    s.text(XS[1], 0, "2-міндет:", "Талдау", centre_in=(y, 200))
    s.text(XS[2], y, "1. Талдау.")
    s.hrule(140, XS[2])
    s.text(XS[2], 140, "Білім:", "1. Заң.")
    s.hrule(200)
    s.label_row(200, "Жұмыс жағдайлары", "Кеңседе.", height=40)
    assert s.read(tmp_path) == [
        HEAD, "Кәсіп коды", "2635-0-001", "Еңбек функциясы 1: Жоспарлау",
        "1-міндет: Бағалау", "Дағдылар: 1. Бару.", "Білім: 1. Кодекс.",
        "2-міндет: Талдау", "Дағдылар: 1. Талдау.", "Білім: 1. Заң.",
        "Жұмыс жағдайлары", "Кеңседе.",
    ]


def test_a_part_on_the_same_page_that_repeats_the_header_row_goes_on_with_the_table(tmp_path):
    # the typesetter split the table twice on one page: two outer rectangles, one on the other
    s = Sheet()
    s.part(60, 140)
    y = s.header(60)
    y = s.label_row(y, "Кәсіп коды", "2635-0-001")
    s.label_row(y, "Біліктілік деңгейі", "5")
    s.part(140, 220)
    y = s.header(140)
    s.label_row(y, "Жұмыс жағдайлары", "Кеңседе.", height=60)
    assert s.read(tmp_path) == [HEAD, "Кәсіп коды", "2635-0-001", "Біліктілік деңгейі", "5",
                                "Жұмыс жағдайлары", "Кеңседе."]


def test_two_tables_with_the_same_heading_apart_are_two_cards(tmp_path):
    # one occupation at two levels: the same heading row opens each table, text between them
    s = Sheet()
    for top, level in ((60, "5"), (200, "6")):
        s.part(top, top + 80)
        y = s.header(top)
        y = s.label_row(y, "Кәсіп коды", "2635-0-001")
        s.label_row(y, "Біліктілік деңгейі", level)
    s.text(XS[0], 150, "Ескертпе: деңгейлер бөлек.")
    blocks = s.read(tmp_path)
    assert blocks.count(HEAD) == 2
    assert blocks.index(HEAD, 1) > blocks.index("5")


def test_a_merged_task_cell_empty_above_the_break_goes_on_below_it():
    # the task's name is centred in its merged cell and the break left none of it above:
    # `2-міндет:` under an empty cell continues that cell, with the skills beside it
    one = fragment(1, [cell(0, 500, 800, 1, "Еңбек функциясы 1:", "Жоспарлау"),
                       cell(1, 500, 700, 1, "1-міндет:", "Бағалау"),
                       cell(2, 500, 700, 1, "Дағдылар:", "1. Бару;"),
                       cell(1, 700, 800, 1),
                       cell(2, 700, 800, 1, "Дағдылар:")])
    two = fragment(2, [cell(0, 50, 300, 2), cell(1, 50, 300, 2, "2-міндет:", "Талдау"),
                       cell(2, 50, 200, 2, "1. Талдау."), cell(2, 200, 300, 2, "Білім:", "1. Заң.")])
    (t,) = tables(one, two)
    assert t == ["Еңбек функциясы 1: Жоспарлау", "1-міндет: Бағалау", "Дағдылар: 1. Бару;",
                 "2-міндет: Талдау", "Дағдылар: 1. Талдау.", "Білім: 1. Заң."]


def test_a_label_closed_by_its_colon_is_no_head_of_the_label_below_the_break():
    # the alternative names' row ends the page; the next page opens with the requirements' row,
    # whose label is a form that starts with any words (`... сипаттамаларына сәйкес ...
    # біліктілік деңгейі`): read with the label above it, it would make one label of the two
    one = fragment(1, [cell(0, 500, 600, 1, "Кәсіптің атауы"), cell(1, 500, 600, 1, "Кеңесші"),
                       cell(0, 600, BOTTOM, 1, "Кәсіптің басқа", "мүмкін атаулары:"),
                       cell(1, 600, BOTTOM, 1, "2423-1-010 Кеңесші", "Бағдар беру маманы")])
    two = fragment(2, [cell(0, 50, 250, 2, "Ұйымдардың", "қызметшілері", "лауазымдарының", "үлгілік біліктілік",
                            "сипаттамаларына", "сәйкес кәсіп үшін", "біліктілік деңгейі"),
                       cell(1, 50, 250, 2, "Жоғары білім, жұмыс", "өтілі кемінде 2 жыл.")])
    (t,) = tables(one, two)
    assert t[2:] == ["Кәсіптің басқа мүмкін атаулары:", "2423-1-010 Кеңесші Бағдар беру маманы",
                     "Ұйымдардың қызметшілері лауазымдарының үлгілік біліктілік сипаттамаларына сәйкес кәсіп "
                     "үшін біліктілік деңгейі", "Жоғары білім, жұмыс өтілі кемінде 2 жыл."]
