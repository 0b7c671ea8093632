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

import re
from dataclasses import dataclass, field as dc_field

from .labels import LabelMatch, match_across, match_at, match_label_end
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

    @property
    def linenos(self) -> tuple[int, int]:
        lines = [ln for _, ln in self.marks] or [0]
        return min(lines), max(lines)


def _block_layout(b: Block) -> tuple[str, list[int], list[tuple[int, int]], dict[int, bool], set[int]]:
    text, starts, marks, kept = "", [], [], {}
    cells: set[int] = set()
    for ln, joiner in zip(b.lines, b.joins):
        if not text or (text and text[-1] == " "):
            starts.append(len(text))
            if text and ln.indent == 1:
                # one space left where a label cell was: a new cell starts on this line
                cells.add(len(text))
        marks.append((len(text), ln.lineno))
        text += ln.text
        kept[len(text)] = ln.trailing > 0
        text += joiner
    return text, starts, marks, kept, cells


def _piece(text, starts, marks, kept, a, b, **kw) -> Seg | None:
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
               marks=seg_marks, kept_space=kept_space, **kw)


def segment_blocks(blocks: list[Block], lang: str, first_block_index: int = 0) -> list[Seg]:
    segs: list[Seg] = []
    for bi, b in enumerate(blocks):
        text, starts, marks, kept, cells = _block_layout(b)
        line_ends = frozenset(s - 1 for s in starts if s) | frozenset([len(text)])
        candidates = set(starts)
        for m in re.finditer(r"[.;:]\s+(?=\S)", text):
            candidates.add(m.end())  # a numbered label after a sentence end (`... беру. 2-міндет:`)
        glued = {m.start() for m in _GLUED_NUMBERED.finditer(text)} - candidates
        candidates |= cells | glued
        cur = 0
        first = True
        last = -1
        chained: set[int] = set()
        while True:
            nxt = [c for c in sorted(candidates) if c > last and c >= cur]
            if not nxt:
                break
            p = last = nxt[0]
            mid_line = p not in starts and p not in chained
            lm: LabelMatch | None = match_at(text, p, lang, NUMBERED if mid_line else None, line_ends)
            if lm and p in glued and not _ends_line_or_labels(text, lm.end, lang, line_ends):
                lm = None
            if not lm and p in cells:
                piece = _piece(text, starts, marks, kept, cur, p, block=first_block_index + bi,
                               page_break=b.page_break_before and first, block_start=first)
                if piece:
                    segs.append(piece)
                cur, first = p, True
                continue
            if not lm:
                continue
            piece = _piece(text, starts, marks, kept, cur, p, block=first_block_index + bi,
                           page_break=b.page_break_before and first, block_start=first)
            if piece:
                segs.append(piece)
                first = False
            label_marks = [(0, ln) for o, ln in marks if o <= p][-1:]
            label_end = p + len(text[p:lm.end].rstrip())
            segs.append(Seg("label", lm.field, lm.number, text[p:lm.end].strip(), [0], label_marks,
                            block=first_block_index + bi, page_break=b.page_break_before and first,
                            block_start=first, kept_space=kept.get(label_end, False), variant=lm.variant))
            first = False
            cur = lm.end
            # labels may follow each other on one line: `Еңбек функциялары: Міндетті еңбек функциялары:`
            q = cur + len(text[cur:]) - len(text[cur:].lstrip())
            if q < len(text):
                candidates.add(q)
                chained.add(q)
        piece = _piece(text, starts, marks, kept, cur, len(text), block=first_block_index + bi,
                       page_break=b.page_break_before and first, block_start=first)
        if piece:
            segs.append(piece)
    return _labels_across_breaks(segs, lang)


def rest_of(seg: Seg, at: int) -> Seg:
    """The text segment `seg` holds from offset `at` on (its layout and flags kept)."""
    lead = len(seg.text[at:]) - len(seg.text[at:].lstrip())
    at += lead
    marks = [(max(o - at, 0), ln) for o, ln in seg.marks if o >= at] or \
        [(0, next((ln for o, ln in reversed(seg.marks) if o <= at), seg.linenos[1]))]
    return Seg("text", text=seg.text[at:], starts=[0] + [s - at for s in seg.starts if s > at],
               marks=marks, block=seg.block, page_break=seg.page_break, block_start=seg.block_start,
               kept_space=seg.kept_space)


def _head_joiners(head: list[Seg]) -> tuple[str, ...]:
    """How a block (`head`, its segments) may join the rest of a label after a page break:
    "" when a word may be cut there. A label the vocabulary matched already (`Уровень
    профессионального образовани`, one letter off) may still have lost the end of its last
    word to the break; a block the segmenter split at a one-word label (`Кәсіптік` / `білім`
    of `Кәсіптік білім` | `деңгейі`) is read as the text it printed."""
    first, last = head[0], head[-1]
    if len(head) == 1 and first.kind == "label":
        return () if first.kept_space or first.text.rstrip().endswith(":") else ("",)
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
    breaks = [i for i, s in enumerate(segs) if s.page_break]
    for i in range(len(segs)):
        b = next((k for k in breaks if k > i), None)
        if b is None or not segs[i].block_start:
            continue
        block = _block_from(segs, i)
        joiners = _head_joiners(block)
        if not joiners:
            continue
        for j in _rests_after(segs, b):
            found = _label_rest(" ".join(p.text for p in block), segs, j, lang, joiners)
            if found:
                lm, taken, label_text = found
                head = segs[i]
                for k in range(i + 1, i + len(block)):
                    segs[k] = Seg("text", text="", block=head.block)  # now part of the label, dropped below
                segs[i] = Seg("label", lm.field, lm.number, label_text, [0], head.marks[:1] + segs[j].marks[:1],
                              block=head.block, page_break=head.page_break, block_start=True, variant=lm.variant)
                _take_off(segs, j, taken)
                break
    out: list[Seg] = []
    for s in segs:
        if s.kind == "text" and not s.text.strip():
            continue
        lm = match_label_end(s.text, lang) if s.kind == "text" and s.page_break else None
        if lm is None:
            out.append(s)
            continue
        out.append(Seg("label", lm.field, lm.number, s.text[:lm.end].strip(), [0], s.marks[:1], block=s.block,
                       page_break=True, block_start=True))
        rest = rest_of(s, lm.end)
        rest.page_break = rest.block_start = False  # the label's own value, on its line
        if rest.text.strip():
            out.append(rest)
    return _heads_of_open_labels(out)


def _heads_of_open_labels(segs: list[Seg]) -> list[Seg]:
    """A label that names an act starts with any words (`... лауазымдарының типтік біліктілік
    сипаттамаларына сәйкес ... біліктілік деңгейі`); when it opens a page in lower case, its
    first words are the block printed last before the break (a text that ends no sentence)."""
    out: list[Seg] = []
    for s in segs:
        prev = out[-1] if out else None
        if s.kind == "label" and s.page_break and s.variant.startswith("...") and s.text[:1].islower() \
                and prev is not None and prev.kind == "text" and prev.block_start \
                and not prev.text.rstrip().endswith((".", ";", ":")):
            out[-1] = Seg("label", s.field, s.number, prev.text + " " + s.text, [0], prev.marks[:1] + s.marks[:1],
                          block=prev.block, page_break=prev.page_break, block_start=True, variant=s.variant)
            continue
        out.append(s)
    return out
