"""The curated schema: the one place that says what the published tables are.

Contract v1 (../shared/contract.md) plus the columns and tables the project
adds; nothing here may be renamed, dropped or retyped without a new contract
version. Every other module imports these schemas and enums.
"""
from __future__ import annotations

import pyarrow as pa

CONTRACT_VERSION = "1"

LANGS = ("kk", "ru")
ACT_TYPES = ("order", "joint_order", "resolution", "law", "code", "rules")
STATUSES = ("in_force", "repealed")
SOURCE_FORMATS = ("txt", "pdf", "pdf-ocr")
FUNCTION_KINDS = ("mandatory", "additional")
SPECIALIST_LEVELS = ("high", "middle")
CATEGORIES = ("highest", "first", "second", "none")
EDUCATION_LEVELS = ("higher", "postgraduate", "tvet", "basic_secondary", "general_secondary")
AMENDMENT_KINDS = ("change", "note")
OPERATIONS = ("replace", "amend", "insert", "delete", "repeal")
LEGAL_REF_KINDS = ("constitution", "code", "law", "rules")

CODE_PATTERN = r"^\d{4}-\d-\d{3}$"
GROUP_CODE_PATTERN = r"^\d{4}-\d$"
LEVEL_PATTERN = r"^[1-8](\.[1-9])?(\s*-\s*[1-8](\.[1-9])?)?$"

s, i32, d32 = pa.string(), pa.int32(), pa.date32()

# the raw-file lines a row was read from ("247-258"), so any value can be traced back
SOURCE_LINES = pa.field("source_lines", s)

TABLES: dict[str, pa.Schema] = {
    "documents": pa.schema([
        ("doc_id", s), ("lang", s), ("title", s), ("act_type", s), ("issuer", s), ("act_number", s),
        ("act_date", d32), ("registration_number", s), ("registration_date", d32), ("status", s),
        ("repealed_by_act_number", s), ("repealed_by_act_date", d32), ("effective_from", d32),
        ("source_file", s), ("source_sha256", s), ("source_format", s),
        ("cards_total", i32), SOURCE_LINES,
    ]),
    "occupations": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("card_title", s), ("code", s), ("group_code", s),
        ("name", s), ("qualification_level", s), ("qualification_requirements_text", s),
        ("education_level_text", s), ("personal_competencies", s), ("working_conditions", s),
        ("qualification_link", s), SOURCE_LINES,
    ]),
    "occupation_alt_names": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("ordinal", i32), ("code", s), ("name", s), SOURCE_LINES,
    ]),
    "related_occupations": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("ordinal", i32), ("level", s), ("name", s), SOURCE_LINES,
    ]),
    "labor_functions": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("function_kind", s), ("function_no", i32), ("name", s),
        SOURCE_LINES,
    ]),
    "tasks": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("function_kind", s), ("function_no", i32),
        ("task_no", i32), ("name", s), SOURCE_LINES,
    ]),
    "skills": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("function_kind", s), ("function_no", i32),
        ("task_no", i32), ("ordinal", i32), ("text", s), SOURCE_LINES,
    ]),
    "knowledge": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("function_kind", s), ("function_no", i32),
        ("task_no", i32), ("target_doc", s), ("target_unit", s), ("ordinal", i32), ("text", s),
        ("ref_key", s), SOURCE_LINES,
    ]),
    "requirements": pa.schema([
        ("doc_id", s), ("lang", s), ("card_no", i32), ("paragraph", s), ("position", s),
        ("specialist_level", s), ("category", s), ("education_level", s),
        ("education_fields", pa.list_(s)), ("min_experience_years", i32), ("experience_in", s),
        ("alternatives", pa.list_(s)), ("text", s), SOURCE_LINES,
    ]),
    "amendments": pa.schema([
        ("doc_id", s), ("lang", s), ("kind", s), ("target_doc", s), ("target_unit", s), ("operation", s),
        ("amending_act_number", s), ("amending_act_date", d32), ("text", s), SOURCE_LINES,
    ]),
    # one row per card of any act with its names in both languages (issue 6); `agrees` is null
    # where only one language of the act is in the corpus
    "occupation_labels": pa.schema([
        ("doc_id", s), ("card_no", i32), ("code", s), ("group_code", s), ("qualification_level", s),
        ("name_kk", s), ("name_ru", s), ("card_title_kk", s), ("card_title_ru", s),
        ("in_kk", pa.bool_()), ("in_ru", pa.bool_()), ("agrees", pa.bool_()),
    ]),
    # every act a knowledge item names, under the key both languages share (knowledge.ref_key)
    "legal_refs": pa.schema([
        ("ref_key", s), ("kind", s), ("title_kk", s), ("title_ru", s), ("in_catalogue", pa.bool_()),
        ("mentions_kk", i32), ("mentions_ru", i32),
    ]),
    # the state "as amended" of every unit an amendment in the corpus replaces (issue 5)
    "unit_versions": pa.schema([
        ("target_doc", s), ("target_unit", s), ("version", i32), ("valid_from", d32), ("valid_to", d32),
        ("text", s), ("set_by_doc", s), ("set_by_act_number", s), ("lang", s), ("valid_from_basis", s),
    ]),
}

# keys: the columns that identify a row (checked unique before publishing)
KEYS: dict[str, tuple[str, ...]] = {
    "documents": ("doc_id", "lang"),
    "occupations": ("doc_id", "lang", "card_no"),
    "occupation_alt_names": ("doc_id", "lang", "card_no", "ordinal"),
    "related_occupations": ("doc_id", "lang", "card_no", "ordinal"),
    "labor_functions": ("doc_id", "lang", "card_no", "function_kind", "function_no"),
    "tasks": ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no"),
    "skills": ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no", "ordinal"),
    "knowledge": ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no", "target_doc", "target_unit", "ordinal"),
    "unit_versions": ("target_doc", "target_unit", "lang", "version"),
    "occupation_labels": ("doc_id", "card_no"),
    "legal_refs": ("ref_key",),
}

# child table -> (parent table, join columns)
PARENTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "occupations": ("documents", ("doc_id", "lang")),
    "occupation_alt_names": ("occupations", ("doc_id", "lang", "card_no")),
    "related_occupations": ("occupations", ("doc_id", "lang", "card_no")),
    "labor_functions": ("occupations", ("doc_id", "lang", "card_no")),
    "tasks": ("labor_functions", ("doc_id", "lang", "card_no", "function_kind", "function_no")),
    "skills": ("tasks", ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no")),
    "requirements": ("documents", ("doc_id", "lang")),
    "amendments": ("documents", ("doc_id", "lang")),
}


def empty_table(name: str) -> pa.Table:
    return TABLES[name].empty_table()


def doc_id(registration_year: int, registration_number: str) -> str:
    """The adilet identifier: V + two-digit registration year + 8-digit registration number."""
    return f"V{registration_year % 100:02d}{int(registration_number):08d}"
