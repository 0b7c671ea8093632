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
import errno
import json
import os
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


def run_refresh(raw: Path, curated: Path, **options):
    from flows.refresh import refresh

    state = refresh(raw_docs=raw, curated=curated, reports=curated.parent / "reports", return_state=True, **options)
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
        reason = (kept.parent / (name + ".reason.txt")).read_text(encoding="utf-8")
        assert reason.startswith(expected[name])
        # ... except a large one, named by its fingerprint instead of copied on every run
        assert kept.is_file() == (name != "huge.txt")
    huge = (curated.parent / "quarantine" / outcome.run_id / "huge.txt.reason.txt").read_text(encoding="utf-8")
    assert "not copied: 50.0 MB" in huge and f"sha256: {_sha256(raw / 'huge.txt')}" in huge
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


def _sha256(path: Path) -> str:
    import hashlib

    return hashlib.sha256(path.read_bytes()).hexdigest()


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


def _refused(raw: Path, published_base: Path, tmp_path: Path, **options):
    """Under --strict (all or nothing, as before issue 15) a failed critical check refuses the run."""
    curated = tmp_path / "curated"
    shutil.copytree(published_base / "curated", curated)
    before = snapshot(curated)
    outcome = run_refresh(raw, curated, strict=True, **options)
    assert not outcome.published, "the refresh published a damaged corpus"
    assert snapshot(curated) == before, "the previous tables changed"
    return outcome


