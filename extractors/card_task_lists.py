"""A functions table whose skills and knowledge are given per labour function, not per task.

Some standards head their functions table `Трудовая функция | Задачи | Умения и навыки | Знания`
and print one row per function: the function's cell, ONE cell listing all its tasks
(`1) Name; 2) Name.`), then one skills cell and one knowledge cell that serve them all. The
parser (card_columns.py) reads the tasks cell as the name of the row's one task and marks the
row (`("tl", fi)`: the segment of that cell); the record then gets a task per item of the cell,
the lists under the first and the others' lists empty (as shared/gold/SCHEMA.md keeps a list
printed once for several tasks).
"""
from __future__ import annotations

import re

from .card_evidence import LIST_NUMBER, NEXT_NUMBER, item_number, last_number, name_starts
from .card_rows import TASK, after, allowed, rest
from .card_state import State
from .card_values import clean_name
from .lists import Acc, split_items
from .records import Function, Task
from .segments import Seg

# a tasks cell read as a list of tasks: its first item as a name printed from its start, and
# this much for the cell whose column the header names and whose items are numbered in order
TASKS_CELL = 1.0


def marked(fi: int) -> tuple:
    """The key that marks function row fi as printing its tasks in one cell."""
    return ("tl", fi)


def tasks_cell(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """The row's tasks cell (the column after the function's), listing two tasks or more: one task
    whose name is the cell, marked to be split when the record is built; after a page break, the
    rest of that cell, going on with its next number."""
    fn = st.fn
    if fn is not None and marked(st.fi) in st.cells:
        return _cell_goes_on(ctx, st, i, seg)
    if "task" not in (st.columns or ()) or fn is None or fn.tasks or not st.has(("fn", st.fi)) \
            or "fn" in st.expect or not allowed(st, TASK) or not numbered_in_order(seg.text):
        return []
    body = re.sub(r"^\s*1\s?[.)]\s*", "", seg.text, count=1)
    new = st.fork(name_starts(body, None) + TASKS_CELL, brk=after(st, TASK), reprint=None)
    new.open_task(1, labelled=True)
    new.cur_list = None
    new.add(("tn", new.fi, 0), i)
    new.cells[marked(new.fi)] = (i,)
    return [new]


def _cell_goes_on(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """A tasks cell a page break cut between two tasks: its rest opens the next page's row with
    the cell's next number, before any list's rest (the columns' order; a rest cut inside a task
    goes on as any name does, card_rows.py)."""
    key = ("tn", st.fi, 0)
    if st.brk is None or st.page_list is not None or len(st.fn.tasks) != 1 or not allowed(st, TASK) \
            or item_number(seg.text) != (last_number(ctx.text(key, st)) or 0) + 1:
        return []
    cost, took = rest(st, TASK, seg)
    new = st.fork(NEXT_NUMBER + cost, brk=after(st, TASK), took=took, reprint=None)
    new.add(key, i)
    return [new]


def numbered_in_order(text: str) -> bool:
    """Items numbered 1, 2, … (two at least, each after the end of the one before), or the first
    alone closed by `;`, which announces the next (a page break cut the cell after it)."""
    if item_number(text) != 1:
        return False
    numbers = [int(n) for n in LIST_NUMBER.findall(" " + text + " ")]
    if numbers == [1]:
        return text.rstrip().endswith(";")
    return len(numbers) >= 2 and numbers == list(range(1, len(numbers) + 1)) \
        and bool(re.search(r"[;.]\s+2\s?[.)]\s", text))


def split_tasks(fn: Function, cell: Acc, vocab) -> None:
    """A row marked as printing its tasks in one cell (`cell`, its text as joined): a task per
    item of that cell, named as the item, with the item's lines; the row's lists under the first."""
    items = [it for it in split_items(cell, vocab) if clean_name(it.text)]
    if len(fn.tasks) != 1 or len(items) < 2:
        return
    first = fn.tasks[0]
    fn.tasks = [Task(k, clean_name(it.text), lines=it.lines) for k, it in enumerate(items, 1)]
    fn.tasks[0].skills, fn.tasks[0].knowledge = first.skills, first.knowledge
