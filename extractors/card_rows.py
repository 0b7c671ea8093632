"""Where the text of a card's function rows goes: the choices the parser weighs.

A function row has three columns: the function (its label and name), the task
(its label and name; a function may have several task rows), and the skills
and knowledge lists. A page break inside a row prints the rest of each cut cell
after the break in column order; `State.brk` is the first column that may still
go on, so rests are taken in that order. Each choice is scored by the evidence
of card_evidence.py.
"""
from __future__ import annotations

import re

from .card_evidence import (LIST_NUMBER, completes_listed, finished, item_number, last_number, list_goes_on, lower_start,
                            name_goes_on, name_starts, printed_again, runs_into_next_number, task_letter)
from .lists import bulleted
from .card_state import State
from .card_values import has_shape, norm, similar_at_least
from .segments import Seg

FUNCTION, TASK, LISTS = 1, 2, 3
AWAITED = 2.0  # a label printed just before announced this name
# a row or task opened before (or without) its label is a guess: it costs, and the label that
# comes to name it later gives the cost back
IMPLICIT_FUNCTION = -1.5
IMPLICIT_TASK = -1.0
LISTED_NUMBER = 1.0  # a function row numbered as the card's list numbers it
NUMBER_AGAIN = -3.0  # a number a row of this card has already
NEW_LIST_UNLABELLED = -1.0
UNPLACED = -4.0
ANOTHER_REST = -3.0
SPLIT_CELL = -3.0
ANOTHER_CELL = -2.0


def allowed(st: State, column: int) -> bool:
    return st.brk is None or column >= st.brk


def after(st: State, column: int) -> int | None:
    return column if st.brk is not None else None


def rest(st: State, column: int, seg: Seg) -> tuple[float, frozenset]:
    """A cut cell's rest after a page break is one block: a second block for the same column
    costs ANOTHER_REST. Returns that cost and the columns that took a block so far."""
    if st.brk is None or not seg.block_start:
        return 0.0, st.took
    return (ANOTHER_REST if column in st.took else 0.0), st.took | {column}


# ---------------------------------------------------------------- labels

