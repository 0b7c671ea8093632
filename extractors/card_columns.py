"""A card's functions table under a header row of its own: the choices the parser weighs there.

Some cards print their function rows as a table headed once (`Трудовые функции | Задачи |
Умения и навыки | Знания`, `Еңбек функциясы | Міндеттер | Біліктер, дағдылар және білім`):
the cells carry no labels, so a text's column is told by where it comes in the row and what it
looks like. A row opens with the function's name (the card's list names it; it may carry the
list's number, `1. Name`), then each task's name (`1) Name`) and its lists: skills, then
knowledge, in one column or in two. A page break inside a row prints the rest of each cut cell
after the break in column order, as in labelled rows (card_rows.py); with a column per list,
the knowledge's rest comes after the skills' rest.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .card_evidence import BARE_NUMBER, item_number, list_goes_on, name_starts, task_letter
from .card_rows import LISTED_NUMBER, after, allowed, list_column, rest
from .card_state import State
from .card_task_lists import tasks_cell
from .card_values import kind_cell, norm, similar
from .labels import column_heading
from .lists import bulleted
from .segments import Seg
from .vocabulary import vocabulary

# a name cell may carry its row's number: `1. Name` (a function), `1) Name`, `1.2. Name` (a task)
NUMBERED_NAME = re.compile(r"^\s*(?:\d{1,2}\.)*(\d{1,2})\s?[.)]\s+(?=\S)")
# or a function's mark and number (`ТФ 1`, `ДТФ 1`: card.tsv function_mark:<kind>)
MARKED = re.compile(r"^\s*([^\W\d_]{1,5})\s*[-–]?\s*(\d{1,2})\s*[.:)]?(?:\s+|$)")
LISTED_MATCH = 0.6  # a function name this close to an entry of the card's list is that entry
NOT_LISTED = -2.0  # a function row the card's list does not name, where the list has entries to read
TASK_WITHOUT_LISTS = -2.0
ROW_NOT_DONE = -2.5  # a new row while a list column of the task before has no cell yet
AFTER_NUMBER = 2.0  # a number column's cell opens a function row
MARKED_ROW = 2.0  # so does a function's mark (`ТФ 2`)
LETTERED_TASK = 2.0  # a name lettered `а)`, `ә)` opens a task row
KIND_CELL = 1.0  # a cell that names a kind alone, under a kind column, is that column's
LIST_KINDS = ("skills", "knowledge")


def header_rows(segs: list[Seg], lang: str) -> dict[int, tuple[int, tuple[str, ...]]]:
    """start -> (end, column kinds) of every header row (segment indices): consecutive cells
    (blocks) that each fill with one column's heading, the function's first and the task's
    second, three at least. A heading may have been cut into a label and a text (`Умения,
    навыки` | `и знания`): a cell's segments are read together."""
    cells = _cells(segs)
    kinds = [column_heading(text, lang) if len(text) < 80 else None for _, _, text in cells]
    out = {}
    i = 0
    while i < len(cells):
        j = i
        while j < len(cells) and kinds[j] and kinds[j] not in kinds[i:j]:
            j += 1
        run = tuple(kinds[i:j])
        if _a_header(run):
            out[cells[i][0]] = (cells[j - 1][1], run)
            i = j
        else:
            i += 1
    return out


def _a_header(run: tuple[str, ...]) -> bool:
    """The columns a functions table heads: a task column, its lists (one column for both, or
    one each), a function column before the task's, a number column before that, and first of
    all a column of the functions' kind."""
    kinds = run[1:] if run[:1] == ("kind",) else run
    kinds = kinds[1:] if kinds[:1] == ("number",) else kinds
    kinds = kinds[1:] if kinds[:1] == ("function",) else kinds
    return kinds[:1] == ("task",) and (kinds[1:] == ("lists",) or set(kinds[1:]) == set(LIST_KINDS)) \
        and len(kinds) == len(set(kinds)) and len(run) >= 3


def list_order(st: State) -> tuple[str, ...]:
    """The list kinds in the order of their columns (one column for both: skills first)."""
    order = tuple(k for k in st.columns or () if k in LIST_KINDS)
    return order or LIST_KINDS


def _cells(segs: list[Seg]) -> list[tuple[int, int, str]]:
    """(first segment, end, text) of each block the segments came from."""
    out: list[list] = []
    for k, s in enumerate(segs):
        if out and not s.block_start and not s.page_break:
            out[-1][1] = k + 1
            out[-1][2] += " " + s.text
        else:
            out.append([k, k + 1, s.text])
    return [tuple(c) for c in out]


