"""A requirements table flattened cell by cell with NO blank line between its cells -> its cells.

`requirement_table` reads a table whose cells are each a block of their own. Some texts print the
cells one after another with no blank line at all, each cell's lines wrapped at its column's width
(`№ п/п` / `Уровень` / `квалифика` / `ции и` / `категория` / `Требования …` / `1` / `специалист` /
`высшего` / … / `высшее или послевузовское …` / `4 лет` / `2` / …): a block is then a whole row or
the whole table, and its cells are found in its lines.
- The header's cells each open with a capital (or `№`); the lines that go on with a cell do not.
- A row opens with a line that is nothing but its number, the one after the last row's.
- A row's other lines are cut into its columns' cells where each piece reads best as its column's
  (a level or a category printed whole, a level followed by its category, a clause opening with an
  education) and, where that leaves a choice, where each cell's lines are most alike in width
  (each column wraps at its own width).
- After a page break, the rest of a row is cut where a line is much wider than the lines before it
  (a wider column's cell goes on); `requirement_table.rows` places those pieces in the cells the
  break cut.
A blank line, where one is printed, always ends a cell.
"""
from __future__ import annotations

import re
from itertools import combinations
from math import comb

from . import shapes
from . import requirement_table as table
from .paragraphs import Para
from .text import RepairedText

_ROW_NUMBER = re.compile(r"^(\d{1,3})[.)]?$")
# how many ways to cut a row's lines are weighed at most (no input may take long)
_MOST_CHOICES = 2000
# how much wider than the lines before it a line after a page break is where another cell goes on
_WIDER = 2.5


class _Line:
    __slots__ = ("text", "lineno", "width", "trailing", "page_break", "block_end", "join")

    def __init__(self, text, lineno, width, trailing, page_break, block_end, join):
        self.text, self.lineno, self.width, self.trailing = text, lineno, width, trailing
        self.page_break, self.block_end, self.join = page_break, block_end, join


def _lines(doc: RepairedText, paras: list[Para]) -> list[_Line]:
    """The table's repaired lines in order, each with its join to the next line of its block."""
    lo, hi = paras[0].span[0], paras[-1].span[1]
    out: list[_Line] = []
    for block in doc.blocks[paras[0].block:]:
        if block.lines[0].lineno > hi:
            break
        picked = [k for k, ln in enumerate(block.lines) if lo <= ln.lineno <= hi]
        for k in picked:
            ln = block.lines[k]
            out.append(_Line(ln.text, ln.lineno, len(ln.text), ln.trailing,
                             block.page_break_before and k == 0, k == picked[-1], block.joins[k]))
    return out


def _row_starts(lines: list[_Line]) -> list[int]:
    """The lines that open a row: nothing but a number, 1 first and each the next."""
    out, expected = [], 1
    for k, ln in enumerate(lines):
        m = _ROW_NUMBER.match(ln.text.strip())
        if m and int(m.group(1)) == expected:
            out.append(k)
            expected += 1
    return out


def flattened(doc: RepairedText, p: Para, lang: str) -> bool:
    """Whether a paragraph is a table printed this way: its first line is a header cell (column
    words) and a row's number shares a block with other lines (no blank line around it)."""
    lines = _lines(doc, [p])
    if not lines or not table.is_header_cell(lines[0].text, lang):
        return False
    starts = _row_starts(lines)
    return bool(starts) and any(not (lines[k].block_end and (k == 0 or lines[k - 1].block_end)) for k in starts)


def cells(doc: RepairedText, paras: list[Para], lang: str) -> list[table.Cell] | None:
    """The cells of a table printed this way, header first, then per row its number and its
    cells; None for a table printed otherwise."""
    if not paras or not flattened(doc, paras[0], lang):
        return None
    lines = _lines(doc, paras)
    starts = _row_starts(lines)
    header = [_cell(run) for run in _header_runs(lines[:starts[0]])]
    roles = [r for r in table.header(header, lang) if r != "number"]
    out = list(header)
    for k, at in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        out.append(_cell([lines[at]]))
        out.extend(_cell(run) for run in _row_runs(lines[at + 1:end], roles, lang))
    return out


