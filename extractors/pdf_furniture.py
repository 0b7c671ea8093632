"""Page furniture of a PDF: running heads and page numbers, found by where and how often they print.

A running head or foot is a line at the top or bottom of a page whose text (its
numbers aside) comes back at about the same height on many pages; a page number
is a line of no letters there. Such lines are dropped before anything else reads
the page, so that a table going on over a page break meets no text between its
two parts, and no cell receives a page number printed over the table's area.
"""
from __future__ import annotations

import re
from collections import defaultdict

from .labels import card_heading_alone
from .pdf_words import group_lines

BAND = 2  # lines looked at from each end of a page
MIN_PAGES = 3
SHARE = 0.4
Y_TOL = 6.0


def _key(chars: list[dict]) -> str:
    text = "".join(c["text"] for c in chars)
    return re.sub(r"\s+", " ", re.sub(r"\d+", "#", text)).strip().casefold()


def _is_number(key: str) -> bool:
    return bool(key) and not re.search(r"[^\W\d_#]", key) and "#" in key and len(key) <= 12


def _ends(pages_chars: list[list[dict]]) -> dict[tuple[str, str], list[tuple[int, float, list[dict]]]]:
    """The lines at each end of each page, by (end, text with its numbers as #)."""
    seen: dict[tuple[str, str], list[tuple[int, float, list[dict]]]] = defaultdict(list)
    for p, chars in enumerate(pages_chars):
        lines = group_lines(chars)
        for band, picked in (("top", lines[:BAND]), ("bottom", lines[-BAND:])):
            for ln in picked:
                key = _key(ln)
                if key:
                    seen[(band, key)].append((p, ln[0]["top"] if band == "top" else ln[0]["bottom"], ln))
    return seen


def furniture(pages_chars: list[list[dict]]) -> list[set[int]]:
    """Per page, the ids of the characters that are page furniture."""
    out: list[set[int]] = [set() for _ in pages_chars]
    if len(pages_chars) < 2:
        return out
    need = max(MIN_PAGES, SHARE * len(pages_chars))
    for (_band, key), hits in _ends(pages_chars).items():
        if card_heading_alone(key):
            continue  # it heads every card's first page: content, not a running head
        pages = {p for p, _, _ in hits}
        ys = sorted(y for _, y, _ in hits)
        if ys[-1] - ys[0] <= Y_TOL and (len(pages) >= need or (_is_number(key) and len(pages) >= 2)):
            for p, _, ln in hits:
                out[p].update(id(c) for c in ln)
    return out