def enter(st: State, columns: tuple[str, ...]) -> State:
    """The header row: the function rows follow. A header printed again inside the table heads
    a new page: what follows may be the rest of each cell the page break cut, in column order,
    as after any page break (a PDF's table joined over pages keeps no break of its own)."""
    if st.columns and st.section == "rows":
        return st.fork(section="rows", columns=columns, field=None, reprint=None, brk=1, took=frozenset(),
                       page_list=None, task_after_list=False)
    return st.fork(section="rows", columns=columns, field=None, expect=frozenset(), reprint=None)


def cell_text(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if "number" in st.columns and BARE_NUMBER.match(seg.text):
        return [st.fork(expect=st.expect | {"row"})]  # the row's number, in a column of its own
    out = _open_list(st, i, seg) + _other_list_goes_on(ctx, st, i, seg) + tasks_cell(ctx, st, i, seg) \
        + _kind_cell(ctx, st, seg)
    if _a_name(seg.text) or task_letter(seg.text, ctx.vocab.lang):  # (a letter also marks list items)
        out += _new_function(ctx, st, i, seg) + _new_task(ctx, st, i, seg)
    return out


def _kind_cell(ctx, st: State, seg: Seg) -> list[State]:
    """A cell of the kind column (`Міндетті`, `Дополнительные`): merged down the rows of its
    kind's functions, it is printed once, before the first of them; the rows after it take its
    kind (the additional functions number from 1 again) and a function row opens next."""
    kind = kind_cell(seg.text, ctx.vocab.lang) if "kind" in st.columns and _at_row_end(st) else None
    if kind is None:
        return []
    return [st.fork(KIND_CELL, summary_kind=kind, expect=st.expect | {"row"})]


def sub_heading(st: State, field: str) -> State:
    """`Міндетті еңбек функциялары` / `Дополнительные трудовые функции` across the table: the
    kind of the rows under it."""
    return st.fork(summary_kind="additional" if field == "additional_functions" else "mandatory")


def _a_name(text: str) -> bool:
    """A name cell: not a list (no bullet; a number only before one capitalised name)."""
    if bulleted(text):
        return False
    m = NUMBERED_NAME.match(text)
    if not m:
        return item_number(text) is None
    body = text[m.end():]
    return body[:1].isupper() and item_number(body) is None and not re.search(r"[.;]\s+\d{1,2}\s?[.)]\s", body)


def function_mark(text: str, lang: str) -> tuple[str | None, int | None, str]:
    """(kind, number, name) of a function cell that opens with its mark (`ДТФ 1 Name`), or with
    its number (`1. Name`: kind None); else (None, None, text)."""
    m = MARKED.match(text)
    if m:
        kind = _mark_kinds(lang).get(m.group(1).casefold())
        if kind:
            return kind, int(m.group(2)), text[m.end():]
    m = NUMBERED_NAME.match(text)
    return (None, int(m.group(1)), text[m.end():]) if m else (None, None, text)


@lru_cache(maxsize=None)
def _mark_kinds(lang: str) -> dict[str, str]:
    vocab = vocabulary(lang)
    return {f.casefold(): kind for kind in ("mandatory", "additional") for f in vocab.forms("function_mark:" + kind)}


def bare_name(text: str, lang: str) -> str:
    """A name cell without the number or mark its row prints before it."""
    return function_mark(text, lang)[2]


def _at_row_end(st: State) -> bool:
    """A new row opens after the lists of the one before (or as the table's first)."""
    return st.fn is None or bool(st.task and st.task.lists)


def _row_cost(st: State) -> float:
    """A new row (a function's or a task's) costs while the task before has a list column
    without a cell, and a task row costs after a number cell (the number column counts the
    function rows)."""
    task = st.task
    undone = task is not None and "lists" not in st.columns and any(k not in task.lists for k in list_order(st))
    return ROW_NOT_DONE * undone


def _new_function(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if not _at_row_end(st) or task_letter(seg.text, ctx.vocab.lang):
        return []  # (a lettered name is a task's)
    marked, printed, name = function_mark(seg.text, ctx.vocab.lang)
    # under a kind column, the kind cell above gave the row's kind
    (kind, no), score = _row_of(ctx, st, marked or (st.summary_kind if "kind" in st.columns else None), printed, name)
    score += _row_cost(st) + (AFTER_NUMBER if "row" in st.expect else 0.0) + (MARKED_ROW if marked else 0.0)
    new = st.fork(score, section="rows", brk=None, expect=frozenset() if name.strip() else frozenset({"fn"}),
                  reprint=None, field=None)
    new.open_function(kind, no, labelled=True)
    if name.strip():
        new.add(("fn", new.fi), i)
    return [new]


def _row_of(ctx, st: State, marked: str | None, printed: int | None, name: str) -> tuple[tuple[str, int], float]:
    """The (kind, number) a function row takes, and the evidence for it: the entry of the card's
    list its name matches; else, unmarked, the list's next entry (a row named otherwise); else
    its mark and printed number, or the kind of the sub-head above it and the next number."""
    rows = st.row_numbers()
    unread = {key: v for key, v in ctx.listed(st).items() if key not in rows and (marked is None or key[0] == marked)}
    match = _listed_match(unread, name)
    if match is not None:
        return match, name_starts(name, unread[match]) + LISTED_NUMBER
    named = name_starts(name, None) if name else 0.5
    if unread and not marked:
        return next(iter(unread)), named + NOT_LISTED
    kind = marked or st.summary_kind
    return (kind, printed or max([n for k, n in rows if k == kind] or [0]) + 1), named


def _listed_match(unread: dict, name: str) -> tuple[str, int] | None:
    """The entry of the card's list (not read yet) a row's name is, or begins."""
    if not name or not unread:
        return None
    score, key = max((similar(name, v), key) for key, v in unread.items())
    return key if score >= LISTED_MATCH or norm(unread[key]).startswith(norm(name)) else None


def _new_task(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """A task's name. A function cell that printed only its mark (`ТФ 2`) may have its name
    after the task's (a centred name pushed past a page break): the name stays awaited."""
    fn = st.fn
    if fn is None or st.task is not None and not st.task.lists or function_mark(seg.text, ctx.vocab.lang)[0]:
        return []
    lettered = task_letter(seg.text, ctx.vocab.lang)
    n, name = lettered or (_printed_number(seg.text), NUMBERED_NAME.sub("", seg.text, count=1))
    score = name_starts(name, None) + _row_cost(st)
    expect = st.expect & {"fn"}
    if lettered:
        # a letter numbers only tasks; where the card's list names the function, its cell
        # printed only its kind and number (`Міндетті еңбек функциясы 1`): no name to await
        score += LETTERED_TASK
        expect = expect - {"fn"} if (fn.kind, fn.no) in ctx.listed(st) else expect
    score -= 1.0 if st.expect & {"row", "fn"} and not lettered else 0.0
    new = st.fork(score, brk=None, expect=expect, reprint=None)
    new.open_task(n if n and all(t.no < n for t in fn.tasks) else None, labelled=True)
    new.cur_list = None
    new.add(("tn", new.fi, new.ti), i)
    return [new]


def _printed_number(text: str) -> int | None:
    m = NUMBERED_NAME.match(text)
    return int(m.group(1)) if m else None


def _open_list(st: State, i: int, seg: Seg) -> list[State]:
    """The next list cell of a task, by its column: the first list column after the task's name,
    then the next (with one column for both lists, a list printed without its heading)."""
    task = st.task
    if task is None or "row" in st.expect:
        return []
    todo = [k for k in list_order(st) if k not in task.lists]
    if not todo or "lists" in st.columns and task.lists:
        return []
    kind = todo[0]
    column = list_column(st, kind)
    if not allowed(st, column):
        return []
    marked = item_number(seg.text) == 1 or bulleted(seg.text)
    if "lists" in st.columns and not marked:
        return []
    new = st.fork(list_goes_on("", seg.text) if marked else 0.5, brk=after(st, column), reprint=None)
    new.open_list(kind, new.ti)
    new.add(new.list_key(), i)
    return [new]


def _other_list_goes_on(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """After a page break, the rest of the task's list other than the open one (the first list
    column's rest, then the second's, each in its column)."""
    task = st.task
    if task is None or st.brk is None or st.cur_list is None:
        return []
    out = []
    for kind in task.lists:
        column = list_column(st, kind)
        if (st.ti, kind) == st.cur_list or not allowed(st, column):
            continue
        key = ("ls", st.fi, st.ti, kind)
        score = list_goes_on(ctx.text(key, st), seg.text)
        if score is None:
            continue
        cost, took = rest(st, column, seg)
        new = st.fork(score + cost, brk=after(st, column), took=took, reprint=None)
        new.cur_list = (st.ti, kind)
        new.add(key, i)
        out.append(new)
    return out


def tasks_without_lists(st: State) -> int:
    return sum(1 for fn in st.funcs for t in fn.tasks if not t.lists) if st.columns else 0
