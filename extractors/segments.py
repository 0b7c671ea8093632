"""Repaired blocks -> a stream of labels and text pieces (the card's cells, in print order).

The extraction linearised the card tables cell by cell; a block may hold one
cell, part of one, or a label and its value on one line. Labels are looked for
where a printed line starts (and, for numbered task and function labels, after
a sentence end), so each label and the text that follows it become separate
segments. Segments keep their line starts and raw line numbers. A label a page
break cut in two (its first words before the break, its rest among the first
blocks of the next page) becomes one label where its first words were printed.
"""
from __future__ import annotations

import heapq
import re
from dataclasses import dataclass, field as dc_field
from functools import lru_cache

from .labels import LabelMatch, match_across, match_at, match_glued_head, match_label_end
from .text import Block

NUMBERED = ("task", "function", "function_additional")
# a numbered label glued after the words of another cell on one printed line (`ұйымдастыру
# 2-міндет Біліктілік пен дағдылар:`): counted only where its line ends or another label follows
_GLUED_NUMBERED = re.compile(r"(?<=[^\W\d]\s)(?=\d{1,2}\s*[-–]\s*[^\W\d])")


def _ends_line_or_labels(text: str, end: int, lang: str, line_ends: frozenset[int]) -> bool:
    rest = text[end:]
    q = end + len(rest) - len(rest.lstrip())
    return not rest.strip() or (q - 1) in line_ends or end in line_ends or match_at(text, q, lang) is not None


@dataclass
class Seg:
    kind: str  # label | text
    field: str | None = None
    number: int | None = None
    text: str = ""
    starts: list[int] = dc_field(default_factory=list)  # offsets where a printed line starts at a word boundary
    marks: list[tuple[int, int]] = dc_field(default_factory=list)  # (offset, raw lineno)
    block: int = 0
    page_break: bool = False  # first segment of a block that opens a page
    block_start: bool = False
    kept_space: bool = False  # the raw line this segment ends on kept a trailing space
    variant: str = ""
    restarts: bool = False  # the later part of a skills cell, numbered from 1 again (card_sub_lists.py)
    # offsets where a paragraph of the page begins a line (HTML `<p>`; none in a text or a PDF)
    paragraphs: list[int] = dc_field(default_factory=list)

    @property
    def linenos(self) -> tuple[int, int]:
        lines = [ln for _, ln in self.marks] or [0]
        return min(lines), max(lines)


def _block_layout(b: Block) -> tuple[str, list[int], list[tuple[int, int]], dict[int, bool], set[int], list[int]]:
    text, starts, marks, kept, paragraphs = "", [], [], {}, []
    cells: set[int] = set()
    for ln, joiner in zip(b.lines, b.joins):
        if not text or (text and text[-1] == " "):
            starts.append(len(text))
            if ln.paragraph:
                paragraphs.append(len(text))
            if text and ln.indent == 1:
                # one space left where a label cell was: a new cell starts on this line
                cells.add(len(text))
        marks.append((len(text), ln.lineno))
        text += ln.text
        kept[len(text)] = ln.trailing > 0
        text += joiner
    return text, starts, marks, kept, cells, paragraphs


def _piece(text, starts, marks, kept, a, b, paragraphs=(), **kw) -> Seg | None:
    raw = text[a:b]
    lead = len(raw) - len(raw.lstrip())
    a += lead
    body = text[a:b].rstrip()
    if not body:
        return None
    end = a + len(body)
    seg_marks = [(max(o, a) - a, ln) for i, (o, ln) in enumerate(marks)
                 if o < end and (i + 1 == len(marks) or marks[i + 1][0] > a)]
    kept_space = any(v for k, v in kept.items() if end <= k <= b) or kept.get(end, False)
    return Seg("text", text=body, starts=[s - a for s in starts if a <= s < end] or [0],
               marks=seg_marks, kept_space=kept_space, paragraphs=[s - a for s in paragraphs if a <= s < end], **kw)


