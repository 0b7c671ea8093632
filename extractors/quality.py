"""Data-quality gates: Great Expectations suites run on every stage of a refresh.

Suites are JSON files under `expectations/<stage>/<frame>.json`, reviewed in
git. Each expectation carries a severity: `critical` blocks the publish,
`warning` is reported. What `schema.py` says of a curated table (its key, its
parent, its required columns, allowed values and patterns) is not repeated in
those files: `schema_expectations` derives it, and the curated suites hold only
the checks the schema cannot express. A suite runs on a pandas frame that `frames_for_stage`
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

import numpy as np
import pandas as pd

from . import gx_configurations
from .check_memo import check_key, frame_digest
from .schema import KEYS, PARENTS, REFERENCES, SPEC, UNIQUE

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


def context():
    """Great Expectations' (ephemeral) context, built on first use (about 1.5 s): a run may
    build it early, while it waits for something else."""
    return _context()


@lru_cache(maxsize=1)
def _context():
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    # importing it sets its loggers' levels again: its notes (a temporary folder made) stay out of the run's log
    logging.getLogger("great_expectations").setLevel(logging.ERROR)
    for name in list(logging.root.manager.loggerDict):
        if name.startswith("great_expectations."):
            logging.getLogger(name).setLevel(logging.NOTSET)
    ctx = gx.get_context(mode="ephemeral")
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    return ctx


def schema_expectations(table: str) -> list[dict]:
    """The checks schema.py implies for a curated table, in the suites' JSON form."""
    spec = SPEC[table]

    def exp(kind: str, column: str, notes: str = "", **kwargs) -> dict:
        return {"type": f"expect_column_values_to_{kind}", "kwargs": {"column": column, **kwargs},
                "severity": "critical", "meta": {"notes": notes, "source": "schema.py"}}

    out = [exp("be_unique", "_key", f"key: {', '.join(spec.key)}")]
    out += [exp("be_unique", f"_unique_{n}", f"unique: {', '.join(cols)}") for n, cols in enumerate(spec.unique, 1)]
    for c in spec.columns:
        if c.required:
            out.append(exp("not_be_null", c.name, "a required column"))
        if c.enum:
            out.append(exp("be_in_set", c.name, value_set=list(c.enum)))
        if c.pattern:
            out.append(exp("match_regex", c.name, regex=c.pattern))
    if spec.parent:
        parent, cols = spec.parent
        out.append(exp("be_in_set", "_has_parent", f"its {parent} row exists ({', '.join(cols)})", value_set=[True]))
    for cols, target, target_cols in spec.references:
        out.append(exp("be_in_set", f"_ref_{target}", f"where {', '.join(cols)} are set, {target} has the row "
                       f"({', '.join(target_cols)})", value_set=[True]))
    return out


def load_suite(path: Path | None, generated: list[dict] = (), name: str = ""):
    return _suite(_suite_data(path, generated, name))


def _suite_data(path: Path | None, generated: list[dict], name: str) -> dict:
    """A suite as data: its file's expectations after the derived ones."""
    data = json.loads(path.read_text(encoding="utf-8")) if path else {"name": name, "expectations": []}
    return {"name": data["name"], "expectations": [*generated, *data["expectations"]]}


@lru_cache(maxsize=256)
def _built_suite(data_json: str):
    """A suite's Great Expectations object, built once per process (building one is a good part
    of a small frame's checking)."""
    return _suite(json.loads(data_json))


def _suite(data: dict):
    import great_expectations as gx

    suite = gx.ExpectationSuite(name=data["name"])
    for exp in data["expectations"]:
        cls_name = "".join(part.capitalize() for part in exp["type"].split("_"))
        cls = getattr(gx.expectations, cls_name)
        kwargs = dict(exp.get("kwargs", {}))
        meta = dict(exp.get("meta", {}))
        suite.add_expectation(cls(**kwargs, meta=meta, severity=exp.get("severity", "critical")))
    return suite


