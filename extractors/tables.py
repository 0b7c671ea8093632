"""Typed records -> Arrow tables of the curated schema."""
from __future__ import annotations

import re
import sys
from collections import defaultdict
from functools import cache

import pyarrow as pa
import pyarrow.compute as pc

from . import act_kinds
from .records import Extraction, span_text
from .schema import RELAXED, SPEC, TABLES


def _clean(value):
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


@cache
def _untidy() -> str:
    """A value `_clean` would change, as one RE2 pattern: empty, a space at an end, two spaces, or
    any other character str.split() splits at (built on first use: 50 ms)."""
    others = (c for c in map(chr, range(sys.maxunicode + 1)) if c.isspace() and c != " ")
    return "^$|^ | $|  |[" + "".join(f"\\x{{{ord(c):x}}}" for c in others) + "]"


def _clean_text(column) -> pa.Array:
    """`_clean` of every value of a text column: the few values it would change are found by
    Arrow and only they are cleaned one by one (a call per value cost a second at 1,000 acts)."""
    column = column.combine_chunks() if isinstance(column, pa.ChunkedArray) else column
    untidy = pc.fill_null(pc.match_substring_regex(column, _untidy()), False)
    if not pc.any(untidy).as_py():
        return column
    tidy = [_clean(v) for v in pc.filter(column, untidy).to_pylist()]
    return pc.replace_with_mask(column, untidy, pa.array(tidy, column.type))


def rows_of(ex: Extraction) -> dict[str, list[dict]]:
    d = ex.document
    base = {"doc_id": d.doc_id, "lang": d.lang}
    rows: dict[str, list[dict]] = defaultdict(list)
    kind = act_kinds.act_kind(ex)
    rows["documents"].append({
        **base, "title": d.title, "act_kind": kind, "short_name": act_kinds.short_name(d.title, kind, d.lang), "act_type": d.act_type, "issuer": d.issuer, "act_number": d.act_number,
        "act_date": d.act_date, "registration_number": d.registration_number,
        "registration_date": d.registration_date, "status": d.status,
        "repealed_by_act_number": d.repealed_by_act_number, "repealed_by_act_date": d.repealed_by_act_date,
        "effective_from": d.effective_from, "source_file": d.source_file, "source_sha256": d.source_sha256,
        "source_format": d.source_format, "cards_total": d.cards_total, "source_lines": span_text(d.lines),
    })
    for c in ex.cards:
        cb = {**base, "card_no": c.card_no}
        rows["occupations"].append({
            **cb, "card_title": c.card_title, "code": c.code, "group_code": c.group_code, "name": c.name,
            "qualification_level": c.qualification_level,
            "qualification_requirements_text": c.qualification_requirements_text,
            "education_level_text": c.education_level_text, "personal_competencies": c.personal_competencies,
            "working_conditions": c.working_conditions, "qualification_link": c.qualification_link,
            "source_lines": span_text(c.lines),
        })
        for k, (code, name, span) in enumerate(c.alt_names, 1):
            rows["occupation_alt_names"].append({**cb, "ordinal": k, "code": code, "name": name,
                                                 "source_lines": span_text(span)})
        for k, (level, name, span) in enumerate(c.related, 1):
            rows["related_occupations"].append({**cb, "ordinal": k, "level": level, "name": name,
                                                "source_lines": span_text(span)})
        for fn in c.functions:
            fb = {**cb, "function_kind": fn.kind, "function_no": fn.no}
            rows["labor_functions"].append({**fb, "name": fn.name, "source_lines": span_text(fn.lines)})
            for t in fn.tasks:
                tb = {**fb, "task_no": t.no}
                rows["tasks"].append({**tb, "name": t.name, "source_lines": span_text(t.lines)})
                for k, it in enumerate(t.skills, 1):
                    rows["skills"].append({**tb, "ordinal": k, "text": it.text, "source_lines": span_text(it.lines)})
                for k, it in enumerate(t.knowledge, 1):
                    rows["knowledge"].append({**tb, "target_doc": None, "target_unit": None, "ordinal": k,
                                              "text": it.text, "ref_key": None,
                                              "source_lines": span_text(it.lines)})
    for kl in ex.knowledge_lists:
        for k, it in enumerate(kl.items, 1):
            rows["knowledge"].append({**base, "card_no": None, "function_kind": None, "function_no": None,
                                      "task_no": None, "target_doc": kl.target_doc, "target_unit": kl.target_unit,
                                      "ordinal": k, "text": it.text, "ref_key": None,
                                      "source_lines": span_text(it.lines)})
    for k, r in enumerate(ex.requirements, 1):
        rows["requirements"].append({
            **base, "card_no": r.card_no, "ordinal": k, "paragraph": r.paragraph, "position": r.position,
            "specialist_level": r.specialist_level, "category": _category(r), "education_level": r.education_level,
            "education_fields": r.education_fields, "min_experience_years": r.min_experience_years,
            "min_experience_months": r.min_experience_months, "experience_in": r.experience_in, "alternatives": r.alternatives, "text": r.text,
            "source_lines": span_text(r.lines),
        })
    for k, a in enumerate(ex.amendments, 1):
        rows["amendments"].append({
            **base, "ordinal": k, "kind": a.kind, "target_doc": a.target_doc, "target_unit": a.target_unit,
            "operation": a.operation, "amending_act_number": a.amending_act_number,
            "amending_act_date": a.amending_act_date, "text": a.text, "source_lines": span_text(a.lines),
        })
    return rows


NO_CATEGORY = "none"  # of schema.CATEGORIES


def _category(r) -> str | None:
    """A clause outside the cards names a category in the table (the contract's and the gold's
    values): a position with none at all has `none`, as one printed `без категории` / `санатсыз`
    has. A card's requirement row has no category (null)."""
    return r.category if r.category or r.card_no is not None else NO_CATEGORY


_LEVEL = re.compile(r"^\s*([1-8])(?:\.([1-9]))?\s*(-\s*[1-8](?:\.[1-9])?\s*)?$")


def level_parts(printed: str | None) -> tuple[int | None, int | None]:
    """`4.1` -> (4, 1); `6` -> (6, None); a range `6-7` -> (6, None): its lowest level, no sublevel."""
    m = _LEVEL.match(printed or "")
    if not m:
        return None, None
    return int(m.group(1)), (int(m.group(2)) if m.group(2) and not m.group(3) else None)


def _with_level(row: dict) -> dict:
    if "qualification_level" in row:
        row["level"], row["sublevel"] = level_parts(_clean(row["qualification_level"]))
    return row


def to_table(name: str, rows: list[dict]) -> pa.Table:
    if "sublevel" in TABLES[name].names:
        rows = [_with_level(dict(r)) for r in rows]
    table = pa.Table.from_pylist(rows, schema=RELAXED[name])
    for k, field in enumerate(table.schema):
        if pa.types.is_string(field.type):
            table = table.set_column(k, field, _clean_text(table.column(k)))
    return published_form(name, table)


def published_form(name: str, table: pa.Table) -> pa.Table:
    """The table under its published schema (required columns non-nullable) when no required value is
    missing; else as built, all nullable, for the curated checks to name the rows that lack one."""
    if any(table.column(c).null_count for c in SPEC[name].required):
        return table
    return table.cast(TABLES[name])


def to_tables(all_rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    return {name: to_table(name, all_rows.get(name, [])) for name in TABLES}


def merge_rows(parts: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    merged: dict[str, list[dict]] = defaultdict(list)
    for p in parts:
        for k, v in p.items():
            merged[k].extend(v)
    return merged
