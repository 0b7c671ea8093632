"""The category printed as part of a position's name in a table's position cell.

A table may give a row per position and category with no category column, the category written
into the name (`X высшей категории`, `жоғары санатты X`), and the name alone for the position
with no category (an act may say so in a sentence of its own). The position is the name without
its category words, the category theirs (`from_name`); a row that prints the bare name of a
position other rows name with a category is the one without a category (`with_bare_none`). The
category words are the vocabulary's (`category:`), at either end of the name, as the language
puts them.
"""
from __future__ import annotations

from dataclasses import replace

from . import shapes
from .records import Requirement

_EDGE = " ,;:.–—-"


def from_name(name: str, lang: str) -> tuple[str, str | None]:
    """The name without the category words it opens or closes with, and their category; the
    name as it is, and None, where it has none (or nothing but them)."""
    text = name.strip()
    for start, end, kind in shapes.find_all(text, lang, "category:"):
        rest = (text[end:] if start == 0 else text[:start] if end == len(text) else "").strip(_EDGE)
        if any(c.isalpha() for c in rest):
            return rest, kind
    return name, None


def with_bare_none(records: list[Requirement], named: set[str]) -> list[Requirement]:
    """A table's records, one of a position whose other rows name their category in the name
    (`named`: those positions) and that names none being the position without a category."""
    return [replace(r, category="none") if r.category is None and r.position in named else r
            for r in records]