def segment_blocks(blocks: list[Block], lang: str, first_block_index: int = 0) -> list[Seg]:
    segs: list[Seg] = []
    for bi, b in enumerate(blocks):
        segs.extend(_BlockCutter(b, lang, first_block_index + bi).cut())
    from .card_paired_rows import paired_rows
    from .card_sub_lists import sub_list_labels
    segs = _without_row_numbers(_values_opening_with_their_label(segs))
    segs = _labels_across_breaks(_numbered_task_names(_values_under_a_header_row(segs)), lang)
    return paired_rows(sub_list_labels(segs, lang), lang)


def _values_opening_with_their_label(segs: list[Seg]) -> list[Seg]:
    """A row's value may be a sentence whose subject is the row's own words, a capital after them
    (`Еңбек жағдайлары (мазмұны мен сапасы)` | `Еңбек жағдайлары Еңбек кодексіне сәйкес ...`,
    `Условия труда (содержание и качество)` | `Условия труда Национального архива ...`), which
    alone reads as a bare label glued to its value: right after its row's label, a block that
    opens with a label of the same row and goes on in text is that row's value, not the label
    printed again."""
    rows = _two_column_fields()
    out: list[Seg] = []
    k = 0
    while k < len(segs):
        s = segs[k]
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if s.field in rows and out and nxt is not None and _own_label_again(out[-1], s, nxt):
            out.append(_joined(s, nxt))
            k += 2
            continue
        out.append(s)
        k += 1
    return out


def _own_label_again(prev: Seg, s: Seg, nxt: Seg) -> bool:
    """s opens its block with the label its row's label block (prev) printed, and text goes on
    after it in the block."""
    return s.kind == "label" and s.block_start and prev.kind == "label" and prev.field == s.field \
        and prev.block != s.block and nxt.kind == "text" and nxt.block == s.block


def _joined(label: Seg, rest: Seg) -> Seg:
    """One text segment of a block's label and the text after it (their layout kept)."""
    shift = len(label.text) + 1
    own_line = bool(rest.marks) and bool(label.marks) and rest.marks[0][1] != label.marks[0][1]
    starts = [0] + [shift + s for s in rest.starts if s > 0 or own_line]
    return Seg("text", text=label.text + " " + rest.text, starts=starts,
               marks=label.marks[:1] + [(shift + o, ln) for o, ln in rest.marks],
               block=label.block, page_break=label.page_break, block_start=label.block_start,
               kept_space=rest.kept_space, paragraphs=[shift + p for p in rest.paragraphs])


@lru_cache(maxsize=None)
def _two_column_fields() -> frozenset[str]:
    """The label | value rows around the functions (card_template.tsv) that hold a value."""
    from .card_template import card_template
    return frozenset(r.key for r in card_template().rows if r.section in ("top", "tail") and r.value != "none")


def _top_fields() -> frozenset[str]:
    from .card_template import card_template
    return frozenset(r.key for r in card_template().rows if r.section == "top")


def _values_under_a_header_row(segs: list[Seg]) -> list[Seg]:
    """The card's first rows printed as a grid: a header row of labels (`Кәсіп коды | Кәсіп атауы
    | …`) and one row of values under it. The extraction prints the labels, each a block of its
    own, then as many blocks of values before the next label: the k-th value is the k-th label's."""
    top = _top_fields()
    out: list[Seg] = []
    seen: set[str | None] = set()
    k = 0
    while k < len(segs):
        run = _label_run_end(segs, k, top)
        n = run - k
        # a card prints each of its first rows once: labels the card printed before head another
        # table (the related occupations' `Уровень ОРК | Наименование профессии`)
        fresh = n >= 2 and not seen.intersection(x.field for x in segs[k:run])
        if fresh and _a_row_of_values(segs[run:run + n + 1], n):
            for label, value in zip(segs[k:run], segs[run:run + n]):
                out += [label, value]
            passed, k = segs[k:run], run + n
        else:
            passed, k = segs[k:max(run, k + 1)], max(run, k + 1)
            out += passed
        seen.update(x.field for x in passed if x.kind == "label")
    return out


