"""How many text values of the gold appear verbatim in the repaired text (dev measure for issue 3)."""
import json, re, sys, unicodedata
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.reading import read_document
from extractors.text import prepare, corpus_lexicon, assemble
from extractors import language

QUOTES = dict.fromkeys(map(ord, "«»“”„‟″"), '"'); DASHES = dict.fromkeys(map(ord, "–—−‒"), "-")
def norm(s, strip_end=True):
    s = unicodedata.normalize("NFC", str(s)).translate(QUOTES).translate(DASHES).replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip(); s = re.sub(r"\s+([,.;:)])", r"\1", s); s = re.sub(r"([(])\s+", r"\1", s)
    if strip_end: s = re.sub(r"[\s.;,:]+$", "", s)
    return s.casefold()

def gold_values(g):
    for c in g.get("occupations", []):
        for f in ("card_title", "name", "qualification_level", "code", "group_code", "education_level_text", "working_conditions"):
            if c.get(f): yield ("card", c["card_no"], f, c[f])
        for a in c.get("alt_names", []): yield ("card", c["card_no"], "alt", a["name"])
        for r in c.get("related_occupations", []): yield ("card", c["card_no"], "related", r["name"])
        for fn in c.get("labor_functions", []):
            yield ("card", c["card_no"], "function", fn["name"])
            for t in fn["tasks"]:
                if t.get("name"): yield ("card", c["card_no"], "task", t["name"])
                for s in t["skills"]: yield ("card", c["card_no"], "skill", s)
                for k in t["knowledge"]: yield ("card", c["card_no"], "knowledge", k)
    for kl in g.get("knowledge_lists", []):
        for i in kl["items"]: yield ("klist", kl["target_unit"], "item", i)

def main():
    root = Path(__file__).resolve().parents[1]
    gold_dir = Path(sys.argv[1] if len(sys.argv) > 1 else root.parent.parent / "shared" / "gold" if not (root.parent / "shared").exists() else root.parent / "shared" / "gold")
    raws = {p.name: read_document(p, root / "raw_docs") for p in sorted((root / "raw_docs").glob("*.txt"))}
    prepared = {n: prepare(r, language.detect(r.text)) for n, r in raws.items()}
    lex = corpus_lexicon(list(prepared.values()), "kk")
    texts = {n: norm(assemble(n, "kk", prepared[n], lex).render(), False) for n in raws}
    total = found = 0
    for gf in sorted(gold_dir.glob("*.json")):
        g = json.loads(gf.read_text())
        t = texts[g["source"]]
        for v in gold_values(g):
            total += 1
            if norm(v[-1]) in t: found += 1
            elif "-v" in sys.argv: print("MISS", gf.name, v[:3], v[-1][:150])
    print(f"gold text values found verbatim: {found}/{total}")

main()
