"""Line-end joins under stress: clean gold text wrapped into a narrow column, then repaired.

    python bench/join_stress.py [--gold DIR] [--seed N] [--rounds K] [--general-only] FILE ...

Every text value of the gold of each act (card cells, list items) is wrapped the way a
narrow table column of a PDF breaks it: lines of a random width of 8 to 30 characters, a
word that does not fit cut at the column's edge with no hyphen (`Әлеуметті` / `к`), and a
line end between two words keeping its space or losing it at random. The wrapped values are
repaired with the lexicon of the act they come from (its own words, as a refresh reads it)
or, with --general-only, with no words of the act at all (the bundled lists and the label
vocabulary alone), and compared with the gold value: a value counts as right when every
gap comes out as in the gold. Fresh random cuts each run unless --seed is given."""
import argparse
import json
import random
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from extractors import language  # noqa: E402
from extractors.reading import RawDocument, read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402

sys.path.insert(0, str(ROOT / "bench"))


def gold_items(g: dict):
    for c in g.get("occupations", []):
        for fn in c.get("labor_functions", []):
            yield fn["name"]
            for t in fn["tasks"]:
                if t.get("name"):
                    yield t["name"]
                yield from t["skills"]
                yield from t["knowledge"]
    for kl in g.get("knowledge_lists", []):
        yield from kl["items"]


def wrap(value: str, rng: random.Random) -> list[str]:
    width = rng.randint(8, 30)
    lines, cur = [], ""
    for word in value.split():
        while word:
            room = width - len(cur) - (1 if cur else 0)
            if len(word) <= room:
                cur = f"{cur} {word}" if cur else word
                word = ""
            elif room >= 3 and len(word) > 4:
                lines.append((f"{cur} " if cur else "") + word[:room])  # cut at the edge: no space
                cur, word = "", word[room:]
            else:
                lines.append(cur + (" " if rng.random() < 0.5 else ""))
                cur = ""
                if not lines[-1].strip():
                    lines.pop()
                    cur, word = word[:width], word[width:]
                    if word:
                        lines.append(cur)
                        cur = ""
    if cur:
        lines.append(cur)
    return lines


def fold(s: str) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s)).strip()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--gold", required=True)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--rounds", type=int, default=1)
    ap.add_argument("--general-only", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    golds = {}
    for gf in sorted(Path(args.gold).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        golds.setdefault(Path(g["source"]).stem, []).extend(gold_items(g))
    right = total = cuts = 0
    for f in map(Path, args.files):
        items = [fold(v) for v in golds.get(f.stem, [])]
        if not items:
            continue
        raw = read_document(f, f.parent)
        lang = language.detect(raw.text)
        own = [] if args.general_only else [prepare(raw, lang)]
        ok = n = 0
        for _ in range(args.rounds):
            wrapped = [wrap(v, rng) for v in items]
            lines = [ln for w in wrapped for ln in [*w, ""]]
            cuts += sum(1 for w in wrapped for a in w[:-1] if not a.endswith(" "))
            fake = RawDocument(Path("wrapped.txt"), "wrapped.txt", "2" * 64, "txt", "utf-8", lines, [None] * len(lines))
            prepared = prepare(fake, lang)
            doc = assemble("wrapped.txt", lang, prepared, corpus_lexicon(own or [prepared[:0]], lang))
            got = [fold(b.text) for b in doc.blocks]
            for value, text, w in zip(items, got, wrapped):
                n += 1
                if text == value:
                    ok += 1
                elif args.v:
                    print(f"  {f.stem}: {text!r}\n  {'gold':>{len(f.stem)}}: {value!r}  <- {w}")
            if len(got) != len(items):
                print(f"{f.name}: {len(got)} blocks for {len(items)} values (a repair merged or split blocks)")
        print(f"{f.name}: {ok}/{n} values joined exactly")
        right, total = right + ok, total + n
    print(f"values joined exactly: {right}/{total} ({right / max(total, 1):.3f}); line ends with no space: {cuts}")


main()
