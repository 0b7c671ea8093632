"""Where the card reader put every piece of one card: `bench/card_trace.py FILE CARD_NO`.

Prints each label and text segment of the card with the cell the best reading gave it
(`('fn', 0)` the first function's name, `('ls', 0, 1, 'skills')` the skills of its second
task, `('v', field)` a two-column row's value, DROP: read as a label's part or a repeat),
then the reader's notes. With `--beam`, the readings the parser kept after every segment.
"""
import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors import card_parse as cp  # noqa: E402
from extractors import pipeline  # noqa: E402
from extractors.cards import find_cards  # noqa: E402
from extractors.segments import segment_blocks  # noqa: E402
from extractors.text import assemble  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("file")
ap.add_argument("card", type=int)
ap.add_argument("--beam", action="store_true")
a = ap.parse_args()
path = Path(a.file)
raw = pipeline.read_one(path, path.parent)
p = pipeline.prepare_one(raw)
lexicon = pipeline.lexicons([p])[p.lang]
doc = assemble(raw.source_file, p.lang, p.lines, lexicon)
span = find_cards(doc)[a.card - 1]
first = (span.title_block if span.title_block is not None else span.start) + 1
segs = segment_blocks(doc.blocks[first:span.end], doc.lang, first)
ctx, best = cp.parse(segs, doc.lang)
where = {i: key for key, idx in best.cells.items() for i in idx}
for i, s in enumerate(ctx.segs):
    page = "==PAGE " if s.page_break else ""
    if s.kind == "label":
        print(f"{i:3d} {page}[{s.field} {s.number or ''}] {s.text}")
    else:
        print(f"{i:3d} {page}   {str(where.get(i, 'DROP')):30s} {s.text[:100]}")
for note in best.notes:
    print("NOTE", note)
if a.beam:
    beam = [cp.State()]
    for i in range(len(segs)):
        grown = sorted((s for st in beam for s in cp.step(ctx, st, i)), key=lambda s: -s.score)
        beam = [s for s in grown if s.score >= grown[0].score - cp.MARGIN][:cp.BEAM]
        print(i, [(round(s.score, 1), [k for k, v in s.cells.items() if i in v]) for s in beam])
