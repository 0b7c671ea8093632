"""Repaired blocks -> the act's running paragraphs (outside the card tables).

The body of an act prints each paragraph, sub-paragraph, list line and note on
a line of its own, indented; its continuation lines are not indented, and may
run on after a page break in a new block. A `Para` is one such printed unit,
with its text joined and its raw lines kept.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import units
from .joining import pair_join
from .lexicon import Lexicon
from .lists import Acc
from .text import RepairedText

SENTENCE_END = (".", ":", ";", "!", "?")


@dataclass
class Para:
    acc: Acc = field(default_factory=Acc)
    indented: bool = False
    block: int = 0
    page_break: bool = False
    kept_space: bool = False

    @property
    def text(self) -> str:
        return self.acc.text

    @property
    def span(self):
        return self.acc.span()


def _starts_paragraph(cur: Para | None, ln, first_in_block: bool, page_break: bool, lang: str) -> bool:
    """Whether a line opens a paragraph: an indented line does; so does the first line of a block
    after a blank line, except at a page break or where the sentence visibly goes on (a
    lower-case start after an unfinished sentence). A chapter heading after a page break opens
    one even after a table's last cell with no stop (`–`, a dash for no experience), and one after
    a full stop opens one anywhere."""
    if ln.indent >= 2 or cur is None:
        return True
    if cur.text.rstrip().endswith(".") and _heading_at_start(ln.text, lang):
        # a centred chapter (or параграф) heading as wide as the page is hardly indented (a
        # PDF's): after a finished sentence it is a heading of its own, not the sentence going on
        return True
    if not first_in_block or "link-at-start" in ln.fixes:
        return False
    ended = cur.text.rstrip().endswith(SENTENCE_END)
    starts_new = ln.text[:1].isupper() or ln.text[:1].isdigit() or ln.text[:1] in "\"«"
    if page_break:
        return ended and starts_new or starts_new and units.chapter_at_start(ln.text, lang) is not None
    return ended or starts_new


def _heading_at_start(text: str, lang: str) -> bool:
    return units.chapter_at_start(text, lang) is not None or units.section_at_start(text, lang) is not None


def paragraphs(doc: RepairedText, lexicon: Lexicon, start_block: int = 0, end_block: int | None = None) -> list[Para]:
    """The paragraphs of the blocks (all by default), read once per text and lexicon: the
    occupation list, the requirements and the amendments readers all ask (they only read them)."""
    key = ("paragraphs", id(lexicon), start_block, end_block)
    hit = doc.derived.get(key)
    if hit is None:
        hit = doc.derived[key] = _paragraphs(doc, lexicon, start_block, end_block)
    return hit


def _paragraphs(doc: RepairedText, lexicon: Lexicon, start_block: int, end_block: int | None) -> list[Para]:
    out: list[Para] = []
    cur: Para | None = None
    blocks = doc.blocks[start_block:end_block]
    for bi, block in enumerate(blocks, start=start_block):
        for li, ln in enumerate(block.lines):
            first_in_block = li == 0
            if _starts_paragraph(cur, ln, first_in_block, block.page_break_before, doc.lang):
                cur = Para(indented=ln.indent >= 2, block=bi, page_break=first_in_block and block.page_break_before)
                out.append(cur)
                cur.acc.add(ln.text, [0], [(0, ln.lineno)], " ")
            else:
                joiner = block.joins[li - 1] if li > 0 else pair_join(cur.text, ln.text, cur.kept_space, lexicon)
                cur.acc.add(ln.text, [0], [(0, ln.lineno)], joiner)
            cur.kept_space = ln.trailing > 0
    return out


NUMBERED = re.compile(r"^(\d+)\.\s")
SUBNUMBERED = re.compile(r"^(\d+)\)\s")


def number_of(text: str) -> str | None:
    m = NUMBERED.match(text)
    return m.group(1) if m else None
