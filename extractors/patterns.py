"""Phrase templates of the vocabulary compiled to regular expressions, and dates.

A template such as `Әділет министрлігінде DATE № N (болып) тіркелді` is data; its
slots become named groups and its words match as stems, so one template serves
every inflected form the acts print. Template syntax (one token per word):

- `YYYY`, `D`, `MM`, `<month>`: parts of a date; `D.MM.YYYY`, `YYYY.MM.D`: numeric dates;
- `DATE`: any date form of the language (the `date` templates), one variant each;
- `N`: an act or registration number in every printed form (`262`, `237-ө`,
  `ҚР ДСМ-303/2020`, `14-VIII`), `№` its sign (`№`, `N`);
- `<act>`: any word (the type word of a cited act); `<kind>`: one of the legal-form
  words of the language (`legal_form:*`), as printed in an act line;
- `<issuer>`: the words naming who adopted an act (see below);
- `(word)`: an optional word; `...`: up to eight words of any kind;
- `.`: a full stop the previous word may carry (`тіркелді. Тіркеу № N`);
- any other word matches as its stem.

Every search is linear in its input. A template with `<issuer>` is never one
regular expression with an open-ended slot: its part after the slot (which
starts with a date or a fixed word) is searched, and the issuer is read back
from there to the start of its sentence, at most `ISSUER_MAX` characters.
"""
from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import vocabulary

# upper-case letters of both languages: the letter part of a number (`ҚР ДСМ-303/2020`) is upper case
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"

SLOTS = {
    "YYYY": r"(?P<year>\d{4})",
    "D": r"(?P<day>\d{1,2})",
    "MM": r"(?P<mon>\d{1,2})",
    "<month>": r"(?P<month>[^\W\d_]+)",
    "<act>": r"(?P<act>[^\W\d_]+)",
}
NUMERIC_DATE = re.compile(r"^(D|MM|YYYY)([./])(D|MM|YYYY)\2(D|MM|YYYY)$")
ISSUER_MAX = 600  # the longest issuer (a joint act of three ministers) is well under this
GAP = r"(?:[^\s]+\s+){0,8}?"

# where an issuer's words start: the start of a sentence (a full stop after a one-letter word
# is an abbreviation: `и.о. Министра`), a closing quote (the title of a cited act before it), a line end
_BOUNDARY = re.compile(r"(?:(?<!\b\w)[.!?;:]\s+|[\"»”]\s*|\n)(?=[^\W\d_])")


def number_regex(lang: str) -> str:
    """The number slot: up to two upper-case abbreviations, then a token with a digit; a trailing
    abbreviation of the act's type (`ЗРК`) is printed after the number and is not part of it."""
    suffixes = "|".join(re.escape(s) for s in vocabulary(lang).forms("number_suffix"))
    tail = rf"(?:\s+(?-i:(?:{suffixes}))(?!\w))?" if suffixes else ""
    return (rf"(?P<number>(?-i:(?:[{_UPPER}]{{1,5}}\s+){{0,2}})[\w\-/]*\d[\w\-/]*(?<![\-/])){tail}")


def sign_regex(lang: str) -> str:
    signs = vocabulary(lang).forms("number_sign") or ["№"]
    alts = [re.escape(s) if s == "№" else rf"(?-i:{re.escape(s)})(?=\s*\d)" for s in signs]
    return "(?:" + "|".join(alts) + ")"


def kind_regex(lang: str) -> str:
    """The legal-form words as an act line prints them, exactly (case included, or all in
    capitals): `бұйрығы` names the act, `бұйрығына` cites another one."""
    vocab = vocabulary(lang)
    forms = {f for key in vocab.keys("legal_form:") for f in vocab.forms(key)}
    forms |= {f.upper() for f in forms}
    alts = "|".join(r"\s+".join(map(re.escape, f.split())) for f in sorted(forms, key=len, reverse=True))
    return rf"(?P<act>(?-i:{alts}))(?!\w)"


def _word(w: str) -> str:
    return re.escape(_word_stem(w)) + r"[\w-]*"


