"""No input and no fault turns a refresh against its user (issue 15), without Prefect:

- time: every pattern and text builder is linear in its input; each probe runs at a size that
  would take minutes if it were quadratic, against a time limit; inputs no act has (a 5 MB
  line, a million lines) are refused by size at once; a job over its deadline is stopped;
- discovery lists everything it does not read and why, and follows links only inside the folder;
- identity: two acts claiming one registration are both held back, never settled by file order;
  the same act twice keeps its later amendment state;
- a malformed act is blamed by itself; every table has a key and a parent check;
- what cannot start says so with the path; refused files keep their path; old runs are pruned;
- a refresh killed with SIGTERM leaves no process behind and the previous tables untouched;
- a server named by a Prefect profile is used, and the temporary one launched meanwhile stopped.
"""
from __future__ import annotations

import errno
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow as pa
import pytest

from conftest import RAW_DOCS, ROOT
from extractors import pipeline, publish, quality, runfiles, schema
from extractors.lexicon import core
from extractors.reading import RawDocument
from extractors.repair import Line
from extractors.text import Block, RepairedText, assemble, count_residue, document_lexicon, residue_report
from extractors.workers import Pool


def timed(fn, *args):
    start = time.monotonic()
    value = fn(*args)
    return value, time.monotonic() - start


def raw_of(lines: list[str], name: str = "probe.txt") -> RawDocument:
    return RawDocument(Path(name), name, "0" * 64, "txt", "utf-8", lines, [None] * len(lines))


def text_path(raw: RawDocument):
    """The text path of one document up to its records: repair, lexicon, joined text, residue."""
    p = pipeline.prepare_one(raw)
    doc = assemble(raw.source_file, p.lang, p.lines, document_lexicon(p.lines, p.lang))
    return doc, residue_report(doc)


# --------------------------------------------------------------------------- linear time

def test_a_50k_dot_token_between_letters_is_read_in_linear_time():
    # the old pattern `^[^\w]*(.*?)[^\w]*$` took ~30 s on this token (quadratic backtracking)
    token = "а" + "." * 50_000 + "б"
    word, seconds = timed(core, token)
    assert word == token and seconds < 0.5
    assert core("«Заңы»;") == "заңы" and core("...") == "" and core("(1)") == "1"
    _, seconds = timed(text_path, raw_of([f"Әлеуметтік {token} қызмет"]))
    assert seconds < 10


def test_a_100k_letter_word_is_counted_in_linear_time():
    # the glued-link residue pattern was tried from every letter of the word: ~190 s
    word = "а" * 100_000
    found, seconds = timed(count_residue, f"Әлеуметтік {word} қызмет\nмәтін {word}.заңы")
    assert seconds < 1
    assert found["displaced_link"] == [f"{word}.заңы"]
    assert count_residue("бекітілсін.талаптары")["displaced_link"] == ["бекітілсін.талаптары"]
    (doc, residue), seconds = timed(text_path, raw_of([f"Әлеуметтік {word} қызмет"]))
    assert seconds < 10 and residue["displaced_link"] == 0


def test_a_million_line_block_renders_in_linear_time():
    lines = [Line("сөз", k + 1) for k in range(1000)] * 1000  # a million lines (a thousand objects)
    block = Block(lines, [" "] * (len(lines) - 1) + [""])
    doc = RepairedText("probe.txt", "kk", lines, [block])
    start = time.monotonic()
    text = doc.render()
    mapped, linenos = doc.offset_map()
    assert time.monotonic() - start < 10
    assert len(text) == 4 * 1_000_000 - 1 and mapped == text and len(linenos) == len(text) and linenos[-1] == 1000