def _label_run_end(segs: list[Seg], k: int, fields: frozenset[str]) -> int:
    """Where a run of labels of these fields from k ends, each a block of its own with nothing after it."""
    run = k
    while run < len(segs) and segs[run].kind == "label" and segs[run].field in fields and segs[run].block_start \
            and (run + 1 == len(segs) or segs[run + 1].block_start):
        run += 1
    return run


def _a_row_of_values(segs: list[Seg], n: int) -> bool:
    """n blocks of text, then a label or the card's end."""
    values, after = segs[:n], segs[n:]
    return len(values) == n and all(v.kind == "text" and v.block_start for v in values) \
        and (not after or after[0].kind == "label")


# a number of the card table's own row-number column (`1.`, `7.2.`, `10.`): a value before the
# next row's label may be a bare number too (a level, `6`), never with the period after it
_ROW_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})*\.")
ROW_NUMBERS_LEAST = 3  # a column of them: one such piece may be a value that ends with a period


def _without_row_numbers(segs: list[Seg]) -> list[Seg]:
    """A card table with a column of row numbers prints each number as a cell of its own right
    before the row's label: a piece that is only such a number, opening its block, with a label
    opening the next block (or its own next line) is that column's, not a value, where the card
    has a column of them. The label takes over its place at the block's or page's start."""
    numbers = {k for k, s in enumerate(segs[:-1]) if _is_row_number(s, segs[k + 1])}
    if len(numbers) < ROW_NUMBERS_LEAST:
        return segs
    out: list[Seg] = []
    for k, s in enumerate(segs):
        nxt = segs[k + 1] if k + 1 < len(segs) else None
        if k in numbers:
            if nxt.block == s.block:
                nxt.block_start = s.block_start
            nxt.page_break = nxt.page_break or s.page_break
            continue
        out.append(s)
    return out


# a task's name numbered within its function, with no task word (`1.2. Жеке бағдарламаны әзірлеу`)
_FUNCTION_TASK_NUMBER = re.compile(r"(\d{1,2})\.(\d{1,2})\.?\s+(?=\S)")


def _numbered_task_names(segs: list[Seg]) -> list[Seg]:
    """A block that opens with a number whose first part is the open function's (`1.2.` under
    `Еңбек функциясы 1:`) names that function's task: the number is read as the task's label."""
    out: list[Seg] = []
    function = None
    for s in segs:
        if s.kind == "label" and s.field in ("function", "function_additional"):
            function = s.number
        m = _FUNCTION_TASK_NUMBER.match(s.text) if s.kind == "text" and s.block_start else None
        if m is None or function is None or int(m.group(1)) != function:
            out.append(s)
            continue
        label = Seg("label", "task", int(m.group(2)), m.group(0).strip(), [0], s.marks[:1], block=s.block,
                    page_break=s.page_break, block_start=True)
        rest = rest_of(s, m.end())
        rest.page_break = rest.block_start = False
        out += [label, rest]
    return out


def _is_row_number(s: Seg, nxt: Seg) -> bool:
    return s.kind == "text" and s.block_start and bool(_ROW_NUMBER.fullmatch(s.text.strip())) \
        and nxt.kind == "label" and (nxt.block_start or nxt.block == s.block)


