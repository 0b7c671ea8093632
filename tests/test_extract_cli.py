"""`kzprof extract FILE... --out DIR`: the library alone on given acts, tables in a folder."""
import pyarrow.parquet as pq

from conftest import RAW_DOCS
from flows.cli import main


def test_extract_writes_the_tables_of_the_given_acts(tmp_path, capsys):
    out = tmp_path / "out"
    code = main(["extract", str(RAW_DOCS / "003_a09b313a0596a837.txt"), "--out", str(out)])
    assert code == 0
    docs = pq.read_table(out / "documents.parquet").to_pylist()
    assert [d["source_file"] for d in docs] == ["003_a09b313a0596a837.txt"]
    assert "1 act(s) read, 0 quarantined" in capsys.readouterr().out


def test_extract_names_a_missing_file(tmp_path, capsys):
    code = main(["extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "out")])
    assert code == 2
    assert "nope.txt" in capsys.readouterr().err
