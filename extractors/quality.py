"""Data-quality gates: Great Expectations suites run on every stage of a refresh.

Suites are JSON files under `expectations/<stage>/<frame>.json`, reviewed in
git. Each expectation carries a severity: `critical` blocks the publish,
`warning` is reported. A suite runs on a pandas frame that `frames_for_stage`
builds; where a check spans tables (a child row's parent, a repealed act's
repeal), the frame carries a derived column (names starting with `_`) that the
suite's expectation reads.
"""
from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path

import pandas as pd

from .schema import KEYS, PARENT_COLUMNS, PARENTS, UNIQUE

STAGES = ("raw", "repaired", "structured", "curated")
DEFAULT_SUITES = Path(__file__).resolve().parents[1] / "expectations"


@dataclass
class CheckResult:
    stage: str
    frame: str
    expectation: str
    column: str | None
    severity: str
    success: bool
    unexpected_count: int = 0
    examples: list = field(default_factory=list)
    notes: str = ""
    # the documents of every offending row, as (source_file, doc_id, lang), any of them None
    # where the frame does not say; empty when the check is about the whole frame
    documents: list = field(default_factory=list)

    @property
    def label(self) -> str:
        col = f"[{self.column}]" if self.column else ""
        return f"{self.stage}/{self.frame}: {self.expectation}{col}"


@dataclass
class StageResult:
    stage: str
    results: list[CheckResult] = field(default_factory=list)

    @property
    def critical_failures(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success and r.severity == "critical"]

    @property
    def warnings(self) -> list[CheckResult]:
        return [r for r in self.results if not r.success and r.severity != "critical"]

    def to_dict(self) -> dict:
        return {"stage": self.stage, "passed": not self.critical_failures,
                "checks": [asdict(r) | {"label": r.label} for r in self.results]}


@lru_cache(maxsize=1)
def _context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return ctx


def schema_expectations(stage: str, frame: str) -> list[dict]:
    """The key, natural-key and parent checks of a curated table, from `schema.py` (KEYS, UNIQUE,
    PARENTS): one list of keys says what identifies a row, for every table."""
    if stage != "curated":
        return []
    out = []
    if frame in KEYS:
        out.append(_exp("expect_column_values_to_be_unique", "_key", f"key: {', '.join(KEYS[frame])}"))
    for n, cols in enumerate(UNIQUE.get(frame, ()), 1):
        out.append(_exp("expect_column_values_to_be_unique", f"_unique_{n}", f"unique: {', '.join(cols)}"))
    if frame in PARENTS:
        parent, cols = PARENTS[frame]
        out.append(_exp("expect_column_values_to_be_in_set", "_has_parent",
                        f"its parent row exists in {parent} ({', '.join(cols)})", value_set=[True]))
    return out


def _exp(kind: str, column: str, notes: str, **kwargs) -> dict:
    return {"type": kind, "kwargs": {"column": column, **kwargs}, "severity": "critical", "meta": {"notes": notes}}


def load_suite(path: Path | None, stage: str = "", frame: str = ""):
    import great_expectations as gx

    data = json.loads(path.read_text(encoding="utf-8")) if path else {"name": f"{stage}.{frame}", "expectations": []}
    present = {(e["type"], e.get("kwargs", {}).get("column")) for e in data["expectations"]}
    extra = [e for e in schema_expectations(stage, frame) if (e["type"], e["kwargs"]["column"]) not in present]
    suite = gx.ExpectationSuite(name=data["name"])
    for exp in data["expectations"] + extra:
        cls_name = "".join(part.capitalize() for part in exp["type"].split("_"))
        cls = getattr(gx.expectations, cls_name)
        kwargs = dict(exp.get("kwargs", {}))
        meta = dict(exp.get("meta", {}))
        suite.add_expectation(cls(**kwargs, meta=meta, severity=exp.get("severity", "critical")))
    return suite


def _examples(df: pd.DataFrame, result: dict, column: str | None) -> list:
    idx = result.get("unexpected_index_list") or []
    rows = []
    show = [c for c in ("doc_id", "lang", "source_file", "card_no", "function_kind", "function_no", "task_no",
                        "ordinal", "source_lines") if c in df.columns]
    if column and column in df.columns and column not in show:
        show.append(column)
    for i in list(idx)[:10]:
        try:
            row = df.loc[i, show].to_dict() if show else {"index": i}
        except (KeyError, TypeError):
            continue
        rows.append({k: (None if _isnull(v) else (v if isinstance(v, (int, float, bool, str)) else str(v)))
                     for k, v in row.items()})
    if not rows:
        rows = [str(v) for v in (result.get("partial_unexpected_list") or [])[:10]]
    if not rows and "observed_value" in result:
        rows = [{"observed_value": str(result["observed_value"])}]
    return rows