class _BlockCutter:
    """One block cut into label and text segments.

    Labels are looked for where a printed line starts, after a sentence end (numbered labels
    only: `... беру. 2-міндет:`), where a cell starts inside a line, right after another label
    (`Еңбек функциялары: Міндетті еңбек функциялары:`), and glued after another cell's words
    when its line ends there or another label follows (`ұйымдастыру 2-міндет Біліктілік ...`)."""

    def __init__(self, b: Block, lang: str, index: int):
        self.text, self.starts, self.marks, self.kept, self.cells, self.paragraphs = _block_layout(b)
        self.lang, self.index, self.page_break = lang, index, b.page_break_before
        self.line_ends = frozenset(s - 1 for s in self.starts if s) | frozenset([len(self.text)])
        after_sentence = {m.end() for m in re.finditer(r"[.;:]\s+(?=\S)", self.text)}
        self.glued = {m.start() for m in _GLUED_NUMBERED.finditer(self.text)} - set(self.starts) - after_sentence
        # the offsets to try, smallest first (a label found adds the offset after it)
        self.candidates = sorted(set(self.starts) | after_sentence | self.cells | self.glued)
        self.chained: set[int] = set()
        self.segs: list[Seg] = []
        self.cur, self.first = 0, True

    def cut(self) -> list[Seg]:
        last = -1
        while self.candidates:
            p = heapq.heappop(self.candidates)
            if p <= last or p < self.cur:
                continue  # tried already, or inside a label (both bounds only grow)
            last = p
            lm = self._label_at(p)
            if lm:
                self._label(p, lm)
            elif p in self.cells:
                self._text_up_to(p)
                self.cur, self.first = p, True
        self._text_up_to(len(self.text))
        return self.segs

    def _label_at(self, p: int) -> LabelMatch | None:
        mid_line = p not in self.starts and p not in self.chained
        lm = match_at(self.text, p, self.lang, NUMBERED if mid_line else None, self.line_ends)
        if lm and p in self.glued and not _ends_line_or_labels(self.text, lm.end, self.lang, self.line_ends):
            return None
        return lm

    def _flags(self) -> dict:
        return {"block": self.index, "page_break": self.page_break and self.first, "block_start": self.first}

    def _text_up_to(self, p: int) -> None:
        piece = _piece(self.text, self.starts, self.marks, self.kept, self.cur, p, self.paragraphs, **self._flags())
        if piece:
            self.segs.append(piece)
            self.first = False

    def _label(self, p: int, lm: LabelMatch) -> None:
        self._text_up_to(p)
        text = self.text
        label_marks = [(0, ln) for o, ln in self.marks if o <= p][-1:]
        label_end = p + len(text[p:lm.end].rstrip())
        self.segs.append(Seg("label", lm.field, lm.number, text[p:lm.end].strip(), [0], label_marks,
                             kept_space=self.kept.get(label_end, False), variant=lm.variant, **self._flags()))
        self.first = False
        self.cur = lm.end
        q = self.cur + len(text[self.cur:]) - len(text[self.cur:].lstrip())
        if q < len(text):  # another label may follow on the same line
            heapq.heappush(self.candidates, q)
            self.chained.add(q)


def rest_of(seg: Seg, at: int) -> Seg:
    """The text segment `seg` holds from offset `at` on (its layout and flags kept)."""
    lead = len(seg.text[at:]) - len(seg.text[at:].lstrip())
    at += lead
    marks = [(max(o - at, 0), ln) for o, ln in seg.marks if o >= at] or \
        [(0, next((ln for o, ln in reversed(seg.marks) if o <= at), seg.linenos[1]))]
    return Seg("text", text=seg.text[at:], starts=[0] + [s - at for s in seg.starts if s > at],
               marks=marks, block=seg.block, page_break=seg.page_break, block_start=seg.block_start,
               kept_space=seg.kept_space, paragraphs=[s - at for s in seg.paragraphs if s >= at])


def _head_joiners(head: list[Seg]) -> tuple[str, ...]:
    """How a block (`head`, its segments) may join the rest of a label after a page break:
    "" when a word may be cut there. A label the vocabulary matched already (`Уровень
    профессионального образовани`, one letter off) may still have lost the end of its last
    word to the break; a block the segmenter split at a one-word label (`Кәсіптік` / `білім`
    of `Кәсіптік білім` | `деңгейі`) is read as the text it printed."""
    first, last = head[0], head[-1]
    if len(head) == 1 and first.kind == "label":
        if first.text.rstrip().endswith(":"):
            return ()
        # a line that kept its end space goes on in its cell: the label's next word may be the rest
        return (" ",) if first.kept_space else ("",)
    return (" ",) if last.kept_space else (" ", "")


def _rests_after(segs: list[Seg], b: int, most: int = 3) -> list[int]:
    """Where the rest of a cell cut by the page break at segs[b] may be: the first blocks of
    the next page (the rests of the cells before it in column order come first)."""
    out = []
    for k in range(b, len(segs)):
        if k > b and segs[k].page_break or len(out) == most:
            break
        if segs[k].block_start:
            out.append(k)
    return out


