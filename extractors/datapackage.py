"""`datapackage.json`: the published folder described as a Frictionless Data Package.

Written by the publish step beside the Parquet files, from `schema.py` alone:
one tabular resource per table, with its Table Schema (types, descriptions,
required columns, allowed values, patterns), its primary key and its foreign
keys. `frictionless validate
curated/datapackage.json` checks the data against all of it.
"""
from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa

from .schema import CONTRACT_VERSION, SPECS, Table

NAME = "kzprof-curated"
# Frictionless reads Parquet through pandas, where a missing number is NaN and a missing date NaT
MISSING_VALUES = ["", "nan", "NaN", "NaT", "<NA>"]


def field_type(t: pa.DataType) -> str:
    if pa.types.is_string(t):
        return "string"
    if pa.types.is_integer(t):
        return "integer"
    if pa.types.is_date(t):
        return "date"
    if pa.types.is_boolean(t):
        return "boolean"
    if pa.types.is_list(t):
        # a list arrives from Parquet as a numpy array, which Frictionless' `array` does not take
        return "any"
    raise ValueError(f"no Table Schema type for {t}")


def table_schema(spec: Table) -> dict:
    fields = []
    for c in spec.columns:
        f = {"name": c.name, "type": field_type(c.type), "description": c.description}
        constraints = {}
        if c.required:
            constraints["required"] = True
        if c.enum:
            constraints["enum"] = list(c.enum)
        if c.pattern:
            constraints["pattern"] = c.pattern
        if constraints:
            f["constraints"] = constraints
        fields.append(f)
    out = {"fields": fields, "primaryKey": list(spec.key), "missingValues": MISSING_VALUES}
    fks = []
    if spec.parent:
        parent, cols = spec.parent
        fks.append({"fields": list(cols), "reference": {"resource": parent, "fields": list(cols)}})
    for cols, target, target_cols in spec.references:
        # Frictionless skips a link only when all its cells are null: a link with some columns always set
        # (knowledge's card columns beside its doc_id) is checked by the curated checks instead
        if len(cols) == 1 or all(spec.column(c).required for c in cols):
            fks.append({"fields": list(cols), "reference": {"resource": target, "fields": list(target_cols)}})
    if fks:
        out["foreignKeys"] = fks
    return out


def descriptor() -> dict:
    # no `bytes` or `hash`: Frictionless reads Parquet through pyarrow and cannot count its bytes
    resources = []
    for spec in SPECS:
        res = {"name": spec.name, "type": "table", "path": f"{spec.name}.parquet", "format": "parquet",
               "mediatype": "application/vnd.apache.parquet", "description": spec.description}
        if spec.notes:
            res["notes"] = spec.notes
        res["schema"] = table_schema(spec)
        resources.append(res)
    return {"name": NAME, "title": "Kazakhstan's occupational standards, qualification requirements and amendments",
            "description": "The curated tables kzprof publishes; see README.md for the data dictionary.",
            "version": CONTRACT_VERSION, "resources": resources}


def write(folder: Path) -> Path:
    """Write `datapackage.json` into a folder that already holds the tables."""
    path = Path(folder) / "datapackage.json"
    path.write_text(json.dumps(descriptor(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path
