"""Word forms a language's dictionary knows, as evidence for line-end joins.

A word the document never shows whole may still be a real form: a noun in a case the
act did not happen to print whole (`конституции`, `бөлімшесінің`). Where a language has
an offline dictionary of its forms, a form it knows is as good as one seen once in the
document, so `конституци` / `и` joins although `и` is the commonest Russian word.

- Russian: pymorphy3 with its bundled OpenCorpora dictionary (a dependency).
- Kazakh: the Hunspell dictionary of Debian's `hunspell-kk` (stems with suffix rules),
  bundled gzipped in `extractors/vocab/hunspell/` (origin and licence in
  `extractors/vocab/README.md`), read by `AffixDictionary` below, so a fresh clone needs
  no system package.

A dictionary also lists strings that are nothing but endings (Hunspell's `ның`, `тар`;
pymorphy3's abbreviations `т`, `см`): those never count as words here, or a cut ending
(`ұйымы` / `ның`) would read as two words. Only the document itself can show such a
string standing alone.

Where the dictionary inflects (pymorphy3), it also gives a position printed in an oblique case in
the nominative (`person_nominative`: `к социальному работнику` -> `социальный работник`), for
the requirement heads that name a position the act does not list.
"""
from __future__ import annotations

import gzip
import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from .vocabulary import VOCAB_DIR, endings

HUNSPELL_DIR = VOCAB_DIR / "hunspell"
# language -> (kind of dictionary, its name); languages missing here have none
DICTIONARIES = {"kk": ("hunspell", "kk_KZ"), "ru": ("pymorphy3", "ru")}
SHORTEST = 3  # shorter "forms" in these dictionaries are mostly abbreviations or endings
ABBREVIATION = "Abbr"  # pymorphy3's grammeme for an abbreviation: never a word of running text
# pymorphy3's closed word classes (preposition, conjunction, particle, pronoun): each is common
FUNCTION_CLASSES = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})
# How likely a form is per word of running text when only the dictionary speaks for it: a form
# as a word seen once in a million (it must not outweigh two words the act itself prints:
# `о правах`, not the dictionary's `оправах`), a function word as one seen once in a thousand.
RARE_FORM = 1e-6
FUNCTION_WORD = 1e-3


@dataclass(frozen=True)
class SuffixRule:
    flag: str
    strip: str
    add: str
    condition: re.Pattern


# words whose rule endings are kept (_rule_endings); about a megabyte per 10,000
KEPT_WORDS = 1 << 17