def test_a_card_without_functions_quarantines_its_act_or_under_strict_refuses_the_run(published, tmp_path):
    """The health-care standard with the function rows of its second card deleted, beside a good
    act: the standard is quarantined with the name of the check and the good act is published;
    under --strict the whole run is refused, as before."""
    base, _ = published
    raw = copy_seeds(tmp_path / "raw_docs", ["002", "004"])
    path = next(raw.glob("004_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.strip() == "2 – қосымша")
    first = next(i for i in range(start, len(lines)) if lines[i].startswith("Еңбек функциялары"))
    end = next(i for i in range(first, len(lines)) if lines[i].startswith("Жеке құзыреттерге"))
    path.write_text("\n".join(lines[:first] + lines[end:]), encoding="utf-8")
    alone = tmp_path / "alone" / "curated"
    shutil.copytree(base / "curated", alone)

    isolated = run_refresh(raw, alone)

    assert isolated.published, isolated.message
    assert [(q.source_file, q.reason) for q in isolated.quarantined] == [(path.name, "failed_checks")]
    assert "structured/cards: expect_column_values_to_be_between[functions]" in isolated.quarantined[0].message
    docs = pq.read_table(alone / "documents.parquet").to_pandas()
    assert list(docs["source_file"]) == [next(raw.glob("002_*.txt")).name]

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

    def one_item(acc, *args, **kwargs):
        items = original(acc, *args, **kwargs)
        if len(items) < 2:
            return items
        return [replace(items[0], text=" ".join(f"{k}. {it.text}" for k, it in enumerate(items, 1)))]

    monkeypatch.setattr(card_build, "split_items", one_item)
    base, _ = published
    raw = copy_seeds(tmp_path / "raw_docs", ["001"])

    outcome = _refused(raw, base, tmp_path, workers=0)  # in this process: the patch applies

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


def _disk_full(*args, **kwargs):
    # simulates ENOSPC from the file system while a table is written
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


FAILING_STAGES = {
    # stage -> (module attribute to break, what the run must say; a document's own failure
    # quarantines it, so a corpus of one says that nothing could be read)
    "read": ("extractors.pipeline.read_document", "no document could be read"),
    "repair": ("extractors.pipeline.prepare_one", "no document could be read"),
    "lexicon": ("extractors.pipeline.general_lexicon", "no document could be read"),
    "extract": ("extractors.pipeline.extract_one", "no document could be read"),
    "tables": ("extractors.pipeline.build_tables", "injected failure"),
    "checks": ("extractors.quality.run_stages", "injected failure"),
    "publish mid-write": ("extractors.publish.write_table", "injected failure"),
    "disk full": ("extractors.publish.write_table", "No space left on device"),
}


@pytest.mark.parametrize("stage", list(FAILING_STAGES))
def test_a_run_failing_at_any_stage_keeps_the_previous_tables(stage, published, tmp_path, monkeypatch, capsys):
    """A crash inside any step of a refresh: nothing published, the previous folder byte-identical,
    no staging folder left behind, the command line says why in one line, and the run's report
    is written all the same. The documents' work runs in this process (`--workers 0`) so that
    the injected failure reaches it."""
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
        monkeypatch.setattr(importlib.import_module(module), name, _disk_full if stage == "disk full" else _boom)
    base, _ = published
    curated = tmp_path / "curated"
    shutil.copytree(base / "curated", curated)
    before = snapshot(curated)
    raw = copy_seeds(tmp_path / "raw_docs", ["002"])

    code = main(["refresh", "--raw-docs", str(raw), "--curated", str(curated), "--workers", "0"])

    assert code == 1
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert err[-1].startswith("kzprof: not published:") and said in err[-1]
    if stage in ("read", "repair", "lexicon", "extract"):
        assert "quarantined 002_55cac4631cca8db6.txt: 002_55cac4631cca8db6.txt: the reader failed " \
               "(RuntimeError: injected failure)" in captured.out
    if stage == "disk full":  # an OS error names the file it concerns
        assert f"{tmp_path}/.curated.staging-" in err[-1] and "documents.parquet" in err[-1]
    assert snapshot(curated) == before
    assert not list(tmp_path.glob(".curated.staging-*"))
    reports = list((tmp_path / "reports").glob("*/report.json"))
    assert len(reports) == 1
    outcome = json.loads(reports[0].read_text(encoding="utf-8"))["outcome"]
    assert outcome.startswith("not published:" if "no document" in said else "failed:") and said in outcome


# --------------------------------------------------------------------------- amendments over time


def test_a_new_amending_act_shows_changed_units_and_validity(published, tmp_path):
    """Only the new act is read (the others' results are kept from the first run, cache/ beside
    curated/); what depends on it across acts (the versions of the units it amends) is new."""
    base, first = published
    curated = tmp_path / "curated"
    shutil.copytree(base / "curated", curated)
    shutil.copytree(base / "cache", tmp_path / "cache")
    raw = copy_seeds(tmp_path / "raw_docs")
    shutil.copy(FIXTURES / "kk" / "amending_2025.txt", raw / "amending_2025.txt")

    outcome = run_refresh(raw, curated)

    assert outcome.published, outcome.message
    timings = json.loads((tmp_path / "reports" / outcome.run_id / "report.json").read_text(encoding="utf-8"))["timings"]
    assert (timings["documents"], timings["kept"], timings["read"]) == (6, 5, 1)
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
            assert con.execute(statement).fetchall(), f"no rows: {statement}"
    assert "Трудовой кодекс Республики Казахстан" in capsys.readouterr().out


# --------------------------------------------------------------------------- issue 15: hostile input


def _card_copied_twice(raw: Path) -> None:
    """004 with its first occupation card printed again as a seventh appendix."""
    path = next(raw.glob("004_*.txt"))
    lines = path.read_text(encoding="utf-8").split("\n")
    start = next(i for i, ln in enumerate(lines) if ln.strip() == "1 – қосымша")
    end = next(i for i, ln in enumerate(lines) if ln.strip() == "2 – қосымша")
    path.write_text("\n".join(lines + ["", "7 – қосымша"] + lines[start + 1:end]), encoding="utf-8")


@pytest.fixture(scope="module")
def hostile(published, tmp_path_factory):
    """One run over the seeds with: an act given another act's registration, an act whose card is
    printed twice, empty files of one name in two folders, and paths that must not be read (a
    dot-file that holds a valid act, a FIFO, a dangling link, a link to a file outside)."""
    base, _ = published
    tmp = tmp_path_factory.mktemp("hostile")
    curated = tmp / "curated"
    shutil.copytree(base / "curated", curated)
    raw = copy_seeds(tmp / "raw_docs")
    order_002 = next(raw.glob("002_*.txt")).read_text(encoding="utf-8")
    (raw / "000_impostor.txt").write_text(order_002.replace("№ 32744 болып", "№ 32943 болып"), encoding="utf-8")
    _card_copied_twice(raw)
    for folder in ("a", "b"):
        (raw / "sub" / folder).mkdir(parents=True)
        (raw / "sub" / folder / "x.txt").write_bytes(b"")
    shutil.copy(next(raw.glob("003_*.txt")), raw / "..txt")
    os.mkfifo(raw / "pipe.txt")
    (raw / "gone.txt").symlink_to(tmp / "nothing.txt")
    (tmp / "secret.txt").write_text("root:x:0:0:secret", encoding="utf-8")
    (raw / "passwd.txt").symlink_to(tmp / "secret.txt")
    outcome = run_refresh(raw, curated)
    return tmp, curated, outcome


def test_a_hostile_corpus_publishes_the_good_acts_and_names_every_other_file(hostile):
    tmp, curated, outcome = hostile
    assert outcome.published, outcome.message
    docs = pq.read_table(curated / "documents.parquet").to_pandas()
    assert sorted(docs["source_file"]) == sorted(p.name for p in RAW_DOCS.glob("00[023]_*.txt"))
    got = {q.source_file: q.reason for q in outcome.quarantined}
    assert got == {"000_impostor.txt": "conflicting_identity", next(RAW_DOCS.glob("001_*.txt")).name: "conflicting_identity",
                   next(RAW_DOCS.glob("004_*.txt")).name: "failed_checks", "sub/a/x.txt": "empty", "sub/b/x.txt": "empty"}
    assert {s.source_file: s.reason for s in outcome.skipped} == {
        "..txt": "hidden", "pipe.txt": "not_regular", "gone.txt": "dangling_link", "passwd.txt": "symlink_outside"}
    report = json.loads((tmp / "reports" / outcome.run_id / "report.json").read_text(encoding="utf-8"))
    named = {i["source_file"]: i["status"] for i in report["inputs"]}
    assert set(named) == set(got) | {s.source_file for s in outcome.skipped} | set(docs["source_file"])
    html = (tmp / "reports" / outcome.run_id / "index.html").read_text(encoding="utf-8")
    assert all(name in html for name in named)


def test_two_acts_claiming_one_registration_are_both_held_back_in_a_refresh(hostile):
    _, curated, outcome = hostile
    q = {q.source_file: q.message for q in outcome.quarantined}
    genuine = next(RAW_DOCS.glob("001_*.txt")).name
    for name in ("000_impostor.txt", genuine):
        assert "V2300032943" in q[name] and "000_impostor.txt (№ 210" in q[name] and f"{genuine} (№ 262" in q[name]
    docs = pq.read_table(curated / "documents.parquet").to_pandas()
    assert "V2300032943" not in set(docs["doc_id"])


def test_a_malformed_act_is_quarantined_by_itself(hostile):
    tmp, curated, outcome = hostile
    name = next(RAW_DOCS.glob("004_*.txt")).name
    message = next(q.message for q in outcome.quarantined if q.source_file == name)
    assert message == f"{name}: failed critical checks: curated/occupations: expect_column_values_to_be_unique[_unique_1]"
    occupations = pq.read_table(curated / "occupations.parquet").to_pandas()
    assert "V2300033325" not in set(occupations["doc_id"])  # the duplicated card is not published


def test_refused_files_keep_their_paths_and_nothing_outside_is_copied(hostile):
    tmp, _, outcome = hostile
    kept = tmp / "quarantine" / outcome.run_id
    assert (kept / "sub" / "a" / "x.txt").is_file() and (kept / "sub" / "b" / "x.txt").is_file()
    assert (kept / "sub" / "a" / "x.txt.reason.txt").read_text(encoding="utf-8").startswith("empty\nsub/a/x.txt:")
    assert not any("secret" in p.read_bytes().decode("utf-8", "replace") for p in kept.rglob("*") if p.is_file())
    assert not (kept / "passwd.txt").exists() and not (kept / "pipe.txt").exists()


def test_a_document_over_its_time_budget_is_stopped_and_old_runs_are_pruned(hostile):
    """A text of 20,000 lines of letters set apart by spaces (under every size limit: each line is a
    choice among many ways to join its letters into words) needs minutes; with an 8 s budget it
    is stopped and quarantined as too_slow while the act beside it is published. The run keeps
    one run folder (`keep_runs=1`): the hostile run's folders are removed."""
    tmp, curated, first = hostile
    raw = copy_seeds(tmp / "raw_slow", ["002"])
    letters = "абвгдежзиклмнопрстуфхцшыэюяәіңғүұқөһ"
    pick = random.Random(0).choice
    lines = (" ".join(pick(letters) for _ in range(30)) for _ in range(20_000))
    (raw / "slow.txt").write_text("\n".join(lines), encoding="utf-8")

    outcome = run_refresh(raw, curated, doc_timeout=8, keep_runs=1)

    assert outcome.published, outcome.message
    assert [(q.source_file, q.reason) for q in outcome.quarantined] == [("slow.txt", "too_slow")]
    assert outcome.quarantined[0].message == "slow.txt: not done within its 8 s budget for one document " \
                                             "(--doc-timeout); stopped"
    assert [p.name for p in (tmp / "reports").iterdir() if p.is_dir()] == [outcome.run_id]
    assert [p.name for p in (tmp / "quarantine").iterdir()] == [outcome.run_id]


def test_the_command_line_refuses_to_start_before_prefect(published, tmp_path, monkeypatch, capsys):
    """A held lock, a read-only target and a file given as the input folder end with exit 2 and
    the path, without starting Prefect (the flow is replaced by one that fails if called)."""
    import subprocess
    import sys
    import textwrap
    import time

    import flows.refresh
    from conftest import ROOT
    from extractors import publish
    from flows.cli import main

    def never(*args, **kwargs):
        raise AssertionError("Prefect's flow was started")

    monkeypatch.setattr(flows.refresh, "refresh", never)
    raw = copy_seeds(tmp_path / "raw_docs", ["002"])
    curated = tmp_path / "curated"
    hold = textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from extractors.publish import refresh_lock
        with refresh_lock({str(curated)!r}):
            print("locked", flush=True)
            time.sleep(60)
    """)
    proc = subprocess.Popen([sys.executable, "-c", hold], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "locked"
        start = time.monotonic()
        assert main(["refresh", "--raw-docs", str(raw), "--curated", str(curated)]) == 2
        assert time.monotonic() - start < 5
        err = capsys.readouterr().err
        assert f"pid {proc.pid}" in err and str(tmp_path / ".curated.lock") in err
    finally:
        proc.kill()
        proc.wait()

    def read_only(folder):
        # simulates the EROFS of a read-only file system (permission bits do not stop root)
        raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(folder))

    monkeypatch.setattr(publish, "_touch", read_only)
    assert main(["refresh", "--raw-docs", str(raw), "--curated", str(tmp_path / "ro" / "curated")]) == 2
    assert f"cannot write to {tmp_path / 'ro'}" in capsys.readouterr().err
    monkeypatch.undo()
    monkeypatch.setattr(flows.refresh, "refresh", never)
    a_file = tmp_path / "not_a_folder.txt"
    a_file.write_text("x", encoding="utf-8")
    assert main(["refresh", "--raw-docs", str(a_file), "--curated", str(curated)]) == 2
    assert f"--raw-docs must be a folder, but {a_file} is a file" in capsys.readouterr().err
