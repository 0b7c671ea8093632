"""Occupation cards: label/text segments -> Card records.

A card is a two-column table (label | value) with, in its middle, rows of three
columns (function | task | skills and knowledge). The extraction printed the
cells one after another, and a page break inside a row printed the row's cells
again in column order on the next page, often in the middle of the third
column's list. The reader therefore does not trust print order alone:

- a label opens its field; text that follows belongs to the open field;
- a page break followed by a label: the blocks printed just before the break,
  after the previous field's first block, are the top of that label's value
  (the label cell is vertically centred and lands on the next page);
- in function rows, the name of a function or task is the first text that is
  not a list continuation; list continuations are recognised by their numbers
  (`3.` after `2.`), by a lower-case start after an unfinished item, or by the
  open list waiting for text;
- a page break inside a function row printed the rest of each cut cell after the
  rests of the cells before it (function, task, lists): the blocks that open the
  next page are matched, in that column order, to the cells left open at the
  break (a label printed without its text, a list stopped mid-item, a name that
  may go on);
- a skills or knowledge heading printed with nothing under it before a page
  break belongs to the next row; a task numbered again from 1, or a task label
  without a number after labelled tasks, opens the next function; the card's
  list of functions names functions whose own label was lost and completes
  names cut by a page break; function labels read before the list's own label
  (which a page break pushed down) are the list's first entries.

Whatever the reader cannot place is reported on the card, never dropped.
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

from .joining import pair_join
from .labels import field_words, match_at
from .lexicon import Lexicon
from .lists import Acc, split_items
from .records import Card, Function, Item, Task, span_of
from .segments import Seg, segment_blocks
from .text import Block, RepairedText
from .vocabulary import vocabulary

TOP_FIELDS = ("code", "group_code", "name", "qualification_level", "alt_names", "qualification_requirements",
              "education_level", "personal_competencies", "related_occupations", "qualification_link",
              "education_link", "working_conditions")
ROW_ORDER = ("code", "group_code", "name", "qualification_level", "alt_names", "qualification_requirements",
             "education_level", "labor_functions", "personal_competencies", "related_occupations",
             "qualification_link", "education_link", "working_conditions")
AFTER_FUNCTIONS = ("personal_competencies", "related_occupations", "qualification_link", "education_link",
                   "working_conditions")
CODE = re.compile(r"\b(\d{4}-\d-\d{3})\b")
GROUP = re.compile(r"\b(\d{4}-\d)\b(?!-)")
LEVEL = re.compile(r"^(\d(?:\.\d)?(?:\s*-\s*\d(?:\.\d)?)?)\b")
RELATED_LEVEL = re.compile(r"(?:^|(?<=[\s.]))(\d(?:\.\d)?(?:\s*,\s*\d(?:\.\d)?)*)(?:\s+(\S*))?(?=\s|$)")
ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})\s?[.)](?!\d)")
LIST_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\s?[.)](?!\d)\s")  # an item's number inside a list's text


def norm(text: str | None) -> str:
    return re.sub(r"\s+", " ", re.sub(r"[\"«»“”]", "", text or "")).strip().strip(".;:,").casefold()


def similar(a: str | None, b: str | None) -> float:
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b).ratio()


# ---------------------------------------------------------------- finding the cards

@dataclass
class CardSpan:
    start: int  # block index of the card's first block
    end: int  # block index after its last block
    title: str | None
    title_block: int | None = None  # block that holds only the title


def _title_from_start_label(text: str, lang: str) -> tuple[bool, str | None]:
    """Is this block the start of a card? Returns (starts, title-in-block).

    The card heading is `<label> <title>` (`Мамандық картасы "..."`, `Карточка профессии «...»`),
    possibly after an annex header (`Приложение 1`), or `"<title>" <label>` (`"..." кәсіп карточкасы`)."""
    lm = match_at(text, 0, lang, ("card_start",))
    if lm:
        rest = text[lm.end:].strip(" :")
        return True, rest or None
    for form in vocabulary(lang).forms("card_start"):
        for m in re.finditer(r"(?:^|\s)" + r"\s+".join(map(re.escape, form.split())) + r"(?=\s|$|:)", text, re.IGNORECASE):
            head, rest = text[: m.start()].strip(), text[m.end():].strip(" :")
            if rest:
                # an annex header may come first: the label must follow it directly
                if re.fullmatch(r"[^\W\d_]*\s*\d+\s*([–—-]\s*[^\W\d_]+)?", head) or not head:
                    return True, rest
                continue
            quoted = re.findall(r"[\"«“]([^\"«»“”]+)[\"»”]", head)
            if quoted:
                return True, quoted[-1]
            head = re.sub(r"^\s*\d+\s*[–—-]\s*\S+\s*", "", head)
            return True, head or None
    return False, None


def find_cards(doc: RepairedText) -> list[CardSpan]:
    lang = doc.lang
    starts: list[tuple[int, str | None, int | None]] = []
    for i, b in enumerate(doc.blocks):
        ok, title = _title_from_start_label(b.text, lang)
        if not ok:
            continue
        title_block = None
        if not title and i + 1 < len(doc.blocks) and not match_at(doc.blocks[i + 1].text, 0, lang):
            title, title_block = doc.blocks[i + 1].text, i + 1
        starts.append((i, title, title_block))
    spans = []
    for k, (i, title, tb) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(doc.blocks)
        for j in range(i + 1, end):
            if match_at(doc.blocks[j].text, 0, lang, ("card_end",)):
                end = j
                break
        spans.append(CardSpan(i, end, _clean_title(title), tb))
    return spans


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"^[\"«“]+|[\"»”]+$", "", title.strip()).strip()
    title = re.sub(r"^[\"«“](.*)[\"»”]$", r"\1", title)
    return title.strip(" .:") or None


# ---------------------------------------------------------------- the reader

@dataclass
class Section:
    """A skills or knowledge list of one task, being filled."""

    task: Task
    kind: str  # skills | knowledge
    acc: Acc = field(default_factory=Acc)
    kept_space: bool = False
    numbers: list[int] = field(default_factory=list)

    def finished(self) -> bool:
        t = self.acc.text.rstrip()
        # a short word or a list number before the final period (`т.б.`, `3.`) ends nothing
        return not t or t.endswith((".", ";", ":")) and not re.search(r"(?:^|\s)\S{1,2}\.$", t)


@dataclass
class OpenCell:
    """A cell of a function row that may go on after a page break, in column order."""

    kind: str  # fname (the function's name) | tname (a task's name) | list
    target: object  # Function | Task | Section
    sure: bool  # its label or heading was printed without its text, or its text stops mid-item


@dataclass
class Value:
    pieces: list[Seg] = field(default_factory=list)


class CardReader:
    def __init__(self, card_no: int, title: str | None, lang: str, lexicon: Lexicon, others: list[Card],
                 label_memory: dict[str, set[str]] | None = None):
        self.card = Card(card_no, card_title=title)
        # the words of the labels this document printed, per field (to know a label cut in two)
        self.label_memory = label_memory if label_memory is not None else {}
        self.lang = lang
        self.lexicon = lexicon
        self.others = others  # cards already read from this document (their values help with lost labels)
        self.values: dict[str, list[Seg]] = {}
        self.field: str | None = None
        self.mode = "top"
        # the card's list of functions
        self.summary: list[tuple[str, int | None, Acc]] = []
        self.summary_kind = "mandatory"
        # function rows
        self.func: Function | None = None
        self.func_labelled = False
        self.expect: str | None = None  # func_name | task_name
        self.section: Section | None = None
        self.floating: list[Section] = []
        self.task_created_after_knowledge = False
        self.sections: list[Section] = []
        self.name_acc: dict[int, Acc] = {}
        self.last_seg: Seg | None = None
        self.since_label: list[Seg] = []
        self._task_names: dict[int, Acc] = {}
        self.kept_after: dict[int, bool] = {}  # per name being read: did its last raw line keep a space
        self.after_break: dict[int, OpenCell] = {}  # texts after a page break -> the cut cell they go on

    # -- helpers
    def warn(self, msg: str, seg: Seg | None = None) -> None:
        where = f" (raw lines {seg.linenos[0]}-{seg.linenos[1]})" if seg else ""
        self.card.warnings.append(msg + where)

    def _acc_add(self, acc: Acc, seg: Seg, kept_before: bool) -> None:
        joiner = pair_join(acc.text, seg.text, kept_before, self.lexicon) if acc.text else " "
        acc.add(seg.text, seg.starts, seg.marks, joiner)

    # -- summary of functions
    def _summary_function(self, kind: str, no: int | None) -> tuple[str, int | None, Acc]:
        entry = (kind, no, Acc())
        self.summary.append(entry)
        return entry

    def summary_functions(self) -> list[tuple[str, int, str, tuple | None]]:
        """(kind, no, name, span) of every function the card's list names."""
        out = []
        counters = {"mandatory": 0, "additional": 0}
        for kind, no, acc in self.summary:
            if no is not None:
                name = clean_name(acc.text)
                if name:
                    counters[kind] = no
                    out.append((kind, no, name, acc.span()))
                continue
            for item in split_items(acc):
                counters[kind] += 1
                out.append((kind, counters[kind], clean_name(item.text), item.lines))
        return out

    # -- function rows
    def _functions(self) -> list[Function]:
        return self.card.functions

    def _next_summary_function(self) -> tuple[str, int, str | None]:
        done = {(f.kind, f.no) for f in self._functions()}
        for kind, no, name, _ in self.summary_functions():
            if (kind, no) not in done:
                return kind, no, name
        kind = self.func.kind if self.func else "mandatory"
        no = max([f.no for f in self._functions() if f.kind == kind] or [0]) + 1
        return kind, no, None

    def _open_function(self, kind: str, no: int, labelled: bool) -> Function:
        fn = Function(kind, no)
        self.card.functions.append(fn)
        self.func = fn
        self.func_labelled = labelled
        self.task_created_after_knowledge = False
        for k, n, name, _ in self.summary_functions():
            if (k, n) == (kind, no):
                fn.listed_name = name
        return fn

    def _open_task(self, no: int | None) -> Task:
        fn = self.func
        if no is None:
            no = len(fn.tasks) + 1
        task = Task(no)
        fn.tasks.append(task)
        self.task_created_after_knowledge = True
        for sec in self.floating:
            sec.task = task
            (task.skills if sec.kind == "skills" else task.knowledge)  # lists are built at the end
        self.floating = []
        return task

    def _ensure_function(self) -> Function:
        if self.func is None:
            kind, no, _ = self._next_summary_function()
            self._open_function(kind, no, labelled=False)
        return self.func

    def _ensure_task(self) -> Task:
        fn = self._ensure_function()
        if not fn.tasks:
            return self._open_task(1)  # named later by its label, or by the first free text
        return fn.tasks[-1]

    def _new_section(self, kind: str, seg: Seg) -> None:
        fn = self.func
        target = None
        if fn is not None:
            if kind == "skills":
                if self.task_created_after_knowledge:
                    cands = [t for t in fn.tasks if not self._has(t, "skills")]
                    target = cands[0] if cands else None
            else:
                owner = self.section.task if self.section and self.section.kind == "skills" else None
                if owner is not None and owner in fn.tasks and not self._has(owner, "knowledge"):
                    target = owner
                else:
                    cands = [t for t in fn.tasks if not self._has(t, "knowledge")]
                    target = cands[-1] if cands and self.task_created_after_knowledge else None
        sec = Section(target, kind) if target else Section(None, kind)
        if target is None and fn is not None and not fn.tasks:
            sec.task = self._ensure_task()
        elif target is None:
            if fn is None:
                # a list before any function row: it belongs to the first function
                self._ensure_function()
                sec.task = self._ensure_task()
            else:
                self.floating.append(sec)
        self.sections.append(sec)
        self.section = sec
        if kind == "knowledge":
            self.task_created_after_knowledge = False

    def _has(self, task: Task, kind: str) -> bool:
        return any(s.task is task and s.kind == kind for s in self.sections)

    # -- events
    def feed(self, segs: list[Seg]) -> Card:
        for k, seg in enumerate(segs):
            if seg.page_break and self.mode == "detail":
                self._plan_page_break(segs, k)
            if seg.kind == "label":
                self.on_label(seg)
            else:
                self.on_text(seg)
            self.last_seg = seg
        return self.finish()

    def on_label(self, seg: Seg) -> None:
        f = seg.field
        if f == "card_start":
            return
        if f in TOP_FIELDS or f == "labor_functions":
            self.label_memory.setdefault(f, set()).update(re.findall(r"\w+", seg.text.casefold()))
            same_twice = self.last_seg is not None and self.last_seg.kind == "label" and self.last_seg.field == f
            heading = seg.text.rstrip().endswith(":") and bool(self.values.get(f))
            if self.mode == "top" and f == self.field and (same_twice or heading):
                # the same label twice in a row, or again with a colon inside its own value:
                # the second is the value's own heading (`Біліктілікке қойылатын талаптар: Жоғары ...`)
                self._add_value(f, Seg("text", text=seg.text, starts=[0], marks=seg.marks, block=seg.block))
                return
            if f == "labor_functions" and self.mode == "detail" and seg.page_break and self._rows_were_list():
                self._rows_to_list()
                return
            if f == "labor_functions" and self.mode in ("summary", "detail"):
                return  # the label repeated on a new page
            if f in AFTER_FUNCTIONS and self.mode in ("summary", "detail"):
                self.mode = "tail"
            if seg.page_break and self.field and self.field in TOP_FIELDS and self.field != f:
                self._move_pre_break_blocks(self.field, f)
            self.field = f
            if f == "labor_functions":
                self.mode = "summary"
                self.values.setdefault("labor_functions", [])
                moved = self.values.pop("labor_functions", [])
                for piece in moved:
                    self._summary_text(piece)
            self.values.setdefault(f, [])
            return
        if f in ("mandatory_functions", "additional_functions"):
            if f == "additional_functions" and self.mode == "detail" and self._rows_were_list("additional"):
                self._rows_to_list("additional")
                return
            if self.mode in ("top", "summary"):
                self.mode = "summary"
                self.summary_kind = "additional" if f == "additional_functions" else "mandatory"
            return
        if f in ("function", "function_additional"):
            kind = "additional" if f == "function_additional" else "mandatory"
            self.on_function_label(kind, seg.number, seg)
            return
        if f == "task":
            self.on_task_label(seg.number, seg)
            return
        if f in ("skills", "knowledge"):
            if self.mode == "summary":
                self.mode = "detail"
            if self.mode == "tail":
                self.warn(f"'{seg.text}' after the function rows", seg)
                return
            self._new_section(f, seg)
            return
        if f == "card_end":
            self.mode = "end"

    def _rows_were_list(self, kind: str = "mandatory") -> bool:
        """Only function labels with their names were read, and the card's list of functions of
        this kind has not begun: when its label comes after a page break, they were its first
        entries (the list's label cells are centred and landed on the next page, 004-style
        `1-еңбек функциясы` entries printed before them)."""
        fns = self.card.functions
        begun = any(k == kind for k, _, _ in self.summary) if kind == "additional" else bool(self.summary)
        return bool(fns) and not begun and not self.sections and self.func_labelled \
            and all(not fn.tasks for fn in fns)

    def _rows_to_list(self, kind: str = "mandatory") -> None:
        for fn in self.card.functions:
            acc = self.name_acc.get(id(fn)) or Acc()
            self.summary.append((kind if kind == "additional" else fn.kind, fn.no, acc))
        self.warn(f"{len(self.card.functions)} function label(s) printed before the label of the card's list "
                  f"of functions ({kind}): read as the list's first entries")
        self.card.functions.clear()
        self.func = None
        self.func_labelled = False
        self.expect = None
        self.mode = "summary"
        self.summary_kind = kind
        self.field = "labor_functions"
        self.values.setdefault("labor_functions", [])

    def on_function_label(self, kind: str, no: int | None, seg: Seg) -> None:
        if self.mode == "summary":
            if self.summary_kind == "additional":
                kind = "additional"
            # a number the card's list already gives (by its own label or by its items' count)
            # is a function row's: the list is over
            listed = {(k, n) for k, n, _, _ in self.summary_functions()}
            if (kind, no) not in listed and (kind == self.summary_kind):
                self.summary_kind = kind
                self._summary_function(kind, no)
                return
            # the list is over: the first function row starts
            self.mode = "detail"
            kind = "additional" if seg.field == "function_additional" else "mandatory"
        self.mode = "detail" if self.mode != "tail" else self.mode
        fn = self.func
        if fn is not None and not self.func_labelled and fn.name is None and (fn.kind, fn.no) == (kind, no):
            self.func_labelled = True  # the label of a row opened by its first task
        elif fn is not None and not self.func_labelled and fn.name is None and not fn.tasks[1:] and kind == fn.kind and no is not None and no == fn.no:
            self.func_labelled = True
        else:
            if no is None:
                no = max([f.no for f in self._functions() if f.kind == kind] or [0]) + 1
            self._open_function(kind, no, labelled=True)
        self.expect = "func_name"
        self.name_acc[id(self.func)] = Acc()

    def on_task_label(self, no: int | None, seg: Seg) -> None:
        if self.mode == "summary":
            self.mode = "detail"
        if self.mode == "tail":
            self.warn("a task label after the function rows", seg)
            return
        fn = self.func
        if fn is not None and no is not None and any(t.no >= no for t in fn.tasks if t.name is not None or t.no > 1):
            if any(t.no == no for t in fn.tasks):
                # tasks numbered again from the start: the next function's row
                kind, nno, _ = self._next_summary_function()
                self._open_function(kind, nno, labelled=False)
                fn = self.func
        elif fn is not None and no is None and any(id(t) in self._task_names for t in fn.tasks):
            # the label without a number (`Тапсырма:`) names the only task of its row, and this row
            # has a labelled task already: the next function's row (its label after a page break)
            kind, nno, _ = self._next_summary_function()
            self._open_function(kind, nno, labelled=False)
            fn = self.func
        fn = self._ensure_function()
        if fn.tasks and fn.tasks[-1].name is None and len(fn.tasks) == 1 and (no is None or no == fn.tasks[-1].no) \
                and not self._task_named(fn.tasks[-1]):
            task = fn.tasks[-1]  # a task opened by its list before its label was printed
        else:
            task = self._open_task(no)
        self.expect = "task_name"
        self._task_names[id(task)] = Acc()
        self.current_task = task

    def _task_named(self, task: Task) -> bool:
        return id(task) in self._task_names and not self._task_names[id(task)].empty

    def on_text(self, seg: Seg) -> None:
        if self.mode == "end":
            return
        if self.last_seg is not None and self.last_seg.kind == "label" and self.last_seg.block == seg.block \
                and not seg.block_start and seg.text[:1] in ",;":
            # the label's own words go on after a comma (a translation of its end): not a value
            self.warn(f"label continued: {seg.text[:50]!r}", seg)
            return
        if self.mode == "tail":
            lost = self._lost_label_field(seg)
            if lost and lost != self.field:
                self.field = lost
                self._add_value(lost, seg)
                return
        if self.mode == "top" or self.mode == "tail":
            if self.field is None:
                self.warn(f"text before any label: {seg.text[:60]!r}", seg)
                return
            if seg.block_start and self._is_label_fragment(seg, self.field) and (seg.page_break or self.mode == "tail"):
                return
            later = self._label_head(seg)
            if later:
                # the first half of a label a page break cut: the rest follows the break
                self.warn(f"'{seg.text[:40]}…' read as the first part of the '{later}' label", seg)
                self.field = later
                self.values.setdefault(later, [])
                return
            self._add_value(self.field, seg)
            return
        if self.mode == "summary":
            if self.field == "labor_functions" and self._is_label_fragment(seg, "labor_functions"):
                return
            self._summary_text(seg)
            return
        self.on_detail_text(seg)

    def _summary_text(self, seg: Seg) -> None:
        if not self.summary or self.summary[-1][0] != self.summary_kind or (
                self.summary[-1][1] is not None and not self.summary[-1][2].empty and ITEM_NUMBER.match(seg.text)):
            self._summary_function(self.summary_kind, None)
        kind, no, acc = self.summary[-1]
        self._acc_add(acc, seg, self.last_seg.kept_space if self.last_seg else False)

    def on_detail_text(self, seg: Seg) -> None:
        text = seg.text
        fn = self.func
        # a top-level row whose label was lost: recognised by its content
        lost = self._lost_label_field(seg)
        if lost:
            self.mode = "tail"
            self.field = lost
            self._add_value(lost, seg)
            return
        cell = self.after_break.pop(id(seg), None)
        if cell is not None:
            self._go_on(cell, seg)
            return
        if fn is not None and fn.name and fn.listed_name and self._completes_name(fn, seg):
            self._add_to_function_name(fn, seg)
            return
        waiting = self._waiting_task()
        # the function's name printed again at the head of its row, or the row's column 1 on a new page;
        # a task whose label waits for its name comes first (a task may be named like its function)
        if fn is not None and (waiting is None or self.expect == "func_name") and self._is_function_name(seg):
            if fn.name is None:
                self.name_acc.setdefault(id(fn), Acc())
                self._acc_add(self.name_acc[id(fn)], seg, False)
                fn.name = clean_name(self.name_acc[id(fn)].text)
            if self.expect == "func_name":
                self.expect = None
            return
        if self.expect == "func_name" and fn is not None:
            if self._continues_list(seg):
                self._append_list(seg)
                return
            acc = self.name_acc.setdefault(id(fn), Acc())
            self._acc_add(acc, seg, False)
            fn.name = clean_name(acc.text)
            self.expect = None
            return
        task = self._waiting_task()
        if task is not None and not self._continues_list(seg):
            self._name_waiting_task(task, seg)
            return
        self._append_list(seg)

    def _name_waiting_task(self, task: Task, seg: Seg) -> None:
        """The task's name, possibly followed on the same line by the first item of a list."""
        text = seg.text
        m = re.search(r"\s(1)\s?\.\s+(?=\S)", text)
        name_part, rest = (text, None)
        if m and self.section is not None and self.section.acc.empty:
            name_part, rest = text[: m.start()], m.start() + 1
        acc = self._task_names.setdefault(id(task), Acc())
        acc.add(name_part, [0], seg.marks)
        task.name = clean_name(acc.text)
        self.kept_after[id(task)] = seg.kept_space if rest is None else False
        if not self._same_line_continues(seg):
            self.expect = None if self.expect == "task_name" else self.expect
        if rest is not None:
            self._append_list(_sub(seg, rest))

    def _add_to_function_name(self, fn: Function, seg: Seg) -> None:
        acc = self.name_acc.setdefault(id(fn), Acc())
        if acc.empty and fn.name:
            acc.add(fn.name, [0], [])
        joiner = self._completion_joiner(fn, seg)
        if joiner is not None and not acc.empty:
            acc.add(seg.text, seg.starts, seg.marks, joiner)  # the listed name settles the join
        else:
            self._acc_add(acc, seg, self.kept_after.get(id(fn), False))
        self.kept_after[id(fn)] = seg.kept_space
        fn.name = clean_name(acc.text)
        if self.expect == "func_name" and fn is self.func:
            self.expect = None

    def _add_to_task_name(self, task: Task, seg: Seg) -> None:
        acc = self._task_names.setdefault(id(task), Acc())
        if acc.empty and task.name:
            acc.add(task.name, [0], [])
        self._acc_add(acc, seg, self.kept_after.get(id(task), False))
        self.kept_after[id(task)] = seg.kept_space
        task.name = clean_name(acc.text)

    # -- page breaks in function rows
    def _plan_page_break(self, segs: list[Seg], k: int) -> None:
        """Which cut cells the texts after the page break at segs[k] go on.

        A page break inside a function row printed each cell's lines of the first page, then
        each cell's rest in the same column order: the function (label and name), the task
        (label and name), the skills and knowledge. So the tops of the blocks after the break,
        in order, are the rests of the cells the break cut, in column order. A cell surely goes
        on when its label or heading was printed without its text, or its text stops
        mid-item; a name may go on (the rows print names without a final period). The tops are
        matched to the open cells in column order, the sure cells first, and each top's look
        settles the rest: a list goes on with its next number, a name never starts with one."""
        self.after_break = {}
        tops = self._cell_tops(segs, k)
        cells = self._open_cells()
        if not tops or not cells:
            return
        for top, cell in _match_in_order(tops, cells, self._fit):
            self.after_break[id(top)] = cell

    def _cell_tops(self, segs: list[Seg], k: int) -> list[Seg]:
        """The texts that open a block after the page break at segs[k], up to the next row's lists."""
        i = k
        if segs[k].kind == "label" and segs[k].field in ("function", "function_additional"):
            # the function cell starts on the new page: its label and name come first
            while i < len(segs) and segs[i].block == segs[k].block:
                i += 1
        tops = []
        for s in segs[i:]:
            if s.page_break and s is not segs[k]:
                break
            if s.kind == "label":
                if s.field != "task":
                    break  # a list heading, a function or a top row: a cell that starts on this page
                continue
            if s.block_start and not self._printed_again(s):
                tops.append(s)
        return tops

    def _printed_again(self, seg: Seg) -> bool:
        """The function's name, already read, printed again at the head of a page (no cell's rest)."""
        fn = self.func
        return fn is not None and fn.name is not None and self._is_function_name(seg) \
            and not (fn.listed_name and self._completes_name(fn, seg))

    def _open_cells(self) -> list[OpenCell]:
        """The cells of the current function row that may go on after a page break, in column order."""
        fn = self.func
        if fn is None:
            return []
        cells = []
        if self.func_labelled and fn.name is None:
            cells.append(OpenCell("fname", fn, True))
        elif fn.name and fn.listed_name and self._listed_goes_on(fn):
            cells.append(OpenCell("fname", fn, True))
        elif fn.name and not (fn.listed_name and similar(fn.name, fn.listed_name) > 0.8):
            cells.append(OpenCell("fname", fn, False))
        task = fn.tasks[-1] if fn.tasks else None
        if task is not None and task is self._waiting_task():
            cells.append(OpenCell("tname", task, True))
        elif task is not None and task.name and not self._printed_name(task).endswith("."):
            # (a name printed with its final period is whole: `... көмек көрсету.`)
            cells.append(OpenCell("tname", task, False))
        sec = self.section
        if sec is not None:
            cells.append(OpenCell("list", sec, sec.acc.empty or not sec.finished()))
        return cells

    def _printed_name(self, task: Task) -> str:
        """The task's name as printed so far (its final period kept)."""
        acc = self._task_names.get(id(task))
        return (acc.text if acc is not None and not acc.empty else task.name or "").rstrip()

    def _listed_goes_on(self, fn: Function) -> bool:
        """The card's list names the function with more words than its row printed so far."""
        listed, have = norm(fn.listed_name), norm(fn.name)
        return listed.startswith(have) and len(listed) > len(have)

    def _fit(self, top: Seg, cell: OpenCell, taken: bool = False) -> int | None:
        """How well `top` reads as the rest of `cell` (None: it cannot be). `taken`: an earlier
        top after the same break went on this list already; a later block of the list's rest
        opens with one of its next numbers."""
        text = top.text.lstrip("\"«(")
        number = ITEM_NUMBER.match(top.text)
        lower = text[:1].islower()
        if taken:
            last = _last_number(cell.target.acc.text) if cell.kind == "list" else None
            return NEXT_ITEM if number and int(number.group(1)) > (last or 0) else None
        if cell.kind in ("fname", "tname") and number:
            return None  # a name never starts with a list number
        if cell.kind in ("fname", "tname") and self._goes_on_with_open_list(text):
            return None  # nor holds the open list's next item after a sentence end
        if cell.kind == "fname" and cell.target.name is not None:
            return 3 if self._completes_name(cell.target, top) else (1 if lower else -1)
        if cell.kind in ("fname", "tname") and cell.target.name is None:
            # a name printed from its start opens with a capital; a name cell apart from its
            # label (a centred task name beside a long list) may also start on a later page
            return -3 if lower else 1
        if cell.kind == "tname":
            # a name printed whole so far may go on (mid-phrase: in lower case, or with a proper
            # name), but a list left open has the better claim
            return 0 if lower else -1
        sec = cell.target
        if number:
            last = _last_number(sec.acc.text)
            expected = 1 if sec.acc.empty else (last + 1 if last is not None else None)
            return NEXT_ITEM if int(number.group(1)) == expected else -2
        if sec.acc.empty:
            return 0
        if re.search(r"(?:^|\s)\d{1,2}\s?[.)]$", sec.acc.text.rstrip()):
            return 5  # the list stopped at an item's number: the item's text must come
        if not sec.finished():
            return 1 if lower else 0
        if lower and self._unnumbered_items_go_on(sec):
            return 1
        return -1

    @staticmethod
    def _unnumbered_items_go_on(sec: Section) -> bool:
        """The list has run on past its numbers in items closed by `;` (`... заң. жұмыс орнындағы
        қауіпсіздік; ... жүйесі;`): its last `;` announces another unnumbered item. A numbered
        item closed by `;` (`1. Құжаттарды тіркеу;`) announces the next number instead."""
        text = sec.acc.text.rstrip()
        if not text.endswith(";"):
            return False
        nums = list(LIST_NUMBER.finditer(text))
        tail = text[nums[-1].end():] if nums else text
        return bool(re.search(r"[.;]\s", tail[:-1])) or not nums

    def _goes_on_with_open_list(self, text: str) -> bool:
        """The text holds, after a sentence end, the number the open list would give its next
        item (`... правил. 3) Гражданского ...` after items 1 and 2): a list's rest."""
        sec = self.section
        if sec is None or sec.acc.empty:
            return False
        last = _last_number(sec.acc.text)
        if last is None:
            return False
        return re.search(rf"[.;]\s+{last + 1}\s?[.)]\s", text) is not None

    def _go_on(self, cell: OpenCell, seg: Seg) -> None:
        if cell.kind == "fname":
            self._add_to_function_name(cell.target, seg)
        elif cell.kind == "tname" and cell.target.name is None:
            self._name_waiting_task(cell.target, seg)
        elif cell.kind == "tname":
            self._add_to_task_name(cell.target, seg)
        else:
            self._append_to(cell.target, seg)
            # tasks whose labels came between the break and this text are the rest of the same
            # task cell (printed before the list's rest): they share this row's lists, and a
            # skills heading that follows opens the next row
            self.task_created_after_knowledge = False

    # -- detail helpers
    def _waiting_task(self) -> Task | None:
        if self.func is None:
            return None
        for t in self.func.tasks:
            if t.name is None and id(t) in self._task_names and self._task_names[id(t)].empty:
                return t
        if self.func.tasks and self.expect == "task_name":
            t = self.func.tasks[-1]
            if t.name is None:
                self._task_names.setdefault(id(t), Acc())
                return t
        return None

    def _same_line_continues(self, seg: Seg) -> bool:
        return False

    def _continues_list(self, seg: Seg) -> bool:
        """Is this text the next part of the open list (rather than a name that is waiting)?"""
        sec = self.section
        if sec is None:
            return False
        m = ITEM_NUMBER.match(seg.text)
        if m:
            n = int(m.group(1))
            if sec.acc.empty:
                return n == 1
            last = _last_number(sec.acc.text)
            return last is not None and n == last + 1
        if sec.acc.empty:
            return False
        first = seg.text.lstrip("\"«(")[:1]
        return first.islower() and not sec.finished()

    def _append_list(self, seg: Seg) -> None:
        sec = self.section
        if sec is None:
            self.warn(f"list text with no skills/knowledge heading: {seg.text[:60]!r}", seg)
            sec = Section(self._ensure_task(), "skills")
            self.sections.append(sec)
            self.section = sec
        self._append_to(sec, seg)

    def _append_to(self, sec: Section, seg: Seg) -> None:
        self._acc_add(sec.acc, seg, sec.kept_space)
        sec.kept_space = seg.kept_space

    def _is_function_name(self, seg: Seg) -> bool:
        fn = self.func
        names = [fn.name, fn.listed_name]
        return any(n and similar(n, seg.text) > 0.92 for n in names)

    def _completes_name(self, fn: Function, seg: Seg) -> bool:
        """A page break cut the function's name: the listed name starts with the name and goes on with this text."""
        return self._completion_joiner(fn, seg) is not None

    def _completion_joiner(self, fn: Function, seg: Seg) -> str | None:
        """How this text goes on the function's name the listed name says is cut: after a space,
        or glued (the break cut a word: `гигиеничес` | `ких`); None when it does not."""
        if not seg.page_break and not seg.block_start or not fn.name or not fn.listed_name:
            return None
        if not self._listed_goes_on(fn):
            return None
        listed = norm(fn.listed_name)
        for joiner in (" ", ""):
            if listed.startswith(norm(fn.name + joiner + seg.text)):
                return joiner
        return None

    def _lost_label_field(self, seg: Seg) -> str | None:
        """A row whose label was not printed, known by its content: a level, or a value
        the other cards of this act give the same row."""
        if not seg.block_start:
            return None
        if self.mode != "tail" and (self.section is None or not self.section.finished()):
            return None
        if RELATED_LEVEL.match(seg.text) and re.match(r"^\d(\.\d)?(,\s*\d\.\d)*\s+\S*г\S*й\b", seg.text):
            return "related_occupations"
        for other in self.others:
            for f in ("personal_competencies", "working_conditions", "qualification_link"):
                if similar(getattr(other, f), seg.text) > 0.8:
                    return f
        return None

    def _label_head(self, seg: Seg) -> str | None:
        """A later row's label whose words this block repeats (a label cut by a page break)."""
        if not seg.block_start or self.field not in ROW_ORDER:
            return None
        words = re.findall(r"\w+", seg.text.casefold())
        if len(words) < 4 or seg.text.rstrip().endswith((".", ";", ":")):
            return None
        for f in ROW_ORDER[ROW_ORDER.index(self.field) + 1:]:
            if f in self.values:
                continue
            bag = self.label_memory.get(f, set())
            if bag and sum(w in bag for w in words) >= 0.9 * len(words):
                return f
        return None

    def _is_label_fragment(self, seg: Seg, f: str) -> bool:
        """Text made of the words of the field's label: the part of a label a page break cut off."""
        words = re.findall(r"\w+", seg.text.casefold())
        bag = field_words(self.lang, f) | self.label_memory.get(f, set())
        return bool(words) and len(words) <= 12 and sum(w in bag for w in words) >= 0.8 * len(words)

    # -- top-level values
    def _add_value(self, f: str, seg: Seg) -> None:
        self.values.setdefault(f, []).append(seg)

    def _move_pre_break_blocks(self, f: str, g: str) -> None:
        """Blocks printed before a page break that opens with label `g` may be the top of g's value.

        Walking back from the break, a block moves to g until one is met that fits
        field f (a level for related occupations, a code for alternative names, a
        numbered position for the qualification link); the first block of f stays.
        """
        pieces = self.values.get(f, [])
        blocks: list[int] = []
        for p in pieces:
            if p.block not in blocks:
                blocks.append(p.block)
        if len(blocks) < 2:
            return
        by_block = {b: [p for p in pieces if p.block == b] for b in blocks}
        moving: list[int] = []
        for k in range(len(blocks) - 1, 0, -1):
            b = blocks[k]
            text = " ".join(p.text for p in by_block[b])
            prev_text = " ".join(p.text for p in by_block[blocks[k - 1]])
            if self._fits(f, text, prev_text):
                break
            moving.insert(0, b)
        if not moving:
            return
        self.values[f] = [p for p in pieces if p.block not in moving]
        moved = [p for p in pieces if p.block in moving and not self._is_label_fragment(p, g)]
        self.values[g] = moved + self.values.get(g, [])
        if moved:
            self.warn(f"text printed before the '{g}' label moved to it from '{f}'", moved[0])

    @staticmethod
    def _fits(f: str, text: str, prev_text: str) -> bool:
        if f == "related_occupations":
            bare_level = re.fullmatch(r"\d(\.\d)?(\s*,\s*\d(\.\d)?)*(\s+\S+)?", prev_text.strip())
            return bool(re.match(r"^\d(\.\d)?(\s*,\s*\d(\.\d)?)*\s", text + " ")) or bool(bare_level)
        if f == "alt_names":
            return bool(CODE.match(text))
        if f == "qualification_link":
            # the row's second column: the position's name in the referenced act, a short phrase;
            # codes of education programmes (`6B101`, `6В012`) belong to the education row
            return len(text.split()) <= 20 and not text.rstrip().endswith(":") \
                and not re.search(r"\b\d[BВ]\d{2,}", text)
        return False

    def _value_acc(self, f: str) -> Acc:
        acc = Acc()
        prev_kept = False
        for seg in self.values.get(f, []):
            self._acc_add(acc, seg, prev_kept)
            prev_kept = seg.kept_space
        return acc

    # -- the end
    def finish(self) -> Card:
        c = self.card
        for f in TOP_FIELDS:
            if f not in self.values:
                continue
            acc = self._value_acc(f)
            c.field_lines[f] = acc.span()
            text = acc.text.strip()
            if f == "code":
                m = CODE.search(text)
                c.code = m.group(1) if m else None
            elif f == "group_code":
                m = GROUP.search(text)
                c.group_code = m.group(1) if m else None
            elif f == "name":
                c.name = clean_name(text)
            elif f == "qualification_level":
                m = LEVEL.match(text)
                c.qualification_level = m.group(1).replace(" ", "") if m else (text or None)
            elif f == "alt_names":
                c.alt_names = parse_alt_names(acc)
            elif f == "qualification_requirements":
                c.qualification_requirements_text = text or None
            elif f == "education_level":
                c.education_level_text = text or None
            elif f == "personal_competencies":
                c.personal_competencies = text or None
            elif f == "related_occupations":
                c.related = parse_related(acc)
            elif f == "qualification_link":
                c.qualification_link = text or None
            elif f == "working_conditions":
                c.working_conditions = text or None
        summary = self.summary_functions()
        if not c.functions and summary:
            for kind, no, name, span in summary:
                c.functions.append(Function(kind, no, name, [], span, name))
        self._renumber(summary)
        for fn in c.functions:
            if fn.name is None:
                fn.name = fn.listed_name
            if not fn.tasks:
                fn.tasks.append(Task(1))
        for sec in self.sections:
            if sec.task is None:
                self.warn(f"a {sec.kind} list with no row to go to: {sec.acc.text[:60]!r}")
                continue
            items = split_items(sec.acc)
            (sec.task.skills if sec.kind == "skills" else sec.task.knowledge).extend(items)
        self._unlabelled_knowledge()
        for fn in c.functions:
            for t in fn.tasks:
                if t.name is not None:
                    t.name = clean_name(t.name) or None
        if c.name and c.card_title and similar(c.name, c.card_title) < 0.8 \
                and norm(c.card_title) not in norm(c.name) and norm(c.name) not in norm(c.card_title):
            self.warn(f"the card's name {c.name!r} does not match its title {c.card_title!r}; both kept as printed")
        c.lines = span_of(*[s for s in c.field_lines.values()])
        return c

    def _renumber(self, summary) -> None:
        """Detail rows whose printed number is not in the card's list take the listed number of their name."""
        listed = {(k, n): name for k, n, name, _ in summary}
        if not listed:
            return
        used = {(f.kind, f.no) for f in self.card.functions if (f.kind, f.no) in listed}
        for fn in self.card.functions:
            if (fn.kind, fn.no) in listed:
                if fn.listed_name is None:
                    fn.listed_name = listed[(fn.kind, fn.no)]
                continue
            best = max(((similar(fn.name, name), key) for key, name in listed.items() if key not in used),
                       default=(0, None))
            if best[1] and best[0] > 0.6:
                self.warn(f"function row numbered {fn.no} matches listed function {best[1][1]} by name; renumbered")
                fn.kind, fn.no = best[1]
                fn.listed_name = listed[best[1]]
                used.add(best[1])

    def _unlabelled_knowledge(self) -> None:
        """A task with skills but no knowledge heading: a numbered skills list followed by an
        unnumbered run is skills then the unlabelled knowledge list."""
        for sec in self.sections:
            if sec.kind != "skills" or sec.task is None or self._has(sec.task, "knowledge"):
                continue
            items = sec.task.skills
            numbered = [bool(ITEM_NUMBER.match(sec.acc.text[a:])) for a in []]
            starts = _item_numbering(sec.acc)
            if len(starts) >= 2 and any(n is not None for n in starts) and starts[-1] is None:
                k = max(i for i, n in enumerate(starts) if n is not None)
                tail = items[k + 1:]
                if len(tail) >= 2:
                    del items[k + 1:]
                    sec.task.knowledge.extend(tail)
                    self.warn(f"function {self._fn_of(sec.task)}: {len(tail)} unnumbered items after the numbered skills "
                              "have no knowledge heading; read as its knowledge list")

    def _fn_of(self, task: Task) -> str:
        for fn in self.card.functions:
            if task in fn.tasks:
                return f"{fn.kind} {fn.no}"
        return "?"


