"""Where a card's two-column rows (before and after its function rows) and its list of
functions take their text: the choices the parser weighs for a label or a text there."""
from __future__ import annotations

import re

from .card_evidence import BARE_NUMBER, finished, item_number, lower_start
from .card_state import State
from .card_values import has_shape, kind_cell
from .segments import Seg

BARE_LEVEL = re.compile(r"\d(\.\d)?(\s*,\s*\d(\.\d)?)*(\s+\S+)?")
LABEL_FRAGMENT = 3.0
LABEL_RUNS_ON = 2.0
MOVED_TO_NEXT_ROW = 1.0
ROW_AGAIN = -3.0  # a row the template prints once, opened a second time in one card
LABEL_WORDS_AS_VALUE = -0.5


def row_label(ctx, st: State, i: int, seg: Seg) -> list[State]:
    f = seg.field
    section = ctx.template.section(f)
    if f == st.field and st.section in ("top", "tail") and st.has(("v", f)) and (
            st.last_label == f or seg.text.rstrip().endswith(":")):
        # the label again inside its own value: the value's own heading (`Біліктілікке қойылатын
        # талаптар: Жоғары ...`); right after the label, before any value, it is the row's own
        # label under a cell that groups rows (`Требования к квалификации:` over
        # `Квалификационные требования`)
        new = st.fork()
        new.add(("v", f), i)
        return [new]
    new = st.fork(field=f, label_open=seg.variant.rstrip().endswith("..."), brk=None, reprint=None)
    if section == "tail" or st.section in ("top", "tail"):
        new.section = section
    elif st.section in ("summary", "rows"):
        new.note(f"the '{f}' row printed among the function rows")
        new.section = section
    if st.pending and _cut_open_label(ctx, seg, st.pending[0]):
        # a label that names an act opened the page in lower case: its head is the first block
        # the row printed before the break (the label column), the value's top came after it
        new.note(f"{ctx.segs[st.pending[0]].text[:40]!r} read as the head of the '{f}' label")
        new.pending = st.pending[1:]
    if new.pending:
        moved = new.pending
        new.cells[("v", f)] = moved + new.cells.get(("v", f), ())
        new.note(f"text printed before the '{f}' label moved to it from '{st.field}' (raw lines "
                 f"{ctx.segs[moved[0]].linenos[0]}-{ctx.segs[moved[-1]].linenos[1]})")
    new.pending = ()
    new.cells.setdefault(("v", f), ())
    again = _read_again(ctx, st, f)
    if again:
        new.score += ROW_AGAIN
        return [new, _label_words_as_value(st, i)]
    return [new]


def _read_again(ctx, st: State, f: str) -> bool:
    """The label of a row this reading has filled already, which the template prints once, under
    an open row: its words may be that row's value (a link row naming another register's
    `Квалификационные требования к ...`; the header cells of the related occupations' table,
    `Уровень квалификации по ОРК | Наименование профессии`)."""
    row, open_row = ctx.template.row(f), ctx.template.row(st.field) if st.field else None
    return st.section in ("top", "tail") and not row.repeats and st.has(("v", f)) and open_row is not None \
        and open_row.key != f and open_row.value != "none" and not st.pending


def _label_words_as_value(st: State, i: int) -> State:
    new = st.fork(LABEL_WORDS_AS_VALUE)
    new.add(("v", st.field), i)
    return new


def _cut_open_label(ctx, label: Seg, head: int) -> bool:
    text = ctx.segs[head].text.rstrip()
    return label.variant.startswith("...") and lower_start(label.text) and not text.endswith((".", ";", ":")) \
        and not lower_start(text)


