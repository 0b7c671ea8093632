"""Ruled tables of a PDF -> whole cells in reading order, across pages.

A page's tables are found from their ruling lines (pdfplumber's table finder,
with settings for borders drawn as separate, approximately meeting segments);
each character goes to the cell its centre lies in, through the grid of the
table's edges, so merged cells (a label spanning several task rows, a title
spanning all columns) are one cell.

A table that goes on over the next page is one table: the fragment that opens a
page continues the fragment that closed the page before when no other text lies
between them and their outer edges agree; so does a part of the same table on the same
page (printed in parts, one outer rectangle each: `pdf_rules`). A header row printed
again at the top of a part (the table's first row, or the first row of the part
before) is dropped. The row the page break cut is found per column: the cell at the
top of the new page continues the cell above it (same column, at the bottom of
the previous page) unless it opens a new row, which is read from three facts:

- room: the previous page's table stopped well above where the tables of full
  pages end, so the next row did not fit there whole (the break fell between rows);
- rows: the cells that were one row at the bottom of the previous page are one
  row at the top of this one (all continued or all new), decided by their first
  cell printed on both sides of the break (a merged, vertically centred cell may have
  left all its text below it); a cell whose cell above began in an earlier row (a
  merged cell the break cut) is decided alone;
- labels: a cell that opens with a numbered row label of the cards opens a new
  row; one that opens with another label does too, unless the label ends one that
  began above the break, or it stands in a column where no row of the document's
  tables begins (a label inside a cell, such as the knowledge list after the
  skills in the same cell).
"""
from __future__ import annotations

import re
import statistics
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .pdf_labels import label_ends
from .pdf_rules import implied_rules, open_sides, part_tops
from .pdf_words import PLine, cell_lines, line_end

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    # borders are separate segments that meet only approximately
    "snap_tolerance": 2,
    "join_tolerance": 2,
    "intersection_tolerance": 2,
    # short ticks and underlines are not borders
    "edge_min_length": 8,
}
EDGE_TOL = 2.0
ROOM_LINES = 2.5  # a page's table that stops this many lines above the lowest text ended at a row's end


@dataclass
class TCell:
    x0: float
    top: float
    x1: float
    bottom: float
    page: int
    chars: list[dict] = field(default_factory=list)
    lines: list[PLine] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(ln.text for ln in self.lines)

    def ends(self, lang: str) -> list[str | None]:
        """What joins each line of the cell to the next: ' ' a space, '' a cut word, None open
        (the lexicon decides): the positions, and inside an opening label the label."""
        ends = [line_end(a, b) for a, b in zip(self.lines, self.lines[1:])]
        return label_ends(self.lines, ends, lang)

    def readings(self, lang: str, known=frozenset()) -> tuple[str, ...]:
        """The cell's text with its line ends as printed, and, when some are settled as cuts or
        left open, with the words cut there made whole (open ones where the whole word is
        `known`: `Квалифик` / `ационный уровень`)."""
        ends = self.ends(lang)
        if all(e == " " for e in ends):
            return (self.text,)
        out = self.lines[0].text
        for ln, end in zip(self.lines[1:], ends):
            joined = (out.rsplit(" ", 1)[-1] + ln.words[0]).casefold().strip(".,;:()\"«»")
            out += ("" if end == "" or (end is None and joined in known) else " ") + ln.text
        return self.text, out

    def same_column(self, other: TCell) -> bool:
        return abs(self.x0 - other.x0) <= EDGE_TOL and abs(self.x1 - other.x1) <= EDGE_TOL