def row_label(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if seg.field in ("function", "function_additional"):
        return function_label(ctx, st, i, seg)
    if seg.field == "task":
        return task_label(ctx, st, i, seg)
    return heading(ctx, st, i, seg)


def function_label(ctx, st: State, i: int, seg: Seg) -> list[State]:
    kind = "additional" if seg.field == "function_additional" else "mandatory"
    listed = ctx.listed(st)
    entry = _list_entry(st, kind, seg.number, listed)
    if entry is not None:
        return [entry]
    if st.past_rows:
        return [_noted(st, f"a function label after the function rows: {seg.text!r}")]
    out = [_new_function(ctx, st, k, no, listed) for k, no in _function_numbers(st, kind, seg.number, listed)]
    return out + _printed_again(st, seg) + _names_open_function(st, seg.number)


def _noted(st: State, note: str) -> State:
    new = st.fork()
    new.note(note)
    return new


def _list_entry(st: State, kind: str, n: int | None, listed) -> State | None:
    """In the card's list of functions, a function label with a number past those the list has
    given is the list's next entry (`1-еңбек функциясы <name>`)."""
    entry_kind = "additional" if st.summary_kind == "additional" else kind
    if st.section != "summary" or n is None or entry_kind != st.summary_kind \
            or any(k == entry_kind and n <= no for k, no in listed):
        return None
    new = st.fork(brk=None)
    new.cells[("sumf", entry_kind, n)] = ()
    return new


def _printed_again(st: State, seg: Seg) -> list[State]:
    """The function cell printed again at the head of a page: its label, then its name."""
    fn = st.fn
    if fn is None or seg.number is None or seg.number != fn.no or not (seg.page_break or st.brk is not None):
        return []
    return [st.fork(1.0, reprint=st.fi, brk=FUNCTION, expect=frozenset())]


def _names_open_function(st: State, n: int | None) -> list[State]:
    """The label of a row its lists or tasks opened before the label was printed."""
    fn = st.fn
    if fn is None or fn.labelled or st.has(("fn", st.fi)) or n is not None and n != fn.no:
        return []
    new = st.fork(-IMPLICIT_FUNCTION, expect=st.expect | {"fn"}, brk=after(st, FUNCTION), reprint=None)
    new.set_function(fn._replace(labelled=True))
    return [new]


def _function_numbers(st: State, kind: str, n: int | None, listed) -> list[tuple[str, int]]:
    """The (kind, number) a function label may give its row: as printed, or, where a row of this
    card has that number already, the next additional function the card lists (additional
    functions are numbered from 1 again and may be labelled like mandatory ones)."""
    rows = st.row_numbers()
    if n is None:
        n = max([no for k, no in rows if k == kind] or [0]) + 1
    out = [(kind, n)]
    if kind == "mandatory" and (kind, n) in rows:
        extra = [k for k in listed if k[0] == "additional" and k not in rows]
        if (("additional", n)) in extra:
            out.append(("additional", n))
        elif extra:
            out.append(min(extra))
    return out


def _new_function(ctx, st: State, kind: str, no: int, listed) -> State:
    rows = st.row_numbers()
    score = NUMBER_AGAIN if (kind, no) in rows else (LISTED_NUMBER if (kind, no) in listed else 0.0)
    new = st.fork(score, section="rows", expect=frozenset({"fn"}), brk=None, reprint=None, field=None)
    new.open_function(kind, no, labelled=True)
    return new


def _next_listed(ctx, st: State) -> tuple[str, int]:
    rows = st.row_numbers()
    for key in ctx.listed(st):
        if key not in rows:
            return key
    kind = st.fn.kind if st.fn else "mandatory"
    return kind, max([no for k, no in rows if k == kind] or [0]) + 1


def _ensure_function(ctx, st: State) -> None:
    if st.fn is None:
        kind, no = _next_listed(ctx, st)
        implicit_function(st, kind, no)
    st.section = "rows"


def implicit_function(st: State, kind: str, no: int) -> None:
    st.open_function(kind, no, labelled=False)
    st.score += IMPLICIT_FUNCTION


def implicit_task(st: State) -> None:
    st.open_task(None, labelled=False)
    st.score += IMPLICIT_TASK


def task_label(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if st.past_rows:
        return [_noted(st, "a task label after the function rows")]
    base = st.fork(field=None, reprint=None)
    _ensure_function(ctx, base)
    return [_new_task(base, seg.number)] + _names_open_task(st, base, seg.number) + _next_row_task(ctx, base, seg.number)


def _new_task(base: State, n: int | None) -> State:
    """A new task of this row: not one numbered back, and an unnumbered label names the only
    task of its row."""
    tasks = base.fn.tasks
    if n is not None and any(t.no >= n for t in tasks):
        score = NUMBER_AGAIN
    elif n is None and any(t.labelled for t in tasks):
        score = -1.5
    else:
        score = 0.5
    new = base.fork(score, brk=None, expect=base.expect | {"tn"}, task_after_list=base.page_list is not None)
    new.open_task(n, labelled=True)
    return new


def _names_open_task(st: State, base: State, n: int | None) -> list[State]:
    """The label of a task its list opened before the label was printed."""
    task = base.task
    if task is None or task.labelled or base.has(("tn", base.fi, base.ti)) or n is not None and n != task.no:
        return []
    new = base.fork(-IMPLICIT_TASK, brk=after(st, TASK), expect=base.expect | {"tn"})
    new.set_task(task._replace(labelled=True))
    return [new]


def _next_row_task(ctx, base: State, n: int | None) -> list[State]:
    """The first task of the next row, whose function label is printed later or lost (tasks
    numbered from 1 again)."""
    tasks = base.fn.tasks
    if not tasks or not any(t.labelled for t in tasks) or n not in (None, 1):
        return []
    new = base.fork(1.0 if n == 1 else 0.0, brk=None, expect=frozenset({"tn"}))
    kind, no = _next_listed(ctx, new)
    implicit_function(new, kind, no)
    new.open_task(n, labelled=True)
    return [new]


def heading(ctx, st: State, i: int, seg: Seg) -> list[State]:
    kind = seg.field
    if st.past_rows:
        new = st.fork()
        new.note(f"'{seg.text}' after the function rows")
        return [new]
    base = st.fork(field=None, reprint=None)
    _ensure_function(ctx, base)
    if base.task is None:
        implicit_task(base)
    out = _heading_printed_again(st, kind)
    owner = _list_owner(base, kind)
    if owner is not None:
        # the heading is the last column: what follows it is its list, not the rest of a cut cell
        new = base.fork(1.0, brk=None)
        new.open_list(kind, owner)
        out.append(new)
    # the list of the next task of this row (its task label printed later)
    new = base.fork(0.0, brk=None, expect=base.expect - {"tn"})
    implicit_task(new)
    new.open_list(kind, new.ti)
    out.append(new)
    if owner is None and kind == "skills":
        # the lists of the next function row, printed before its label (the label cell is centred)
        new = base.fork(0.0, brk=None, expect=frozenset())
        fkind, no = _next_listed(ctx, new)
        implicit_function(new, fkind, no)
        implicit_task(new)
        new.open_list(kind, 0)
        out.append(new)
    # a heading printed with nothing under it before a page break: the next row's
    if ctx.break_next[i]:
        new = base.fork(0.5, floating=kind)
        new.cells[("float", kind)] = ()
        out.append(new)
    return out


def _heading_printed_again(st: State, kind: str) -> list[State]:
    """A list heading printed again after a page break over the rest of its list (`Дағдылар:` at
    the head of the page, then `2) …`): the open list goes on."""
    if st.cur_list is None or st.cur_list[1] != kind or st.brk is None:
        return []
    return [st.fork(0.0, field=None, reprint=None, brk=None)]


def _list_owner(st: State, kind: str) -> int | None:
    """The task of this row a list heading opens a list for. Skills: the first task printed after
    the row's last list heading that has no list yet (a row may print one cell of lists for all
    its tasks, under the first: a task printed before a list heading has its lists there), else,
    in a card that prints its knowledge before its skills, the task whose knowledge list is open,
    if it has no skills yet. Knowledge: the task whose skills list is open, else the last
    task, if it has none yet."""
    tasks = st.fn.tasks
    if kind == "skills":
        first = next((ti for ti, t in enumerate(tasks) if not t.lists and ti >= st.tasks_before_lists), None)
        if first is not None or _skills_first(st):
            return first
        return _open_list_task(st, "knowledge", kind)
    owner = _open_list_task(st, "skills", kind)
    if owner is not None:
        return owner
    last = len(tasks) - 1
    return last if "knowledge" not in tasks[last].lists else None


def _skills_first(st: State) -> bool:
    """Has the card shown its lists in the usual order, a task's skills first? A card prints its
    lists in one order: a skills heading then never goes on a task whose knowledge came first."""
    return any(t.lists[:1] == ("skills",) for fn in st.funcs for t in fn.tasks)


def _open_list_task(st: State, open_kind: str, kind: str) -> int | None:
    """The task whose open list is of `open_kind`, where it has no list of `kind` yet."""
    if st.cur_list and st.cur_list[1] == open_kind and kind not in st.fn.tasks[st.cur_list[0]].lists:
        return st.cur_list[0]
    return None


# ---------------------------------------------------------------- text

def row_text(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if st.fn is None and st.section != "rows":
        new = st.fork(UNPLACED)
        new.note(f"text with no row to go to: {seg.text[:60]!r}")
        return [new]
    out = _function_name(ctx, st, i, seg) + _task_name(ctx, st, i, seg) + _list(ctx, st, i, seg) \
        + _lost_tail_row(ctx, st, i, seg)
    if not out:
        new = st.fork(UNPLACED)
        new.note(f"text not placed: {seg.text[:60]!r}")
        out.append(new)
    return out


def _function_name(ctx, st: State, i: int, seg: Seg) -> list[State]:
    fn = st.fn
    if fn is None or not allowed(st, FUNCTION) or runs_into_next_number(_open_list_text(ctx, st), seg.text) \
            or task_letter(seg.text, ctx.vocab.lang):
        return []  # (a lettered name is a task's)
    name = ctx.text(("fn", st.fi), st)
    listed = ctx.listed(st).get((fn.kind, fn.no))
    again = None
    if name and (st.reprint is not None or st.brk is not None):
        again = printed_again(name, listed, seg.text, relabelled=st.reprint is not None)
    if again is not None:
        # the function cell printed again at the head of a page: nothing new, or the whole name
        # where the page break had cut it (`Поддержание физической`, then the name whole)
        new = st.fork(again, brk=after(st, FUNCTION), expect=st.expect - {"fn"}, reprint=None)
        if _whole_of(name, seg.text):
            new.cells[("fn", st.fi)] = (i,)
        return [new]
    score = _function_name_fit(st, fn, name, listed, seg)
    if score is None:
        return []
    return [_named(st, ("fn", st.fi), i, seg, FUNCTION, score, "fn")]


def _whole_of(name: str, text: str) -> bool:
    """Does the text print the name whole where the name read so far is its start (cut by a page
    break, at a word or after a comma: `Взаимодействие с организациями,`)?"""
    cut, whole = _WORDS.findall(name.casefold()), _WORDS.findall(text.casefold())
    return bool(cut) and len(whole) > len(cut) and whole[:len(cut)] == cut


_WORDS = re.compile(r"\w+")


def _function_name_fit(st: State, fn, name: str, listed: str | None, seg: Seg) -> float | None:
    if not name and "fn" not in st.expect and not fn.labelled:
        # a row whose label was not printed: its name only as the card's list gives it
        return name_starts(seg.text, listed) if listed and similar_at_least(listed, seg.text, 0.8) else None
    if not name:
        return name_starts(seg.text, listed) + (AWAITED if "fn" in st.expect else -1.0)
    if st.brk is not None:
        return name_goes_on(name, seg.text, listed)
    return None


def _named(st: State, key, i: int, seg: Seg, column: int, score: float, awaited: str) -> State:
    """`seg` goes on the name at `key` (a function's or a task's, in `column`)."""
    cost, took = rest(st, column, seg)
    new = st.fork(score + cost, brk=after(st, column), expect=st.expect - {awaited}, reprint=None, took=took)
    if column == TASK:
        new.task_after_list = st.page_list is not None
    new.add(key, i)
    return new


def _task_name(ctx, st: State, i: int, seg: Seg) -> list[State]:
    task = st.task
    if task is None or not allowed(st, TASK) or _name_reprint_awaited(ctx, st) \
            or runs_into_next_number(_open_list_text(ctx, st), seg.text):
        return []
    key = ("tn", st.fi, st.ti)
    name = ctx.text(key, st)
    if not name and ("tn" in st.expect or task.labelled):
        score = name_starts(seg.text, None) + (AWAITED if "tn" in st.expect else -1.0)
    elif name and (st.brk is not None or "tn" in st.expect):
        score = name_goes_on(name, seg.text, None)
    else:
        return []
    split = _name_then_first_item(ctx, st, i, seg)
    return [_named(st, key, i, seg, TASK, score, "tn")] + ([split] if split is not None else [])


def _name_reprint_awaited(ctx, st: State) -> bool:
    """The function cell was printed again at the head of a page and its name comes next, if
    its cell printed one (a cell of kind and number only, `Міндетті еңбек функциясы 1`, whose
    name the card's list gives, prints no more)."""
    return st.reprint is not None and st.brk == FUNCTION and bool(ctx.text(("fn", st.reprint), st))


def _name_then_first_item(ctx, st: State, i: int, seg: Seg) -> State | None:
    """A task's name with the first item of its list printed on the same line (`Name 1. Item`)."""
    m = re.search(r"\s(1)\s?\.\s+(?=\S)", seg.text)
    if not m or st.cur_list is None or ctx.text(st.list_key(), st).strip():
        return None
    j = ctx.split(i, m.start() + 1)
    new = st.fork(name_starts(seg.text[: m.start()], None) + AWAITED + 1.0, brk=after(st, LISTS),
                  expect=st.expect - {"tn"}, reprint=None)
    new.add(("tn", st.fi, st.ti), j[0])
    new.add(st.list_key(), j[1])
    return new


def _open_list_text(ctx, st: State) -> str:
    return ctx.text(st.list_key(), st) if st.cur_list else ""


def _list(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if seg.restarts:
        return _later_part(st, i, seg)
    task = st.task
    column = list_column(st)
    if task is None or not allowed(st, column):
        return []
    if st.cur_list is None:
        if item_number(seg.text) != 1:
            return []
        # a list printed without its heading: skills first, then knowledge
        kind = "knowledge" if "skills" in task.lists else "skills"
        new = st.fork(NEW_LIST_UNLABELLED, brk=after(st, column), reprint=None)
        new.open_list(kind, new.ti)
        new.add(new.list_key(), i)
        new.note(f"a {kind} list printed without its heading (raw lines {seg.linenos[0]}-{seg.linenos[1]})")
        return [new]
    key = st.list_key()
    text = ctx.text(key, st)
    score = list_goes_on(text, seg.text)
    if score is None:
        return []
    if st.expect and not st.brk:
        score -= 0.5  # a name was announced and has not come yet
    cost, took = rest(st, column, seg)
    if not _next_number(text, seg.text):
        score += cost  # a list's later block of rest opens with its next number
    score += _cell_cost(st, key, seg)
    # every task printed so far comes before this list text: a list heading after it is not theirs
    new = st.fork(score, brk=after(st, column), reprint=None, took=took, tasks_before_lists=len(st.fn.tasks),
                  page_list=key, task_after_list=st.task_after_list and st.page_list == key)
    new.add(key, i)
    return [new] + _rest_of_the_list_before(ctx, st, i, seg)


def _later_part(st: State, i: int, seg: Seg) -> list[State]:
    """The later part of a task's skills cell, its label left out (card_sub_lists.py): it goes on
    the skills list of the task whose list is open, numbered from 1 again. After a page break it
    may come after that task's knowledge label, among the rest of the cut cells: the open list
    and the page's state stay as they were."""
    if st.cur_list is None or st.fn is None or "skills" not in st.fn.tasks[st.cur_list[0]].lists:
        return []
    new = st.fork(list_goes_on("", seg.text), reprint=None, tasks_before_lists=len(st.fn.tasks))
    new.add(("ls", st.fi, st.cur_list[0], "skills"), i)
    return [new]


def _rest_of_the_list_before(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """After a page break, the rest of the task's list before the open one (skills before
    knowledge, in a table with a column for each): a block of its own that goes on with that
    list's next number; the open list's own rest follows it."""
    if st.brk is None or not seg.block_start or st.cur_list is None or st.page_list == st.list_key():
        return []  # (the open list took a rest on this page: the rests before it came first)
    ti, kind = st.cur_list
    lists = st.task.lists if st.task is not None else ()
    other = lists[lists.index(kind) - 1] if kind in lists and lists.index(kind) > 0 else None
    key = ("ls", st.fi, ti, other) if other else None
    listed = ctx.text(key, st) if key is not None and key != st.page_list else None
    evidence = _rest_goes_before(ctx, st, listed, seg.text) if listed is not None else None
    if evidence is None:
        return []
    # the list's column took its rest: the cells left of it (a task's name) have no more after it;
    # the open list's rest may follow, as the first of its own
    new = st.fork(list_goes_on(listed, seg.text) + evidence, page_list=key, reprint=None,
                  brk=after(st, list_column(st, other)))
    new.add(key, i)
    return [new]


# the open list did not end with its final period before the break (it was cut too, or ended an
# item with `;`, which an item of its own may follow): only the columns' order says whose rest
# comes first
UNSURE_REST = -2.0


def _rest_goes_before(ctx, st: State, listed: str, text: str) -> float | None:
    """Whether the text goes on the list before the open one rather than the open one, and with
    what evidence beside the list's own: its next number or bullet, or the rest of an item it
    was cut inside (before a list's rest on the page)."""
    open_list = ctx.text(st.list_key(), st)
    if _next_number(listed, text) or _next_bullet(listed, open_list, text):
        return 0.0
    if any(c >= LISTS for c in st.took) or not _cut_item_goes_on(listed, open_list, text):
        return None
    return 0.0 if _closed(open_list) or _both_cut(listed, open_list, text) else UNSURE_REST


def _both_cut(listed: str, open_list: str, text: str) -> bool:
    """Both lists stopped inside an item (the first one's items close with `;` or `.`, its last
    did not), and the text closes an item: the rest of the first list's cut item, which comes
    before the open list's rest (a name's rest would not close as an item does)."""
    return _cut_inside_item(listed) and not finished(open_list) and finished(text)


def _cut_inside_item(list_text: str) -> bool:
    """A list whose items close with `;` or `.` stopped before its last item's close."""
    nums = list(LIST_NUMBER.finditer(list_text))
    if len(nums) < 2 or finished(list_text):
        return False
    return finished(list_text[:nums[-1].start()])


def list_column(st: State, kind: str | None = None) -> int:
    """The column of a list's cell (the open list's by default): in a functions table headed
    with a column per list (card_columns.py), the header's order of them; else the skills and
    knowledge share one."""
    kind = kind or (st.cur_list[1] if st.cur_list else None)
    if not st.columns or kind not in st.columns:
        return LISTS
    return LISTS + [k for k in st.columns if k in ("skills", "knowledge")].index(kind)


def _cell_cost(st: State, key, seg: Seg) -> float:
    """Evidence that the text is another cell than the open list's."""
    if st.page_list == key and st.task_after_list:
        return SPLIT_CELL  # one cell's text on one page is not cut by another column's
    if st.brk is None and seg.block_start and st.columns and "skills" in st.columns:
        return ANOTHER_CELL  # a table with a column per list prints each cell as one block
    return 0.0


def _next_bullet(listed: str, open_list: str | None, text: str) -> bool:
    """A bulleted list's next item, with no number to say whose: the list before the open one
    ended an item with `;` (more follow), and the open list was cut inside an item, which a new
    item cannot go on."""
    return bulleted(text) and bulleted(listed) and listed.rstrip().endswith(";") \
        and bool(open_list) and not finished(open_list)


def _cut_item_goes_on(listed: str, open_list: str | None, text: str) -> bool:
    """The rest of an item the page break cut in the list before the open one: that list stopped
    inside an item, and the text goes on a sentence (the cells' rests follow in column order,
    the list before the open one's first)."""
    return bool(open_list) and not finished(listed) and lower_start(text)


def _closed(list_text: str) -> bool:
    """The list ended with its final period: a sentence after the break is not its rest."""
    return finished(list_text) and list_text.rstrip().endswith(".")


def _next_number(list_text: str, text: str) -> bool:
    n = item_number(text)
    return n is not None and n == (last_number(list_text) or 0) + 1


def _lost_tail_row(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """A row after the functions whose label was not printed, known by its value's shape (a level
    at the start: related occupations) or by the value earlier cards of the act give it."""
    from .card_top import known_row
    if not seg.block_start:
        return []
    known = known_row(ctx, st, i, seg)
    if known:
        return known
    if not has_shape("level", seg.text, ctx.vocab):
        return []
    if not re.match(r"^\d(\.\d)?(,\s*\d\.\d)*\s+\S+", seg.text):
        return []
    out = []
    for row in ctx.template.rows:
        if row.section == "tail" and row.shape == "level" and not st.has(("v", row.key)):
            from .card_values import level_word
            word = seg.text.split()[1] if len(seg.text.split()) > 1 else ""
            if not level_word(word, ctx.vocab):
                continue
            new = st.fork(1.0, section="tail", field=row.key, brk=None, reprint=None, expect=frozenset())
            new.add(("v", row.key), i)
            new.note(f"{seg.text[:40]!r} read as the '{row.key}' row, whose label was not printed")
            out.append(new)
    return out
