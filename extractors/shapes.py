"""Clause shapes of the vocabulary compiled to regular expressions.

A requirement clause or an amendment formula is described in `vocab/clauses.tsv`
as a shape: words and slots, one variant per ` | `, so that a new wording is a new
line of data, not a new rule. In a shape

- a word matches itself (any case); `word*` matches every word that begins with
  `word` (its inflected forms);
- `...` stands for any words;
- `{name}` is a slot: any text, captured under `name`;
- `"{name}"` is a quoted slot: text between quotes of any kind, captured;
- `N` is a number, in digits (`3`, `9-1`, `2)`) or in words (`трех`, `үш`), with
  what may follow it in the acts (`3 (трех)`, `2-х`), captured as `n`;
- punctuation (`:`, `–`) matches itself, any dash for a dash.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .vocabulary import vocabulary

QUOTE_OPEN = "\"«“„"
QUOTE_CLOSE = "\"»”“"
DASHES = "–—-"
_SLOT = re.compile(r"^\{(\w+)\}$")
_QUOTED_SLOT = re.compile(r"^\"\{(\w+)\}\"$")


def _number_words(lang: str) -> str:
    words = sorted(vocabulary(lang).numbers, key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


def number_slot(lang: str) -> str:
    """A number in digits or words, with a spelled-out copy in brackets or a case ending after it."""
    words = _number_words(lang)
    alternatives = r"\d+(?:-\d+)*" + (f"|{words}" if words else "")
    return rf"(?P<n>{alternatives})(?!\w)(?:\s*\([^()]*\))?(?:-[^\W\d_]{{1,3}})?"


def _token(tok: str, lang: str) -> str:
    if tok == "...":
        return r".*?"
    if tok == "N":
        return number_slot(lang)
    m = _QUOTED_SLOT.match(tok)
    if m:
        return rf"[{QUOTE_OPEN}]\s*(?P<{m.group(1)}>.*?)\s*[{QUOTE_CLOSE}]"
    m = _SLOT.match(tok)
    if m:
        return rf"(?P<{m.group(1)}>.*?)"
    if all(c in DASHES for c in tok):
        return f"[{DASHES}]"
    if not re.search(r"\w", tok):
        return re.escape(tok)
    if tok.endswith("*"):
        return r"(?<!\w)" + re.escape(tok[:-1]) + r"\w*"
    return r"(?<!\w)" + re.escape(tok) + r"(?!\w)"


def form_regex(form: str, lang: str) -> str:
    """The regular expression of one shape; spaces between its tokens may be missing around
    punctuation and quotes (the extraction drops them)."""
    out = ""
    prev = None
    for tok in form.split():
        rx = _token(tok, lang)
        if prev is not None:
            loose = any(not re.search(r"\w", t.strip("*")) or t.startswith(('"', "{")) or t == "..."
                        for t in (prev, tok))
            out += r"\s*" if loose else r"\s+"
        out += rx
        prev = tok
    return out


def required_words(form: str, lang: str) -> re.Pattern | None:
    """A pattern that finds every word the shape prints literally (`дополнить`, `пункт*`), each
    anywhere in a text, or None when it prints none. A text it does not match cannot hold the
    shape: the cheap test that spares the shape's slots (`{unit} ... {new_unit}`) backtracking
    over a long paragraph."""
    words = [_token(tok, lang) for tok in form.split() if _is_word(tok)]
    if not words:
        return None
    return re.compile("".join(f"(?=.*?{w})" for w in words), re.IGNORECASE | re.DOTALL)


def _is_word(tok: str) -> bool:
    return (tok not in ("...", "N") and not _SLOT.match(tok) and not _QUOTED_SLOT.match(tok)
            and bool(re.search(r"\w", tok)))


@lru_cache(maxsize=None)
def regexes(lang: str, key: str) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(form_regex(f, lang), re.IGNORECASE) for f in vocabulary(lang).forms(key))


@lru_cache(maxsize=None)
def _literals(lang: str, key: str) -> tuple[tuple[str, ...], ...]:
    """The words each shape of `key` prints, in lower case (`word*` as its stem): a text that
    lacks one of a shape's words cannot hold the shape. Most texts asked hold none, and a
    substring test is far cheaper than a search that tries every shape at every offset."""
    return tuple(tuple(tok.rstrip("*").lower() for tok in form.split() if _is_word(tok))
                 for form in vocabulary(lang).forms(key))


def _shapes_in(text: str, lang: str, key: str) -> list[re.Pattern]:
    """The shapes of `key` whose printed words are all in the text (the ones that may match)."""
    lowered = text.lower()
    return [rx for rx, words in zip(regexes(lang, key), _literals(lang, key))
            if all(w in lowered for w in words)]


def find_all(text: str, lang: str, prefix: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of every shape of the keys `prefix:kind` in the text, longest first
    at a position."""
    found = []
    for key in vocabulary(lang).keys(prefix):
        kind = key[len(prefix):]
        for rx in _shapes_in(text, lang, key):
            found.extend((m.start(), m.end(), kind) for m in rx.finditer(text) if m.end() > m.start())
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    return found


