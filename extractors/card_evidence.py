"""What a piece of card text looks like, as evidence for where it belongs.

Each function answers one question about a text or about a cell's text so far
(does it open with a list number, does it stop mid-item, does it complete the
name the card's list gives a function) and returns a score: positive for
evidence that the piece belongs there, negative against, None when it cannot.
The parser (card_parse.py) adds these up over the whole card.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .card_values import norm, similar, similar_at_least
from .compiled import rx
from .lists import bulleted

ITEM_NUMBER = re.compile(r"^\s*(\d{1,2})\s?[.)](?!\d)")
LIST_NUMBER = re.compile(r"(?:^|\s)(\d{1,2})\s?[.)](?!\d)(?=\s)")
_BARE_NUMBER_END = re.compile(r"(?:^|\s)\d{1,2}\s?[.)]$")
_SHORT_WORD_END = re.compile(r"(?:^|\s)\S{1,2}\.$")

# weights of the evidence, in one place: a page break's rest that opens with the list's next
# number is surer than a lower-case start, which is surer than a capital
NEXT_NUMBER = 3.0
WRONG_NUMBER = -3.0
STOPPED_AT_NUMBER = 5.0
CUT_ITEM_GOES_ON = 2.0
NAME_NEVER_NUMBERED = -6.0
NUMBERED_GOES_ON_NUMBERED = -2.0
PRINTED_AGAIN = 3.0


# a cell that holds only a number (a list's number column, a row's number): `3`, `3.`, `3)`
BARE_NUMBER = re.compile(r"^\s*\d{1,2}\s*[.)]?\s*$")
_LETTER_MARK = re.compile(r"^\s*([^\W\d_])\)\s+(?=\S)")


def task_letter(text: str, lang: str) -> tuple[int, str] | None:
    """(number, name) of a task name lettered in the alphabet of the act's language (`ә) Name`:
    2, card.tsv task_letter gives the letters in order); None when it is not."""
    m = _LETTER_MARK.match(text)
    if not m:
        return None
    letters = _task_letters(lang)
    no = letters.get(m.group(1).casefold())
    return (no, text[m.end():]) if no else None


@lru_cache(maxsize=None)
def _task_letters(lang: str) -> dict[str, int]:
    from .vocabulary import vocabulary
    return {f.casefold(): k for k, f in enumerate(vocabulary(lang).forms("task_letter"), 1)}


def item_number(text: str) -> int | None:
    m = ITEM_NUMBER.match(text)
    return int(m.group(1)) if m else None


@lru_cache(maxsize=1 << 12)
def last_number(text: str) -> int | None:
    # asked of an open list's text by every reading that meets the next piece
    nums = LIST_NUMBER.findall(" " + text + " ")
    return int(nums[-1]) if nums else None


def lower_start(text: str) -> bool:
    t = text.lstrip("\"«(“ ")
    return t[:1].islower()


# the longest text _SHORT_WORD_END and _BARE_NUMBER_END match: a search of a list's last
# characters answers for the whole text (asked of an open list's text by every reading)
_SHORT_WORD_END_REACH = 4
_BARE_NUMBER_END_REACH = 5


def finished(text: str) -> bool:
    """Does the text end a sentence or an item (`.`, `;`, `:`), not after a list number alone
    or a short abbreviation (`т.б.`)?"""
    t = text.rstrip()
    return bool(t) and t.endswith((".", ";", ":")) and not _SHORT_WORD_END.search(t[-_SHORT_WORD_END_REACH:])


def stops_at_number(text: str) -> bool:
    return bool(_BARE_NUMBER_END.search(text.rstrip()[-_BARE_NUMBER_END_REACH:]))


def unnumbered_items_go_on(text: str) -> bool:
    """A list run on past its numbers in items closed by `;`: its last `;` announces another
    unnumbered item (a numbered item closed by `;` announces the next number instead)."""
    t = text.rstrip()
    if not t.endswith(";"):
        return False
    nums = list(LIST_NUMBER.finditer(t))
    tail = t[nums[-1].end():] if nums else t
    return bool(re.search(r"[.;]\s", tail[:-1])) or not nums


def runs_into_next_number(list_text: str, text: str) -> bool:
    """The text holds, after a sentence end, the number the list would give its next item."""
    last = last_number(list_text)
    return last is not None and rx(rf"[.;]\s+{last + 1}\s?[.)]\s").search(text) is not None


def list_goes_on(list_text: str, text: str) -> float | None:
    """How well `text` reads as the next part of a list whose text so far is `list_text`."""
    n = item_number(text)
    if bulleted(text) and (not list_text.strip() or bulleted(list_text)):
        return NEXT_NUMBER  # a bullet opens a list's item as a number does
    if not list_text.strip():
        if n is not None:
            return NEXT_NUMBER if n == 1 else WRONG_NUMBER
        return 0.5 if not lower_start(text) else -1.0
    last = last_number(list_text)
    if n is not None:
        return NEXT_NUMBER if last is not None and n == last + 1 else WRONG_NUMBER
    if stops_at_number(list_text):
        return STOPPED_AT_NUMBER
    if not finished(list_text):
        return CUT_ITEM_GOES_ON if lower_start(text) else 0.5
    if unnumbered_items_go_on(list_text):
        return 1.0
    if last is not None and not lower_start(text):
        return NUMBERED_GOES_ON_NUMBERED  # a numbered list's next item comes with its number
    return -0.5 if lower_start(text) else -1.0


def name_starts(text: str, listed: str | None) -> float | None:
    """A name printed from its start: a capital, no list number or bullet; the card's list may name it."""
    if item_number(text) is not None or bulleted(text):
        return NAME_NEVER_NUMBERED
    score = -2.0 if lower_start(text) else 1.0
    if listed:
        score += 3.0 * max(0.0, similar(text, listed) - 0.5) * 2
    return score


