"""PDFs other tools made (../shared/devset/pdf: three acts, two table styles each), each read
alone and scored against its own gold.

What the PDF reader owes the card reader is asserted exactly: every word of the repaired
text is a word of the act (no letter-spaced word left apart, no cut word left in two, no
two words glued), and no page break inside a card table (a table over pages is one table,
a cut row one row). The card measures are asserted at what the readers reach today; the
skills, knowledge and task scores wait on the card reader (an unnumbered task label after
a task of the same function opens the next function there; numbered-from-one additional
functions are read as mandatory), which reads the same blocks from the text path alike.
"""
import json
import re
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

from conftest import DEVSET, SCORER, needs_shared
from extractors import pipeline
from extractors.cards import find_cards
from extractors.text import assemble
from extractors.vocabulary import base_words

pytestmark = needs_shared
PDFS = sorted((DEVSET / "pdf").glob("*.pdf")) if DEVSET else []


@pytest.fixture(scope="module", params=PDFS, ids=lambda p: p.stem)
def act(request, tmp_path_factory):
    path = request.param
    raw = pipeline.read_one(path, path.parent)
    prepared = pipeline.prepare_one(raw)
    lexicon = pipeline.lexicons([prepared])[prepared.lang]
    doc = assemble(raw.source_file, prepared.lang, prepared.lines, lexicon)
    result = pipeline.extract_one(prepared, lexicon)
    out = tmp_path_factory.mktemp(path.stem)
    for name, table in pipeline.build_tables([result.extraction]).items():
        pq.write_table(table, out / f"{name}.parquet")
    report = out / "score.json"
    proc = subprocess.run([sys.executable, str(SCORER), "--curated", str(out), "--gold", str(path.with_suffix(".json")),
                           "--json", str(report)], capture_output=True, text=True, check=True)
    summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
    summary["SUMMARY"] = proc.stdout.strip().splitlines()[-1]
    return path, doc, summary


def f1(s: str) -> float:
    return float(re.search(r"F1=([\d.]+)", s).group(1))


def _act_words(path) -> set[str]:
    """Every word the act prints: its gold, its text edition (prose the gold does not hold)."""
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = (DEVSET / "txt" / (path.name.split(".")[0] + ".txt")).read_text(encoding="utf-8")
    found = re.findall(r"[^\W\d_]+", json.dumps(gold, ensure_ascii=False) + " " + text)
    return {w.casefold() for w in found} | set(base_words(gold["lang"]))


def test_every_word_is_a_word_of_the_act(act):
    path, doc, _ = act
    known = _act_words(path)
    odd = [w for w in re.findall(r"[^\W\d_]+", doc.render()) if w.casefold() not in known]
    assert odd == []


def test_no_page_break_inside_a_card_table(act):
    path, doc, _ = act
    spans = find_cards(doc)
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(spans) == len(gold["occupations"])
    inside = [b for s in spans for b in doc.blocks[s.start + 1:s.end]]
    assert not [b.text for b in inside if b.page_break_before]


def test_all_cards_and_their_fields(act):
    path, _, s = act
    found, total = s["cards_found"].split("/")
    assert found == total and s["cards_extra"] == 0, s["SUMMARY"]
    assert s["card_fields"] >= 0.96, s["SUMMARY"]


def test_every_skill_and_knowledge_item_read(act):
    _, _, s = act
    assert f1(s["skills_any_task"]) >= 0.95 and f1(s["knowledge_any_task"]) >= 0.96, s["SUMMARY"]
    assert f1(s["related"]) == 1.0 and f1(s["requirements"]) == 1.0, s["SUMMARY"]
