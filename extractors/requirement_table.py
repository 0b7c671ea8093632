"""A requirements table flattened cell by cell -> its rows, each cell's text with its column.

The text prints a table's cells one after another, each a block of its own (a blank line between
them): the header cells, then per row its number and its cells in column order. A page break
inside a row prints, after the break, the rest of each cell the break cut, in column order, and
nothing for a cell that had ended; a cell whose lines reach the foot of the page may have been cut.
A cell is one block here, read from the repaired lines (letter-spaced words already joined).
Which column a header cell names is a shape of `requirement_table_column:<role>` (number, level,
position, category, requirements). A header may go on with cells that each name a specialist level
(`Санаты` | `Біліктілігі жоғары деңгейдегі маман` | `Біліктілігі орташа деңгейдегі маман`): each
heads a column of that level's clauses, one per row (a row per category). A table with no number
column may open with the position, merged down its rows (`Лауазымның атауы | Біліктілік деңгейі |
Санаты | …`): a position cell opens a row. The row of column numbers printed under a header
(`1 | 2 | 3 | 4 | 5`) is no row. An education cell merged down the category rows is printed once,
with the first row it covers: the rows after it print their category and experience only, and
take it (`merged_education`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations
from math import comb
from dataclasses import dataclass, field, replace

from . import shapes
from .joining import pair_join
from .lexicon import Lexicon
from .paragraphs import Para
from .records import Span, span_of
from .text import RepairedText
from .vocabulary import vocabulary

COLUMN = "requirement_table_column"
_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")
# what a cell a page break cut may visibly end with: a comma, a `;` before the next item, a hyphen
_UNFINISHED = (",", ";", "-", "(", "–")
# the roles that repeat within one row: a position's clause per category (`категория` | `требования`,
# or the clause in two columns: `образование` | `стаж`)
_PER_CATEGORY = ("category", "requirements", "education", "experience")
# the columns a requirements column is divided into under a two-level header
_PARTS = {"requirements": ("education", "experience")}
# how many ways to place the pieces after a page break are weighed at most (a row of very many
# cells is placed greedily: no input may take long)
_MOST_CHOICES = 2000
# what a level or a category cell prints whole
_WHOLE = {"level": ("specialist_level:", "specialist_level_cell:"), "category": ("category_cell:", "category:")}
# the columns a clause is printed in (a header with one of them names no level per column)
_CLAUSE = ("requirements", "education", "experience")


# what an education or an experience cell prints once it is whole: the noun (`образование`), the
# years (`не менее 5 (пяти) лет`) or no experience (`не требуется`)
_COMPLETE = {"education": ("education_word",), "experience": ("experience", "no_experience")}


@dataclass(frozen=True)
class Cell:
    text: str
    lines: int  # how many printed lines it takes
    page_break: bool  # a page break comes right before it
    span: Span
    kept_space: bool  # its last line kept a space at its end


@dataclass
class Slot:
    """One cell of a row, from its pieces (more than one where page breaks cut it)."""

    role: str | None
    pieces: list[Cell] = field(default_factory=list)
    spanned: bool = False  # a level printed again within the row: the level cell spans the categories after it
    merged: bool = False  # an education cell merged down the rows after its own (printed once, in the first)
    column: int | None = None  # the header's column it is printed in (past the number column)

    @property
    def span(self) -> Span | None:
        return span_of(*(c.span for c in self.pieces))

    def text(self, lexicon: Lexicon) -> str:
        out = ""
        for k, c in enumerate(self.pieces):
            out += (pair_join(out, c.text, self.pieces[k - 1].kept_space, lexicon) if out else "") + c.text
        return out.strip()


@dataclass
class Row:
    number: str
    slots: list[Slot]

    @property
    def span(self) -> Span | None:
        return span_of(*(c.span for s in self.slots for c in s.pieces))


def para_cells(doc: RepairedText, p: Para) -> list[Cell]:
    """The blocks a paragraph is made of, each a cell (the paragraphs join a cell to the next
    where its sentence visibly goes on)."""
    lo, hi = p.span
    out = []
    for block in doc.blocks[p.block:]:
        if block.lines[0].lineno > hi:
            break
        picked = [k for k, ln in enumerate(block.lines) if lo <= ln.lineno <= hi]
        if not picked:
            continue
        first, last = picked[0], picked[-1]
        text = "".join(block.lines[k].text + (block.joins[k] if k < last else "") for k in picked).strip()
        if text:
            out.append(Cell(text, len(picked), block.page_break_before and first == 0,
                            (block.lines[first].lineno, block.lines[last].lineno), block.lines[last].trailing > 0))
    return out


def by_label(cells: list[Cell], label_of) -> dict[str, list[Cell]] | None:
    """The cells after each label cell (`label_of(text)`: the row's role, or None for a value),
    by role, for a table whose rows are printed label first; None where a value comes before any
    label or a label is printed twice."""
    rows: dict[str, list[Cell]] = {}
    role = None
    for c in cells:
        label = label_of(c.text)
        if label is not None:
            if label in rows:
                return None
            role, rows[label] = label, []
        elif role is None:
            return None
        else:
            rows[role].append(c)
    return rows


def is_note(text: str, lang: str) -> bool:
    """Whether a paragraph is a note printed under a table or a point (`Примечание: …`, `Ескертпе:
    …`): a comment on the requirements, no clause of them (`requirement_note`)."""
    hit = shapes.at_start(text.strip(), lang, "requirement_note")
    return hit is not None and not text.strip()[hit[1]:hit[1] + 1].isalpha()


def column_role(text: str, lang: str) -> str | None:
    """The column a header cell names (`Лауазымдардың атауы` -> position), None for a cell that
    names none."""
    hit = shapes.at_start(text, lang, f"{COLUMN}:")
    return hit[0] if hit else None


_LETTERS = re.compile(r"[^\W\d_]+")


def name_stem(word: str) -> str:
    """The part of a word of a position's name its case endings leave alone: the name printed in
    another case (`маманы`, `специалиста`) still starts each word with it."""
    return word[: max(4, len(word) - 3)]


def name_stems(name: str) -> list[str]:
    """The stems of a name's words, in order."""
    return [name_stem(w) for w in _LETTERS.findall(name.casefold())]


def sentence_lower(name: str) -> str:
    """A name printed at the start of a sentence or a cell (`Логопед`) in lower case, as a position
    is recorded; one that opens with an abbreviation (`ПМПК тіркеушісі`) as printed."""
    return name[:1].lower() + name[1:] if name[1:2].islower() or len(name) == 1 else name


def is_header_cell(text: str, lang: str) -> bool:
    """A cell (or a line of several) made of nothing but column words."""
    return bool(text.strip()) and not _column_words(lang).sub("", text).strip(" \t/.,")


@lru_cache(maxsize=None)
def _column_words(lang: str) -> re.Pattern:
    # every header word of every column kind: asked of every head and cell. One alternation,
    # longest first whatever its kind: a kind's short form (`требования`) must not take the start
    # of another kind's longer one (`требования к образованию`), whichever file listed its kind first
    forms = [f for k in _column_keys(lang) for f in vocabulary(lang).forms(k)]
    return re.compile(shapes.words_rx_of(forms, lang), re.IGNORECASE)


def _column_keys(lang: str) -> list[str]:
    return vocabulary(lang).keys(COLUMN)


def header(cells: list[Cell], lang: str) -> list[str | None]:
    """The roles of the header's columns, in order (`header_columns`)."""
    return [role for role, _ in header_columns(cells, lang)]


def header_columns(cells: list[Cell], lang: str) -> list[tuple[str | None, str | None]]:
    """The role of each of the header's columns, in order, and the level a column of clauses is
    for: the leading cells made of column words, then the cells that each name a level
    (`level_columns`). A header cell over the cells that divide it (`Біліктілік талаптары` over
    `Білімі | Жұмыс өтілі`, a two-level header printed cell by cell) names no column of its own."""
    roles = []
    for c in cells:
        if not is_header_cell(c.text, lang):
            break
        roles.append(column_role(c.text, lang))
    columns: list[tuple[str | None, str | None]] = [
        (r, None) for k, r in enumerate(roles) if not _divided(r, roles[k + 1:])]
    return columns + level_columns(cells[len(roles):], roles, lang)


def level_columns(cells: list[Cell], roles: list[str | None], lang: str) -> list[tuple[str, str]]:
    """The columns of clauses the header cells after its column words head, one per level each
    names (`Специалист высшего уровня квалификации`): only where those words name no level column
    and no clause column (a level cell after those is the first row's)."""
    if not roles or any(r == "level" or r in _CLAUSE for r in roles):
        return []
    out = []
    for c in cells:
        level = column_level(c.text, lang)
        if level is None:
            break
        out.append(("requirements", level))
    return out


# the most words a header cell naming a position takes (`Әлеуметтік жұмыс жөніндегі сарапшы-маман`)
_NAME_WORDS = 8


def position_columns(cells: list[Cell], roles: list[str | None], lang: str) -> list[str]:
    """The positions the header cells after its column words name, each heading a column of its
    clauses, one per row (`Санаты | Әлеуметтік жұмыс жөніндегі маман | Психолог`, a row per
    category whose cells are each its column's position's whole clause): only where those words
    name the category column and no position, level or clause column, and the cells after them
    are short names (no level, category or clause) up to a category printed whole, which opens
    the first row. None otherwise."""
    if "category" not in roles or any(r in ("position", "level", *_CLAUSE) for r in roles):
        return []
    names: list[str] = []
    for c in cells[len(roles):]:
        if any(whole(c.text, lang, prefix) for prefix in _WHOLE["category"]):
            return names
        if (len(c.text.split()) > _NAME_WORDS or not re.search(r"[^\W\d_]{2}", c.text)
                or _prints_value(c.text, lang) or is_header_cell(c.text, lang)):
            return []
        names.append(" ".join(c.text.split()))
    return []


def column_level(text: str, lang: str) -> str | None:
    """The level a cell names whole (`Біліктілігі орташа деңгейдегі маман`, `Высший уровень
    квалификации`); None for one that prints more, or that may be read as a category (`жоғары`)."""
    level = whole(text, lang, "specialist_level:") or whole(text, lang, "specialist_level_cell:")
    return None if level is None or whole(text, lang, "category_cell:") else level


def _divided(role: str | None, after: list[str | None]) -> bool:
    """Whether a header cell is the upper level over the columns printed after it."""
    parts = _PARTS.get(role or "", ())
    return bool(parts) and any(r in parts for r in after)


def cell_by_cell(columns: list[tuple[str | None, str | None]]) -> bool:
    """Whether a table must be read cell by cell: a level column spans rows of positions, the
    clause is printed in two columns (education | experience) that no line holds together, each
    level has a column of clauses (a row's cells are several clauses side by side), or a row is
    one category's clause (`№ | Категория | Квалификационные требования`, no position column: its
    category cell is a cell of its own, not the head of a line that goes on with the clause)."""
    roles = [role for role, _ in columns]
    per_category = "category" in roles and "position" not in roles and any(r in _CLAUSE for r in roles)
    return "level" in roles or "experience" in roles or any(level for _, level in columns) or per_category


def rows(cells: list[Cell], roles: list[str | None], lang: str) -> list[Row]:
    """The rows under the header: each opens with a cell that is nothing but its number (or,
    in a table with no number column whose first column is the level, with a level); its other
    cells are placed in the columns after the number's, their pieces after a page break in the
    cells the break cut. In a table with no number column whose first column is the level or the
    category, a row opens with a cell that prints one (`_opens_row`). A header printed again
    (after a page break) is no row's."""
    numbered = "number" in roles
    columns = [r for r in roles if r != "number"]
    body = under_header(cells, len(roles))
    out: list[Row] = []
    pending: list[Cell] = []
    number, spanning = None, None
    for k, c in enumerate(body):
        nxt = body[k + 1].text if k + 1 < len(body) else None
        opens = _what_opens(c.text, numbered, columns, lang, nxt)
        if opens and number is not None:
            out.append(_row(number, pending, columns, lang, spanning))
        if opens == "level":
            number, pending, spanning = None, [], c
        elif opens == "row":
            number, pending = (c.text.rstrip(".)"), []) if numbered else (str(len(out) + 1), [c])
        elif number is not None:
            pending.append(c)
    if number is not None:
        out.append(_row(number, pending, columns, lang, spanning))
    return merged_education(out, columns)


def merged_education(rows: list[Row], columns: list[str | None]) -> list[Row]:
    """The rows with the education cell merged down into those that print none: a cell merged
    down the category rows (rowspan) is printed once, in the first row it covers, and the rows
    after it print only their category and experience; each takes the last education printed
    above it (the cell's own pieces, so its own lines). A row with no education above it keeps
    its experience cell as its clause, read alone."""
    if "education" not in columns:
        return rows
    last: Slot | None = None
    for row in rows:
        own = next((s for s in row.slots if s.role == "education"), None)
        experience = next((s for s in row.slots if s.role == "experience"), None)
        if own is not None or experience is None:
            last = own or last
        elif last is None:
            experience.role = "education"
        else:
            last.merged = True
            row.slots.insert(row.slots.index(experience),
                             Slot("education", list(last.pieces), column=columns.index("education"), merged=True))
    return rows


def under_header(cells: list[Cell], n: int) -> list[Cell]:
    """The cells under a table's header of `n` columns: not the header printed again after a page
    break, nor the row of column numbers printed under the header (`1 | 2 | 3 | 4 | 5`) each
    time; the first cell after them keeps the page break before the header."""
    headers = {c.text for c in cells[:n]}
    out: list[Cell] = []
    k, broken = _past_column_numbers(cells, n, n), False
    while k < len(cells):
        c = cells[k]
        if c.text in headers:
            broken = broken or c.page_break  # the page break before the header is before what follows it
            k = _past_column_numbers(cells, k + 1, n)
            continue
        out.append(replace(c, page_break=True) if broken else c)
        broken, k = False, k + 1
    return out


def _past_column_numbers(cells: list[Cell], at: int, n: int) -> int:
    """Where the cells from `at` go on past a row of column numbers (`1`, `2`, … `n`, one per
    column); `at` where they print none. A row's own number is followed by its cells, not by the
    next numbers."""
    numbers = [c.text.rstrip(".") for c in cells[at:at + n]]
    return at + n if n > 1 and numbers == [str(i) for i in range(1, n + 1)] else at


def _what_opens(text: str, numbered: bool, columns: list[str | None], lang: str,
                nxt: str | None = None) -> str | None:
    """What a cell opens: a level row across the table (`level`), a row (`row`), or nothing.
    `nxt` is the text of the cell after it."""
    if _spans_the_table(text, columns, lang):
        return "level"
    if numbered:
        return "row" if _ROW_NUMBER.match(text) else None
    return "row" if _opens_row(text, columns[:1], lang) or _opens_position(text, nxt, columns, lang) else None


def _opens_position(text: str, nxt: str | None, columns: list[str | None], lang: str) -> bool:
    """Whether a cell opens a row of a table with no number column whose first column is the
    position and whose second the level or the category (`Лауазымның атауы | Біліктілік деңгейі |
    Санаты | …`): the position cell is merged down all its rows, so it is printed once, before
    the level (or category) of its first row; it prints no level, category or clause, and the
    cell after it prints that column's value whole."""
    if nxt is None or columns[:1] != ["position"] or len(columns) < 2 or columns[1] not in _WHOLE:
        return False
    if not re.search(r"[^\W\d_]{2}", text) or _prints_value(text, lang):
        return False
    return any(whole(nxt, lang, prefix) for prefix in _WHOLE[columns[1]])


def _prints_value(text: str, lang: str) -> bool:
    """Whether a cell prints a level, a category or a clause (an education, years of experience,
    or that none is required): a cell of a column after the position's."""
    return (any(whole(text, lang, prefix) for prefixes in _WHOLE.values() for prefix in prefixes)
            or _reads_as_clause(text, lang) or shapes.has(text, lang, "no_experience"))


def _spans_the_table(text: str, columns: list[str | None], lang: str) -> bool:
    """A row of one cell across a table with no level column that names a level whole
    (`Специалист высшего уровня квалификации` over the categories' rows): the level of the rows
    under it."""
    return "level" not in columns and bool(columns) and columns[0] == "category" and column_level(text, lang) is not None


def _row(number: str, pending: list[Cell], columns: list[str | None], lang: str, spanning: Cell | None) -> Row:
    slots = _place(pending, columns, lang)
    return Row(number, ([Slot("level", [spanning])] if spanning is not None else []) + slots)


def _opens_row(text: str, first: list[str | None], lang: str) -> bool:
    """Whether a cell opens a row of a table without a number column: a level where the first
    column is the level, a category printed whole where it is the category (`Жоғары санат`,
    `Без категории`)."""
    if first == ["level"]:
        return _opens_level(text, lang)
    return first == ["category"] and any(whole(text, lang, prefix) for prefix in _WHOLE["category"])


def _opens_level(text: str, lang: str) -> bool:
    """Whether a cell opens with a level (`Специалист высшего уровня квалификации`, `Высший`)."""
    return bool(shapes.at_start(text, lang, "specialist_level:") or whole(text, lang, "specialist_level_cell:"))


def _column_at(columns: list[str | None], k: int) -> int | None:
    """The column of a row's k-th cell; past the last column, the category and clause columns
    repeat (one sub-row per category)."""
    if k < len(columns):
        return k
    tail = [i for i, r in enumerate(columns) if r in _PER_CATEGORY] or [len(columns) - 1]
    return tail[(k - len(columns)) % len(tail)] if columns else None


def _place(cells: list[Cell], columns: list[str | None], lang: str) -> list[Slot]:
    slots: list[Slot] = []
    last: list[Slot] = []  # the slots printed on the page before
    for segment in _segments(cells):
        if not slots:
            placed = [_new(slots, columns, c, lang) for c in segment]
        else:
            placed = _continued(last, slots, columns, segment, lang)
        for slot, cell in zip(placed, segment):
            slot.pieces.append(cell)
        last = placed
    return slots


def _segments(cells: list[Cell]) -> list[list[Cell]]:
    out: list[list[Cell]] = []
    for c in cells:
        if c.page_break or not out:
            out.append([])
        out[-1].append(c)
    return out


def _new(slots: list[Slot], columns: list[str | None], cell: Cell | None = None, lang: str = "") -> Slot:
    """The slot of a row's next cell. Where a level column spans category rows, a category's place
    past the first sub-row may print the next level (`средний`, `Біліктілігі орта деңгейдегі
    маман`, then its categories)."""
    k = sum(1 for s in slots if not s.spanned)
    column = _next_column(slots, columns, k)
    role = None if column is None else columns[column]
    if cell is not None and _spanned_education(role, cell.text, columns, lang):
        # the education cell spans the position's category rows (rowspan): a later category's
        # sub-row (or row) prints its category and experience only
        column, role = columns.index("experience"), "experience"
    if (cell is not None and k >= len(columns) and role == "category" and "level" in columns
            and any(whole(cell.text, lang, prefix) for prefix in _WHOLE["level"])
            and not whole(cell.text, lang, "category_cell:")):
        slot = Slot("level", spanned=True)
    else:
        slot = Slot(role, column=column)
    slots.append(slot)
    return slot


def _next_column(slots: list[Slot], columns: list[str | None], k: int) -> int | None:
    """The column of a row's k-th cell: the one after the previous cell's (past the last column,
    the category and clause columns repeat), so that a sub-row missing a spanned cell goes on in
    the right column."""
    prev = next((s.column for s in reversed(slots) if not s.spanned), None)
    tail = [i for i, r in enumerate(columns) if r in _PER_CATEGORY]
    if k <= len(columns) or prev not in tail:
        return _column_at(columns, k)
    return tail[(tail.index(prev) + 1) % len(tail)]


def _spanned_education(role: str | None, text: str, columns: list[str | None], lang: str) -> bool:
    """Whether a sub-row's cell placed in the education column is its experience cell: the
    education cell above spans the category rows, and the cell prints years or no experience
    and no education."""
    return (role == "education" and "experience" in columns and not shapes.any_of(text, lang, "education:")
            and any(shapes.has(text, lang, key) for key in ("experience", "experience_months", "no_experience")))


def _continued(last: list[Slot], slots: list[Slot], columns: list[str | None], segment: list[Cell],
               lang: str) -> list[Slot]:
    """The slots the cells printed after a page break go to, in column order: cells the break
    cut (those whose lines reach the foot of the page; of more than there are pieces, those that
    visibly go on and that the pieces go on best), then the columns not printed yet."""
    unstarted = max(0, len(columns) - len(slots))
    last = _last_subrow(last, slots, columns)
    cut = _cut_slots(last, lang)
    room = max(0, len(segment) - unstarted)
    if not unstarted:
        # past the row's columns, a level or a category printed whole opens the next sub-row: the
        # pieces before it are all that go on with the cells the break cut
        room = min(room, next((k for k, c in enumerate(segment) if _opens_subrow(c.text, columns, lang)),
                              len(segment)))
    if len(cut) < room:
        cut = last
    room = min(room, len(cut))
    if comb(len(cut), room) <= _MOST_CHOICES:
        chosen = max(combinations(cut, room),
                     key=lambda combo: sum(_fit(s, c, lang) for s, c in zip(combo, segment)))
    else:  # a row of very many cells: the cells that most visibly go on
        chosen = sorted(sorted(cut, key=lambda s: -_unfinished(s, lang))[:room], key=slots.index)
    placed = list(chosen) + [_new(slots, columns, c, lang) for c in segment[len(chosen):len(chosen) + unstarted]]
    while len(placed) < len(segment):
        placed.append(_new(slots, columns, segment[len(placed)], lang) if len(columns) > 1 or not placed
                      else placed[-1])
    return placed[:len(segment)]


def _cut_slots(last: list[Slot], lang: str) -> list[Slot]:
    """The cells a page break may have cut: those whose lines reach the foot of the page, unless
    they all visibly ended there while a shorter one did not (then any of the page's)."""
    reach = max((s.pieces[-1].lines for s in last), default=0)
    cut = [s for s in last if s.pieces[-1].lines == reach]
    if all(_unfinished(s, lang) == 0 for s in cut) and any(_unfinished(s, lang) for s in last):
        return last
    return cut


def _last_subrow(last: list[Slot], slots: list[Slot], columns: list[str | None]) -> list[Slot]:
    """The slots printed before a page break that it may have cut: those of the last category's
    sub-row (the sub-rows above it on the page ended there, whatever their length), or all of them
    where the break falls in the row's first sub-row."""
    opener = next((r for r in columns if r in _PER_CATEGORY), None)
    starts = [k for k, s in enumerate(slots)
              if k >= len(columns) and (s.role == opener or s.spanned) and s in last]
    return [s for s in last if slots.index(s) >= starts[-1]] if starts else last


def _opens_subrow(text: str, columns: list[str | None], lang: str) -> bool:
    """Whether a cell opens a category's sub-row of a row: a whole category (or level) where the
    clause is printed in two columns (education, experience), whose pieces a break cuts apart, or
    where a level column spans the category rows (the break falls between two categories)."""
    return ("experience" in columns or "level" in columns) and any(
        whole(text, lang, prefix) for prefix in _WHOLE["category"] + _WHOLE["level"])


def _fit(slot: Slot, piece: Cell, lang: str) -> int:
    """How well a piece printed after a page break goes on with a cell the break may have cut:
    how visibly the cell goes on, and whether the piece completes its level or category, or
    reads as a clause (education, years of experience) where the cell is a clause."""
    text = " ".join(c.text for c in slot.pieces)
    fit = _unfinished(slot, lang)
    if any(whole(f"{text} {piece.text}", lang, prefix) for prefix in _WHOLE.get(slot.role or "", ())):
        fit += 3
    if slot.role in _COMPLETE and not _complete(text, slot.role, lang) and _complete(f"{text} {piece.text}", slot.role, lang):
        fit += 3
    if _reads_as_clause(piece.text, lang):
        fit += 2 if slot.role == "requirements" else -2
    return fit


def _complete(text: str, role: str, lang: str) -> bool:
    return any(shapes.has(text, lang, key) for key in _COMPLETE[role])


def _reads_as_clause(text: str, lang: str) -> bool:
    return shapes.any_of(text, lang, "education:") or any(
        shapes.has(text, lang, key) for key in ("experience", "experience_months", "experience_word"))


def _unfinished(slot: Slot, lang: str) -> int:
    """How visibly a cell a page break may have cut goes on: 2 where its text cannot end there (a
    comma, an open bracket, a level or a category not printed whole), 0 where it ends a sentence
    or is a whole level or category, else 1."""
    text = " ".join(c.text for c in slot.pieces).strip()
    if slot.role in _WHOLE and text in ("–", "—", "-"):
        return 0  # a dash: the row has no level or no category
    if text.endswith(_UNFINISHED) or text.count("(") > text.count(")"):
        return 2
    if slot.role in _WHOLE:
        return 0 if _printed_whole(text, slot.role, lang) or text in "–—-" else 2
    if slot.role in _COMPLETE and not _complete(text, slot.role, lang):
        return 2
    return 0 if text.endswith(".") else 1


def _printed_whole(text: str, role: str, lang: str) -> bool:
    """Whether a level or a category cell prints its value whole (a level cell may print its
    category after the level)."""
    return (any(whole(text, lang, prefix) for prefix in _WHOLE[role])
            or role == "level" and level_and_category(text, lang) is not None)


def whole(text: str, lang: str, prefix: str) -> str | None:
    """The kind of a level or a category a cell prints whole, a bracket after it at most
    (`Біліктілігі жоғары деңгейдегі маман (басшы)`); None where it prints more or less."""
    hit = shapes.at_start(text, lang, prefix)
    return hit[0] if hit and not re.sub(r"\([^()]*\)", "", text[hit[1]:]).strip(" .;:") else None


def level_and_category(text: str, lang: str) -> tuple[str, str] | None:
    """The level and the category a level cell prints one after the other, and nothing else
    (`специалист высшего уровня квалификации высшей категории`, under `Уровень квалификации и
    категория`); None for any other cell."""
    level = shapes.at_start(text, lang, "specialist_level:")
    if level is None:
        return None
    rest = text[level[1]:].strip()
    category = next(filter(None, (whole(rest, lang, prefix) for prefix in ("category:", "category_cell:"))), None)
    return (level[0], category) if category else None
