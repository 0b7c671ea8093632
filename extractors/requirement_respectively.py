"""A clause printed once for several categories that gives each category its own value.

A clause for several categories (`requirement_categories`) may list, after the word that says so
(`respectively_word`: `тиісінше`, `соответственно`), one value per category in the categories'
order: the years (`тиісінше кемінде 4, 3 және 1 жыл жұмыс өтілі`) or the category of the post
the experience is in (`тиісінше бірінші және екінші санатты … лауазымында кемінде 3 және 2 жыл`).
Each category's clause is the line with every such list cut to its own value (`resolved`): its
years and what its experience is in are read from that. A list counts only where it has as many
values as the clause has categories; its values are numbers or category ordinals
(`category_ordinal:`), joined by commas and the language's `and` (`and_words`).
"""
from __future__ import annotations

import re

from . import shapes
from .compiled import rx
from .vocabulary import vocabulary


def _value_rx(lang: str) -> str:
    """A value of a list: a number, or a category's ordinal."""
    voc = vocabulary(lang)
    ordinals = [f for key in voc.keys("category_ordinal:") for f in voc.forms(key)]
    return rf"(?<!\w)(?:\d+|{shapes.words_rx_of(ordinals, lang)})(?!\w)"


def _list_rx(lang: str) -> re.Pattern:
    """A run of two or more values joined by commas or `and`."""
    value = _value_rx(lang)
    ands = shapes.words_rx(lang, "and_words")
    joiner = rf"(?:\s*,\s*(?:(?:{ands})\s+)?|\s+(?:{ands})\s+)"
    return rx(rf"{value}(?:{joiner}{value})+", re.IGNORECASE)


def resolved(text: str, count: int, lang: str) -> list[str] | None:
    """The clause for each of `count` categories, in their order, every list of `count` values
    after the word `respectively` cut to that category's value; None where the clause has no such
    word or no such list."""
    word = shapes.search(text, lang, "respectively_word")
    if word is None or count < 2:
        return None
    value = rx(_value_rx(lang), re.IGNORECASE)
    lists = [m for m in _list_rx(lang).finditer(text, word.end())
             if len(list(value.finditer(m.group()))) == count]
    if not lists:
        return None
    out = []
    for k in range(count):
        pieces, at = [], word.start()
        for m in lists:
            pieces.append(text[at:m.start()])
            pieces.append(list(value.finditer(m.group()))[k].group())
            at = m.end()
        # the word itself goes: each category's clause reads as if printed for it alone
        out.append(_squeeze(text[:word.start()] + "".join(pieces) + text[at:], word.group()))
    return out


def _squeeze(text: str, word: str) -> str:
    """The text without the word `respectively` and the double space it leaves."""
    return " ".join(text.replace(word, " ", 1).split())
