"""How well the repair joined the words a narrow column cut, measured against a gold folder.

    python bench/gold_in_text.py [--gold DIR] [--together] [-v] [FILE ...]
    (default: the seeds of raw_docs/ against ../shared/gold)

Two measures, both independent of the card reader:
- gold text values (card cells, list items, amendment wordings) found verbatim in the
  repaired text (after the scorer's folding of case, quotes, dashes and spaces);
- gold words missing: the words of the gold values that the repaired text never prints
  as a word (a wrong join or a wrong split leaves one missing);
and the line-end decisions the vocabulary could not settle (the `--residue` count).
Each act is read alone (as `kzprof repair FILE` does); `--together` reads all the acts of a
language as one corpus, for code that still learns a lexicon from the folder."""
import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402

QUOTES = dict.fromkeys(map(ord, "«»“”„‟″"), '"')
DASHES = dict.fromkeys(map(ord, "–—−‒"), "-")


def norm(s, strip_end=True):
    s = unicodedata.normalize("NFC", str(s)).translate(QUOTES).translate(DASHES).replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s).strip()
    s = re.sub(r"\s+([,.;:)])", r"\1", s)
    s = re.sub(r"([(])\s+", r"\1", s)
    if strip_end:
        s = re.sub(r"[\s.;,:]+$", "", s)
    return s.casefold()


def gold_values(g):
    for c in g.get("occupations", []):
        for f in ("card_title", "name", "qualification_level", "code", "group_code", "education_level_text",
                  "working_conditions"):
            if c.get(f):
                yield ("card", c["card_no"], f, c[f])
        for a in c.get("alt_names", []):
            yield ("card", c["card_no"], "alt", a["name"])
        for r in c.get("related_occupations", []):
            yield ("card", c["card_no"], "related", r["name"])
        for fn in c.get("labor_functions", []):
            yield ("card", c["card_no"], "function", fn["name"])
            for t in fn["tasks"]:
                if t.get("name"):
                    yield ("card", c["card_no"], "task", t["name"])
                for s in t["skills"]:
                    yield ("card", c["card_no"], "skill", s)
                for k in t["knowledge"]:
                    yield ("card", c["card_no"], "knowledge", k)
    for kl in g.get("knowledge_lists", []):
        for i in kl["items"]:
            yield ("klist", kl["target_unit"], "item", i)
    for a in g.get("amendments", []):
        if a.get("text"):
            yield ("amendment", a.get("target_unit"), "text", a["text"])


def boundaries(s: str) -> tuple[str, set[int]]:
    """A text without its spaces, and the positions in it that a space preceded."""
    letters, spaced = [], set()
    for ch in s:
        if ch == " ":
            spaced.add(len(letters))
        else:
            letters.append(ch)
    return "".join(letters), spaced


def spacing_errors(value: str, text_ns: str, text_spaced: set[int]) -> tuple[int, int] | None:
    """(wrong joins, wrong splits) of the best place the value's letters occur in the text, None if nowhere."""
    v_ns, v_spaced = boundaries(value)
    best = None
    start = text_ns.find(v_ns)
    while start >= 0 and v_ns:
        inside = {i - start for i in text_spaced if start < i < start + len(v_ns)}
        errs = (len(v_spaced - inside), len(inside - v_spaced))
        if best is None or sum(errs) < sum(best):
            best = errs
        start = text_ns.find(v_ns, start + 1)
    return best


def repaired_texts(files: list[Path], together: bool) -> dict[str, tuple[str, int]]:
    """source name -> (folded repaired text, unsettled joins)."""
    raws = {p.name: read_document(p, p.parent) for p in files}
    langs = {n: language.detect(r.text) for n, r in raws.items()}
    prepared = {n: prepare(r, langs[n]) for n, r in raws.items()}
    out = {}
    for n in raws:
        corpus = [prepared[m] for m in raws if langs[m] == langs[n]] if together else [prepared[n]]
        doc = assemble(n, langs[n], prepared[n], corpus_lexicon(corpus, langs[n]))
        out[n] = (norm(doc.render(), False), len(doc.unsettled))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*")
    ap.add_argument("--gold", default=str(ROOT.parent / "shared" / "gold") if (ROOT.parent / "shared").is_dir()
                    else "/work/shared/gold")
    ap.add_argument("--together", action="store_true")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    files = [Path(f) for f in args.files] or sorted((ROOT / "raw_docs").glob("*.txt"))
    texts = repaired_texts(files, args.together)
    stems = {Path(n).stem: n for n in texts}
    total = found = words_total = words_missing = located = bad_joins = bad_splits = 0
    for gf in sorted(Path(args.gold).glob("*.json")):
        g = json.loads(gf.read_text(encoding="utf-8"))
        name = stems.get(Path(g["source"]).stem)
        if name is None:
            continue
        text = texts[name][0]
        printed = set(re.findall(r"\w+", text))
        text_ns, text_spaced = boundaries(text)
        missing = set()
        for v in gold_values(g):
            total += 1
            if norm(v[-1]) in text:
                found += 1
            elif args.v:
                print("MISS", gf.name, v[:3], v[-1][:150])
            errs = spacing_errors(norm(v[-1]), text_ns, text_spaced)
            if errs is not None:
                located += 1
                bad_joins += errs[0]
                bad_splits += errs[1]
                if args.v and sum(errs):
                    print("SPACING", gf.name, v[:3], errs, v[-1][:150])
            missing.update(w for w in re.findall(r"\w+", norm(v[-1])) if w not in printed)
        gold_words = {w for v in gold_values(g) for w in re.findall(r"\w+", norm(v[-1]))}
        words_total += len(gold_words)
        words_missing += len(missing)
        print(f"{name}: unsettled joins {texts[name][1]}, gold words missing {sorted(missing)[:30]}")
    print(f"gold text values found verbatim: {found}/{total}; gold words missing from the text: "
          f"{words_missing}/{words_total}; in {located} values located by their letters: {bad_joins} words "
          f"wrongly joined, {bad_splits} wrongly split; unsettled joins: {sum(u for _, u in texts.values())}")


main()
