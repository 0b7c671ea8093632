"""Requirement points that lean on another point or on the position before them.

- A point may give no clauses of its own and say its position's requirements are those another
  point of the same act sets (`5. … нұсқаушының біліктілігіне осы Біліктілік талаптарының
  4-тармағында белгіленген талаптар қойылады.`, `5. К инструктору … предъявляются требования,
  установленные пунктом 4 настоящих Квалификационных требований.`): its positions get that point's
  clauses, recorded under the referring point (`Reference`, `with_referred`).
- A head may name a position by a pronoun for the one named before it (`бөлімнің меңгерушісі мен
  оның орынбасары`, `заведующий отделением и его заместитель`): the pronoun stands for that
  position's words (`with_owner`), so the act's list shows which listed position the part is.
- A clause shared by positions that have no categories may end with a sentence that says so
  (`… лауазымдары үшін біліктілік санаттары белгіленбейді.`): a statement, no part of the clause
  (`without_category_note`).

The words are the vocabulary's (`vocab/requirements_more8.tsv`).
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable, NamedTuple

from . import shapes, units
from .compiled import rx
from .records import Requirement, Span


class Reference(NamedTuple):
    """A point that takes another point's requirements: its number, the referred point's number,
    the positions it names, its lines, and how many records the act gave before it (its
    records stand there, in the order the act prints its points)."""

    paragraph: str
    target: str
    positions: tuple[str, ...]
    span: Span | None
    at: int = 0


def reference(text: str, paragraph: str, span: Span | None, lang: str,
              positions_of: Callable[[str], list[str]], at: int = 0) -> Reference | None:
    """The reference a numbered point makes to another point of the same act for its
    requirements, or None: the point says the requirements are those set elsewhere
    (`requirement_reference`), names the act as this one (`requirement_reference_own`) and names
    one point (`4-тармағында`, `пунктом 4`), not itself. `positions_of` reads the positions in the
    words before all that (`… нұсқаушының біліктілігіне`, `К инструктору …`)."""
    said = shapes.search(text, lang, "requirement_reference")
    own = shapes.search(text, lang, "requirement_reference_own")
    points = [r for r in units.refs_in(text, lang) if r.kind == "paragraph"]
    if not said or not own or len(points) != 1:
        return None
    number = re.search(r"\d+(?:-\d+)?", points[0].norm)
    if not number or number.group(0) == paragraph:
        return None
    name = text[: min(said.start(), own.start(), points[0].start)]
    name = re.sub(r"^\s*\d+(?:-\d+)?\.\s*", "", name).strip(" ,")
    # the words for what the requirements are of (`… нұсқаушының біліктілігіне`) name no position
    subject = rx(rf"\s*(?:{shapes.words_rx(lang, 'requirement_reference_subject')})$", re.IGNORECASE)
    name = subject.sub("", name)
    positions = tuple(p for p in positions_of(name) if p)
    return Reference(paragraph, number.group(0), positions, span, at) if positions else None


def with_referred(records: list[Requirement], references: list[Reference]) -> list[Requirement]:
    """The act's records with, for each referring point, the clauses of the point it refers to,
    once per position it names, where the point stands: the referred clause's text, level,
    category and lines (where the text is printed), the referring point's number and position. A
    referred point whose clauses serve several positions gives each clause once (those of its
    first position)."""
    out = list(records)
    for ref in sorted(references, key=lambda r: r.at, reverse=True):
        referred = [r for r in records if r.card_no is None and r.paragraph == ref.target]
        first = referred[0].position if referred else None
        clauses = [r for r in referred if r.position == first]
        out[ref.at:ref.at] = [replace(r, paragraph=ref.paragraph, position=position)
                              for position in ref.positions for r in clauses]
    return out


def with_owner(parts: list[str], lang: str) -> list[str]:
    """The parts of a head's name, one that opens with a pronoun for the position named before it
    (`оның орынбасарының`, `его заместителю`) with that position's words in the pronoun's place
    (`… меңгерушісі орынбасарының`): the words a listed position must show."""
    pronoun = rx(rf"^(?:{shapes.words_rx(lang, 'position_owner_pronoun')})\s+", re.IGNORECASE)
    out: list[str] = []
    for part in parts:
        m = pronoun.match(part)
        out.append(f"{out[-1]} {part[m.end():]}" if m and out else part)
    return out


def without_category_note(text: str, lang: str) -> str:
    """A clause without the sentence it ends with that says its positions have no categories
    (`no_categories`: `… жұмыс өтілі. Бөлім меңгерушісінің лауазымы үшін біліктілік санаттары
    белгіленбейді.`); the clause as it is where no such sentence ends it."""
    note = shapes.search(text, lang, "no_categories")
    if not note or text[note.end():].strip(" .;"):
        return text
    start = text.rfind(".", 0, note.start())
    return text[: start + 1] if start > 0 else text
