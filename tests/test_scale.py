"""A refresh at the scale of the registry (issue 16).

- each act's result is kept under its identity (path, bytes, code and vocabulary): a refresh
  reads again only the acts that changed, and one whose inputs, code and options are those of
  the last publish does nothing and says so, before Prefect starts;
- long runs say how far they are (documents done / total, rate, time left);
- the documents' work runs on a local Dask cluster of processes as on the refresh's own;
- a healthy refresh logs no ERROR and no traceback.
"""
from __future__ import annotations

import gc
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import RAW_DOCS, ROOT
from extractors import incremental
from extractors.incremental import ResultCache, result_key
from extractors.progress import Progress


def copy_acts(dst: Path, prefixes: tuple[str, ...]) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for p in sorted(RAW_DOCS.glob("*.txt")):
        if p.name.startswith(prefixes):
            shutil.copy(p, dst / p.name)
    return dst


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --------------------------------------------------------------------------- progress

def test_progress_says_documents_done_rate_and_time_left_every_few_seconds():
    now = [0.0]
    lines: list[str] = []
    progress = Progress(10, lines.append, every=5.0, clock=lambda: now[0])
    now[0] = 1.0
    progress.advance()  # 1 s after the start: too soon for a line
    now[0] = 6.0
    progress.advance(2)
    now[0] = 7.0
    progress.advance(6)  # 1 s after the last line: silent
    now[0] = 20.0
    progress.advance()  # the last document always says so
    assert lines == ["documents 3/10 done, 0.5/s, about 14 s left", "documents 10/10 done, 0.5/s, in 20 s"]


# --------------------------------------------------------------------------- kept results

def test_a_kept_result_is_found_by_path_and_bytes_and_the_cache_keeps_only_what_the_last_run_used(tmp_path):
    same_bytes = "1" * 64
    a, b = result_key("a.txt", same_bytes), result_key("sub/a.txt", same_bytes)
    assert a != b  # the records name their file: another path is another result
    assert result_key("a.txt", same_bytes, ocr=True) != a  # a scan refused without --ocr is read with it
    ResultCache(tmp_path).put(a, {"rows": 3})

    later = ResultCache(tmp_path)
    assert later.get(a) == {"rows": 3}
    assert later.get(b) is None
    (tmp_path / f"{b}.pickle").write_bytes(b"half a pickle")  # a disk that filled up mid-write
    assert later.get(b) is None and not (tmp_path / f"{b}.pickle").exists()
    stale = result_key("gone.txt", same_bytes)
    ResultCache(tmp_path).put(stale, "an act no longer in the folder")

    assert later.prune() == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == [f"{a}.pickle"]


def test_an_input_is_read_once_while_it_is_unchanged_and_again_once_it_changes(tmp_path, monkeypatch):
    """The command line lists the inputs before Prefect starts and the flow lists them again."""
    import time

    from extractors import incremental, pipeline

    act = tmp_path / "act.txt"
    act.write_bytes(b"one")
    reads = []
    real = pipeline.file_fingerprint
    monkeypatch.setattr(pipeline, "file_fingerprint", lambda p: reads.append(p.name) or real(p))

    first = incremental.inputs_of([act], tmp_path)
    monkeypatch.chdir(tmp_path)  # the command line names the folder as the user wrote it
    assert incremental.inputs_of([Path("act.txt")], Path("."))[0].sha256 == first[0].sha256
    assert incremental.inputs_of([act], tmp_path) == first and reads == ["act.txt"]
    time.sleep(0.01)
    act.write_bytes(b"two")  # the same size, another content
    assert incremental.inputs_of([act], tmp_path)[0].sha256 == hashlib.sha256(b"two").hexdigest()
    assert reads == ["act.txt", "act.txt"]