@dataclass
class Fragment:
    """A table on one page."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float
    cells: list[TCell]


def _edges(values: list[float]) -> list[float]:
    out: list[float] = []
    for v in sorted(values):
        if not out or v - out[-1] > 0.5:
            out.append(v)
    return out


class _Grid:
    """A table's cells on the grid of its edges: which cell holds a point, merged cells
    included (they fill every slot they span)."""

    def __init__(self, bbox, cells: list[TCell]):
        self.bbox = bbox
        self.xs = _edges([c.x0 for c in cells] + [c.x1 for c in cells])
        self.ys = _edges([c.top for c in cells] + [c.bottom for c in cells])
        self.slots: dict[tuple[int, int], TCell] = {}
        for c in cells:
            for i in range(bisect_right(self.xs, c.x0 + 0.5) - 1, bisect_right(self.xs, c.x1 - 0.5)):
                for j in range(bisect_right(self.ys, c.top + 0.5) - 1, bisect_right(self.ys, c.bottom - 0.5)):
                    self.slots.setdefault((i, j), c)

    def cell_at(self, x: float, y: float) -> TCell | None:
        x0, top, x1, bottom = self.bbox
        if not (x0 <= x <= x1 and top <= y <= bottom):
            return None
        return self.slots.get((bisect_right(self.xs, x) - 1, bisect_right(self.ys, y) - 1))


def _settings(rules: tuple[list[dict], list[dict]] | None) -> dict:
    """The table finder's settings: the page's own lines, or the borders found in a scan's picture."""
    if rules is None:
        return TABLE_SETTINGS
    horizontal, vertical = rules
    return dict(TABLE_SETTINGS, vertical_strategy="explicit", horizontal_strategy="explicit",
                explicit_vertical_lines=vertical, explicit_horizontal_lines=horizontal)


def _find_tables(page, rules):
    """The page's tables; with the borders their rules imply put back when a typesetter left
    them out (`pdf_rules`): the outer border of a table ruled horizontally only, the rule
    under a header row."""
    settings = _settings(rules)
    tables = page.find_tables(settings)
    if rules is not None or not tables:
        return tables
    sides = open_sides(page.edges, [t.bbox for t in tables])
    if sides:
        settings = dict(settings, explicit_vertical_lines=sides)
        tables = page.find_tables(settings)
    extra = implied_rules(page.edges, [t.bbox for t in tables])
    if not extra:
        return tables
    return page.find_tables(dict(settings, explicit_horizontal_lines=extra))


def _parts(f: Fragment, tops: list[float]) -> list[Fragment]:
    """A page's table printed in several parts (one outer rectangle each): one fragment a part."""
    out: list[Fragment] = []
    for top, bottom in zip([f.top] + tops, tops + [f.bottom]):
        cells = [c for c in f.cells if top - 0.5 <= c.top < bottom - 0.5]
        if cells:
            out.append(Fragment(f.page, f.x0, top, f.x1, bottom, cells))
    return out if len(out) > 1 else [f]


def page_fragments(page, page_no: int, chars: list[dict],
                   rules: tuple[list[dict], list[dict]] | None = None) -> tuple[list[Fragment], list[dict]]:
    """The page's tables with their characters in their cells, and the characters outside them.
    `rules`: the (horizontal, vertical) borders of a scanned page, found in its picture."""
    frags: list[Fragment] = []
    grids: list[_Grid] = []
    if rules is not None and (len(rules[0]) < 2 or len(rules[1]) < 2):
        return frags, chars
    for t in _find_tables(page, rules):
        cells = [TCell(*bbox, page=page_no) for bbox in t.cells]
        if cells:
            grids.append(_Grid(t.bbox, cells))
            cells.sort(key=lambda c: (round(c.top, 1), c.x0))
            tops = part_tops(page.rects, t.bbox) if rules is None else []
            frags.extend(_parts(Fragment(page_no, *t.bbox, cells), tops))
    rest = []
    for ch in chars:
        cx, cy = (ch["x0"] + ch["x1"]) / 2, (ch["top"] + ch["bottom"]) / 2
        cell = next((c for c in (g.cell_at(cx, cy) for g in grids) if c is not None), None)
        if cell is None:
            rest.append(ch)
        else:
            cell.chars.append(ch)
    return frags, rest


def fill_lines(frags: list[Fragment], space_em: float | None) -> None:
    for f in frags:
        for c in f.cells:
            c.lines = cell_lines(c.chars, f.page, space_em)
            c.chars = []


# ---------------------------------------------------------------- across pages

@dataclass
class Context:
    """What the decisions across pages need to know of the whole document."""

    lang: str
    bottom_limit: float  # the lowest foot of any page's table: where a full page's table ends
    line_height: float
    first_text: dict[int, float]  # per page, the top of its first text outside tables
    last_text: dict[int, float]  # per page, the bottom of its last text outside tables


class _Known:
    """Words a cut may be made whole into when labels are looked for: the label phrases' words
    and the forms the language's dictionary knows."""

    def __init__(self, lang: str):
        from .morphology import known_form
        from .vocabulary import vocabulary

        vocab = vocabulary(lang)
        self.label_words = {w.casefold() for form in vocab.phrases() for w in re.findall(r"[^\W\d_]+", form)}
        self.form = known_form(lang)

    def __contains__(self, word: str) -> bool:
        return word in self.label_words or (self.form is not None and bool(word) and self.form(word))