def _block_from(segs: list[Seg], j: int) -> list[Seg]:
    """The segments of segs[j]'s block from j on (a block's segments are contiguous)."""
    out = []
    for s in segs[j:]:
        if s.block != segs[j].block:
            break
        out.append(s)
    return out


def _label_rest(head: str, segs: list[Seg], j: int, lang: str, joiners: tuple[str, ...]):
    """The label `head` (a block's text) starts and the block at segs[j] goes on with, if any
    (see match_across). The rest may read as a label by itself (`трудовая функция 1` of
    `Дополнительная`, `дағдылар` of `Біліктілік` | `пен`): a label of the block is taken whole
    or not at all."""
    pieces = _block_from(segs, j)
    found = match_across(head, " ".join(p.text for p in pieces), lang, joiners)
    if not found:
        return None
    at = found[1]
    for p in pieces:
        if at <= 0:
            break
        if p.kind == "label" and at < len(p.text):
            return None
        at -= len(p.text) + 1
    return found


def _take_off(segs: list[Seg], j: int, taken: int) -> None:
    """Takes the first `taken` characters of the block at segs[j] (a label's rest) off its segments;
    what is left of the block opens the page in their place."""
    first = segs[j]
    k = j
    while taken > 0 and k < len(segs) and segs[k].block == first.block:
        s = segs[k]
        if taken >= len(s.text.strip()):
            segs[k] = Seg("text", text="", block=s.block)  # dropped by the caller
        else:
            segs[k] = rest_of(s, taken)
        taken -= len(s.text) + 1
        k += 1
    if k - 1 >= j and segs[k - 1].text:
        k -= 1  # the segment cut in the middle keeps what is left of it
    if k < len(segs) and segs[k].block == first.block:
        segs[k].page_break, segs[k].block_start = first.page_break, first.block_start


def _labels_across_breaks(segs: list[Seg], lang: str) -> list[Seg]:
    """Labels a page break cut in two become whole labels where their first part was printed.

    A row's cells print their lines of the first page one after the other, then those of the
    next page in the same order, so the rest of a cut label cell is among the first blocks
    after the break (the first one for a row label: `Требования к личностным` | value | break |
    `компетенциям`; after the function's and the task's rests for a list heading). The label
    takes the place of its first part; its rest is taken off the next page's text.
    When the first part is lost (the extraction may drop a short line that opens several
    pages), a page that opens with the end of a numbered label (`функциясы 2:`) still
    opens that label."""
    segs = list(segs)
    i = 0
    while i < len(segs):  # (a joined label may add a segment: the list is walked as it grows)
        b = next((k for k in range(i + 1, len(segs)) if segs[k].page_break), None)
        if b is not None and segs[i].block_start:
            _join_cut_label(segs, i, b, lang)
        i += 1
    segs = _label_ends_opening_pages([s for s in segs if s.kind == "label" or s.text.strip()], lang)
    return _rows_cut_after_their_labels(segs)


def _rows_cut_after_their_labels(segs: list[Seg]) -> list[Seg]:
    """A row a page break cut right after its cells' first lines: before the break, the head of
    the function cell's numbered label (`Еңбек функциясы`, its number on the next line) and the
    labels the next cells open with (`Дағды 3:`, `Біліктер:`); after it, the function cell
    printed again whole (`Еңбек функциясы 2: <name>`), then the rest of each cut cell, one block
    each, in column order. The head is dropped and each label put before its cell's rest."""
    out = list(segs)
    for b in range(len(out) - 1, 0, -1):
        head_at = _cut_row_head(out, b)
        if head_at is None:
            continue
        labels = out[head_at + 1:b]
        reprint = _block_from(out, b)
        after = b + len(reprint)
        rests = _blocks_from(out, after, len(labels))
        if rests is None:
            continue
        merged = list(reprint)
        for label, rest in zip(labels, rests):
            merged.append(label)
            merged.extend(rest)
        out[head_at:after + sum(map(len, rests))] = merged
    return out


