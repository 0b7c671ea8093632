"""A scanned PDF (pages that are images, no text layer) -> text lines, by OCR with tesseract.

Only when asked (`kzprof refresh --ocr`) and when `tesseract` with its Kazakh and
Russian data is installed: each page is rendered at 300 dpi and read by tesseract,
whose word boxes (TSV output) give the lines, paragraphs and blocks of the page.
The output is the text reader's representation: numbered lines, a blank line
between paragraphs, page breaks between pages. A line end is left to the lexicon
(OCR does not tell a cut word from a wrapped one); a hyphen at the end to typography.
"""
from __future__ import annotations

import csv
import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from .reading import BadInput

LANGS = ("kaz", "rus")
DPI = 300
PAGE_TIMEOUT = 120  # seconds for one page: no input may hang a run


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


def _page_words(image_path: Path, rel: str, page_no: int) -> list[dict]:
    cmd = ["tesseract", str(image_path), "stdout", "-l", "+".join(LANGS), "--psm", "4", "tsv"]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=PAGE_TIMEOUT, check=True)
    except subprocess.TimeoutExpired as exc:
        raise BadInput("ocr_failed", f"{rel}: OCR of page {page_no} took over {PAGE_TIMEOUT} s") from exc
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BadInput("ocr_failed", f"{rel}: OCR of page {page_no} failed ({type(exc).__name__})") from exc
    rows = csv.DictReader(io.StringIO(out.stdout), delimiter="\t", quoting=csv.QUOTE_NONE)
    return [r for r in rows if r.get("level") == "5" and (r.get("text") or "").strip()]


def _lines(words: list[dict]) -> list[tuple[tuple[str, str], str]]:
    """(block, paragraph) and text of each OCR line, in tesseract's reading order."""
    out: list[tuple[tuple[str, str], str]] = []
    key = None
    for w in words:
        k = (w["block_num"], w["par_num"], w["line_num"])
        if k != key:
            out.append(((w["block_num"], w["par_num"]), w["text"].strip()))
            key = k
        else:
            out[-1] = (out[-1][0], out[-1][1] + " " + w["text"].strip())
    return out


def read_scanned(pdf, rel: str) -> tuple[list[str], list[int | None], dict]:
    """The pages of an open pdfplumber PDF, read by OCR."""
    reason = missing()
    if reason:
        raise BadInput("no_text_layer", f"{rel}: the PDF has no text layer (a scanned image?) and cannot be "
                                        f"read by OCR: {reason}")
    lines: list[str] = []
    pages: list[int | None] = []
    with tempfile.TemporaryDirectory(prefix="kzprof-ocr-") as tmp:
        for i, page in enumerate(pdf.pages, start=1):
            image = Path(tmp) / f"page{i}.png"
            page.to_image(resolution=DPI).original.convert("L").save(image)
            if lines:
                lines.extend(["", "", ""])
                pages.extend([None] * 3)
            para = None
            for p, text in _lines(_page_words(image, rel, i)):
                if para is not None and p != para:
                    lines.append("")
                    pages.append(None)
                para = p
                lines.append(text)
                pages.append(i)
    if not any(lines):
        raise BadInput("no_text_layer", f"{rel}: OCR found no text on the scanned pages")
    return lines, pages, {"joins": {}, "ocr": True}