@lru_cache(maxsize=None)
def _known_words(lang: str) -> _Known:
    return _Known(lang)


def _opening_label(cell: TCell, lang: str):
    """The row label the cell opens with (a `labels.LabelMatch`), or None."""
    from .labels import match_at

    for text in cell.readings(lang, _known_words(lang)):
        m = match_at(text, 0, lang) if text else None
        if m is not None:
            return m
    return None


def _starts_with_label(cell: TCell, lang: str) -> bool:
    return _opening_label(cell, lang) is not None


def _label_across(above: TCell, below: TCell, lang: str) -> bool:
    """A row label starts in `above` and ends in `below` (`Дополнительная` | `трудовая функция 1:`).
    A cell that ends with a colon closed its label (`Кәсіптің басқа мүмкін атаулары:`): the next
    row's label below it is no rest of it, even where a form that starts with any words would
    read the two as one."""
    from .labels import match_at

    for a in above.readings(lang, _known_words(lang)):
        if a.rstrip().endswith(":"):
            continue
        for b in below.readings(lang, _known_words(lang)):
            for joiner in (" ", ""):
                m = match_at(a + joiner + b, 0, lang) if a and b else None
                if m is not None and m.end > len(a) + 1:
                    return True
    return False


def _row_text(cells: list[TCell]) -> str:
    return " | ".join(" ".join(c.text.split()).casefold() for c in cells)


def _first_row(cells: list[TCell]) -> list[TCell]:
    top = min(c.top for c in cells)
    return [c for c in cells if abs(c.top - top) < 1]


def _continues(prev: Fragment, f: Fragment, ctx: Context) -> bool:
    """`f` goes on with the table `prev` closed the page before with, or is the next part of
    the same table on the same page (its outer border begins where the last one ended)."""
    if abs(f.x0 - prev.x0) > EDGE_TOL or abs(f.x1 - prev.x1) > EDGE_TOL:
        return False
    if f.page == prev.page:
        return abs(f.top - prev.bottom) <= EDGE_TOL
    if f.page != prev.page + 1:
        return False
    return ctx.first_text.get(f.page, float("inf")) >= f.top - 1 and \
        ctx.last_text.get(prev.page, float("-inf")) <= prev.bottom + 1


def _head_columns(cells: list[TCell], skip: set[int]) -> list[float]:
    """Left edges of the cells each row opens with (the leftmost non-empty cell starting on it)."""
    rows: dict[tuple[int, int], TCell] = {}
    for c in cells:
        if id(c) in skip or not c.lines:
            continue
        key = (c.page, round(c.top))
        if key not in rows or c.x0 < rows[key].x0:
            rows[key] = c
    return [c.x0 for c in rows.values()]


def _opens_row(c: TCell, above: TCell, heads: list[float], lang: str) -> bool:
    """A numbered row label (`2-міндет:`, `Трудовая функция 3:`) opens a row wherever it stands;
    another label opens one in a column where rows of the document's tables begin."""
    from .labels import NUMBERED_FIELDS

    m = _opening_label(c, lang)
    if m is None or _label_across(above, c, lang):
        return False
    if m.field in NUMBERED_FIELDS and m.number is not None:
        return True
    return any(abs(c.x0 - h) <= EDGE_TOL for h in heads)


def _pairs(prev: Fragment, top_row: list[TCell]) -> list[tuple[TCell, TCell]]:
    """Each cell of the top row with the cell above it: same column, at the previous page's foot."""
    bottoms = [c for c in prev.cells if abs(c.bottom - prev.bottom) < 1]
    pairs = []
    for c in top_row:
        above = next((b for b in bottoms if b.same_column(c)), None)
        if above is not None:
            pairs.append((c, above))
    return pairs