def _item_numbering(acc: Acc) -> list[int | None]:
    from .lists import item_starts, _split_unnumbered
    text = acc.text
    starts = item_starts(acc)
    out: list[int | None] = []
    first = starts[0][0] if starts else len(text)
    if text[:first].strip():
        out.extend([None] * len(_split_unnumbered(text[:first], 0, acc, True)))
    for k, (pos, n, style) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        out.append(n)
        if k + 1 == len(starts):
            pieces = _split_unnumbered(text[pos:end], pos, acc, False)
            if pieces and text[pieces[0][1]:end].strip():
                out.extend([None] * len(_split_unnumbered(text[pieces[0][1]:end], pieces[0][1], acc, True)))
    return out


SURE = {"fname": 12, "tname": 12, "list": 10}  # a sure cell left without its rest costs this much
UNPLACED = -4  # a top left to the reader's other rules
NEXT_ITEM = 3  # the fit of a top that opens with the list's next number


def _match_in_order(tops: list[Seg], cells: list[OpenCell], fit) -> list[tuple[Seg, OpenCell]]:
    """The best pairing of tops with cells that keeps both in order (column order).

    Each pair scores its fit, plus the cell's weight when the cell surely goes on (the
    first columns weigh more: their rests are printed first); a top left unpaired costs
    UNPLACED. A list's rest may run over several blocks (its items are paragraphs), so a
    list cell may take several tops in a row, its weight counted once. Ties go to the
    pairing found first, which pairs early tops with early cells."""

    @lru_cache(maxsize=None)
    def best(i: int, j: int, taken: bool = False) -> tuple[int, tuple[tuple[int, int], ...]]:
        if i == len(tops):
            return 0, ()
        if j == len(cells):
            return UNPLACED * (len(tops) - i), ()
        options = []
        f = fit(tops[i], cells[j], taken)
        if f is not None:
            bonus = SURE[cells[j].kind] if cells[j].sure and not taken else 0
            score, pairs = best(i + 1, j + 1)
            options.append((score + f + bonus, ((i, j),) + pairs))
            if cells[j].kind == "list" and f >= 0:
                score, pairs = best(i + 1, j, True)
                options.append((score + f + bonus, ((i, j),) + pairs))
        score, pairs = best(i, j + 1)
        options.append((score, pairs))
        score, pairs = best(i + 1, j, taken)
        options.append((score + UNPLACED, pairs))
        return max(options, key=lambda o: o[0])

    return [(tops[i], cells[j]) for i, j in best(0, 0)[1]]


