"""The compiled copies of the hot modules (extractors/native.py): loaded only where one was made
from the module's source as it is now, never with KZPROF_PURE, and reading acts exactly as the
Python they were compiled from."""
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from extractors import native

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "raw_docs" / "004_eb787dd4523de4e0.txt"  # a seed standard: six cards


@pytest.fixture
def native_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(native, "NATIVE_DIR", tmp_path)
    return tmp_path


def test_a_copy_of_the_current_source_is_found(native_dir):
    copy = native.copy_path("labels")
    copy.write_bytes(b"")
    spec = native._Finder().find_spec("extractors.labels")
    assert spec is not None and Path(spec.origin) == copy


def test_a_copy_of_an_older_source_is_not(native_dir, monkeypatch):
    native.copy_path("labels").write_bytes(b"")
    monkeypatch.setattr(native, "source_sha", lambda name: "0" * 64)  # the module was edited since
    assert native._Finder().find_spec("extractors.labels") is None


def test_modules_not_hot_and_other_packages_are_left_alone(native_dir):
    assert native._Finder().find_spec("extractors.pipeline") is None
    assert native._Finder().find_spec("json") is None
    assert native._Finder().find_spec("labels") is None


def _compiled_in_a_fresh_process(**env) -> list[str]:
    code = "import extractors.pipeline, extractors.native as n; print(','.join(n.compiled()))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True,
                         env={**os.environ, "PYTHONPATH": str(ROOT), **env}).stdout.strip()
    return out.split(",") if out else []


def test_every_module_with_a_copy_runs_compiled_unless_pure():
    with_copy = [name for name in native.HOT if native.copy_path(name).is_file()]
    assert _compiled_in_a_fresh_process(KZPROF_PURE="") == with_copy
    assert _compiled_in_a_fresh_process(KZPROF_PURE="1") == []


def _extract(out: Path, **env) -> dict[str, list]:
    subprocess.run([str(Path(sys.executable).with_name("kzprof")), "extract", str(SEED), "--out", str(out)],
                   capture_output=True, text=True, cwd=ROOT, check=True,
                   env={**os.environ, "PYTHONPATH": str(ROOT), **env})
    return {p.name: pq.read_table(p).to_pylist() for p in sorted(out.glob("*.parquet"))}


def test_compiled_copies_read_a_seed_as_python_does(tmp_path):
    if not any(native.copy_path(name).is_file() for name in native.HOT):
        pytest.skip("no compiled copies in this checkout (`make native` makes them)")
    pure = _extract(tmp_path / "pure", KZPROF_PURE="1")
    assert pure and sum(map(len, pure.values())) > 100
    assert _extract(tmp_path / "compiled", KZPROF_PURE="") == pure
