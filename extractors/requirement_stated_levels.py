"""The specialist level of each position, where the act states it once for all its points.

An act may name the levels of its positions in one sentence of its general provisions and
leave them out of the requirement points (`X және Y лауазымдары біліктілігі жоғары деңгейдегі
мамандардың лауазымдарына, Z лауазымы біліктілігі орта деңгейдегі мамандардың лауазымдарына
жатады`; `К должностям специалистов высшего уровня квалификации относятся X и Y, к должностям
специалистов среднего уровня – Z`). The sentence prints each position either before its level
(the Kazakh order) or after it (the Russian one): which, the sentence itself shows, by what it
names first. A clause read with no level takes its position's level from that sentence
(`with_stated_levels`). The level words are the vocabulary's (`specialist_level:`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import shapes
from .compiled import rx
from .paragraphs import Para
from .records import Requirement
from .requirement_table import name_stems

_WORD = re.compile(r"[^\W\d_]+")
# where a sentence ends (a full stop before a capital or a number)
_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\d])")


def name_mentions(text: str, position: str) -> list[tuple[int, int]]:
    """Where the text names the position in whatever case: a run of its words, each word
    starting with the stem of the position's word in turn (`маманы` for `маман`)."""
    stems = name_stems(position)
    words = [(m.start(), m.end(), m.group().casefold()) for m in _WORD.finditer(text)]
    if not stems:
        return []
    return [(words[k][0], words[k + len(stems) - 1][1]) for k in range(len(words) - len(stems) + 1)
            if all(words[k + j][2].startswith(s) for j, s in enumerate(stems))]


def _level_of(mention: tuple[int, int], levels: list[tuple[int, int, str]], before: bool) -> str | None:
    """The level a mention belongs to: the first named after it where positions come before their
    level, else the last named before it."""
    if before:
        return next((kind for start, _, kind in levels if start >= mention[1]), None)
    return next((kind for _, end, kind in reversed(levels) if end <= mention[0]), None)


def _sentences(paras: list[Para]) -> list[str]:
    """The sentences of the paragraphs: a position and its level are named in one."""
    return [s for p in paras for s in _SENTENCE_END.split(p.text) if s.strip()]


def _shared_level(text: str, levels: list[tuple[int, int, str]], lang: str) -> bool:
    """Whether a level's words are shared with another level joined to it (`специалистов высшего
    и среднего уровня квалификации`): the sentence then divides positions between levels, and
    gives none its own."""
    joined = rx(rf"(?<!\w)(?:{shapes.words_rx(lang, 'and_words')})\s+$", re.IGNORECASE)
    return any(joined.search(text[:start]) for start, _, _ in levels)


def stated_levels(paras: list[Para], positions: list[str], lang: str) -> dict[str, str]:
    """The level of each position the first sentence naming both positions and levels gives it."""
    for text in _sentences(paras):
        levels = shapes.find_all(text, lang, "specialist_level:")
        if not levels or _shared_level(text, levels, lang):
            continue
        mentions = {pos: name_mentions(text, pos) for pos in positions}
        named = [m for ms in mentions.values() for m in ms]
        if not named:
            continue
        # the positions stand before their level where the sentence names a position first
        before = min(named)[0] < levels[0][0]
        out = {pos: _level_of(ms[0], levels, before) for pos, ms in mentions.items() if ms}
        return {pos: level for pos, level in out.items() if level}
    return {}


def with_stated_levels(records: list[Requirement], paras: list[Para], lang: str) -> list[Requirement]:
    """The act's records, a clause with no level taking the level its position's sentence states
    (the records as they are where every clause has its level or none is stated)."""
    missing = list(dict.fromkeys(r.position for r in records
                                 if r.card_no is None and r.specialist_level is None and r.position))
    if not missing:
        return records
    levels = stated_levels(paras, missing, lang)
    return [replace(r, specialist_level=levels[r.position])
            if r.card_no is None and r.specialist_level is None and r.position in levels else r
            for r in records]