def _goes_on(pairs: list[tuple[TCell, TCell]], heads: list[float], lang: str, owner: dict[int, TCell]) -> set[int]:
    """The cells of the top row that go on in the cell above them."""
    last_top = max(round(a.top) for _, a in pairs)
    row = [(c, owner.get(id(a), a)) for c, a in pairs if round(a.top) == last_top]
    out: set[int] = set()
    if _fresh_row([(c, owner.get(id(a), a)) for c, a in pairs]):
        return out
    head = _judged_by(row)
    if head is not None and not _opens_row(*head, heads, lang) and not _values_apart(row, lang):
        out.update(id(c) for c, _ in row)
    for c, a in pairs:
        target = owner.get(id(a), a)
        if round(a.top) != last_top and (_label_across(target, c, lang) or not _starts_with_label(c, lang)) \
                and not _values_apart([(c, target)], lang):
            # a merged cell the break cut, read on its own; not where a whole value (a level)
            # merged down the rows above is followed by another below (the next level's rows)
            out.add(id(c))
    return out


def _fresh_row(row: list[tuple[TCell, TCell]]) -> bool:
    """A row without labels (a table headed once) that the break did not cut: every cell printed
    on both sides opens below with a capital or a list's first number (or a bullet, where the
    list above ended its last item and a name beside it opens with a capital), and the lists
    above ended their last item (`.`, `;`)."""
    both = [(c.text.strip(), a.text.strip()) for c, a in row if c.lines and a.lines]
    return len(both) >= 2 and any(a.endswith((".", ";")) for _, a in both) and any(c[:1].isupper() for c, _ in both) \
        and all(_opens_below(c, a) for c, a in both) \
        and all(not a.endswith((",", "-", "–")) and not re.search(r"(?:^|\s)\d{1,2}\s?[.)]$", a) for _, a in both)


def _opens_below(below: str, above: str) -> bool:
    """A cell's text below the break opens a row's cell: a capital, a list's first number, or a
    bullet where the list above ended its last item with a period."""
    return below[:1].isupper() or bool(re.match(r"1\s?[.)]\s", below)) or bool(_BULLET.match(below) and above.endswith("."))


_BULLET = re.compile(r"[-–—•●▪]\s+\S")


# the short values a column prints whole in a cell of its own: a category, a level (`екінші`,
# `санатсыз`, `высший`, `Біліктілігі орта деңгейдегі маман`); the requirements tables' vocabulary
_WHOLE_VALUES = ("category_cell:", "specialist_level_cell:", "specialist_level:")


def _values_apart(row: list[tuple[TCell, TCell]], lang: str) -> bool:
    """The break fell between two rows where a cell printed on both sides holds a whole value on
    each (`екінші` above, `санатсыз` below: two categories' sub-rows); a value the break cut is
    not whole on both sides (`без` | `категории`)."""
    return any(c.lines and a.lines and _whole_value(c, lang) and _whole_value(a, lang) for c, a in row)


def _whole_value(cell: TCell, lang: str) -> bool:
    from . import shapes
    from .repair import fix_homoglyphs
    from .vocabulary import vocabulary

    text = fix_homoglyphs(" ".join(cell.text.split()), vocabulary(lang))
    for prefix in _WHOLE_VALUES:
        hit = shapes.at_start(text, lang, prefix)
        if hit and not text[hit[1]:].strip(" .;:"):
            return True
    return False


def _judged_by(row: list[tuple[TCell, TCell]]) -> tuple[TCell, TCell] | None:
    """The cell a cut row is judged by: one printed on both sides of the break (a cell empty
    above it is a merged, vertically centred one whose text all fell below: `Задача 2:` under
    nothing), else the first printed below."""
    return next(((c, a) for c, a in row if c.lines and a.lines), None) or \
        next(((c, a) for c, a in row if c.lines), None)


def _merge_cut_row(seen: list[TCell], prev: Fragment, top_row: list[TCell], ctx: Context,
                   owner: dict[int, TCell]) -> set[int]:
    """Cells of `top_row` that go on in the cell above them; their lines move there (to the
    cell that holds the part above, when that part itself went on from an earlier page)."""
    if ctx.bottom_limit - prev.bottom > ROOM_LINES * ctx.line_height:
        return set()
    pairs = _pairs(prev, top_row)
    if not pairs:
        return set()
    merged = _goes_on(pairs, _head_columns(seen, {id(c) for c in top_row}), ctx.lang, owner)
    for c, a in pairs:
        if id(c) in merged:
            target = owner.get(id(a), a)
            target.lines.extend(c.lines)
            owner[id(c)] = target
    return merged


def _spanned_header(cells: list[TCell]) -> list[TCell]:
    """The first row and the rows its cells span down over: a header of two rows whose first
    row's cells stand over sub-columns (`Стаж работы` over `высшей категории | …`) and whose
    other cells are merged down both rows."""
    if not cells:
        return []
    first = _first_row(cells)
    bottom = max(c.bottom for c in first)
    return [c for c in cells if c.top < bottom - 1]