def _isnull(v) -> bool:
    try:
        return bool(pd.isna(v))
    except (TypeError, ValueError):
        return False


def _documents(df: pd.DataFrame, result: dict) -> list:
    """(source_file, doc_id, lang) of every offending row: the act a failure belongs to."""
    idx = [i for i in (result.get("unexpected_index_list") or []) if i in df.index]
    id_col = next((c for c in ("doc_id", "set_by_doc") if c in df.columns), None)
    if not idx or ("source_file" not in df.columns and id_col is None):
        return []
    rows = df.loc[idx].rename(columns={id_col: "doc_id"}).reindex(columns=["source_file", "doc_id", "lang"])
    rows = rows.astype(object).where(rows.notna(), None).drop_duplicates()
    found = [_strings(r) for r in rows.itertuples(index=False)]
    return sorted((k for k in found if k[0] or k[1]), key=lambda k: tuple(v or "" for v in k))


def _strings(row) -> tuple:
    return tuple(None if v is None else str(v) for v in row)


def run_suite(stage: str, frame_name: str, df: pd.DataFrame, suite_path: Path | None) -> list[CheckResult]:
    ctx = _context()
    suite = load_suite(suite_path, stage, frame_name)
    name = f"{stage}_{frame_name}"
    try:
        ds = ctx.data_sources.get(name)
    except Exception:
        ds = ctx.data_sources.add_pandas(name)
    try:
        asset = ds.get_asset(name)
    except Exception:
        asset = ds.add_dataframe_asset(name)
    try:
        bd = asset.get_batch_definition("whole")
    except Exception:
        bd = asset.add_batch_definition_whole_dataframe("whole")
    batch = bd.get_batch(batch_parameters={"dataframe": df.reset_index(drop=True)})
    res = batch.validate(suite, result_format={"result_format": "COMPLETE"})
    out = []
    frame = df.reset_index(drop=True)
    for r in res.results:
        cfg = r.expectation_config
        column = cfg.kwargs.get("column")
        result = r.result or {}
        sev = getattr(cfg, "severity", "critical")
        sev = getattr(sev, "value", sev)
        out.append(CheckResult(stage, frame_name, cfg.type, column, str(sev).lower(), bool(r.success),
                               int(result.get("unexpected_count") or 0) if not r.success else 0,
                               _examples(frame, result, column) if not r.success else [],
                               (cfg.meta or {}).get("notes", ""),
                               _documents(frame, result) if not r.success else []))
    return out


def run_stage(stage: str, frames: dict[str, pd.DataFrame], suites_dir: Path = DEFAULT_SUITES) -> StageResult:
    result = StageResult(stage)
    folder = suites_dir / stage
    paths = {p.stem: p for p in sorted(folder.glob("*.json"))}
    # a frame with no suite file of its own is still checked against its keys and parents
    names = sorted(set(paths) | {f for f in frames if schema_expectations(stage, f)})
    for frame_name in names:
        df = frames.get(frame_name)
        if df is None:
            continue
        result.results.extend(run_suite(stage, frame_name, df, paths.get(frame_name)))
    return result


# ---------------------------------------------------------------- frames of each stage

