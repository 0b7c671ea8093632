"""Dev: print the segments and the record of one card. usage: dev_card.py DOCPREFIX CARDNO"""
import sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from extractors.reading import read_document
from extractors.text import prepare, document_lexicon, assemble
from extractors.cards import find_cards, CardReader, segment_blocks
root = Path(__file__).resolve().parents[1]
raws = {p.name: read_document(p) for p in sorted((root / "raw_docs").glob("*.txt"))}
prep = {n: prepare(r, "kk") for n, r in raws.items()}
name = [n for n in raws if n.startswith(sys.argv[1])][0]
lex = document_lexicon(prep[name], "kk")  # the act alone, as a refresh reads it
doc = assemble(name, "kk", prep[name], lex)
spans = find_cards(doc)
k = int(sys.argv[2]) - 1
sp = spans[k]
first = (sp.title_block if sp.title_block is not None else sp.start) + 1
segs = segment_blocks(doc.blocks[first:sp.end], "kk", first)
if "-s" in sys.argv:
    for s in segs:
        print(("PB " if s.page_break else "   ") + ("LABEL " + s.field + (f"#{s.number}" if s.number else "") if s.kind == "label" else "TEXT "), s.linenos, repr(s.text[:110]))
from extractors.cards import read_cards
c = read_cards(doc, lex)[k]
for f in ("card_title","code","group_code","name","qualification_level","qualification_requirements_text","education_level_text","personal_competencies","working_conditions","qualification_link"):
    print(f"{f}: {str(getattr(c, f))[:150]!r}")
print("alt:", c.alt_names); print("related:", c.related)
for fn in c.functions:
    print(f"F {fn.kind} {fn.no}: {fn.name!r}  [listed {fn.listed_name!r}]")
    for t in fn.tasks:
        print(f"   T{t.no}: {t.name!r}")
        for i in t.skills: print("      S:", i.text[:110])
        for i in t.knowledge: print("      K:", i.text[:110])
for w in c.warnings: print("WARN", w)
