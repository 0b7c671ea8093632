"""Language of a document and of a piece of text, from the text itself.

Evidence is statistical and comes from the vocabulary data: the letters only
one language uses, its frequent function words and word endings. File names
are never looked at.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import LANGS, vocabulary

_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def _is_cyrillic(word: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in word)


@lru_cache(maxsize=1 << 16)  # an act's words recur: each is decided once
def word_language(word: str) -> str | None:
    """kk or ru when the word alone says so, else None."""
    low = word.casefold()
    if not _is_cyrillic(low):
        return None
    kk, ru = vocabulary("kk"), vocabulary("ru")
    if any(c in kk.alphabet for c in low):
        return "kk"
    if any(c in ru.alphabet for c in low) and len(low) > 3 and not any(c in kk.alphabet for c in low):
        # ы occurs in Kazakh too; only э, ъ, ё are decisive on their own
        if any(c in "эъё" for c in low):
            return "ru"
    if low in ru.forms("marker_words"):
        return "ru"
    if low in kk.forms("marker_words"):
        return "kk"
    if len(low) > 4 and any(low.endswith(e) for e in ru.forms("marker_endings")):
        return "ru"
    return None


def scores(text: str) -> dict[str, int]:
    counts = {lang: 0 for lang in LANGS}
    for word in _WORD.findall(text):
        lang = word_language(word)
        if lang:
            counts[lang] += 1
    return counts


def detect(text: str) -> str:
    """The language of a document: the one with more decisive words (kk on a tie of zero)."""
    counts = scores(text)
    if counts["ru"] > counts["kk"]:
        return "ru"
    return "kk"


def segment_language(text: str) -> str:
    """kk, ru or mixed for a cell or paragraph: mixed when both languages carry real weight."""
    counts = scores(text)
    total = counts["kk"] + counts["ru"]
    if total == 0:
        return "kk" if not text.strip() else detect(text)
    minority = min(counts.values())
    if minority >= 2 and minority / total >= 0.2:
        return "mixed"
    return "ru" if counts["ru"] > counts["kk"] else "kk"
