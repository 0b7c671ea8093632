"""The loop the round-trip benchmarks share: generated acts (tests/pdf_factory.py), per
language, layout and seed, read back through kzprof and scored; one SUMMARY per act that is
not perfect, the mean of each measure, exit status 1 when any act is below the card issue's
bar (cards all found, card_fields >= 0.98, functions/skills/knowledge F1 >= 0.97)."""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import pdf_factory as pf  # noqa: E402
from roundtrip import Result, f1  # noqa: E402

BAR_MEASURES = ("functions", "skills", "knowledge")


def arguments(doc: str) -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--n", type=int, default=20, help="acts per language and layout")
    ap.add_argument("--start", type=int, default=None,
                    help="first seed (default: a fresh one each run, printed so a failure can be replayed)")
    ap.add_argument("--cards", type=int, default=2, help="cards per act")
    ap.add_argument("--lang", nargs="+", default=["kk", "ru"])
    ap.add_argument("--layout", nargs="+", default=["social", "health"])
    return ap


def sweep(a: argparse.Namespace, read: Callable[[dict, str, str, int, Path], Result], measures: tuple[str, ...],
          explain: Callable[[dict, str, str, int, Result], None] | None = None, label: str = "") -> int:
    """Runs `read(doc, lang, layout, seed, work)` over the acts `a` names; prints the imperfect
    acts (and, under -v, `explain` for each), then the means. Returns the exit status."""
    if a.start is None:
        a.start = random.SystemRandom().randrange(100_000, 10_000_000)
        print(f"fresh seeds from {a.start} (replay with --start {a.start})")
    totals: dict[str, list[float]] = {}
    below = 0
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for lang in a.lang:
            for layout in a.layout:
                for seed in range(a.start, a.start + a.n):
                    doc = pf.random_act(random.Random(seed), lang, a.cards, layout)
                    try:
                        r = read(doc, lang, layout, seed, Path(tmp) / f"{lang}-{layout}-{seed}")
                    except AssertionError as exc:
                        print(f"{lang} {layout} seed={seed} BELOW BAR: {exc}")
                        below += 1
                        totals.setdefault("cards", []).append(0.0)
                        continue
                    s = r.summary
                    found, total = s["cards_found"].split("/")
                    vals = {"cards": float(found == total and not s["cards_extra"]), "card_fields": s["card_fields"],
                            **{k: f1(s[k]) for k in measures}}
                    for k, v in vals.items():
                        totals.setdefault(k, []).append(v)
                    bad = vals["cards"] < 1 or vals["card_fields"] < 0.98 or min(vals[k] for k in BAR_MEASURES) < 0.97
                    below += bad
                    if min(vals.values()) < 1:
                        print(f"{lang} {layout} seed={seed}{' BELOW BAR' if bad else ''}: {r.line}")
                        if a.verbose:
                            if explain is not None:
                                explain(doc, lang, layout, seed, r)
                            print("\n".join("   " + m[:400] for m in r.misses))
    n = len(totals.get("cards", []))
    print(f"{n} acts in {time.perf_counter() - t0:.0f} s;{label} mean "
          + " ".join(f"{k}={sum(v) / len(v):.4f}" for k, v in totals.items()) + f"; below the bar: {below}")
    return 1 if below else 0
