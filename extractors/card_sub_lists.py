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
    opener: list = [None, False]  # the part label that opened the task's skills list; a later part read
    restart_next = False
    for s in segs:
        if s.kind == "label":
            later = _later_part_label(s, opener, parts)
            restart_next = later
            if later:
                continue
        elif restart_next:
            s.restarts, restart_next = True, False
        out.append(s)
    return out


def _later_part_label(s, opener: list, parts: frozenset[str]) -> bool:
    """Is the label a later part's of the skills cell `opener` tells of? Updates `opener`."""
    if s.field in _RESETS:
        opener[:] = [None, False]
        return False
    if s.field != "skills":
        return False
    part = _letters(s.text)
    part = part if part in parts else None
    if part and opener[0] and part != opener[0] and not opener[1]:
        opener[1] = True
        return True
    opener[:] = [part, False]
    return False
