"""The `refresh` flow: raw_docs/ -> checked, published curated/ tables.

Orchestration only: every step is a function of `extractors`. Each document is
read and extracted in its own task run, and its work runs in a worker process
with a time budget (`doc_timeout`): a document that fails, crashes its worker or
runs over its budget is quarantined on its own and the others go on. An act whose
rows fail a critical check is quarantined with the names of the checks and the
others are published; `strict` keeps the publish all-or-nothing instead.
"""
from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.states import Failed

from extractors import alignment, pipeline, quality, report, runfiles
from extractors.publish import preflight, publish, read_previous, refresh_lock
from extractors.workers import DOC_TIMEOUT, Pool

CHECK_ROUNDS = 3  # at most this many rounds of quarantining acts that failed checks


class RefreshRefused(Exception):
    """The run did not publish; the message says why in one line."""


@dataclass
class RunOutcome:
    run_id: str
    published: bool
    quarantined: list
    report: Path
    curated: Path
    message: str
    skipped: list = field(default_factory=list)


@dataclass
class Run:
    """What one refresh knows so far; its report is written from it whatever happens."""

    raw_dir: Path
    curated: Path
    reports_dir: Path
    run_id: str = field(default_factory=lambda: dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6])
    info: dict = field(default_factory=dict)
    skipped: list = field(default_factory=list)
    quarantined: list = field(default_factory=list)
    published_files: dict = field(default_factory=dict)

    def __post_init__(self):
        self.info = {"run_id": self.run_id, "started": _now(), "code_version": report.code_version(),
                     "inputs": [], "quality": [], "warnings": []}

    def inputs(self) -> list[dict]:
        return ([{"source_file": f, "sha256": s, "status": "published"} for f, s in sorted(self.published_files.items())]
                + [{"source_file": q.source_file, "sha256": q.sha256, "status": "quarantined", "reason": q.reason,
                    "message": q.message} for q in self.quarantined]
                + [{"source_file": s.source_file, "sha256": None, "status": "skipped", "reason": s.reason,
                    "message": s.message} for s in self.skipped])

    def write_report(self, outcome: str) -> Path:
        self.info.update(outcome=outcome, finished=_now(), inputs=self.inputs())
        path = report.write_report(self.info, self.reports_dir / self.run_id)
        (self.reports_dir / "LATEST").write_text(self.run_id + "\n", encoding="utf-8")
        return path


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


# ---------------------------------------------------------------- tasks

@task(name="read-document", task_run_name="read {path.name}", cache_policy=NO_CACHE)
def read_task(path: Path, root: Path, pool: Pool, budget: float, ocr: bool = False):
    """The file read and its lines repaired, in a worker: (Prepared or Quarantined, seconds)."""
    out = pool.run(pipeline.read_and_prepare, path, root, ocr, timeout=budget)
    rel = pipeline.relative(path, root)
    value = _settle(out, rel, budget, path)
    if isinstance(value, pipeline.Quarantined):
        get_run_logger().warning("quarantined %s", value.message)
    else:
        get_run_logger().info("read %s: %d lines, %s, sha256 %s…", rel, len(value.raw.lines), value.raw.encoding,
                              value.raw.sha256[:12])
    return value, out.seconds


@task(name="extract-document", task_run_name="extract {prepared.raw.source_file}", cache_policy=NO_CACHE)
def extract_task(prepared: pipeline.Prepared, pool: Pool, budget: float,
                 whole: float | None = None) -> pipeline.DocResult:
    """The act's text assembled with its own words and the general lists, its records read, in a
    worker (no other act is needed: a document's work is all in its two jobs). `budget` is what
    reading left of the document's `whole` budget, the one a stopped document's message names."""
    raw = prepared.raw
    out = pool.run(pipeline.extract_one, prepared, timeout=budget)
    value = _settle(out, raw.source_file, budget, raw.path, raw.sha256, named=whole)
    if isinstance(value, pipeline.Quarantined):
        value = pipeline.DocResult(raw.source_file, None, None, value)
    if value.quarantined:
        get_run_logger().warning("quarantined %s", value.quarantined.message)
        return value
    ex = value.extraction
    get_run_logger().info("%s: %s %s № %s, %d cards, %d requirements, %d amendments, %d warnings",
                          raw.source_file, ex.document.doc_id, ex.document.lang, ex.document.act_number,
                          len(ex.cards), len(ex.requirements), len(ex.amendments), len(ex.warnings))
    return value


