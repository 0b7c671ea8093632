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
import logging
import threading
import time
import uuid
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE
from prefect.futures import as_completed
from prefect.states import Failed
from prefect.utilities.annotations import quote

from extractors import alignment, incremental, pipeline, quality, report, runfiles
from extractors.progress import Progress
from extractors.publish import preflight, publish, read_previous, refresh_lock
from extractors.workers import DOC_TIMEOUT, Pool, local_pool


class _InterruptionIsNoFault(logging.Filter):
    """Prefect reports a run stopped by Ctrl-C or SIGTERM as a crash, at ERROR: it is the user's
    choice, said once by kzprof (`interrupted; curated/ unchanged`), so Prefect's line is a warning."""

    def filter(self, record: logging.LogRecord) -> bool:
        msg = str(record.msg)
        signal = "interrupt" in msg.lower() or "termination signal" in msg
        if record.levelno >= logging.ERROR and msg.startswith("Crash detected!") and signal:
            record.levelno, record.levelname = logging.WARNING, "WARNING"
        return True


for _name in ("prefect.flow_runs", "prefect.task_runs"):
    logging.getLogger(_name).addFilter(_InterruptionIsNoFault())

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
    unchanged: bool = False  # nothing changed since the last publish: nothing was done


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

@task(name="read-documents", task_run_name="read {count} documents from {first}", cache_policy=NO_CACHE)
def documents_task(paths: list[Path], root: Path, budget: float, first: str, count: int,
                   pool: Pool | None = None, progress: Progress | None = None,
                   ocr: bool = False) -> list[pipeline.DocResult]:
    """Each document read, repaired and extracted in a worker process with its time budget (no
    other act is needed: a document's work is one job). Without a pool (on a Dask worker) the
    process's own worker is used."""
    pool = pool or local_pool()
    logger = get_run_logger()
    out = []
    for path in paths:
        rel = pipeline.relative(path, root)
        job = pool.run(pipeline.process_document, path, root, ocr, timeout=budget)
        value = _settle(job, rel, budget, path)
        if isinstance(value, pipeline.Quarantined):
            value = pipeline.DocResult(rel, None, None, value)
        _log_document(logger, value)
        out.append(value)
        if progress:
            progress.advance()
    return out


def _log_document(logger, value: pipeline.DocResult) -> None:
    if value.quarantined:
        logger.warning("quarantined %s", value.quarantined.message)
        return
    ex = value.extraction
    logger.info("%s: %s %s № %s, %d cards, %d requirements, %d amendments, %d warnings (%s, sha256 %s…)",
                value.source_file, ex.document.doc_id, ex.document.lang, ex.document.act_number, len(ex.cards),
                len(ex.requirements), len(ex.amendments), len(ex.warnings), value.raw.encoding,
                value.raw.sha256[:12])


def _settle(out, rel: str, budget: float, path: Path, sha256: str | None = None):
    """A job's outcome as its value, or the document quarantined with the reason."""
    if out.ok and out.seconds <= budget:
        return out.value
    if out.status == "cancelled":  # the run is ending (interrupted): nothing is published
        return pipeline.Quarantined(rel, "interrupted", f"{rel}: not read, the run was interrupted", sha256)
    sha256 = sha256 or pipeline.file_fingerprint(path)
    if out.status in ("ok", "timeout"):
        return pipeline.Quarantined(rel, "too_slow", f"{rel}: not done within its {budget:g} s budget for one "
                                                     f"document (--doc-timeout); stopped", sha256)
    if out.status == "crashed":
        return pipeline.Quarantined(rel, "crashed", f"{rel}: {out.error} while reading it", sha256)
    first = out.error.splitlines()[0] if out.error else "unknown error"
    return pipeline.Quarantined(rel, "parse_error", f"{rel}: the reader failed ({first})", sha256)