def _last_number(text: str) -> int | None:
    nums = LIST_NUMBER.findall(text)
    return int(nums[-1]) if nums else None


def _sub(seg: Seg, at: int) -> Seg:
    marks = [(max(o - at, 0), ln) for o, ln in seg.marks if o >= at] or [(0, seg.linenos[1])]
    return Seg("text", text=seg.text[at:], starts=[0] + [s - at for s in seg.starts if s > at],
               marks=marks, block=seg.block, kept_space=seg.kept_space)


def clean_name(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[\"«“]+(.*?)[\"»”]+$", r"\1", text)
    return text.strip().rstrip(".;:, ").strip() or None


def parse_alt_names(acc: Acc) -> list[tuple[str | None, str, tuple | None]]:
    text = re.sub(r"\s+", " ", acc.text).strip()
    if not text:
        return []
    codes = list(CODE.finditer(text))
    if not codes:
        return [(None, clean_name(text), acc.span())] if clean_name(text) else []
    out = []
    head = text[: codes[0].start()].strip()
    if head:
        out.append((None, clean_name(head), acc.span(0, codes[0].start())))
    for k, m in enumerate(codes):
        end = codes[k + 1].start() if k + 1 < len(codes) else len(text)
        name = re.sub(r"^\s*[-–—]\s*", "", text[m.end():end]).strip()
        if clean_name(name):
            out.append((m.group(1), clean_name(name), acc.span(m.start(), end)))
    return out


def parse_related(acc: Acc) -> list[tuple[str | None, str, tuple | None]]:
    """`8 деңгей Мекемелердің ... басшылары`, `4.2, 4.3 Денсаулық ...`: levels and the names under each."""
    text = acc.text
    line_starts = set(acc.starts)
    marks = []
    for m in re.finditer(r"(?:^|(?<=[\s.]))(\d(?:\.\d)?(?:\s*,\s*\d(?:\.\d)?)*)(?:\s+(\S+))?(?=\s|$)", text):
        word = m.group(2) or ""
        is_level_word = bool(word) and _level_word(word)
        at_start = m.start() == 0 or m.start() in line_starts or text[: m.start()].rstrip().endswith(".")
        if at_start or is_level_word:
            marks.append((m.start(), m.end() if is_level_word else m.end(1), m.group(1)))
    out = []
    if not marks:
        for name in _split_names(text):
            out.append((None, name, acc.span()))
        return out
    for k, (a, b, level) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(text)
        for name in _split_names(text[b:end]):
            out.append((re.sub(r"\s+", " ", level), name, acc.span(a, end)))
    return out


def _level_word(word: str) -> bool:
    w = re.sub(r"[^\w]", "", word.casefold())
    for form in vocabulary("kk").forms("level_word") + vocabulary("ru").forms("level_word"):
        f = form.casefold()
        if w.startswith(f[:4]) or (len(w) >= 5 and sum(a != b for a, b in zip(w, f)) <= 1 and abs(len(w) - len(f)) <= 1):
            return True
    return False


def _split_names(text: str) -> list[str]:
    parts = re.split(r"(?<=[.;])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])", text.strip())
    return [n for n in (clean_name(p) for p in parts) if n]


def read_cards(doc: RepairedText, lexicon: Lexicon) -> list[Card]:
    cards: list[Card] = []
    memory: dict[str, set[str]] = {}
    for k, span in enumerate(find_cards(doc)):
        first = span.start + 1
        if span.title_block is not None:
            first = span.title_block + 1
        blocks: list[Block] = doc.blocks[span.start:span.end]
        # the first block: whatever follows the card-start label and title on it is not a value
        segs = segment_blocks(doc.blocks[first:span.end], doc.lang, first)
        reader = CardReader(k + 1, span.title, doc.lang, lexicon, cards, memory)
        card = reader.feed(segs)
        card.lines = span_of(card.lines, (blocks[0].linenos[0], blocks[-1].linenos[1]))
        _check_start_block(doc.blocks[span.start], card, doc.lang)
        cards.append(card)
    return cards


def _check_start_block(block: Block, card: Card, lang: str) -> None:
    """Rows printed on the card-start line (`Мамандық картасы X Кәсіп коды ...`) are not lost silently."""
    segs = segment_blocks([block], lang)
    extra = [s for s in segs if s.kind == "label" and s.field not in ("card_start",)]
    if extra:
        card.warnings.append("labels on the card-start line: " + ", ".join(s.field for s in extra))


def check_occupation_list(doc: RepairedText, cards: list[Card], lexicon: Lexicon) -> list[str]:
    """The standard lists its occupations before the cards; a listed occupation without a card
    (or a card the list does not name) is reported, nothing is changed."""
    from .paragraphs import paragraphs

    heads = vocabulary(doc.lang).forms("occupation_list")
    paras = paragraphs(doc, lexicon)
    listed: list[tuple[str, tuple | None]] = []
    active = False
    for p in paras:
        t = p.text.strip()
        if any(h.casefold() in t.casefold() for h in heads):
            active = True
            continue
        if not active:
            continue
        if re.match(r"^\d+\.\s", t):
            break  # the act's next numbered paragraph
        if not p.indented:
            break  # the list is over: a heading or an annex follows
        body = re.sub(r"^\d+\)\s*", "", t)
        dash = re.search(r"\s[–—-]\s", body)
        level_words = "|".join(map(re.escape, vocabulary(doc.lang).forms("level_phrase")))
        after = re.search(rf"(?:{level_words})\s+([^\W\d_].+?)\.?$", body) if level_words else None
        if dash:
            listed.append((body[: dash.start()].strip(), p.span))
        elif after:
            listed.append((after.group(1).strip(), p.span))
    warnings = []
    if not listed or not cards:
        return warnings
    names = [(c.card_no, c.card_title, c.name) for c in cards]

    def words(x: str | None) -> set[str]:
        return set(re.findall(r"\w+", norm(x)))

    for name, span in listed:
        best = max((max(similar(name, t), similar(name, n)) for _, t, n in names), default=0)
        contained = any(len(words(x)) >= 2 and words(x) <= words(name) for _, t, n in names for x in (t, n))
        if best < 0.85 and not contained:
            where = f" (raw lines {span[0]}-{span[1]})" if span else ""
            warnings.append(f"the act's list of occupations names {name!r}, which has no card{where}")
    return warnings