_SHOWN = ("doc_id", "lang", "source_file", "card_no", "function_kind", "function_no", "task_no", "ordinal",
          "source_lines")
MAX_TEXT = 160  # characters of a long value shown in an offending row


def _shown_columns(stage: str, frame: str) -> tuple[str, ...]:
    """The columns that name an offending row: a curated table's key and label, else the usual ids."""
    if stage == "curated" and frame in SPEC:
        spec = SPEC[frame]
        return tuple(dict.fromkeys(spec.key + spec.label + ("source_lines",)))
    return _SHOWN


def _plain(v):
    if _isnull(v):
        return None
    if isinstance(v, str):
        return v if len(v) <= MAX_TEXT else v[: MAX_TEXT - 1] + "…"
    return v if isinstance(v, (int, float, bool)) else str(v)


def _examples(df: pd.DataFrame, result: dict, column: str | None, shown: tuple[str, ...] = _SHOWN) -> list:
    idx = result.get("unexpected_index_list") or []
    rows = []
    show = [c for c in shown if c in df.columns]
    if column and column in df.columns and column not in show and not column.startswith("_"):  # derived: the key says it
        show.append(column)
    for i in list(idx)[:10]:
        try:
            row = df.loc[i, show].to_dict() if show else {"index": i}
        except (KeyError, TypeError):
            continue
        rows.append({k: _plain(v) for k, v in row.items()})
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


def run_suite(stage: str, frame_name: str, df: pd.DataFrame, suite_path: Path | None,
              generated: list[dict] = (), memo=None) -> list[CheckResult]:
    """The suite's results on `df`; with a `memo` (get/put by key, e.g. the run's result cache),
    results already found for the same suite, code and frame content are taken from it."""
    job = SuiteJob(stage, frame_name, df, _suite_data(suite_path, generated, f"{stage}.{frame_name}"))
    return run_jobs([job], memo)[0]


@dataclass
class SuiteJob:
    """One suite to run on one frame: plain data, so that another process may run it."""

    stage: str
    frame: str
    df: pd.DataFrame
    data: dict

    def run(self) -> list[CheckResult]:
        return _validate(self.stage, self.frame, self.df, self.data)

    @property
    def size(self) -> int:
        return len(self.data["expectations"])


def run_jobs(jobs: list[SuiteJob], memo=None, helpers=None, meanwhile=None) -> list[list[CheckResult]]:
    """Each job's results, in the jobs' order: from `memo` where its suite has run on the same
    content before, else run here, with `helpers` (a `workers.Pool` whose processes have Great
    Expectations at hand) taking a share of them; `meanwhile`: what this process does first,
    while the helpers start on theirs."""
    keys = [check_key(j.stage, j.frame, j.data, frame_digest(j.df)) if memo is not None else None for j in jobs]
    out: list = [memo.get(k) if k else None for k in keys]
    todo = [i for i, r in enumerate(out) if r is None]
    for i, results in _share(jobs, todo, helpers, meanwhile):
        out[i] = results
        if keys[i]:
            memo.put(keys[i], results)
    return out


def _share(jobs: list[SuiteJob], todo: list[int], helpers, meanwhile=None) -> list[tuple[int, list[CheckResult]]]:
    """Run the jobs `todo` names, largest first, here and on the helpers' processes, each lane
    taking the next job as it is free (a helper that fails leaves its job to this process)."""
    import queue
    import threading

    waiting: queue.Queue = queue.Queue()
    for i in sorted(todo, key=lambda i: -jobs[i].size):
        waiting.put(i)
    done: list[tuple[int, list[CheckResult]]] = []

    def helper_lane() -> None:
        while True:
            try:
                i = waiting.get_nowait()
            except queue.Empty:
                return
            outcome = helpers.run(SuiteJob.run, jobs[i])
            if not outcome.ok:
                waiting.put(i)
                return
            done.append((i, outcome.value))

    lanes = [threading.Thread(target=helper_lane, daemon=True) for _ in range(helpers.processes if helpers else 0)]
    for lane in lanes:
        lane.start()
    if meanwhile is not None:
        meanwhile()

    def here() -> None:
        while True:
            try:
                i = waiting.get_nowait()
            except queue.Empty:
                return
            done.append((i, jobs[i].run()))

    here()
    for lane in lanes:
        lane.join()
    here()  # what a failing helper gave back after this process had finished
    return done