class AffixDictionary:
    """The part of the Hunspell format a suffixing dictionary uses: stems with flags, and
    `SFX flag strip add condition` rules (no continuation classes, no compounding, prefixes
    ignored). `known(word)`: the word is a stem or one rule applied to a stem that has the
    rule's flag. `endings`: every string a rule adds, the language's suffix inventory."""

    def __init__(self, stems: dict[str, str], rules: list[SuffixRule], words_too: frozenset[str] = frozenset(),
                 closing: tuple[str, ...] = ()):
        self.stems = stems
        self.words_too = words_too  # endings that are also words of their own (conjunctions, particles)
        self.closing = closing  # endings no other ending follows (a genitive)
        # a base that ends with one, or with one and a particle the dictionary glues to it
        self._closed = re.compile("(?:" + "|".join(map(re.escape, closing)) + ")(?:" +
                                  "|".join(map(re.escape, sorted(words_too))) + ")?$") if closing else None
        self._found: dict[str, tuple[str, ...]] = {}  # _rule_endings
        self.by_add: dict[str, list[SuffixRule]] = {}
        for r in rules:
            self.by_add.setdefault(r.add, []).append(r)
        self.endings = frozenset(a for a in self.by_add if a)
        self._lengths = sorted({len(a) for a in self.by_add})
        # an ending's rules by what they strip: one base per group, looked up once (the empty
        # ending alone has hundreds of rules)
        self._groups: dict[str, tuple[tuple[str, tuple[SuffixRule, ...]], ...]] = {}
        for add, group in self.by_add.items():
            by_strip: dict[str, list[SuffixRule]] = {}
            for r in group:
                by_strip.setdefault(r.strip, []).append(r)
            self._groups[add] = tuple((strip, tuple(rs)) for strip, rs in by_strip.items())

    @classmethod
    def read(cls, aff_text: str, dic_text: str) -> "AffixDictionary":
        rules = []
        for line in aff_text.lstrip("\ufeff").splitlines():
            parts = line.split()
            if len(parts) == 4 and parts[0] == "SFX" and parts[2] not in ("Y", "N"):
                parts = [*parts[:3], "0", parts[3]]  # a rule written without its (empty) ending
            if len(parts) >= 5 and parts[0] == "SFX":
                _, flag, strip, add, cond = parts[:5]
                strip = "" if strip == "0" else strip
                add = "" if add == "0" else add.split("/")[0]
                rules.append(SuffixRule(flag, strip.casefold(), add.casefold(), re.compile(f"{cond.casefold()}$")))
            elif parts[:2] == ["FLAG", "long"] or parts[:2] == ["FLAG", "num"] or parts[:1] == ["COMPOUNDFLAG"]:
                raise ValueError(f"unsupported Hunspell feature: {line.strip()}")
        stems: dict[str, str] = {}
        for line in dic_text.lstrip("\ufeff").splitlines()[1:]:
            stem, _, flags = line.strip().partition("/")
            if stem:
                key = stem.casefold()
                stems[key] = stems.get(key, "") + flags
        return cls(stems, rules)

    @classmethod
    def load(cls, name: str, folder: Path = HUNSPELL_DIR) -> "AffixDictionary":
        def text(ext: str) -> str:
            path = folder / f"{name}.{ext}.gz"
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                return fh.read()
        return cls.read(text("aff"), text("dic"))

    def with_endings(self, endings, words_too=(), closing=()) -> "AffixDictionary":
        """The same dictionary with more endings in its inventory (rules no stem's flags name:
        they serve `inflects` and keep the endings out of the words), and the endings that are
        also words of their own."""
        rules = [r for group in self.by_add.values() for r in group]
        rules += [SuffixRule("", "", e.casefold(), re.compile("$")) for e in endings if e not in self.by_add]
        return AffixDictionary(self.stems, rules, self.words_too | {w.casefold() for w in words_too},
                               tuple(e.casefold() for e in closing) or self.closing)

    def known(self, word: str, is_word: Callable[[str], bool] = lambda w: False) -> bool:
        """A stem, or a stem with one of its rules; a rule whose ending `is_word` says also
        stands alone proves nothing (see `inflects`)."""
        if word in self.stems:
            return True
        # (the rules of one group add one ending: whether it stands alone is asked of the ending)
        return any(not is_word(ending) for ending in self._rule_endings(word))

    def _rule_endings(self, word: str) -> tuple[str, ...]:
        """The endings some rule of a stem's flags adds to make the word. They depend on the word
        alone and the same words come back in every act: found once per word."""
        hit = self._found.get(word)
        if hit is None:
            if len(self._found) > KEPT_WORDS:
                self._found.clear()
            hit = self._found[word] = tuple(self._endings_making(word))
        return hit

    def _endings_making(self, word: str) -> Iterator[str]:
        # the stem and its flags first: a dictionary look-up, where a rule's condition is a regex
        for head, ending in self._cuts(word):
            for strip, rules in self._groups.get(ending, ()):
                base = head + strip
                flags = self.stems.get(base)
                if flags and any(rule.flag and rule.flag in flags and rule.condition.search(base) for rule in rules):
                    yield ending
                    break

    def _cuts(self, word: str) -> Iterator[tuple[str, str]]:
        """(head, ending) for every ending length of the inventory shorter than the word."""
        for n in self._lengths:
            if n >= len(word):
                break
            yield word[:len(word) - n], word[len(word) - n:]

    def accepts(self, word: str, is_base: Callable[[str], bool], is_word: Callable[[str], bool]) -> bool:
        """Whether the word counts as a known form: a word (not an ending) of three letters or
        more that the dictionary knows or that inflects a word `is_base` knows."""
        return (len(word) >= SHORTEST and word.isalpha() and word not in self.endings
                and (self.known(word, is_word) or self.inflects(word, is_base, is_word)))

    def inflects(self, word: str, is_base: Callable[[str], bool], is_word: Callable[[str], bool] = lambda w: False,
                 depth: int = 2, tail: str = "") -> bool:
        """Whether `word` is a word `is_base` knows followed by up to `depth` endings of the
        suffix inventory, whichever stems the dictionary lists the endings for: `ресурстарының`
        is `ресурс` + `тар` + `ы` + `ның` although no stem's flags allow that chain. The rules'
        conditions (vowel-harmony classes) are not asked: loanwords break them (`функция` +
        `сы`), and the chain only makes a form count as a known one, against the alternatives.
        Endings that together make a word `is_word` knows (`мен`, `тегін` = `тегі` + `н`) prove
        nothing: the form reads as well as two words (`өтініштері мен`, `жәбірленушіні тегін`)."""
        # every rule that strips the same letters for the same ending gives the same base: asked once
        for head, add in self._cuts(word):
            if not add:
                continue
            ending = add + tail
            standalone = None
            for strip, _ in self._groups.get(add, ()):
                base = head + strip
                if len(base) < SHORTEST or (self._closed is not None and self._closed.search(base)):
                    continue
                if standalone is None:
                    standalone = is_word(ending)
                if standalone:
                    break
                if is_base(base) or (depth > 1 and self.inflects(base, is_base, is_word, depth - 1, ending)):
                    return True
        return False

    def words(self) -> Counter:
        """The stems, once each: what a character model of the language learns from."""
        return Counter({w: 1 for w in self.stems if w.isalpha() and len(w) >= SHORTEST})


