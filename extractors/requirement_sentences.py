"""Requirement clauses stated as sentences, the position and its category their subject.

An act may state each clause as a full sentence: the position, with the category written into
its name, is the subject, and a verb says what it must have: after the requirement in Kazakh
(`жоғары санатты X-тың жоғары … білімі және … кемінде N жыл жұмыс өтілі болуы тиіс.`), before it
in Russian (`X высшей категории должен иметь высшее … образование и стаж работы … не менее N
лет.`). Such a sentence opens a point or stands
as a paragraph of its own after the point's first, with no head over it.

`clause` reads one: the listed position whose words (in whatever case) open the sentence, the
category among or right after them, and the requirement: the sentence without its subject and
its verb (`requirement_sentence_verb`), the footnote marks on its words (`саласында*`) left out
for reading its values. The sentence as printed stays the clause's text.
"""
from __future__ import annotations

import re
from typing import Callable, NamedTuple

from . import requirement_position_items as position_items
from . import shapes
from .requirement_table import name_stems

_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"^\d+(?:-\d+)?\.\s+")
# a footnote mark printed on a word (`саласында*`, `саласында**`)
_MARK = re.compile(r"(?<=[^\W\d_])\*+")


class Sentence(NamedTuple):
    position: str
    category: str | None
    clause: str  # the requirement, for reading its values
    text: str  # the sentence as printed, without its point's number


def _subject(body: str, name: str, categories: list[tuple[int, int, str]]) -> tuple[int, str | None] | None:
    """Where a sentence's subject ends, where it is the position `name` (each word's stem in
    turn, the category's words allowed among them), and the category it names among or right
    after its words; None where the sentence does not open with the position."""
    stems = name_stems(name)
    k, end = 0, 0
    for word in _WORD.finditer(body):
        if k == len(stems):
            break
        if word.group().casefold().startswith(stems[k]):
            k, end = k + 1, word.end()
        elif not any(a <= word.start() < b for a, b, _ in categories):
            return None
    if not stems or k < len(stems):
        return None
    named = next(((b, kind) for a, b, kind in categories if a < end or not body[end:a].strip()), None)
    return (max(end, named[0]), named[1]) if named else (end, None)


def clause(text: str, listed: Callable[[], list[str]], lang: str) -> Sentence | None:
    """A paragraph that states a listed position's clause as a sentence; None for any other."""
    body = _NUMBER.sub("", text).strip()
    verb = shapes.search(body, lang, "requirement_sentence_verb")
    if verb is None or body.endswith(":"):
        return None
    categories = [c for c in shapes.find_all(body, lang, "category:") if c[0] < verb.start()]
    best = None
    for name in (position_items.definition(item, lang).name for item in listed()):
        subject = _subject(body, name, categories)
        if subject and subject[0] <= verb.start() and (best is None or len(name) > len(best[0])):
            best = (name, subject)
    if best is None:
        return None
    (name, (end, category)) = best
    requirement = f"{body[end:verb.start()].strip()} {body[verb.end():].strip()}".strip()
    requirement = _MARK.sub("", re.sub(r"\s+([,;.])", r"\1", requirement))
    return Sentence(name, category, requirement, body)
