"""Phrase templates of the vocabulary compiled to regular expressions, and dates.

A template such as `Әділет министрлігінде YYYY жылғы D <month> № N болып тіркелді`
is data; its slots become named groups and its words match as stems, so one
template serves every inflected form the acts print.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from .vocabulary import vocabulary

SLOTS = {
    "YYYY": r"(?P<year>\d{4})",
    "D": r"(?P<day>\d{1,2})",
    "MM": r"(?P<mon>\d{1,2})",
    "<month>": r"(?P<month>[^\W\d_]+)",
    "N": r"(?P<number>\w[\w\-/]*)",
    "<issuer>": r"(?P<issuer>.+?)",
    "<act>": r"(?P<act>[^\W\d_]+)",
}


def _word(w: str) -> str:
    # a word of the template matches its inflected forms: the stem is the word
    # without its last letters, but short words must match whole
    stem = w if len(w) <= 4 else w[: max(4, len(w) - 3)]
    return re.escape(stem) + r"[\w-]*"


def compile_template(template: str) -> str:
    parts = []
    for tok in template.split():
        if tok in SLOTS:
            parts.append(SLOTS[tok])
        elif re.fullmatch(r"D\.MM\.YYYY", tok):
            parts.append(r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?P<year>\d{4})")
        elif tok == "№":
            parts.append("№")
        else:
            parts.append(_word(tok))
    return r"\s*".join([parts[0]]) if len(parts) == 1 else r"\s+".join(parts).replace(r"\s+№\s+", r"\s*№\s*")


@lru_cache(maxsize=None)
def template_regexes(lang: str, key: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(compile_template(t), re.IGNORECASE | re.UNICODE) for t in vocabulary(lang).forms(key))


def search(lang: str, key: str, text: str) -> re.Match | None:
    best = None
    for rx in template_regexes(lang, key):
        m = rx.search(text)
        if m and (best is None or m.start() < best.start()):
            best = m
    return best


def finditer(lang: str, key: str, text: str) -> list[re.Match]:
    found = []
    for rx in template_regexes(lang, key):
        found.extend(rx.finditer(text))
    return sorted(found, key=lambda m: m.start())


def fold(text: str, lang: str) -> str:
    """The text with the language's own letters folded to their base letters (typing variants)."""
    table = dict(vocabulary(lang).pairs("letter_fold"))
    return "".join(table.get(c, c) for c in text.casefold())


def month_number(word: str, lang: str) -> int | None:
    low = word.casefold()
    months = sorted(vocabulary(lang).months.items(), key=lambda kv: -len(kv[0]))
    for stem, num in months:
        if low.startswith(stem.casefold()):
            return num
    for stem, num in months:
        if fold(low, lang).startswith(fold(stem, lang)):
            return num
    return None


def match_date(m: re.Match, lang: str) -> dt.date | None:
    g = m.groupdict()
    try:
        year = int(g["year"])
        day = int(g["day"])
        month = int(g["mon"]) if g.get("mon") else month_number(g.get("month") or "", lang)
        if not month:
            return None
        return dt.date(year, month, day)
    except (KeyError, TypeError, ValueError):
        return None


def find_dates(text: str, lang: str) -> list[tuple[re.Match, dt.date]]:
    out = []
    for m in finditer(lang, "date", text):
        d = match_date(m, lang)
        if d:
            out.append((m, d))
    return out
