"""A card's label/text segments -> the cells they fill, by one decision over the whole card.

The extraction printed the card's table cell by cell, and a page break inside a
row printed each cell's rest after the break in column order (see cards.py).
Where a piece of text goes is therefore not always where it was printed. The
parser keeps several readings of the card at once (a beam): for every segment
each reading branches into the places the segment may go (the open row's value,
a function's or a task's name, a list, the next row's value, nowhere), each
branch scored by the evidence for it (card_evidence.py), and the best readings
go on. At the card's end, whole-card evidence is added (names that match the
card's list of functions, lists numbered without gaps, no row left empty) and
the best reading wins. So a choice that looks right locally but leaves a list
with a gap or a function without a name loses to the one that explains the
whole card.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import card_columns, card_rows, card_top
from .card_evidence import LIST_NUMBER
from .card_state import State
from .card_template import Template, card_template
from .card_values import similar
from .lists import Acc
from .segments import Seg
from .vocabulary import Vocabulary, vocabulary

_WORD = re.compile(r"\w+")

BEAM = 10
MARGIN = 15.0  # readings further than this behind the best are dropped

# whole-card evidence
NO_NAME = -4.0
EMPTY_LIST = -3.0
NUMBER_GAP = -2.0
LEFT_WAITING = -5.0
LISTED_NOT_READ = -1.0
NO_ITEMS = -3.0  # a function row with no skills or knowledge at all
UNCONFIRMED_TASK = -1.0  # a task a list opened that no label or name ever confirmed, beside labelled ones
NAME_AS_LISTED = 1.5


@dataclass
class Context:
    """What every decision about one card may consult: its segments, the document's vocabulary,
    the card template, and memos of cell texts (states share them: segments never change)."""

    segs: list[Seg]
    vocab: Vocabulary
    template: Template
    # the values earlier cards of the act gave each tail row: a row whose label was not printed
    # is known by them
    known: dict = field(default_factory=dict)
    _texts: dict = field(default_factory=dict)
    _listed: dict = field(default_factory=dict)
    _splits: dict = field(default_factory=dict)
    _known: dict = field(default_factory=dict)
    _gaps: dict = field(default_factory=dict)
    _fragments: dict = field(default_factory=dict)

    def __post_init__(self):
        n = len(self.segs)
        self.headers = card_columns.header_rows(self.segs, self.vocab.lang)
        self.in_header = {k for start, (end, _) in self.headers.items() for k in range(start + 1, end)}
        self.label_after_break = [False] * n
        self.break_next = [False] * n
        nxt_label = None
        for i in range(n - 1, -1, -1):
            s = self.segs[i]
            self.break_next[i] = i + 1 < n and self.segs[i + 1].page_break
            self.label_after_break[i] = nxt_label is not None and self._only_break_between(i, nxt_label)
            if s.kind == "label":
                nxt_label = i

    def _only_break_between(self, i: int, j: int) -> bool:
        """The label at j opens a page, and nothing but text of the page before lies between i and j."""
        lab = self.segs[j]
        return lab.page_break and self.template.section(lab.field) in ("top", "tail", "summary") \
            and all(self.segs[k].kind == "text" for k in range(i + 1, j))

    def text(self, key, st: State) -> str:
        idx = st.cells.get(key, ())
        got = self._texts.get(idx)
        if got is None:
            got = " ".join(self.segs[i].text for i in idx)
            self._texts[idx] = got
        return got

    def acc(self, idx: tuple[int, ...]) -> Acc:
        acc = Acc()
        for i in idx:
            s = self.segs[i]
            acc.add(s.text, s.starts, s.marks, " ", s.paragraphs)
        return acc

    def listed(self, st: State) -> dict[tuple[str, int], str]:
        """(kind, no) -> name of every function the card's list names, in this reading."""
        keys = tuple((k, v) for k, v in st.cells.items() if k[0] in ("sum", "sumf"))
        got = self._listed.get(keys)
        if got is None:
            got = listed_functions(self, keys)
            self._listed[keys] = got
        return got

    def known_rows(self, i: int) -> list[str]:
        """The tail rows whose value, as earlier cards of the act give it, segment i repeats."""
        got = self._known.get(i)
        if got is None:
            from .card_values import similar_at_least
            text = self.segs[i].text
            got = [key for key, values in self.known.items() if self.template.section(key) == "tail"
                   and any(similar_at_least(v, text, 0.8) for v in values)]
            self._known[i] = got
        return got

    def split(self, i: int, at: int) -> tuple[int, int]:
        """Segment i cut at offset `at` into two new segments (a name and a list printed on one line)."""
        got = self._splits.get((i, at))
        if got is None:
            from .segments import rest_of
            s = self.segs[i]
            head = rest_of(s, 0)
            head.text = s.text[:at].rstrip()
            head.starts = [o for o in head.starts if o < len(head.text)] or [0]
            head.paragraphs = [o for o in head.paragraphs if o < len(head.text)]
            head.marks = [(o, ln) for o, ln in head.marks if o < len(head.text)] or head.marks[:1]
            head.kept_space = False
            tail = rest_of(s, at)
            tail.page_break = tail.block_start = False
            self.segs.extend([head, tail])
            got = (len(self.segs) - 2, len(self.segs) - 1)
            self._splits[(i, at)] = got
        return got

    def label_fragment(self, seg: Seg, fld: str) -> bool:
        """Is the segment's text made of the field's label words (asked by every reading)?"""
        got = self._fragments.get((seg.text, fld))
        if got is None:
            from .labels import field_words
            words = _WORD.findall(seg.text.casefold())
            bag = field_words(self.vocab.lang, fld)
            got = bool(words) and len(words) <= 12 and sum(w in bag for w in words) >= 0.8 * len(words)
            self._fragments[(seg.text, fld)] = got
        return got

    def number_gaps(self, text: str) -> int:
        """number_gaps of a list's text: the final readings share most of their lists."""
        got = self._gaps.get(text)
        if got is None:
            got = self._gaps[text] = number_gaps(text)
        return got