@lru_cache(maxsize=None)
def _joined(lang: str, key: str) -> tuple[re.Pattern, ...]:
    """The shapes of `key` as one pattern, for asking whether any is there (one search where
    one per shape was made); the shapes themselves where they cannot be joined (a group name
    two of them share)."""
    shapes = regexes(lang, key)
    if len(shapes) < 2:
        return shapes
    try:
        return (re.compile("|".join(f"(?:{rx.pattern})" for rx in shapes), re.IGNORECASE),)
    except re.error:
        return shapes


def any_of(text: str, lang: str, prefix: str) -> bool:
    """Whether any shape of the keys `prefix:kind` is in the text (find_all, stopping at the first)."""
    lowered = text.lower()
    return any(_held(text, lowered, lang, key) for key in vocabulary(lang).keys(prefix))


def at_start(text: str, lang: str, prefix: str) -> tuple[str, int] | None:
    """The kind of the longest shape of `prefix:*` that opens the text, and where it ends."""
    best = None
    for key in vocabulary(lang).keys(prefix):
        for rx in regexes(lang, key):
            m = rx.match(text)
            if m and (best is None or m.end() > best[1]):
                best = (key[len(prefix):], m.end())
    return best


def search(text: str, lang: str, key: str) -> re.Match | None:
    """The first match of any shape of `key`, the longest where two start together."""
    best = None
    for rx in _shapes_in(text, lang, key):
        m = rx.search(text)
        if m and (best is None or (m.start(), -m.end()) < (best.start(), -best.end())):
            best = m
    return best


def has(text: str, lang: str, key: str) -> bool:
    return _held(text, text.lower(), lang, key)


def _held(text: str, lowered: str, lang: str, key: str) -> bool:
    if not any(all(w in lowered for w in words) for words in _literals(lang, key)):
        return False
    return any(rx.search(text) for rx in _joined(lang, key))


def number_value(token: str, lang: str) -> int | None:
    token = token.strip()
    if token.isdigit():
        return int(token)
    return vocabulary(lang).numbers.get(token.casefold())


def words_rx_of(forms, lang: str) -> str:
    """An alternation of forms (words or `stem*`, several words each) as whole words, longest
    first, for use inside a regex; one that never matches when there are none."""
    return _words_rx_of(tuple(forms), lang)


@lru_cache(maxsize=4096)
def _words_rx_of(forms: tuple[str, ...], lang: str) -> str:
    # asked with the same forms for every paragraph and cell (building it cost more than the search)
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(form_regex(f, lang) for f in ordered) or r"(?!x)x"


def words_rx(lang: str, key: str) -> str:
    return words_rx_of(vocabulary(lang).forms(key), lang)
