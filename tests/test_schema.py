"""One schema, and everything a consumer reads derived from it: the Parquet files (required
columns non-nullable, descriptions and keys in their metadata), the Frictionless Data Package
the publish step writes (valid, a key and a parent for every table), the curated checks, the
data dictionary and the DuckDB views; and the columns added for analysts (act_kind, short_name,
level, sublevel, the ordinals that key requirements and amendments)."""
from __future__ import annotations

import json
import re
import shutil

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from conftest import DEVSET, ROOT, needs_shared
from extractors import act_kinds, datadict, quality, schema, sqlviews
from extractors.records import Amendment, Card, DocumentRecord, Extraction, Requirement
from extractors.tables import level_parts, to_table

# --------------------------------------------------------------------------- Data Package


def test_the_datapackage_gives_every_table_a_key_and_a_parent(seed_folder):
    package = json.loads((seed_folder / "datapackage.json").read_text(encoding="utf-8"))
    resources = {r["name"]: r for r in package["resources"]}
    assert set(resources) == set(schema.TABLES)
    referenced = {fk["reference"]["resource"] for r in resources.values() for fk in r["schema"].get("foreignKeys", [])}
    for name, r in resources.items():
        assert r["path"] == f"{name}.parquet" and (seed_folder / r["path"]).is_file()
        assert r["schema"]["primaryKey"] == list(schema.KEYS[name]), name
        fks = r["schema"].get("foreignKeys", [])
        if name == "documents":
            assert not fks and name in referenced  # the root: every act's rows hang from it
        elif name == "legal_refs":
            assert name in referenced  # the catalogue knowledge items point into
        else:
            parent, cols = schema.PARENTS[name]
            assert {"fields": list(cols), "reference": {"resource": parent, "fields": list(cols)}} in fks, name
        assert all(f.get("description") for f in r["schema"]["fields"]), name
    knowledge = resources["knowledge"]["schema"]
    assert knowledge["primaryKey"] == ["doc_id", "lang", "card_no", "function_kind", "function_no", "task_no",
                                       "target_doc", "target_unit", "ordinal"]
    kind = next(f for f in resources["documents"]["schema"]["fields"] if f["name"] == "act_kind")
    assert kind["constraints"] == {"required": True, "enum": list(schema.ACT_KINDS)}


def test_frictionless_validates_the_published_folder(seed_folder):
    from frictionless import validate

    report = validate(str(seed_folder / "datapackage.json"))

    assert report.valid, report.flatten(["type", "note"])[:10]


def test_frictionless_finds_a_duplicate_key_and_an_orphan(seed_folder, tmp_path):
    """The package's keys are real constraints: a repeated skill and a task without its function fail."""
    from frictionless import validate

    broken = tmp_path / "curated"
    shutil.copytree(seed_folder, broken)
    skills = pq.read_table(broken / "skills.parquet")
    pq.write_table(pa.concat_tables([skills, skills.slice(0, 1)]), broken / "skills.parquet")
    functions = pq.read_table(broken / "labor_functions.parquet")
    pq.write_table(functions.slice(1), broken / "labor_functions.parquet")

    errors = validate(str(broken / "datapackage.json")).flatten(["type"])

    assert ["primary-key"] in errors and ["foreign-key"] in errors


# --------------------------------------------------------------------------- Parquet files


def test_parquet_files_carry_descriptions_keys_and_non_nullable_required_columns(seed_folder):
    skills = pq.read_schema(seed_folder / "skills.parquet")
    assert skills.metadata[b"description"].decode() == schema.SPEC["skills"].description
    assert json.loads(skills.metadata[b"kzprof.primary_key"]) == list(schema.KEYS["skills"])
    assert json.loads(skills.metadata[b"kzprof.parent"]) == {"table": "tasks", "columns": list(schema.PARENTS["skills"][1])}
    assert skills.field("text").metadata[b"description"] == b"the skill"
    occupations = pq.read_schema(seed_folder / "occupations.parquet")
    assert not occupations.field("doc_id").nullable and not occupations.field("card_no").nullable
    assert not occupations.field("name").nullable
    assert occupations.field("code").nullable and occupations.field("sublevel").nullable
    knowledge = pq.read_schema(seed_folder / "knowledge.parquet")
    assert knowledge.field("card_no").nullable and not knowledge.field("ordinal").nullable


