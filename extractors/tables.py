"""Typed records -> Arrow tables of the curated schema."""
from __future__ import annotations

from collections import defaultdict

import pyarrow as pa

from .records import Extraction, span_text
from .schema import TABLES


def _clean(value):
    if isinstance(value, str):
        value = " ".join(value.split())
        return value or None
    return value


def rows_of(ex: Extraction) -> dict[str, list[dict]]:
    d = ex.document
    base = {"doc_id": d.doc_id, "lang": d.lang}
    rows: dict[str, list[dict]] = defaultdict(list)
    rows["documents"].append({
        **base, "title": d.title, "act_type": d.act_type, "issuer": d.issuer, "act_number": d.act_number,
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
    for r in ex.requirements:
        rows["requirements"].append({
            **base, "card_no": r.card_no, "paragraph": r.paragraph, "position": r.position,
            "specialist_level": r.specialist_level, "category": r.category, "education_level": r.education_level,
            "education_fields": r.education_fields, "min_experience_years": r.min_experience_years,
            "experience_in": r.experience_in, "alternatives": r.alternatives, "text": r.text,
            "source_lines": span_text(r.lines),
        })
    for a in ex.amendments:
        rows["amendments"].append({
            **base, "kind": a.kind, "target_doc": a.target_doc, "target_unit": a.target_unit,
            "operation": a.operation, "amending_act_number": a.amending_act_number,
            "amending_act_date": a.amending_act_date, "text": a.text, "source_lines": span_text(a.lines),
        })
    return rows


def to_table(name: str, rows: list[dict]) -> pa.Table:
    rows = [{k: _clean(v) if k != "education_fields" else v for k, v in r.items()} for r in rows]
    return pa.Table.from_pylist(rows, schema=TABLES[name])


def to_tables(all_rows: dict[str, list[dict]]) -> dict[str, pa.Table]:
    return {name: to_table(name, all_rows.get(name, [])) for name in TABLES}


def merge_rows(parts: list[dict[str, list[dict]]]) -> dict[str, list[dict]]:
    merged: dict[str, list[dict]] = defaultdict(list)
    for p in parts:
        for k, v in p.items():
            merged[k].extend(v)
    return merged
