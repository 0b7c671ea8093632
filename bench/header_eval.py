"""Headers of real acts, read by the real reader: how many are read as acts, how many fields right.

    python bench/header_eval.py --cases FILE.jsonl [--misses] [--only FIELD]

FILE holds one case a line: {"url", "language", "text", "truth": {field: value}}; `text` is the
act's opening as a saved page or copied text presents it (title, status word, act line,
registration, notes, the first lines of the body). Each case is written to a file and read as
any act is (`read_and_prepare` -> `extract_one`); a field missing from `truth` is not scored,
a field set to null must be read as empty. Dates are ISO strings. The cases are third-party text:
keep them outside the project.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.pipeline import extract_one, read_and_prepare  # noqa: E402
from extractors.vocabulary import vocabulary  # noqa: E402

FIELDS = ["title", "act_type", "issuer", "act_number", "act_date", "registration_number",
          "registration_date", "status", "repealed_by_act_number", "repealed_by_act_date"]
EXTRA = ["doc_id"]  # reported, not part of the header score
# text repair writes the language's own letter for a Latin look-alike (`өзгерiс` -> `өзгеріс`); a
# title or issuer that differs from the page only so is counted right, and the count shown apart
TEXT_FIELDS = {"title", "issuer"}


def _norm(value):
    if value is None:
        return None
    value = value.isoformat() if hasattr(value, "isoformat") else str(value)
    return " ".join(value.split()) or None


def _fold(value, lang: str):
    if value is None:
        return None
    table = dict(vocabulary(lang).pairs("homoglyphs"))
    return "".join(table.get(c, c) for c in value)


def wrapped(text: str, width: int) -> str:
    """The text as a PDF's text layer or a narrow window gives it: every line broken at `width`."""
    import textwrap
    return "\n".join(part for line in text.split("\n")
                     for part in (textwrap.wrap(line, width, break_long_words=False) or [""]))


def read_case(case: dict, folder: Path, k: int, wrap: int = 0):
    path = folder / f"case{k:03d}.txt"
    path.write_text((wrapped(case["text"], wrap) if wrap else case["text"]) + "\n", encoding="utf-8")
    prepared = read_and_prepare(path, folder)
    if not hasattr(prepared, "lang"):
        return None, None
    result = extract_one(prepared)
    return prepared.lang, (result.extraction.document if result.extraction else None)


def evaluate(cases: list[dict], wrap: int = 0) -> dict:
    right, total, misses, read, langs, letters = Counter(), Counter(), [], 0, Counter(), Counter()
    with tempfile.TemporaryDirectory() as tmp:
        for k, case in enumerate(cases):
            lang, rec = read_case(case, Path(tmp), k, wrap)
            langs[lang == case["language"]] += 1
            read += rec is not None
            if rec is None:
                misses.append((case, "not read as an act", None, None))
            for field in FIELDS + EXTRA:
                if field not in case["truth"]:
                    continue
                want = _norm(case["truth"][field])
                got = _norm(getattr(rec, field, None)) if rec else None
                total[field] += 1
                if got == want:
                    right[field] += 1
                elif field in TEXT_FIELDS and _fold(got, case["language"]) == _fold(want, case["language"]):
                    right[field] += 1
                    letters[field] += 1
                elif rec is not None:
                    misses.append((case, field, want, got))
    return {"cases": len(cases), "read": read, "right": right, "total": total, "misses": misses,
            "lang_ok": langs[True], "letters": letters}


def report(res: dict, show_misses: bool, only: str | None) -> None:
    n = res["cases"]
    print(f"cases {n}, language detected right {res['lang_ok']}/{n}")
    print(f"read as acts: {res['read']}/{n} = {res['read'] / n:.1%}")
    header = [f for f in FIELDS if res["total"][f]]
    r = sum(res["right"][f] for f in header)
    t = sum(res["total"][f] for f in header)
    print(f"header fields right: {r}/{t} = {r / t:.1%}")
    for f in FIELDS + EXTRA:
        if res["total"][f]:
            note = f"  ({res['letters'][f]} only by a look-alike letter)" if res["letters"][f] else ""
            print(f"  {f:24s} {res['right'][f]:3d}/{res['total'][f]:3d} = {res['right'][f] / res['total'][f]:.1%}{note}")
    if show_misses:
        for case, field, want, got in res["misses"]:
            if only and field != only:
                continue
            print(f"- [{case['language']}] {case['url']}\n    {field}: want {want!r}\n    {'':{len(field)}}  got  {got!r}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", required=True, type=Path)
    ap.add_argument("--misses", action="store_true", help="list every miss")
    ap.add_argument("--only", help="list the misses of this field only")
    ap.add_argument("--lang", help="only the cases of this language")
    ap.add_argument("--wrap", type=int, default=0, help="break every line at this width first")
    args = ap.parse_args(argv)
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    if args.lang:
        cases = [c for c in cases if c["language"] == args.lang]
    report(evaluate(cases, args.wrap), args.misses or bool(args.only), args.only)


if __name__ == "__main__":
    main()
