"""A category's clause printed as labelled parts, each a line of its own.

Under a category printed as a subpoint (`1) высшая категория:`, `1) жоғары санат:`) the clause may
come as two lines, each opened by what it states: `образование – …;` then `стаж работы – …;`
(`білімі – …;` / `жұмыс өтілі – …;`). The education line ends with a `;` like a whole clause, but
the clause goes on with its experience line: one clause, its text the two lines as printed. The
labels are the shapes of `clause_part:education` (`requirements_parts.tsv`) and of
`clause_label:experience` (`requirements_more9.tsv`).
"""
from __future__ import annotations

from . import shapes


def awaits_experience(read: list[str], lang: str) -> bool:
    """Whether the clause read so far is nothing but a labelled education (`образование – …;`):
    its experience line is still to come."""
    text = " ".join(t for t in read if t.strip()).strip()
    return (bool(shapes.at_start(text, lang, "clause_part:education"))
            and not experience_line(text, lang) and not shapes.has(text, lang, "experience")
            and not shapes.has(text, lang, "no_experience"))


def experience_line(text: str, lang: str) -> bool:
    """Whether a line opens with the label of a clause's experience (`стаж работы – …`)."""
    return bool(shapes.at_start(text.strip(), lang, "clause_label:experience"))


def experience_cell(text: str, lang: str) -> str | None:
    """The experience of a clause printed as labelled lines, past its label (`… ; стаж работы – не
    менее 3 лет в должности X` -> `не менее 3 лет в должности X`): read alone, as a table's
    experience cell is, so that what it is in reaches the clause's end. None for any other clause."""
    if not shapes.at_start(text.strip(), lang, "clause_part:education"):
        return None
    label = shapes.search(text, lang, "clause_label:experience")
    if not label or not text[:label.start()].rstrip().endswith(";"):
        return None
    return text[label.end():].strip(" ;.") or None
