"""Units an amending instruction names by another unit's: two formulas joined by an `and`, the
second changing the first one's unit or a unit of it (`4-тарау 3-тарау болып есептелсін және оның тақырыбы
мынадай редакцияда жазылсын`, `главу 4 считать главой 3 и ее заголовок изложить в следующей
редакции`); and a unit added by its word alone after a unit named by its quoted name (`1-қосымшадағы
нысанда "…" деген жолдан кейін мынадай мазмұндағы жолмен толықтырылсын`), whose place no count
tells, so that the change is its holder's; so is a paragraph or part added by its word alone after one
named by its ordinal (`пункт 5 после абзаца второго дополнить абзацем`), as printed.

The words are data: the `and` (`and_words`), the pointer back at the first formula's unit
(`unit_pointer_its`: `оның`, `ее`), the unit words (`unit:*`).
"""
from __future__ import annotations

import re
from typing import Callable

from . import shapes, units
from .compiled import rx


def joined_by_and(line: str, lang: str, match: Callable, quoted: list[tuple[int, int]]) -> list | None:
    """Two formulas of one line joined by an `and` outside its quotes, where the first is whole (no
    wording follows it, no unit added) and the second names its unit inside the first one's (a
    pointer back at it, or a title alone): both, the second's unit written inside the first's; None
    where the line is not so."""
    ands = rx(rf"\s*,?\s+(?:{shapes.words_rx(lang, 'and_words')})\s+", re.IGNORECASE)
    for m in ands.finditer(line):
        if any(s <= m.start() < e for s, e in quoted):
            continue
        left = match(line[:m.start()], lang)
        if left is None or left.tail or left.new_unit is not None or not left.unit:
            continue
        right = match(line[m.end():], lang)
        own = _inside(right.unit, left.unit, lang) if right is not None and right.new_unit is None else None
        if own is not None:
            right.unit = own
            return [left, right]
    return None


def _inside(unit: str, outer: str, lang: str) -> str | None:
    """The second formula's unit inside the first one's: after a pointer back at it (`оның
    тақырыбы`, `ее заголовок`), or a unit of no number alone (`заголовок`), written after the first
    one's unit (`4-тарау тақырыбы`, `главу 4 заголовок`); none, the first one's own; None where it
    names a unit of its own."""
    if not unit.strip():
        return outer  # `… заменить словами "…" и слова "…" исключить`: the same unit's words
    pointer = rx(rf"^\s*(?:{shapes.words_rx(lang, 'unit_pointer_its')})\s+", re.IGNORECASE).match(unit)
    rest = unit[pointer.end():] if pointer else unit
    refs = units.refs_in(rest, lang)
    if not refs or (not pointer and any(r.kind not in units.UNNUMBERED for r in refs)):
        return None
    return f"{outer.strip()} {rest.strip()}"


def holder_of_unplaced(after: str, new_unit: str, lang: str) -> list[units.Ref] | None:
    """A unit added by its word alone after one of its kind named by its quoted name (`"…" деген
    жолдан кейін … жолмен`, `после строки "…" дополнить строкой`): no number or ordinal tells the new
    unit's place, so the change is the holder's. The units named with the one it follows, that one
    left out (`1-қосымшадағы нысанда "…" деген жолдан` -> `1-қосымша`, `нысан`; possibly none, where
    the formula names the holder apart); None where the new unit names its own place."""
    word = units.unit_word(new_unit.strip(), lang) if re.fullmatch(r"\s*[^\W\d_]+\s*", new_unit) else None
    named = units.refs_in(after, lang)
    if word is None or not named:
        return None
    anchor = max(named, key=lambda r: r.rank)
    if anchor.kind != word.kind or not anchor.named:
        return None
    return [r for r in named if r is not anchor]


def holder_of_counted(after: str, new_unit: str, outer: list[units.Ref], lang: str) -> list[units.Ref] | None:
    """A unit counted inside its holder, added by its word alone after another unit (`пункт 5 после
    абзаца второго дополнить абзацем`, `4-тармақтың екінші абзацынан кейін … абзацпен`): the
    formula prints no place of the new unit, so the change is its holder's, named as printed -
    the units the formula names around it (`outer`) and those the one it follows is named with, that
    one left out (`4-тармақ`); possibly none, where the holder is the context's. None where the new
    unit is printed with its own number or ordinal, or is not counted."""
    named = units.refs_in(after, lang)
    if not named or not units.counted_alone(new_unit, lang):
        return None
    anchor = max(named, key=lambda r: r.rank)
    return outer + [r for r in named if r is not anchor and r not in outer]
