"""A task's skills cell written as labelled parts, each numbered from 1 again
(`Умения: 1) …; 2) …. Навыки: 1) …`, `Біліктер: 1. … Дағдылар: 1. …`).

The parts together are the task's one skills list. The label of a later part (another part's
label than the one that opened the list, vocab key `skills_part`) opens no new list: its
segment is left out and the text after it is marked as a list that starts over
(`Seg.restarts`), so the reader adds it to the open task's skills and counts its numbers apart.
A page break may print the later part among the rest of the cut cells (after the knowledge
label of the same task): it still goes on that task's skills.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import vocabulary

_RESETS = ("task", "function", "function_additional")


@lru_cache(maxsize=None)
def _parts(lang: str) -> frozenset[str]:
    return frozenset(_letters(f) for f in vocabulary(lang).forms("skills_part"))


def _letters(text: str) -> str:
    return re.sub(r"[\W\d_]+", "", text.casefold())


def sub_list_labels(segs: list, lang: str) -> list:
    """The segments without the labels of later parts of a skills cell; the text after each such
    label is marked `restarts`."""
    parts = _parts(lang)
    if not parts:
        return segs
    out: list = []
    opener: str | None = None  # the part label that opened the open task's skills list
    taken = False  # a later part was read since that label
    restart_next = False
    for s in segs:
        if s.kind == "label" and s.field in _RESETS:
            opener, taken, restart_next = None, False, False
        elif s.kind == "label" and s.field == "skills":
            part = _letters(s.text)
            part = part if part in parts else None
            if part and opener and part != opener and not taken:
                taken, restart_next = True, True
                continue
            opener, taken = part, False
        elif s.kind == "text" and restart_next:
            s.restarts = True
        if s.kind == "label" or s.kind == "text":
            restart_next = False
        out.append(s)
    return out