def test_a_long_line_goes_through_the_whole_extraction_in_linear_time():
    """A line just under the line limit: repaired, joined, searched for an act header and cards
    (reliable_words split the line again for every token: 53 s at 32,000 words)."""
    words = "Қазақстан Республикасы Еңбек кодексінің 12-бабына; сәйкес (әлеуметтік) қызметкер".split()
    line = " ".join(words[k % len(words)] for k in range(90_000))  # ~900,000 characters, 1.7 MB of UTF-8
    (doc, residue), seconds = timed(text_path, raw_of([line]))
    assert seconds < 60 and len(doc.blocks) == 1
    result, seconds = timed(pipeline.extract_one, pipeline.prepare_one(raw_of([line])))
    assert seconds < 60 and result.quarantined.reason == "no_act_header"


def test_an_80k_block_without_an_act_header_is_refused_in_seconds():
    """The header search over a block with no act header took 154 s at 80 KB (a lazy issuer slot
    over unbounded text)."""
    words = "Әлеуметтік қызметкер отбасылармен жұмыс істейді және қызмет көрсетеді".split()
    block = " ".join(words[(k * 7) % len(words)] for k in range(9_000))
    result, seconds = timed(pipeline.extract_one, pipeline.prepare_one(raw_of([block])))
    assert len(block.encode("utf-8")) > 80_000 * 1.5 and seconds < 15
    assert result.quarantined.reason == "no_act_header"


@pytest.mark.parametrize("name,content,said", [
    ("one_line.txt", ("Қазақстан Республикасы Еңбек кодексі " * 77_000).encode("utf-8"), "characters"),
    ("short_lines.txt", ("сөз\n" * 1_000_000).encode("utf-8"), "lines"),
])
def test_what_no_act_looks_like_is_refused_by_its_size_at_once(tmp_path, name, content, said):
    """A 5 MB single line and a million short lines: under the byte limit, but no act has them;
    refused as too_large before any repair runs."""
    path = tmp_path / name
    path.write_bytes(content)
    q, seconds = timed(pipeline.read_and_prepare, path, tmp_path)
    assert isinstance(q, pipeline.Quarantined) and q.reason == "too_large" and seconds < 5
    assert name in q.message and said in q.message and q.sha256 == hashlib.sha256(content).hexdigest()


# --------------------------------------------------------------------------- the worker pool

def _sleep(seconds):
    time.sleep(seconds)
    return seconds


def _add(a, b):
    return a + b


def _fail():
    raise ValueError("a damaged table")


def _die():
    os._exit(3)


def test_a_job_over_its_deadline_is_stopped_and_the_next_one_runs():
    with Pool(1) as pool:
        assert pool.run(_add, 40, 2, timeout=60).value == 42
        first = pool.pids()
        out, seconds = timed(lambda: pool.run(_sleep, 600, timeout=1))
        assert out.status == "timeout" and seconds < 10
        assert not any(Path(f"/proc/{pid}").exists() for pid in first)  # the stuck worker is gone
        after = pool.run(_add, 40, 3, timeout=60)  # in a new worker
        assert after.value == 43 and pool.pids() != first
        failed = pool.run(_fail, timeout=60)
        assert failed.status == "error" and failed.error.startswith("ValueError: a damaged table")
        assert pool.run(_die, timeout=60).status == "crashed"
        assert pool.run(_add, 1, 2, timeout=60).value == 3
        pids = pool.pids()
    assert not any(Path(f"/proc/{pid}").exists() and "zombie" not in _state(pid) for pid in pids)


_INTERRUPTED_WORKER = """
import multiprocessing as mp, os, signal, sys, time
from extractors.workers import _worker_main
ctx = mp.get_context("fork")
parent, child = ctx.Pipe()
worker = ctx.Process(target=_worker_main, args=(child,))
worker.start()
if sys.argv[1] == "busy":
    parent.send((1, time.sleep, (30,)))
time.sleep(0.5)
os.kill(worker.pid, signal.SIGINT)
worker.join(20)
print("exit", worker.exitcode)
"""


