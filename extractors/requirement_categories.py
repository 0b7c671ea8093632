"""One clause printed for several categories at once.

A clause may open with two or more categories joined by `және` / `и` or commas before the one
category word they share (`бірінші және екінші санатты – …`, `первой и второй категорий – …`,
`высшей, первой и второй категорий – …`): the clause is each of those categories' clause, the same
text for each. The ordinals alone are shapes of `category_ordinal:<kind>`
(`vocab/requirements_more9.tsv`); the last one is read with its category word as any category is
(`category:<kind>`), so the run counts only where a whole category ends it.
"""
from __future__ import annotations

import re

from . import shapes
from .compiled import rx


def _joiner(lang: str) -> re.Pattern:
    """A comma (an `and` after it or not), or an `and` alone, between two ordinals."""
    words = shapes.words_rx(lang, "and_words")
    return rx(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+", re.IGNORECASE)


def joined(text: str, lang: str) -> tuple[tuple[str, ...], int] | None:
    """The categories a run of ordinals names before the last one (`бірінші және` ->
    ("first",)), and where the last one starts; None where the text opens with no such run."""
    at, kinds = 0, []
    joiner = _joiner(lang)
    while True:
        hit = shapes.at_start(text[at:], lang, "category_ordinal:")
        m = joiner.match(text, at + hit[1]) if hit else None
        if not m:
            break
        kinds.append(hit[0])
        at = m.end()
    return (tuple(kinds), at) if kinds else None
