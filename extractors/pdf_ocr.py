"""A scanned PDF (pages that are images, no text layer) -> the characters and ruling lines
the PDF reader reads, by OCR with tesseract.

Only when asked (`kzprof refresh --ocr`) and when `tesseract` with its Kazakh and
Russian data is installed. Each page is rendered at 300 dpi, turned upright by quarter
turns where tesseract's orientation detection says it was fed upside down or sideways, and
set straight, and its table borders are found in the picture itself (`scan_image`); tesseract reads a copy
with the borders whited out (its page layout takes a ruled grid for a picture and drops
the labels of the grid's cells). Its word boxes (TSV output) become characters (a
word's box shared evenly by its letters, a space after every word but a line's last,
one top and bottom per printed line). From there a scan is read like any other PDF
(`pdf_reading`): cells from the ruling lines, tables over pages, line ends decided by
position and lexicon.
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
from .scan_image import rulings, upright, without_rulings
from .vocabulary import LANGS as LANGS_OF_VOCAB, vocabulary

LANGS = ("kaz", "rus")
DPI = 300
PAGE_TIMEOUT = 120  # seconds for one page: no input may hang a run


def missing() -> str | None:
    """Why OCR cannot run here, or None when it can."""
    exe = shutil.which("tesseract")
    if exe is None:
        return "tesseract is not installed"
    try:
        have = _listed_languages(exe)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"tesseract does not run ({type(exc).__name__})"
    lacking = [lang for lang in LANGS if lang not in have]
    return f"tesseract has no {'+'.join(lacking)} language data" if lacking else None


def _listed_languages(exe: str) -> set[str]:
    """The language data tesseract has (`--list-langs`)."""
    out = subprocess.run([exe, "--list-langs"], capture_output=True, text=True, timeout=30)
    return set((out.stdout + out.stderr).split())


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


# ---------------------------------------------------------------- a page fed the wrong way

OSD = "osd"  # tesseract's orientation data (Debian: part of tesseract-ocr)
# how sure tesseract must be of a page's orientation to turn it: it answers for every page, and
# on a page of little text (a signature page) its guess is weak
OSD_CONFIDENCE = 2.0
OSD_DPI = 150  # the orientation is read on a reduced copy: letters are large enough at half the size
_ROTATE = re.compile(r"^Rotate:\s*(\d+)", re.M)
_CONFIDENCE = re.compile(r"^Orientation confidence:\s*([\d.]+)", re.M)


def turned_upright(gray, tmp: Path):
    """The page's picture turned by quarter turns so that its lines read from left to right: a
    sheet fed upside down or sideways, or a landscape table scanned on a portrait sheet (then
    `scan_image.upright` takes off the last degree). A page whose orientation tesseract cannot
    tell stays as it was scanned."""
    turn = _quarter_turn(gray, tmp)
    return gray.rotate(-turn, expand=True, fillcolor=255) if turn else gray


def _quarter_turn(gray, tmp: Path) -> int:
    """Degrees (clockwise) that set the page upright, by tesseract's orientation detection."""
    if not _has_osd():
        return 0
    small = tmp / "osd.png"
    gray.reduce(max(1, DPI // OSD_DPI)).save(small)
    try:
        out = subprocess.run(["tesseract", str(small), "stdout", "--psm", "0", "-l", OSD],
                             capture_output=True, text=True, timeout=PAGE_TIMEOUT)
    except (OSError, subprocess.TimeoutExpired):
        return 0
    rotate, sure = _ROTATE.search(out.stdout), _CONFIDENCE.search(out.stdout)
    if not (rotate and sure) or float(sure.group(1)) < OSD_CONFIDENCE:
        return 0  # too few letters to tell (tesseract says so and exits with an error)
    return int(rotate.group(1)) % 360


@lru_cache(maxsize=None)
def _has_osd() -> bool:
    exe = shutil.which("tesseract")
    try:
        return exe is not None and OSD in _listed_languages(exe)
    except (OSError, subprocess.TimeoutExpired):
        return False


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
            gray = upright(turned_upright(page.to_image(resolution=DPI).original.convert("L"), Path(tmp)))
            rules = rulings(gray, scale)
            without_rulings(gray, rules, scale).save(image)
            pages_chars.append(words_to_chars(_ocr_words(image, rel, i), scale))
            pages_rules.append(rules)
    if not any(pages_chars):
        raise BadInput("no_text_layer", f"{rel}: OCR found no text on the scanned pages")
    return pages_chars, pages_rules
