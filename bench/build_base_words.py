"""Rebuild extractors/vocab/words_{kk,ru}.txt: the words the project's own texts show whole, with counts.

    python bench/build_base_words.py [FOLDER ...]   (default: raw_docs tests/fixtures/ru)

A word counts only where the text shows it whole (a certain boundary on both sides, see
`joining.reliable_words`), so a cut fragment never becomes vocabulary. The list lets the
line-end join decisions work on a document that arrives alone (`kzprof repair FILE`, a
new PDF in an empty folder) as well as inside the bundled corpus."""
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from extractors import language  # noqa: E402
from extractors.joining import reliable_words  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.text import prepare  # noqa: E402
from extractors.vocabulary import VOCAB_DIR  # noqa: E402

folders = [Path(a) for a in sys.argv[1:]] or [ROOT / "raw_docs", ROOT / "tests" / "fixtures" / "ru"]
counts: dict[str, Counter] = {"kk": Counter(), "ru": Counter()}
for folder in folders:
    for path in sorted(folder.glob("*.txt")):
        raw = read_document(path, folder)
        lang = language.detect(raw.text)
        counts[lang].update(reliable_words(prepare(raw, lang)))
for lang, c in counts.items():
    out = VOCAB_DIR / f"words_{lang}.txt"
    words = sorted((w, n) for w, n in c.items() if len(w) >= 2 or n >= 3)
    out.write_text("# word<TAB>times the project's texts show it whole; rebuilt by bench/build_base_words.py\n"
                   + "\n".join(f"{w}\t{n}" for w, n in words) + "\n", encoding="utf-8")
    print(f"{out.relative_to(ROOT)}: {len(words)} words, {sum(n for _, n in words)} occurrences")