def _settle(out, rel: str, budget: float, path: Path, sha256: str | None = None, named: float | None = None):
    """A job's outcome as its value, or the document quarantined with the reason (`named`: the
    budget the message gives, the document's whole one where this job had what was left of it)."""
    if out.ok and out.seconds <= budget:
        return out.value
    if out.status == "cancelled":  # the run is ending (interrupted): nothing is published
        return pipeline.Quarantined(rel, "interrupted", f"{rel}: not read, the run was interrupted", sha256)
    sha256 = sha256 or pipeline.file_fingerprint(path)
    if out.status in ("ok", "timeout"):
        return pipeline.Quarantined(rel, "too_slow", f"{rel}: not done within its {named or budget:g} s budget for one "
                                                     f"document (--doc-timeout); stopped", sha256)
    if out.status == "crashed":
        return pipeline.Quarantined(rel, "crashed", f"{rel}: {out.error} while reading it", sha256)
    first = out.error.splitlines()[0] if out.error else "unknown error"
    return pipeline.Quarantined(rel, "parse_error", f"{rel}: the reader failed ({first})", sha256)


@task(name="check-quality", task_run_name="check {stage}", cache_policy=NO_CACHE)
def quality_task(stage: str, frames: dict) -> quality.StageResult:
    res = quality.run_stage(stage, frames)
    get_run_logger().info("%s checks: %d run, %d critical failed, %d warnings", stage, len(res.results),
                          len(res.critical_failures), len(res.warnings))
    return res


@task(name="check-alignment", cache_policy=NO_CACHE)
def alignment_task(tables) -> dict:
    result = alignment.check(tables)
    get_run_logger().info("kk/ru alignment: %d acts in both languages, %d cards compared, %d disagreements",
                          result["acts_in_both_languages"], result["cards_compared"], result["disagreement_count"])
    return result


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(tables, manifest, curated: Path, run_id: str, extra_files: dict) -> Path:
    return publish(tables, manifest, curated, run_id, extra_files)


# ---------------------------------------------------------------- the flow

@flow(name="refresh", log_prints=True)
def refresh(raw_docs: str | Path = "raw_docs", curated: str | Path = "curated",
            reports: str | Path | None = None, strict: bool = False, doc_timeout: float = DOC_TIMEOUT,
            workers: int = 1, keep_runs: int = runfiles.KEEP_RUNS, ocr: bool = False) -> RunOutcome:
    raw_dir, curated = Path(raw_docs).resolve(), Path(curated).resolve()
    reports_dir = Path(reports).resolve() if reports else curated.parent / "reports"
    preflight(raw_dir, curated, reports_dir)
    with refresh_lock(curated):
        run = Run(raw_dir, curated, reports_dir)
        try:
            with Pool(workers) as pool:
                outcome = _refresh(run, pool, strict, float(doc_timeout), ocr)
        except BaseException as exc:  # a crash or an interruption still leaves its report
            _last_report(run, exc)
            raise
        _prune(run, keep_runs)
        return outcome


def _refresh(run: Run, pool: Pool, strict: bool, budget: float, ocr: bool = False):
    logger = get_run_logger()
    found = pipeline.discover(run.raw_dir)
    run.skipped = found.skipped
    logger.info("refresh %s: %d files in %s, %d skipped", run.run_id, len(found.files), run.raw_dir, len(found.skipped))
    for s in found.skipped:
        logger.warning("skipped %s", s.message)
    prepared, spent = _read_all(run, pool, found.files, budget, ocr)
    futures = [extract_task.submit(p, pool, budget - spent[p.raw.source_file], budget) for p in prepared]
    results = [f.result() for f in futures]
    run.quarantined += [r.quarantined for r in results if r.quarantined]
    run.quarantined += pipeline.resolve_identities(results)
    extractions, tables, stages = _checked(run, prepared, results, strict)
    run.info["facts"] = report.facts(tables)
    for ex in extractions:
        run.info["warnings"].extend(f"{ex.document.source_file}: {w}" for w in ex.warnings)
    for q in run.quarantined:
        runfiles.keep_refused(run.raw_dir / q.source_file, run.curated.parent / "quarantine" / run.run_id,
                              q.source_file, q.reason, q.message, q.sha256, pipeline.QUARANTINE_COPY_MAX)
    run.published_files = {ex.document.source_file: ex.document.source_sha256 for ex in extractions}
    run.info["alignment"] = alignment_task(tables)
    run.info["diff"] = report.diff(read_previous(run.curated), tables)
    refusal = _refusal(extractions, stages)
    if refusal:
        path = run.write_report(f"not published: {refusal}")
        message = f"{refusal}; the previous tables in {run.curated} are unchanged; report: {path}"
        logger.error("not published: %s", message)
        # a refused publish is an outcome, not a crash: the flow run fails with the reason
        return Failed(message=message, data=RunOutcome(run.run_id, False, run.quarantined, path, run.curated,
                                                        message, run.skipped))
    outcome = "published" + (f" with {len(run.quarantined)} quarantined" if run.quarantined else "")
    run.info.update(outcome=outcome, finished=_now(), inputs=run.inputs())
    publish_task(tables, report.manifest(run.info, tables), run.curated, run.run_id,
                 {"_report/index.html": report.render_html(run.info), "_report/report.json": _json(run.info)})
    path = run.write_report(outcome)
    logger.info("%s to %s; report: %s", outcome, run.curated, path)
    return RunOutcome(run.run_id, True, run.quarantined, path, run.curated, outcome, run.skipped)


