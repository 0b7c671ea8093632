"""The `refresh` flow end to end, on Prefect's local ephemeral API (started once per session).

- the seeds publish every contract table, the manifest and the run report;
- a bad-input corpus: every bad file quarantined with its reason, every good file in the
  same run published (Russian cp1251 and UTF-16 included);
- runs that must not publish leave the previous tables byte-identical, and say why:
  nothing readable, a card without functions, a list collapsed into one item, a
  repealed act shown as in force;
- a new amending act dropped into a copy of raw_docs/ shows up as changed units with
  new validity dates;
- the command line's exit codes.
"""
from __future__ import annotations

import codecs
import json
import random
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from conftest import FIXTURES, RAW_DOCS
from extractors import schema

pytestmark = pytest.mark.usefixtures("prefect_harness")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def run_refresh(raw: Path, curated: Path):
    from flows.refresh import refresh

    state = refresh(raw_docs=raw, curated=curated, reports=curated.parent / "reports", return_state=True)
    return state.result(raise_on_failure=False)


def copy_seeds(dst: Path, names=None) -> Path:
    dst.mkdir(parents=True, exist_ok=True)
    for p in sorted(RAW_DOCS.glob("*.txt")):
        if names is None or any(p.name.startswith(n) for n in names):
            shutil.copy(p, dst / p.name)
    return dst


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """One refresh of the bundled seeds into a fresh folder."""
    base = tmp_path_factory.mktemp("flow")
    raw = copy_seeds(base / "raw_docs")
    outcome = run_refresh(raw, base / "curated")
    return base, outcome


