"""PDFs other tools made (../shared/devset/pdf: three acts, two table styles each), each read
alone and scored against its own gold.

What the PDF reader owes the card reader is asserted exactly: every word of the cards is a
word of the act (no letter-spaced word left apart, no cut word left in two, no two words
glued), no page break inside a card table (a table over pages is one table, a cut row one
row), every skill and knowledge item read. The card measures are asserted at the card bar,
or, for a PDF the card reader still reads below it, at what it reaches (`BELOW_BAR`, why).
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
from extractors.vocabulary import vocabulary

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
    """Every word the act prints: its gold, its text edition (prose the gold does not hold), the
    row labels of the cards."""
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    text = (DEVSET / "txt" / (path.name.split(".")[0] + ".txt")).read_text(encoding="utf-8")
    vocab = vocabulary(gold["lang"])
    labels = " ".join(form for key in vocab.entries for form in vocab.forms(key))
    found = re.findall(r"[^\W\d_]+", json.dumps(gold, ensure_ascii=False) + " " + text + " " + labels)
    return {w.casefold() for w in found}


def test_every_word_of_the_cards_is_a_word_of_the_act(act):
    path, doc, _ = act
    known = _act_words(path)
    text = " ".join(b.text for s in find_cards(doc) for b in doc.blocks[s.start:s.end])
    odd = [w for w in re.findall(r"[^\W\d_]+", text) if w.casefold() not in known]
    assert text and odd == []


def test_no_page_break_inside_a_card_table(act):
    path, doc, _ = act
    spans = find_cards(doc)
    gold = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    assert len(spans) == len(gold["occupations"])
    inside = [b for s in spans for b in doc.blocks[s.start + 1:s.end]]
    assert not [b.text for b in inside if b.page_break_before]


def test_all_cards_read_exactly(act):
    """Every devset PDF is read at 1.000 on every card measure (the card bar is 0.98 for card
    fields, 0.97 for lists): a regression fails. (u03 a's third card prints its education level
    as `... кәсіптік орта)` / `білім`, the cell's last line the word alone: that is no knowledge
    label, a one-word label ending a line opens with a capital.)"""
    path, _, s = act
    found, total = s["cards_found"].split("/")
    assert found == total and s["cards_extra"] == 0, s["SUMMARY"]
    assert s["card_fields"] == 1.0, s["SUMMARY"]
    for key in ("functions", "tasks", "skills", "knowledge", "alt_names"):
        assert f1(s[key]) == 1.0, (key, s["SUMMARY"])


def recall(s: str) -> float:
    return float(re.search(r"R=([\d.]+)", s).group(1))


def test_every_skill_and_knowledge_item_read(act):
    _, _, s = act
    assert recall(s["skills_any_task"]) == 1.0 and recall(s["knowledge_any_task"]) == 1.0, s["SUMMARY"]
    assert f1(s["related"]) == 1.0 and f1(s["requirements"]) == 1.0, s["SUMMARY"]