@pytest.mark.parametrize("state", ["idle", "busy"])
def test_a_worker_reached_by_ctrl_c_ends_quietly(state):
    # a terminal's Ctrl-C reaches every process of the run's group: the refresh reports the
    # interruption, a worker waiting for a job or in the middle of one prints no traceback
    done = subprocess.run([sys.executable, "-c", _INTERRUPTED_WORKER, state], capture_output=True, text=True,
                          preexec_fn=_ctrl_c_as_at_a_terminal,
                          cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=60)
    assert done.stdout.strip() == "exit 0"
    assert "Traceback" not in done.stderr and "KeyboardInterrupt" not in done.stderr, done.stderr


def _state(pid: int) -> str:
    try:
        return "zombie" if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z" else "alive"
    except OSError:
        return "gone"


def test_in_process_jobs_share_the_same_interface():
    with Pool(0) as pool:
        assert pool.run(_add, 1, 1).value == 2
        assert pool.run(_fail).status == "error"
        assert pool.run(_sleep, 0.2, timeout=0.1).status == "ok"  # not stopped: the caller judges the time


# --------------------------------------------------------------------------- discovery

def test_discovery_names_everything_it_does_not_read(tmp_path):
    raw, outside = tmp_path / "raw_docs", tmp_path / "elsewhere"
    (raw / "a").mkdir(parents=True)
    (raw / "b").mkdir()
    outside.mkdir()
    (outside / "secret.txt").write_text("not an act", encoding="utf-8")
    (raw / "a" / "x.txt").write_text("a", encoding="utf-8")
    (raw / "b" / "x.txt").write_text("b", encoding="utf-8")
    (raw / "..txt").write_text("a dot file", encoding="utf-8")
    (raw / ".hidden").mkdir()
    (raw / ".hidden" / "act.txt").write_text("hidden", encoding="utf-8")
    (raw / "README.md").write_text("about", encoding="utf-8")
    os.mkfifo(raw / "pipe.txt")
    (raw / "gone.txt").symlink_to(tmp_path / "nothing.txt")
    (raw / "passwd.txt").symlink_to(outside / "secret.txt")
    (raw / "out").symlink_to(outside)
    (raw / "inside.txt").symlink_to(raw / "a" / "x.txt")
    (raw / "c").symlink_to(raw / "a")

    found, seconds = timed(pipeline.discover, raw)  # the FIFO is never opened: no hang

    assert seconds < 5
    assert [f.relative_to(raw).as_posix() for f in found.files] == ["a/x.txt", "b/x.txt", "inside.txt"]
    skipped = {s.source_file: s.reason for s in found.skipped}
    assert skipped == {"..txt": "hidden", ".hidden": "hidden", "README.md": "ignored", "pipe.txt": "not_regular",
                       "gone.txt": "dangling_link", "passwd.txt": "symlink_outside", "out": "symlink_outside",
                       "c/": "already_listed"}
    messages = {s.source_file: s.message for s in found.skipped}
    assert "FIFO" in messages["pipe.txt"] and str(outside / "secret.txt") in messages["passwd.txt"]
    assert all(s.message.startswith(s.source_file) for s in found.skipped)


def test_an_unreadable_folder_is_listed_not_fatal(tmp_path, monkeypatch):
    """Simulates the PermissionError a non-root user gets listing a folder without read
    permission (permission bits do not stop root, who runs these tests in some places)."""
    raw = tmp_path / "raw_docs"
    (raw / "locked").mkdir(parents=True)
    (raw / "act.txt").write_text("а", encoding="utf-8")
    real = os.scandir

    def scandir(path):
        if Path(path).name == "locked":
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(pipeline.os, "scandir", scandir)
    found = pipeline.discover(raw)
    assert [f.name for f in found.files] == ["act.txt"]
    assert [(s.source_file, s.reason) for s in found.skipped] == [("locked/", "unreadable")]
    assert "Permission denied" in found.skipped[0].message


