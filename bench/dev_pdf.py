"""Dev: render gold cards to PDF with the test factory, read back, score. usage: dev_pdf.py GOLDFILE LAYOUT SEED [-v] [-t]"""
import sys, json, subprocess
from pathlib import Path
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT)); sys.path.insert(0, str(ROOT / "tests"))
import pyarrow.parquet as pq
import pdf_factory as pf
from extractors import pipeline
name, layout, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
lang = "ru" if "ru" in name else "kk"
g = json.load(open(name))
if not g.get("document"):
    g["document"] = json.load(open(ROOT.parent / "shared/gold/001.cards-1-2.json"))["document"]
for k, c in enumerate(g["occupations"], 1):
    c["card_no"] = k
g["document"]["cards_total"] = len(g["occupations"])
d = Path("/tmp/pdfrt"); d.mkdir(exist_ok=True)
for f in d.glob("*"): f.unlink()
g["document"]["effective_from"] = None  # the factory prints no entry-into-force clause
pf.render_act_pdf(g, d / "act.pdf", lang=lang, layout=layout, seed=seed)
raw = pipeline.read_one(d / "act.pdf", d)
if "-t" in sys.argv:
    print("\n".join(f"{i+1:4d} {l!r} {raw.layout['joins'].get(i+1)!r}" for i, l in enumerate(raw.lines)))
p = pipeline.prepare_one(raw); lex = pipeline.lexicons([p])
r = pipeline.extract_one(p, lex[p.lang])
for w in r.extraction.warnings: print("W", w[:160])
out = Path("/tmp/pdfrt_cur"); out.mkdir(exist_ok=True)
for n, t in pipeline.build_tables([r.extraction]).items(): pq.write_table(t, out / f"{n}.parquet")
json.dump(g, open("/tmp/pdfrt_gold.json", "w"), ensure_ascii=False)
args = [sys.executable, str(ROOT.parent / "shared/tools/score_gold.py"), "--curated", str(out), "--gold", "/tmp/pdfrt_gold.json"] + (["--verbose"] if "-v" in sys.argv else [])
res = subprocess.run(args, capture_output=True, text=True).stdout
print("\n".join(l for l in res.splitlines() if l.startswith(("MISS", "SUMMARY"))))