@lru_cache(maxsize=None)
def affix_dictionary(lang: str) -> AffixDictionary | None:
    kind, name = DICTIONARIES.get(lang, (None, None))
    if kind != "hunspell":
        return None
    return AffixDictionary.load(name).with_endings(endings(lang), endings(lang, "standalone"), endings(lang, "closing"))


@lru_cache(maxsize=None)
def form_prior(lang: str) -> Callable[[str], float] | None:
    """How likely a lower-case word is per word of running text, by the language's dictionary
    alone: 0 for a form it does not know, RARE_FORM for one it knows (a dictionary says that a
    form exists, not how common it is), FUNCTION_WORD for a preposition, conjunction, particle
    or pronoun (where the dictionary tells word classes). None: the language has no dictionary
    (or it is not installed)."""
    kind, _ = DICTIONARIES.get(lang, (None, None))
    if kind == "hunspell":
        return _hunspell_prior(affix_dictionary(lang))
    if kind == "pymorphy3":
        return _pymorphy_prior(lang)
    return None


def known_form(lang: str) -> Callable[[str], bool] | None:
    """Whether the language's dictionary knows a lower-case word as a form (None: no dictionary)."""
    prior = form_prior(lang)
    return None if prior is None else (lambda word: prior(word) > 0)


def _hunspell_prior(dic: AffixDictionary) -> Callable[[str], float]:
    @lru_cache(maxsize=200_000)
    def prior(word: str) -> float:
        known = len(word) >= SHORTEST and word.isalpha() and word not in dic.endings and dic.known(word)
        return RARE_FORM if known else 0.0
    return prior


@lru_cache(maxsize=None)
def _pymorphy(lang: str):
    """The language's pymorphy3 analyzer; None where it has none (or it is not installed)."""
    kind, _ = DICTIONARIES.get(lang, (None, None))
    if kind != "pymorphy3":
        return None
    try:
        import pymorphy3
    except ImportError:  # the join decisions fall back to the document and the label vocabulary
        return None
    return pymorphy3.MorphAnalyzer(lang=lang)


