"""A position's requirements as a KEY-VALUE table (a label column and a value column) -> a clause per category.

The layout: one ruled two-column table per position, each row a label cell and its value
(`Лауазымның атауы | <the position>`, `Біліктілік деңгейі | <its level>`, `Біліміне қойылатын
талаптар | <education>`, `Жұмыс өтіліне қойылатын талаптар | <experience>`; `Наименование должности`,
`Уровень квалификации`, `Требования к образованию`, `Требования к стажу работы`). The labels are the
shapes of `requirement_table_column:<role>` (position, level, education, experience); a row of
another kind of requirement (`Қосымша талаптар`, `Дополнительные требования`: a shape of
`requirement_key_value_row:other`) is neither education nor experience and gives no clause.

One cell may hold the lines of every category (`жоғары санатты – …; бірінші санатты – …; …`,
`высшей категории – …; …`): a clause per category, its text the education cell, a comma and the
category's line after its dash (as in a matrix, `requirement_matrix.py`, whose clause this reader
gives back). A cell that names no category is shared by all; where no cell names one, the table is
one clause.

The text prints the cells one after another, label then value, with no header row (a page break
inside a value prints the rest of it after the break: the pieces of a value are joined). A table is
read this way only where it opens with a label, every label is followed by its value, and it has an
education and an experience row, each printed once: a header row (labels one after another) is
another table's (read by the other readers).
"""
from __future__ import annotations

import re
from typing import Callable

from . import requirement_table as table
from . import requirement_matrix as matrix
from . import shapes
from .lexicon import Lexicon
from .records import span_of

# the rows a clause is made of
_CLAUSE_ROWS = ("education", "experience")
# the rows whose value is read as it is (no clause of its own)
_NAMED_ROWS = ("position", "level")
# a row of another kind of requirement
_OTHER = "requirement_key_value_row:"
# where a cell's line of one category ends: a `;` or a `.` (then the next category's line opens)
_LINE_END = re.compile(r"[;.]\s*")
# the dash (or colon) between a category and its line
_DASH = " –—-:"
# what reads the category a text opens with and where it ends (`requirements.category_at_start`)
CategoryAt = Callable[[str, str], "tuple[str, int] | None"]


def clauses(cells: list[table.Cell], lang: str, lexicon: Lexicon,
            category_at: CategoryAt) -> list[matrix.MatrixClause] | None:
    """A clause per category of a key-value table; None for a table of another layout.
    `category_at(text, lang)`: the category a text opens with and where it ends, or None."""
    rows = _rows(cells, lang)
    if rows is None or any(role not in rows for role in _CLAUSE_ROWS):
        return None
    values = {role: table.Slot(role, pieces).text(lexicon) for role, pieces in rows.items()}
    lines = span_of(*(c.span for role in _CLAUSE_ROWS for c in rows[role]))
    education = _by_category(values["education"], lang, category_at)
    experience = _by_category(values["experience"], lang, category_at)
    categories = list(dict.fromkeys(c for c, _ in experience + education if c is not None))
    out = []
    for category in categories or [None]:
        edu, exp = _line(education, category), _line(experience, category)
        if edu is None or exp is None:
            return None  # a category one cell names and the other, divided too, does not
        out.append(matrix.MatrixClause("", values.get("position", ""), values.get("level", ""), category,
                                       edu, exp, lines))
    return out


def _label(text: str, lang: str) -> str | None:
    """The row a label cell opens (its role), None for a value."""
    if shapes.at_start(text, lang, _OTHER):
        return "other"
    role = table.column_role(text, lang) if table.is_header_cell(text, lang) else None
    return role if role in _CLAUSE_ROWS + _NAMED_ROWS else None


def _rows(cells: list[table.Cell], lang: str) -> dict[str, list[table.Cell]] | None:
    """The value cells of each row by the row's role; None where the table does not open with a
    label, a label is followed by another label (a header row) or none, or a row is printed twice."""
    rows = table.by_label(cells, lambda text: _label(text, lang))
    if not rows or not all(rows.values()):
        return None
    rows.pop("other", None)
    return rows


def _by_category(text: str, lang: str, category_at: CategoryAt) -> list[tuple[str | None, str]]:
    """A cell's lines by the category each opens with (the text after its dash); one line of no
    category where the cell's first line names none."""
    cuts = [0] + [m.end() for m in _LINE_END.finditer(text) if category_at(text[m.end():], lang)]
    pieces = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    out = []
    for piece in filter(None, pieces):
        hit = category_at(piece, lang)
        if hit is None:
            if out:
                return [(None, text.strip())]  # a line of no category among them: one shared cell
            out.append((None, piece))
            continue
        out.append((hit[0], piece[hit[1]:].lstrip(_DASH)))
    if len(out) > 1 and any(c is None for c, _ in out):
        return [(None, text.strip())]
    return [(c, t.rstrip(" ;,.")) for c, t in out]


def _line(lines: list[tuple[str | None, str]], category: str | None) -> str | None:
    """A category's line of a cell: its own, or the cell's one line where it names no category."""
    if len(lines) == 1 and lines[0][0] is None:
        return lines[0][1]
    return next((t for c, t in lines if c == category), None)
