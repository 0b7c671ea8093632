"""The ruling of a PDF table beyond its drawn lines: borders a typesetter left out, and the
parts a table is printed in.

- A border left out: when a table goes on over a page break inside a merged cell and
  repeats its header row on the new page, some typesetters draw the column rules
  from the foot of the header row down but no rule under the header itself. A column
  rule that begins inside the table where no crossing rule is drawn still says a row
  ends there; the rule is put back, from the nearest rule crossing that
  height on the left to the nearest on the right, so the header row is a row of its own.
- Parts: a table split over pages (or split twice on one page) is stroked as one outer
  rectangle per part. The parts are told apart by those rectangles: where one ends and
  the next begins on the same page, the table goes on (and the next part may repeat the
  header row, which is furniture like the one at the top of a page).
- An outer border left out: a key-value table printed with horizontal rules only (no
  vertical lines) and shaded label cells is found as the column of its shaded cells alone;
  its rules run on past that column to the table's real edge. Where every rule of the table
  runs on to one same point, a vertical border is put back there, so the value column
  is inside the table.
"""
from __future__ import annotations

TOL = 1.0


def _crosses(e: dict, y: float) -> bool:
    return e["top"] < y - TOL and e["bottom"] > y + TOL


def _drawn_across(hs: list[dict], x: float, y: float) -> bool:
    return any(abs(h["top"] - y) <= TOL and h["x0"] - TOL <= x <= h["x1"] + TOL for h in hs)


def implied_rules(edges: list[dict], bboxes: list[tuple]) -> list[dict]:
    """Horizontal rules the column rules of the tables (`bboxes`) imply but nobody drew."""
    hs = [e for e in edges if e["orientation"] == "h"]
    vs = [e for e in edges if e["orientation"] == "v"]
    return [rule for bbox in bboxes for rule in _implied_in(bbox, hs, vs)]


def open_sides(edges: list[dict], bboxes: list[tuple]) -> list[dict]:
    """Vertical borders at the ends of rules that run on past a table found narrower than them
    (a table ruled horizontally only, found by its shaded cells)."""
    hs = [e for e in edges if e["orientation"] == "h"]
    return [rule for bbox in bboxes for rule in _open_sides_of(bbox, hs)]


def _open_sides_of(bbox: tuple, hs: list[dict]) -> list[dict]:
    """The rules across the table's whole height (its top and bottom at the least) that begin at
    one side of it and run on past the other, each to one same point: a border there."""
    x0, top, x1, bottom = bbox
    near = [h for h in hs if top - 2 * TOL <= h["top"] <= bottom + 2 * TOL]
    right = [(h["top"], h["x1"]) for h in near if abs(h["x0"] - x0) <= 2 * TOL and h["x1"] > x1 + 10 * TOL]
    left = [(h["top"], h["x0"]) for h in near if abs(h["x1"] - x1) <= 2 * TOL and h["x0"] < x0 - 10 * TOL]
    out = []
    for rules in (right, left):
        ends = [x for _, x in rules]
        spans = len(rules) >= 2 and min(rules)[0] <= top + 2 * TOL and max(rules)[0] >= bottom - 2 * TOL
        if spans and max(ends) - min(ends) <= 2 * TOL:
            x = sum(ends) / len(ends)
            out.append({"x0": x, "x1": x, "top": top, "bottom": bottom, "width": 0.0,
                        "height": bottom - top, "orientation": "v", "object_type": "line"})
    return out


def _implied_in(bbox: tuple, hs: list[dict], vs: list[dict]) -> list[dict]:
    """The rules one table implies: at each height where column rules begin inside it and no
    drawn rule crosses them."""
    x0, top, x1, bottom = bbox
    inside = [v for v in vs if x0 + TOL < v["x0"] < x1 - TOL and v["bottom"] > top and v["top"] < bottom]
    begins = {round(v["top"], 1) for v in inside if top + TOL < v["top"] < bottom - TOL}
    out = []
    for y in sorted(begins):
        starting = [v["x0"] for v in inside if abs(v["top"] - y) <= TOL]
        if not any(_drawn_across(hs, x, y) for x in starting):
            out.append(_rule_across(vs, (x0, x1), starting, y))
    return out


def _rule_across(vs: list[dict], span: tuple[float, float], starting: list[float], y: float) -> dict:
    """The rule at `y` over the column rules that begin there, between the nearest rules crossing
    `y` on either side (the table's own borders at the least)."""
    x0, x1 = span
    crossing = [v["x0"] for v in vs if x0 - TOL <= v["x0"] <= x1 + TOL and _crosses(v, y)]
    left = max((x for x in crossing if x < min(starting)), default=x0)
    right = min((x for x in crossing if x > max(starting)), default=x1)
    return {"x0": left, "x1": right, "top": y, "bottom": y, "width": right - left,
            "height": 0.0, "orientation": "h", "object_type": "line"}


def part_tops(rects: list[dict], bbox: tuple) -> list[float]:
    """Where a new part of the table begins below the table's top: the tops of outer rectangles
    as wide as the table that start inside it."""
    x0, top, x1, bottom = bbox
    return sorted({round(r["top"], 1) for r in rects
                   if r.get("stroke", True) and abs(r["x0"] - x0) <= TOL and abs(r["x1"] - x1) <= TOL
                   and top + TOL < r["top"] < bottom - TOL})
