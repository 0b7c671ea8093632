"""Typed records: what the readers extract, before it becomes tables.

Every record keeps the raw lines it was read from (`lines`: first and last raw
line number) so that a wrong value in a table can be traced to its source.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Span = tuple[int, int]


def span_of(*spans: Span | None) -> Span | None:
    real = [s for s in spans if s]
    if not real:
        return None
    return min(s[0] for s in real), max(s[1] for s in real)


def span_text(span: Span | None) -> str | None:
    if not span:
        return None
    return str(span[0]) if span[0] == span[1] else f"{span[0]}-{span[1]}"


@dataclass
class DocumentRecord:
    doc_id: str | None
    lang: str
    title: str | None = None
    act_type: str | None = None
    issuer: str | None = None
    act_number: str | None = None
    act_date: dt.date | None = None
    registration_number: str | None = None
    registration_date: dt.date | None = None
    status: str = "in_force"
    repealed_by_act_number: str | None = None
    repealed_by_act_date: dt.date | None = None
    effective_from: dt.date | None = None
    source_file: str = ""
    source_sha256: str = ""
    source_format: str = "txt"
    cards_total: int | None = None
    lines: Span | None = None


@dataclass
class Item:
    text: str
    lines: Span | None = None


@dataclass
class Task:
    no: int
    name: str | None = None
    skills: list[Item] = field(default_factory=list)
    knowledge: list[Item] = field(default_factory=list)
    lines: Span | None = None


@dataclass
class Function:
    kind: str
    no: int
    name: str | None = None
    tasks: list[Task] = field(default_factory=list)
    lines: Span | None = None
    listed_name: str | None = None  # the wording of the card's list of functions


@dataclass
class Card:
    card_no: int
    card_title: str | None = None
    code: str | None = None
    group_code: str | None = None
    name: str | None = None
    qualification_level: str | None = None
    qualification_requirements_text: str | None = None
    education_level_text: str | None = None
    personal_competencies: str | None = None
    working_conditions: str | None = None
    qualification_link: str | None = None
    alt_names: list[tuple[str | None, str, Span | None]] = field(default_factory=list)
    related: list[tuple[str | None, str, Span | None]] = field(default_factory=list)
    functions: list[Function] = field(default_factory=list)
    lines: Span | None = None
    field_lines: dict[str, Span] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@dataclass
class Requirement:
    card_no: int | None
    paragraph: str | None
    position: str | None
    specialist_level: str | None
    category: str | None
    education_level: str | None
    education_fields: list[str]
    min_experience_years: int | None
    experience_in: str | None
    text: str
    alternatives: list[str] = field(default_factory=list)
    lines: Span | None = None
    min_experience_months: int | None = None  # exact, where the clause counts months (`кемінде 6 ай`)


@dataclass
class Amendment:
    kind: str  # change | note
    target_doc: str | None
    target_unit: str | None
    operation: str
    amending_act_number: str | None
    amending_act_date: dt.date | None
    text: str | None = None
    lines: Span | None = None


@dataclass
class KnowledgeList:
    target_doc: str | None
    target_unit: str
    items: list[Item]
    lines: Span | None = None


@dataclass
class Extraction:
    """Everything read from one document."""

    document: DocumentRecord
    cards: list[Card] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    amendments: list[Amendment] = field(default_factory=list)
    knowledge_lists: list[KnowledgeList] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