def warm() -> None:
    """Great Expectations imported and its context built (a helper process does this once)."""
    _context()


def _validate(stage: str, frame_name: str, df: pd.DataFrame, data: dict) -> list[CheckResult]:
    ctx = _context()
    suite = _built_suite(json.dumps(data, sort_keys=True, default=str))
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
    # a passing check needs no detail: the offending rows are asked for only where one failed
    with gx_configurations.validation():
        res = batch.validate(suite, result_format={"result_format": "BOOLEAN_ONLY"})
        if not res.success:
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
                               _examples(frame, result, column, _shown_columns(stage, frame_name))
                               if not r.success else [],
                               (cfg.meta or {}).get("notes", ""),
                               _documents(frame, result) if not r.success else []))
    return out


def _documents(df: pd.DataFrame, result: dict) -> list:
    """(source_file, doc_id, lang) of every offending row: the act a failure belongs to."""
    idx = [i for i in (result.get("unexpected_index_list") or []) if i in df.index]
    if not idx or ("source_file" not in df.columns and "doc_id" not in df.columns):
        return []
    rows = df.loc[idx].reindex(columns=["source_file", "doc_id", "lang"])
    rows = rows.astype(object).where(rows.notna(), None).drop_duplicates()
    found = [tuple(None if v is None else str(v) for v in r) for r in rows.itertuples(index=False)]
    return sorted((k for k in found if k[0] or k[1]), key=lambda k: tuple(v or "" for v in k))


def run_stage(stage: str, frames: dict[str, pd.DataFrame], suites_dir: Path = DEFAULT_SUITES, memo=None) -> StageResult:
    return run_stages({stage: frames}, suites_dir, memo)[0]


def run_stages(frames: dict[str, dict[str, pd.DataFrame]], suites_dir: Path = DEFAULT_SUITES, memo=None,
               helpers=None, meanwhile=None) -> list[StageResult]:
    """Every stage's suites on that stage's frames (`frames[stage][frame]`), one result per
    stage in the order given; `memo`, `helpers` and `meanwhile` as `run_jobs` takes them."""
    jobs = [job for stage, stage_frames in frames.items() for job in stage_jobs(stage, stage_frames, suites_dir)]
    results = run_jobs(jobs, memo, helpers, meanwhile)
    out = {stage: StageResult(stage) for stage in frames}
    for job, found in zip(jobs, results):
        out[job.stage].results.extend(found)
    return list(out.values())


def stage_jobs(stage: str, frames: dict[str, pd.DataFrame], suites_dir: Path = DEFAULT_SUITES) -> list[SuiteJob]:
    """A job for each suite of the stage whose frame is there: the suite file's expectations after
    those the schema implies (curated tables)."""
    files = {p.stem: p for p in (suites_dir / stage).glob("*.json")}
    derived = set(SPEC) if stage == "curated" else set()
    jobs = []
    for frame_name in sorted(set(files) | derived):
        df = frames.get(frame_name)
        if df is None:
            continue
        generated = schema_expectations(frame_name) if frame_name in derived else []
        jobs.append(SuiteJob(stage, frame_name, df, _suite_data(files.get(frame_name), generated,
                                                                f"{stage}.{frame_name}")))
    return jobs


# ---------------------------------------------------------------- frames of each stage