def _read_all(run: Run, pool: Pool, paths: list[Path], budget: float, ocr: bool = False):
    """Every file read in its own task; duplicates (same bytes) quarantined."""
    futures = [read_task.submit(p, run.raw_dir, pool, budget, ocr) for p in paths]
    prepared, spent = [], {}
    for fut in futures:
        value, seconds = fut.result()
        if isinstance(value, pipeline.Quarantined):
            run.quarantined.append(value)
        else:
            prepared.append(value)
            spent[value.raw.source_file] = seconds
    kept, dups = pipeline.drop_duplicates([p.raw for p in prepared])
    run.quarantined += dups
    kept_files = {r.source_file for r in kept}
    return [p for p in prepared if p.raw.source_file in kept_files], spent


def _checked(run: Run, prepared: list, results: list, strict: bool):
    """Tables of the acts that pass every critical check. An act whose own rows fail a check is
    quarantined (`failed_checks`) and the rest is built and checked again; under `strict`, or
    when a failure belongs to no single act, the failures stand and block the publish."""
    extractions = [r.extraction for r in results if r.extraction]
    for round_no in range(1, CHECK_ROUNDS + 1):
        linked = pipeline.linked(extractions)
        tables = pipeline.build_tables(linked)
        frames = _frames(run, prepared, results, linked, tables)
        stages = [quality_task(stage, frames[stage]) for stage in quality.STAGES]
        run.info["quality"] = [s.to_dict() for s in stages]
        critical = [c for s in stages for c in s.critical_failures]
        if strict or not critical or round_no == CHECK_ROUNDS:
            break
        blamed, whole = pipeline.blame(critical, linked)
        if whole or not blamed:
            break
        _quarantine_blamed(run, results, blamed)
        extractions = [r.extraction for r in results if r.extraction]
    return linked, tables, stages


def _frames(run: Run, prepared: list, results: list, linked: list, tables: dict) -> dict:
    return {
        "raw": {"files": pipeline.raw_frame([p.raw for p in prepared], run.quarantined, results)},
        "repaired": {"documents": pipeline.repaired_frame([r for r in results if r.extraction])},
        "structured": quality.structured_frames(linked),
        "curated": quality.curated_frames(tables),
    }


def _quarantine_blamed(run: Run, results: list, blamed: dict[str, list[str]]) -> None:
    for r in results:
        if r.extraction and r.source_file in blamed:
            labels = sorted(set(blamed[r.source_file]))
            q = pipeline.Quarantined(r.source_file, "failed_checks",
                                     f"{r.source_file}: failed critical checks: {'; '.join(labels)}",
                                     r.extraction.document.source_sha256)
            r.extraction, r.quarantined = None, q
            run.quarantined.append(q)


def _refusal(extractions: list, stages: list) -> str:
    critical = [c for s in stages for c in s.critical_failures]
    if not extractions:
        return "no document could be read; nothing to publish"
    if critical:
        first = critical[0]
        return f"{len(critical)} critical check(s) failed, first: {first.label} ({first.unexpected_count} offending rows)"
    return ""


def _last_report(run: Run, exc: BaseException) -> None:
    what = "interrupted" if not isinstance(exc, Exception) else "failed"
    detail = str(exc) or (f"signal {exc.signal}" if hasattr(exc, "signal") else "")
    try:
        path = run.write_report(f"{what}: {type(exc).__name__}: {detail}")
        get_run_logger().error("%s; report: %s", what, path)
    except OSError as err:  # the report's own folder failing must not hide why the run ended
        get_run_logger().error("%s, and its report could not be written: %s", what, err)


def _prune(run: Run, keep_runs: int) -> None:
    if keep_runs is None or keep_runs < 1:
        return
    for parent in (run.curated.parent / "quarantine", run.reports_dir):
        for removed in runfiles.prune(parent, keep_runs, {run.run_id}):
            get_run_logger().info("pruned the old run folder %s", removed)


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str)