def test_kept_results_are_loaded_together_with_the_collector_paused_and_then_as_it_was(tmp_path):
    import gc

    cache = ResultCache(tmp_path)
    a, b = result_key("a.txt", "1" * 64), result_key("b.txt", "2" * 64)
    cache.put(a, {"rows": [1, 2]})
    seen = []
    real_get = cache.get
    cache.get = lambda key: seen.append(gc.isenabled()) or real_get(key)
    for was_on in (True, False):
        gc.enable() if was_on else gc.disable()
        assert cache.get_many({"a.txt": a, "b.txt": b, "new.txt": None}) == {"a.txt": {"rows": [1, 2]}}
        assert gc.isenabled() is was_on
    gc.enable()
    cache.release()
    assert gc.get_freeze_count() == 0
    assert seen == [False] * 4  # asked for a and b, each time paused; no key asks nothing


def test_the_code_fingerprint_follows_the_code_and_every_vocabulary_file(tmp_path, monkeypatch):
    lib = tmp_path / "extractors"
    (lib / "vocab" / "hunspell").mkdir(parents=True)
    (lib / "__pycache__").mkdir()
    (lib / "cards.py").write_text("X = 1\n", encoding="utf-8")
    (lib / "vocab" / "card_template.tsv").write_text("name\trow\n", encoding="utf-8")
    (lib / "vocab" / "hunspell" / "kk_KZ.dic.gz").write_bytes(gzip.compress("1\nсөз\n".encode()))
    (lib / "__pycache__" / "cards.cpython-311.pyc").write_bytes(b"compiled")
    monkeypatch.setattr(incremental, "LIBRARY", lib)

    def fingerprint() -> str:
        incremental.code_fingerprint.cache_clear()
        return incremental.code_fingerprint()

    seen = [fingerprint()]
    (lib / "__pycache__" / "cards.cpython-311.pyc").write_bytes(b"compiled again")
    assert fingerprint() == seen[0]  # compiled files are not the code
    for path, content in (("cards.py", b"X = 2\n"), ("vocab/card_template.tsv", b"name\trow | line\n"),
                          ("vocab/hunspell/kk_KZ.dic.gz", gzip.compress("2\nсөз\nсөздер\n".encode()))):
        (lib / path).write_bytes(content)
        seen.append(fingerprint())
    incremental.code_fingerprint.cache_clear()
    assert len(set(seen)) == 4


def test_the_mentions_an_acts_own_job_found_make_the_same_tables(tmp_path):
    """The legal-reference mentions of an act's items are found in its own job (and kept with its
    result): the tables built from them are the tables built from nothing kept."""
    from extractors import pipeline

    raw = copy_acts(tmp_path, ("001", "004"))
    results = [pipeline.process_document(p, raw) for p in sorted(raw.iterdir())]
    extractions = [r.extraction for r in results]
    assert all(r.mentions for r in results)

    found = pipeline.build_tables(pipeline.linked(extractions), pipeline.mentions_of(results))
    fresh = pipeline.build_tables(pipeline.linked(extractions))

    assert found.keys() == fresh.keys()
    for name in fresh:
        assert found[name].equals(fresh[name]), name
    assert found["legal_refs"].num_rows > 0


# --------------------------------------------------------------------------- a refresh, again and again