def _cell(run: list[_Line]) -> table.Cell:
    text = "".join(ln.text + (ln.join if k < len(run) - 1 else "") for k, ln in enumerate(run)).strip()
    return table.Cell(text, len(run), run[0].page_break, (run[0].lineno, run[-1].lineno), run[-1].trailing > 0)


def _header_runs(lines: list[_Line]) -> list[list[_Line]]:
    """The header's cells: each opens with a capital or `№`, or after a blank line."""
    out: list[list[_Line]] = []
    for k, ln in enumerate(lines):
        opens = ln.text[:1].isupper() or ln.text[:1] == "№" or k and lines[k - 1].block_end
        if opens or not out:
            out.append([])
        out[-1].append(ln)
    return out


def _row_runs(lines: list[_Line], roles: list[str | None], lang: str) -> list[list[_Line]]:
    """A row's lines cut into cells: those before a page break into its columns' cells, those
    after one where a line is much wider than the lines before it."""
    out: list[list[_Line]] = []
    page: list[_Line] = []
    first = True
    for ln in lines + [None]:
        if ln is None or ln.page_break and page:
            out.extend(_cut(page, roles, lang) if first else _widening(page))
            page, first = [], False
        if ln is not None:
            page.append(ln)
    return out


def _cut(lines: list[_Line], roles: list[str | None], lang: str) -> list[list[_Line]]:
    """The lines of a row's first page cut into its columns' cells (as many as there are columns,
    fewer where there are fewer lines): a blank line always cuts; the other cuts go where the cells
    read best as their columns' and are most alike in width within."""
    n = len(lines)
    forced = [k for k in range(1, n) if lines[k - 1].block_end]
    want = max(len(forced), min(len(roles), n) - 1)
    free = [k for k in range(1, n) if k not in forced]
    extra = want - len(forced)
    if extra <= 0 or comb(len(free), extra) > _MOST_CHOICES:
        return _split(lines, forced)
    best = max(combinations(free, extra),
               key=lambda cuts: _score(_split(lines, sorted(forced + list(cuts))), roles, lang))
    return _split(lines, sorted(forced + list(best)))


def _split(lines: list[_Line], cuts: list[int]) -> list[list[_Line]]:
    bounds = [0, *cuts, len(lines)]
    return [lines[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def _score(runs: list[list[_Line]], roles: list[str | None], lang: str) -> tuple[int, float]:
    fit = sum(_fit(_cell(run).text, role, lang) for run, role in zip(runs, roles))
    return fit, -sum(_spread(run) for run in runs)


def _spread(run: list[_Line]) -> float:
    """How unlike in width a cell's lines are (its last line may be short)."""
    widths = [ln.width for ln in run]
    body = widths[:-1] or widths
    return (max(widths) - min(body)) / max(1, max(widths))


def _fit(text: str, role: str | None, lang: str) -> int:
    """How well a cell reads as its column's: a level or a category printed whole (a level cell
    may print its category after it), a clause opening with an education, years of experience."""
    if role == "level":
        return 3 if table.column_level(text, lang) or table.level_and_category(text, lang) else 0
    if role == "category":
        return 3 if any(table.whole(text, lang, prefix) for prefix in ("category_cell:", "category:")) else 0
    if role in ("requirements", "education"):
        return 2 if shapes.at_start(text, lang, "education:") else 0
    if role == "experience":
        return 2 if any(shapes.has(text, lang, key) for key in ("experience", "no_experience")) else 0
    return 0


def _widening(lines: list[_Line]) -> list[list[_Line]]:
    """The lines after a page break cut where a line is much wider than every line of the cell
    before it (a blank line cuts too)."""
    out: list[list[_Line]] = []
    for ln in lines:
        if not out or out[-1][-1].block_end or ln.width > _WIDER * max(x.width for x in out[-1]):
            out.append([])
        out[-1].append(ln)
    return out