def _word_stem(w: str) -> str:
    # a word of the template matches its inflected forms: the stem is the word
    # without its last letters, but short words must match whole
    return w if len(w) <= 4 else w[: max(4, len(w) - 3)]


def _token(tok: str, lang: str) -> str:
    if tok in SLOTS:
        return SLOTS[tok]
    if tok == "N":
        return number_regex(lang)
    if tok == "№":
        return sign_regex(lang)
    if tok == "<kind>":
        return kind_regex(lang)
    m = NUMERIC_DATE.match(tok)
    if m:
        parts = [SLOTS[p] for p in (m.group(1), m.group(3), m.group(4))]
        sep = re.escape(m.group(2))
        return parts[0] + sep + parts[1] + sep + parts[2]
    return _word(tok)


def _variants(template: str, lang: str) -> list[list[str]]:
    """A template's token lists: each `DATE` replaced by each date form, each `(word)` kept or left out."""
    choices: list[list[list[str]]] = []
    for tok in template.split():
        if tok == "DATE":
            choices.append([d.split() for d in vocabulary(lang).forms("date")])
        elif len(tok) > 2 and tok.startswith("(") and tok.endswith(")"):
            choices.append([[tok[1:-1]], []])
        else:
            choices.append([[tok]])
    return [[t for part in combo for t in part] for combo in itertools.product(*choices)]


def _join(tokens: list[str], lang: str) -> str:
    out = ""
    for k, tok in enumerate(tokens):
        if tok == ".":
            out += r"\.?"
            continue
        piece = GAP if tok == "..." else _token(tok, lang)
        if k and tokens[k - 1] != "...":
            out += r"\s*" if "№" in (tok, tokens[k - 1]) else r"\s+"
        out += piece
    return out


def compile_template(template: str, lang: str = "kk") -> str:
    """One regular expression for a template without `<issuer>`, `DATE` or optional words."""
    return _join(template.split(), lang)


@dataclass(frozen=True)
class Template:
    head: re.Pattern | None  # what stands before the issuer (`Приказ`), or None
    tail: re.Pattern  # the issuer slot and what follows it, or the whole template
    with_issuer: bool
    # a legal-form word before the issuer is the last one before it (a title may cite an act);
    # any word before it (`<act>`) is the first of its sentence
    head_last: bool = False
    # the stems the tail prints, in lower case: a text without one of them holds no match
    words: tuple[str, ...] = ()


@lru_cache(maxsize=None)
def templates(lang: str, key: str) -> tuple[Template, ...]:
    out = []
    flags = re.IGNORECASE | re.UNICODE
    for form in vocabulary(lang).forms(key):
        for tokens in _variants(form, lang):
            if "<issuer>" in tokens:
                at = tokens.index("<issuer>")
                head = re.compile(_join(tokens[:at], lang), flags) if at else None
                out.append(Template(head, re.compile(_join(tokens[at + 1:], lang), flags), True,
                                    "<kind>" in tokens[:at], _stems(tokens[at + 1:])))
            else:
                out.append(Template(None, re.compile(_join(tokens, lang), flags), False, words=_stems(tokens)))
    return tuple(out)


def _stems(tokens: list[str]) -> tuple[str, ...]:
    """The stems a template's words match by (_word), lower case: the slots, numbers, signs and
    gaps print no fixed letters."""
    fixed = [tok for tok in tokens if tok not in SLOTS and tok not in ("N", "№", "<kind>", "...", ".")
             and not NUMERIC_DATE.match(tok) and not tok.startswith("<")]
    return tuple(_word_stem(tok).lower() for tok in fixed)


class SlotMatch:
    """A template match read in parts: the groups of the part after the issuer, and the issuer
    (and the words before it) read back from there. Answers like `re.Match`."""

    def __init__(self, text: str, tail: re.Match, spans: dict[str, tuple[int, int]], start: int):
        self.string = text
        self._tail = tail
        self._spans = spans
        self._start = start

    def _span(self, name) -> tuple[int, int]:
        if name in (0, None):
            return self._start, self._tail.end()
        if name in self._spans:
            return self._spans[name]
        return self._tail.span(name)

    def group(self, name=0) -> str | None:
        a, b = self._span(name)
        return None if a < 0 else self.string[a:b]

    def groupdict(self) -> dict[str, str | None]:
        out = self._tail.groupdict()
        out.update({k: self.string[a:b] for k, (a, b) in self._spans.items()})
        return out

    def start(self, name=0) -> int:
        return self._span(name)[0]

    def end(self, name=0) -> int:
        return self._span(name)[1]

    def span(self, name=0) -> tuple[int, int]:
        return self._span(name)


