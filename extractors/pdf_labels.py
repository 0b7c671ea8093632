"""Line ends inside a card's row label, settled by the label vocabulary.

A narrow label column cuts its words (`жағдайла` / `ры`) and wraps between them
(`(мазмұны` / `мен`), and where the positions leave a line end open the lexicon
decides; but a label is known text: when a cell opens with one of the vocabulary's
label phrases, letter for letter once spaces are set aside, each open line end
inside the label is a space where the phrase has one between its words and a cut
(joined) where it has none. `мазмұны` / `мен` stays two words though `мазмұнымен`
is a good word too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .pdf_words import PLine


@lru_cache(maxsize=None)
def _phrases(lang: str) -> tuple[tuple[str, frozenset[int]], ...]:
    """Each label phrase (no skipped words) as its letters without spaces, with the offsets
    where its words meet; longest first."""
    from .labels import _phrase_forms

    out = []
    for _field, words, _form in _phrase_forms(lang):
        if "..." in words or not words:
            continue
        cuts, n = set(), 0
        for w in words[:-1]:
            n += len(w)
            cuts.add(n)
        out.append(("".join(words), frozenset(cuts)))
    out.sort(key=lambda p: -len(p[0]))
    return tuple(out)


def _letters(text: str) -> str:
    return re.sub(r"[^\w]", "", text.casefold())


def label_ends(lines: list[PLine], ends: list[str | None], lang: str) -> list[str | None]:
    """`ends` (one per line end of a cell: ' ' or None) with the open ones inside the cell's
    opening label settled by the label: ' ' between its words, '' inside one."""
    if None not in ends:
        return ends
    stream, at = "", []
    for ln in lines[:-1]:
        stream += _letters(ln.text)
        at.append(len(stream))
        if len(stream) > 200:
            break
    stream += "".join(_letters(ln.text) for ln in lines[len(at):len(at) + 1])
    for phrase, cuts in _phrases(lang):
        if stream.startswith(phrase):
            out = list(ends)
            for k, pos in enumerate(at):
                if out[k] is None and 0 < pos < len(phrase):
                    out[k] = " " if pos in cuts else ""
            return out
    return ends
