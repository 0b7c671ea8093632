"""A scanned page's picture -> the same picture set straight.

A sheet is never laid quite square on a scanner: its lines run a degree or so off the
horizontal. Tesseract reads slanted text well enough, but a table border then steps one
pixel up or down every few dozen pixels, so no dark run is as long as a border must be
(`pdf_ocr.RULE_MIN_PT`) and the page's tables are lost with their cells. The slant is
measured from the printed lines themselves (the angle at which the rows of dark pixels
pile up most sharply, as the projection profiles of document analysis do) and the picture
turned back by it before anything is read from it.
"""
from __future__ import annotations

DARK = 128
MOST_DEGREES = 3.0  # a sheet fed by hand or by a feeder; more than this is a page turned on purpose
COARSE, FINE = 0.1, 0.01
# a slant below this moves a border by less than a pixel over a border's least length: the
# picture is left as it was scanned (turning it would only blur it)
LEAST_DEGREES = 0.15
MEASURE_WIDTH = 1400  # pixels: the slant is measured on a reduced copy of the page


def skew_degrees(gray) -> float:
    """The angle (degrees, counter-clockwise as PIL turns) that sets the page's lines level."""
    import numpy as np

    factor = max(1, gray.size[0] // MEASURE_WIDTH)
    small = gray.reduce(factor) if factor > 1 else gray
    ys, xs = np.nonzero(np.asarray(small) < DARK)
    if len(ys) < 100:
        return 0.0
    xs = xs - xs.mean()

    def sharpness(degrees: float) -> float:
        rows = np.round(ys - xs * np.tan(np.radians(degrees))).astype(np.int64)
        counts = np.bincount(rows - rows.min()).astype(np.float64)
        return float((counts ** 2).sum())

    best = max(np.arange(-MOST_DEGREES, MOST_DEGREES + FINE, COARSE), key=sharpness)
    best = max(np.arange(best - COARSE, best + COARSE + FINE / 2, FINE), key=sharpness)
    return float(best)


def upright(gray):
    """The page turned so that its printed lines are level (the picture itself when they are)."""
    from PIL import Image

    degrees = skew_degrees(gray)
    if abs(degrees) < LEAST_DEGREES:
        return gray
    return gray.rotate(degrees, resample=Image.BICUBIC, fillcolor=255)


# ---------------------------------------------------------------- ruling lines

RULE_MIN_PT = 20.0  # a border is a dark run at least this long; no letter is
FAINT = 170  # a border's darkest pixel across its width is darker than this; paper is not
GAP_PX = 2  # a border's run may be broken by this many light pixels (noise, a worn scan)
# a border has white paper along both sides (a cell's text keeps clear of it); the touching
# letters of a blurred bold word make a run as long, but with their strokes above and below it
CLEAR_PT = 1.0
CLEAR_SHARE = 0.75


def _bridged(dark):
    """Dark along rows, with gaps of up to GAP_PX light pixels between dark ones filled."""
    import numpy as np

    padded = np.pad(dark, ((0, 0), (GAP_PX, GAP_PX)))
    width = dark.shape[1]
    left = np.zeros_like(dark)
    right = np.zeros_like(dark)
    for k in range(1, GAP_PX + 1):
        left |= padded[:, GAP_PX - k:GAP_PX - k + width]
        right |= padded[:, GAP_PX + k:GAP_PX + k + width]
    return dark | (left & right)


def _runs(dark, min_len: int):
    """Runs of dark pixels along each row at least `min_len` long: (row, start, end) arrays."""
    import numpy as np

    d = np.diff(np.pad(dark, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(d == 1)
    _, ends = np.nonzero(d == -1)
    keep = ends - starts >= min_len
    return rows[keep], starts[keep], ends[keep]


def _merge_runs(rows, starts, ends) -> list[list[int]]:
    """Runs on neighbouring rows that overlap are one line: [first row, last row, start, end]. A
    run may join several pieces of one line (its edge row broken by noise, its middle row whole)."""
    lines: list[list[int]] = []
    for r, a, b in sorted(zip(rows.tolist(), starts.tolist(), ends.tolist())):
        touched = [ln for ln in lines if r - ln[1] <= 1 and a < ln[3] and b > ln[2]]
        if not touched:
            lines.append([r, r, a, b])
            continue
        first = touched[0]
        first[0] = min(ln[0] for ln in touched)
        first[1], first[2], first[3] = r, min([a] + [ln[2] for ln in touched]), max([b] + [ln[3] for ln in touched])
        lines[:] = [ln for ln in lines if ln is first or not any(ln is t for t in touched)]
    return lines


def _clear_sides(dark, line: list[int], off: int) -> bool:
    first, last, a, b = line
    if first - off < 0 or last + off >= dark.shape[0]:
        return True
    above, below = dark[first - off, a:b], dark[last + off, a:b]
    return float((~above & ~below).mean()) >= CLEAR_SHARE


def _faint_lines(pixels):
    """Dark along rows for a border: a thin line scanned faint and blurred spreads its ink over two
    or three rows, none of them dark enough alone; the darkest of three neighbouring rows is."""
    import numpy as np

    padded = np.pad(pixels, ((1, 1), (0, 0)), constant_values=255)
    return np.minimum(np.minimum(padded[:-2], padded[1:-1]), padded[2:]) < FAINT


def _lines_along_rows(pixels, min_len: int, off: int) -> list[tuple[float, int, int]]:
    """The borders running along the picture's rows: (middle row, start, end)."""
    lines = _merge_runs(*_runs(_bridged(_faint_lines(pixels)), min_len))
    dark = pixels < DARK
    return [((f + l) / 2, a, b) for f, l, a, b in lines if _clear_sides(dark, [f - 1, l + 1, a, b], off)]


def rulings(gray, scale: float) -> tuple[list[dict], list[dict]]:
    """The horizontal and vertical borders drawn in a page's picture, as line objects (points)."""
    import numpy as np

    pixels = np.asarray(gray)
    min_len, off = int(RULE_MIN_PT / scale), max(1, round(CLEAR_PT / scale))
    horizontal = [{"x0": a * scale, "x1": b * scale, "top": y * scale, "bottom": y * scale, "width": (b - a) * scale,
                   "height": 0.0, "object_type": "line"} for y, a, b in _lines_along_rows(pixels, min_len, off)]
    vertical = [{"x0": x * scale, "x1": x * scale, "top": a * scale, "bottom": b * scale, "width": 0.0,
                 "height": (b - a) * scale, "object_type": "line"} for x, a, b in _lines_along_rows(pixels.T, min_len, off)]
    return horizontal, vertical


def without_rulings(gray, lines: tuple[list[dict], list[dict]], scale: float):
    """A copy of the page with its borders painted white (a border's blurred edges with it)."""
    from PIL import ImageDraw

    page = gray.copy()
    draw = ImageDraw.Draw(page)
    px, edge = 1 / scale, max(1, round(CLEAR_PT / scale))
    horizontal, vertical = lines
    for ln in horizontal:
        draw.rectangle([ln["x0"] * px - 1, ln["top"] * px - edge, ln["x1"] * px + 1, ln["top"] * px + edge], fill=255)
    for ln in vertical:
        draw.rectangle([ln["x0"] * px - edge, ln["top"] * px - 1, ln["x0"] * px + edge, ln["bottom"] * px + 1], fill=255)
    return page