def issuer_start(text: str, lo: int, hi: int, lang: str) -> int:
    """Where the words before `hi` that name an issuer begin: after the last sentence end,
    closing quote or line end between `lo` and `hi`, or after a word that ends a title or a
    status word the site prints before the act line."""
    start = lo
    for m in _BOUNDARY.finditer(text, lo, hi):
        start = m.end()
    for m in _stops(lang).finditer(text, start, hi):
        start = m.end()
    return start


@lru_cache(maxsize=None)
def _stops(lang: str) -> re.Pattern:
    vocab = vocabulary(lang)
    stops = vocab.forms("issuer_stop") + [f for k in vocab.keys("page_status:") for f in vocab.forms(k)]
    alts = "|".join(map(re.escape, sorted(stops, key=len, reverse=True))) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alts})(?:\s+|(?=[{_UPPER}]))")


def _issuer_match(text: str, t: Template, m: re.Match, lo: int, lang: str) -> SlotMatch | None:
    begin = issuer_start(text, max(lo, m.start() - ISSUER_MAX), m.start(), lang)
    spans = {}
    if t.head is not None:
        h = None
        for h in t.head.finditer(text, begin, m.start()):
            if not t.head_last:
                break
        if not h:
            return None
        spans.update({k: h.span(k) for k in t.head.groupindex})
        begin, issuer_from = h.start(), h.end()
    else:
        issuer_from = begin
    issuer = text[issuer_from:m.start()]
    if not re.search(r"[^\W\d_]", issuer):
        return None
    lead = len(issuer) - len(issuer.lstrip())
    spans["issuer"] = (issuer_from + lead, m.start() - (len(issuer) - len(issuer.rstrip())))
    return SlotMatch(text, m, spans, begin)


def _matches(lang: str, key: str, text: str):
    lowered = text.lower()
    for t in templates(lang, key):
        if not all(w in lowered for w in t.words):
            continue
        last_end = 0
        for m in t.tail.finditer(text):
            if not t.with_issuer:
                yield m
                continue
            sm = _issuer_match(text, t, m, last_end, lang)
            # an issuer never reaches back over another date and number: each stretch of text
            # is read back once, so the search stays linear
            last_end = m.end()
            if sm:
                yield sm


def search(lang: str, key: str, text: str):
    """The earliest match of any of the key's templates (a `re.Match` or a `SlotMatch`)."""
    best = None
    for m in _matches(lang, key, text):
        if best is None or m.start() < best.start():
            best = m
    return best


def finditer(lang: str, key: str, text: str) -> list:
    """The matches of the key's templates in text order; where two overlap (two forms of
    one date), the one that starts first, and of those the longest."""
    out = []
    for m in sorted(_matches(lang, key, text), key=lambda m: (m.start(), -m.end())):
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


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


def match_date(m, lang: str) -> dt.date | None:
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


def find_dates(text: str, lang: str) -> list[tuple[object, dt.date]]:
    out = []
    for m in finditer(lang, "date", text):
        d = match_date(m, lang)
        if d:
            out.append((m, d))
    return out


def find_number(text: str, lang: str) -> str | None:
    """The first act number printed after its sign (`№ ҚР ДСМ-303/2020`, `N 930`)."""
    m = _number_rx(lang).search(text)
    return m.group("number") if m else None


def find_numbers(text: str, lang: str) -> list[tuple[int, str]]:
    """Every act number printed after its sign: (where it stands, the number)."""
    return [(m.start(), m.group("number")) for m in _number_rx(lang).finditer(text)]


@lru_cache(maxsize=None)
def _number_rx(lang: str) -> re.Pattern:
    return re.compile(sign_regex(lang) + r"\s*" + number_regex(lang), re.IGNORECASE | re.UNICODE)