def listed_functions(ctx: Context, entries) -> dict[tuple[str, int], str]:
    from .card_values import clean_name, listed_entries
    out: dict[tuple[str, int], str] = {}
    counters = {"mandatory": 0, "additional": 0}
    for key, idx in entries:
        if key[0] == "sumf":
            _, kind, no = key
            name = clean_name(" ".join(ctx.segs[i].text for i in idx))
            if name:
                counters[kind] = no
                out[(kind, no)] = name
            continue
        for kind, no, name, _ in listed_entries(ctx.acc(idx), key[1], counters, ctx.vocab):
            out[(kind, no)] = name
    return out


def step(ctx: Context, st: State, i: int) -> list[State]:
    seg = ctx.segs[i]
    if seg.page_break and st.section in ("top", "rows", "tail", "summary"):
        st = st.fork(brk=1, took=frozenset(), page_list=None, task_after_list=False)
    if st.section == "end":
        return [st]
    if i in ctx.headers:
        out = [card_columns.enter(st, ctx.headers[i][1])]
    elif i in ctx.in_header:
        out = [st]
    elif seg.kind == "label":
        out = label_actions(ctx, st, i, seg)
    else:
        out = text_actions(ctx, st, i, seg)
    if not out:
        lost = st.fork(-10.0)
        lost.note(f"text not placed: {seg.text[:60]!r} (raw lines {seg.linenos[0]}-{seg.linenos[1]})")
        out = [lost]
    for s in out:
        s.last_label = seg.field if seg.kind == "label" else None
    return out


def label_actions(ctx: Context, st: State, i: int, seg: Seg) -> list[State]:
    section = ctx.template.section(seg.field)
    if seg.field == "card_start":
        return [st]
    if section in ("top", "tail"):
        return card_top.row_label(ctx, st, i, seg)
    if section == "summary":
        if st.columns and seg.field != "labor_functions":
            return [card_columns.sub_heading(st, seg.field)]
        return card_top.summary_label(ctx, st, i, seg)
    if section == "rows":
        return card_rows.row_label(ctx, st, i, seg)
    if section == "end":
        return [st.fork(section="end")]
    return [st]


