"""The data dictionary's tables section (`curated/README.md`), written from `schema.py`.

`python -m extractors.datadict` rewrites the part of the README between the
markers; a test checks that the README holds exactly what this module writes,
so the dictionary cannot drift from the schema.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow as pa

from .schema import SPECS, Column, Table
from .sqlviews import statements

README = Path(__file__).resolve().parents[1] / "curated" / "README.md"
BEGIN = "<!-- BEGIN tables: written from extractors/schema.py by `python -m extractors.datadict`; edit there -->"
END = "<!-- END tables -->"


def _type(t: pa.DataType) -> str:
    return f"list<{t.value_type}>" if pa.types.is_list(t) else str(t)


def _meaning(c: Column) -> str:
    parts = [c.description.replace("|", "\\|")]
    if c.enum:
        parts.append("one of " + ", ".join(f"`{v}`" for v in c.enum))
    if c.pattern:
        parts.append(f"pattern `{c.pattern}`")
    text = "; ".join(parts)
    return f"(added) {text}" if c.added else text


def _cols(cols) -> str:
    return "(" + ", ".join(cols) + ")"


def table_section(spec: Table) -> str:
    head = f"## {spec.name}{' (added)' if spec.added else ''} — {spec.description}"
    rel = [f"Key `{_cols(spec.key)}`."]
    if spec.parent:
        rel.append(f"Every row belongs to a row of `{spec.parent[0]}` on `{_cols(spec.parent[1])}`.")
    for cols, target, target_cols in spec.references:
        same = cols == target_cols
        rel.append(f"Where `{_cols(cols)}` are set, they name a row of `{target}`"
                   f"{'' if same else f' on `{_cols(target_cols)}`'}.")
    rows = ["| column | type | required | meaning |", "|---|---|---|---|"]
    rows += [f"| {c.name} | {_type(c.type)} | {'yes' if c.required else ''} | {_meaning(c)} |" for c in spec.columns]
    out = [head, "", " ".join(rel), "", *rows]
    if spec.notes:
        out += ["", spec.notes]
    return "\n".join(out)


def views_section() -> str:
    rows = ["## Views (`kzprof sql`)", "",
            "`kzprof sql` opens the folder in DuckDB: every table under its name, and these views "
            "(`extractors/sql/views.sql`):", "", "| view | what it answers |", "|---|---|"]
    rows += [f"| {name} | {what} |" for name, what, _ in statements()]
    return "\n".join(rows)


def markdown() -> str:
    return "\n\n".join([BEGIN, *(table_section(t) for t in SPECS), views_section(), END])


def current(readme: Path = README) -> str:
    text = readme.read_text(encoding="utf-8")
    start, end = text.index(BEGIN), text.index(END) + len(END)
    return text[start:end]


def write(readme: Path = README) -> None:
    text = readme.read_text(encoding="utf-8")
    readme.write_text(text.replace(current(readme), markdown()), encoding="utf-8")


if __name__ == "__main__":
    write(Path(sys.argv[1]) if len(sys.argv) > 1 else README)