def test_a_row_missing_a_required_value_is_named_by_the_checks_not_a_crash():
    """An occupation without its name: the table is built (nullable), the check names the card."""
    doc = {"doc_id": "V2300099999", "lang": "kk", "title": "t", "status": "in_force", "source_file": "a.txt",
           "source_sha256": "0" * 64, "source_format": "txt", "act_kind": "standard"}
    tables = {name: to_table(name, []) for name in schema.TABLES}
    tables["documents"] = to_table("documents", [doc])
    tables["occupations"] = to_table("occupations", [{"doc_id": "V2300099999", "lang": "kk", "card_no": 1},
                                                     {"doc_id": "V2300099999", "lang": "kk", "card_no": 2, "name": "n"}])
    assert tables["occupations"].schema.field("name").nullable
    assert not tables["documents"].schema.field("title").nullable

    result = quality.run_stage("curated", quality.curated_frames(tables))

    failed = [c for c in result.critical_failures if c.frame == "occupations"]
    assert [(c.expectation, c.column) for c in failed] == [("expect_column_values_to_not_be_null", "name")]
    assert failed[0].examples[0]["card_no"] == 1 and failed[0].examples[0]["doc_id"] == "V2300099999"


def test_an_act_that_comes_into_force_later_is_published_and_a_future_act_date_only_reported():
    """An order published now often takes effect on the first of next year: no check refuses it.
    An act or registration date after the day of the run is a misprint or a misread date: the
    checks report it (a warning), and the act is published as it prints it."""
    import datetime as dt

    today = dt.date.today()
    base = {"lang": "ru", "title": "t", "status": "in_force", "source_file": "a.txt",
            "source_sha256": "0" * 64, "source_format": "txt", "act_kind": "standard",
            "act_date": today - dt.timedelta(days=30), "registration_date": today - dt.timedelta(days=20)}
    later = dict(base, doc_id="V2300099998", effective_from=today + dt.timedelta(days=90))
    misdated = dict(base, doc_id="V2300099997", source_file="b.txt", act_date=today + dt.timedelta(days=400))
    tables = {name: to_table(name, []) for name in schema.TABLES}
    tables["documents"] = to_table("documents", [later, misdated])

    result = quality.run_stage("curated", quality.curated_frames(tables))

    assert not [c for c in result.critical_failures if c.frame == "documents"]
    future = [c for c in result.warnings if c.column == "_dates_not_future"]
    assert len(future) == 1 and [e["doc_id"] for e in future[0].examples] == ["V2300099997"]


def test_every_text_value_is_published_with_its_spaces_made_one_and_an_empty_one_as_null():
    """Whatever Python's str.split() splits at (tabs, no-break and thin spaces, line and file
    separators), a run of it is one space; a value of spaces only is no value."""
    texts = ["  Әлеуметтік \t қызметкер ", "a\xa0\u2009b\u3000", "\x1c\x85c\u2028", " ", "", None, "a\u200bb"]
    rows = [{"doc_id": "V1", "lang": "kk", "card_no": 1, "name": t, "qualification_level": " 4 .1 "} for t in texts]

    table = to_table("occupations", rows)

    assert table.column("name").to_pylist() == ["Әлеуметтік қызметкер", "a b", "c", None, None, None, "a\u200bb"]
    assert table.column("qualification_level").to_pylist() == ["4 .1"] * len(texts)
    assert rows[0]["name"] == "  Әлеуметтік \t қызметкер "  # the caller's rows are left as they were


def test_the_checks_key_a_row_by_its_values_as_text_whatever_the_column_holds():
    import pandas as pd

    df = pd.DataFrame({"doc_id": pd.Series(["V1", None, "V3"], dtype="str"), "n": [1, 2, 3],
                       "card_no": [1.0, None, 2.5]})
    assert quality._row_keys(df, ["doc_id", "n", "card_no"]) == [("V1", "1", "1"), ("", "2", ""), ("V3", "3", "2.5")]


# --------------------------------------------------------------------------- checks and dictionary


def test_the_curated_checks_are_derived_from_the_schema():
    for name, spec in schema.SPEC.items():
        generated = quality.schema_expectations(name)
        got = {(e["type"], e["kwargs"]["column"]): e["kwargs"] for e in generated}
        assert got[("expect_column_values_to_be_unique", "_key")] == {"column": "_key"}
        assert f"key: {', '.join(spec.key)}" in generated[0]["meta"]["notes"]
        for c in spec.columns:
            assert (("expect_column_values_to_not_be_null", c.name) in got) == c.required, (name, c.name)
            if c.enum:
                assert got[("expect_column_values_to_be_in_set", c.name)]["value_set"] == list(c.enum)
        assert (("expect_column_values_to_be_in_set", "_has_parent") in got) == (spec.parent is not None)


def test_the_suites_in_git_hold_only_what_the_schema_cannot_say():
    """knowledge.json once claimed the key `doc_id, lang, ordinal`; keys, required columns, allowed values
    and patterns now come from schema.py alone."""
    for path in sorted((ROOT / "expectations" / "curated").glob("*.json")):
        suite = json.loads(path.read_text(encoding="utf-8"))
        generated = {(e["type"], e["kwargs"]["column"]) for e in quality.schema_expectations(path.stem)}
        for e in suite["expectations"]:
            assert (e["type"], e["kwargs"].get("column")) not in generated, (path.name, e)
            assert "key:" not in json.dumps(e.get("meta", {})), (path.name, e)


