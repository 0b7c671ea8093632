"""The standard's own list of its occupations -> the occupations it declares.

A professional standard lists its occupations before the cards (`Кәсіптердің тізбесі:` /
`Перечень профессий:`), one indented entry each: `1) <name> – СБШ бойынша 6 біліктілік
деңгейі;` or `<level words> <name>`. The list is what the act declares; `documents.cards_total`
is its length, and a listed occupation without a card (or more cards than the list names)
is reported, nothing is changed.
"""
from __future__ import annotations

import re

from .card_values import norm, similar
from .compiled import rx
from .lexicon import Lexicon
from .records import Card
from .text import RepairedText
from .vocabulary import Vocabulary, vocabulary

_DASH = re.compile(r"\s[–—-]\s")


def declared_occupations(doc: RepairedText, lexicon: Lexicon) -> list[tuple[str, tuple | None, int]]:
    """(name, raw lines, cards) of every occupation the act's list names, in order; [] without a
    list. An occupation listed at several levels (`4-6 біліктілік деңгейлері`, `4.1, 4.2`) has a
    card for each."""
    from .paragraphs import paragraphs

    vocab = vocabulary(doc.lang)
    heads = [h.casefold() for h in vocab.forms("occupation_list")]
    listed: list[tuple[str, tuple | None]] = []
    active = False
    for p in paragraphs(doc, lexicon):
        t = p.text.strip()
        if any(h in t.casefold() for h in heads):
            active = True
            continue
        if not active:
            continue
        if re.match(r"^\d+\.\s", t) or not p.indented:
            break  # the act's next numbered paragraph, or a heading or an annex: the list is over
        body = re.sub(r"^\d+\)\s*", "", t)
        name = _entry_name(body, vocab)
        if name:
            listed.append((name, p.span, _levels(body[len(name):] if body.startswith(name) else body)))
    return listed


def _levels(text: str) -> int:
    """How many levels an entry names: `4-6` three, `4.2, 4.3` two, one otherwise."""
    ranges = [(int(a), int(b)) for a, b in re.findall(r"(?<![\d.])(\d)\s*[-–]\s*(\d)(?![\d.])", text)]
    if ranges and all(a < b for a, b in ranges):
        return sum(b - a + 1 for a, b in ranges)
    return max(1, len(re.findall(r"(?<![\d.])\d\.\d(?![\d.])", text)))


def declared_cards(listed: list[tuple[str, tuple | None, int]]) -> int | None:
    return sum(n for _, _, n in listed) or None


def _entry_name(body: str, vocab: Vocabulary) -> str | None:
    dash = _DASH.search(body)
    if dash:
        return body[: dash.start()].strip()
    level_words = "|".join(map(re.escape, vocab.forms("level_phrase")))
    after = rx(rf"(?:{level_words})\s+([^\W\d_].+?)\.?$").search(body) if level_words else None
    return after.group(1).strip() if after else None


def compare(listed: list[tuple[str, tuple | None, int]], cards: list[Card]) -> list[str]:
    """Warnings where the act's list and its cards disagree."""
    if not listed or not cards:
        return []
    warnings = [f"the act's list of occupations names {name!r}, which has no card{_where(span)}"
                for name, span, _ in listed if not _has_card(name, cards)]
    declared = declared_cards(listed)
    if declared != len(cards):
        warnings.append(f"the act's list of occupations declares {declared} cards, {len(cards)} were read")
    return warnings


def _has_card(name: str, cards: list[Card]) -> bool:
    def words(x: str | None) -> set[str]:
        return set(re.findall(r"\w+", norm(x)))

    for c in cards:
        for x in (c.card_title, c.name):
            if similar(name, x) >= 0.85 or len(words(x)) >= 2 and words(x) <= words(name):
                return True
    return False


def _where(span) -> str:
    return f" (raw lines {span[0]}-{span[1]})" if span else ""