@task(name="check-quality", task_run_name="checks", cache_policy=NO_CACHE)
def quality_task(frames: dict, memo=None, meanwhile=None) -> list[quality.StageResult]:
    """Every stage's suites (`frames[stage][frame]`); `memo`: where the results of a suite on a frame
    that has not changed since are kept. A session's check helpers (`check_helpers`) take a share,
    while this process does `meanwhile` first."""
    stages = quality.run_stages(frames, memo=memo, helpers=_HELPERS[0], meanwhile=meanwhile)
    for res in stages:
        get_run_logger().info("%s checks: %d run, %d critical failed, %d warnings", res.stage, len(res.results),
                              len(res.critical_failures), len(res.warnings))
    return stages


_HELPERS: list[Pool | None] = [None]


@contextmanager
def check_helpers(processes: int = 1):
    """Processes that run a share of the checks in every refresh of the block (a watching session):
    each imports Great Expectations once, in the background, while the session waits for work."""
    with _held(_HELPERS, Pool(processes)) as pool:
        for _ in range(processes):
            threading.Thread(target=pool.run, args=(quality.warm,), daemon=True).start()
        yield pool


@contextmanager
def _held(slot: list, pool: Pool):
    """The pool in `slot` for the block's refreshes to find; closed when the block ends."""
    slot[0] = pool
    try:
        yield pool
    finally:
        slot[0] = None
        pool.close()


_KEPT_WORKERS: list[Pool | None] = [None]


@contextmanager
def kept_workers(processes: int):
    """Worker processes kept for every refresh of the block (a watching session). A refresh then
    reads a changed act on a worker that has read acts before, its patterns compiled and its
    caches filled: a worker forked for the refresh spends about 0.2 s more on its first act."""
    with _held(_KEPT_WORKERS, Pool(processes)) as pool:
        yield pool


def _pool_for(workers: int):
    """The run's pool: the session's kept workers where they match, else one of its own (closed
    with the run)."""
    kept = _KEPT_WORKERS[0]
    if kept is not None and not _on_dask() and kept.processes == workers:
        return nullcontext(kept)
    return Pool(0 if _on_dask() else workers)


class Comparison:
    """The tables against the last publish (report.diff) and the kk/ru texts of one act against
    each other (alignment.check): worked out while the checks run on helpers, again only where
    the checks changed the tables (an act quarantined)."""

    def __init__(self, curated: Path):
        self.curated = curated
        self._previous = None
        self._of = None

    def of(self, tables: dict) -> dict:
        if self._of is None or self._of[0] is not tables:
            if self._previous is None:
                self._previous = read_previous(self.curated)
            self._of = (tables, {"alignment": alignment.check(tables), "diff": report.diff(self._previous, tables)})
        return self._of[1]


@task(name="publish", cache_policy=NO_CACHE)
def publish_task(tables, manifest, curated: Path, run_id: str, extra_files: dict) -> Path:
    return publish(tables, manifest, curated, run_id, extra_files)


# ---------------------------------------------------------------- the flow

@flow(name="refresh", log_prints=True)
def refresh(raw_docs: str | Path = "raw_docs", curated: str | Path = "curated",
            reports: str | Path | None = None, strict: bool = False, doc_timeout: float = DOC_TIMEOUT,
            workers: int = 1, keep_runs: int = runfiles.KEEP_RUNS, cache: bool | str | Path = True,
            ocr: bool = False) -> RunOutcome:
    """`cache`: keep each act's extraction beside `curated/` (True, in `cache/`) or in that folder,
    and skip a run whose inputs, code and options are those of the last publish; False: read
    every act again. On a Dask task runner (`on_dask`) the documents' work runs on the
    cluster's workers; `workers` is then the local cluster's size."""
    raw_dir, curated = Path(raw_docs).resolve(), Path(curated).resolve()
    reports_dir = Path(reports).resolve() if reports else curated.parent / "reports"
    preflight(raw_dir, curated, reports_dir)
    with refresh_lock(curated):
        run = Run(raw_dir, curated, reports_dir)
        folder = incremental.cache_folder(curated) if cache is True else (Path(cache) if cache else None)
        kept = incremental.ResultCache(folder)
        try:
            with _pool_for(workers) as pool:
                outcome = _refresh(run, pool, strict, float(doc_timeout), kept, workers, reuse=bool(cache), ocr=ocr)
        except BaseException as exc:  # a crash or an interruption still leaves its report
            _last_report(run, exc)
            raise
        finally:
            kept.release()
        if not getattr(outcome, "unchanged", False):  # (a refusal is a Failed state)
            kept.prune()
            _prune(run, keep_runs)
        return outcome


