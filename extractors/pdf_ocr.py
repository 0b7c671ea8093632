"""A scanned PDF (pages that are images, no text layer) -> the characters and ruling lines
the PDF reader reads, by OCR with tesseract.

Only when asked (`kzprof refresh --ocr`) and when `tesseract` with its Kazakh and
Russian data is installed. Each page is rendered at 300 dpi; tesseract's word boxes
(TSV output) become characters (a word's box shared evenly by its letters, a space
after every word but a line's last, one top and bottom per printed line), and the
table borders are found in the picture itself: runs of dark pixels longer than any
letter, horizontal and vertical, merged over the line's thickness. From there a
scan is read like any other PDF (`pdf_reading`): cells from the ruling lines, tables
over pages, line ends decided by position and lexicon.
"""
from __future__ import annotations

import csv
import io
import re
import shutil
import subprocess
import tempfile
from functools import lru_cache
from pathlib import Path

from .ocr_words import swaps
from .reading import BadInput
from .vocabulary import LANGS as LANGS_OF_VOCAB, vocabulary

LANGS = ("kaz", "rus")
DPI = 300
PAGE_TIMEOUT = 120  # seconds for one page: no input may hang a run
RULE_MIN_PT = 20.0  # a border is a dark run at least this long; no letter is
DARK = 128


def missing() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "tesseract is not installed"
    try:
        out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"tesseract does not run ({type(exc).__name__})"
    have = set((out.stdout + out.stderr).split())
    lacking = [lang for lang in LANGS if lang not in have]
    return f"tesseract has no {'+'.join(lacking)} language data" if lacking else None


def _ocr_words(image_path: Path, rel: str, page_no: int) -> list[dict]:
    cmd = ["tesseract", str(image_path), "stdout", "-l", "+".join(LANGS), "--psm", "3", "tsv"]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=PAGE_TIMEOUT, check=True)
    except subprocess.TimeoutExpired as exc:
        raise BadInput("ocr_failed", f"{rel}: OCR of page {page_no} took over {PAGE_TIMEOUT} s") from exc
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BadInput("ocr_failed", f"{rel}: OCR of page {page_no} failed ({type(exc).__name__})") from exc
    rows = csv.DictReader(io.StringIO(out.stdout), delimiter="\t", quoting=csv.QUOTE_NONE)
    words = []
    for r in rows:
        # a table border read as a letter (`|`, `Кәсіптің|`) is no part of a word
        text = (r.get("text") or "").strip().strip("|")
        if r.get("level") == "5" and text.strip("[]"):
            words.append(dict(r, text=_abbreviation(text)))
    return words


_CAPS = re.compile(r"[^\W\d_]{2,6}")


@lru_cache(maxsize=None)
def _abbreviations() -> frozenset[str]:
    """The vocabulary's abbreviations in capitals (`СБШ`, `ОРК`), of both languages."""
    out = set()
    for lang in LANGS_OF_VOCAB:
        vocab = vocabulary(lang)
        for key in vocab.entries:
            for form in vocab.forms(key):
                out.update(w for w in re.findall(r"[^\W\d_]+", form) if 2 <= len(w) <= 6 and w.isupper())
    return frozenset(out)


def _abbreviation(text: str) -> str:
    """A word in capitals one OCR confusion away from an abbreviation of the vocabulary is that
    abbreviation (`СЬШ`, `СЫЬШ` -> `СБШ`): a label's short word has no other letters to be read by."""
    m = _CAPS.search(text)
    if m is None or not m.group(0).isupper() or m.group(0) in _abbreviations():
        return text
    fixed = next((f.upper() for f in swaps(m.group(0)) if f.upper() in _abbreviations()), None)
    return text[:m.start()] + fixed + text[m.end():] if fixed else text


