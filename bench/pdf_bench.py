"""Time kzprof's PDF reader against bare pdfplumber on the same PDFs.

    python bench/pdf_bench.py [--generated] [--acts 6] [--cards 3] [--repeat 3] [PDF ...]

Without PDF arguments it reads the development set's PDFs (../shared/devset/pdf, PDFs
other tools made), or, with --generated or without the shared folder, renders --acts
generated acts (tests/pdf_factory.py, both languages and layouts) into a temporary
folder. For every file, in one run and interleaved so that all paths see the same
machine state:

  chars   pdfplumber.open + page.chars on every page (the parse every reader pays)
  bare    pdfplumber.open + page.extract_words() on every page (pdfplumber's defaults)
  reader  extractors.pdf_reading.read_pdf: words from characters, page furniture, ruled
          tables, cross-page joins, line-end decisions (the pipeline's read step for a PDF)
  full    reader + repair + card extraction (for information; the bar is on reader)

Prints the best-of-N times and the ratio reader/bare; exits 1 when it is above 1.5.
"""
import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import pdfplumber  # noqa: E402

from extractors import pipeline  # noqa: E402
from extractors.pdf_reading import read_pdf  # noqa: E402

BAR = 1.5


def chars(path: Path) -> int:
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.chars)
    return n


def bare(path: Path) -> int:
    n = 0
    with pdfplumber.open(path) as pdf:
        for page in pdf.pages:
            n += len(page.extract_words())
    return n


def reader(path: Path) -> int:
    lines, _pages, _layout = read_pdf(path, path.name)
    return len(lines)


def full(path: Path) -> int:
    raw = pipeline.read_one(path, path.parent)
    prepared = pipeline.prepare_one(raw)
    result = pipeline.extract_one(prepared, pipeline.lexicons([prepared])[prepared.lang])
    return len(result.extraction.cards) if result.extraction else 0


def best(fn, path: Path, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(path)
        times.append(time.perf_counter() - t0)
    return min(times)


def generated(folder: Path, acts: int, cards: int) -> list[Path]:
    import pdf_factory as pf

    out = []
    combos = [("kk", "social"), ("kk", "health"), ("ru", "social"), ("ru", "health")]
    for i in range(acts):
        lang, layout = combos[i % len(combos)]
        doc = pf.random_act(random.Random(900 + i), lang, cards, layout)
        out.append(pf.render_act_pdf(doc, folder / f"act{i}_{lang}_{layout}.pdf", lang=lang, layout=layout, seed=900 + i))
    return out


def devset() -> list[Path]:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import DEVSET

    return sorted((DEVSET / "pdf").glob("*.pdf")) if DEVSET else []


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pdfs", nargs="*", type=Path)
    ap.add_argument("--generated", action="store_true", help="time generated acts, not the development set")
    ap.add_argument("--acts", type=int, default=6)
    ap.add_argument("--cards", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=3)
    a = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        files = a.pdfs or (None if a.generated else devset()) or generated(Path(tmp), a.acts, a.cards)
        tot = {"chars": 0.0, "bare": 0.0, "reader": 0.0, "full": 0.0}
        print(f"{'file':32} {'pages':>5} {'chars s':>8} {'bare s':>8} {'reader s':>9} {'ratio':>6} {'full s':>7}")
        for f in files:
            with pdfplumber.open(f) as pdf:
                pages = len(pdf.pages)
            reader(f)  # warm the imports and caches once, outside the clock
            t = {"chars": best(chars, f, a.repeat), "bare": best(bare, f, a.repeat),
                 "reader": best(reader, f, a.repeat), "full": best(full, f, 1)}
            for k in tot:
                tot[k] += t[k]
            print(f"{f.name[:32]:32} {pages:5d} {t['chars']:8.3f} {t['bare']:8.3f} {t['reader']:9.3f} "
                  f"{t['reader'] / t['bare']:6.2f} {t['full']:7.3f}")
        ratio = tot["reader"] / tot["bare"]
        print(f"TOTAL chars={tot['chars']:.2f}s bare={tot['bare']:.2f}s reader={tot['reader']:.2f}s "
              f"full={tot['full']:.2f}s ratio reader/bare={ratio:.2f} reader/chars={tot['reader'] / tot['chars']:.2f} "
              f"(bar {BAR} on reader/bare)")
    return 0 if ratio <= BAR else 1


if __name__ == "__main__":
    sys.exit(main())