def test_an_unreadable_file_is_quarantined_and_kept_as_a_reason(tmp_path, monkeypatch):
    """Simulates the PermissionError reading a file without read permission (as a non-root
    user); the refresh quarantines it and its reason file says it could not be copied."""
    raw = tmp_path / "raw_docs"
    raw.mkdir()
    path = raw / "locked.txt"
    path.write_text("Қазақстан", encoding="utf-8")
    real_read, real_copy = Path.read_bytes, shutil.copyfile

    def denied(p, *args, **kwargs):
        if Path(p).name == "locked.txt":
            raise PermissionError(errno.EACCES, "Permission denied", str(p))
        return real_read(p) if not args else real_copy(p, *args, **kwargs)

    monkeypatch.setattr(Path, "read_bytes", denied)
    monkeypatch.setattr(runfiles.shutil, "copyfile", denied)
    q = pipeline.read_one(path, raw)
    assert (q.reason, q.message) == ("unreadable", "locked.txt: cannot read the file (Permission denied)")
    note = runfiles.keep_refused(path, tmp_path / "q", q.source_file, q.reason, q.message, q.sha256, 10**6)
    assert note.read_text(encoding="utf-8").splitlines()[-1] == f"not copied: {path}: Permission denied"
    assert not (tmp_path / "q" / "locked.txt").exists()


# --------------------------------------------------------------------------- identity of an act

def _read_acts(folder: Path) -> list[pipeline.DocResult]:
    return [pipeline.extract_one(pipeline.read_and_prepare(p, folder)) for p in sorted(folder.iterdir())]


@pytest.fixture(scope="module")
def impostor_and_older(tmp_path_factory):
    """001 (the genuine act), an act 002 given 001's registration, and an older text of 002
    (its editorial notes of the 2024 amendment removed)."""
    folder = tmp_path_factory.mktemp("identity")
    genuine = next(RAW_DOCS.glob("001_*.txt"))
    order_002 = next(RAW_DOCS.glob("002_*.txt")).read_text(encoding="utf-8")
    shutil.copy(genuine, folder / "b_genuine_001.txt")
    impostor = order_002.replace("№ 32744 болып", "№ 32943 болып")
    assert impostor != order_002
    (folder / "a_impostor.txt").write_text(impostor, encoding="utf-8")
    lines = order_002.split("\n")
    notes = [k for k, ln in enumerate(lines) if ln.lstrip().startswith("Ескерту.") and "403" in "".join(lines[k:k + 3])]
    assert notes
    older = [ln for k, ln in enumerate(lines) if not any(n <= k < n + 3 for n in notes)]
    (folder / "c_002_older.txt").write_text("\n".join(older), encoding="utf-8")
    shutil.copy(next(RAW_DOCS.glob("002_*.txt")), folder / "d_002_current.txt")
    return _read_acts(folder)


def _resolve(results, order):
    fresh = [pipeline.DocResult(r.source_file, r.extraction, r.residue) for r in results]
    fresh.sort(key=lambda r: r.source_file, reverse=order == "reversed")
    quarantined = pipeline.resolve_identities(fresh)
    return {q.source_file: q for q in quarantined}, {r.source_file for r in fresh if r.extraction}


@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_two_acts_claiming_one_registration_are_both_held_back(impostor_and_older, order):
    quarantined, kept = _resolve(impostor_and_older, order)
    assert {k: q.reason for k, q in quarantined.items()} == {
        "a_impostor.txt": "conflicting_identity", "b_genuine_001.txt": "conflicting_identity",
        "c_002_older.txt": "same_act"}
    for name in ("a_impostor.txt", "b_genuine_001.txt"):
        message = quarantined[name].message
        assert "V2300032943" in message and "a_impostor.txt (№ 210 of 2023-06-08, kk)" in message
        assert "b_genuine_001.txt (№ 262 of 2023-06-29, kk)" in message
    assert kept == {"d_002_current.txt"}


@pytest.mark.parametrize("order", ["sorted", "reversed"])
def test_the_same_act_twice_keeps_its_later_amendment_state(impostor_and_older, order):
    quarantined, kept = _resolve(impostor_and_older, order)
    assert "d_002_current.txt" in kept
    assert quarantined["c_002_older.txt"].message == (
        "c_002_older.txt: the act V2300032744 (kk) is already read from d_002_current.txt, which is kept: "
        "its amendment state is later (amended up to 2024-10-21; this file: no amendment recorded)")