def text_actions(ctx: Context, st: State, i: int, seg: Seg) -> list[State]:
    if st.section in ("top", "tail"):
        return card_top.value_text(ctx, st, i, seg)
    if st.section == "summary":
        return card_top.summary_text(ctx, st, i, seg)
    if st.columns:
        return card_rows.row_text(ctx, st, i, seg) + card_columns.cell_text(ctx, st, i, seg)
    return card_rows.row_text(ctx, st, i, seg)


def parse(segs: list[Seg], lang: str, known: dict | None = None) -> tuple[Context, State]:
    ctx = Context(segs, vocabulary(lang), card_template(), known or {})
    beam = [State()]
    for i in range(len(segs)):
        beam = prune([s for st in beam for s in step(ctx, st, i)])
    finals = [(s.score + whole_card(ctx, s), k, s) for k, s in enumerate(beam)]
    return ctx, max(finals, key=lambda f: (f[0], -f[1]))[2]


def prune(grown: list[State]) -> list[State]:
    """The best BEAM readings, each once: readings that put every piece in the same place and stand
    at the same point of the card are one, whatever way they came there."""
    grown.sort(key=lambda s: -s.score)
    best = grown[0].score
    seen: dict[tuple, list[State]] = {}  # the readings kept, by their point of the card
    out = []
    for s in grown:
        if s.score < best - MARGIN or len(out) == BEAM:
            break
        # the same cells: compared as dicts among the readings at the same point only (a set of
        # every reading's cells, hashed whole, cost more than the rest of the choice)
        same_point = seen.setdefault(s.position(), [])
        if not any(s.cells == kept.cells for kept in same_point):
            same_point.append(s)
            out.append(s)
    return out


def whole_card(ctx: Context, st: State) -> float:
    """Evidence only the whole reading shows."""
    score = LEFT_WAITING * (len(st.pending) + (1 if st.floating else 0))
    score += card_columns.TASK_WITHOUT_LISTS * card_columns.tasks_without_lists(st)
    listed = ctx.listed(st)
    for fi, fn in enumerate(st.funcs):
        score += _function_evidence(ctx, st, fi, fn, listed.get((fn.kind, fn.no)))
    if st.funcs:
        rows = st.row_numbers()
        score += LISTED_NOT_READ * sum(1 for k in listed if k not in rows)
    return score


def _function_evidence(ctx: Context, st: State, fi: int, fn, want: str | None) -> float:
    """A function row: a name (as the card's list gives it), lists without gaps, no empty lists,
    some items, no task nothing confirmed."""
    name = ctx.text(("fn", fi), st)
    score = NO_NAME if not name and not want else 0.0
    if name and want:
        score += NAME_AS_LISTED * (similar(name, want) - 0.5)
    items = 0
    for ti, task in enumerate(fn.tasks):
        for kind in task.lists:
            text = ctx.text(("ls", fi, ti, kind), st)
            items += bool(text.strip())
            score += EMPTY_LIST if not text.strip() else NUMBER_GAP * _list_gaps(ctx, st, ("ls", fi, ti, kind), text)
        if not task.labelled and not st.has(("tn", fi, ti)) and any(t.labelled for t in fn.tasks):
            score += UNCONFIRMED_TASK
    return score + (NO_ITEMS if not items else 0.0)


def _list_gaps(ctx: Context, st: State, key, text: str) -> int:
    """number_gaps of a list, each part of a skills cell numbered from 1 again counted apart
    (card_sub_lists.py)."""
    idx = st.cells.get(key, ())
    if not any(ctx.segs[i].restarts for i in idx):
        return ctx.number_gaps(text)
    parts: list[list[str]] = [[]]
    for i in idx:
        if ctx.segs[i].restarts:
            parts.append([])
        parts[-1].append(ctx.segs[i].text)
    return sum(ctx.number_gaps(" ".join(p)) for p in parts if p)


def number_gaps(text: str) -> int:
    """Item numbers of one style that do not follow the one before (`1. 2. 4.`)."""
    gaps = 0
    last: dict[str, int] = {}
    for m in LIST_NUMBER.finditer(" " + text + " "):
        n, style = int(m.group(1)), m.group(0).strip()[-1]
        prev = last.get(style)
        if prev is not None and n != prev + 1 and not (n == 1 and style == ")"):
            gaps += 1
        last[style] = n
    return gaps
