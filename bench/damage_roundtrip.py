"""Round trip over many generated acts: random cards -> damaged text -> kzprof -> score.

    python bench/damage_roundtrip.py [--n 20] [--start 1000] [--lang kk ru] [--layout social health]
                                     [--damage wrap letter_spacing ...] [--cards 2] [-v]

Cards the tests never saw (seeds from --start on), printed as plain text damaged the way
the seed texts are (tests/damage.py; every damage kind unless --damage names some).
Prints one SUMMARY per act that is not perfect (with its page cuts and the scorer's
misses under -v) and the mean of each measure; exits 1 when any act is below the card
issue's bar (cards all found, card_fields >= 0.98, items F1 >= 0.97)."""
import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
import damage as dm  # noqa: E402
import pdf_factory as pf  # noqa: E402
from roundtrip import as_rendered, f1  # noqa: E402

ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
ap.add_argument("--n", type=int, default=20, help="acts per language and layout")
ap.add_argument("--start", type=int, default=1000, help="first seed")
ap.add_argument("--cards", type=int, default=2, help="cards per act")
ap.add_argument("--lang", nargs="+", default=["kk", "ru"])
ap.add_argument("--layout", nargs="+", default=["social", "health"])
ap.add_argument("--damage", nargs="*", default=None, choices=sorted(dm.KINDS),
                help="damage kinds to apply (default: all; give none for clean text)")
ap.add_argument("-v", "--verbose", action="store_true", help="print the page cuts and the scorer's misses")
a = ap.parse_args()
damage = None if a.damage is None else set(a.damage)

totals: dict[str, list[float]] = {}
below = 0
t0 = time.perf_counter()
with tempfile.TemporaryDirectory() as tmp:
    for lang in a.lang:
        for layout in a.layout:
            for seed in range(a.start, a.start + a.n):
                doc = pf.random_act(random.Random(seed), lang, a.cards, layout)
                try:
                    r, _ = dm.roundtrip_text(doc, lang, layout, seed, Path(tmp) / f"{lang}-{layout}-{seed}", damage)
                except AssertionError as exc:
                    print(f"{lang} {layout} seed={seed} BELOW BAR: {exc}")
                    below += 1
                    totals.setdefault("cards", []).append(0.0)
                    continue
                s = r.summary
                found, total = s["cards_found"].split("/")
                vals = {"cards": float(found == total and not s["cards_extra"]), "card_fields": s["card_fields"],
                        **{k: f1(s[k]) for k in ("functions", "tasks", "skills", "knowledge")}}
                for k, v in vals.items():
                    totals.setdefault(k, []).append(v)
                bad = vals["cards"] < 1 or vals["card_fields"] < 0.98 or min(vals[k] for k in ("functions", "skills", "knowledge")) < 0.97
                below += bad
                if min(vals.values()) < 1:
                    print(f"{lang} {layout} seed={seed}{' BELOW BAR' if bad else ''}: {r.line}")
                    if a.verbose:
                        gold = as_rendered(doc)
                        gold["lang"] = lang
                        for c in dm.page_cuts(gold, lang, layout, seed, damage):
                            if c["mid_paragraph"]:
                                print(f"   cut p{c['page']}: {c['cell'][:40]!r} ... {c['before'][-40:]!r} || {c['after'][:40]!r}")
                        print("\n".join("   " + m[:400] for m in r.misses))
n = len(totals.get("cards", []))
print(f"{n} acts in {time.perf_counter() - t0:.0f} s; damage={'all' if damage is None else ','.join(sorted(damage)) or 'none'}; mean "
      + " ".join(f"{k}={sum(v) / len(v):.4f}" for k, v in totals.items()) + f"; below the bar: {below}")
sys.exit(1 if below else 0)