def curated_frames(tables: dict[str, "pa.Table"]) -> dict[str, pd.DataFrame]:  # noqa: F821
    frames = {name: t.to_pandas() for name, t in tables.items()}
    for child, (parent, cols) in PARENTS.items():
        df, pdf = frames[child], frames[parent]
        if df.empty:
            df["_has_parent"] = pd.Series(dtype=bool)
            continue
        names = PARENT_COLUMNS.get(child, {})
        pcols = [names.get(c, c) for c in cols]
        keys = {tuple(map(_str, row)) for row in pdf[pcols].itertuples(index=False)} if not pdf.empty else set()
        df["_has_parent"] = [any(_isnull(v) for v in row) or tuple(map(_str, row)) in keys
                             for row in df[list(cols)].itertuples(index=False)]
    for name, cols in KEYS.items():
        _key_column(frames[name], "_key", cols)
    for name, col_sets in UNIQUE.items():
        for n, cols in enumerate(col_sets, 1):
            _key_column(frames[name], f"_unique_{n}", cols)
    import datetime as dt

    today = dt.date.today()
    docs, am = frames["documents"], frames["amendments"]
    date_cols = ["act_date", "registration_date", "repealed_by_act_date", "effective_from"]
    docs["_act_date"] = docs["act_date"].astype(str) if not docs.empty else pd.Series(dtype=str)
    docs["_dates_not_future"] = [all(v is None or _isnull(v) or v <= today for v in row)
                                 for row in docs[date_cols].itertuples(index=False)] if not docs.empty else pd.Series(dtype=bool)
    am["_amending_act_date"] = am["amending_act_date"].astype(str) if not am.empty else pd.Series(dtype=str)
    kn = frames["knowledge"]
    kn["_placed"] = [(not _isnull(r.card_no) and not _isnull(r.task_no)) or (not _isnull(r.target_doc) and not _isnull(r.target_unit))
                     for r in kn.itertuples()] if not kn.empty else pd.Series(dtype=bool)
    repealed_targets = set()
    if not am.empty:
        repealed_targets = set(am.loc[am["operation"] == "repeal", "target_doc"].dropna())
    if not docs.empty:
        docs["_repeal_consistent"] = [
            (row.status == "repealed") == (not _isnull(row.repealed_by_act_number) or row.doc_id in repealed_targets)
            for row in docs.itertuples()]
    else:
        docs["_repeal_consistent"] = pd.Series(dtype=bool)
    labels = frames.get("occupation_labels")
    if labels is not None:
        labels["_in_any"] = (labels["in_kk"] | labels["in_ru"]) if not labels.empty else pd.Series(dtype=bool)
    refs = frames.get("legal_refs")
    if refs is not None:
        refs["_titles_ok"] = [(not r.in_catalogue) or (not _isnull(r.title_kk) and not _isnull(r.title_ru))
                              for r in refs.itertuples()] if not refs.empty else pd.Series(dtype=bool)
    return frames


def _str(v) -> str:
    # an integer column with nulls comes out of Arrow as floats: 2.0 is the card 2 of its parent
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def _key_column(df: pd.DataFrame, column: str, cols: tuple[str, ...]) -> None:
    if df.empty:
        df[column] = pd.Series(dtype=str)
    else:
        df[column] = ["|".join(str(v) for v in row) for row in df[list(cols)].itertuples(index=False)]


_EMBEDDED_NUMBERS = re.compile(r"(?:^|[.;:]\s)\d{1,2}\s?\.\s+\w.*[.;]\s\d{1,2}\s?\.\s+\w")


def structured_frames(extractions) -> dict[str, pd.DataFrame]:
    """Per card and per list item: the shape a card must have before it becomes rows."""
    cards, items = [], []
    for ex in extractions:
        d = ex.document
        for c in ex.cards:
            n_tasks = [len(f.tasks) for f in c.functions]
            empty_tasks = sum(1 for f in c.functions for t in f.tasks if not t.skills and not t.knowledge)
            first_tasks_empty = sum(1 for f in c.functions if f.tasks and not f.tasks[0].skills and not f.tasks[0].knowledge)
            cards.append({
                "doc_id": d.doc_id, "lang": d.lang, "source_file": d.source_file, "card_no": c.card_no,
                "has_name": bool(c.name), "has_level": bool(c.qualification_level),
                "has_code_or_group": bool(c.code or c.group_code), "functions": len(c.functions),
                "min_tasks": min(n_tasks) if n_tasks else 0, "tasks_without_items": empty_tasks,
                "functions_without_items": first_tasks_empty,
                "items": sum(len(t.skills) + len(t.knowledge) for f in c.functions for t in f.tasks),
                "unplaced": sum(1 for w in c.warnings if "no row to go to" in w or "no skills/knowledge heading" in w),
                "source_lines": f"{c.lines[0]}-{c.lines[1]}" if c.lines else None,
            })
            for f in c.functions:
                for t in f.tasks:
                    for kind, lst in (("skill", t.skills), ("knowledge", t.knowledge)):
                        for k, it in enumerate(lst, 1):
                            items.append({
                                "doc_id": d.doc_id, "lang": d.lang, "source_file": d.source_file,
                                "card_no": c.card_no, "function_kind": f.kind, "function_no": f.no,
                                "task_no": t.no, "ordinal": k, "kind": kind, "length": len(it.text),
                                "merged_list": bool(_EMBEDDED_NUMBERS.search(it.text)),
                                "source_lines": f"{it.lines[0]}-{it.lines[1]}" if it.lines else None,
                            })
    cards_df = pd.DataFrame(cards, columns=["doc_id", "lang", "source_file", "card_no", "has_name", "has_level",
                                            "has_code_or_group", "functions", "min_tasks", "tasks_without_items",
                                            "functions_without_items", "items", "unplaced", "source_lines"])
    items_df = pd.DataFrame(items, columns=["doc_id", "lang", "source_file", "card_no", "function_kind",
                                            "function_no", "task_no", "ordinal", "kind", "length",
                                            "merged_list", "source_lines"])
    return {"cards": cards_df, "items": items_df}