def curated_frames(tables: dict[str, "pa.Table"]) -> dict[str, pd.DataFrame]:  # noqa: F821
    frames = {name: t.to_pandas() for name, t in tables.items()}
    _schema_columns(frames)
    _document_columns(frames["documents"], frames["amendments"])
    kn = frames["knowledge"]
    kn["_placed"] = ((kn["card_no"].notna() & kn["task_no"].notna()) | (kn["target_doc"].notna() & kn["target_unit"].notna())
                     if not kn.empty else pd.Series(dtype=bool))
    labels = frames.get("occupation_labels")
    if labels is not None:
        labels["_in_any"] = (labels["in_kk"] | labels["in_ru"]) if not labels.empty else pd.Series(dtype=bool)
    refs = frames.get("legal_refs")
    if refs is not None:
        refs["_titles_ok"] = [(not r.in_catalogue) or (not _isnull(r.title_kk) and not _isnull(r.title_ru))
                              for r in refs.itertuples()] if not refs.empty else pd.Series(dtype=bool)
    return frames


def _document_columns(docs: pd.DataFrame, am: pd.DataFrame) -> None:
    """Dates as text, no date of a past event in the future, and a repealed status that an act or a
    note explains. The day an act comes into force is often later than the run (an order published
    today that takes effect on the first of next year)."""
    import datetime as dt

    today = dt.date.today()
    date_cols = ["act_date", "registration_date", "repealed_by_act_date"]
    docs["_act_date"] = docs["act_date"].astype(str) if not docs.empty else pd.Series(dtype=str)
    docs["_dates_not_future"] = [all(v is None or _isnull(v) or v <= today for v in row)
                                 for row in docs[date_cols].itertuples(index=False)] if not docs.empty else pd.Series(dtype=bool)
    am["_amending_act_date"] = am["amending_act_date"].astype(str) if not am.empty else pd.Series(dtype=str)
    repealed_targets = set()
    if not am.empty:
        # a repeal of a unit (`пункт 4 признать утратившим силу`) leaves the act in force
        whole = (am["operation"] == "repeal") & am["target_unit"].isna()
        repealed_targets = set(am.loc[whole, "target_doc"].dropna())
    docs["_repeal_consistent"] = [
        (row.status == "repealed") == (not _isnull(row.repealed_by_act_number) or row.doc_id in repealed_targets)
        for row in docs.itertuples()] if not docs.empty else pd.Series(dtype=bool)


def _key_text(v) -> str:
    """A value as part of a row's key: a number is the same whether its column holds nulls (float) or not."""
    return str(int(v)) if isinstance(v, float) and v.is_integer() else str(v)


def _key_parts(column: pd.Series) -> list[str]:
    """The key part of every row of one column ("" for a null), the column's nulls found at once;
    a text column (most keys) and a whole-number one without nulls are taken as they are."""
    if isinstance(column.dtype, pd.StringDtype):
        return column.fillna("").tolist()
    if isinstance(column.dtype, np.dtype) and column.dtype.kind in "iu":
        return list(map(str, column.tolist()))
    return ["" if null else _key_text(v) for v, null in zip(column.tolist(), column.isna().tolist())]


def _row_keys(df: pd.DataFrame, cols: list[str]) -> list[tuple[str, ...]]:
    return list(zip(*[_key_parts(df[c]) for c in cols]))


def _key_column(df: pd.DataFrame, column: str, cols: tuple[str, ...]) -> None:
    df[column] = (["|".join(key) for key in _row_keys(df, list(cols))] if not df.empty
                  else pd.Series(dtype=str))