def test_seeds_publish_every_contract_table(published):
    base, outcome = published
    assert outcome.published, outcome.message
    curated = base / "curated"
    for name, expected in schema.TABLES.items():
        table = pq.read_table(curated / f"{name}.parquet")
        assert table.schema.equals(expected, check_metadata=False), name
    manifest = json.loads((curated / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["row_counts"]["occupations"] == 16
    assert {i["status"] for i in manifest["inputs"]} == {"published"} and len(manifest["inputs"]) == 5
    assert {q["stage"] for q in manifest["quality"]} == {"raw", "repaired", "structured", "curated"}
    assert manifest["alignment"]["acts_in_both_languages"] == 0 and manifest["alignment"]["note"]
    knowledge = pq.read_table(curated / "knowledge.parquet").to_pandas()
    labour = knowledge[knowledge["ref_key"] == "code.labour"]
    assert len(labour) >= 10 and labour["text"].str.contains("Еңбек кодекс").all()
    refs = pq.read_table(curated / "legal_refs.parquet").to_pandas().set_index("ref_key")
    assert refs.loc["code.labour", "mentions_kk"] == len(labour)
    assert (curated / "_report" / "index.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    from frictionless import validate

    package = validate(str(curated / "datapackage.json"))
    assert package.valid, package.flatten(["type", "note"])[:10]
    latest = (base / "reports" / "LATEST").read_text(encoding="utf-8").strip()
    assert latest == outcome.run_id and (base / "reports" / latest / "index.html").is_file()


# --------------------------------------------------------------------------- bad input


def _bad_corpus(raw: Path, tmp: Path) -> dict[str, str]:
    """Writes the bad files into `raw`; returns file name -> the reason it must be quarantined."""
    import pdf_factory as pf

    (raw / "empty.txt").write_bytes(b"")
    (raw / "noise.bin").write_bytes(random.Random(7).randbytes(20000))
    (raw / "latin1.txt").write_bytes("Résumé des activités: café, naïve, élève, façade. ".encode("latin-1") * 40)
    (raw / "no_header.txt").write_text(
        "Әлеуметтік қызметкер отбасылармен жұмыс істейді.\nБұл мәтінде актінің деректемелері жоқ.\n" * 20,
        encoding="utf-8")
    good_pdf = pf.render_act_pdf(pf.random_act(random.Random(5), "kk", 1, "social"), tmp / "good.pdf", lang="kk", seed=5)
    data = good_pdf.read_bytes()
    (raw / "truncated.pdf").write_bytes(data[: len(data) // 3])
    pf.render_encrypted_pdf(raw / "encrypted.pdf")
    pf.render_scanned_pdf(raw / "scan.pdf")
    seed = sorted(raw.glob("001_*.txt"))[0]
    shutil.copy(seed, raw / "zz_copy_of_001.txt")
    with open(raw / "huge.txt", "wb") as fh:  # a real 50 MB file
        line = ("Қазақстан Республикасы Еңбек кодексі " * 3 + "\n").encode("utf-8")
        fh.write(line * (50 * 2**20 // len(line) + 1))
    return {"empty.txt": "empty", "noise.bin": "binary", "latin1.txt": "encoding", "no_header.txt": "no_act_header",
            "truncated.pdf": "truncated", "encrypted.pdf": "encrypted", "scan.pdf": "no_text_layer",
            "zz_copy_of_001.txt": "duplicate", "huge.txt": "too_large"}


def test_bad_input_is_quarantined_and_good_input_published(published, tmp_path):
    base, _ = published
    curated = tmp_path / "curated"
    shutil.copytree(base / "curated", curated)
    raw = copy_seeds(tmp_path / "raw_docs")
    ru = FIXTURES / "ru"
    (raw / "ru_requirements_cp1251.txt").write_bytes((ru / "ru_000_requirements.txt").read_text(encoding="utf-8").encode("cp1251"))
    (raw / "ru_standard_utf16.txt").write_bytes(codecs.BOM_UTF16_LE + (ru / "ru_004_standard.txt").read_text(encoding="utf-8").encode("utf-16-le"))
    expected = _bad_corpus(raw, tmp_path)

    outcome = run_refresh(raw, curated)

    assert outcome.published, outcome.message
    got = {q.source_file: q.reason for q in outcome.quarantined}
    assert got == expected
    assert outcome.message == f"published with {len(expected)} quarantined"
    for name in expected:  # every refused file is kept, with its reason, for a person to look at
        kept = curated.parent / "quarantine" / outcome.run_id / name
        assert kept.is_file() and (kept.parent / (name + ".reason.txt")).read_text(encoding="utf-8").startswith(expected[name])
    docs = pq.read_table(curated / "documents.parquet").to_pandas()
    assert set(docs["source_file"]) == {p.name for p in RAW_DOCS.glob("*.txt")} | {"ru_requirements_cp1251.txt", "ru_standard_utf16.txt"}
    assert set(docs.loc[docs["lang"] == "ru", "source_file"]) == {"ru_requirements_cp1251.txt", "ru_standard_utf16.txt"}
    manifest = json.loads((curated / "manifest.json").read_text(encoding="utf-8"))
    # the Russian texts of two acts sit beside their Kazakh texts: compared in the same run
    assert manifest["alignment"]["acts_in_both_languages"] == 2
    assert manifest["alignment"]["disagreement_count"] == len(manifest["alignment"]["disagreements"]) > 0
    labels = pq.read_table(curated / "occupation_labels.parquet").to_pandas()
    assert labels["in_ru"].sum() >= 1 and labels.loc[labels["in_ru"], "name_ru"].notna().all()
    refused = {i["source_file"]: i for i in manifest["inputs"] if i["status"] == "quarantined"}
    assert {k: v["reason"] for k, v in refused.items()} == expected
    assert all(name in refused[name]["message"] for name in expected)
    report_html = (curated / "_report" / "index.html").read_text(encoding="utf-8")
    assert all(name in report_html for name in expected)


def test_a_run_with_only_bad_input_publishes_nothing_and_keeps_the_tables(published, tmp_path):
    base, _ = published
    curated = tmp_path / "curated"
    shutil.copytree(base / "curated", curated)
    before = snapshot(curated)
    raw = tmp_path / "raw_docs"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")
    (raw / "noise.bin").write_bytes(random.Random(1).randbytes(5000))

    outcome = run_refresh(raw, curated)

    assert not outcome.published and "no document could be read" in outcome.message
    assert snapshot(curated) == before
    assert (tmp_path / "reports" / outcome.run_id / "index.html").is_file()


# --------------------------------------------------------------------------- quality gates refuse


def _refused(raw: Path, published_base: Path, tmp_path: Path):
    curated = tmp_path / "curated"
    shutil.copytree(published_base / "curated", curated)
    before = snapshot(curated)
    outcome = run_refresh(raw, curated)
    assert not outcome.published, "the refresh published a damaged corpus"
    assert snapshot(curated) == before, "the previous tables changed"
    return outcome


def test_a_card_without_functions_is_refused(published, tmp_path):
    """The health-care standard with the function rows of its second card deleted."""
    base, _ = published
    raw = copy_seeds(tmp_path / "raw_docs", ["004"])
    path = next(raw.glob("004_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.strip() == "2 – қосымша")
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("Еңбек функциялары"))
    end = next(i for i in range(first, len(lines)) if lines[i].startswith("Жеке құзыреттерге"))
    path.write_text("\n".join(lines[:first] + lines[end:]), encoding="utf-8")

    outcome = _refused(raw, base, tmp_path)

    assert "critical check(s) failed" in outcome.message and "functions" in outcome.message
    report = json.loads((tmp_path / "reports" / outcome.run_id / "report.json").read_text(encoding="utf-8"))
    failed = [c for s in report["quality"] for c in s["checks"] if not c["success"] and c["severity"] == "critical"]
    assert any(c["column"] == "functions" and any(r.get("card_no") == 2 for r in c["examples"]) for c in failed)


def test_a_list_collapsed_into_one_item_is_refused(published, tmp_path, monkeypatch):
    """A regression in the list splitter (every list read as one item) must not reach consumers."""
    from dataclasses import replace

    from extractors import card_build

    original = card_build.split_items

    def one_item(acc):
        items = original(acc)
        if len(items) < 2:
            return items
        return [replace(items[0], text=" ".join(f"{k}. {it.text}" for k, it in enumerate(items, 1)))]

    monkeypatch.setattr(card_build, "split_items", one_item)
    base, _ = published
    raw = copy_seeds(tmp_path / "raw_docs", ["001"])

    outcome = _refused(raw, base, tmp_path)

    assert "critical check(s) failed" in outcome.message and "structured/items" in outcome.message


def test_a_repealed_act_shown_in_force_is_refused(published, tmp_path, monkeypatch):
    """The 2018 order carries its repeal note; a regression that reads it as in force is caught
    by the cross-table check (a repeal note exists for an act marked in force)."""
    from extractors import pipeline

    def link_then_forget(extractions):
        original(extractions)
        for ex in extractions:
            if ex.document.status == "repealed":
                ex.document.status = "in_force"

    original = pipeline.link_documents
    monkeypatch.setattr(pipeline, "link_documents", link_then_forget)
    base, _ = published
    raw = copy_seeds(tmp_path / "raw_docs", ["000"])

    outcome = _refused(raw, base, tmp_path)

    assert "critical check(s) failed" in outcome.message and "repeal" in outcome.message


def _boom(*args, **kwargs):
    raise RuntimeError("injected failure")


FAILING_STAGES = {
    # stage -> (module attribute to break, what the run must say)
    "read": ("extractors.pipeline.read_document", "no document could be read"),
    "repair": ("extractors.pipeline.prepare_one", "injected failure"),
    "lexicon": ("extractors.pipeline.lexicons", "injected failure"),
    "extract": ("extractors.pipeline.extract_one", "no document could be read"),
    "tables": ("extractors.pipeline.build_tables", "injected failure"),
    "checks": ("extractors.quality.run_stage", "injected failure"),
    "publish mid-write": ("extractors.publish.write_table", "injected failure"),
}


@pytest.mark.parametrize("stage", list(FAILING_STAGES))
def test_a_run_failing_at_any_stage_keeps_the_previous_tables(stage, published, tmp_path, monkeypatch, capsys):
    """A crash inside any step of a refresh: nothing published, the previous folder byte-identical,
    no staging folder left behind, and the command line says why in one line."""
    import importlib

    from flows.cli import main

    target, said = FAILING_STAGES[stage]
    module, name = target.rsplit(".", 1)
    if stage == "publish mid-write":
        real = getattr(importlib.import_module(module), name)
        calls = []

        def breaking(table, path):
            calls.append(path)
            if len(calls) == 3:
                raise RuntimeError("injected failure")
            real(table, path)

        monkeypatch.setattr(importlib.import_module(module), name, breaking)
    else:
        monkeypatch.setattr(importlib.import_module(module), name, _boom)
    base, _ = published
    curated = tmp_path / "curated"
    shutil.copytree(base / "curated", curated)
    before = snapshot(curated)
    raw = copy_seeds(tmp_path / "raw_docs", ["002"])

    code = main(["refresh", "--raw-docs", str(raw), "--curated", str(curated)])

    assert code == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("kzprof: not published:") and said in err[-1]
    assert snapshot(curated) == before
    assert not list(tmp_path.glob(".curated.staging-*"))


# --------------------------------------------------------------------------- amendments over time


def test_a_new_amending_act_shows_changed_units_and_validity(published, tmp_path):
    base, first = published
    curated = tmp_path / "curated"
    shutil.copytree(base / "curated", curated)
    raw = copy_seeds(tmp_path / "raw_docs")
    shutil.copy(FIXTURES / "kk" / "amending_2025.txt", raw / "amending_2025.txt")

    outcome = run_refresh(raw, curated)

    assert outcome.published, outcome.message
    versions = pq.read_table(curated / "unit_versions.parquet").to_pandas()
    para8 = versions[(versions["target_doc"] == "V1700016057") & (versions["target_unit"] == "8-тармақ")].sort_values("version")
    assert list(para8["version"]) == [1, 2]
    assert str(para8.iloc[0]["valid_to"]) == "2025-03-18" and str(para8.iloc[1]["valid_from"]) == "2025-03-18"
    assert para8.iloc[1]["set_by_act_number"] == "95" and para8.iloc[1]["set_by_doc"] == "V2500035812"
    manifest = json.loads((curated / "manifest.json").read_text(encoding="utf-8"))
    changes = manifest["changes_since_previous"]
    assert changes["documents"]["added"] == 1 and changes["amendments"]["added"] == 2
    assert changes["unit_versions"]["added"] == 2 and changes["unit_versions"]["changed"] == 1
    report = json.loads((tmp_path / "reports" / outcome.run_id / "report.json").read_text(encoding="utf-8"))
    examples = report["diff"]["unit_versions"]["examples"]
    assert {"change": "changed", "key": ["V1700016057", "8-тармақ", "kk", 1]} in examples or \
        any(e["change"] == "changed" and "8-тармақ" in e["key"] for e in examples)


# --------------------------------------------------------------------------- command line


def test_cli_exit_codes(tmp_path, capsys):
    from flows.cli import main

    raw = copy_seeds(tmp_path / "raw_docs", ["002"])
    assert main(["refresh", "--raw-docs", str(raw), "--curated", str(tmp_path / "curated")]) == 0
    assert "published" in capsys.readouterr().out
    (raw / "empty.txt").write_bytes(b"")
    assert main(["refresh", "--raw-docs", str(raw), "--curated", str(tmp_path / "curated"), "--strict"]) == 3
    out = capsys.readouterr().out
    assert "published with 1 quarantined" in out and "quarantined empty.txt: empty.txt: the file is empty" in out
    assert main(["refresh", "--raw-docs", str(tmp_path / "missing"), "--curated", str(tmp_path / "c2")]) == 2
    assert "raw documents folder not found" in capsys.readouterr().err
    (raw / "002_copy.txt").unlink(missing_ok=True)
    empty_only = tmp_path / "only_bad"
    empty_only.mkdir()
    (empty_only / "empty.txt").write_bytes(b"")
    assert main(["refresh", "--raw-docs", str(empty_only), "--curated", str(tmp_path / "curated")]) == 1
    assert "not published: no document could be read" in capsys.readouterr().err


# --------------------------------------------------------------------------- the data dictionary


def test_the_data_dictionary_examples_run_on_a_published_folder(published, monkeypatch, capsys):
    """Every pandas and DuckDB example of curated/README.md runs against real published tables (the
    DuckDB ones with the views of `kzprof sql`), and every published table is documented there."""
    import re

    from conftest import ROOT
    from extractors import sqlviews

    base, _ = published
    readme = (ROOT / "curated" / "README.md").read_text(encoding="utf-8")
    for name in schema.TABLES:
        assert re.search(rf"^## {name}\b", readme, re.M), f"{name} is not in curated/README.md"
    monkeypatch.chdir(base)
    python = re.findall(r"```python\n(.*?)```", readme, re.S)
    sql = re.findall(r"```sql\n(.*?)```", readme, re.S)
    assert python and sql
    for block in python:
        exec(compile(block, "curated/README.md", "exec"), {})
    con = sqlviews.connect(base / "curated")
    for block in sql:
        for statement in [s for s in block.split(";") if "SELECT" in s]:
            assert con.execute(statement).fetchall() is not None
    assert "Трудовой кодекс Республики Казахстан" in capsys.readouterr().out
