"""Round trip over many generated acts: random cards -> PDF -> kzprof -> score.

    python bench/pdf_roundtrip.py [--n 20] [--start 1000] [--lang kk ru] [--layout social health]

Cards the tests never saw (seeds from --start on), rendered the way the tests render.
Prints one SUMMARY per act that is not perfect and the mean of each measure; exits 1
when any act is below the card issue's bar (cards all found, card_fields >= 0.98,
items F1 >= 0.97)."""
import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import pdf_factory as pf  # noqa: E402
from roundtrip import f1, roundtrip  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--n", type=int, default=20, help="acts per language and layout")
ap.add_argument("--start", type=int, default=1000, help="first seed")
ap.add_argument("--cards", type=int, default=2, help="cards per act")
ap.add_argument("--lang", nargs="+", default=["kk", "ru"])
ap.add_argument("--layout", nargs="+", default=["social", "health"])
ap.add_argument("-v", "--verbose", action="store_true", help="print the scorer's misses")
a = ap.parse_args()

totals: dict[str, list[float]] = {}
below = 0
t0 = time.perf_counter()
with tempfile.TemporaryDirectory() as tmp:
    for lang in a.lang:
        for layout in a.layout:
            for seed in range(a.start, a.start + a.n):
                doc = pf.random_act(random.Random(seed), lang, a.cards, layout)
                try:
                    r = roundtrip(doc, lang, layout, seed, Path(tmp) / f"{lang}-{layout}-{seed}")
                except AssertionError as exc:
                    print(f"{lang} {layout} seed={seed} BELOW BAR: {exc}")
                    below += 1
                    totals.setdefault("cards", []).append(0.0)
                    continue
                s = r.summary
                found, total = s["cards_found"].split("/")
                vals = {"cards": float(found == total and not s["cards_extra"]), "card_fields": s["card_fields"],
                        **{k: f1(s[k]) for k in ("functions", "skills", "knowledge")}}
                for k, v in vals.items():
                    totals.setdefault(k, []).append(v)
                bad = vals["cards"] < 1 or vals["card_fields"] < 0.98 or min(vals[k] for k in ("functions", "skills", "knowledge")) < 0.97
                below += bad
                if min(vals.values()) < 1:
                    print(f"{lang} {layout} seed={seed}{' BELOW BAR' if bad else ''}: {r.line}")
                    if a.verbose:
                        print("\n".join("   " + m[:400] for m in r.misses))
n = len(totals.get("cards", []))
print(f"{n} acts in {time.perf_counter() - t0:.0f} s; mean " + " ".join(f"{k}={sum(v) / len(v):.4f}" for k, v in totals.items())
      + f"; below the bar: {below}")
sys.exit(1 if below else 0)
