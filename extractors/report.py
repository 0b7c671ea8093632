"""The run report (what was checked, what failed, with the offending rows), the
manifest of a published folder, and what changed since the last publish."""
from __future__ import annotations

import datetime as dt
import json
import subprocess
from functools import lru_cache
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from . import __version__
from .schema import CONTRACT_VERSION, KEYS

DIFF_KEYS = dict(KEYS, requirements=("doc_id", "lang", "card_no", "paragraph", "specialist_level", "category"),
                 amendments=("doc_id", "lang", "kind", "target_doc", "target_unit", "operation"))


def code_version() -> str:
    root = Path(__file__).resolve().parents[1]
    try:
        sha = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True,
                             text=True, timeout=5).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"],
                               capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        sha, dirty = "", ""
    return f"{__version__}+{sha}{'.dirty' if dirty else ''}" if sha else __version__


def _rows(table: pa.Table, cols) -> tuple[list[str], dict[tuple, tuple]]:
    """The table's column names but `source_lines`, and its rows as tuples of them by their key
    (`cols`, each value as `str` gives it; a later row of a key wins). Read column by column: a
    dict per row cost ten times as much at a thousand acts."""
    names = [c for c in table.column_names if c != "source_lines"]
    rows = zip(*(table.column(c).to_pylist() for c in names)) if names else [()] * table.num_rows
    keys = zip(*(_as_text(table.column(c)) if c in table.column_names else ["None"] * table.num_rows
                 for c in cols))
    return names, dict(zip(keys, rows))


def _as_text(column: pa.ChunkedArray) -> list[str]:
    """`str(value)` of each value: by Arrow for text and whole numbers (where its text is Python's)."""
    if pa.types.is_string(column.type) or pa.types.is_large_string(column.type) or pa.types.is_integer(column.type):
        return pc.fill_null(pc.cast(column, pa.string()), "None").to_pylist()
    return [str(v) for v in column.to_pylist()]


def diff(previous: dict[str, pa.Table], new: dict[str, pa.Table]) -> dict:
    """Rows added, removed and changed per table, against the last published folder."""
    out = {}
    for name, table in new.items():
        cols = DIFF_KEYS.get(name) or tuple(c for c in table.column_names if c != "source_lines")
        old = previous.get(name)
        if old is None:
            out[name] = {"added": table.num_rows, "removed": 0, "changed": 0, "examples": []}
        else:
            out[name] = _table_diff(old, table, cols)
    return out


def _table_diff(old: pa.Table, table: pa.Table, cols: tuple[str, ...]) -> dict:
    old_names, a = _rows(old, cols) if all(c in old.column_names for c in cols) else ([], {})
    names, b = _rows(table, cols)
    same = _same_row(old_names, names)
    added = [k for k in b if k not in a]
    removed = [k for k in a if k not in b]
    changed = [k for k in b if k in a and not same(a[k], b[k])]
    return {"added": len(added), "removed": len(removed), "changed": len(changed),
            "examples": [{"change": kind, "key": list(k)} for kind, ks in
                         (("added", added), ("removed", removed), ("changed", changed)) for k in ks[:20]]}


def _same_row(old_names: list[str], names: list[str]):
    """Whether an old and a new row (tuples of their columns) hold the same values: compared as
    tuples, or column by column by name where the schema changed."""
    if old_names == names:
        return tuple.__eq__
    return lambda x, y: dict(zip(old_names, x)) == dict(zip(names, y))


def manifest(run: dict, tables: dict[str, pa.Table]) -> dict:
    return {
        "contract_version": CONTRACT_VERSION,
        "run_id": run["run_id"],
        "started": run["started"],
        "finished": run.get("finished"),
        "code_version": run["code_version"],
        # what a later refresh compares to know that nothing changed (extractors.incremental)
        "run_fingerprint": run.get("run_fingerprint"),
        "inputs": run["inputs"],
        "row_counts": {name: t.num_rows for name, t in tables.items()},
        "quality": run["quality"],
        "alignment": run.get("alignment"),
        "changes_since_previous": {k: {kk: v[kk] for kk in ("added", "removed", "changed")}
                                   for k, v in (run.get("diff") or {}).items()},
    }


def facts(tables: dict[str, pa.Table]) -> dict:
    """What the report's summary says of the tables a run built (published or not)."""
    refs = tables.get("legal_refs")
    outside = [r for r in refs.to_pylist() if not r["in_catalogue"]] if refs is not None else []
    docs = tables.get("documents")
    return {"acts": len(set(docs.column("doc_id").to_pylist())) if docs is not None else 0,
            "texts": docs.num_rows if docs is not None else 0,
            "cards": tables["occupations"].num_rows if "occupations" in tables else 0,
            "rows": {name: t.num_rows for name, t in tables.items()},
            "outside_catalogue": sorted(outside, key=lambda r: r["ref_key"])}


def _seconds(start: str | None, end: str | None) -> float | None:
    try:
        return (dt.datetime.fromisoformat(end) - dt.datetime.fromisoformat(start)).total_seconds()
    except (TypeError, ValueError):
        return None


def _duration(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    m, s = divmod(int(round(seconds)), 60)
    return f"{m} min {s} s" if m else f"{s} s"


def _n(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def summary(run: dict) -> dict:
    f = run.get("facts") or {}
    published = str(run.get("outcome", "")).startswith("published")
    quarantined = sum(1 for i in run.get("inputs", []) if i.get("status") == "quarantined")
    took = _duration(_seconds(run.get("started"), run.get("finished")))
    word = "published" if published else "refused"
    line = (f"{word.upper()} · {_n(f.get('acts', 0), 'act')} ({_n(f.get('texts', 0), 'text')}) · "
            f"{_n(f.get('cards', 0), 'card')} · {quarantined} quarantined · {took}")
    return {"published": published, "outcome_word": word, "line": line, "rows": f.get("rows", {}),
            "started": run.get("started"), "finished": run.get("finished"), "duration": took}


@lru_cache(maxsize=1)
def _template():
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=select_autoescape(default=True),
                      extensions=["jinja2.ext.do"], trim_blocks=True, lstrip_blocks=True)
    env.globals["n"] = _n
    return env.get_template("report.html.j2")


def render_html(run: dict) -> str:
    """The run report: the summary first, then the failing and warning checks with their offending rows."""
    checks = [c for stage in run.get("quality", []) for c in stage["checks"]]
    run = {"alignment": None, "diff": None, "warnings": [], "inputs": [], **run}
    return _template().render(
        run=run, s=summary(run),
        failing=[c for c in checks if not c["success"] and c["severity"] == "critical"],
        warnings=[c for c in checks if not c["success"] and c["severity"] != "critical"],
        passing=[c for c in checks if c["success"]],
        outside=(run.get("facts") or {}).get("outside_catalogue", []))


def write_report(run: dict, folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(run, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    (folder / "index.html").write_text(render_html(run), encoding="utf-8")
    return folder / "index.html"
