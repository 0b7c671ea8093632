"""`kzprof refresh --watch`: a refresh, then another whenever the input folder's files change,
with Prefect's server, the imports and the workers started once.

The watcher is specified with a clock of its own (each look at the folder is one call of
`sleep`); the command is run once as a user runs it: an act dropped in is published by the
running watcher, and Ctrl-C stops it with the tables as the last publish left them.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extractors.watching import Watcher, folder_state

ROOT = Path(__file__).resolve().parents[1]
RAW_DOCS = ROOT / "raw_docs"


class Looks:
    """A `sleep` that changes the folder before given looks: {look number: change}."""

    def __init__(self, changes: dict):
        self.changes, self.count = changes, 0

    def __call__(self, seconds: float) -> None:
        self.count += 1
        if self.count in self.changes:
            self.changes[self.count]()
        if self.count > 20:
            raise AssertionError("the watcher never returned")


def test_a_new_file_is_seen_once_it_has_settled(tmp_path):
    (tmp_path / "a.txt").write_text("one act", encoding="utf-8")
    looks = Looks({2: lambda: (tmp_path / "b.txt").write_text("another act", encoding="utf-8")})
    watcher = Watcher(tmp_path, every=0.1, sleep=looks)
    watcher.mark()
    state = watcher.wait()
    assert looks.count == 3  # seen at the second look, the same at the third: settled
    assert [entry[0] for entry in state] == ["a.txt", "b.txt"]


def test_a_file_whose_last_write_is_older_than_a_look_is_taken_at_once(tmp_path):
    # an act copied in with its own time kept (`cp -p`, a download finished a while ago): no write
    # within the last interval, so the first look that sees it is enough
    def copied_long_ago():
        act = tmp_path / "b.txt"
        act.write_text("another act", encoding="utf-8")
        os.utime(act, (time.time() - 60, time.time() - 60))

    looks = Looks({1: copied_long_ago})
    watcher = Watcher(tmp_path, every=0.1, sleep=looks)
    watcher.mark()
    assert [entry[0] for entry in watcher.wait()] == ["b.txt"] and looks.count == 1


def test_a_file_still_being_written_is_waited_for(tmp_path):
    act = tmp_path / "a.txt"
    act.write_text("the first", encoding="utf-8")

    def write(more: str):
        return lambda: act.write_text(act.read_text(encoding="utf-8") + more, encoding="utf-8")

    looks = Looks({1: write(" page"), 2: write(" and the next"), 3: write(" and the last")})
    watcher = Watcher(tmp_path, every=0.1, sleep=looks)
    watcher.mark()
    watcher.wait()
    assert looks.count == 4  # it grew at each of the first three looks


def test_a_removed_or_renamed_file_is_a_change(tmp_path):
    (tmp_path / "a.txt").write_text("one act", encoding="utf-8")
    (tmp_path / "b.txt").write_text("another", encoding="utf-8")
    watcher = Watcher(tmp_path, every=0.1, sleep=Looks({1: lambda: (tmp_path / "b.txt").unlink()}))
    watcher.mark()
    assert [entry[0] for entry in watcher.wait()] == ["a.txt"]
    watcher.mark()
    watcher.sleep = Looks({1: lambda: (tmp_path / "a.txt").rename(tmp_path / "c.txt")})
    assert [entry[0] for entry in watcher.wait()] == ["c.txt"]


def test_the_state_is_only_a_listing(tmp_path):
    # nothing is opened: a FIFO (which would block a reader) is a skipped path like any other
    (tmp_path / "a.txt").write_text("one act", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe")
    state = folder_state(tmp_path)
    assert state[0][:2] == ("a.txt", len("one act"))
    assert state[1] == ("pipe", "not_regular")
    assert folder_state(tmp_path / "gone") == ()


def _ctrl_c_as_at_a_terminal() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _wait_for(log: Path, text: str, count: int, proc, seconds: float = 240) -> str:
    deadline = time.monotonic() + seconds
    while log.read_text().count(text) < count and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    got = log.read_text()
    assert got.count(text) >= count, got[-3000:]
    return got


@pytest.mark.parametrize("stop", ["Ctrl-C", "SIGTERM"])
def test_a_watching_refresh_publishes_an_act_dropped_in_and_stops_on_ctrl_c(stop, tmp_path):
    raw, curated = tmp_path / "raw_docs", tmp_path / "curated"
    raw.mkdir()
    seeds = sorted(RAW_DOCS.glob("*.txt"))
    shutil.copy(seeds[0], raw / seeds[0].name)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    env.update(PREFECT_HOME=str(tmp_path / "prefect"), PREFECT_SERVER_ANALYTICS_ENABLED="false",
               PREFECT_LOGGING_LEVEL="INFO", PYTHONPATH=str(ROOT))
    log = tmp_path / "watch.log"
    with open(log, "w") as out:
        proc = subprocess.Popen([sys.executable, "-m", "flows.cli", "refresh", "--raw-docs", str(raw), "--curated",
                                 str(curated), "--watch", "--every", "0.2"], cwd=tmp_path, env=env, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_ctrl_c_as_at_a_terminal)
    try:
        _wait_for(log, "kzprof: published", 1, proc)
        assert pq.read_table(curated / "documents.parquet").num_rows == 1
        shutil.copy(seeds[1], raw / seeds[1].name)  # an act dropped in while it watches
        got = _wait_for(log, "kzprof: published", 2, proc, seconds=120)
        assert "1 unchanged since an earlier run (kept), 1 to read" in got
        assert pq.read_table(curated / "documents.parquet").num_rows == 2
        os.killpg(proc.pid, signal.SIGINT) if stop == "Ctrl-C" else proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    rest = log.read_text()
    assert proc.returncode == 0, rest[-2000:]
    assert f"kzprof: stopped watching {raw}/; curated/ holds the last publish" in rest
    assert "Traceback" not in rest and "ERROR" not in rest, rest[-3000:]
    assert pq.read_table(curated / "documents.parquet").num_rows == 2


@pytest.mark.parametrize("argv", [["--every", "1"], ["--watch", "--every", "0"]])
def test_every_needs_watch_and_a_positive_number(argv, tmp_path, capsys):
    from flows.cli import main

    (tmp_path / "raw_docs").mkdir()
    assert main(["refresh", "--raw-docs", str(tmp_path / "raw_docs"), "--curated", str(tmp_path / "curated"),
                 *argv]) == 2
    assert "kzprof: --every needs --watch and a number of seconds above 0" in capsys.readouterr().err
