"""Section headings inside an occupation card (`Раздел 2. Трудовые функции`, `2-бөлім. Еңбек
функциялары`).

Some standards print each card as several tables, each under a heading of its own: general
facts, the labour functions, then the personal competencies and related occupations. Such a
heading belongs to no row: left in the card's text it would be read as the last words of the
cell before it (a knowledge item), or run into the card's title where the extraction printed
both on one line. Its forms (a word and the section's number) are in card.tsv
(`card_section`); what follows the number is the section's name, a short phrase.

A heading is recognised only as a whole block (or the end of the card's title line): a
sentence that mentions a section (`раздел 1 содержит …`) runs on with a verb and a full stop
and stays text.

Other standards print the heading as an outline number and the name alone (`1. Жалпы
ережелер`, `4. Связь с другими профессиями`). A bare number opens list items too, so such a
block is a heading only where its name is a section's name (`card_section_name`) or fills a
row's label: the first is dropped, the second keeps its label (the row follows under it).
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from .labels import match_at
from .text import Block
from .vocabulary import vocabulary

HEADING_WORDS = 16  # a section's name is a phrase, never a paragraph
_NAME = re.compile(r"[^\W\d_][^.;!?]*\.?")  # words up to an optional final period, no sentence inside
_OUTLINE_NUMBER = re.compile(r"\d{1,2}\.\s+(?=[^\W\d_])")  # `2. ` before a heading's name


@lru_cache(maxsize=None)
def _section_rx(lang: str) -> re.Pattern | None:
    """Every `card_section` form as one pattern: `N` the section's number, a hyphen optional."""
    forms = []
    for form in vocabulary(lang).forms("card_section"):
        parts = []
        for tok in re.findall(r"N|[^\W\d_]+|[-–]", form):
            parts.append(r"\d{1,2}" if tok == "N" else r"\s*[-–]?\s*" if tok in "-–" else re.escape(tok))
        rx = ""
        for i, p in enumerate(parts):
            glue = "" if i == 0 or parts[i - 1].endswith(r"\s*") or p.startswith(r"\s*") else r"\s+"
            rx += glue + p
        forms.append(rx)
    if not forms:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")\s*[.:]?\s+", re.IGNORECASE)


def _heading_from(text: str, rx: re.Pattern, at: int) -> bool:
    """Does a section heading start at `at` and fill the rest of the text?"""
    m = rx.match(text, at)
    if m is None:
        return False
    name = text[m.end():].strip()
    return bool(_NAME.fullmatch(name)) and len(name.split()) <= HEADING_WORDS and name[:1].isupper()


def is_section_heading(text: str, lang: str) -> bool:
    """Is the whole text a card's section heading?"""
    rx = _section_rx(lang)
    text = " ".join(text.split())
    return rx is not None and _heading_from(text, rx, 0)


def title_without_section(title: str | None, lang: str) -> str | None:
    """A card's title without a section heading printed after it on its line (`"Name" Раздел 1.
    Общие сведения`)."""
    rx = _section_rx(lang)
    if not title or rx is None:
        return title
    for m in rx.finditer(title):
        if m.start() > 0 and _heading_from(title, rx, m.start()):
            return title[:m.start()].rstrip()
    return title


@lru_cache(maxsize=None)
def _section_names(lang: str) -> frozenset[str]:
    return frozenset(_folded(f) for f in vocabulary(lang).forms("card_section_name"))


def _folded(text: str) -> str:
    return " ".join(text.replace(":", " ").split()).casefold()


def _outline_heading(b: Block, lang: str) -> tuple[bool, Block | None]:
    """Is the block a heading under an outline number (`3. Жеке құзыреттер`), and the block it
    leaves: None for a section's name, the label alone for a row's label."""
    first = b.lines[0].text
    m = _OUTLINE_NUMBER.match(first)
    if m is None:
        return False, b
    name = " ".join(b.text[m.end():].split())
    if not _NAME.fullmatch(name) or len(name.split()) > HEADING_WORDS or not name[:1].isupper():
        return False, b
    if _folded(name.rstrip(".")) in _section_names(lang):
        return True, None
    label = match_at(name, 0, lang)
    if label is None or name[label.end:].strip(" .:"):
        return False, b
    kept = replace(b.lines[0], text=first[m.end():])
    return True, Block([kept] + b.lines[1:], b.joins, b.page_break_before)


def without_section_headings(blocks: list[Block], lang: str) -> list[Block]:
    """The card's blocks without its section headings; a page break before a heading goes to
    the block after it (a page opens there)."""
    out: list[Block] = []
    carry = False
    for b in blocks:
        outlined, kept = _outline_heading(b, lang)
        if kept is None or not outlined and is_section_heading(b.text, lang):
            carry = carry or b.page_break_before
            continue
        b = kept
        out.append(Block(b.lines, b.joins, True) if carry and not b.page_break_before else b)
        carry = False
    return out
