"""The command line as a user meets it: `--version`, exit codes and defaults in `--help`, no
traceback when the reader of the output goes away, a file given where a folder is expected
named as such, `kzprof sql` over a published folder, and a package that builds without
warnings and ships its data files."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from conftest import RAW_DOCS, ROOT
from flows.cli import EXIT_CLOSED_OUTPUT, main

SEED = sorted(RAW_DOCS.glob("*.txt"))[0]


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert capsys.readouterr().out.startswith("kzprof 0.1.0")


def test_help_lists_exit_codes_and_defaults(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    top = capsys.readouterr().out
    assert "exit status:" in top and "refresh: 0 published" in top and f"{EXIT_CLOSED_OUTPUT} the reader" in top
    with pytest.raises(SystemExit):
        main(["refresh", "--help"])
    refresh = capsys.readouterr().out
    assert "(default: raw_docs)" in refresh and "(default: curated)" in refresh
    assert "3 published with quarantined inputs under --strict" in refresh
    with pytest.raises(SystemExit):
        main(["sql", "--help"])
    assert "1 the query failed" in capsys.readouterr().out


def test_a_closed_pipe_ends_quietly(tmp_path):
    """`kzprof repair FILE --residue | head`: the reader is gone before kzprof writes."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        proc = subprocess.run([sys.executable, "-m", "flows.cli", "repair", str(SEED), "--residue"], cwd=ROOT,
                              stdout=write_end, stderr=subprocess.PIPE, timeout=300)
    finally:
        os.close(write_end)
    err = proc.stderr.decode()
    assert proc.returncode == EXIT_CLOSED_OUTPUT
    assert "Traceback" not in err and "BrokenPipeError" not in err, err


@pytest.mark.parametrize("argv, option", [
    (["refresh", "--raw-docs", "{file}"], "--raw-docs"),
    (["refresh", "--raw-docs", "{raw}", "--curated", "{file}"], "--curated"),
    (["extract", str(SEED), "--out", "{file}"], "--out"),
    (["sql", "SELECT 1", "--curated", "{file}"], "--curated"),
])
def test_a_file_where_a_folder_is_expected_is_named_as_such(argv, option, tmp_path, capsys):
    file = tmp_path / "notes.txt"
    file.write_text("x", encoding="utf-8")
    raw = tmp_path / "raw"
    raw.mkdir()
    args = [a.format(file=file, raw=raw) for a in argv]

    assert main(args) == 2

    assert capsys.readouterr().err.strip() == f"kzprof: {option} must be a folder, but {file} is a file"


def test_sql_answers_from_a_published_folder(seed_folder, seed_tables, tmp_path, capsys):
    assert main(["sql", "SELECT count(*) AS n FROM occupation_items WHERE item_kind = 'skill'",
                 "--curated", str(seed_folder), "--csv"]) == 0
    assert capsys.readouterr().out.split() == ["n", str(seed_tables["skills"].num_rows)]
    assert main(["sql", "--views", "--curated", str(seed_folder)]) == 0
    listed = capsys.readouterr().out
    assert "occupation_items\t" in listed and "unit_state_at\t" in listed and "documents\t" in listed
    assert main(["sql", "SELECT nonsense FROM nowhere", "--curated", str(seed_folder)]) == 1
    assert "the query failed" in capsys.readouterr().err
    assert main(["sql", "SELECT 1", "--curated", str(tmp_path / "none")]) == 2
    assert "folder not found" in capsys.readouterr().err


def test_sql_writes_a_database_that_stands_alone(seed_folder, seed_tables, tmp_path, capsys):
    import duckdb

    copy = tmp_path / "curated"
    shutil.copytree(seed_folder, copy)
    db = tmp_path / "kzprof.duckdb"
    assert main(["sql", "--curated", str(copy), "--db", str(db)]) == 0
    shutil.rmtree(copy)  # the database holds the tables, not paths to them
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM requirements_by_position").fetchone()[0] == \
        seed_tables["requirements"].num_rows


def test_the_package_builds_without_warnings_and_ships_its_data(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for name in ("extractors", "flows"):
        shutil.copytree(ROOT / name, src / name, ignore=shutil.ignore_patterns("__pycache__"))
    proc = subprocess.run([sys.executable, "-m", "pip", "wheel", str(src), "--no-deps", "-v", "-w", str(tmp_path)],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    log = proc.stdout + proc.stderr
    assert "BuildBackendWarning" not in log and "SetuptoolsDeprecationWarning" not in log
    wheel = next(tmp_path.glob("kzprof-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"extractors/vocab/labels.tsv", "extractors/vocab/act_kinds.tsv", "extractors/templates/report.html.j2",
            "extractors/sql/views.sql", "flows/cli.py"} <= names


@pytest.mark.parametrize("argv,code,stream,text", [
    (["--version"], 0, "stdout", "kzprof 0.1.0"),
    (["refresh", "--bogus"], 2, "stderr", "unrecognized arguments: --bogus"),
    (["sql", "SELECT 1", "--curated", "no-such-folder"], 2, "stderr", "folder not found"),
])
def test_the_command_exits_with_mains_code_and_all_its_output(tmp_path, argv, code, stream, text):
    # the command skips the interpreter's teardown at exit: its code and its last lines must survive
    run = subprocess.run([sys.executable, "-m", "flows.cli", *argv], cwd=tmp_path, capture_output=True, text=True,
                         env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert run.returncode == code and text in getattr(run, stream)
