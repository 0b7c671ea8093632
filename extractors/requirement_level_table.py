"""The specialist level of each position, where the act lists its positions in a small table.

An act may give its positions and their levels once, in a ruled table of its general provisions
(`№ п/п | Наименование должности | Уровень квалификации`, a row per position: `1 | X |
высший`; `Р/с № | Лауазымның атауы | Біліктілік деңгейі`), and leave the levels out
of the requirement points, which then name the position alone. The table holds no clause; its
header is a run of cells made of column words (`requirement_table_column:`) with a level and a
position column, its rows the unindented cells after it (a flattened row may print its name and
level cells as one paragraph, a text file or a PDF each cell apart). Each position's level is the
level cell of its row: the first level cell after its name where the name's column comes first,
else the last one before it. The level cells are shapes of `specialist_level_cell:` and
`specialist_level:` (`with_table_levels` fills the clauses read with no level).
"""
from __future__ import annotations

from dataclasses import replace

from . import shapes
from . import requirement_table as table
from .paragraphs import Para
from .records import Requirement
from .requirement_stated_levels import name_mentions

_LEVEL_KEYS = ("specialist_level_cell:", "specialist_level:")


def _header_roles(text: str, lang: str) -> list[str]:
    """The roles of the columns a header paragraph names, in order (none where it prints more
    than column words)."""
    if not table.is_header_cell(text, lang):
        return []
    found = shapes.find_all(text, lang, f"{table.COLUMN}:")
    out: list[str] = []
    end = -1
    for start, stop, kind in found:
        if start >= end:  # the longest shape at a place, none inside it
            out.append(kind)
            end = stop
    return out


def _tables(paras: list[Para], lang: str) -> list[tuple[list[str], list[str]]]:
    """Each table of positions and levels: its header's column roles and the texts of its rows'
    cells (the unindented paragraphs after the header, up to the next indented one)."""
    out: list[tuple[list[str], list[str]]] = []
    cells: list[str] | None = None
    for p in paras:
        text = p.text.strip()
        head = [] if p.indented else _header_roles(text, lang)
        if head and cells == []:
            out[-1][0].extend(head)  # a header printed cell by cell, over several paragraphs
        elif head:
            cells = []
            out.append((head, cells))
        elif cells is not None and not p.indented:
            cells.append(text)
        else:
            cells = None
    return [(r, c) for r, c in out if "level" in r and "position" in r and c]


def _levels_in(text: str, names: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """Where the rows' text prints a level cell whole, longest first at a place: bounded on each
    side by a cell's edge (a line of its own), a row's number or a name (a flattened row), not a
    word of another cell (`Высшее образование`)."""
    found = sorted((hit for key in _LEVEL_KEYS for hit in shapes.find_all(text, lang, key)),
                   key=lambda x: (x[0], -(x[1] - x[0])))
    ends, starts = {e for _, e, _ in names}, {a for a, _, _ in names}
    out, end = [], -1
    for hit in found:
        if hit[0] >= end and _whole_cell(text, hit, starts, ends):
            out.append(hit)
            end = hit[1]
    return out


def _whole_cell(text: str, hit: tuple[int, int, str], starts: set[int], ends: set[int]) -> bool:
    """Whether a level printed at `hit` stands alone in its cell."""
    before = text[:hit[0]].rstrip(" \t")
    after_at = len(text) - len(text[hit[1]:].lstrip(" \t.;"))
    left = not before or before.endswith("\n") or before[-1].isdigit() or len(before) in ends
    right = after_at == len(text) or text[after_at] == "\n" or text[after_at].isdigit() or after_at in starts
    return left and right


def _named(text: str, positions: list[str]) -> list[tuple[int, int, str]]:
    """Where the rows' text names each position first."""
    return sorted((m[0], m[1], pos) for pos in positions for m in name_mentions(text, pos)[:1])


def _row_levels(text: str, positions: list[str], levels: list[tuple[int, int, str]],
                name_first: bool) -> dict[str, str]:
    """The level each position named in the rows' text takes: the level cell between its name
    and the next name (after it where the name's column comes first, else before it)."""
    named = _named(text, positions)
    out: dict[str, str] = {}
    for k, (start, end, pos) in enumerate(named):
        if name_first:
            limit = named[k + 1][0] if k + 1 < len(named) else len(text)
            inside = [kind for a, _, kind in levels if end <= a < limit]
        else:
            limit = named[k - 1][1] if k > 0 else 0
            inside = [kind for _, b, kind in levels if limit <= b <= start][::-1]
        if inside:
            out[pos] = inside[0]
    return out


def table_levels(paras: list[Para], positions: list[str], lang: str) -> dict[str, str]:
    """The level of each position the act's first table of positions and levels gives it."""
    for roles, cells in _tables(paras, lang):
        text = "\n".join(cells)
        levels = _levels_in(text, _named(text, positions), lang)
        if not levels:
            continue
        found = _row_levels(text, positions, levels, roles.index("position") < roles.index("level"))
        if found:
            return found
    return {}



def with_table_levels(records: list[Requirement], paras: list[Para], lang: str) -> list[Requirement]:
    """The act's records, a clause with no level taking the level its position's row of the
    act's table of positions gives it (the records as they are where none is missing)."""
    missing = list(dict.fromkeys(r.position for r in records
                                 if r.card_no is None and r.specialist_level is None and r.position))
    if not missing:
        return records
    levels = table_levels(paras, missing, lang)
    return [replace(r, specialist_level=levels[r.position])
            if r.card_no is None and r.specialist_level is None and r.position in levels else r
            for r in records]
