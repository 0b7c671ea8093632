"""The fields of an education named as a profile, without brackets.

A clause may name the field of its education not by adjectives in brackets (`высшее
(педагогическое) образование`) but as a named profile printed by the education noun: before its
words in Kazakh (`жоғары және (немесе) жоғары оқу орнынан кейінгі X немесе
Y бейіні бойынша білім`), after them in Russian (`высшее образование по профилю
X или Y, стаж …`). The profile's name runs from the end of the
education's level words to the profile words (Kazakh) or from them to the clause's next comma or
experience (Russian); `немесе` / `или` and commas divide several profiles, `және` / `и` does not
(`X және Y` is one). The profile words right by the noun are the education's, not
a field of work the experience is in (`experience_field` has them too: `стаж работы по
профилю`). The words are the vocabulary's (`education_profile`, `education_profile_side`).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from . import shapes
from .compiled import rx
from .vocabulary import vocabulary

# the brackets that gloss a level right after it (`(среднее специальное, среднее профессиональное)`)
_GLOSSES = re.compile(r"(?:\s*\([^()]*\))*\s*")
_QUOTES = shapes.QUOTE_OPEN + shapes.QUOTE_CLOSE


class Profile(NamedTuple):
    """The profiles named, and where the profile words are (to leave them out of the experience)."""

    fields: list[str]
    start: int
    end: int


def _before(lang: str) -> bool:
    return vocabulary(lang).first("education_profile_side", "after") == "before"


def profile(text: str, after: int, lang: str) -> Profile | None:
    """The education's profiles a clause names after its level (which ends at `after`); None
    where it names none so."""
    noun, words = shapes.words_rx(lang, "education_word"), shapes.words_rx(lang, "education_profile")
    if _before(lang):
        m = rx(rf"(?<!\w)({words})\s+(?:{noun})", re.IGNORECASE).search(text, after)
        named = text[_level_end(text, after, m.start(), lang):m.start()] if m else ""
    else:
        m = rx(rf"(?:{noun})\s+({words})(?!\w)", re.IGNORECASE).search(text, after)
        named = text[m.end():_name_end(text, m.end(), lang)] if m else ""
    fields = _split(named, lang)
    return Profile(fields, m.start(1), m.end(1)) if m and fields else None


def fields(text: str, after: int, lang: str) -> list[str]:
    """The profiles a clause names for its education (none where it names none so)."""
    found = profile(text, after, lang)
    return found.fields if found else []


def _level_end(text: str, after: int, limit: int, lang: str) -> int:
    """Where the education's level words end before the profile's name: past the last level
    form printed before it (`техникалық және кәсіптік және (немесе) орта білімнен кейінгі`) and
    the brackets that gloss it."""
    ends = [end for _, end, _ in shapes.find_all(text[:limit], lang, "education:")]
    end = max([after, *ends])
    return _GLOSSES.match(text, end).end()


def _name_end(text: str, start: int, lang: str) -> int:
    """Where a profile's name printed after its words ends: at the clause's next comma or stop,
    or before the experience (`… и стаж работы`)."""
    ands, work = shapes.words_rx(lang, "and_words"), shapes.words_rx(lang, "experience_word")
    m = rx(rf"[,;.]|\s+(?:(?:{ands})\s+)?(?:{work})", re.IGNORECASE).search(text, start)
    return m.start() if m else len(text)


def _split(named: str, lang: str) -> list[str]:
    """The profiles of a name, divided by commas and `немесе` / `или`; none where the name is
    no list of words (a number, an empty run)."""
    if not named.strip() or any(c.isdigit() for c in named):
        return []
    ors = shapes.words_rx(lang, "or_words")
    parts = rx(rf"\s*,\s*|\s+(?:{ors})\s+", re.IGNORECASE).split(named)
    fields = [" ".join(p.strip(_QUOTES + " ").split()) for p in parts]
    return fields if all(fields) else []


def without_words(text: str, lang: str) -> str:
    """The clause without the profile words of its education, for reading its experience."""
    edu = shapes.find_all(text, lang, "education:")
    found = profile(text, edu[0][1], lang) if edu else None
    return text[:found.start] + text[found.end:] if found else text