@pytest.mark.usefixtures("prefect_harness")
def test_nothing_changed_does_nothing_and_one_changed_act_is_the_only_one_read(tmp_path, monkeypatch, capsys):
    from flows import refresh as flow_module
    from flows.cli import main

    raw = copy_acts(tmp_path / "raw_docs", ("000", "002"))
    curated = tmp_path / "curated"
    first = flow_module.refresh(raw_docs=raw, curated=curated, reports=tmp_path / "reports", workers=0)
    assert first.published, first.message
    before = snapshot(tmp_path)

    again = flow_module.refresh(raw_docs=raw, curated=curated, reports=tmp_path / "reports", workers=0)

    assert again.unchanged and not again.published
    assert again.message.startswith(f"nothing changed since run {first.run_id} (the same 2 inputs")
    assert snapshot(tmp_path) == before  # not published again, no report, the kept results as they were

    def never(*args, **kwargs):
        raise AssertionError("Prefect's flow was started")

    monkeypatch.setattr(flow_module, "refresh", never)
    start = time.monotonic()
    assert main(["refresh", "--raw-docs", str(raw), "--curated", str(curated)]) == 0
    assert time.monotonic() - start < 5
    assert f"kzprof: nothing changed since run {first.run_id}" in capsys.readouterr().out
    monkeypatch.undo()

    amended = next(raw.glob("002_*.txt"))  # another registration: another act in its place
    amended.write_text(amended.read_text(encoding="utf-8").replace("32744", "32745", 1), encoding="utf-8")
    third = flow_module.refresh(raw_docs=raw, curated=curated, reports=tmp_path / "reports", workers=0)

    assert third.published, third.message
    timings = json.loads((tmp_path / "reports" / third.run_id / "report.json").read_text(encoding="utf-8"))["timings"]
    assert (timings["documents"], timings["kept"], timings["read"]) == (2, 1, 1)
    assert gc.get_freeze_count() == 0  # the kept results were frozen out of the collector for the run only
    docs = pq.read_table(curated / "documents.parquet").to_pandas()
    assert sorted(docs["doc_id"]) == ["V1800017383", "V2300032745"]
    kept = sorted(p.name for p in (tmp_path / "cache").glob("*.pickle"))
    assert len([k for k in kept if not k.startswith("check-")]) == 2  # the replaced act's result is gone
    # and the checks of this run's frames are kept beside them (one entry per stage and frame)
    assert 0 < len([k for k in kept if k.startswith("check-")]) <= 20


@pytest.mark.usefixtures("prefect_harness")
def test_the_documents_work_runs_on_a_local_dask_cluster_of_processes(tmp_path):
    """Prefect's DaskTaskRunner on a local cluster of two worker processes publishes the same
    tables as the refresh's own worker processes."""
    from flows.refresh import api_for_workers, dask_runner, refresh

    raw = copy_acts(tmp_path / "raw_docs", ("000", "002", "003"))
    own = refresh(raw_docs=raw, curated=tmp_path / "own" / "curated", workers=1, cache=False)
    with api_for_workers():
        state = refresh.with_options(task_runner=dask_runner(2))(
            raw_docs=raw, curated=tmp_path / "dask" / "curated", workers=2, cache=False, return_state=True)
    on_dask = state.result()

    assert own.published and on_dask.published, on_dask.message
    for table in sorted((tmp_path / "own" / "curated").glob("*.parquet")):
        assert pq.read_table(table).equals(pq.read_table(tmp_path / "dask" / "curated" / table.name)), table.name
    report = json.loads((on_dask.report.parent / "report.json").read_text(encoding="utf-8"))
    assert report["timings"]["read"] == 3


# --------------------------------------------------------------------------- the command line's log

def _cli(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "flows.cli", *args], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=600)


def test_a_healthy_refresh_of_the_seeds_logs_no_error_and_shows_its_progress(tmp_path):
    """The command line as a user runs it (Prefect's own server and logs included), two worker
    processes: no ERROR, no traceback, a progress line; the second run answers before Prefect."""
    raw = copy_acts(tmp_path / "raw_docs", ("0",))
    args = ["refresh", "--raw-docs", str(raw), "--curated", str(tmp_path / "curated"), "--workers", "2"]
    out = _cli(args, tmp_path)
    log = out.stdout + out.stderr

    assert out.returncode == 0, log[-3000:]
    assert "ERROR" not in log and "Traceback" not in log, log
    assert "documents 5/5 done" in log

    start = time.monotonic()
    again = _cli(args, tmp_path)
    assert again.returncode == 0 and "kzprof: nothing changed since run" in again.stdout, again.stderr
    assert "Starting temporary server" not in again.stdout + again.stderr
    assert time.monotonic() - start < 30  # an interpreter and the imports of the library, on a loaded machine