# --------------------------------------------------------------------------- keys and blame

def test_every_table_has_a_key_and_its_checks_come_from_the_schema():
    assert set(schema.KEYS) == set(schema.TABLES)
    for name, cols in list(schema.KEYS.items()) + [(t, c) for t, sets in schema.UNIQUE.items() for c in sets]:
        assert set(cols) <= set(schema.TABLES[name].names), name
    for child, (parent, cols) in schema.PARENTS.items():
        assert set(cols) <= set(schema.TABLES[child].names) and set(cols) <= set(schema.TABLES[parent].names)
    for name in schema.TABLES:
        checks = {(e["type"], e["kwargs"]["column"]) for e in quality.schema_expectations(name)}
        assert ("expect_column_values_to_be_unique", "_key") in checks
        assert (name in schema.PARENTS) == (("expect_column_values_to_be_in_set", "_has_parent") in checks)
    occupations = {(e["type"], e["kwargs"]["column"]) for e in quality.schema_expectations("occupations")}
    assert ("expect_column_values_to_be_unique", "_unique_1") in occupations


def test_a_duplicated_card_fails_its_act_alone(seeds):
    import copy

    extractions = [copy.deepcopy(ex) for ex in seeds.extractions.values()]
    standard = next(ex for ex in extractions if len(ex.cards) == 10)
    twin = copy.deepcopy(standard.cards[0])
    twin.card_no = 11
    standard.cards.append(twin)
    linked = pipeline.linked(extractions)
    result = quality.run_stage("curated", quality.curated_frames(pipeline.build_tables(linked)))
    critical = result.critical_failures
    assert [c.label for c in critical] == ["curated/occupations: expect_column_values_to_be_unique[_unique_1]"]
    blamed, whole = pipeline.blame(critical, linked)
    assert blamed == {standard.document.source_file: [critical[0].label]} and whole == []


# --------------------------------------------------------------------------- before a run starts

def test_what_cannot_start_is_named_with_its_path(tmp_path, monkeypatch):
    raw = tmp_path / "raw_docs"
    raw.mkdir()
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x", encoding="utf-8")
    with pytest.raises(publish.CannotStart, match=f"not found: {tmp_path / 'missing'}"):
        publish.preflight(tmp_path / "missing", tmp_path / "curated")
    with pytest.raises(publish.CannotStart, match=f"is a file, not a folder: {a_file}"):
        publish.preflight(a_file, tmp_path / "curated")
    with pytest.raises(publish.CannotStart, match=f"cannot write to {a_file}"):
        publish.preflight(raw, a_file / "curated")  # a target whose parent is a file

    def read_only(folder):
        # simulates the EROFS the kernel gives on a read-only file system (also to root)
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))

    monkeypatch.setattr(publish, "_touch", read_only)
    with pytest.raises(publish.CannotStart, match=f"cannot write to {tmp_path / 'out'} .*Read-only file system"):
        publish.preflight(raw, tmp_path / "out" / "curated")


def test_a_full_disk_names_the_file_it_could_not_write(tmp_path, monkeypatch):
    def full(table, path):
        # simulates ENOSPC from the file system while a table is written
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(publish, "write_table", full)
    with pytest.raises(OSError) as err:
        publish.publish({"documents": pa.table({"x": [1]})}, {}, tmp_path / "curated", "r1")
    assert "documents.parquet" in str(err.value) and "No space left on device" in str(err.value)
    assert str(tmp_path / ".curated.staging-r1") in str(err.value)
    assert not list(tmp_path.glob(".curated.staging-*"))


# --------------------------------------------------------------------------- run folders

