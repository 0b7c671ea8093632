"""Repaired blocks -> a stream of labels and text pieces (the card's cells, in print order).

The extraction linearised the card tables cell by cell; a block may hold one
cell, part of one, or a label and its value on one line. Labels are looked for
where a printed line starts (and, for numbered task and function labels, after
a sentence end), so each label and the text that follows it become separate
segments. Segments keep their line starts and raw line numbers.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field as dc_field

from .labels import LabelMatch, match_at
from .text import Block

NUMBERED = ("task", "function", "function_additional")


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
        for m in re.finditer(r"[.;:]\s+(?=\d{1,2}\s*-|Тапсырма|Задача)", text):
            candidates.add(m.end())
        candidates |= cells
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
            segs.append(Seg("label", lm.field, lm.number, text[p:lm.end].strip(), [0], label_marks,
                            block=first_block_index + bi, page_break=b.page_break_before and first,
                            block_start=first, variant=lm.variant))
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
    return segs