def _without_repeated_header(cells: list[TCell], headers: list[list[TCell]],
                             spanned: list[list[TCell]]) -> list[TCell]:
    """The part's cells less its first rows where they repeat the header's rows: the table's,
    or the part before's (a table joined to the one before it repeats its own heading, not the
    first table's); a header's row of column numbers is printed again with it. A header of two
    rows whose first row spans down over the second (`spanned`) is weighed whole first."""
    top = _spanned_header(cells)
    if len(top) > len(_first_row(cells)) and _repeats(top, spanned):
        return _less(cells, top)
    for _ in range(2):
        top_row = _first_row(cells) if cells else []
        if not _repeats(top_row, headers):
            break
        cells = _less(cells, top_row)
    return cells


def _repeats(top: list[TCell], headers: list[list[TCell]]) -> bool:
    """Do these printed cells repeat one of the headers?"""
    return any(h and _row_text(top) == _row_text(h) for h in headers) and any(c.lines for c in top)


def _less(cells: list[TCell], gone: list[TCell]) -> list[TCell]:
    return [c for c in cells if not any(c is d for d in gone)]


def _header_rows(cells: list[TCell]) -> list[list[TCell]]:
    """The rows a table's header takes: its first row, and the row under it where that numbers
    the columns (`1 | 2 | 3 | 4 | 5`)."""
    if not cells:
        return [[]]
    first = _first_row(cells)
    rest = _less(cells, first)
    second = sorted(_first_row(rest), key=lambda c: c.x0) if rest else []
    numbers = [" ".join(c.text.split()).rstrip(".") for c in second]
    return [first, second] if len(numbers) > 1 and numbers == [str(k) for k in range(1, len(numbers) + 1)] else [first]


def join_tables(frags: list[Fragment], ctx: Context) -> list[list[TCell]]:
    """Page fragments -> tables, each a list of whole cells in reading order."""
    tables: list[list[TCell]] = []
    firsts: list[list[list[TCell]]] = []  # the header rows of each table
    spans: list[list[TCell]] = []  # the two-row header of each table, where its first row spans down
    owner: dict[int, TCell] = {}
    everywhere = [c for f in frags for c in f.cells]  # where rows begin is the document's layout
    prev: Fragment | None = None
    for f in frags:
        if prev is None or not _continues(prev, f, ctx):
            tables.append(list(f.cells))
            firsts.append(_header_rows(f.cells))
            spans.append(_spanned_header(f.cells))
            prev = f
            continue
        table = tables[-1]
        cells = _without_repeated_header(list(f.cells), [*firsts[-1], *_header_rows(prev.cells)],
                                         [spans[-1], _spanned_header(prev.cells)])
        cut = cells and f.page != prev.page  # parts on one page: no break fell inside a row
        merged = _merge_cut_row(everywhere, prev, _first_row(cells), ctx, owner) if cut else set()
        table.extend(c for c in cells if id(c) not in merged)
        prev = f
    for t in tables:
        t.sort(key=lambda c: (c.page, round(c.top, 1), c.x0))
    return tables


def set_inner_rights(frags: list[Fragment]) -> None:
    """Per column (cells with the same borders, on any page), the left edge of its text and the
    right edge its text may reach: the furthest any of its lines reaches, or the border less
    the cells' left padding."""
    right: dict[tuple[int, int], float] = {}
    left: dict[tuple[int, int], float] = {}
    cells = [c for f in frags for c in f.cells]
    for c in cells:
        key = (round(c.x0), round(c.x1))
        for ln in c.lines:
            right[key] = max(right.get(key, 0.0), ln.x1)
            left[key] = min(left.get(key, float("inf")), ln.x0)
    for c in cells:
        key = (round(c.x0), round(c.x1))
        if key not in left:
            continue
        pad = max(left[key] - c.x0, 0.0)
        inner = max(right[key], c.x1 - pad - 1.0)
        for ln in c.lines:
            ln.inner_left, ln.inner_right = left[key], inner


def typical_line_height(frags: list[Fragment]) -> float:
    heights = [ln.bottom - ln.top for f in frags for c in f.cells for ln in c.lines]
    return statistics.median(heights) if heights else 12.0
