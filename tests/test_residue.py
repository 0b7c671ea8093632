"""The residue report: what damage is left after repair.

The counting code is specified here on small texts first, then applied to the
five seed acts, which must come out with no letter-spaced run, no displaced
link and no Latin-in-Cyrillic word left. Every text value of the visible gold
that sits in one table cell must be found verbatim in the repaired text.
"""
import json
import re
import unicodedata

import pytest

from extractors.text import PAGE_BREAK_MARK, count_residue
from conftest import GOLD_KK


def test_counting_letter_spaced_runs():
    found = count_residue("мәтін к ө м е к т і ң мәтін\nс о ц\nи в о\nА Б")
    assert found["letter_spaced"] == ["к ө м е к т і ң", "с о ц", "и в о"]
    # a run made only of the language's own one-letter words is not damage
    assert count_residue("и в о", frozenset("ивоа"))["letter_spaced"] == []


def test_counting_displaced_links():
    found = count_residue("Қазақстан Республикасының ;Конституциясы\nтуралы ).заң\nбекітілсін.талаптары\n6.1, 6.2\nт.б.")
    assert found["displaced_link"] == [";Конституциясы", ").заң", "бекітілсін.талаптары"]


def test_counting_latin_in_cyrillic():
    found = count_residue("eңбек 4S09110102 Excel қауiпсiздiгi 6В012")
    assert found["latin_in_cyrillic"] == ["eңбек", "қауiпсiздiгi"]


def test_seed_acts_have_no_residue(seeds):
    for name, doc in seeds.docs.items():
        report = doc.residue()
        assert (report["letter_spaced"], report["displaced_link"], report["latin_in_cyrillic"]) == (0, 0, 0), \
            (name, report["examples"])
        # every undecided join is listed with its raw line
        for u in report["unsettled_joins"]:
            assert u["line"] > 0 and u["chosen"] in ("join", "space")


QUOTES = dict.fromkeys(map(ord, "«»“”„‟″"), '"')
DASHES = dict.fromkeys(map(ord, "–—−‒"), "-")


def fold(s: str, strip_end: bool = True) -> str:
    """The scorer's folding: case, quotes, dashes, white space, trailing separators."""
    s = unicodedata.normalize("NFC", s).translate(QUOTES).translate(DASHES).replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,.;:)])", r"\1", s)
    s = re.sub(r"([(])\s+", r"\1", s)
    if strip_end:
        s = re.sub(r"[\s.;,:]+$", "", s)
    return s.casefold()


def gold_cell_values(g: dict):
    for c in g.get("occupations", []):
        for f in ("card_title", "name", "code", "group_code", "qualification_level", "education_level_text",
                  "working_conditions", "personal_competencies"):
            if c.get(f):
                yield c["card_no"], f, c[f]
        for x in c.get("alt_names", []) + c.get("related_occupations", []):
            yield c["card_no"], "name", x["name"]
        for fn in c.get("labor_functions", []):
            yield c["card_no"], "function", fn["name"]
            for t in fn["tasks"]:
                if t.get("name"):
                    yield c["card_no"], "task", t["name"]
                for item in t["skills"] + t["knowledge"]:
                    yield c["card_no"], "item", item
    for kl in g.get("knowledge_lists", []):
        for item in kl["items"]:
            yield None, "item", item


def split_by_page_break(value: str, blocks: list[str], breaks: set[int], start: int = 0, only: bool = False) -> bool:
    """A value a page break cut: its start ends one block, the rest starts a later block, with
    a page break between them (other cells of the row may be printed in between)."""
    for k in range(start, start + 1 if only else len(blocks)):
        b = blocks[k]
        if only and not b.startswith(value[:3]):
            return False
        for cut in range(3, len(value) - 2):
            head, tail = value[:cut].strip(), value[cut:].strip()
            if not b.endswith(head) or (only and b != head):
                continue
            for j in range(k + 1, min(k + 8, len(blocks))):
                if not any(k < x <= j for x in breaks):
                    continue
                if blocks[j].startswith(tail) or split_by_page_break(tail, blocks, breaks, j, only=True):
                    return True
    return False


@pytest.mark.parametrize("gold_file", sorted(p.name for p in GOLD_KK.glob("*.json")))
def test_gold_cell_values_are_in_the_repaired_text(seeds, gold_file):
    g = json.loads((GOLD_KK / gold_file).read_text(encoding="utf-8"))
    doc = seeds.docs[g["source"]]
    text = fold(doc.render(), strip_end=False)
    blocks = [fold(b.text, strip_end=False) for b in doc.blocks]
    breaks = {k for k, b in enumerate(doc.blocks) if b.page_break_before}
    missing = []
    for card_no, field, value in gold_cell_values(g):
        v = fold(value)
        if v in text:
            continue
        if split_by_page_break(v, blocks, breaks):
            continue  # one cell, printed in two pieces around a page break
        missing.append((card_no, field, value))
    assert not missing, missing


def test_rendered_text_marks_page_breaks(seeds):
    doc, _ = seeds.by_prefix("001")
    assert doc.render().count(PAGE_BREAK_MARK) == sum(1 for b in doc.blocks if b.page_break_before)


# --------------------------------------------------------------------------- kzprof repair


def test_repair_command_prints_the_text_and_traces_it_to_raw_lines(capsys):
    import json
    import re

    from conftest import RAW_DOCS
    from flows.cli import main

    seed = next(RAW_DOCS.glob("001_*.txt"))
    raw_lines = seed.read_text(encoding="utf-8").split("\n")

    assert main(["repair", str(seed)]) == 0
    plain = capsys.readouterr().out.split("\n")
    assert any("Мамандық картасы" in ln for ln in plain)

    assert main(["repair", str(seed), "--trace"]) == 0
    traced = capsys.readouterr().out.split("\n")
    n = next(i for i, ln in enumerate(traced, 1) if "Мамандық картасы" in ln)
    m = re.match(r"^\[(\d+)(?:-(\d+))?\] ", traced[n - 1])
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    # the raw lines behind it hold the same letters, however the extraction cut them
    assert "Мамандықкартасы" in "".join(raw_lines[first - 1:last]).replace(" ", "")

    assert main(["repair", str(seed), "--raw-lines", str(n)]) == 0
    shown = capsys.readouterr().out
    assert f"raw lines {first}-{last}" in shown and raw_lines[first - 1].strip() in shown

    assert main(["repair", str(seed), "--residue"]) == 0
    residue = json.loads(capsys.readouterr().out)
    assert residue["letter_spaced"] == residue["displaced_link"] == residue["latin_in_cyrillic"] == 0
    assert "unsettled_joins" in residue


def test_repair_command_names_a_bad_file(tmp_path, capsys):
    from flows.cli import main

    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["repair", str(tmp_path / "empty.txt")]) == 1
    assert "empty.txt: the file is empty" in capsys.readouterr().err
    assert main(["repair", str(tmp_path / "missing.txt")]) == 1
    assert "missing.txt: cannot read the file" in capsys.readouterr().err