def _on_dask() -> bool:
    """Whether this flow run's tasks go to a Dask cluster (each worker then uses its own pool)."""
    from prefect.context import FlowRunContext

    ctx = FlowRunContext.get()
    return ctx is not None and type(ctx.task_runner).__name__ == "DaskTaskRunner"


def dask_runner(workers: int = 1, address: str | None = None):
    """Prefect's Dask task runner: on the cluster at `address` (`tcp://host:8786`), else on a local
    cluster of `workers` processes. The workers may start a process of their own for each
    document's work (so that a document over its budget can be stopped)."""
    import dask
    from prefect_dask import DaskTaskRunner

    dask.config.set({"distributed.worker.daemon": False})
    logging.getLogger("distributed").setLevel(logging.WARNING)  # its lifecycle lines are not news
    if address:
        return DaskTaskRunner(address=address)
    return DaskTaskRunner(cluster_kwargs={"n_workers": max(1, int(workers)), "processes": True,
                                          "threads_per_worker": 1, "dashboard_address": ":0"})


@contextmanager
def api_for_workers():
    """Dask's workers are other processes: their task runs must go to this run's Prefect API,
    not to a temporary server each would start for itself. Where no API is configured, the
    run's temporary server is started here; its address is in the environment and settings the
    workers receive."""
    from flows.prefect_server import TemporaryServer

    server = TemporaryServer(announce=lambda *args, **kwargs: None).start()
    try:
        server.wait()
        yield
    finally:
        server.stop()


def _refresh(run: Run, pool: Pool, strict: bool, budget: float, kept: incremental.ResultCache, workers: int,
             reuse: bool = True, ocr: bool = False):
    logger = get_run_logger()
    found = pipeline.discover(run.raw_dir)
    run.skipped = found.skipped
    logger.info("refresh %s: %d files in %s, %d skipped", run.run_id, len(found.files), run.raw_dir, len(found.skipped))
    for s in found.skipped:
        logger.warning("skipped %s", s.message)
    inputs = incremental.inputs_of(found, run.raw_dir)
    fingerprint, same, previous_run = incremental.compare_with_last_publish(
        inputs, found.skipped, run.curated, incremental.run_options(strict, ocr))
    if reuse and same:
        message = incremental.nothing_changed(previous_run, len(inputs), str(run.curated))
        logger.info(message)
        return RunOutcome(run.run_id, False, [], None, run.curated, message, run.skipped, unchanged=True)
    results = _read_all(run, pool, inputs, budget, kept, workers, ocr)
    run.quarantined += [r.quarantined for r in results if r.quarantined]
    run.quarantined += pipeline.resolve_identities(results)
    start = time.monotonic()
    comparison = Comparison(run.curated)
    extractions, tables, stages = _checked(run, results, strict, kept, comparison)
    run.info["timings"]["tables_and_checks_seconds"] = time.monotonic() - start
    repeatable = not any(q.reason in incremental.NOT_REPEATABLE for q in run.quarantined)
    run.info["run_fingerprint"] = fingerprint if repeatable else None
    run.info["facts"] = report.facts(tables)
    for ex in extractions:
        run.info["warnings"].extend(f"{ex.document.source_file}: {w}" for w in ex.warnings)
    for q in run.quarantined:
        runfiles.keep_refused(run.raw_dir / q.source_file, run.curated.parent / "quarantine" / run.run_id,
                              q.source_file, q.reason, q.message, q.sha256, pipeline.QUARANTINE_COPY_MAX)
    run.published_files = {ex.document.source_file: ex.document.source_sha256 for ex in extractions}
    run.info.update(comparison.of(tables))
    a = run.info["alignment"]
    logger.info("kk/ru alignment: %d acts in both languages, %d cards compared, %d disagreements",
                a["acts_in_both_languages"], a["cards_compared"], a["disagreement_count"])
    refusal = _refusal(extractions, stages)
    if refusal:
        path = run.write_report(f"not published: {refusal}")
        message = f"{refusal}; the previous tables in {run.curated} are unchanged; report: {path}"
        logger.warning("not published: %s", message)
        # a refused publish is an outcome, not a crash: the flow run fails with the reason
        return Failed(message=message, data=RunOutcome(run.run_id, False, run.quarantined, path, run.curated,
                                                        message, run.skipped))
    outcome = "published" + (f" with {len(run.quarantined)} quarantined" if run.quarantined else "")
    run.info.update(outcome=outcome, finished=_now(), inputs=run.inputs())
    start = time.monotonic()
    # quoted: Prefect would walk every entry of the manifest looking for futures (about 0.05 s)
    publish_task(tables, quote(report.manifest(run.info, tables)), run.curated, run.run_id,
                 {"_report/index.html": report.render_html(run.info), "_report/report.json": _json(run.info)})
    run.info["timings"]["publish_seconds"] = time.monotonic() - start
    path = run.write_report(outcome)
    logger.info("%s to %s; report: %s", outcome, run.curated, path)
    return RunOutcome(run.run_id, True, run.quarantined, path, run.curated, outcome, run.skipped)


