"""Word forms a language's morphological dictionary knows, as evidence for line-end joins.

A word the corpus never showed whole may still be a real form: a Russian noun in a
case the documents did not happen to print whole (`конституции`). Where a language
has an offline dictionary of its inflected forms, a form it knows is as good as one
seen once in the corpus, so `конституци` / `и` joins although `и` is the commonest word.
Russian has one (pymorphy3 with its bundled dictionaries); Kazakh has none installable
offline, so Kazakh keeps to the corpus and the character model."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

# language -> how its dictionary is loaded; languages missing here have none
DICTIONARIES = {"ru": "pymorphy3"}
SHORTEST = 3  # one- and two-letter "forms" are mostly abbreviations in these dictionaries


@lru_cache(maxsize=None)
def known_form(lang: str) -> Callable[[str], bool] | None:
    """A predicate telling whether a lower-case word is a form the language's dictionary knows,
    or None when the language has no dictionary (or it is not installed)."""
    if DICTIONARIES.get(lang) != "pymorphy3":
        return None
    try:
        import pymorphy3
    except ImportError:  # the join decisions fall back to the corpus alone
        return None
    analyzer = pymorphy3.MorphAnalyzer(lang=lang)

    @lru_cache(maxsize=200_000)
    def known(word: str) -> bool:
        return len(word) >= SHORTEST and word.isalpha() and analyzer.word_is_known(word)

    return known
