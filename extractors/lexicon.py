"""The vocabulary a document teaches about itself, and a character model of its words.

Joining a word that a narrow table column broke over two lines needs to know
which words exist. That knowledge is learned from the corpus: every word that
the text shows with a certain boundary on both sides (a space inside a line, a
space kept at a line end, punctuation) is counted. A character n-gram model
trained on the same words scores words never seen whole, so a plausible
inflection ("бөлімшесінің") beats a fragment ("бөлімшесі") without a list of
suffixes. The same code learns Kazakh from Kazakh acts and Russian from Russian.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cached_property

_WORD_CHAR = re.compile(r"\w", re.UNICODE)
_LETTERS = re.compile(r"^[^\W\d_]+$", re.UNICODE)
BOW, EOW = "^", "$"


def core(token: str) -> str:
    """The word inside a token: edge punctuation and quotes removed, case folded."""
    # two searches from the ends, not one anchored pattern with a lazy middle: that one
    # backtracks quadratically over a long run of punctuation between two letters
    first = _WORD_CHAR.search(token)
    if first is None:
        return ""
    last = _WORD_CHAR.search(token[::-1])
    return token[first.start():len(token) - last.start()].casefold()


class CharModel:
    """Interpolated Witten-Bell character n-gram model over words."""

    def __init__(self, order: int = 5):
        self.order = order
        self.counts: dict[str, Counter] = defaultdict(Counter)
        self.alphabet: set[str] = set()
        self._cache: dict[tuple[str, str], float] = {}

    def train(self, words: Counter) -> None:
        for word, n in words.items():
            padded = BOW * (self.order - 1) + word + EOW
            self.alphabet.update(word)
            for i in range(self.order - 1, len(padded)):
                ch = padded[i]
                for k in range(self.order):
                    self.counts[padded[i - k:i]][ch] += n
        self.alphabet.add(EOW)
        self._cache.clear()

    def prob(self, context: str, ch: str) -> float:
        key = (context, ch)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if context:
            lower = self.prob(context[1:], ch)
        else:
            lower = 1.0 / (len(self.alphabet) + 1)
        seen = self.counts.get(context)
        if not seen:
            p = lower
        else:
            total = sum(seen.values())
            types = len(seen)
            lam = total / (total + types)
            p = lam * seen.get(ch, 0) / total + (1 - lam) * lower
        self._cache[key] = p
        return p

    def logp(self, word: str) -> float:
        padded = BOW * (self.order - 1) + word + EOW
        return sum(math.log(self.prob(padded[i - self.order + 1:i], padded[i]))
                   for i in range(self.order - 1, len(padded)))


@dataclass
class Lexicon:
    counts: Counter = field(default_factory=Counter)
    model: CharModel = field(default_factory=CharModel)
    # Weight of the seen-word unigram against the character model.
    seen_weight: float = 0.85
    # A form the language's morphological dictionary knows counts as seen this many times.
    dictionary: object = None  # Callable[[str], bool] | None (extractors.morphology.known_form)
    dictionary_count: int = 1

    @classmethod
    def from_words(cls, words: Counter, dictionary=None) -> "Lexicon":
        lex = cls(Counter({w: n for w, n in words.items() if w}), dictionary=dictionary)
        lex.model.train(lex.counts)
        return lex

    @cached_property
    def total(self) -> int:
        # read for every candidate word of every join decision: counted once (counts are fixed
        # once the lexicon is built)
        return sum(self.counts.values()) or 1

    def known(self, token: str) -> bool:
        """Whether the corpus has seen the token's word whole (every part of a hyphenated one)."""
        parts = [p for p in re.split(r"[^\w]+", core(token)) if p]
        return bool(parts) and all(self._score_word(p)[1] for p in parts)

    def logp(self, token: str) -> float:
        """Log probability of a token read as one word (or a hyphenated compound)."""
        word = core(token)
        if not word:
            return math.log(0.5)  # punctuation alone costs little
        inner_punct = re.sub(r"[\w\-'’]", "", word)
        if inner_punct:
            # punctuation inside a token means two words were glued: very unlikely
            return sum(self.logp(p) for p in re.split(r"[^\w\-'’]+", word) if p) + math.log(1e-6)
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1:
            return sum(self._score_word(p)[0] for p in parts)
        return self._score_word(word)[0]

    def _score_word(self, word: str) -> tuple[float, bool]:
        word = word.casefold()
        if any(c.isdigit() for c in word):
            # numbers and codes are neutral; a number glued to a word is not a word
            if _LETTERS.search(re.sub(r"\d", "", word) or "x") and re.search(r"\d[^\W\d_]{2,}|[^\W\d_]{2,}\d", word):
                return math.log(1e-9), False
            return math.log(1e-3), True
        seen = self.counts.get(word, 0)
        if not seen and self.dictionary is not None and self.dictionary(word):
            seen = self.dictionary_count
        p_model = math.exp(self.model.logp(word))
        p = self.seen_weight * seen / self.total + (1 - self.seen_weight) * p_model
        return math.log(p), seen > 0
