"""Card tables that run over pages (extractors/pdf_tables.py): which cells at the top of a
page go on in the cell above them, on page fragments laid out as other typesetters lay
them out (three columns: function, task, skills and knowledge)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from test_pdf_words import chars  # noqa: E402

from extractors.pdf_tables import Context, Fragment, TCell, join_tables, set_inner_rights  # noqa: E402
from extractors.pdf_words import cell_lines  # noqa: E402

COLS = [(50.0, 200.0), (200.0, 350.0), (350.0, 550.0)]
BOTTOM = 800.0


def cell(col: int, top: float, bottom: float, page: int, *lines: str, span: int = 1) -> TCell:
    x0, x1 = COLS[col][0], COLS[col + span - 1][1]
    c = TCell(x0, top, x1, bottom, page)
    c.lines = cell_lines([ch for k, t in enumerate(lines) for ch in chars(t, x0 + 3, top + 3 + 12 * k)], page, 0.3)
    return c


def fragment(page: int, cells: list[TCell]) -> Fragment:
    return Fragment(page, 50.0, min(c.top for c in cells), 550.0, max(c.bottom for c in cells), cells)


def tables(*frags: Fragment) -> list[list[str]]:
    set_inner_rights(list(frags))
    ctx = Context("kk", BOTTOM, 12.0, {}, {})
    return [[c.text for c in t if c.lines] for t in join_tables(list(frags), ctx)]


def page_one(bottom: float = BOTTOM) -> Fragment:
    return fragment(1, [
        cell(0, 500, bottom, 1, "Еңбек функциясы 1:", "Жоспарлау"),
        cell(1, 500, 600, 1, "Тапсырма:", "Бағалау"),
        cell(2, 500, 600, 1, "Дағдылар:", "1. Бару;"),
        cell(1, 600, bottom, 1, "Тапсырма:", "Жоспар жасау"),
        cell(2, 600, bottom, 1, "Дағдылар:", "1. Келісу;"),
    ])


def test_a_row_the_break_cut_is_one_row_again_even_when_its_rest_opens_with_a_label():
    # the rest of the task's cell on the next page is its knowledge list (`Білім:`), and the
    # cells beside it are empty: a label in the column where no row ever begins
    nxt = fragment(2, [cell(0, 50, 120, 2), cell(1, 50, 120, 2), cell(2, 50, 120, 2, "Білім:", "1. Кодекс."),
                       cell(0, 120, 300, 2, "Еңбек функциясы 2:", "Есеп"), cell(1, 120, 300, 2, "Тапсырма:", "Есеп жүргізу"),
                       cell(2, 120, 300, 2, "Дағдылар:", "1. Тіркеу.")])
    (t,) = tables(page_one(), nxt)
    assert t[4] == "Дағдылар: 1. Келісу; Білім: 1. Кодекс."
    assert t[5:] == ["Еңбек функциясы 2: Есеп", "Тапсырма: Есеп жүргізу", "Дағдылар: 1. Тіркеу."]


def test_a_new_row_at_the_top_of_the_page_stays_a_row():
    nxt = fragment(2, [cell(0, 50, 300, 2, "Еңбек функциясы 2:", "Есеп"), cell(1, 50, 300, 2, "Тапсырма:", "Есеп"),
                       cell(2, 50, 300, 2, "Дағдылар:", "1. Тіркеу.")])
    (t,) = tables(page_one(), nxt)
    assert t[3:] == ["Тапсырма: Жоспар жасау", "Дағдылар: 1. Келісу;", "Еңбек функциясы 2: Есеп",
                     "Тапсырма: Есеп", "Дағдылар: 1. Тіркеу."]


def test_a_merged_cell_the_break_cut_goes_on_while_the_next_task_row_begins():
    # the function's cell spans its task rows; the break fell between two of them
    nxt = fragment(2, [cell(0, 50, 300, 2, "және бағалау"), cell(1, 50, 300, 2, "Тапсырма:", "Талдау"),
                       cell(2, 50, 300, 2, "Дағдылар:", "1. Талдау.")])
    (t,) = tables(page_one(), nxt)
    assert t[0] == "Еңбек функциясы 1: Жоспарлау және бағалау"
    assert t[-2:] == ["Тапсырма: Талдау", "Дағдылар: 1. Талдау."]


def test_a_table_that_stopped_well_above_the_page_end_was_not_cut():
    nxt = fragment(2, [cell(0, 50, 120, 2), cell(1, 50, 120, 2, "жалғасы"), cell(2, 50, 120, 2, "2. Тексеру.")])
    (t,) = tables(page_one(bottom=700), nxt)
    assert t[-2:] == ["жалғасы", "2. Тексеру."]


def test_a_header_row_printed_again_is_dropped():
    head1 = [cell(0, 100, 120, 1, "Атауы", span=2), cell(2, 100, 120, 1, "Сипаттамасы")]
    body1 = [cell(0, 120, BOTTOM, 1, "Бірінші", span=2), cell(2, 120, BOTTOM, 1, "Мәтін")]
    head2 = [cell(0, 50, 70, 2, "Атауы", span=2), cell(2, 50, 70, 2, "Сипаттамасы")]
    body2 = [cell(0, 70, 200, 2, span=2), cell(2, 70, 200, 2, "жалғасы.")]
    (t,) = tables(fragment(1, head1 + body1), fragment(2, head2 + body2))
    assert t == ["Атауы", "Сипаттамасы", "Бірінші", "Мәтін жалғасы."]


def test_a_numbered_task_label_at_the_top_of_the_page_opens_a_row():
    # the first function with two tasks, its second task on the next page: no row of the
    # document has begun in the task column before, but `2-міндет:` is a numbered label
    one = fragment(1, [cell(0, 500, BOTTOM, 1, "Еңбек функциясы 1:", "Жоспарлау"),
                       cell(1, 500, BOTTOM, 1, "1-міндет:", "Бағалау"),
                       cell(2, 500, BOTTOM, 1, "Дағдылар:", "1. Бару;")])
    two = fragment(2, [cell(0, 50, 300, 2), cell(1, 50, 300, 2, "2-міндет:", "Талдау"),
                       cell(2, 50, 300, 2, "Дағдылар:", "1. Талдау.")])
    (t,) = tables(one, two)
    assert t == ["Еңбек функциясы 1: Жоспарлау", "1-міндет: Бағалау", "Дағдылар: 1. Бару;",
                 "2-міндет: Талдау", "Дағдылар: 1. Талдау."]


def unlabelled_page_one() -> Fragment:
    # a table headed once: a function cell spanning its two task rows, no labels in the cells
    return fragment(1, [
        cell(0, 500, BOTTOM, 1, "Жоспарлау"),
        cell(1, 500, 600, 1, "Бағалау"),
        cell(2, 500, 600, 1, "1. Бару.", "2. Есеп беру."),
        cell(1, 600, BOTTOM, 1, "Жоспар жасау"),
        cell(2, 600, BOTTOM, 1, "1. Келісу."),
    ])


def test_an_unlabelled_row_that_opens_the_page_after_finished_lists_is_a_new_row():
    # every cell above ended (a name, a list closed by `.`) and every cell below opens with a
    # capital or a list's first number: the break fell between rows
    nxt = fragment(2, [cell(0, 50, 300, 2, "Есеп жүргізу"), cell(1, 50, 300, 2, "Тіркеу"),
                       cell(2, 50, 300, 2, "1. Журнал жүргізу.")])
    (t,) = tables(unlabelled_page_one(), nxt)
    assert t == ["Жоспарлау", "Бағалау", "1. Бару. 2. Есеп беру.", "Жоспар жасау", "1. Келісу.",
                 "Есеп жүргізу", "Тіркеу", "1. Журнал жүргізу."]


def test_an_unlabelled_row_the_break_cut_goes_on():
    # guard: the list above stopped at an item's middle and goes on in lower case below
    nxt = fragment(2, [cell(0, 50, 300, 2), cell(1, 50, 300, 2), cell(2, 50, 300, 2, "жоспарды келісу.")])
    page = unlabelled_page_one()
    page.cells[-1].lines = cell_lines(chars("1. Келісу,", 353, 603), 1, 0.3)
    (t,) = tables(page, nxt)
    assert t[-1] == "1. Келісу, жоспарды келісу."


def bulleted_page_one() -> Fragment:
    return fragment(1, [
        cell(0, 500, BOTTOM, 1, "Жоспарлау"),
        cell(1, 500, BOTTOM, 1, "Бағалау"),
        cell(2, 500, BOTTOM, 1, "- бару;", "- есеп беру."),
    ])


def test_a_bulleted_row_that_opens_the_page_after_finished_lists_is_a_new_row():
    # the lists' bullets open the cells below; the names beside them open with a capital
    nxt = fragment(2, [cell(0, 50, 300, 2, "Есеп жүргізу"), cell(1, 50, 300, 2, "Тіркеу"),
                       cell(2, 50, 300, 2, "- журнал жүргізу.")])
    (t,) = tables(bulleted_page_one(), nxt)
    assert t == ["Жоспарлау", "Бағалау", "- бару; - есеп беру.", "Есеп жүргізу", "Тіркеу", "- журнал жүргізу."]


def test_a_bulleted_list_the_break_cut_goes_on():
    # guard: the list above ended an item with `;` and its next item opens the page: one cell
    page = bulleted_page_one()
    page.cells[-1].lines = cell_lines(chars("- бару;", 353, 503), 1, 0.3)
    nxt = fragment(2, [cell(0, 50, 300, 2), cell(1, 50, 300, 2), cell(2, 50, 300, 2, "- есеп беру.")])
    (t,) = tables(page, nxt)
    assert t[-1] == "- бару; - есеп беру."