def name_goes_on(name: str, text: str, listed: str | None) -> float | None:
    """`text` as the rest of a name cut after `name` (by a page break or another cell)."""
    if item_number(text) is not None or bulleted(text):
        return NAME_NEVER_NUMBERED
    if listed:
        if completes_listed(name, text, listed) is not None:
            return 4.0
        if norm(name) == norm(listed):
            return -3.0  # the name is whole as the card's list gives it
        if norm(listed).startswith(norm(name)):
            return -2.0  # the list says how the name goes on, and it is not this way
    if name.rstrip().endswith("."):
        return -3.0  # a name printed with its final period is whole
    if listed and cut_word_as_listed(name, text, listed):
        return 2.5  # the word the break cut is whole in the card's list (`мамандандырылға` / `н`)
    return 0.5 if lower_start(text) else -1.5


def cut_word_as_listed(name: str, text: str, listed: str) -> bool:
    """The last word of `name` and the first of `text` are one word of the card's list's name:
    a word a break cut."""
    last, first = norm(name).rsplit(" ", 1)[-1], norm(text).split(" ", 1)[0]
    return bool(last and first) and (last + first) in norm(listed).split(" ")


def completes_listed(name: str, text: str, listed: str) -> str | None:
    """The joiner (" " or "", a word cut by the break) with which `text` goes on `name` the way
    the card's list of functions names it; None when it does not."""
    want, have = norm(listed), norm(name)
    if not want.startswith(have) or len(want) <= len(have):
        return None
    for joiner in (" ", ""):
        if want.startswith(norm(name + joiner + text)):
            return joiner
    return None


def printed_again(name: str | None, listed: str | None, text: str, relabelled: bool) -> float | None:
    """The function's name printed again (the function cell reprinted at the head of a page,
    `relabelled` when its label was printed again just before): the whole name, from its first
    word, not the rest the name still lacks. Sure where it repeats the name read so far, or the
    card's list after the label printed again. Where it repeats only the list, with no label,
    and the name read says otherwise, the text may as well be this row's own name printed late
    (the name read then being another cell's text): no evidence either way."""
    if name and listed and completes_listed(name, text, listed) is not None:
        return None
    first = norm(text).split(" ")[0]

    def repeats(n: str | None) -> bool:
        return bool(n) and norm(n).split(" ")[0] == first and similar_at_least(n, text, 0.9)

    if repeats(name):
        return PRINTED_AGAIN
    if not repeats(listed):
        return None
    agrees = bool(name) and (norm(listed).startswith(norm(name)) or similar_at_least(name, listed, 0.8))
    return PRINTED_AGAIN if agrees or relabelled else 0.0
