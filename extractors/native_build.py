"""Compiles the hot modules (`native.HOT`) with Cython into `build/native/`, each under the sha256
of its source (see `native`). Run by `make`; again after an edit, or the edited module runs as
Python.

    python -m extractors.native_build          # compile what has no copy for its source
    python -m extractors.native_build status   # which modules have one
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from .native import HOT, NATIVE_DIR, PACKAGE, PACKAGE_DIR, SUFFIX, copy_path, source_sha

# type annotations are documentation here (a `list` annotation may hold a tuple): Cython must not
# turn them into checks
DIRECTIVES = ("-X", "annotation_typing=False", "-X", "language_level=3")


def missing() -> list[str]:
    return [name for name in HOT if not copy_path(name).is_file()]


def build(jobs: int = os.cpu_count() or 1) -> int:
    """Compile the hot modules that have no copy for their source; drop copies of old sources.
    Without Cython or a C compiler, says so and leaves the library in pure Python (exit 0: the
    results are the same, only slower)."""
    todo = missing()
    _drop_stale()
    if not todo:
        print(f"native: all {len(HOT)} hot modules compiled")
        return 0
    reason = _cannot_build()
    if reason:
        print(f"native: not compiled ({reason}); the library runs as pure Python, about 15 % slower")
        return 0
    print(f"native: compiling {len(todo)} of {len(HOT)} hot modules with Cython (about 5 s of CPU each)",
          flush=True)
    with tempfile.TemporaryDirectory(prefix="kzprof-native-") as tmp:
        return _compile(todo, Path(tmp), jobs)


def _cannot_build() -> str | None:
    if importlib.util.find_spec("Cython") is None:
        return "Cython is not installed"
    if not (shutil.which(os.environ.get("CC", "cc")) or shutil.which("gcc")):
        return "no C compiler (cc/gcc)"
    return None


def _compile(todo: list[str], tmp: Path, jobs: int) -> int:
    # built in a folder of their own: setuptools would read the project's pyproject.toml here
    package = tmp / PACKAGE
    package.mkdir()
    (package / "__init__.py").write_text("")
    shas = {}
    for name in todo:
        shas[name] = source_sha(name)
        shutil.copyfile(PACKAGE_DIR / f"{name}.py", package / f"{name}.py")
    cmd = [sys.executable, "-m", "Cython.Build.Cythonize", "-i", "-q", "-k", "-j", str(jobs), *DIRECTIVES,
           *(f"{PACKAGE}/{name}.py" for name in todo)]
    # -O1: the copies run as fast as with Python's -O3 here, and compile in half the time
    env = {**os.environ, "CFLAGS": os.environ.get("CFLAGS", "-O1")}
    done = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True, env=env)
    NATIVE_DIR.mkdir(parents=True, exist_ok=True)
    built = 0
    for name in todo:
        made = package / f"{name}{SUFFIX}"
        if made.is_file():
            # put in place whole: a process importing meanwhile finds the copy or none, never half
            target = copy_path(name, shas[name])
            shutil.copyfile(made, target.with_suffix(".part"))
            os.replace(target.with_suffix(".part"), target)
            built += 1
    if built < len(todo):
        tail = "\n".join((done.stdout + done.stderr).strip().splitlines()[-15:])
        print(f"native: {len(todo) - built} module(s) not compiled; they run as Python:\n{tail}")
    print(f"native: {built} compiled into {NATIVE_DIR}")
    return 0


def _drop_stale() -> None:
    if not NATIVE_DIR.is_dir():
        return
    current = {copy_path(name).name for name in HOT}
    for path in NATIVE_DIR.glob(f"*{SUFFIX}"):
        if path.name not in current:
            path.unlink()


def main(argv: list[str]) -> int:
    if not argv:
        return build()
    if argv == ["status"]:
        lacking = missing()
        print(f"native: {len(HOT) - len(lacking)} of {len(HOT)} hot modules have a compiled copy"
              + (f"; not compiled: {', '.join(lacking)}" if lacking else ""))
        return 0
    print("usage: python -m extractors.native_build [status]", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
