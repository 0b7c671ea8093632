"""A requirements table whose experience column is divided into one column per CATEGORY -> its clauses.

The layout (a "matrix"): a row per position, columns `№ | Лауазымның атауы | Біліміне қойылатын
талаптар | Жұмыс өтіліне қойылатын талаптар` (`№ | Наименование должности | Требования к
образованию | Требования к стажу работы`), the experience column spanning sub-columns that each
name a category (`жоғары санатты | бірінші санатты | екінші санатты | санаты жоқ`; `высшей
категории | … | без категории`, a second header row). A position's education is ONE cell its
categories share, each category's experience one cell of the same row: a clause per row and
category, its text the education cell, a comma and the category's experience cell. The level is
named by the paragraph's head (the caller's), or by a level column.

The text prints the cells one after another (the first header row, the sub-columns, then per row
its number, position, education and experience cells in category order); a PDF's ruled table is
flattened the same way. The cell over the sub-columns names no column of its own: it is left out
(wherever the header is printed again), and each sub-column is an experience column of its
category; `requirement_table.rows` then places the cells, page breaks and all.
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from . import requirement_table as table
from .lexicon import Lexicon
from .records import Span, span_of

# what a sub-column's head prints whole: a category (`жоғары санатты`, `без категории`, `высшая`)
_CATEGORY = ("category:", "category_cell:")


@dataclass(frozen=True)
class MatrixClause:
    """One category's clause of a position's row."""

    number: str
    position: str  # the row's position cell, as printed
    level: str  # the row's level cell, as printed ("" where the table has no level column)
    category: str
    education: str  # the row's education cell, shared by its categories
    experience: str  # the category's experience cell
    lines: Span | None


def clauses(cells: list[table.Cell], lang: str, lexicon: Lexicon) -> list[MatrixClause] | None:
    """The clauses of a table whose experience column is divided by category; None for a table
    of another layout (read by `requirement_table`)."""
    found = _layout(cells, lang)
    if found is None:
        return None
    over, roles, categories = found
    body = _without(cells, over)
    first = [r for r in roles if r != "number"].index("experience")  # as the row's slots count columns
    out = []
    for row in table.rows(body, roles, lang):
        out.extend(_row_clauses(row, categories, first, lexicon))
    return out


def _layout(cells: list[table.Cell], lang: str) -> tuple[str, list[str | None], list[str]] | None:
    """The cell over the category sub-columns, the roles of the columns (the experience column
    once per category) and the categories in order; None unless the header has a number, an
    education and one experience column, no category column, and at least two cells
    naming a category right after its own (a level column, where there is one, is the row's)."""
    n = next((k for k, c in enumerate(cells) if not table.is_header_cell(c.text, lang)), len(cells))
    roles = [table.column_role(c.text, lang) for c in cells[:n]]
    if roles.count("experience") != 1 or "number" not in roles or "education" not in roles or "category" in roles:
        return None
    categories = sub_columns(cells[n:], lang)
    if len(categories) < 2:
        return None
    at = roles.index("experience")
    return cells[at].text, roles[:at] + ["experience"] * len(categories) + roles[at + 1:], categories


def sub_columns(cells: list[table.Cell], lang: str) -> list[str]:
    """The categories the leading cells each name whole, in order, each once."""
    out: list[str] = []
    for c in cells:
        key = next(filter(None, (table.whole(c.text, lang, prefix) for prefix in _CATEGORY)), None)
        if key is None or key in out:
            break
        out.append(key)
    return out


def _without(cells: list[table.Cell], over: str) -> list[table.Cell]:
    """The cells without the one over the sub-columns (each time the header is printed); a page
    break before it is before the cell after it."""
    out: list[table.Cell] = []
    broken = False
    for c in cells:
        if c.text == over:
            broken = broken or c.page_break
            continue
        out.append(replace(c, page_break=True) if broken else c)
        broken = False
    return out


def _row_clauses(row: table.Row, categories: list[str], first: int, lexicon: Lexicon) -> list[MatrixClause]:
    """A clause per experience cell of the row, with the row's position, level and education cells."""
    position, level, education = (next((s for s in row.slots if s.role == role), None)
                                  for role in ("position", "level", "education"))
    if education is None:
        return []
    out = []
    for slot in row.slots:
        k = -1 if slot.column is None else slot.column - first
        if slot.role != "experience" or not 0 <= k < len(categories):
            continue
        out.append(MatrixClause(row.number, position.text(lexicon) if position else "",
                                level.text(lexicon) if level else "", categories[k],
                                education.text(lexicon), slot.text(lexicon), span_of(education.span, slot.span)))
    return out
