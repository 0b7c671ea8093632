"""Raw file -> text lines with provenance.

The first arrow of the pipeline. A file is read once, fingerprinted, its format
and encoding are detected from its bytes (never from its name), and its text is
returned as numbered lines. Anything that cannot be read raises `BadInput`
with a reason a person can act on; the flow quarantines such files.
"""
from __future__ import annotations

import codecs
import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

# Larger inputs are refused rather than parsed: an act is a few hundred kB of
# text; tens of MB is not an act and would only slow the refresh down. The work
# of a document grows with its lines and with its longest line too (a line is the
# unit the repairs look at), so both are bounded as well: the largest acts have
# a few thousand lines of at most a few thousand characters.
MAX_BYTES = 20 * 1024 * 1024
MAX_LINES = 200_000
MAX_LINE_CHARS = 1_000_000


class BadInput(Exception):
    """A file that cannot be read as an act. `reason` is a short code, the message says why."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


@dataclass
class RawDocument:
    path: Path
    source_file: str  # relative to the raw-docs folder
    sha256: str
    source_format: str  # txt | pdf | pdf-ocr | html
    encoding: str
    lines: list[str]
    # Per line, the PDF page it came from (None for text files).
    pages: list[int | None] = field(default_factory=list)
    # Layout facts a PDF or HTML reader knows (cell boundaries, the page's id) travel with the lines.
    layout: dict = field(default_factory=dict)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_document(path: Path, root: Path | None = None, ocr: bool = False) -> RawDocument:
    """`ocr`: a PDF with no text layer is read by OCR (when tesseract is installed)."""
    path = Path(path)
    rel = str(path.relative_to(root)) if root else path.name
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise BadInput("unreadable", f"{rel}: cannot read the file ({exc.strerror})") from exc
    if size > MAX_BYTES:
        raise BadInput("too_large", f"{rel}: {size / 2**20:.1f} MB is over the {MAX_BYTES // 2**20} MB limit for one act")
    try:
        data = path.read_bytes()
    except OSError as exc:  # permission denied, an I/O error, a file gone since it was listed
        raise BadInput("unreadable", f"{rel}: cannot read the file ({exc.strerror or exc})") from exc
    digest = fingerprint(data)
    if not data.strip():
        raise BadInput("empty", f"{rel}: the file is empty")
    if data.startswith(b"%PDF"):
        from .pdf_reading import read_pdf  # pdfplumber is only needed for PDFs

        lines, pages, layout = read_pdf(path, rel, ocr)
        check_lines(lines, rel)
        fmt = "pdf-ocr" if layout.get("ocr") else "pdf"
        return RawDocument(path, rel, digest, fmt, "pdf", lines, pages, layout)
    try:
        text, encoding = decode_text(data, rel)
    except BadInput as exc:
        if exc.reason != "encoding":
            raise
        # a page whose markup outweighs its Cyrillic text: the charset it declares decides
        text, encoding = _declared_html(data, rel, exc)
    if looks_like_html(text):
        from .html_reading import read_html  # lxml is only needed for HTML pages

        lines, layout = read_html(text, rel)
        check_lines(lines, rel)  # the page's text, not its markup (a page may be one long line)
        return RawDocument(path, rel, digest, "html", encoding, lines, [None] * len(lines), layout)
    lines = text.split("\n")
    check_lines(lines, rel)
    return RawDocument(path, rel, digest, "txt", encoding, lines, [None] * len(lines))


def check_lines(lines: list[str], rel: str) -> None:
    """Refuse a text whose lines no act has: too many of them, or one far too long."""
    if len(lines) > MAX_LINES:
        raise BadInput("too_large", f"{rel}: {len(lines):,} lines is over the {MAX_LINES:,}-line limit for one act")
    longest = max(map(len, lines), default=0)
    if longest > MAX_LINE_CHARS:
        raise BadInput("too_large", f"{rel}: a line of {longest:,} characters is over the "
                                    f"{MAX_LINE_CHARS:,}-character limit for one line of an act")


def looks_like_html(text: str) -> bool:
    from .html_reading import looks_like_html as _looks

    return _looks(text)


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([\w-]+)", re.IGNORECASE)


def _declared_html(data: bytes, rel: str, undecoded: BadInput) -> tuple[str, str]:
    m = _CHARSET.search(data[:4096])
    if not m:
        raise undecoded
    name = m.group(1).decode("ascii").lower()
    try:
        codecs.lookup(name)
    except LookupError as exc:
        raise BadInput("encoding", f"{rel}: the page declares an unknown charset {name!r}") from exc
    return _clean(_strict(data, name, rel), rel), name


def decode_text(data: bytes, rel: str = "") -> tuple[str, str]:
    """Decode bytes by evidence: BOMs, UTF-16 byte patterns, strict UTF-8, then cp1251 checked for Cyrillic."""
    if data.startswith(codecs.BOM_UTF8):
        return _clean(data[3:].decode("utf-8", errors="strict"), rel), "utf-8-sig"
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return _clean(_strict(data, "utf-16", rel), rel), "utf-16"
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _clean(_strict(data, utf16, rel), rel), utf16
    if b"\x00" in data:
        raise BadInput("binary", f"{rel}: binary content (NUL bytes), not text")
    try:
        return _clean(data.decode("utf-8"), rel), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    letters = [c for c in text if c.isalpha()]
    cyrillic = sum(1 for c in letters if "\u0400" <= c <= "\u04ff")
    if letters and cyrillic / len(letters) > 0.6 and text.count("\ufffd") == 0:
        return _clean(text, rel), "cp1251"
    raise BadInput("encoding", f"{rel}: not UTF-8, UTF-16 or cp1251 text (undecodable bytes)")


def _utf16_without_bom(data: bytes) -> str | None:
    # Cyrillic and ASCII text in UTF-16 has a zero or 0x04 byte in every other position.
    sample = data[:4000]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) + odd.count(4) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) + even.count(4) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _strict(data: bytes, encoding: str, rel: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BadInput("encoding", f"{rel}: damaged {encoding} text ({exc.reason})") from exc


# the control characters (Unicode category Cc) but line breaks, tabs and form feeds
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0d-\x1f\x7f-\x9f]")


def _clean(text: str, rel: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    controls = len(_CONTROLS.findall(text, 0, 20000))
    if controls > 0.05 * min(len(text), 20000):
        raise BadInput("binary", f"{rel}: binary content (control characters), not text")
    text = text.replace("\f", "\n\n\n\n")
    return unicodedata.normalize("NFC", text)
