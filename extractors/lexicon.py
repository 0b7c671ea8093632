"""The vocabulary a document teaches about itself, and a character model of its words.

Joining a word that a narrow table column broke over two lines needs to know
which words exist. That knowledge comes from the document being read: every word
that its text shows with a certain boundary on both sides (a space inside a line,
a space kept at a line end, punctuation) is counted; from the label vocabulary;
and from the language's general dictionary (`morphology.form_prior`: a form it
knows is a rare word, a function word a common one), with the dictionary's
suffix inventory carrying inflection to words the document shows only in another
form (`ресурстар` seen, `ресурстарының` inflected from it). A character n-gram
model trained on the dictionary's stems and the document's words scores words
known from none of these, so a plausible inflection beats a fragment; where the
dictionary knows most of the act's words, a word it does not know is unlikely. Nothing is learned from another
act: an act's repair does not depend on which other acts are read with it.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from .morphology import RARE_FORM, SHORTEST, AffixDictionary

_WORD_CHAR = re.compile(r"\w", re.UNICODE)
_LETTERS = re.compile(r"^[^\W\d_]+$", re.UNICODE)
_WORD_CHARS = re.compile(r"[\w\-'’]")
_NON_WORD_CHARS = re.compile(r"[^\w\-'’]+")
_NON_WORD = re.compile(r"[^\w]+")
BOW, EOW = "^", "$"
# An ending the document prints whole this often is also a word (`мен`, `да`): as the last ending
# of a form it cannot tell one word from two. A single sighting may be a damaged line.
STANDS_ALONE = 3
# The general words (the dictionary's stems, ~500,000 letters) weigh a tenth in the character
# model: about as much as one act's own words, so the act's vocabulary (`мамандар`, `-армен`)
# still shapes the model while the dictionary fills in words the act never prints.
GENERAL_WEIGHT = 0.1


def _glued_number(word: str) -> bool:
    """A word with digits that is a number glued to a word (`5пункт`), not a number or a code."""
    return bool(_LETTERS.search(re.sub(r"\d", "", word) or "x") and re.search(r"\d[^\W\d_]{2,}|[^\W\d_]{2,}\d", word))


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
    """Interpolated Witten-Bell character n-gram model over words. A model may extend a `base`
    model (the language's general words, trained once): its counts are read as the sum of both,
    so a document's words are added without copying or retraining the general part."""

    def __init__(self, order: int = 5, base: "CharModel | None" = None, base_weight: float = 1.0):
        self.order = base.order if base else order
        self.base = base
        self.base_weight = base_weight
        self.counts: dict[str, dict[str, int]] = {}
        self.alphabet: set[str] = set(base.alphabet) if base else set()
        self._cache: dict[tuple[str, str], float] = {}
        self._log: dict[tuple[str, str], float] = {}  # log of prob(), read for every character of every word
        self._stats: dict[str, tuple[int, int]] = {}
        self._follow: dict[str, frozenset[str]] = {}

    def train(self, words: Counter) -> None:
        counts = self.counts
        for word, n in words.items():
            padded = BOW * (self.order - 1) + word + EOW
            self.alphabet.update(word)
            for i in range(self.order - 1, len(padded)):
                ch = padded[i]
                for k in range(self.order):
                    # plain dicts: a Counter per new context costs more than the counting
                    ctx = padded[i - k:i]
                    seen = counts.get(ctx)
                    if seen is None:
                        counts[ctx] = {ch: n}
                    else:
                        seen[ch] = seen.get(ch, 0) + n
        self.alphabet.add(EOW)
        self._cache.clear()
        self._log.clear()
        self._stats.clear()
        self._follow.clear()

    def _count(self, context: str, ch: str) -> int:
        own = self.counts.get(context)
        n = own.get(ch, 0) if own else 0
        return n + (self.base_weight * self.base._count(context, ch) if self.base else 0)

    def _followers(self, context: str) -> frozenset[str]:
        # a base's, asked again by every document's model: kept until the model is trained again
        hit = self._follow.get(context)
        if hit is None:
            own = frozenset(self.counts.get(context, ()))
            hit = self._follow[context] = own | self.base._followers(context) if self.base else own
        return hit

    def _context(self, context: str) -> tuple[float, int]:
        """(tokens, types) seen after the context, over this model and its base."""
        hit = self._stats.get(context)
        if hit is None:
            own = self.counts.get(context)
            total = sum(own.values()) if own else 0
            if self.base:
                total += self.base_weight * self.base._context(context)[0]
            hit = self._stats[context] = (total, self._types(context, own) if total else 0)
        return hit

    def _types(self, context: str, own: dict | None) -> int:
        """How many characters follow the context, here or in the base (counted, no union built)."""
        if self.base is None:
            return len(own) if own else 0
        theirs = self.base._followers(context)
        return len(theirs) + (sum(1 for ch in own if ch not in theirs) if own else 0)

    def prob(self, context: str, ch: str) -> float:
        key = (context, ch)
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        if context:
            lower = self.prob(context[1:], ch)
        else:
            lower = 1.0 / (len(self.alphabet) + 1)
        total, types = self._context(context)
        if not total:
            p = lower
        else:
            lam = total / (total + types)
            p = lam * self._count(context, ch) / total + (1 - lam) * lower
        self._cache[key] = p
        return p

    def logp(self, word: str) -> float:
        padded = BOW * (self.order - 1) + word + EOW
        log, back = self._log, self.order - 1
        total = 0
        for i in range(back, len(padded)):
            key = (padded[i - back:i], padded[i])
            lp = log.get(key)
            if lp is None:
                lp = log[key] = math.log(self.prob(*key))
            total += lp
        return total


@dataclass
class Lexicon:
    counts: Counter = field(default_factory=Counter)
    model: CharModel = field(default_factory=CharModel)
    # Weight of the seen-word unigram against the character model.
    seen_weight: float = 0.85
    # A word the document never shows whole: how likely the language's dictionary makes it
    # (extractors.morphology.form_prior: 0 unknown, a rare form, a function word).
    dictionary: Callable[[str], float] | None = None
    # The dictionary's endings: a known word followed by them is a known form too.
    affixes: AffixDictionary | None = None
    # Share of the document's own words that the dictionary does not know: a word known neither
    # to the document nor to the dictionary is that much less likely a word (where the dictionary
    # knows 97 % of an act's words, `струдовым` is almost surely two).
    unknown_share: float = 1.0
    _seen: dict[str, float] = field(default_factory=dict, repr=False)
    _language: dict[str, bool] = field(default_factory=dict, repr=False)
    # a lexicon is fixed once built, and the joiner scores the same pieces again and again
    _logp: dict[str, float] = field(default_factory=dict, repr=False)

    @classmethod
    def from_words(cls, words: Counter, dictionary=None, affixes=None, model: CharModel | None = None) -> "Lexicon":
        """A lexicon of `words`; its character model learns them on top of `model` (general words)."""
        lex = cls(Counter({w: n for w, n in words.items() if w}), CharModel(base=model, base_weight=GENERAL_WEIGHT),
                  dictionary=dictionary, affixes=affixes)
        lex.model.train(lex.counts)
        return lex

    def with_words(self, words: Counter) -> "Lexicon":
        """This lexicon plus the words of one document (the general part is shared, not changed)."""
        lex = Lexicon(self.counts + words, CharModel(base=self.model), self.seen_weight, self.dictionary,
                      self.affixes)
        lex.model.train(words)
        if self.dictionary is not None or self.affixes is not None:
            types = [w for w in words if len(w) >= SHORTEST and w.isalpha()]
            unknown = sum(1 for w in types if not lex._dictionary_prior(w))
            lex.unknown_share = (unknown + 1) / (len(types) + 2)
        return lex

    def seen(self, word: str) -> float:
        """How often the word counts as seen whole, per word of running text: the document's and
        the labels' count, else a form the dictionary knows (or an inflection of a known word),
        as a rare word."""
        hit = self._seen.get(word)
        if hit is None:
            n = self.counts.get(word, 0)
            hit = n / self.total if n else self._dictionary_prior(word)
            self._seen[word] = hit
        return hit

    def dictionary_knows(self, word: str) -> bool:
        return self._dictionary_prior(word) > 0

    def prints_as_word(self, word: str) -> bool:
        """The language knows the word (its dictionary, or its endings that are also words: `мен`,
        `да`), or the document prints it whole often enough to be one."""
        return (self.counts.get(word, 0) >= STANDS_ALONE or (self.affixes is not None and word in self.affixes.words_too)
                or self.language_knows(word))

    def language_knows(self, word: str) -> bool:
        """A form of the language's dictionary (with endings on a dictionary stem), whatever the
        document shows: a document's own words may be fragments it printed as words."""
        hit = self._language.get(word)  # asked again for every line end the word ends or opens
        if hit is None:
            hit = self._in_dictionary(word) or (
                self.affixes is not None and self.affixes.accepts(word, self._in_dictionary, self._stands_alone))
            self._language[word] = hit
        return hit

    def _dictionary_prior(self, word: str) -> float:
        if self.affixes is not None:
            # a form of the dictionary or a known word with endings; an ending the document prints
            # as a word (`мен`) cannot tell one word from two
            return RARE_FORM if self.affixes.accepts(word, self._is_base, self._stands_alone) else 0.0
        return self.dictionary(word) if self.dictionary is not None else 0.0

    def _stands_alone(self, ending: str) -> bool:
        """Whether endings that make a word in a row also read as that word: the document prints it,
        or the dictionary lists it as a word of its own (`тегін`, `мен`). A form the dictionary only
        derives proves nothing: its stems include endings listed as words (`лары`, `ларын`), which
        made `ларының` a word and `жаттығулар` / `ының` two."""
        if self.counts.get(ending, 0) >= STANDS_ALONE:
            return True
        return self._in_dictionary(ending) and (self.affixes is None or ending in self.affixes.stems)

    def _in_dictionary(self, word: str) -> bool:
        return self.dictionary is not None and self.dictionary(word) > 0

    def _is_base(self, word: str) -> bool:
        return word in self.counts or self._in_dictionary(word)

    @cached_property
    def total(self) -> int:
        # read for every candidate word of every join decision: counted once (counts are fixed
        # once the lexicon is built)
        return sum(self.counts.values()) or 1

    def known(self, token: str) -> bool:
        """Whether the corpus has seen the token's word whole (every part of a hyphenated one)."""
        parts = [p for p in _NON_WORD.split(core(token)) if p]
        return bool(parts) and all(self._seen_whole(p) for p in parts)

    def logp(self, token: str) -> float:
        """Log probability of a token read as one word (or a hyphenated compound)."""
        hit = self._logp.get(token)
        if hit is None:
            hit = self._logp[token] = self._token_logp(token)
        return hit

    def _token_logp(self, token: str) -> float:
        word = core(token)
        if not word:
            return math.log(0.5)  # punctuation alone costs little
        inner_punct = _WORD_CHARS.sub("", word)
        if inner_punct:
            # punctuation inside a token means two words were glued: very unlikely
            return sum(self.logp(p) for p in _NON_WORD_CHARS.split(word) if p) + math.log(1e-6)
        parts = [p for p in word.split("-") if p]
        if len(parts) > 1:
            return sum(self._score_word(p)[0] for p in parts)
        return self._score_word(word)[0]

    def _seen_whole(self, word: str) -> bool:
        """_score_word's second answer, without the model's score (which it does not depend on)."""
        word = word.casefold()
        if any(c.isdigit() for c in word):
            return not _glued_number(word)
        return self.seen(word) > 0

    def _score_word(self, word: str) -> tuple[float, bool]:
        word = word.casefold()
        if any(c.isdigit() for c in word):
            # numbers and codes are neutral; a number glued to a word is not a word
            if _glued_number(word):
                return math.log(1e-9), False
            return math.log(1e-3), True
        seen = self.seen(word)
        log_model = self.model.logp(word)
        share = 1.0 if seen else self.unknown_share
        p = self.seen_weight * seen + (1 - self.seen_weight) * math.exp(log_model) * share
        if p > 0:
            return math.log(p), seen > 0
        # a long unseen word: its model probability underflows to 0.0 as a float, its log does not
        return math.log(1 - self.seen_weight) + log_model + math.log(share), False
