"""Round trip over many generated acts: random cards -> damaged text -> kzprof -> score.

    python bench/damage_roundtrip.py [--n 20] [--start 1000] [--lang kk ru] [--layout social health]
                                     [--damage wrap letter_spacing ...] [--cards 2] [-v]

Cards the tests never saw (seeds from --start on), printed as plain text damaged the way
the seed texts are (tests/damage.py; every damage kind unless --damage names some).
Prints one SUMMARY per act that is not perfect (with its page cuts and the scorer's
misses under -v) and the mean of each measure; exits 1 when any act is below the card
issue's bar (cards all found, card_fields >= 0.98, items F1 >= 0.97)."""
import sys
from pathlib import Path

from sweep import arguments, sweep

import damage as dm  # noqa: E402  (tests/, put on the path by sweep)
from roundtrip import as_rendered  # noqa: E402

ap = arguments(__doc__)
ap.add_argument("--damage", nargs="*", choices=sorted(dm.KINDS),
                help="damage kinds to apply (default: all; give none for clean text)")
ap.add_argument("-v", "--verbose", action="store_true", help="print the page cuts and the scorer's misses")
a = ap.parse_args()
damage = None if a.damage is None else set(a.damage)


def read(doc, lang, layout, seed, work: Path):
    result, _ = dm.roundtrip_text(doc, lang, layout, seed, work, damage)
    return result


def page_cuts(doc, lang, layout, seed, _result):
    gold = as_rendered(doc)
    gold["lang"] = lang
    for c in dm.page_cuts(gold, lang, layout, seed, damage):
        if c["mid_paragraph"]:
            print(f"   cut p{c['page']}: {c['cell'][:40]!r} ... {c['before'][-40:]!r} || {c['after'][:40]!r}")


label = f" damage={'all' if damage is None else ','.join(sorted(damage)) or 'none'};"
sys.exit(sweep(a, read, ("functions", "tasks", "skills", "knowledge"), page_cuts, label))
