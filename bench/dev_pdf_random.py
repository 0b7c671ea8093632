"""Dev: print the lines the PDF reader gives for a generated act. usage: dev_pdf_random.py SEED LANG LAYOUT [GREP]"""
import random, sys
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import pdf_factory as pf
from roundtrip import as_rendered
from extractors import pipeline
seed, lang, layout = int(sys.argv[1]), sys.argv[2], sys.argv[3]
g = as_rendered(pf.random_act(random.Random(seed), lang, 2, layout))
p = pf.render_act_pdf(g, Path("/tmp/rtdev/x.pdf"), lang=lang, layout=layout, seed=seed)
raw = pipeline.read_one(p, Path("/tmp/rtdev"))
for i, l in enumerate(raw.lines):
    print(f"{i+1:4d} p{raw.pages[i]} {l!r} {raw.layout['joins'].get(i+1)!r}")