def _read_all(run: Run, pool: Pool, inputs: list, budget: float, kept, workers: int, ocr: bool = False) -> list:
    """Every input's result, in the order of the input folder: kept from an earlier run where its
    key is known, else read in a worker. A file whose bytes repeat an earlier one's is not read
    again: it is quarantined as a duplicate of the one read (read by itself when that one could
    not be read)."""
    first: dict[str, incremental.Input] = {}
    leaders, followers = [], []
    for i in inputs:
        if i.sha256 and i.sha256 in first:
            followers.append(i)
            continue
        if i.sha256:
            first[i.sha256] = i
        leaders.append(i)
    results = _work(run, pool, leaders, budget, kept, workers, ocr)
    again = [f for f in followers if results[first[f.sha256].source_file].raw is None]
    results.update(_work(run, pool, again, budget, kept, workers, ocr) if again else {})
    for f in followers:
        if f.source_file not in results:
            q = pipeline.Quarantined(f.source_file, "duplicate",
                                     f"{f.source_file}: same bytes as {first[f.sha256].source_file}", f.sha256)
            results[f.source_file] = pipeline.DocResult(f.source_file, None, None, q)
    return [results[i.source_file] for i in inputs]


def _work(run: Run, pool: Pool, inputs: list, budget: float, kept, workers: int, ocr: bool = False) -> dict:
    keys = {i.source_file: incremental.result_key(i.source_file, i.sha256, ocr) if i.sha256 else None for i in inputs}
    out = kept.get_many(keys)
    todo = [i for i in inputs if i.source_file not in out]
    timings = _timings(run)
    timings["documents"] += len(inputs)
    timings["kept"] += len(inputs) - len(todo)
    get_run_logger().info("%d documents: %d unchanged since an earlier run (kept), %d to read", len(inputs),
                          len(inputs) - len(todo), len(todo))
    if not todo:
        return out
    start, cpu = time.monotonic(), time.process_time()
    for v in _read(run, pool, todo, budget, workers, ocr):
        out[v.source_file] = v
        if keys[v.source_file] and (v.quarantined is None or v.quarantined.reason not in incremental.NOT_KEPT):
            kept.put(keys[v.source_file], v)
    timings["read"] += len(todo)
    timings["pages_read"] += sum(out[i.source_file].raw.pages for i in todo if out[i.source_file].raw)
    timings["reading_seconds"] += time.monotonic() - start
    timings["reading_cpu_of_the_flow_process"] += time.process_time() - cpu
    return out


