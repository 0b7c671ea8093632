"""Several replacements of words under one verb (an ellipsis): the pairs of one instruction,
joined by commas, of which only one prints the whole formula - Kazakh prints its verb once, at the
end (`5-тармақтағы "…" деген сөздер "…" деген сөздермен, "…" деген сөздер "…" деген сөздермен
ауыстырылсын`), Russian once, in the first pair (`слова "…" заменить словами "…", слова "…" – словами
"…"`). Each pair is a change of its own, read as the whole formula would read it with the pair's
quoted words put in.

No word of either language is named here: a pair is completed from the formula a whole pair of the
same line prints (the vocabulary's), where the pair's own words between and after its quotes are
among that formula's there, in order (`деген сөздермен` of `деген сөздермен ауыстырылсын`, `словами`
of `заменить словами`; a dash is no word).

Several words replaced by several under one verb, paired in order (`слова "…", "…" заменить
соответственно словами "…", "…"`, `"…" және "…" деген сөздер тиісінше "…" және "…" деген сөздермен
ауыстырылсын`) are a change a pair too (respective): the formula quotes the old words and the new
ones as lists, and each list holds as many quotations as the other.
"""
from __future__ import annotations

import re
from typing import Callable

_WORD = re.compile(r"[^\W\d_]+")
_PAIR = 2  # a replacement quotes the old words and the new ones
_STEM = 3  # the letters a word's endings leave alone (`сөз`, `сло`)


def shared_verb(line: str, lang: str, match: Callable, quoted: list[tuple[int, int]],
                commas: list[int]) -> list | None:
    """The changes of a line whose replacements of words, joined by commas outside the quotes,
    share one verb: one formula a pair, the unit named by the first carried on to the ones after it;
    None where the line is not so (a piece that neither reads as a formula nor borrows one)."""
    if not commas or len(quoted) < 2 * _PAIR:  # one pair at most: nothing shares a verb (no formula tried)
        return None
    pieces = list(zip([0] + [c + 1 for c in commas], commas + [len(line)]))
    whole = [_words_changed(match(line[s:e], lang)) for s, e in pieces]
    if all(whole) or not any(whole):
        return None
    out = _all_completed(line, lang, match, quoted, pieces, whole)
    if out is None or any(f.tail for f in out[:-1]):
        return None
    for before, after in zip(out, out[1:]):
        after.unit = after.unit or before.unit
    return out


def _all_completed(line: str, lang: str, match: Callable, quoted: list[tuple[int, int]],
                   pieces: list[tuple[int, int]], whole: list) -> list | None:
    """Every piece read: the elliptic ones completed, round by round, from the ones read before
    (a pair far from the whole one borrows from a nearer completed one); None where one is left."""
    out = list(whole)
    while not all(out):
        done = {k: _completed(line, lang, match, quoted, pieces, out, k) for k, f in enumerate(out) if f is None}
        if not any(done.values()):
            return None
        out = [f or done.get(k) for k, f in enumerate(out)]
    return out


def respective(line: str, quoted: list[tuple[int, int]], old: tuple[int, int],
               new: tuple[int, int]) -> list[str] | None:
    """The new words of each pair where a formula's old words (the span `old` of the line) and its new
    ones (`new`) are lists of equally many quotations, two or more: the new quotations' texts in order,
    each without its quotes. None where either is one quotation (its words, quotes inside them and
    all, are one change) or the lists differ in length (no pairs to make)."""
    olds, news = ([(s, e) for s, e in quoted if s < span[1] and e > span[0]] for span in (old, new))
    if len(news) < _PAIR or len(olds) != len(news):
        return None
    return [line[s + 1:e - 1].strip() for s, e in news]


def _words_changed(formula):
    """A formula that replaces words (new words, no unit added), or None."""
    return formula if formula is not None and formula.new_words is not None and formula.new_unit is None else None


def _completed(line: str, lang: str, match: Callable, quoted: list[tuple[int, int]],
               pieces: list[tuple[int, int]], whole: list, k: int):
    """Piece k read with the formula of the nearest piece read (whole, or completed before) whose
    words it shares, or None."""
    for j in sorted((j for j, f in enumerate(whole) if f), key=lambda j: abs(j - k)):
        text = _borrowed(line, quoted, pieces[k], pieces[j])
        formula = _words_changed(match(text, lang)) if text else None
        if formula is not None and formula.operation == whole[j].operation:
            return formula
    return None


def _spans(quoted: list[tuple[int, int]], piece: tuple[int, int]) -> list[tuple[int, int]]:
    return [(s, e) for s, e in quoted if piece[0] <= s and e <= piece[1]]


def _borrowed(line: str, quoted: list[tuple[int, int]], piece: tuple[int, int],
              other: tuple[int, int]) -> str | None:
    """The elliptic piece written out: its own words up to its first quote and its quotations, the
    whole piece's words between and after them; None where the two quote unlike numbers of words or
    the piece's own words are not the whole one's."""
    own, whole = _spans(quoted, piece), _spans(quoted, other)
    if len(own) != len(whole) or len(own) < _PAIR:
        return None
    own_gaps, whole_gaps = _gaps(line, own, piece[1]), _gaps(line, whole, other[1])
    if not all(_among(o, w) for o, w in zip(own_gaps, whole_gaps)):
        return None
    gaps = whole_gaps[:-1] + [whole_gaps[-1].rstrip(" ;.,\n")]  # the line's own end is not the piece's
    return line[piece[0]:own[0][0]] + "".join(line[s:e] + g for (s, e), g in zip(own, gaps))


def _gaps(line: str, spans: list[tuple[int, int]], end: int) -> list[str]:
    """What stands between a piece's quotations, and after the last one up to the piece's end."""
    return [line[a[1]:b[0]] for a, b in zip(spans, spans[1:])] + [line[spans[-1][1]:end]]


def _among(own: str, whole: str) -> bool:
    """Are the words of `own` among those of `whole`, in order? A word is the same by its stem (its
    first letters): a pair of one word and a pair of several differ in their endings (`деген сөз
    … деген сөзбен`, `деген сөздер … деген сөздермен`; `словом`, `словами`)."""
    rest = iter(w.lower() for w in _WORD.findall(whole))
    return all(any(_stem(w) == _stem(x) for x in rest) for w in (w.lower() for w in _WORD.findall(own)))


def _stem(word: str) -> str:
    return word[:_STEM]
