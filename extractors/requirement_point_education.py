"""The education a point states once for the clauses in it.

- A point may print its categories as numbered subpoints and state the education only in one of
  them; the others say their education is the one that subpoint sets (`2) второй категории:
  соответствие требованиям к образованию, установленным подпунктом 1) настоящего пункта, и стаж …`,
  `осы тармақтың 1) тармақшасында белгіленген біліміне қойылатын талаптарға сәйкестік және …`,
  `education_by_subpoint`): such a clause takes the education level, the fields and the
  alternatives of the clause of that subpoint (`with_point_education`).
- A sentence after a point's clauses may give the fields of the education they require
  (`Требования к образованию, указанные в настоящем пункте, предусматривают педагогическое,
  медицинское или социальное образование.`, `education_fields_sentence`): no clause, but the
  fields of each clause of the point that names none.

The clause's text stays as printed; its lines reach the lines the education was read from. The
words are the vocabulary's (`vocab/requirements_more9.tsv`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from . import shapes
from .compiled import rx
from .records import Requirement, Span, span_of

# the number a subpoint opens with (`2)`)
_SUBPOINT = re.compile(r"^(\d{1,2})\)\s*")


@dataclass
class PointEducation:
    """What the paragraphs under the act's points say about their education, read as they come."""

    lang: str
    subpoints: dict[tuple[str, str], Span] = field(default_factory=dict)  # (point, subpoint) -> its lines
    fields: dict[str, tuple[list[str], Span | None]] = field(default_factory=dict)  # point -> fields, lines

    def see(self, point: str | None, text: str, span: Span | None) -> bool:
        """Notes a paragraph under a point (its subpoint's number, where it opens with one);
        True where it is the sentence that gives the point's education fields: no clause."""
        if point is None:
            return False
        m = _SUBPOINT.match(text)
        if m and span:
            self.subpoints[(point, m.group(1))] = span
        found = sentence_fields(text, self.lang)
        if found:
            self.fields[point] = (found, span)
        return bool(found)

    def apply(self, records: list[Requirement]) -> list[Requirement]:
        """The records with the education their point states once, in the same order."""
        out = [self._referred(r, records) for r in records]
        return [self._with_fields(r) for r in out]

    def _referred(self, r: Requirement, records: list[Requirement]) -> Requirement:
        """A clause that takes its education from another subpoint of its point, with it."""
        number = referred_subpoint(r.text, self.lang) if r.card_no is None else None
        lines = self.subpoints.get((r.paragraph or "", number or ""))
        source = next((q for q in records if lines and self._states(q, r, lines)), None)
        if source is None:
            return r
        return replace(r, education_level=source.education_level, education_fields=list(source.education_fields),
                       alternatives=list(source.alternatives), lines=span_of(r.lines, source.lines))

    def _states(self, q: Requirement, r: Requirement, lines: Span) -> bool:
        """Whether a record is the clause printed in the subpoint (its `lines`) that `r` takes its
        education from: of the same point and position, with an education of its own."""
        return (q is not r and q.card_no is None and q.paragraph == r.paragraph and q.position == r.position
                and bool(q.lines) and lines[0] <= q.lines[0] <= lines[1] and bool(q.education_level)
                and referred_subpoint(q.text, self.lang) is None)

    def _with_fields(self, r: Requirement) -> Requirement:
        """A clause of a point whose fields a sentence gives, with them where it names none."""
        found = self.fields.get(r.paragraph or "") if r.card_no is None else None
        if not found or r.education_fields or not r.education_level:
            return r
        return replace(r, education_fields=list(found[0]), lines=span_of(r.lines, found[1]))


def referred_subpoint(text: str, lang: str) -> str | None:
    """The number of the subpoint whose education a clause says is its own (`… установленным
    подпунктом 1) настоящего пункта …` -> `1`), or None."""
    m = shapes.search(text, lang, "education_by_subpoint")
    number = re.match(r"\d+", m.group("n")) if m else None
    return number.group(0) if number else None


def sentence_fields(text: str, lang: str) -> list[str]:
    """The fields a sentence gives the education of its point's clauses (`… предусматривают
    педагогическое, медицинское или социальное образование.`), as printed; none for any other
    paragraph."""
    m = shapes.search(text, lang, "education_fields_sentence")
    if not m or m.start() > 0 or text[m.end():].strip(" ."):
        return []
    joiner = rf",|\s(?:{shapes.words_rx(lang, 'and_words')}|{shapes.words_rx(lang, 'or_words')})\s"
    return [f.strip() for f in rx(joiner, re.IGNORECASE).split(m.group("fields")) if f.strip()]