def value_text(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if st.field is None:
        new = st.fork()
        new.note(f"text before any label: {seg.text[:60]!r}")
        return [new]
    out = _label_parts(ctx, st, seg)
    if st.pending:
        return out + _still_waiting(ctx, st, i, seg)
    new = st.fork(brk=2 if st.brk is not None else None)
    new.add(("v", st.field), i)
    out.append(new)
    if _may_wait(ctx, st, i, seg) and not _fits(ctx, st, seg):
        out.append(_wait(ctx, st, i, seg))
    out += _lost_label(ctx, st, i, seg)
    if st.section == "tail" and seg.block_start:
        out += known_row(ctx, st, i, seg)
    return out


def _label_parts(ctx, st: State, seg: Seg) -> list[State]:
    """A block that is part of the open row's label cell, cut by a page break: its words alone,
    or the rest of a label that runs to its cell's end."""
    out = []
    if seg.block_start and (st.brk == 1 or st.section == "tail") and ctx.label_fragment(seg, st.field):
        out.append(st.fork(LABEL_FRAGMENT))
    key = ("v", st.field)
    if st.brk == 1 and seg.block_start and st.has(key):
        out.append(_label_rest(ctx, st, seg, key))
    return out


def _still_waiting(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """The blocks moved to the next row's label are the last ones before the break, none of them
    shaped like this row's value."""
    if not seg.block_start:
        return [st.fork(pending=st.pending + (i,))]
    if _may_wait(ctx, st, i, seg) and not _fits(ctx, st, seg):
        return [_wait(ctx, st, i, seg)]
    return []


def known_row(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """A tail row whose label was not printed, known by the value an earlier card of the act gives it."""
    out = []
    for key in ctx.known_rows(i):
        if key == st.field or st.has(("v", key)):
            continue
        if st.field and ctx.template.order(key) < ctx.template.order(st.field):
            continue
        new = st.fork(LABEL_FRAGMENT, section="tail", field=key, brk=None, reprint=None, expect=frozenset())
        new.add(("v", key), i)
        new.note(f"{seg.text[:40]!r} read as the '{key}' row, whose label was not printed "
                 "(an earlier card gives it the same value)")
        out.append(new)
    return out


def _label_rest(ctx, st: State, seg: Seg, key) -> State:
    """The rest of a label cell a page break cut (`... характеристикам должностей` | value |
    break | `руководителей, специалистов ...`): the label column prints first, so it is the
    first block after the break; a value that was whole before the break does not go on in
    lower case. A label that names an act runs to its cell's end and goes on more often."""
    value = ctx.text(key, st)
    if finished(value) and lower_start(seg.text):
        score = LABEL_RUNS_ON + (1.0 if st.label_open else 0.0)
    else:
        score = -1.0
    return st.fork(score, brk=1)


def _may_wait(ctx, st: State, i: int, seg: Seg) -> bool:
    """A block printed just before a page break that opens with the next row's label may be the
    top of that row's value (the label cell is centred and landed on the next page); the first
    block of the open row stays with it."""
    return ctx.label_after_break[i] and seg.block_start and st.has(("v", st.field))


def _fits(ctx, st: State, seg: Seg) -> bool:
    """Does the block read as this row's value: shaped like its first entry, or the name that
    completes an entry whose first block was only its key (a level printed alone on its line)?"""
    shape = ctx.template.row(st.field).shape
    if has_shape(shape, seg.text, ctx.vocab):
        return True
    idx = st.cells.get(("v", st.field), ())
    prev = ctx.segs[idx[-1]].text.strip() if idx else ""
    return shape == "level" and bool(BARE_LEVEL.fullmatch(prev))


def _wait(ctx, st: State, i: int, seg: Seg) -> State:
    shaped = ctx.template.row(st.field).shape != "any"
    score = MOVED_TO_NEXT_ROW if shaped else MOVED_TO_NEXT_ROW / 2
    return st.fork(score, pending=st.pending + (i,))


def _lost_label(ctx, st: State, i: int, seg: Seg) -> list[State]:
    """A tail row whose label was not printed, known by the shape of its value (a level)."""
    if st.section != "tail" or not seg.block_start:
        return []
    out = []
    for row in ctx.template.rows:
        if row.section == "tail" and row.shape == "level" and row.key != st.field and not st.has(("v", row.key)) \
                and ctx.template.order(row.key) > ctx.template.order(st.field) and has_shape("level", seg.text, ctx.vocab):
            new = st.fork(1.0, field=row.key, brk=None)
            new.add(("v", row.key), i)
            new.note(f"{seg.text[:40]!r} read as the '{row.key}' row, whose label was not printed")
            out.append(new)
    return out


# ---------------------------------------------------------------- the card's list of functions

def summary_label(ctx, st: State, i: int, seg: Seg) -> list[State]:
    f = seg.field
    if st.section == "rows" or st.past_rows:
        if f != "labor_functions" and st.section == "rows" and _rows_were_list(ctx, st, f):
            return [_rows_to_list(st, "additional" if f == "additional_functions" else "mandatory")]
        return [st]  # the label printed again on a new page
    new = st.fork(section="summary", field=None, brk=None)
    if f == "additional_functions":
        new.summary_kind = "additional"
    elif f == "mandatory_functions":
        new.summary_kind = "mandatory"
    if st.pending:
        # the list's first entries, printed before its label (centred, on the next page)
        new.cells[("sum", new.summary_kind)] = st.pending + new.cells.get(("sum", new.summary_kind), ())
        new.pending = ()
        new.note(f"text printed before the '{f}' label moved to it")
    return [new]


def summary_text(ctx, st: State, i: int, seg: Seg) -> list[State]:
    if ctx.label_fragment(seg, "labor_functions"):
        return [st.fork()]
    heads = _list_header(ctx, st, seg)
    if heads:
        return [st.fork(list_columns=st.list_columns + heads)]
    new = st.fork(brk=None)
    if BARE_NUMBER.match(seg.text):
        # the number column of a list printed as a table (`№ | Name`): the entry's number, its
        # name in the next cell
        new.cells[("sumf", st.summary_kind, int(re.match(r"\s*(\d+)", seg.text).group(1)))] = ()
        return [new]
    if "number" in st.list_columns and _table_row(ctx, new, i, seg):
        return [new]
    if "kind" in st.list_columns and (kind := kind_cell(seg.text, ctx.vocab.lang)):
        return [_list_kind_cell(st, kind)]
    last = _last_entry(st)
    if last and last[0] == "sumf" and last[1] == st.summary_kind and (
            not st.has(last) or item_number(seg.text) is None):
        new.add(last, i)
    else:
        new.add(("sum", st.summary_kind), i)
    return [new]


def _last_entry(st: State):
    return next((k for k in reversed(list(st.cells)) if k[0] in ("sum", "sumf")), None)


def _list_header(ctx, st: State, seg: Seg) -> tuple[str, ...]:
    """The header row of a list printed as a table (`№ | Еңбек функциясының атауы`, `№ |
    Наименование трудовой функции | Вид трудовой функции`), in one cell or a cell per column,
    before its first entry: the kinds of its columns, or ()."""
    from .labels import column_headings
    if any(k[0] in ("sum", "sumf") for k in st.cells):
        return ()
    heads = column_headings(seg.text, ctx.vocab.lang) or ()
    if not heads or not set(heads) <= LIST_COLUMNS or not (set(heads) | set(st.list_columns)) & {"number", "function"}:
        return ()
    return heads


# the columns of a card's list of functions printed as a table
LIST_COLUMNS = frozenset({"number", "function", "kind"})
# a row of such a table read as one line: its number, then its name (and its kind)
_ROW_NUMBER = re.compile(r"^\s*(\d{1,2})\s*[.)]?\s+(?=[^\W\d_])")
_LAST_WORD = re.compile(r"\s([^\W\d_]+)[\s.;,]*$")


def _table_row(ctx, new: State, i: int, seg: Seg) -> bool:
    """A row of the list's table read as one line (`4 Name дополнительная`): its number opens
    the entry, its name is the entry's text, and where the kind column follows the name, the
    kind word that ends the line is the entry's kind (the numbers may run on over the kinds)."""
    m = _ROW_NUMBER.match(seg.text)
    if not m:
        return False
    kind, end = new.summary_kind, len(seg.text)
    w = _LAST_WORD.search(seg.text, m.end()) if _kind_after_name(new.list_columns) else None
    if w and (printed := kind_cell(w.group(1), ctx.vocab.lang)):
        kind, end = printed, w.start(1)
    _, name = ctx.split(i, m.end())
    if end < len(seg.text):
        name, _ = ctx.split(name, end - m.end())
    new.cells[("sumf", kind, int(m.group(1)))] = (name,)
    return True


def _kind_after_name(columns: tuple[str, ...]) -> bool:
    """The kind column is each row's own cell after its name (a kind column before the rows'
    numbers is a cell merged down the rows of one kind, printed once before them)."""
    return "kind" in columns and columns.index("kind") > 0


def _list_kind_cell(st: State, kind: str) -> State:
    """A cell of the list's kind column: after the name, the kind of the entry just read (its
    key takes the kind); before the rows, the kind of those that follow it."""
    last = _last_entry(st)
    if not _kind_after_name(st.list_columns) or not last or last[0] != "sumf":
        return st.fork(brk=None, summary_kind=kind)
    new = st.fork(brk=None)
    new.cells[("sumf", kind, last[2])] = new.cells.pop(last)
    return new


def _rows_were_list(ctx, st: State, f: str) -> bool:
    """Only function labels with their names were read and the list of this kind has not begun:
    when the list's label comes after them (its label cell centred, pushed to the next page),
    they were its first entries."""
    kind = "additional" if f == "additional_functions" else "mandatory"
    begun = any(k[0] in ("sum", "sumf") and k[1] == kind for k in st.cells) if kind == "additional" \
        else any(k[0] in ("sum", "sumf") for k in st.cells)
    return bool(st.funcs) and not begun and all(fn.labelled and not fn.tasks for fn in st.funcs)


def _rows_to_list(st: State, kind: str) -> State:
    new = st.fork(section="summary", summary_kind=kind, field=None, brk=None, funcs=(), cur_list=None,
                  expect=frozenset())
    for fi, fn in enumerate(st.funcs):
        new.cells[("sumf", kind if kind == "additional" else fn.kind, fn.no)] = new.cells.pop(("fn", fi), ())
    new.note(f"{len(st.funcs)} function label(s) printed before the label of the card's list of functions "
             f"({kind}): read as the list's first entries")
    return new
