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
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import vocabulary

PHRASE_FIELDS = (
    "card_start", "code", "group_code", "name", "qualification_level", "alt_names",
    "qualification_requirements", "education_level", "labor_functions", "mandatory_functions",
    "additional_functions", "skills", "knowledge", "personal_competencies", "related_occupations",
    "qualification_link", "education_link", "working_conditions", "card_end",
)
NUMBERED_FIELDS = ("function_additional", "function", "task")

_TOKEN = re.compile(r"\S+")


@dataclass
class LabelMatch:
    field: str
    start: int
    end: int  # end offset in the text, after a trailing colon
    number: int | None = None
    variant: str = ""


def _norm_word(w: str) -> str:
    return re.sub(r"[^\w]", "", w.casefold())


def _close(a: str, b: str) -> bool:
    if a == b:
        return True
    if min(len(a), len(b)) < 7 or abs(len(a) - len(b)) > 1:
        return False
    # one edit apart
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for k in range(len(long_)):
        if long_[:k] + long_[k + 1:] == short:
            return True
    return False


@lru_cache(maxsize=None)
def _phrase_forms(lang: str) -> tuple[tuple[str, tuple[str, ...], str], ...]:
    vocab = vocabulary(lang)
    out = []
    for field in PHRASE_FIELDS:
        for form in vocab.forms(field):
            words = []
            for w in form.replace("...", " ... ").split():
                if w == "...":
                    words.append("...")
                else:
                    # a form word glued by a hyphen (`СБШ-дағы`) is several text words
                    words.extend(p for p in (_norm_word(x) for x in re.split(r"[-–]", w)) if p)
            if words:
                out.append((field, tuple(words), form))
    # longest forms first: `Білім және біліктілік жүйесімен байланысы` before `Білім`
    out.sort(key=lambda f: -len([w for w in f[1] if w != "..."]))
    return tuple(out)


def _template_tokens(form: str) -> list[str]:
    """`Еңбек функциясы N:` -> ["Еңбек", "функциясы", "N", ":"]."""
    return re.findall(r"N|[^\W\d_]+|[:\-]", form)


def _template_regex(tokens: list[str]) -> re.Pattern:
    parts = []
    for tok in tokens:
        if tok == "N":
            parts.append(r"(?P<n>\d{1,2})")
        elif tok == "-":
            parts.append(r"\s*[-–]?\s*")  # printed with or without its hyphen
        elif tok == ":":
            parts.append(r"\s*:")
        else:
            parts.append(re.escape(tok))
    rx = ""
    for i, p in enumerate(parts):
        if i and not parts[i - 1].endswith(r"\s*") and not p.startswith(r"\s*"):
            rx += r"\s+"
        rx += p
    return re.compile(r"^" + rx + r"\.?", re.IGNORECASE)


@lru_cache(maxsize=None)
def _numbered_forms(lang: str) -> tuple[tuple[str, re.Pattern], ...]:
    vocab = vocabulary(lang)
    out = []
    for field in NUMBERED_FIELDS:
        for form in vocab.forms(field):
            out.append((field, _template_regex(_template_tokens(form))))
    return tuple(out)


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


def _words(text: str, pos: int) -> list[tuple[str, int, int]]:
    out = []
    for m in re.finditer(r"\w+", text[pos:pos + 600]):
        out.append((m.group(0).casefold(), pos + m.start(), pos + m.end()))
        if len(out) > 60:
            break
    return out


def _after_colon(text: str, end: int) -> int:
    m = re.match(r"[)\]]*\s*[:.]*", text[end:])
    return end + m.end() if m else end


def match_at(text: str, pos: int, lang: str, fields: tuple[str, ...] | None = None,
             line_ends: frozenset[int] = frozenset()) -> LabelMatch | None:
    """The label that starts at `pos` in `text`, if any."""
    rest = text[pos:]
    best = None
    for field, rx in _numbered_forms(lang):
        if fields and field not in fields:
            continue
        m = rx.match(rest)
        if m and (m.end() == len(rest) or not rest[m.end()].isalnum() or rest[m.end() - 1] in ":."):
            if best is None or m.end() > best[1].end():
                best = (field, m)
    if best:
        field, m = best
        n = m.groupdict().get("n")
        return LabelMatch(field, pos, _after_colon(text, pos + m.end()), int(n) if n else None)
    words = _words(text, pos)
    if not words:
        return None
    for field, form, raw_form in _phrase_forms(lang):
        if fields and field not in fields:
            continue
        end = _match_words(form, words)
        if end is None:
            continue
        stop = words[end - 1][2]
        if form[-1] == "...":
            stop = len(text.rstrip())  # the label runs to the end of its cell
        real = [w for w in form if w != "..."]
        if len(real) == 1:
            tail = text[stop:]
            if not (re.match(r"\s*:", tail) or stop in line_ends or not tail.strip()):
                continue
        return LabelMatch(field, pos, _after_colon(text, stop), None, raw_form)
    return None


def _match_words(form: tuple[str, ...], words: list[tuple[str, int, int]]) -> int | None:
    """Number of text words the form consumes, or None."""
    def go(fi: int, wi: int) -> int | None:
        if fi == len(form):
            return wi
        if form[fi] == "..." and fi == len(form) - 1:
            return wi
        if form[fi] == "...":
            for skip in range(0, 30):
                if wi + skip > len(words):
                    break
                got = go(fi + 1, wi + skip)
                if got is not None:
                    return got
            return None
        if wi >= len(words):
            return None
        if _close(form[fi], words[wi][0]):
            return go(fi + 1, wi + 1)
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


def field_words(lang: str, field: str) -> set[str]:
    """Every word of every form of a field: the bag a label fragment is checked against."""
    out: set[str] = set()
    for f, form, _ in _phrase_forms(lang):
        if f == field:
            out.update(w for w in form if w != "...")
    return out


def _numbered_words(lang: str, field: str) -> set[str]:
    return {_norm_word(t) for form in vocabulary(lang).forms(field) for t in _template_tokens(form)
            if t not in ("N", "-", ":")}


def _label_words_only(text: str, lang: str, field: str, last_cut: bool = False) -> bool:
    """Is `text` made of words of the field's label forms only (numbers aside)? With `last_cut`,
    its last word may be the first part of one (a word the break cut: `компетенц`)."""
    bag = _numbered_words(lang, field) if field in NUMBERED_FIELDS else field_words(lang, field)
    words = [w for w in (_norm_word(x) for x in re.findall(r"\w+", text)) if w and not w.isdigit()]
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
    fixed = {_norm_word(w) for w in form.replace("...", " ").split()}
    words = [_norm_word(w) for w in re.findall(r"\w+", head)]
    return bool(words) and any(_close(words[-1], f) for f in fixed if f)


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


def match_label_end(text: str, lang: str) -> LabelMatch | None:
    """The end of a numbered label whose first words were lost, at the start of `text`
    (`функциясы 2:` at the top of a page whose previous page ended with `Еңбек`)."""
    best = None
    for field, rx in _numbered_ends(lang):
        m = rx.match(text)
        whole = m and (m.end() == len(text) or not text[m.end()].isalnum())
        if whole and (best is None or m.end() > best[1].end()):
            best = (field, m)
    if best is None:
        return None
    field, m = best
    return LabelMatch(field, 0, _after_colon(text, m.end()), int(m.group("n")))