def test_the_seed_tables_are_keyed_and_every_row_has_its_parent(seed_tables):
    frames = quality.curated_frames(seed_tables)
    for name, cols in schema.KEYS.items():
        assert frames[name]["_key"].is_unique, name
    for name in schema.PARENTS:
        assert frames[name]["_has_parent"].all(), name
    for name, links in schema.REFERENCES.items():
        for _, target, _ in links:
            assert frames[name][f"_ref_{target}"].all(), (name, target)


def test_the_data_dictionary_is_written_from_the_schema():
    assert datadict.current() == datadict.markdown(), "run `python -m extractors.datadict`"
    readme = (ROOT / "curated" / "README.md").read_text(encoding="utf-8")
    for name, spec in schema.SPEC.items():
        section = readme[readme.index(f"## {name}"):]
        section = section[: section.index("\n## ", 1)]
        assert f"Key `({', '.join(spec.key)})`" in section
        assert all(f"| {c.name} |" in section for c in spec.columns)


# --------------------------------------------------------------------------- added columns


@pytest.mark.parametrize("printed, parts", [
    ("4", (4, None)), ("4.1", (4, 1)), ("6.3", (6, 3)), ("6-7", (6, None)), ("6 - 7", (6, None)),
    ("5.1-5.2", (5, None)), (None, (None, None)), ("екі", (None, None)),
])
def test_a_printed_level_becomes_level_and_sublevel(printed, parts):
    assert level_parts(printed) == parts


def test_levels_are_numbers_beside_the_printed_text(seed_tables):
    occ = seed_tables["occupations"].to_pandas()
    assert set(zip(occ.qualification_level, occ.level, occ.sublevel.fillna(0).astype(int))) >= {
        ("4.1", 4, 1), ("6", 6, 0)}
    labels = seed_tables["occupation_labels"].to_pandas()
    assert labels["level"].notna().all()


def _extraction(title: str, lang: str = "kk", **parts) -> Extraction:
    return Extraction(DocumentRecord("V2300000001", lang, title=title), **parts)


def _change(operation: str) -> Amendment:
    return Amendment("change", "V2200000002", None, operation, None, None)


def _requirement() -> Requirement:
    return Requirement(None, "1", "p", None, None, "higher", [], None, None, "t")


@pytest.mark.parametrize("extraction, kind", [
    (_extraction("Кәсіптік стандартты бекіту туралы", cards=[Card(1)]), "standard"),
    (_extraction("О внесении изменений в приказ", "ru", amendments=[_change("replace")]), "amending_order"),
    # an approving order that also repeals the acts it replaces is not an amending order
    (_extraction("Аттестаттау қағидаларын бекіту туралы", amendments=[_change("repeal")]), "rules"),
    (_extraction("Об утверждении Правил аттестации", "ru", requirements=[_requirement()]), "rules"),
    (_extraction("Біліктілік талаптарын бекіту туралы", requirements=[_requirement()]), "qualification_requirements"),
    (_extraction("Об утверждении перечня", "ru"), "other"),
])
def test_the_kind_of_an_act_comes_from_what_was_read(extraction, kind):
    assert act_kinds.act_kind(extraction) == kind


def test_a_short_name():
    assert act_kinds.short_name('Об утверждении профессионального стандарта «Социальная работа»', "standard",
                                "ru") == "Социальная работа"
    assert act_kinds.short_name("Аттестаттау қағидасын бекіту туралы", "rules", "kk") == "Аттестаттау қағидасын"
    assert act_kinds.short_name("О внесении изменений в приказ Министра № 5", "amending_order", "ru") == \
        "Приказ Министра № 5"
    long = act_kinds.short_name("Об утверждении " + "очень длинного названия " * 20, "other", "ru")
    assert len(long) <= act_kinds.SHORT_NAME_MAX and long.endswith("…")


def test_the_seed_acts_by_kind(seed_tables):
    docs = seed_tables["documents"].to_pandas().set_index("doc_id")
    assert docs["act_kind"].to_dict() == {
        "V1800017383": "qualification_requirements", "V2300032943": "standard", "V2300032744": "rules",
        "V2200029880": "amending_order", "V2300033325": "standard"}
    assert docs.loc["V2300033325", "short_name"] == "Денсаулық сақтау саласындағы әлеуметтік жұмыскер"