def words_to_chars(words: list[dict], scale: float) -> list[dict]:
    """Tesseract's words (pixels) -> characters (points), one top and bottom per printed line."""
    lines: dict[tuple[str, str, str], list[dict]] = {}
    for w in words:
        lines.setdefault((w["block_num"], w["par_num"], w["line_num"]), []).append(w)
    chars = []
    for ws in lines.values():
        top = min(int(w["top"]) for w in ws) * scale
        bottom = max(int(w["top"]) + int(w["height"]) for w in ws) * scale
        size = max(bottom - top, 1.0)
        ws.sort(key=lambda w: int(w["left"]))
        for k, w in enumerate(ws):
            text = w["text"].strip()
            right = int(w["left"]) + int(w["width"])
            if k + 1 < len(ws):  # tesseract's boxes may overlap the next word's: its letters stay its own
                right = max(min(right, int(ws[k + 1]["left"]) - 1), int(w["left"]) + 1)
            x0, width = int(w["left"]) * scale, (right - int(w["left"])) * scale
            step = width / len(text)
            for i, ch in enumerate(text):
                chars.append({"text": ch, "x0": x0 + i * step, "x1": x0 + (i + 1) * step, "top": top,
                              "bottom": bottom, "size": size})
            if k + 1 < len(ws):
                nxt = int(ws[k + 1]["left"]) * scale
                chars.append({"text": " ", "x0": x0 + width, "x1": max(nxt, x0 + width), "top": top,
                              "bottom": bottom, "size": size})
    return chars


def _runs(dark, min_len: int):
    """Runs of dark pixels along each row at least `min_len` long: (row, start, end) arrays."""
    import numpy as np

    d = np.diff(np.pad(dark, ((0, 0), (1, 1))).astype(np.int8), axis=1)
    rows, starts = np.nonzero(d == 1)
    _, ends = np.nonzero(d == -1)
    keep = ends - starts >= min_len
    return rows[keep], starts[keep], ends[keep]


def _merge_runs(rows, starts, ends) -> list[tuple[float, int, int]]:
    """Runs on neighbouring rows that overlap are one line (its thickness): (middle, start, end)."""
    lines: list[list[int]] = []  # [first row, last row, start, end]
    for r, a, b in sorted(zip(rows.tolist(), starts.tolist(), ends.tolist())):
        for ln in lines:
            if r - ln[1] <= 1 and a < ln[3] and b > ln[2]:
                ln[1], ln[2], ln[3] = r, min(ln[2], a), max(ln[3], b)
                break
        else:
            lines.append([r, r, a, b])
    return [((f + l) / 2, a, b) for f, l, a, b in lines]


def rulings(gray, scale: float) -> tuple[list[dict], list[dict]]:
    """The horizontal and vertical borders drawn in a page's picture, as line objects (points)."""
    import numpy as np

    dark = np.asarray(gray) < DARK
    min_len = int(RULE_MIN_PT / scale)
    horizontal = [{"x0": a * scale, "x1": b * scale, "top": y * scale, "bottom": y * scale, "width": (b - a) * scale,
                   "height": 0.0, "object_type": "line"} for y, a, b in _merge_runs(*_runs(dark, min_len))]
    vertical = [{"x0": x * scale, "x1": x * scale, "top": a * scale, "bottom": b * scale, "width": 0.0,
                 "height": (b - a) * scale, "object_type": "line"} for x, a, b in _merge_runs(*_runs(dark.T, min_len))]
    return horizontal, vertical


def scan_pages(pdf, rel: str) -> tuple[list[list[dict]], list[tuple[list[dict], list[dict]]]]:
    """Per page of an open pdfplumber PDF: the characters OCR reads and the ruling lines drawn."""
    reason = missing()
    if reason:
        raise BadInput("no_text_layer", f"{rel}: the PDF has no text layer (a scanned image?) and cannot be "
                                        f"read by OCR: {reason}")
    scale = 72.0 / DPI
    pages_chars, pages_rules = [], []
    with tempfile.TemporaryDirectory(prefix="kzprof-ocr-") as tmp:
        for i, page in enumerate(pdf.pages, start=1):
            image = Path(tmp) / f"page{i}.png"
            gray = page.to_image(resolution=DPI).original.convert("L")
            gray.save(image)
            pages_chars.append(words_to_chars(_ocr_words(image, rel, i), scale))
            pages_rules.append(rulings(gray, scale))
    if not any(pages_chars):
        raise BadInput("no_text_layer", f"{rel}: OCR found no text on the scanned pages")
    return pages_chars, pages_rules
