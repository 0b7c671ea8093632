"""The specialist level of each position, where the act states it once for all its points.

An act may name the levels of its positions in one sentence of its general provisions and
leave them out of the requirement points (`X және Y лауазымдары біліктілігі жоғары деңгейдегі
мамандардың лауазымдарына, Z лауазымы біліктілігі орта деңгейдегі мамандардың лауазымдарына
жатады`; `К должностям специалистов высшего уровня квалификации относятся X и Y, к должностям
специалистов среднего уровня – Z`). The sentence prints each position either before its level
(the Kazakh order) or after it (the Russian one): which, the sentence itself shows, by what it
names first. A clause read with no level takes its position's level from that sentence
(`with_stated_levels`). The level words are the vocabulary's (`specialist_level:`).

An act that groups its requirement points in chapters by ORGANISATION TYPE (`2-тарау. X
орталықтардың қызметкерлеріне …`, `Глава 3. … работникам Y центров`) names in each point's
head the post together with its organisation (`X орталықтың Z маманына`, `к специалисту по Z
Y центра`), so the same post has one set
of clauses per chapter, while the level sentence names the post alone. Such a position is the part
of its name the sentence names, the organisation (a run of words at the name's start or end) left
out where a chapter heading names it too (`_part_named`): its level is the sentence's, its name
the sentence's as printed, and the two sets are told apart by their points.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from . import shapes
from .compiled import rx
from .paragraphs import Para
from .records import Requirement
from .requirement_table import name_stems, sentence_lower

_WORD = re.compile(r"[^\W\d_]+")
# where a sentence ends (a full stop before a capital or a number)
_SENTENCE_END = re.compile(r"(?<=\.)\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\d])")
# a numbered point or subpoint (`3. `, `2.1. `, `1) `) or a line closed as a sentence or an item
# (a clause): not a heading
_NOT_HEADING = re.compile(r"\s*\d+(?:\.\d+)*(?:\.|\))\s|.*[.;:,]\s*$", re.DOTALL)


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


def stated_levels(paras: list[Para], positions: list[str], lang: str,
                  others: tuple[str, ...] = ()) -> dict[str, str]:
    """The level of each position the first sentence naming both positions and levels gives it."""
    return {pos: level for pos, (level, _) in _stated(paras, positions, lang, others=others).items()}


def _stated(paras: list[Para], positions: list[str], lang: str,
            part: Callable | None = None, others: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    """The level and the name as printed the first sentence naming positions and levels gives each
    position it names (by its whole name, or by a part `part` finds), not where the words are part
    of another position's name (`others`)."""
    for text in _sentences(paras):
        levels = shapes.find_all(text, lang, "specialist_level:")
        if not levels or _shared_level(text, levels, lang):
            continue
        levels = _with_worker_posts(text, levels, lang)
        theirs = {o: name_mentions(text, o) for o in others}  # once a sentence, not once a position
        mentions = {pos: _own_mentions(pos, (part or _whole)(text, pos, levels), theirs)
                    for pos in positions}
        named = [m for ms in mentions.values() for m in ms]
        if not named:
            continue
        # the positions stand before their level where the sentence names a position first
        before = min(named)[0] < levels[0][0]
        out = {pos: (_level_of(ms[0], levels, before), text[ms[0][0]:ms[0][1]])
               for pos, ms in mentions.items() if ms}
        return {pos: got for pos, got in out.items() if got[0]}
    return {}


def _whole(text: str, position: str, levels: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
    return name_mentions(text, position)


def _own_mentions(position: str, mentions: list[tuple[int, int]],
                  theirs: dict[str, list[tuple[int, int]]]) -> list[tuple[int, int]]:
    """The mentions that name the position itself, not the first words of a longer name of another
    of the act's positions (`оператор` in `оператор котельной`; `theirs`: each position's mentions
    in the sentence): that sentence gives the other position its level, not this one."""
    longer = [m for o, ms in theirs.items() if o != position for m in ms]
    return [m for m in mentions
            if not any(s <= m[0] and m[1] <= e and e - s > m[1] - m[0] for s, e in longer)]


def _with_worker_posts(text: str, levels: list[tuple[int, int, str]], lang: str) -> list[tuple[int, int, str]]:
    """The sentence's levels, with where it calls posts WORKER POSTS (`жұмысшы лауазымы`,
    `рабочая должность`: vocabulary `worker_post`) as a level of none: a post it names so has no
    specialist level, and neither does one it names next to it."""
    worker = rx(rf"(?<!\w)(?:{shapes.words_rx(lang, 'worker_post')})(?!\w)", re.IGNORECASE)
    workers = [(m.start(), m.end(), "") for m in worker.finditer(text) if m.end() > m.start()]
    return sorted(levels + workers, key=lambda x: (x[0], -(x[1] - x[0])))


def _word_runs(position: str) -> list[tuple[str, str]]:
    """The runs of a name's words left where a run at its start or its end is taken off, longest
    first, each with the run taken off."""
    words = position.split()
    runs = [(" ".join(words[k:]), " ".join(words[:k])) for k in range(1, len(words))]
    runs += [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    return sorted(runs, key=lambda run: -len(run[0].split()))


def _part_named(headings: list[str]) -> Callable:
    """A finder of the part of a position's name a sentence names, its other words an
    organisation a chapter heading names (not a level's words: `мамандардың` is no `маманы`)."""
    def part(text: str, position: str, levels: list[tuple[int, int, str]]) -> list[tuple[int, int]]:
        for run, rest in _word_runs(position):
            found = [m for m in name_mentions(text, run)
                     if not any(m[0] < end and start < m[1] for start, end, _ in levels)]
            if found and any(name_mentions(h, rest) for h in headings):
                return found
        return []
    return part


def with_stated_levels(records: list[Requirement], paras: list[Para], lang: str) -> list[Requirement]:
    """The act's records, a clause with no level taking the level its position's sentence states
    (the records as they are where every clause has its level or none is stated); a position the
    sentence names only in part (without its organisation) takes the sentence's name too."""
    missing = list(dict.fromkeys(r.position for r in records if _unleveled(r)))
    if not missing:
        return records
    # every position the act names: a missing one's words may be the start of another's name
    others = tuple(dict.fromkeys(r.position for r in records if r.position))
    named = _named_levels(paras, missing, lang, others)
    return [replace(r, specialist_level=named[r.position][0], position=named[r.position][1])
            if _unleveled(r) and r.position in named else r
            for r in records]


def _unleveled(r: Requirement) -> bool:
    return r.card_no is None and r.specialist_level is None and bool(r.position)


def _named_levels(paras: list[Para], positions: list[str], lang: str,
                  others: tuple[str, ...] = ()) -> dict[str, tuple[str, str]]:
    """The level and the recorded name of each position a sentence states a level for: its own
    name where the sentence names it whole, the sentence's where it names a part of it."""
    named = {pos: (level, pos) for pos, level in stated_levels(paras, positions, lang, others).items()}
    rest = [pos for pos in positions if pos not in named]
    if rest:
        headings = [p.text for p in paras if not _NOT_HEADING.match(p.text)]
        parts = _stated(paras, rest, lang, _part_named(headings), others)
        named.update({pos: (level, sentence_lower(name)) for pos, (level, name) in parts.items()})
    return named
