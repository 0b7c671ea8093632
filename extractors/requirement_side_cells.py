"""A requirements table whose short cells are printed side by side on one line -> one cell each.

`requirement_table` reads a table whose cells are each a block of their own. Some texts print a
row's first line across its columns: the narrow cells that fit on it share the line with the
start of the wide one (`1 жоғары санат жоғары (немесе жоғары` / `оқу орнынан кейінгі) …` /
`білім`, then the experience cell as a block of its own), and a header cell shares its line
with the next one (`Білімі Жұмыс өтіліне` / `қойылатын талап`). The row of column numbers is
then one block too (`1 2 3 4`), printed again after a page break.
- A header block of several column phrases (`requirement_table_column:*`) is a cell per phrase.
- A block that opens with the next row's number and goes on is the number's cell and the rest;
  where the column after the number prints a category or a level whole (`жоғары санат`,
  `санатсыз`), the rest opens with that cell.
- A block that is nothing but the column numbers, in order, is no row.
The table is read this way only where it reads to no clause as printed (`requirements._Act`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import shapes
from . import requirement_table as table

_NUMBER_AND_REST = re.compile(r"^(\d{1,3})[.)]?\s+(\S.*)$", re.DOTALL)


def split(cells: list[table.Cell], lang: str) -> list[table.Cell]:
    """The cells with each block that prints several cells cut into them (the same list where
    none does)."""
    head: list[table.Cell] = []
    k = 0
    while k < len(cells) and table.is_header_cell(cells[k].text, lang):
        head.extend(_header_pieces(cells[k], lang))
        k += 1
    if len(head) < 2:
        return cells
    roles = [table.column_role(c.text, lang) for c in head]
    return head + _body(cells[k:], roles, lang)


def _header_pieces(cell: table.Cell, lang: str) -> list[table.Cell]:
    """A header block cut where each column phrase starts (the longest phrase at a place, none
    inside another)."""
    starts, end = [], -1
    for start, stop, _ in shapes.find_all(cell.text, lang, f"{table.COLUMN}:"):
        if start >= end:
            starts.append(start)
            end = stop
    if len(starts) < 2:
        return [cell]
    bounds = [0, *starts[1:], len(cell.text)]
    return [replace(cell, text=cell.text[a:b].strip(), page_break=cell.page_break and a == 0)
            for a, b in zip(bounds, bounds[1:])]


def _body(cells: list[table.Cell], roles: list[str | None], lang: str) -> list[table.Cell]:
    """The cells under the header: a row's number apart from what its block goes on with, the
    rows of column numbers left out (a page break before one is before what follows it)."""
    numbers = "".join(str(i) for i in range(1, len(roles) + 1))
    after_number = roles[roles.index("number") + 1] if "number" in roles[:-1] else None
    out: list[table.Cell] = []
    broken, rows = False, 0
    for c in cells:
        if "".join(c.text.split()) == numbers:
            broken = broken or c.page_break
            continue
        c, broken = (replace(c, page_break=True) if broken else c), False
        m = _NUMBER_AND_REST.match(c.text) if "number" in roles else None
        if m and int(m.group(1)) == rows + 1:
            out.append(replace(c, text=m.group(1), lines=1, span=(c.span[0], c.span[0]), kept_space=False))
            out.extend(_leading_value(replace(c, text=m.group(2).strip(), page_break=False), after_number, lang))
        else:
            out.append(c)
        rows += 1 if m and int(m.group(1)) == rows + 1 or table._ROW_NUMBER.match(c.text) else 0
    return out


def _leading_value(cell: table.Cell, role: str | None, lang: str) -> list[table.Cell]:
    """A block's category or level cell apart from the cell it shares its line with, where the
    column after the number is one (`жоғары санат` | `жоғары (немесе …) білім`)."""
    for prefix in table._WHOLE.get(role or "", ()):
        hit = shapes.at_start(cell.text, lang, prefix)
        rest = cell.text[hit[1]:].strip() if hit else ""
        if hit and rest and not rest.startswith(("(", ",", ";", ":")):
            first = replace(cell, text=cell.text[:hit[1]].strip(), lines=1,
                            span=(cell.span[0], cell.span[0]), kept_space=False)
            return [first, replace(cell, text=rest)]
    return [cell]
