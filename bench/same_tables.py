"""Are two folders of tables the same, row for row? (An optimisation must not change a byte of output.)

    python bench/same_tables.py BEFORE_DIR AFTER_DIR

Compares every `*.parquet` of both folders: the same tables, the same columns and types, the
same rows in the same order. Prints each difference and exits 1 if there is any.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pyarrow.parquet as pq


def differences(before: Path, after: Path) -> list[str]:
    out = []
    names_a = {p.name for p in before.glob("*.parquet")}
    names_b = {p.name for p in after.glob("*.parquet")}
    out += [f"{n}: only in {before}" for n in sorted(names_a - names_b)]
    out += [f"{n}: only in {after}" for n in sorted(names_b - names_a)]
    for name in sorted(names_a & names_b):
        a, b = pq.read_table(before / name), pq.read_table(after / name)
        if a.schema != b.schema:
            out.append(f"{name}: schemas differ")
            continue
        ra, rb = a.to_pylist(), b.to_pylist()
        if len(ra) != len(rb):
            out.append(f"{name}: {len(ra)} rows against {len(rb)}")
        for k, (x, y) in enumerate(zip(ra, rb)):
            if x != y:
                cols = [c for c in x if x[c] != y[c]]
                out.append(f"{name} row {k}: {', '.join(f'{c}: {x[c]!r} -> {y[c]!r}' for c in cols)}")
    return out


def main(argv: list[str]) -> int:
    before, after = Path(argv[0]), Path(argv[1])
    diffs = differences(before, after)
    for d in diffs[:50]:
        print(d)
    print(f"{before} vs {after}: " + ("identical" if not diffs else f"{len(diffs)} difference(s)"))
    return 1 if diffs else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