def test_refused_files_keep_their_path_and_large_ones_their_fingerprint(tmp_path):
    raw, q = tmp_path / "raw_docs", tmp_path / "quarantine" / "run"
    (raw / "a").mkdir(parents=True)
    (raw / "b").mkdir()
    (raw / "a" / "x.txt").write_text("first", encoding="utf-8")
    (raw / "b" / "x.txt").write_text("second", encoding="utf-8")
    big = raw / "big.txt"
    big.write_bytes(b"\x00" * 3_000_000)
    for name in ("a/x.txt", "b/x.txt", "big.txt"):
        runfiles.keep_refused(raw / name, q, name, "empty", f"{name}: why", pipeline.file_fingerprint(raw / name),
                              copy_max=1_000_000)
    assert (q / "a" / "x.txt").read_text(encoding="utf-8") == "first"
    assert (q / "b" / "x.txt").read_text(encoding="utf-8") == "second"
    assert not (q / "big.txt").exists()
    note = (q / "big.txt.reason.txt").read_text(encoding="utf-8")
    assert f"sha256: {hashlib.sha256(big.read_bytes()).hexdigest()}" in note and "not copied: 2.9 MB" in note


def test_old_run_folders_are_pruned(tmp_path):
    runs = [f"2026010{k}T120000-abcde{k}" for k in range(1, 6)]
    for r in runs:
        (tmp_path / r).mkdir()
    (tmp_path / "LATEST").write_text(runs[0], encoding="utf-8")
    (tmp_path / "keep-me").mkdir()
    removed = runfiles.prune(tmp_path, 2, protect={runs[0]})
    assert sorted(p.name for p in removed) == runs[1:3]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([runs[0], *runs[3:], "LATEST", "keep-me"])


# --------------------------------------------------------------------------- SIGTERM

def _session(pid: str) -> int | None:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[3])
    except (OSError, ValueError, IndexError):
        return None