def _timings(run: Run) -> dict:
    return run.info.setdefault("timings", {"documents": 0, "kept": 0, "read": 0, "pages_read": 0.0,
                                           "reading_seconds": 0.0, "reading_cpu_of_the_flow_process": 0.0})


def _read(run: Run, pool: Pool, todo: list, budget: float, workers: int, ocr: bool):
    """Each document's result as its batch is done: on this run's pool, or on Dask's workers
    (each with a pool of its own; their progress is counted here, batch by batch)."""
    on_dask = _on_dask()
    progress = Progress(len(todo), get_run_logger().info)
    futures = [documents_task.submit([i.path for i in batch], run.raw_dir, budget, batch[0].source_file, len(batch),
                                     pool=None if on_dask else pool, progress=None if on_dask else progress, ocr=ocr)
               for batch in batches(todo, workers)]
    for fut in as_completed(futures):
        values = fut.result()
        if on_dask:
            progress.advance(len(values))
        yield from values


def batches(items: list, workers: int, most: int = 25) -> list[list]:
    """Documents in batches, one task each: a task costs Prefect a few API calls, so a thousand
    acts are not a thousand tasks; eight batches per worker at least keep the workers evenly busy
    and the progress lines frequent."""
    size = max(1, min(most, len(items) // (max(1, workers) * 8)))
    return [items[k:k + size] for k in range(0, len(items), size)]


def _checked(run: Run, results: list, strict: bool, kept: incremental.ResultCache | None = None,
             comparison: Comparison | None = None):
    """Tables of the acts that pass every critical check. An act whose own rows fail a check is
    quarantined (`failed_checks`) and the rest is built and checked again; under `strict`, or
    when a failure belongs to no single act, the failures stand and block the publish."""
    extractions = [r.extraction for r in results if r.extraction]
    mentions = pipeline.mentions_of(results)
    for round_no in range(1, CHECK_ROUNDS + 1):
        linked = pipeline.linked(extractions)
        tables = pipeline.build_tables(linked, mentions)
        stages = _check_round(run, results, linked, tables, kept, comparison)
        critical = [c for s in stages for c in s.critical_failures]
        if strict or not critical or round_no == CHECK_ROUNDS:
            break
        blamed, whole = pipeline.blame(critical, linked)
        if whole or not blamed:
            break
        _quarantine_blamed(run, results, blamed)
        extractions = [r.extraction for r in results if r.extraction]
    return linked, tables, stages


def _check_round(run: Run, results: list, linked: list, tables: dict, kept, comparison: Comparison | None):
    """Every stage's checks on these tables; the comparison with the last publish worked out meanwhile."""
    frames = _frames(run, results, linked, tables)
    meanwhile = (lambda: comparison.of(tables)) if comparison else None
    stages = quality_task({stage: frames[stage] for stage in quality.STAGES}, kept, meanwhile)
    run.info["quality"] = [s.to_dict() for s in stages]
    return stages


def _frames(run: Run, results: list, linked: list, tables: dict) -> dict:
    return {
        "raw": {"files": pipeline.raw_frame([r.raw for r in results if r.raw], run.quarantined, results)},
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
    # an interruption is the user's choice, not a fault: said without alarm
    log = get_run_logger().warning if what == "interrupted" else get_run_logger().error
    try:
        path = run.write_report(f"{what}: {type(exc).__name__}: {detail}")
        log("%s; report: %s", what, path)
    except OSError as err:  # the report's own folder failing must not hide why the run ended
        log("%s, and its report could not be written: %s", what, err)


def _prune(run: Run, keep_runs: int) -> None:
    if keep_runs is None or keep_runs < 1:
        return
    for parent in (run.curated.parent / "quarantine", run.reports_dir):
        for removed in runfiles.prune(parent, keep_runs, {run.run_id}):
            get_run_logger().info("pruned the old run folder %s", removed)


def _json(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2, default=str)
