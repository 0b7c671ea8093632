"""An act's tables do not depend on which other acts are read with it.

Each act is repaired with its own words, the label vocabulary and the general dictionaries
(extractors/vocab/README.md), never with another act's words. So an act read alone and the same
act read in a folder of unrelated acts give byte-identical rows in every table keyed by the act
(`doc_id`). What other acts may legitimately change is listed in the README ("What another act
in the folder may change"): an act that repeals or amends it, its other-language version, and
the corpus-wide tables (`legal_refs`, `unit_versions`)."""
import json

import pytest

from conftest import DEVSET, RAW_DOCS, needs_shared
from extractors import pipeline
from flows.cli import main

PER_ACT = ("documents", "occupations", "occupation_alt_names", "related_occupations", "requirements",
           "labor_functions", "tasks", "skills", "knowledge", "amendments")


def _read(files):
    read = [pipeline.read_one(f, f.parent) for f in files]
    prepared = [pipeline.prepare_one(r) for r in read]
    lexicons = pipeline.lexicons(prepared)
    extractions = [r.extraction for r in (pipeline.extract_one(p, lexicons[p.lang]) for p in prepared)]
    pipeline.link_documents(extractions)
    return extractions, pipeline.build_tables(extractions)


def _rows(tables, doc_id: str) -> dict[str, bytes]:
    out = {}
    for name in PER_ACT:
        rows = [r for r in tables[name].to_pylist() if r["doc_id"] == doc_id]
        out[name] = json.dumps(rows, ensure_ascii=False, sort_keys=True, default=str).encode("utf-8")
    return out


@pytest.fixture(scope="module")
def folder():
    files = sorted(RAW_DOCS.glob("*.txt"))
    if DEVSET is not None:
        files += sorted((DEVSET / "txt").glob("*.txt"))
    extractions, tables = _read(files)
    return files, extractions, tables


@needs_shared
@pytest.mark.parametrize("stem", ["001_", "004_", "u03_", "ru_r05"])
def test_an_act_read_alone_and_in_a_folder_of_unrelated_acts_gives_the_same_rows(folder, stem):
    files, extractions, tables = folder
    act = next(f for f in files if f.name.startswith(stem))
    alone, alone_tables = _read([act])
    doc_id = alone[0].document.doc_id
    # unrelated: no other act of the folder amends or repeals it
    assert not any(a.target_doc == doc_id for ex in extractions for a in ex.amendments if ex is not alone[0])
    assert _rows(alone_tables, doc_id) == _rows(tables, doc_id)
    assert alone_tables["skills"].num_rows > 0 or alone_tables["amendments"].num_rows > 0


def _tempting(act_path, residue) -> str:
    """A text that prints, many times, the other reading of every line end the act could not
    settle on its own (`left right` where it joined, `leftright` where it kept a space)."""
    other = [(u["left"] + " " + u["right"]) if u["chosen"] == "join" else (u["left"] + u["right"])
             for u in residue["unsettled_joins"]]
    assert other, f"{act_path.name} settles every line end: nothing to tempt"
    return "\n".join(" ".join(other) + " ." for _ in range(30))


def test_another_act_that_prints_the_other_reading_changes_nothing(tmp_path):
    """The strongest case: beside a file that prints the other reading of the act's unsettled
    line ends, the act's repaired text and rows stay the same."""
    act = next(RAW_DOCS.glob("001_*.txt"))
    (tmp_path / act.name).write_bytes(act.read_bytes())
    alone = pipeline.extract_one(pipeline.prepare_one(pipeline.read_one(tmp_path / act.name, tmp_path)))
    (tmp_path / "other.txt").write_text(_tempting(act, alone.residue), encoding="utf-8")
    prepared = [pipeline.prepare_one(pipeline.read_one(tmp_path / n, tmp_path)) for n in (act.name, "other.txt")]
    lexicons = pipeline.lexicons(prepared)
    beside = pipeline.extract_one(prepared[0], lexicons[prepared[0].lang])
    assert beside.residue == alone.residue
    doc_id = alone.extraction.document.doc_id
    assert _rows(pipeline.build_tables([beside.extraction]), doc_id) == _rows(pipeline.build_tables([alone.extraction]), doc_id)


def test_kzprof_repair_reads_the_act_alone(tmp_path, capsys):
    """`kzprof repair FILE` prints the same text in an empty folder and beside a tempting file."""
    act = next(RAW_DOCS.glob("002_*.txt"))
    (tmp_path / act.name).write_bytes(act.read_bytes())
    assert main(["repair", str(tmp_path / act.name)]) == 0
    alone = capsys.readouterr().out
    assert main(["repair", str(tmp_path / act.name), "--residue"]) == 0
    residue = json.loads(capsys.readouterr().out)
    (tmp_path / "other.txt").write_text(_tempting(act, residue), encoding="utf-8")
    assert main(["repair", str(tmp_path / act.name)]) == 0
    assert capsys.readouterr().out == alone