@needs_shared
def test_the_devset_acts_by_kind(tmp_path):
    from extractors.quick import extract_files

    extract_files(sorted((DEVSET / "txt").glob("*.txt")), tmp_path, log=lambda m: None)
    docs = pq.read_table(tmp_path / "documents.parquet").to_pandas().set_index("doc_id")
    assert docs["act_kind"].to_dict() == {"V2500035811": "standard", "V2500036294": "amending_order",
                                          "V2500035789": "standard", "V2500036912": "standard"}
    assert docs.loc["V2500035811", "short_name"] == "Социальное обслуживание и социальная реабилитация"


def test_requirements_and_amendments_are_keyed_by_their_order_in_the_act(seed_tables):
    for name in ("requirements", "amendments"):
        t = seed_tables[name].to_pandas()
        for _, group in t.groupby(["doc_id", "lang"]):
            assert list(group["ordinal"]) == list(range(1, len(group) + 1)), name
    amendments = {(a["doc_id"], a["lang"], a["ordinal"]): a for a in seed_tables["amendments"].to_pylist()}
    versions = seed_tables["unit_versions"].to_pylist()
    assert versions
    for v in versions:
        a = amendments[(v["doc_id"], v["lang"], v["amendment_ordinal"])]
        assert (a["target_doc"], a["target_unit"] or "(whole act)") == (v["target_doc"], v["target_unit"])


# --------------------------------------------------------------------------- DuckDB views


def test_the_views_join_the_tables_the_way_analysts_ask(seed_folder, seed_tables):
    con = sqlviews.connect(seed_folder)
    card = ("V2300032943", "kk", 2)
    items = con.execute("SELECT item_kind, count(*) FROM occupation_items WHERE doc_id = ? AND lang = ? AND "
                        "card_no = ? GROUP BY ALL", list(card)).fetchall()
    skills = seed_tables["skills"].to_pandas()
    knowledge = seed_tables["knowledge"].to_pandas()
    of_card = lambda df: df[(df.doc_id == card[0]) & (df.lang == card[1]) & (df.card_no == card[2])]  # noqa: E731
    assert dict(items) == {"skill": len(of_card(skills)), "knowledge": len(of_card(knowledge))}
    level, occupation = con.execute("SELECT DISTINCT level, occupation FROM occupation_items WHERE doc_id = ? AND "
                                    "lang = ? AND card_no = ?", list(card)).fetchone()
    occ = seed_tables["occupations"].to_pandas()
    row = of_card(occ).iloc[0]
    assert (level, occupation) == (row.level, row["name"])
    assert con.execute("SELECT count(*) FROM requirements_by_position").fetchone()[0] == \
        seed_tables["requirements"].num_rows
    assert con.execute("SELECT sum(cards) FROM acts").fetchone()[0] == occ.shape[0]


def test_the_state_of_a_unit_on_a_day():
    """Two versions of one paragraph: the day picks the one in force, and the current view the last."""
    import datetime as dt
    import tempfile
    from pathlib import Path

    folder = Path(tempfile.mkdtemp()) / "curated"
    folder.mkdir()
    rows = [{"target_doc": "V1700016057", "target_unit": "8-тармақ", "version": 1, "valid_from": dt.date(2020, 1, 1),
             "valid_to": dt.date(2025, 3, 18), "text": "old", "lang": "kk", "valid_from_basis": "effective_from",
             "doc_id": "V2000000001", "amendment_ordinal": 1},
            {"target_doc": "V1700016057", "target_unit": "8-тармақ", "version": 2, "valid_from": dt.date(2025, 3, 18),
             "valid_to": None, "text": "new", "lang": "kk", "valid_from_basis": "effective_from",
             "doc_id": "V2500000002", "amendment_ordinal": 1}]
    for name in schema.TABLES:
        pq.write_table(to_table(name, rows if name == "unit_versions" else []), folder / f"{name}.parquet")
    con = sqlviews.connect(folder)
    on = lambda day: con.execute("SELECT text FROM unit_state_at(?::DATE)", [day]).fetchall()  # noqa: E731
    assert on("2024-12-31") == [("old",)] and on("2025-03-18") == [("new",)] and on("2019-01-01") == []
    assert con.execute("SELECT version FROM unit_current").fetchall() == [(2,)]


def test_every_question_of_the_data_dictionary_is_answered(seed_folder, monkeypatch):
    """Each SQL example of curated/README.md runs, on the views or the Parquet files, and returns rows."""
    readme = (ROOT / "curated" / "README.md").read_text(encoding="utf-8")
    monkeypatch.chdir(seed_folder.parent)
    con = sqlviews.connect(seed_folder)
    blocks = re.findall(r"```sql\n(.*?)```", readme, re.S)
    statements = [s.strip() for block in blocks for s in block.split(";") if "SELECT" in s]
    assert len(statements) >= 10
    for statement in statements:
        assert con.execute(statement).fetchall(), statement
    views = {name for name, _, _ in sqlviews.statements()}
    assert all(v in readme for v in views)