def _pymorphy_prior(lang: str) -> Callable[[str], float] | None:
    analyzer = _pymorphy(lang)
    if analyzer is None:
        return None

    @lru_cache(maxsize=200_000)
    def prior(word: str) -> float:
        if not word.isalpha() or not analyzer.word_is_known(word):
            return 0.0
        # a short form counts when the dictionary reads it as a word, not only as an abbreviation
        tags = [p.tag for p in analyzer.parse(word) if p.is_known and (len(word) >= SHORTEST or ABBREVIATION not in p.tag)]
        if any(t.POS in FUNCTION_CLASSES and ABBREVIATION not in t for t in tags):
            return FUNCTION_WORD
        return RARE_FORM if tags else 0.0
    return prior


# the grammemes of a person named by a noun phrase: the head noun is animate and singular
_PERSON = frozenset({"NOUN", "anim", "sing"})
_AGREEING = frozenset({"ADJF", "PRTF"})
_NOMINATIVE = "nomn"


def person_nominative(phrase: str, lang: str, preposition: bool = True) -> str | None:
    """A position printed in an oblique case (`социальному работнику по оказанию помощи`,
    `к учителю-логопеду`) in the nominative (`социальный работник по оказанию помощи`): the head
    noun (a person, singular) and the words before it that agree with it are put in the
    nominative, the words after it are kept, a preposition before them is dropped (unless
    `preposition` is false: a phrase that opens with one is then none). None where the language's
    dictionary cannot inflect (the case endings are then data: `position_head_case`), or reads no
    such phrase."""
    return next((nominative for _, nominative in _person_readings(phrase, lang, preposition)), None)


def person_cases(phrase: str, lang: str) -> set[str]:
    """The cases in which a phrase reads as a position (`person_nominative`): two positions a
    head joins are printed in the same case (`к психологу и учителю-логопеду`), where a person
    inside a position's name is not (`к социальному работнику по уходу за инвалидом`)."""
    return {case for case, _ in _person_readings(phrase, lang, True)}


def _person_readings(phrase: str, lang: str, preposition: bool) -> Iterator[tuple[str, str]]:
    """(case, nominative) of each reading of a phrase as a position, the likeliest first."""
    analyzer = _pymorphy(lang)
    words = phrase.split() if analyzer is not None else []
    while words and any(p.tag.POS == "PREP" for p in analyzer.parse(words[0].casefold())[:1]):
        if not preposition:
            return
        words = words[1:]
    # the last of the first words that reads as the head (`старшему` is also a noun: the head of
    # `старшему воспитателю` is `воспитателю`, which the word before agrees with)
    for at in range(min(4, len(words)) - 1, -1, -1):
        for case, gender in _person_cases(analyzer, words[at]):
            before = [_agreeing(analyzer, w, case, gender) for w in words[:at]]
            if all(before):
                head = "-".join(_noun_nominative(analyzer, part, case) for part in words[at].split("-"))
                yield case, " ".join([*before, head, *words[at + 1:]])


def _person_cases(analyzer, word: str) -> list[tuple[str, str]]:
    """(case, gender) of each reading of a word (its last part, where hyphenated) as a person."""
    return [(p.tag.case, p.tag.gender) for p in analyzer.parse(word.split("-")[-1].casefold())
            if _PERSON <= p.tag.grammemes]


def _agreeing(analyzer, word: str, case: str, gender: str) -> str | None:
    """An adjective or participle that agrees with the head noun, in the nominative."""
    for p in analyzer.parse(word.casefold()):
        if p.tag.POS in _AGREEING and p.tag.case == case and p.tag.number == "sing" and p.tag.gender in (gender, None):
            form = p.inflect({_NOMINATIVE})
            return _as_printed(word, form.word) if form else None
    return None


def _noun_nominative(analyzer, part: str, case: str) -> str:
    """A part of the head noun in the nominative; a part the dictionary reads otherwise (an
    abbreviation) as printed."""
    for p in analyzer.parse(part.casefold()):
        if p.tag.POS == "NOUN" and p.tag.case == case:
            form = p.inflect({_NOMINATIVE})
            if form:
                return _as_printed(part, form.word)
    return part


def _as_printed(printed: str, word: str) -> str:
    """A word the dictionary gives in lower case, with the capital letter it was printed with."""
    return word[:1].upper() + word[1:] if printed[:1].isupper() else word
