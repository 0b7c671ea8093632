"""Row labels of the occupation cards, found in repaired text by the vocabulary.

A label is matched word by word from a position where a line starts: each word
of a vocabulary form must equal the text's word (case folded, punctuation
aside), or differ by one letter in a long word (`Білікетілік`); `...` in a form
skips any words. A one-word label (`Білім`, `Дағдылар`) counts only when a
colon or the end of its line follows it, because the same word also occurs in
running text. Numbered labels (`Еңбек функциясы 1:`, `2-міндет`) are compiled
from their templates with N as the number. A label cut by a page break is matched
from its two parts (`match_across`), or from its end when its first words are
lost (`match_label_end`).
"""
from __future__ import annotations

import re
import threading
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from dataclasses import dataclass, replace
from functools import lru_cache

from .card_template import card_template
from .vocabulary import vocabulary

NUMBERED_FIELDS = ("function_additional", "function", "task")
# every other row of the card template has phrase labels (card.tsv)
PHRASE_FIELDS = tuple(r.key for r in card_template().rows if r.key not in NUMBERED_FIELDS)

_TOKEN = re.compile(r"\S+")


@dataclass(frozen=True)
class LabelMatch:
    field: str
    start: int
    end: int  # end offset in the text, after a trailing colon
    number: int | None = None
    variant: str = ""


_NOT_WORD = re.compile(r"[^\w]")


def _norm_word(w: str) -> str:
    return _NOT_WORD.sub("", w.casefold())


