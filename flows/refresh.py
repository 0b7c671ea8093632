"""The `refresh` flow: raw_docs/ -> checked, published curated/ tables.

Orchestration only: every step is a function of `extractors`; each document is
read and extracted in its own task run, so a bad document fails visibly on its
own and the others go on.
"""
from __future__ import annotations

import datetime as dt
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.states import Failed

from extractors import alignment, pipeline, quality, report
from extractors.publish import publish, read_previous, refresh_lock
from extractors.reading import RawDocument


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


@task(name="read-document", task_run_name="read {path.name}")
def read_task(path: Path, root: Path, ocr: bool = False) -> RawDocument:
    result = pipeline.read_one(path, root, ocr)
    if isinstance(result, pipeline.Quarantined):
        raise QuarantineError(result)
    get_run_logger().info("read %s: %d lines, %s, sha256 %s…", result.source_file, len(result.lines),
                          result.encoding, result.sha256[:12])
    return result


class QuarantineError(Exception):
    def __init__(self, q: pipeline.Quarantined):
        super().__init__(q.message)
        self.quarantined = q


@task(name="repair-lines", task_run_name="repair {raw.source_file}")
def repair_task(raw: RawDocument) -> pipeline.Prepared:
    return pipeline.prepare_one(raw)


@task(name="learn-lexicons")
def lexicon_task(prepared: list[pipeline.Prepared]) -> dict:
    lex = pipeline.lexicons(prepared)
    get_run_logger().info("lexicons learned: %s", {k: len(v.counts) for k, v in lex.items()})
    return lex


@task(name="extract-document", task_run_name="extract {prepared.raw.source_file}")
def extract_task(prepared: pipeline.Prepared, lexicon) -> pipeline.DocResult:
    result = pipeline.extract_one(prepared, lexicon)
    if result.quarantined:
        raise QuarantineError(result.quarantined)
    ex = result.extraction
    get_run_logger().info("%s: %s %s № %s, %d cards, %d requirements, %d amendments, %d warnings",
                          prepared.raw.source_file, ex.document.doc_id, ex.document.lang, ex.document.act_number,
                          len(ex.cards), len(ex.requirements), len(ex.amendments), len(ex.warnings))
    return result


@task(name="check-quality", task_run_name="check {stage}")
def quality_task(stage: str, frames: dict) -> quality.StageResult:
    res = quality.run_stage(stage, frames)
    get_run_logger().info("%s checks: %d run, %d critical failed, %d warnings", stage, len(res.results),
                          len(res.critical_failures), len(res.warnings))
    return res


@task(name="check-alignment")
def alignment_task(tables) -> dict:
    result = alignment.check(tables)
    get_run_logger().info("kk/ru alignment: %d acts in both languages, %d cards compared, %d disagreements",
                          result["acts_in_both_languages"], result["cards_compared"], result["disagreement_count"])
    return result


@task(name="publish")
def publish_task(tables, manifest, curated: Path, run_id: str, extra_files: dict) -> Path:
    return publish(tables, manifest, curated, run_id, extra_files)


def _failure(fut) -> Exception | None:
    state = fut.wait() if hasattr(fut, "wait") else None
    state = fut.state if state is None else state
    if state.is_failed() or state.is_crashed():
        return fut.result(raise_on_failure=False)
    return None