def _schema_columns(frames: dict[str, pd.DataFrame]) -> None:
    """The derived columns the checks schema.py implies read: each row's key, parent and links."""
    for name, cols in KEYS.items():
        _key_column(frames[name], "_key", cols)
    for name, col_sets in UNIQUE.items():
        for n, cols in enumerate(col_sets, 1):
            _key_column(frames[name], f"_unique_{n}", cols)
    for child, (parent, cols) in PARENTS.items():
        frames[child]["_has_parent"] = _linked(frames[child], list(cols), frames[parent], list(cols), unset_ok=False)
    for child, links in REFERENCES.items():
        for cols, target, target_cols in links:
            frames[child][f"_ref_{target}"] = _linked(frames[child], list(cols), frames[target], list(target_cols))


def _linked(df: pd.DataFrame, cols: list[str], target: pd.DataFrame, target_cols: list[str],
            unset_ok: bool = True) -> pd.Series:
    """True where the row's target row exists, or (`unset_ok`) where one of the link's columns is null."""
    if df.empty:
        return pd.Series(dtype=bool)
    keys = set(_row_keys(target, target_cols)) if not target.empty else set()
    unset = df[cols].isna().any(axis=1).tolist()
    return pd.Series([(unset_ok and u) or key in keys for key, u in zip(_row_keys(df, cols), unset)], index=df.index)


_EMBEDDED_NUMBERS = re.compile(r"(?:^|[.;:]\s)\d{1,2}\s?\.\s+\w.*[.;]\s\d{1,2}\s?\.\s+\w")


def structured_frames(extractions) -> dict[str, pd.DataFrame]:
    """Per card and per list item: the shape a card must have before it becomes rows."""
    cards, items = [], []
    for ex in extractions:
        for c in ex.cards:
            cards.append(_card_shape(ex.document, c))
            items.extend(_item_shapes(ex.document, c))
    cards_df = pd.DataFrame(cards, columns=["doc_id", "lang", "source_file", "card_no", "has_name", "has_level",
                                            "has_code_or_group", "functions", "min_tasks", "tasks_without_items",
                                            "functions_without_items", "items", "unplaced", "source_lines"])
    items_df = pd.DataFrame(items, columns=["doc_id", "lang", "source_file", "card_no", "function_kind",
                                            "function_no", "task_no", "ordinal", "kind", "length",
                                            "merged_list", "source_lines"])
    return {"cards": cards_df, "items": items_df}


def _card_shape(d, c) -> dict:
    return {
        "doc_id": d.doc_id, "lang": d.lang, "source_file": d.source_file, "card_no": c.card_no,
        "has_name": bool(c.name), "has_level": bool(c.qualification_level),
        "has_code_or_group": bool(c.code or c.group_code), "functions": len(c.functions),
        **_task_counts(c),
        "unplaced": sum(1 for w in c.warnings if "no row to go to" in w or "no skills/knowledge heading" in w),
        "source_lines": f"{c.lines[0]}-{c.lines[1]}" if c.lines else None,
    }


def _task_counts(c) -> dict:
    def empty(t) -> bool:
        return not t.skills and not t.knowledge

    n_tasks = [len(f.tasks) for f in c.functions]
    return {"min_tasks": min(n_tasks) if n_tasks else 0,
            "tasks_without_items": sum(1 for f in c.functions for t in f.tasks if empty(t)),
            "functions_without_items": sum(1 for f in c.functions if f.tasks and empty(f.tasks[0])),
            "items": sum(len(t.skills) + len(t.knowledge) for f in c.functions for t in f.tasks)}


def _item_shapes(d, c) -> list[dict]:
    return [{"doc_id": d.doc_id, "lang": d.lang, "source_file": d.source_file,
             "card_no": c.card_no, "function_kind": f.kind, "function_no": f.no,
             "task_no": t.no, "ordinal": k, "kind": kind, "length": len(it.text),
             "merged_list": bool(_EMBEDDED_NUMBERS.search(it.text)),
             "source_lines": f"{it.lines[0]}-{it.lines[1]}" if it.lines else None}
            for f in c.functions for t in f.tasks
            for kind, lst in (("skill", t.skills), ("knowledge", t.knowledge)) for k, it in enumerate(lst, 1)]
