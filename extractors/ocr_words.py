"""Words OCR misread by one letter -> the words the language knows (a scan's lines only).

Tesseract reads some letters for others of a like shape (`помоши` for `помощи`, `субьект` for
`субъект`; the pairs are vocabulary, `ocr_confusable` in repair.tsv), and the number sign for
letters (`Ме 38541`; `ocr_number_sign`). A word of a scan that the
language's dictionary does not know, and that one such swap makes a word it knows, is that
word. A word the dictionary does not know either way (a name) stays as read. Loanwords count: a stem
of a language the vocabulary names (`loan_stems_from`: Kazakh prints Russian stems with its own
endings, `субъектілеріне`) with the language's endings is a word it knows (`knowing`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterator

from .vocabulary import LANGS, vocabulary

_WORD = re.compile(r"[^\W\d_]{4,}")
LOAN_ENDINGS = 3


@lru_cache(maxsize=None)
def confusable() -> tuple[tuple[str, str], ...]:
    """(read, printed) pairs of both languages, in lower case."""
    pairs = {tuple(form.lower().split()) for lang in LANGS for form in vocabulary(lang).forms("ocr_confusable")}
    return tuple(sorted(p for p in pairs if len(p) == 2))


@lru_cache(maxsize=None)
def knowing(lang: str):
    """Does the language know a lower-case word: its own dictionary's forms, or a loan stem of a
    language it borrows from followed by its own endings. One answer per language and word: a
    scan asks again for every sighting of a word and every swap of its letters."""
    from .morphology import affix_dictionary, known_form
    from .text import general_lexicon

    own = general_lexicon(lang).language_knows
    lenders = [k for k in (known_form(other) for other in vocabulary(lang).forms("loan_stems_from")) if k]
    affixes = affix_dictionary(lang)
    if not lenders or affixes is None:
        return own

    def loan_stem(base: str) -> bool:
        return any(k(base) for k in lenders)

    @lru_cache(maxsize=100_000)
    def knows(word: str) -> bool:
        # a loan stem takes a linking vowel before its endings (`субъект-і-лер-і-не`): one ending more
        return own(word) or loan_stem(word) or affixes.inflects(word, loan_stem, depth=LOAN_ENDINGS)

    return knows


def corrected(lines: list[str], knows) -> list[str]:
    """The lines with each misread word put back (`knows`: does the language know a lower-case word)
    and the number sign read as letters put back before its number."""
    sign = _number_sign()
    return [sign.sub("№", _WORD.sub(lambda m: _word(m.group(0), knows), line)) for line in lines]


@lru_cache(maxsize=None)
def _number_sign() -> re.Pattern:
    """The number sign's misreadings (vocabulary `ocr_number_sign`), each alone before a number
    (after a space or at the line's start: `1/2` keeps its slash)."""
    forms = {f for lang in LANGS for f in vocabulary(lang).forms("ocr_number_sign")}
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<!\S)(?:{alternatives})(?=\s?\d)")


def swaps(word: str) -> Iterator[str]:
    """The word in lower case with one confusable pair put back, each way it can be."""
    low = word.lower()
    for read, printed in confusable():
        at = low.find(read)
        while at >= 0:
            yield low[:at] + printed + low[at + len(read):]
            at = low.find(read, at + 1)


def _word(word: str, knows) -> str:
    if knows(word.lower()):
        return word
    fixed = next((f for f in swaps(word) if knows(f)), None)
    return _cased(fixed, word) if fixed else word


def _cased(fixed: str, like: str) -> str:
    if like.isupper():
        return fixed.upper()
    return fixed[:1].upper() + fixed[1:] if like[:1].isupper() else fixed
