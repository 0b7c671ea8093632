"""Round trip over many generated acts: random cards -> PDF -> kzprof -> score.

    python bench/pdf_roundtrip.py [--n 20] [--start 1000] [--lang kk ru] [--layout social health]

Cards the tests never saw (seeds from --start on), rendered the way the tests render.
Prints one SUMMARY per act that is not perfect and the mean of each measure; exits 1
when any act is below the card issue's bar (cards all found, card_fields >= 0.98,
items F1 >= 0.97)."""
import sys

from sweep import arguments, sweep

from roundtrip import roundtrip  # noqa: E402  (tests/, put on the path by sweep)

ap = arguments(__doc__)
ap.add_argument("-v", "--verbose", action="store_true", help="print the scorer's misses")
a = ap.parse_args()
sys.exit(sweep(a, roundtrip, ("functions", "skills", "knowledge")))
