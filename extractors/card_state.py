"""The state of one reading of a card: which cell each piece of text went to so far.

A state is copied for every alternative the parser keeps, so it holds little:
the cells as tuples of segment indices, the function rows as small tuples, and
the reader's position (section, open field, open list, the column a page break
lets go on). Text is never copied: a cell's text is joined from its segments
when evidence needs it.
"""
from __future__ import annotations

from dataclasses import dataclass, field as dc_field, fields
from typing import NamedTuple

Key = tuple  # ("v", field) | ("sum", kind) | ("sumf", kind, no) | ("fn", fi) | ("tn", fi, ti) | ("ls", fi, ti, kind) | ("float", kind)


class Tk(NamedTuple):
    no: int
    labelled: bool
    lists: tuple[str, ...] = ()  # the kinds of list opened, in order


class Fn(NamedTuple):
    kind: str
    no: int
    labelled: bool
    tasks: tuple[Tk, ...] = ()


@dataclass
class State:
    score: float = 0.0
    section: str = "top"  # top | summary | rows | tail | end
    field: str | None = None  # the open top or tail row
    label_open: bool = False  # its label runs to the end of its cell (a form ending in ...)
    summary_kind: str = "mandatory"
    cells: dict = dc_field(default_factory=dict)  # Key -> tuple of segment indices
    funcs: tuple[Fn, ...] = ()
    cur_list: tuple[int, str] | None = None  # the open list of this row: (its task's index, kind)
    expect: frozenset = frozenset()  # names a label announced and no text has given yet: "fn", "tn"
    brk: int | None = None  # after a page break: the first column that may still go on
    took: frozenset = frozenset()  # the columns that took a block of their rest after this page break
    page_list: Key | None = None  # the list that took text on this page
    task_after_list: bool = False  # a task label or name came after that list's text on this page
    reprint: int | None = None  # a function row whose cell is printed again (its label seen)
    pending: tuple[int, ...] = ()  # blocks printed before a page break, waiting for the label after it
    floating: str | None = None  # a list heading printed before the row it belongs to
    tasks_before_lists: int = 0  # tasks of this row printed before its last list heading
    notes: tuple[str, ...] = ()
    last_label: str | None = None  # the field of the segment just read, when it was a label
    columns: tuple[str, ...] | None = None  # the kinds of column of a functions table headed once
    list_columns: tuple[str, ...] = ()  # the kinds of column of the card's list of functions printed as a table

    def fork(self, delta: float = 0.0, **changes) -> "State":
        # what dataclasses.replace does, without its __init__ call: the beam forks thousands of times
        if not changes.keys() <= _FIELDS:
            raise TypeError(f"State has no field {sorted(changes.keys() - _FIELDS)}")
        new = object.__new__(State)
        new.__dict__.update(self.__dict__)
        new.__dict__.update(changes)
        new.score = self.score + delta
        if "cells" not in changes:
            new.cells = dict(self.cells)
        return new

    @property
    def past_rows(self) -> bool:
        """In the rows after the function rows, once there were function rows (a card may print
        its competencies and related occupations before its functions)."""
        return self.section == "tail" and bool(self.funcs)

    def position(self) -> tuple:
        """Where the reading stands in the card: readings at the same position that put every
        piece in the same cells are one (card_parse.prune)."""
        return (self.section, self.field, self.funcs, self.cur_list, self.expect, self.brk, self.reprint,
                self.pending, self.floating, self.tasks_before_lists, self.took, self.page_list,
                self.task_after_list, self.columns, self.list_columns)

    # -- cells
    def add(self, key: Key, i: int) -> None:
        self.cells[key] = self.cells.get(key, ()) + (i,)

    def has(self, key: Key) -> bool:
        return bool(self.cells.get(key))

    def note(self, text: str) -> None:
        self.notes = self.notes + (text,)

    # -- function rows
    @property
    def fi(self) -> int | None:
        return len(self.funcs) - 1 if self.funcs else None

    @property
    def fn(self) -> Fn | None:
        return self.funcs[-1] if self.funcs else None

    @property
    def ti(self) -> int | None:
        fn = self.fn
        return len(fn.tasks) - 1 if fn and fn.tasks else None

    @property
    def task(self) -> Tk | None:
        fn = self.fn
        return fn.tasks[-1] if fn and fn.tasks else None

    def row_numbers(self) -> set[tuple[str, int]]:
        return {(f.kind, f.no) for f in self.funcs}

    def open_function(self, kind: str, no: int, labelled: bool) -> None:
        self.funcs = self.funcs + (Fn(kind, no, labelled),)
        self.cur_list = None
        self.tasks_before_lists = 0

    def set_function(self, fn: Fn) -> None:
        self.funcs = self.funcs[:-1] + (fn,)

    def open_task(self, no: int | None, labelled: bool) -> None:
        """A new task row; the open list stays open (a row may print one skills and knowledge
        cell for all its tasks, which goes on after their names)."""
        fn = self.fn
        no = no if no is not None else len(fn.tasks) + 1
        self.set_function(fn._replace(tasks=fn.tasks + (Tk(no, labelled),)))
        if self.floating:
            kind, self.floating = self.floating, None
            self.cells[("ls", self.fi, self.ti, kind)] = self.cells.pop(("float", kind), ())
            self.open_list(kind, self.ti)

    def set_task(self, task: Tk, ti: int | None = None) -> None:
        fn = self.fn
        ti = len(fn.tasks) - 1 if ti is None else ti
        self.set_function(fn._replace(tasks=fn.tasks[:ti] + (task,) + fn.tasks[ti + 1:]))

    def open_list(self, kind: str, ti: int) -> None:
        task = self.fn.tasks[ti]
        self.set_task(task._replace(lists=task.lists + (kind,)), ti)
        self.cur_list = (ti, kind)
        self.tasks_before_lists = len(self.fn.tasks)
        self.cells.setdefault(self.list_key(), ())

    def list_key(self) -> Key | None:
        return ("ls", self.fi, self.cur_list[0], self.cur_list[1]) if self.cur_list else None


_FIELDS = frozenset(f.name for f in fields(State))
