"""The run report (what was checked, what failed, with the offending rows), the
manifest of a published folder, and what changed since the last publish."""
from __future__ import annotations

import html
import json
import subprocess
from pathlib import Path

import pyarrow as pa

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


def _keys(table: pa.Table, cols) -> dict[tuple, dict]:
    out = {}
    for row in table.to_pylist():
        out[tuple(str(row.get(c)) for c in cols)] = row
    return out


def diff(previous: dict[str, pa.Table], new: dict[str, pa.Table]) -> dict:
    """Rows added, removed and changed per table, against the last published folder."""
    out = {}
    for name, table in new.items():
        cols = DIFF_KEYS.get(name) or tuple(c for c in table.column_names if c != "source_lines")
        old = previous.get(name)
        if old is None:
            out[name] = {"added": table.num_rows, "removed": 0, "changed": 0, "examples": []}
            continue
        a = _keys(old, cols) if all(c in old.column_names for c in cols) else {}
        b = _keys(table, cols)
        added = [k for k in b if k not in a]
        removed = [k for k in a if k not in b]
        changed = [k for k in b if k in a and _strip(a[k]) != _strip(b[k])]
        out[name] = {"added": len(added), "removed": len(removed), "changed": len(changed),
                     "examples": [{"change": kind, "key": list(k)} for kind, ks in
                                  (("added", added), ("removed", removed), ("changed", changed)) for k in ks[:20]]}
    return out


def _strip(row: dict) -> dict:
    return {k: v for k, v in row.items() if k != "source_lines"}


def manifest(run: dict, tables: dict[str, pa.Table]) -> dict:
    return {
        "contract_version": CONTRACT_VERSION,
        "run_id": run["run_id"],
        "started": run["started"],
        "finished": run.get("finished"),
        "code_version": run["code_version"],
        "inputs": run["inputs"],
        "row_counts": {name: t.num_rows for name, t in tables.items()},
        "quality": run["quality"],
        "alignment": run.get("alignment"),
        "changes_since_previous": {k: {kk: v[kk] for kk in ("added", "removed", "changed")}
                                   for k, v in (run.get("diff") or {}).items()},
    }


def render_html(run: dict) -> str:
    e = html.escape
    parts = [f"<!doctype html><meta charset='utf-8'><title>kzprof run {e(run['run_id'])}</title>",
             "<style>body{font:14px sans-serif;margin:2em}td,th{border:1px solid #ccc;padding:3px 6px;vertical-align:top}"
             "table{border-collapse:collapse;margin-bottom:1.5em}.fail{background:#fdd}.warn{background:#ffd}.ok{background:#dfd}</style>",
             f"<h1>kzprof refresh {e(run['run_id'])}</h1>",
             f"<p><b>Outcome:</b> {e(run['outcome'])}<br><b>Started:</b> {e(str(run['started']))} "
             f"<b>Code:</b> {e(run['code_version'])}</p>",
             "<h2>Inputs</h2><table><tr><th>file</th><th>status</th><th>reason</th><th>sha256</th></tr>"]
    for i in run["inputs"]:
        cls = "ok" if i["status"] == "published" else "fail"
        parts.append(f"<tr class='{cls}'><td>{e(i['source_file'])}</td><td>{e(i['status'])}</td>"
                     f"<td>{e(i.get('message') or '')}</td><td><code>{e((i.get('sha256') or '')[:16])}</code></td></tr>")
    parts.append("</table>")
    for stage in run["quality"]:
        parts.append(f"<h2>Checks: {e(stage['stage'])} ({'passed' if stage['passed'] else 'FAILED'})</h2>"
                     "<table><tr><th>check</th><th>severity</th><th>result</th><th>unexpected</th><th>offending rows</th><th>why</th></tr>")
        for c in stage["checks"]:
            cls = "ok" if c["success"] else ("fail" if c["severity"] == "critical" else "warn")
            ex = "<br>".join(e(json.dumps(x, ensure_ascii=False, default=str)) for x in c["examples"][:10])
            parts.append(f"<tr class='{cls}'><td>{e(c['label'])}</td><td>{e(c['severity'])}</td>"
                         f"<td>{'ok' if c['success'] else 'failed'}</td><td>{c['unexpected_count']}</td>"
                         f"<td>{ex}</td><td>{e(c.get('notes') or '')}</td></tr>")
        parts.append("</table>")
    if run.get("alignment"):
        a = run["alignment"]
        parts.append(f"<h2>Kazakh / Russian alignment</h2><p>{e(json.dumps({k: v for k, v in a.items() if k != 'disagreements'}, ensure_ascii=False))}</p><ul>")
        for d in a.get("disagreements", [])[:200]:
            parts.append(f"<li>{e(json.dumps(d, ensure_ascii=False))}</li>")
        parts.append("</ul>")
    if run.get("diff"):
        parts.append("<h2>Changes since the last published folder</h2><table><tr><th>table</th><th>added</th><th>removed</th><th>changed</th><th>examples</th></tr>")
        for name, d in run["diff"].items():
            ex = "<br>".join(e(f"{x['change']}: {x['key']}") for x in d["examples"][:10])
            parts.append(f"<tr><td>{e(name)}</td><td>{d['added']}</td><td>{d['removed']}</td><td>{d['changed']}</td><td>{ex}</td></tr>")
        parts.append("</table>")
    if run.get("warnings"):
        parts.append("<h2>Reader warnings</h2><ul>")
        for w in run["warnings"]:
            parts.append(f"<li>{e(w)}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


def write_report(run: dict, folder: Path) -> Path:
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "report.json").write_text(json.dumps(run, ensure_ascii=False, indent=2, default=str), encoding="utf-8")
    (folder / "index.html").write_text(render_html(run), encoding="utf-8")
    return folder / "index.html"