def _ctrl_c_as_at_a_terminal() -> None:
    """SIGINT as a terminal's command gets it: a suite started in the background by a shell
    without job control (`pytest … &` in a script) ignores SIGINT, and its children would
    inherit that and never see the Ctrl-C these tests send."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _left_in_session(sid: int) -> list[str]:
    left = []
    for p in os.listdir("/proc"):
        if p.isdigit() and _session(p) == sid and _state(int(p)) != "zombie":
            try:
                left.append(Path(f"/proc/{p}/cmdline").read_text().replace("\0", " ")[:120])
            except OSError:  # ended meanwhile
                pass
    return left


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to list the refresh's processes")
@pytest.mark.parametrize("stop", ["SIGTERM", "SIGINT", "Ctrl-C", "SIGKILL"])
def test_a_refresh_stopped_with_a_signal_leaves_no_process_and_the_tables_as_they_were(stop, tmp_path):
    """`kzprof refresh` in its own session (Prefect's local server, the worker processes); SIGTERM,
    SIGINT, or a terminal's Ctrl-C (SIGINT to every process of its group) once the documents are
    being read: it ends with 143 / 130 and one line (`interrupted; curated/ unchanged`, no
    traceback, no ERROR), its report says it was interrupted, the previous tables are
    byte-identical, and no process of its session is left. Killed outright (SIGKILL), it can say
    nothing, but its tables are as they were and its server and workers end by themselves."""
    sig = signal.SIGINT if stop == "Ctrl-C" else getattr(signal, stop)
    raw = tmp_path / "raw_docs"
    raw.mkdir()
    for p in sorted(RAW_DOCS.glob("*.txt")):
        shutil.copy(p, raw / p.name)
    curated = tmp_path / "curated"
    publish.publish({"documents": pa.table({"doc_id": ["V1"]})}, {"run_id": "r0"}, curated, "r0")
    before = {p.name: p.read_bytes() for p in curated.iterdir()}
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="INFO", PYTHONPATH=str(ROOT))
    log = tmp_path / "refresh.log"
    with open(log, "w") as out:  # a file, not a pipe: a process left behind would hold a pipe open
        proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "refresh", "--raw-docs", str(raw), "--curated",
                                 str(curated)], cwd=tmp_path, env=env, stdout=out, stderr=subprocess.STDOUT,
                                start_new_session=True, preexec_fn=_ctrl_c_as_at_a_terminal)
    try:
        deadline = time.monotonic() + 240
        while "Task run 'read " not in log.read_text() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.2)
        assert "Task run 'read " in log.read_text(), log.read_text()[-3000:]
        os.killpg(proc.pid, sig) if stop == "Ctrl-C" else proc.send_signal(sig)
        proc.wait(timeout=120)
        deadline = time.monotonic() + 15
        while _left_in_session(proc.pid) and time.monotonic() < deadline:
            time.sleep(0.5)
        left = _left_in_session(proc.pid)
    finally:  # whatever the outcome, nothing this test started outlives it
        for pid in [p for p in os.listdir("/proc") if p.isdigit() and _session(p) == proc.pid]:
            os.kill(int(pid), signal.SIGKILL)
    rest = log.read_text()
    assert left == []
    assert {p.name: p.read_bytes() for p in curated.iterdir()} == before
    if sig == signal.SIGKILL:
        return
    assert proc.returncode == 128 + sig, rest[-2000:]
    assert f"kzprof: interrupted; curated/ unchanged ({signal.Signals(sig).name}" in rest
    assert "Traceback" not in rest and "ERROR" not in rest, rest
    assert "View at" not in rest  # the temporary server serves no UI: no link to one
    reports = list((tmp_path / "reports").glob("*/report.json"))
    assert len(reports) == 1 and '"outcome": "interrupted' in reports[0].read_text(encoding="utf-8")


def test_the_command_line_module_runs_as_a_program():
    out = subprocess.run([sys.executable, "-m", "flows.cli", "refresh", "--help"], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert out.returncode == 0 and "--doc-timeout" in out.stdout and "--keep-runs" in out.stdout


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to list the refresh's processes")
def test_a_server_named_by_a_profile_is_used_and_no_temporary_one_is_left(prefect_harness, tmp_path):
    """The temporary server is launched before Prefect's settings are read; a profile that names
    a server of its own (here the test session's) is only known once they are: the launched one
    is stopped again, the run goes to the named server, and no process of the run is left."""
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL

    url = PREFECT_API_URL.value()
    home = tmp_path / "prefect"
    home.mkdir()
    (home / "profiles.toml").write_text(f'active = "own"\n\n[profiles.own]\nPREFECT_API_URL = "{url}"\n')
    raw = tmp_path / "raw_docs"
    raw.mkdir()
    shutil.copy(sorted(RAW_DOCS.glob("*.txt"))[0], raw)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(home), PREFECT_LOGGING_LEVEL="INFO", PYTHONPATH=str(ROOT))
    with get_client(sync_client=True) as client:
        runs_before = len(client.read_flow_runs())
    proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "refresh", "--raw-docs", str(raw), "--curated",
                             str(tmp_path / "curated")], cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    try:
        out, _ = proc.communicate(timeout=300)
        left = _left_in_session(proc.pid)
    finally:
        for pid in [p for p in os.listdir("/proc") if p.isdigit() and _session(p) == proc.pid]:
            os.kill(int(pid), signal.SIGKILL)
    assert proc.returncode == 0, out[-3000:]
    assert "temporary server" not in out and "Traceback" not in out and "ERROR" not in out, out
    assert left == []
    with get_client(sync_client=True) as client:
        assert len(client.read_flow_runs()) == runs_before + 1


def test_a_run_on_its_own_temporary_server_sends_no_heartbeats():
    """Heartbeats let a long-running server find a run that crashed; the temporary server ends
    with the run, and the flow's end waited up to a second for the heartbeat thread."""
    from prefect.settings import get_current_settings

    from flows.prefect_server import TemporaryServer

    server = TemporaryServer()
    with server.run_settings():  # not started: a server of the user's, heartbeats as configured
        assert get_current_settings().flows.heartbeat_frequency is not None
    server.url = "http://127.0.0.1:1/api"
    with server.run_settings():
        assert get_current_settings().flows.heartbeat_frequency is None
    assert get_current_settings().flows.heartbeat_frequency is not None