@lru_cache(maxsize=1 << 18)
def _close(a: str, b: str) -> bool:
    """Does text word `b` read as form word `a`: the same, one letter off in a long word
    (`Білікетілік`), or the same stem with another ending (`трудовые` / `трудовая`,
    `Дағдылар` / `Дағдылары`; a short form word must be whole at the start: `Білім` / `Білімі`)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if min(la, lb) >= 7 and abs(la - lb) <= 1 and _one_edit(a, b):
        return True
    if la < 5 or lb < 5 or abs(la - lb) > 3:
        return False
    # the common beginning covers the form word (all but its last two letters in a long one)
    need = la if la < 7 else la - 2
    return a[:need] == b[:need]


def _one_edit(a: str, b: str) -> bool:
    """One letter replaced, or one letter more in one of them (lengths differing by one at most)."""
    if a == b:
        return False
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    i = _first_difference(short, long_)
    if len(a) == len(b):
        return short[i + 1:] == long_[i + 1:]
    return len(long_) == len(short) + 1 and long_[i + 1:] == short[i:]


def _first_difference(a: str, b: str) -> int:
    for i in range(min(len(a), len(b))):
        if a[i] != b[i]:
            return i
    return min(len(a), len(b))


@lru_cache(maxsize=None)
def _phrase_forms(lang: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    out = _forms_of(lang, "") + _forms_of(lang, COLON_ONLY)
    # longest forms first: `Білім және біліктілік жүйесімен байланысы` before `Білім`
    out.sort(key=lambda f: -len([w for w in f[1] if w != "..."]))
    return tuple(out)


# forms whose words also run on in the text (`… білік пен дағдыларын дамыту`): a label only
# before a colon, as a one-word label (card.tsv `colon:<field>`)
COLON_ONLY = "colon:"


@lru_cache(maxsize=None)
def _colon_forms(lang: str) -> frozenset[str]:
    return frozenset(raw for _, _, raw in _forms_of(lang, COLON_ONLY))


@lru_cache(maxsize=None)
def _alone_forms(lang: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    """Forms that are a label only where they fill their cell (`alone:<field>`: `Условия
    труда`, which also opens sentences and wrapped lines of running text)."""
    return tuple(_forms_of(lang, "alone:"))


def _forms_of(lang: str, prefix: str) -> list[tuple[str, tuple[str, ...], str]]:
    vocab = vocabulary(lang)
    out = []
    for field in PHRASE_FIELDS:
        for form in vocab.forms(prefix + field):
            words = []
            for w in form.replace("...", " ... ").split():
                if w == "...":
                    words.append("...")
                else:
                    # a form word glued by a hyphen (`СБШ-дағы`) is several text words
                    words.extend(p for p in (_norm_word(x) for x in re.split(r"[-–]", w)) if p)
            if words:
                out.append((field, tuple(words), form))
    return out


def _candidate_forms(lang: str, words: list[tuple[str, int, int]]):
    """The phrase forms that may start at these words: those whose first word is close to the
    text's first word (or to it and the next one or two, a word the damage left in pieces), and
    those that start with any words (`...`). In the order of _phrase_forms."""
    heads = [words[0][0]]
    for w in words[1:3]:
        heads.append(heads[-1] + w[0])
    return _forms_for_heads(lang, tuple(heads))


@lru_cache(maxsize=1 << 14)
def _forms_for_heads(lang: str, heads: tuple[str, ...]) -> tuple:
    # a text's first words recur (every card prints the same labels): decided once per heads
    by_start, by_end = _first_words_by_ends(lang)
    keep = set(_forms_by_first_word(lang).get("...", ()))
    for h in heads:
        for first, idx in by_start.get(h[:3], ()) + by_end.get(h[-3:], ()):
            # a word _close to a head differs from it in length by three letters at most
            if abs(len(first) - len(h)) <= 3 and _close(first, h):
                keep.update(idx)
    forms = _phrase_forms(lang)
    return tuple(forms[k] for k in sorted(keep))


@lru_cache(maxsize=None)
def _first_words_by_ends(lang: str) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """The forms' first words (with their forms' indexes) by their ends (_by_ends)."""
    return _by_ends([(first, idx) for first, idx in _forms_by_first_word(lang).items() if first != "..."])


def _by_ends(items: list[tuple[str, object]]) -> tuple[dict[str, tuple], dict[str, tuple]]:
    """(word, value) items by the word's first three letters and by its last three. A word
    _close to another shares one of them: the same word; one letter off in a long word (the
    letter is among the first three, or the last three are the same); or the same beginning."""
    by_start: dict[str, list] = {}
    by_end: dict[str, list] = {}
    for word, value in items:
        by_start.setdefault(word[:3], []).append((word, value))
        by_end.setdefault(word[-3:], []).append((word, value))
    return {k: tuple(v) for k, v in by_start.items()}, {k: tuple(v) for k, v in by_end.items()}


@lru_cache(maxsize=None)
def _forms_by_first_word(lang: str) -> dict[str, tuple[int, ...]]:
    out: dict[str, list[int]] = {}
    for k, (_, form, _) in enumerate(_phrase_forms(lang)):
        out.setdefault(form[0], []).append(k)
    return {w: tuple(v) for w, v in out.items()}


def _template_tokens(form: str) -> list[str]:
    """`Еңбек функциясы N:` -> ["Еңбек", "функциясы", "N", ":"]; a kind in brackets keeps them
    (`Еңбек функциясы N (қосымша):`)."""
    return re.findall(r"N|[^\W\d_]+|[:\-()]", form)


def _template_regex(tokens: list[str]) -> re.Pattern:
    parts = []
    for tok in tokens:
        if tok == "N":
            # a number printed with its sign or not; a task's may carry its function's (`Міндет 1.2:`,
            # `Задача 1.2.1:`), a function's its list's (`Трудовая функция 2.1:`)
            parts.append(r"(?:[№N]\s*)?(?:\d{1,2}\.){0,2}(?P<n>\d{1,2})")
        elif tok == "-":
            parts.append(r"\s*[-–]?\s*")  # printed with or without its hyphen
        elif tok == ":":
            parts.append(r"\s*:")
        elif tok == "(":
            parts.append(r"\s*\(\s*")
        elif tok == ")":
            parts.append(r"\s*\)")
        else:
            parts.append(re.escape(tok))
    rx = ""
    for i, p in enumerate(parts):
        if i and not parts[i - 1].endswith(r"\s*") and not p.startswith(r"\s*"):
            rx += r"\s+"
        rx += p
    return re.compile(rx + r"\.?", re.IGNORECASE)  # used with .match(text, pos): anchored there


@lru_cache(maxsize=None)
def _numbered_forms(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    vocab = vocabulary(lang)
    out = []
    for field in NUMBERED_FIELDS:
        for form in vocab.forms(field):
            out.append((field, _template_regex(_template_tokens(form))))
    return tuple(out)


@lru_cache(maxsize=None)
def _any_numbered(lang: str) -> re.Pattern:
    """All the numbered forms as one pattern: most offsets open none of them, and one match
    says so where a match per form would be tried."""
    forms = (rx.pattern.replace("(?P<n>", "(?:") for _, rx in _numbered_forms(lang))
    return re.compile("|".join(f"(?:{f})" for f in forms), re.IGNORECASE)


@lru_cache(maxsize=None)
def _numbered_ends(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    """The ends of the numbered forms whose number comes after their words (`функциясы N:` of
    `Еңбек функциясы N:`): from each word after the first through the number and what follows."""
    vocab = vocabulary(lang)
    out = []
    for field in NUMBERED_FIELDS:
        for form in vocab.forms(field):
            tokens = _template_tokens(form)
            if "N" not in tokens:
                continue
            n_at = tokens.index("N")
            for k in range(1, n_at):
                if tokens[k] not in ("-", ":"):
                    out.append((field, _template_regex(tokens[k:])))
    return tuple(out)


_WORD = re.compile(r"\w+")
# a cell's text is kept with its words; a longer one is made up for one question (a label across a break)
CACHED_TEXT = 4000


def _words(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The words from `pos` on (up to 600 characters, 60 words), case folded, with their offsets;
    a word glued to the next one (`талаптарСБШ`: a lower-case letter before a capital) is two."""
    table = _table_for(text)
    return table.words(text, pos) if table else _words_from(text, pos)