def _cut_row_head(segs: list[Seg], b: int) -> int | None:
    """Where the cut head of the numbered label that opens the page at segs[b] was printed:
    a text block of its own, the label's first words without the number, followed up to the
    break by labels only, each a block of its own."""
    first = segs[b]
    if not _numbered_label_after_labels(segs, b):
        return None
    label = first.text.casefold().split()
    for k in range(b - 2, -1, -1):
        head = segs[k]
        words = head.text.casefold().split()
        # (the head alone may read as another label: `Трудовая функция` as `Трудовые функции`)
        if head.block_start and 0 < len(words) < len(label) and label[:len(words)] == words \
                and segs[k + 1].block_start:
            return k
        if head.kind != "label" or not head.block_start or head.field == first.field:
            return None
    return None


def _numbered_label_after_labels(segs: list[Seg], b: int) -> bool:
    """A numbered label with its number opens the page at segs[b], after a label block."""
    first, before = segs[b], segs[b - 1] if b else None
    return first.page_break and first.kind == "label" and first.field in NUMBERED and first.number is not None \
        and before is not None and before.kind == "label" and before.block_start


def _blocks_from(segs: list[Seg], j: int, n: int) -> list[list[Seg]] | None:
    """The n blocks from segs[j] on, each a text block (the rests of cut cells), or None."""
    out = []
    for _ in range(n):
        if j >= len(segs) or segs[j].kind != "text" or not segs[j].block_start:
            return None
        block = _block_from(segs, j)
        if any(s.kind != "text" for s in block):
            return None
        out.append(block)
        j += len(block)
    return out


def _join_cut_label(segs: list[Seg], i: int, b: int, lang: str) -> None:
    """The block at segs[i] as the first part of a label whose rest opens the page at segs[b]."""
    block = _block_from(segs, i)
    joiners = _head_joiners(block)
    if not joiners:
        return
    for j in _rests_after(segs, b):
        found = _label_rest(" ".join(p.text for p in block), segs, j, lang, joiners)
        if not found and _glued_head(segs, i, j, lang):
            return
        if found:
            lm, taken, label_text = found
            head = segs[i]
            for k in range(i + 1, i + len(block)):
                segs[k] = Seg("text", text="", block=head.block)  # now part of the label, dropped later
            segs[i] = Seg("label", lm.field, lm.number, label_text, [0], head.marks[:1] + segs[j].marks[:1],
                          block=head.block, page_break=head.page_break, block_start=True, variant=lm.variant)
            _take_off(segs, j, taken)
            return


def _label_ends_opening_pages(segs: list[Seg], lang: str) -> list[Seg]:
    """A page that opens with the end of a numbered label (`функциясы 2:`) whose first words were
    lost opens that label; the rest of its line is the label's value."""
    out: list[Seg] = []
    for s in segs:
        lm = match_label_end(s.text, lang) if s.kind == "text" and s.page_break else None
        if lm is None:
            out.append(s)
            continue
        out.append(Seg("label", lm.field, lm.number, s.text[:lm.end].strip(), [0], s.marks[:1], block=s.block,
                       page_break=True, block_start=True))
        rest = rest_of(s, lm.end)
        rest.page_break = rest.block_start = False
        if rest.text.strip():
            out.append(rest)
    return out


def _glued_head(segs: list[Seg], i: int, j: int, lang: str) -> bool:
    """A label head printed on one line with its value, its rest opening the next page
    (match_glued_head): the head becomes the label, the line's rest its value's first text."""
    head = segs[i]
    if head.kind != "text" or segs[j].kind != "text":
        return False
    found = match_glued_head(head.text, segs[j].text, lang)
    if not found:
        return False
    field, head_end, taken, label_text = found
    value = rest_of(head, head_end)
    value.page_break = value.block_start = False
    segs[i] = Seg("label", field, None, label_text, [0], head.marks[:1] + segs[j].marks[:1], block=head.block,
                  page_break=head.page_break, block_start=True)
    segs.insert(i + 1, value)
    _take_off(segs, j + 1, taken)
    return True
