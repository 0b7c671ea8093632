"""Publishing never loses data: all tables or none, a killed run leaves the old folder, one refresh at a time."""
import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time

import pyarrow as pa
import pytest

from extractors import publish as pub
from extractors.publish import LockBusy, publish, refresh_lock
from conftest import ROOT


def snapshot(folder):
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def tables(v: int):
    return {name: pa.table({"doc_id": [f"V{v}"], "n": [v]}) for name in ("documents", "occupations", "skills")}


@pytest.fixture
def curated(tmp_path):
    folder = tmp_path / "curated"
    folder.mkdir()
    (folder / "README.md").write_text("data dictionary\n", encoding="utf-8")
    publish(tables(1), {"run_id": "r1"}, folder, "r1")
    return folder


def test_publish_swaps_in_a_complete_folder(curated):
    before = snapshot(curated)
    assert set(before) == {"README.md", "documents.parquet", "occupations.parquet", "skills.parquet", "manifest.json",
                           "datapackage.json"}
    publish(tables(2), {"run_id": "r2"}, curated, "r2", {"_report/index.html": "<p>ok</p>"})
    after = snapshot(curated)
    assert after["README.md"] == before["README.md"]  # the data dictionary travels with every version
    assert after["skills.parquet"] != before["skills.parquet"] and "_report/index.html" in after
    assert not list(curated.parent.glob(".curated.staging-*"))


def test_a_failure_mid_write_leaves_the_previous_folder_byte_identical(curated, monkeypatch):
    before = snapshot(curated)
    written = []

    def failing(table, path):
        if len(written) == 2:
            raise OSError("disk full")
        written.append(path)
        pub.pq.write_table(table, path)

    monkeypatch.setattr(pub, "write_table", failing)
    with pytest.raises(OSError):
        publish(tables(2), {"run_id": "r2"}, curated, "r2")
    assert snapshot(curated) == before
    assert not list(curated.parent.glob(".curated.staging-*"))


KILLED_PUBLISH = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    import pyarrow as pa
    from extractors import publish as pub
    real = pub.write_table
    def slow(table, path):
        real(table, path)
        print("wrote", path.name, flush=True)
        time.sleep(30)
    pub.write_table = slow
    tables = {{n: pa.table({{"doc_id": ["V9"], "n": [9]}}) for n in ("documents", "occupations", "skills")}}
    pub.publish(tables, {{"run_id": "killed"}}, {curated!r}, "killed")
""")


def test_a_killed_refresh_leaves_the_previous_folder_intact(curated):
    before = snapshot(curated)
    code = KILLED_PUBLISH.format(root=str(ROOT), curated=str(curated))
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().startswith("wrote")  # killed in the middle of writing the tables
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert snapshot(curated) == before
    # the next refresh clears what the killed one left and publishes normally
    publish(tables(3), {"run_id": "r3"}, curated, "r3")
    assert not list(curated.parent.glob(".curated.staging-*"))
    assert snapshot(curated)["documents.parquet"] != before["documents.parquet"]


def test_an_interrupted_two_step_swap_is_recovered(curated, monkeypatch):
    # systems without an atomic exchange rename twice; a crash between the renames is repaired
    before = snapshot(curated)
    backup = curated.parent / ".curated.previous"
    os.rename(curated, backup)
    pub.recover(curated)
    assert snapshot(curated) == before and not backup.exists()
    monkeypatch.setattr(pub, "_exchange", lambda a, b: False)
    publish(tables(4), {"run_id": "r4"}, curated, "r4")
    assert snapshot(curated)["documents.parquet"] != before["documents.parquet"]


HOLD_LOCK = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, {root!r})
    from extractors.publish import refresh_lock
    with refresh_lock({curated!r}):
        print("locked", flush=True)
        time.sleep(30)
""")


def test_two_refreshes_cannot_publish_at_once(curated):
    proc = subprocess.Popen([sys.executable, "-c", HOLD_LOCK.format(root=str(ROOT), curated=str(curated))],
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(LockBusy) as err:
            with refresh_lock(curated):
                pass
        assert str(proc.pid) in str(err.value)
    finally:
        proc.kill()
        proc.wait()
    with refresh_lock(curated):  # free again once the other run ends
        pass