class _Table:
    """Every word of a text (its start, end, and pieces, see _pieces): a cell's text is asked for
    labels at many offsets, its words are found once."""

    __slots__ = ("starts", "ends", "flat", "first", "opening")

    def __init__(self, text: str):
        matches = list(_WORD.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.flat: list[tuple[str, int, int]] = []  # the pieces of every word, in order
        self.first: list[int] = []  # where each word's pieces begin in flat (and where they end)
        flat, first = self.flat, self.first
        for m in matches:
            first.append(len(flat))
            word = m.group(0)
            if word[1:].islower() or word.isupper():
                flat.append((word.casefold(), m.start(), m.end()))  # a whole word (_pieces, without the call)
            else:
                flat.extend(_pieces(word, m.start()))
        self.first.append(len(self.flat))
        self.opening: dict[str, list[int]] = {}

    def words(self, text: str, pos: int) -> list[tuple[str, int, int]]:
        """What _words_from(text, pos) finds, as a slice: whole words starting before pos + 600,
        until more than 60 pieces are taken."""
        starts, first = self.starts, self.first
        k, limit = bisect_left(starts, pos), pos + 600
        if k and self.ends[k - 1] > pos:
            return _words_from(text, pos)  # an offset inside a word: the word's rest is a word
        before_limit = bisect_left(starts, limit, lo=k)  # words k .. before_limit - 1 start in reach
        if before_limit == k:
            return []
        # the words are taken until the one that brings the pieces past 60
        enough = bisect_right(first, first[k] + 60, lo=k + 1) - 1
        last = min(enough, before_limit - 1)
        if last == before_limit - 1 and self.ends[last] > limit:
            return _words_from(text, pos)  # the last word in reach is cut by it
        return self.flat[first[k]:first[last + 1]]

    def openings(self, anchor: str) -> list[int]:
        """Where a word that may start the fixed words `anchor` opens (sorted offsets)."""
        got = self.opening.get(anchor)
        if got is None:
            got = self.opening[anchor] = [start for w, start, _ in self.flat if _opens(anchor, w)]
        return got


_TABLES: OrderedDict[str, _Table] = OrderedDict()
_TABLES_LOCK = threading.Lock()
TABLES_KEPT = 512
_ASKED: set[str] = set()


def _table_for(text: str) -> _Table | None:
    """The text's word table where it pays: for a text asked a second time. A text asked once
    (half of them: a block asked whether a card starts there) and a long one made up for one
    question (a label across a break) are read from the asked offset only."""
    if len(text) > CACHED_TEXT:
        return None
    # documents read in threads of one process (`--workers 0`) share the tables
    with _TABLES_LOCK:
        table = _TABLES.get(text)
        if table is not None:
            _TABLES.move_to_end(text)
            return table
        if text not in _ASKED:
            if len(_ASKED) > 1 << 13:
                _ASKED.clear()
            _ASKED.add(text)
            return None
    table = _Table(text)
    with _TABLES_LOCK:
        _TABLES[text] = table
        if len(_TABLES) > TABLES_KEPT:
            _TABLES.popitem(last=False)
    return table


def _pieces(word: str, start: int) -> tuple:
    rest = word[1:]
    if rest.islower() or not any(map(str.isupper, rest)):
        return ((word.casefold(), start, start + len(word)),)  # most words: no capital inside
    cuts = [0] + [k for k in range(1, len(word)) if word[k - 1].islower() and word[k].isupper()] + [len(word)]
    return tuple((word[a:b].casefold(), start + a, start + b) for a, b in zip(cuts, cuts[1:]))


def _words_from(text: str, pos: int, most: int = 60) -> list[tuple[str, int, int]]:
    """The words from `pos` on: more than `most` pieces, if the reach holds them (see _words)."""
    out = []
    for m in _WORD.finditer(text, pos, pos + 600):
        word = m.group(0)
        if word[1:].islower() or word.isupper():
            start, end = m.span()
            out.append((word.casefold(), start, end))  # a whole word (_pieces, without the call)
        else:
            out.extend(_pieces(word, m.start()))
        if len(out) > most:
            break
    return out


def _after_colon(text: str, end: int) -> int:
    m = re.match(r"[)\]]*\s*[:.]*", text[end:])
    return end + m.end() if m else end


def match_at(text: str, pos: int, lang: str, fields: tuple[str, ...] | None = None,
             line_ends: frozenset[int] = frozenset()) -> LabelMatch | None:
    """The label that starts at `pos` in `text`, if any: a numbered one first, else a phrase."""
    if len(text) > CACHED_TEXT:
        return _label_at(text, pos, lang, fields, line_ends)
    # the card parser asks again what it asked in another reading of the card (one in six)
    return _kept_label_at(text, pos, lang, fields, line_ends)


def _label_at(text: str, pos: int, lang: str, fields, line_ends: frozenset[int]) -> LabelMatch | None:
    found = _numbered_at(text, pos, lang, fields) or _phrase_at(text, pos, lang, fields, line_ends)
    if found is None:
        outline = _OUTLINE.match(text, pos)
        if outline:
            found = _phrase_at(text, outline.end(), lang, fields, line_ends)
            return replace(found, start=pos) if found else None
    return found or (None if pos else _alone_at(text, lang, fields))


def _alone_at(text: str, lang: str, fields) -> LabelMatch | None:
    """A form that is a label only where it fills the cell (_alone_forms), or opens it glued to a
    value that starts a sentence of its own (`Условия труда Работа выполняется ...`): running
    text goes on after the phrase (`Условия труда устанавливаются ...`)."""
    forms = [f for f in _alone_forms(lang) if not fields or f[0] in fields]
    if not text[:1].isupper():
        return None  # a cell's label opens with a capital; running text goes on in lower case
    words = _words_from(text[:80], 0) if forms else None  # a form and the word after it
    if not words:
        return None
    for field, form, raw_form in forms:
        if not _first_word_fits(form, words):
            continue
        end = _match_words(form, words)
        if end is None:
            continue
        if not text[words[end - 1][2]:].strip(" :\n") or end < len(words) and _opens_a_sentence(text, words, end):
            return LabelMatch(field, 0, _after_colon(text, words[end - 1][2]), None, raw_form)
    return None


def _opens_a_sentence(text: str, words, k: int) -> bool:
    """Does the k-th word open a sentence: a capital right after the words before it, with a
    space or a colon between (`Условия труда: Работа ...`)? A word that a colon closes in turn is
    the next header of a table's row of headers (`Білім деңгейі: Мамандығы:`), not a value."""
    between = text[words[k - 1][2]:words[k][1]].strip()
    if not text[words[k][1]].isupper() or between not in ("", ":"):
        return False
    return not between or text[words[k][2]:words[k][2] + 1] != ":"


# an outline number a heading may carry before its words (`II. Қосымша еңбек функциялары:`):
# roman, in Latin letters or in the Cyrillic `І` that looks the same
_OUTLINE = re.compile(r"[IVXІ]{1,4}[.)]\s+(?=\w)")


_kept_label_at = lru_cache(maxsize=1 << 14)(_label_at)


def _numbered_at(text: str, pos: int, lang: str, fields) -> LabelMatch | None:
    """The longest numbered label (`Еңбек функциясы 2:`, `1-міндет`) that ends a word at `pos`."""
    if not _any_numbered(lang).match(text, pos):
        return None
    best = None
    for field, rx in _numbered_forms(lang):
        if fields and field not in fields:
            continue
        m = rx.match(text, pos)
        whole = m and (m.end() == len(text) or not text[m.end()].isalnum() or text[m.end() - 1] in ":.")
        if whole and (best is None or m.end() > best[1].end()):
            best = (field, m)
    if not best:
        return None
    field, m = best
    n = m.groupdict().get("n")
    return LabelMatch(field, pos, _after_colon(text, m.end()), int(n) if n else None)


def _phrase_at(text: str, pos: int, lang: str, fields, line_ends: frozenset[int]) -> LabelMatch | None:
    """The first (longest) phrase label at `pos`. A one-word label counts only before a colon or
    a line end: the same word also occurs in running text."""
    words = _words_to_match(text, pos, lang, fields)
    if not words:
        return None
    may_open: dict[str, bool] = {}  # forms that start with any words share their fixed first words
    for field, form, raw_form in _candidate_forms(lang, words):
        if (fields and field not in fields) or not _fixed_words_near(text, form, words, may_open):
            continue
        end = _match_words(form, words)
        if end is None:
            continue
        # a label that names an act runs to the end of its cell
        stop = len(text.rstrip()) if form[-1] == "..." else words[end - 1][2]
        colon_only = len([w for w in form if w != "..."]) == 1 or raw_form in _colon_forms(lang)
        if colon_only and not _one_word_label(text, pos, stop, form, words, line_ends):
            continue
        return LabelMatch(field, pos, _after_colon(text, stop), None, raw_form)
    return None


def _words_to_match(text: str, pos: int, lang: str, fields) -> list[tuple[str, int, int]]:
    """The words from `pos` on (_words), none where no form of the fields asked can start."""
    table = _table_for(text)
    if table is None and not _forms_may_start(text, pos, lang, fields):
        return []
    return table.words(text, pos) if table else _words_from(text, pos)


def _forms_may_start(text: str, pos: int, lang: str, fields) -> bool:
    """May a phrase form of the fields asked start at `pos` (_candidate_forms reads three words)?
    Most offsets of a text read once start none: three words say so, not the sixty a form is
    matched against."""
    first = _words_from(text, pos, 2)
    forms = _candidate_forms(lang, first) if first else ()
    return any(f[0] in fields for f in forms) if fields else bool(forms)


def _fixed_words_near(text: str, form: tuple[str, ...], words, asked: dict[str, bool]) -> bool:
    """A form that starts with any words may start here only where its first fixed word is near
    (_may_open_at; asked once per fixed word at a position); any other form may."""
    if form[0] != "..." or len(form) < 2:
        return True
    if form[1] not in asked:
        asked[form[1]] = _may_open_at(text, form[1], words)
    return asked[form[1]]


def _one_word_label(text: str, pos: int, stop: int, form: tuple[str, ...], words, line_ends) -> bool:
    """A one-word label (`Білім`, `Дағдылар`) also occurs in running text: it counts before a
    colon, or alone at its line's end when it opens with a capital and is the form's own word
    (not an inflection of it: `дағдыларына` ending a wrapped name is no heading), and the next
    line does not go on in lower case (`Білім` / `алушылардың ...`: a name wrapped after its
    first word)."""
    tail = text[stop:]
    if re.match(r"\s*:", tail):
        return True
    at_end = stop in line_ends or not tail.strip()
    word = form[-1] if form[-1] != "..." else form[0]
    return at_end and text[pos:pos + 1].isupper() and (words[0][0] == word or _one_edit(word, words[0][0])) \
        and not tail.lstrip()[:1].islower()


@lru_cache(maxsize=1 << 16)
def _opens(anchor: str, word: str) -> bool:
    """May a form's first fixed word (after its leading `...`) start at this text word?"""
    # (a word _close to another differs from it in length by three letters at most)
    return anchor.startswith(word[:3]) or (abs(len(anchor) - len(word)) <= 3 and _close(anchor, word))


def _may_open_at(text: str, anchor: str, words: list[tuple[str, int, int]]) -> bool:
    """A form that starts with any words needs its first fixed word among the next 30 words
    (see _match_words): a cheap test on the text's own list before trying the form. The first
    and the last of those words are tested themselves (either may be a piece of a word)."""
    window = words[:30]
    if _opens(anchor, window[0][0]) or _opens(anchor, window[-1][0]):
        return True
    table = _TABLES.get(text) if len(text) <= CACHED_TEXT else None
    if table is None:
        return any(_opens(anchor, w) for w, _, _ in window[1:-1])
    offsets = table.openings(anchor)
    k = bisect_left(offsets, window[0][1] + 1)
    return k < len(offsets) and offsets[k] < window[-1][1]


def _match_words(form: tuple[str, ...], words: list[tuple[str, int, int]]) -> int | None:
    """Number of text words the form consumes, or None."""
    def go(fi: int, wi: int) -> int | None:
        if fi == len(form):
            return wi
        if form[fi] == "..." and fi == len(form) - 1:
            return wi
        if form[fi] == "...":
            # only where the next form word could start (a close word, or the head of one in pieces)
            for skip in range(0, 30):
                if wi + skip >= len(words):
                    break
                w = words[wi + skip][0]
                if not (_close(form[fi + 1], w) or form[fi + 1].startswith(w[:3])):
                    continue
                got = go(fi + 1, wi + skip)
                if got is not None:
                    return got
            return None
        if wi >= len(words):
            return None
        if _close(form[fi], words[wi][0]):
            got = go(fi + 1, wi + 1)
            if got is not None:
                return got
        # two form words the damage glued (`мазмұнымен` for `мазмұны мен`)
        if fi + 1 < len(form) and form[fi + 1] != "..." and words[wi][0] == form[fi] + form[fi + 1]:
            got = go(fi + 2, wi + 1)
            if got is not None:
                return got
        # a form word the damage left in pieces (`Наименован и е` for `Наименование`)
        joined = words[wi][0]
        for k in range(wi + 1, min(wi + 4, len(words))):
            joined += words[k][0]
            if len(joined) > len(form[fi]) + 1:
                break
            if len(form[fi]) >= 5 and _close(form[fi], joined):
                return go(fi + 1, k + 1)
        return None
    return go(0, 0)


def _first_word_fits(form: tuple[str, ...], words: list[tuple[str, int, int]]) -> bool:
    """Can the text's first words start the form (its first word matched the ways _match_words
    matches a word: close, glued to the next form word, or in pieces)? A cheap test before
    matching the form's heads of every length."""
    first, w0 = form[0], words[0][0]
    if _close(first, w0) or (len(form) > 1 and form[1] != "..." and w0 == first + form[1]):
        return True
    joined = w0
    for k in range(1, min(4, len(words))):
        joined += words[k][0]
        if len(joined) > len(first) + 1:
            break
        if len(first) >= 5 and _close(first, joined):
            return True
    return False


# the kinds of column a functions table may head with a row of its own (card.tsv `column:<kind>`)
COLUMN_KINDS = ("kind", "number", "function", "task", "skills", "knowledge", "lists")


@lru_cache(maxsize=None)
def _column_forms(lang: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    vocab = vocabulary(lang)
    out = [(kind, tuple(p for p in re.split(r"[\W_]+", form.casefold()) if p))
           for kind in COLUMN_KINDS for form in vocab.forms("column:" + kind)]
    return tuple(sorted(out, key=lambda f: -len(f[1])))


@lru_cache(maxsize=None)
def _column_starts(lang: str) -> frozenset[str]:
    return frozenset(form[0][:3] for _, form in _column_forms(lang) if form)


@lru_cache(maxsize=None)
def _sign_forms(lang: str) -> frozenset[str]:
    return frozenset(f for kind in COLUMN_KINDS for f in vocabulary(lang).forms("column:" + kind) if not re.search(r"\w", f))


@lru_cache(maxsize=1 << 12)
def column_heading(text: str, lang: str) -> str | None:
    """The kind of column whose heading fills the whole text (`Трудовые функции`, `Задачи`,
    `Біліктер, дағдылар және білім`), or None. (Asked of every short cell of every card: a cell
    whose first word starts no heading is answered by its first letters.)"""
    words = _words_from(text, 0)
    if not words:
        # a heading of signs alone (`№`)
        return next((kind for kind, form in _column_forms(lang) if not form and text.strip()), None) \
            if text.strip() in _sign_forms(lang) else None
    if len(words) > 8 or words[0][0][:3] not in _column_starts(lang):
        return None
    for kind, form in _column_forms(lang):
        if len(form) <= len(words) + 1 and _match_words(form, words) == len(words):
            return kind
    return None


@lru_cache(maxsize=1 << 12)
def column_headings(text: str, lang: str) -> tuple[str, ...] | None:
    """The kinds of column whose headings, one after another, fill the whole text: a table's
    header row read as one line (`№ Наименование трудовой функции Вид трудовой функции` ->
    number, function, kind), or None. Each heading is the longest run of words that reads as
    one; a heading of signs (`№`) is read alone, as the words after it are not its own; two
    headings of one kind side by side (`№ п/п`) are one column."""
    words = text.split()
    out: list[str] = []
    k = 0
    while k < len(words):
        sign = next((m for m in range(k, len(words)) if not re.search(r"\w", words[m])), len(words))
        reach = k + 1 if sign == k else min(sign, k + 8)
        found = next(((j, kind) for j in range(reach, k, -1) if (kind := column_heading(" ".join(words[k:j]), lang))),
                     None)
        if found is None:
            return None
        j, kind = found
        if out[-1:] != [kind]:
            out.append(kind)
        k = j
    return tuple(out) or None


@lru_cache(maxsize=None)
def field_words(lang: str, field: str) -> frozenset[str]:
    """Every word of every form of a field: the bag a label fragment is checked against."""
    out: set[str] = set()
    for f, form, _ in _phrase_forms(lang):
        if f == field:
            out.update(w for w in form if w != "...")
    return frozenset(out)


@lru_cache(maxsize=None)
def _numbered_words(lang: str, field: str) -> frozenset[str]:
    return frozenset(_norm_word(t) for form in vocabulary(lang).forms(field) for t in _template_tokens(form)
                     if t not in ("N", "-", ":", "(", ")"))


@lru_cache(maxsize=None)
def _every_label_word(lang: str) -> tuple[str, ...]:
    """The words of every label form of every field, and the fixed words of the forms that
    start with any words: what the last word of a cut label's first part must read as."""
    out: set[str] = set()
    for field in PHRASE_FIELDS:
        out |= field_words(lang, field)
    for field in NUMBERED_FIELDS:
        out |= _numbered_words(lang, field)
    for _, _, raw in _phrase_forms(lang):
        if raw.startswith("..."):
            out |= {_norm_word(w) for w in raw.replace("...", " ").split()}
    return tuple(sorted(w for w in out if w))


@lru_cache(maxsize=1 << 12)
def _may_be_cut_label(head: str, lang: str, word_cut: bool) -> bool:
    """Can `head` be the first part of a label a break cut? Its last word (its last one that is
    not a number) reads as a label's word, or starts one when the break may have cut a word.
    A cheap test before matching the forms: most blocks before a break are values."""
    lasts = _last_words(head)
    return any(_reads_as_label_word(w, lang, word_cut) for w in lasts)


def _last_words(text: str, reach: int = 200) -> set[str]:
    """The text's last word and its last word that is not a number (normalized), found in its
    last `reach` characters where they hold both whole (a block may be pages long)."""
    words = _WORD.findall(text, max(0, len(text) - reach))
    # the first word found may be the rest of one cut by the reach: it must not be either answer
    if len(text) > reach and not any(not w.isdigit() for w in words[1:]):
        words = _WORD.findall(text)
    words = [w for w in map(_norm_word, words) if w]
    if not words:
        return set()
    return {words[-1], next((w for w in reversed(words) if not w.isdigit()), words[-1])}


def _reads_as_label_word(w: str, lang: str, word_cut: bool) -> bool:
    by_start, by_end = _label_words_by_ends(lang)
    # a word _close to another shares its first three letters or its last three (_by_ends)
    if any(abs(len(w) - len(b)) <= 3 and _close(w, b) for b, _ in by_start.get(w[:3], ()) + by_end.get(w[-3:], ())):
        return True
    by_length = _label_words_by_length(lang)
    return word_cut and any(b.startswith(w) for n, bs in by_length.items() if n >= len(w) for b in bs)


@lru_cache(maxsize=None)
def _label_words_by_ends(lang: str) -> tuple[dict[str, tuple], dict[str, tuple]]:
    return _by_ends([(w, None) for w in _every_label_word(lang)])


@lru_cache(maxsize=None)
def _label_words_by_length(lang: str) -> dict[int, tuple[str, ...]]:
    out: dict[int, list[str]] = {}
    for w in _every_label_word(lang):
        out.setdefault(len(w), []).append(w)
    return {n: tuple(ws) for n, ws in out.items()}


def _label_words_only(text: str, lang: str, field: str, last_cut: bool = False) -> bool:
    """Is `text` made of words of the field's label forms only (numbers aside)? With `last_cut`,
    its last word may be the first part of one (a word the break cut: `компетенц`)."""
    bag = _numbered_words(lang, field) if field in NUMBERED_FIELDS else field_words(lang, field)
    words = [w for w in _norm_words(text) if w and not w.isdigit()]
    if not words:
        return False
    *whole, last = words
    return all(any(_close(w, b) for b in bag) for w in whole) and \
        any(_close(last, b) or last_cut and b.startswith(last) for b in bag)


def _completes_word(head: str, tail: str, lang: str, field: str) -> bool:
    """Does the start of `tail` complete the last word of `head` into a word of the field's
    label (`образовани` + `я`), where that last word is none by itself (`дағдылар` + `а` is not)?"""
    bag = _numbered_words(lang, field) if field in NUMBERED_FIELDS else field_words(lang, field)
    last = _norm_word(head.split()[-1])
    first = _norm_word(tail.split()[0]) if tail.split() else ""
    return last not in bag and last + first in bag


def _holds_fixed_words(head: str, form: str) -> bool:
    """A label that names an act (`... лауазымдарының үлгілік біліктілік сипаттамаларына сәйкес
    ... біліктілік деңгейі`) starts with any words: a head cut from such a label ends inside the
    form's fixed words (its last word is one of them), and the rest after the cut completes it."""
    if not form.startswith("..."):
        return False
    words = _norm_words(head)
    return bool(words) and any(_close(words[-1], f) for f in _fixed_words(form))


def _norm_words(text: str) -> list[str]:
    """The text's words as labels are compared (_norm_word)."""
    return [_norm_word(x) for x in re.findall(r"\w+", text)]


@lru_cache(maxsize=None)
def _fixed_words(form: str) -> frozenset[str]:
    """The words a form prints literally, as _norm_word reads them (its `...` aside)."""
    return frozenset(f for f in (_norm_word(w) for w in form.replace("...", " ").split()) if f)


@lru_cache(maxsize=1 << 12)
def _may_head_a_label(head: str, lang: str) -> bool:
    """Can any label that starts with `head` pass match_across's test of the head: its words
    before the last are label words (_label_words_only of some field), or its last word is a
    fixed word of a form that starts with any words (_holds_fixed_words)? Asked before the forms
    are matched against the head joined with each block after the break: most heads are values."""
    every = _norm_words(head)
    words = [w for w in every if w and not w.isdigit()]
    if words and all(_reads_as_label_word(w, lang, False) for w in words[:-1]):
        return True
    return bool(every) and any(_close(every[-1], f) for f in _fixed_words_of_open_forms(lang))


@lru_cache(maxsize=None)
def _fixed_words_of_open_forms(lang: str) -> tuple[str, ...]:
    """The fixed words of every form that starts with any words, as _holds_fixed_words reads them."""
    raws = [raw for _, _, raw in _phrase_forms(lang) + _alone_forms(lang) if raw.startswith("...")]
    return tuple(sorted(set().union(*map(_fixed_words, raws))))


def match_across(head: str, tail: str, lang: str,
                 joiners: tuple[str, ...] = (" ",)) -> tuple[LabelMatch, int, str] | None:
    """A label a page break cut in two (`Требования к личностным` | ... | `компетенциям`).

    `head` is what the label cell printed before the break (a block of its own), `tail` the
    text the next page opens with (the label cell is the row's first column, so its rest is
    printed first). They are one label when head and the start of tail match a form together
    and head holds nothing but that label's words. `joiners` are the ways tried to put them
    together: "" when the break may have cut a word (`компетенц` | `иям`: the head's last line
    kept no space). Returns the label, how many characters of `tail` it takes, and the label's
    text made whole."""
    head = head.strip()
    for joiner in joiners:
        if not _may_be_cut_label(head, lang, not joiner) or not _may_head_a_label(head, lang):
            continue
        joined = head + joiner + tail
        cut = len(head) + len(joiner)
        lm = match_at(joined, 0, lang)
        if lm is None or lm.end <= cut:
            continue
        if not (_label_words_only(head, lang, lm.field, last_cut=not joiner) or _holds_fixed_words(head, lm.variant)):
            continue
        if not joiner and not _completes_word(head, tail, lang, lm.field):
            continue
        taken = joined[cut:lm.end]
        if re.fullmatch(r"\s*\d{1,2}\s*[.)]\s*", taken):
            continue  # a list item's number (`1)`, `2.`), not the label's
        return lm, lm.end - cut, joined[:lm.end].strip()
    return None


def match_glued_head(text: str, tail: str, lang: str) -> tuple[str, int, int, str] | None:
    """A label whose first words start a line that goes on with its value (`Жеке құзыреттерге
    Эмпатия, ...` | break | `қойылатын талаптар`): the label cell's first line and the value's
    were printed as one, and the rest of the label opens the next page. Returns the field, where
    the label's head ends in `text`, how much of `tail` its rest takes, and the label made whole."""
    # asked of every text block before a page break with each of the next page's first blocks:
    # the four words that choose the forms first, the whole lists only where a form may fit
    first = _words_from(text, 0, 3)
    if len(first) < 2 or not _words_from(tail, 0, 0):
        return None
    forms = _glued_head_forms(lang, tuple(w for w, _, _ in first[:4]))
    if not forms:
        return None
    words, twords = _words(text, 0), _words(tail, 0)
    for field, form, raw_form in forms:
        for k in range(len(form) - 1, 1, -1):
            head = _match_words(form[:k], words)
            if head is None or head >= len(words):
                continue
            rest = _match_words(form[k:], twords)
            if rest is not None:
                head_end, taken = words[head - 1][2], _after_colon(tail, twords[rest - 1][2])
                return field, head_end, taken, text[:head_end] + " " + tail[:taken].strip()
    return None


@lru_cache(maxsize=1 << 12)
def _glued_head_forms(lang: str, firsts: tuple[str, ...]) -> tuple:
    """The forms of three words or more, with no `...`, that the text's first words (up to four:
    what _first_word_fits reads) may start: the same first words recur, each decided once."""
    words = [(w, 0, 0) for w in firsts]
    return tuple(f for f in _phrase_forms(lang) if "..." not in f[1] and len(f[1]) >= 3 and _first_word_fits(f[1], words))


def match_label_end(text: str, lang: str) -> LabelMatch | None:
    """The end of a numbered label whose first words were lost, at the start of `text`
    (`функциясы 2:` at the top of a page whose previous page ended with `Еңбек`)."""
    best = None
    # an end both kinds of function label share (`функциясы 2:`) is read as the plain one: which
    # kind the row is, the card's list of functions says (card_rows)
    for field, rx in sorted(_numbered_ends(lang), key=lambda f: f[0] != "function"):
        m = rx.match(text)
        whole = m and (m.end() == len(text) or not text[m.end()].isalnum())
        if whole and (best is None or m.end() > best[1].end()):
            best = (field, m)
    if best is None:
        return None
    field, m = best
    return LabelMatch(field, 0, _after_colon(text, m.end()), int(m.group("n")))


def card_heading_alone(text: str) -> bool:
    """A card's heading with nothing after it (`КӘСІП КАРТОЧКАСЫ`, the vocabulary's forms in
    either language). It heads every card's first page, so it may look like a running head."""
    from .vocabulary import LANGS
    return any((m := match_at(text, 0, lang, ("card_start",))) is not None and not text[m.end:].strip(" .:")
               for lang in LANGS)