@flow(name="refresh", log_prints=True)
def refresh(raw_docs: str | Path = "raw_docs", curated: str | Path = "curated",
            reports: str | Path | None = None, ocr: bool = False) -> RunOutcome:
    logger = get_run_logger()
    raw_dir, curated = Path(raw_docs).resolve(), Path(curated).resolve()
    reports_dir = Path(reports).resolve() if reports else curated.parent / "reports"
    run_id = dt.datetime.now().strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:6]
    run = {"run_id": run_id, "started": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
           "code_version": report.code_version(), "inputs": [], "quality": [], "warnings": []}
    with refresh_lock(curated):
        paths = pipeline.discover(raw_dir)
        logger.info("refresh %s: %d files in %s", run_id, len(paths), raw_dir)
        quarantined: list[pipeline.Quarantined] = []
        read: list[RawDocument] = []
        for path, fut in [(p, read_task.submit(p, raw_dir, ocr)) for p in paths]:
            err = _failure(fut)
            if err is None:
                read.append(fut.result())
            else:
                quarantined.append(_as_quarantine(err, path, raw_dir))
        read, dups = pipeline.drop_duplicates(read)
        quarantined += dups
        prepared = [f.result() for f in [repair_task.submit(r) for r in read]]
        lexicons = lexicon_task(prepared)
        results: list[pipeline.DocResult] = []
        for p, fut in [(p, extract_task.submit(p, lexicons[p.lang])) for p in prepared]:
            err = _failure(fut)
            if err is None:
                results.append(fut.result())
            else:
                q = _as_quarantine(err, p.raw.path, raw_dir)
                quarantined.append(q)
                results.append(pipeline.DocResult(p.raw.source_file, None, None, q))
        quarantined += pipeline.drop_same_act(results)
        extractions = [r.extraction for r in results if r.extraction]
        pipeline.link_documents(extractions)
        for ex in extractions:
            run["warnings"].extend(f"{ex.document.source_file}: {w}" for w in ex.warnings)
        tables = pipeline.build_tables(extractions)
        run["facts"] = report.facts(tables)
        frames = {
            "raw": {"files": pipeline.raw_frame(read, quarantined, results)},
            "repaired": {"documents": pipeline.repaired_frame(results)},
            "structured": quality.structured_frames(extractions),
            "curated": quality.curated_frames(tables),
        }
        stage_results = [quality_task(stage, frames[stage]) for stage in quality.STAGES]
        run["quality"] = [s.to_dict() for s in stage_results]
        for q in quarantined:
            _copy_to_quarantine(raw_dir / q.source_file, curated.parent / "quarantine" / run_id, q)
        ok_files = {ex.document.source_file: ex.document.source_sha256 for ex in extractions}
        run["inputs"] = ([{"source_file": f, "sha256": s, "status": "published"} for f, s in sorted(ok_files.items())]
                         + [{"source_file": q.source_file, "sha256": q.sha256, "status": "quarantined",
                             "reason": q.reason, "message": q.message} for q in quarantined])
        run["alignment"] = alignment_task(tables)
        run["diff"] = report.diff(read_previous(curated), tables)
        critical = [c for s in stage_results for c in s.critical_failures]
        if not extractions:
            critical_msg = "no document could be read; nothing to publish"
        elif critical:
            first = critical[0]
            critical_msg = (f"{len(critical)} critical check(s) failed, first: {first.label} "
                            f"({first.unexpected_count} offending rows)")
        else:
            critical_msg = ""
        run["finished"] = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
        if critical_msg:
            run["outcome"] = f"not published: {critical_msg}"
            path = report.write_report(run, reports_dir / run_id)
            _point_latest(reports_dir, run_id)
            message = f"{critical_msg}; the previous tables in {curated} are unchanged; report: {path}"
            logger.error("not published: %s", message)
            # a refused publish is an outcome, not a crash: the flow run fails with the reason
            return Failed(message=message, data=RunOutcome(run_id, False, quarantined, path, curated, message))
        run["outcome"] = "published" + (f" with {len(quarantined)} quarantined" if quarantined else "")
        manifest = report.manifest(run, tables)
        html_report = report.render_html(run)
        publish_task(tables, manifest, curated, run_id, {"_report/index.html": html_report,
                                                         "_report/report.json": _json(run)})
        path = report.write_report(run, reports_dir / run_id)
        _point_latest(reports_dir, run_id)
        logger.info("%s to %s; report: %s", run["outcome"], curated, path)
        return RunOutcome(run_id, True, quarantined, path, curated, run["outcome"])


def _json(obj) -> str:
    import json

    return json.dumps(obj, ensure_ascii=False, indent=2, default=str)


def _as_quarantine(err: Exception, path: Path, root: Path) -> pipeline.Quarantined:
    if isinstance(err, QuarantineError):
        return err.quarantined
    rel = str(Path(path).relative_to(root)) if root in Path(path).parents else Path(path).name
    return pipeline.Quarantined(rel, "parse_error", f"{rel}: the reader failed ({type(err).__name__}: {err})")


def _copy_to_quarantine(src: Path, folder: Path, q: pipeline.Quarantined) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(q.source_file).name
    if src.exists():
        shutil.copy2(src, target)
    target.with_name(target.name + ".reason.txt").write_text(f"{q.reason}\n{q.message}\n", encoding="utf-8")


def _point_latest(reports_dir: Path, run_id: str) -> None:
    (reports_dir / "LATEST").write_text(run_id + "\n", encoding="utf-8")
