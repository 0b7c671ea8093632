"""Dev loop: extract the raw docs into a scratch folder and score it against the gold."""
import subprocess, sys, time
from pathlib import Path
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pyarrow.parquet as pq
from extractors.reading import read_document
from extractors.text import prepare, document_lexicon, assemble
from extractors.extract import extract_document
from extractors.tables import rows_of, merge_rows, to_tables
from extractors import language

root = Path(__file__).resolve().parents[1]
out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/curated_dev"); out.mkdir(parents=True, exist_ok=True)
t0 = time.time()
raws = {p.name: read_document(p, root / "raw_docs") for p in sorted((root / "raw_docs").glob("*.txt"))}
langs = {n: language.detect(r.text) for n, r in raws.items()}
prep = {n: prepare(r, langs[n]) for n, r in raws.items()}
lex = {n: document_lexicon(prep[n], langs[n]) for n in raws}  # each act alone, as a refresh reads it
parts = []
for n, r in raws.items():
    doc = assemble(n, langs[n], prep[n], lex[n])
    ex = extract_document(doc, r, lex[n])
    for w in ex.warnings: print("WARN", n[:3], w)
    parts.append(rows_of(ex))
for name, t in to_tables(merge_rows(parts)).items():
    pq.write_table(t, out / f"{name}.parquet")
print(f"extracted in {time.time()-t0:.1f}s")
gold = root.parent / "shared" / "gold"
args = [sys.executable, str(root.parent / "shared" / "tools" / "score_gold.py"), "--curated", str(out), "--gold", str(gold)] + sys.argv[2:]
subprocess.run(args)
