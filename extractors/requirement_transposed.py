"""A TRANSPOSED requirements table -> a clause per category.

The layout: the COLUMNS are the categories and the ROWS the kinds of requirement (`Вид требований |
Высшая категория | Первая категория | Вторая категория | Без категории`, then a row `Требования к
образованию` and a row `Требования к стажу работы`; `Талаптардың түрі | Жоғары санатты | … |
Санаты жоқ`, `Біліміне қойылатын талаптар`, `Жұмыс өтіліне қойылатын талаптар`). The position and
its level are the paragraph's head's (the caller's). A category's clause is its education cell, a
comma and its experience cell, as in a matrix (`requirement_matrix.py`, whose clause this reader
gives back).

The text prints the cells one after another: the header, then per row its label and its cells in
column order. A cell merged across several category columns is printed once and holds for each of
them: a row of fewer cells than categories has its FIRST cell merged across the leading columns,
the others one column each (the category that differs, `Без категории`, is the last one). A page
break inside a row prints the header again (left out), then the rest of the cell it cut; a piece
after the break goes on with the cell it cut unless that cell is whole and the piece opens a cell
of its own (an education, years of experience, or none required).
"""
from __future__ import annotations

from . import requirement_table as table
from . import requirement_matrix as matrix
from . import shapes
from .lexicon import Lexicon
from .records import span_of

# the role of the header cell over the row labels
_KIND = "kind"
# the row labels, by the role of the cell they give a category
_ROWS = ("education", "experience")
# what a cell of a row opens with, when it is a new cell (by the row's role)
_OPENS = {"education": ("education:",), "experience": ("experience", "no_experience")}
# what a cell prints once it is whole: the noun (`образование`), the years, or that none is required
_WHOLE = {"education": ("education_word",), "experience": ("experience", "no_experience")}
# what a cell a page break cut may visibly end with
_UNFINISHED = (",", ";", "-", "(", "–")


def clauses(cells: list[table.Cell], lang: str, lexicon: Lexicon) -> list[matrix.MatrixClause] | None:
    """A clause per category of a transposed table; None for a table of another layout, or one
    whose rows do not fit its columns (read by the other readers)."""
    categories = _categories(cells, lang)
    if categories is None:
        return None
    rows = _rows(table.under_header(cells, len(categories) + 1), lang)
    if rows is None or set(rows) != set(_ROWS):
        return None
    spread = {role: _spread(slots, len(categories)) for role, slots in rows.items()}
    if any(s is None for s in spread.values()):
        return None
    out = []
    for k, category in enumerate(categories):
        education, experience = spread["education"][k], spread["experience"][k]
        out.append(matrix.MatrixClause("", "", "", category, education.text(lexicon), experience.text(lexicon),
                                       span_of(education.span, experience.span)))
    return out


def _categories(cells: list[table.Cell], lang: str) -> list[str] | None:
    """The categories the header's columns name, in order: the first cell heads the row labels
    (`Вид требований`), each cell after it names a category whole; None for another header."""
    if not cells or not table.is_header_cell(cells[0].text, lang) or table.column_role(cells[0].text, lang) != _KIND:
        return None
    categories = matrix.sub_columns(cells[1:], lang)
    return categories if len(categories) >= 2 else None


def _rows(body: list[table.Cell], lang: str) -> dict[str, list[table.Slot]] | None:
    """The cells of each row by the row's role (its label's column word); None where a cell comes
    before any label, or a row is printed twice."""
    rows = table.by_label(body, lambda text: _row_label(text, lang))
    return None if rows is None else {role: _place(cells, role, lang) for role, cells in rows.items()}


def _row_label(text: str, lang: str) -> str | None:
    role = table.column_role(text, lang) if table.is_header_cell(text, lang) else None
    return role if role in _ROWS else None


def _place(cells: list[table.Cell], role: str, lang: str) -> list[table.Slot]:
    """A row's cells, the pieces printed after a page break going on with the cells it cut (in
    column order) until one opens a cell of its own."""
    slots: list[table.Slot] = []
    page: list[table.Slot] = []  # the cells printed on the page before
    for segment in _segments(cells):
        queue, printed = _cut(page), []
        for c in segment:
            while queue and _whole(queue[0], role, lang) and _opens(c.text, role, lang):
                queue.pop(0)
            slot = queue.pop(0) if queue else _new(slots, role)
            slot.pieces.append(c)
            printed.append(slot)
        page = printed
    return slots


def _segments(cells: list[table.Cell]) -> list[list[table.Cell]]:
    """The cells printed on each page."""
    out: list[list[table.Cell]] = []
    for c in cells:
        if c.page_break or not out:
            out.append([])
        out[-1].append(c)
    return out


def _new(slots: list[table.Slot], role: str) -> table.Slot:
    slots.append(table.Slot(role))
    return slots[-1]


def _cut(page: list[table.Slot]) -> list[table.Slot]:
    """The cells printed on a page that reach its foot (the most lines there), in column order:
    those a page break may have cut."""
    reach = max((s.pieces[-1].lines for s in page), default=0)
    return [s for s in page if s.pieces[-1].lines == reach]


def _whole(slot: table.Slot, role: str, lang: str) -> bool:
    """Whether a cell reads whole: an education cell names the education, an experience cell
    its years or that none is required, and neither visibly goes on (a comma, an open bracket)."""
    text = " ".join(p.text for p in slot.pieces).strip()
    if text.endswith(_UNFINISHED) or text.count("(") > text.count(")"):
        return False
    return any(shapes.has(text, lang, key) for key in _WHOLE[role])


def _opens(text: str, role: str, lang: str) -> bool:
    """Whether a cell's text opens the way a cell of its row does."""
    return any(_at_start(text, lang, key) for key in _OPENS[role])


def _at_start(text: str, lang: str, key: str) -> bool:
    if key.endswith(":"):
        return shapes.at_start(text, lang, key) is not None
    return any(rx.match(text) for rx in shapes.regexes(lang, key))


def _spread(slots: list[table.Slot], n: int) -> list[table.Slot] | None:
    """The cell of each of `n` category columns: the first cell merged across the columns that
    have no cell of their own; None where the row prints no cell or more cells than columns."""
    if not slots or len(slots) > n:
        return None
    return [slots[0]] * (n - len(slots) + 1) + slots[1:]
