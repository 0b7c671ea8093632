"""PDF -> text lines with provenance, read by the geometry of the page (pdfplumber).

The PDFs of the acts come from many typesetters: some cut the words of a narrow
column at the cell's edge with no hyphen, some letter-space a line that holds one
long word, tables run over pages and cut rows in two, running heads and page
numbers sit between a table's parts. Reading the PDF itself recovers what a flat
text extraction loses, and this reader emits the same representation the text
reader does (numbered lines, blank lines between cells, page breaks), so the
repair and card readers downstream are shared, fed with clean input:

- words are rebuilt from the characters with the spacing measured per line
  (`pdf_words`): letter-spaced and justified lines read as the words they print;
- page furniture is dropped first (`pdf_furniture`);
- ruled tables are read from their lines, a table that goes on over the next
  page is one table and a cell the break cut is one cell again (`pdf_tables`);
  each cell is one block, emitted in reading order (row by row, left to right,
  a merged cell once, at its first row), with no page break inside a table;
- every line end inside a cell carries what the positions say (`line_end`): a
  line with room left for the next line's first letter ended at a space; a full
  line is left to the lexicon, which joins a word cut at the cell's edge
  (`joining`, through `layout["joins"]`);
- prose outside tables is read line by line in reading order, a paragraph's
  indented first line indented in the output.

Unreadable PDFs raise `BadInput`: encrypted, truncated or damaged, or with no
text layer (a scan), which is read by OCR (`pdf_ocr`) only when asked to.
"""
from __future__ import annotations

from pathlib import Path

from .pdf_furniture import furniture
from .pdf_tables import Context, TCell, fill_lines, join_tables, page_fragments, set_inner_rights, typical_line_height
from .pdf_words import PLine, cell_lines, space_width
from .reading import BadInput

INDENT = " " * 6
OCR_HINT = ("install tesseract with its Kazakh and Russian data (Debian: tesseract-ocr tesseract-ocr-kaz "
            "tesseract-ocr-rus) and run `kzprof refresh --ocr` to read it by OCR")


def _open(path: Path, rel: str):
    # A PDF ends with `%%EOF` (an incremental update adds another); without it the file was cut
    # short, and pdfminer would quietly rebuild what it can: part of an act is worse than none.
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        fh.seek(max(fh.tell() - 2048, 0))
        if b"%%EOF" not in fh.read():
            raise BadInput("truncated", f"{rel}: the PDF is truncated (no end-of-file marker)")
    import pdfplumber
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        pdf = pdfplumber.open(path)
        pages = pdf.pages
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise BadInput("encrypted", f"{rel}: the PDF is encrypted ({type(exc).__name__})") from exc
    except PDFSyntaxError as exc:
        raise BadInput("truncated", f"{rel}: the PDF is damaged or truncated ({exc})") from exc
    except Exception as exc:  # pdfminer raises many kinds for broken files; pdfplumber wraps them
        inner = exc.args[0] if exc.args and isinstance(exc.args[0], Exception) else exc.__context__ or exc
        name = type(inner).__name__
        if "Password" in name or "Encrypt" in name:
            raise BadInput("encrypted", f"{rel}: the PDF is encrypted with a password ({name})") from exc
        raise BadInput("truncated", f"{rel}: the PDF is damaged and cannot be opened ({name}: {inner})") from exc
    if not pages:
        pdf.close()
        raise BadInput("truncated", f"{rel}: the PDF has no pages (truncated?)")
    return pdf


def _page_chars(page, page_no: int, rel: str) -> list[dict]:
    try:
        return [c for c in page.chars if c.get("upright", True) and c["size"] > 0 and c["text"]]
    except Exception as exc:
        raise BadInput("truncated", f"{rel}: page {page_no} cannot be read ({type(exc).__name__})") from exc


def _prose_joins(ln: PLine) -> str | None:
    return None if ln.text.endswith("-") else " "  # a hyphen at the end: typography decides downstream


class _Writer:
    """The output lines, their pages and the line-end decisions, in the text reader's layout."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.pages: list[int | None] = []
        self.joins: dict[int, str] = {}

    def blank(self, n: int = 1) -> None:
        self.lines.extend([""] * n)
        self.pages.extend([None] * n)

    def line(self, text: str, page: int, joiner: str | None) -> None:
        if joiner is not None and not text.endswith("-"):
            self.joins[len(self.lines) + 1] = joiner
        self.lines.append(text)
        self.pages.append(page)

    def prose(self, ln: PLine, indent: bool, paragraph: bool) -> None:
        if paragraph:
            self.blank()
        self.line((INDENT if indent else "") + ln.text, ln.page, _prose_joins(ln))

    def cell(self, cell: TCell, lang: str) -> None:
        if self.lines and self.lines[-1] != "":
            self.blank()
        for ln, joiner in zip(cell.lines, cell.ends(lang) + [" "]):
            self.line(ln.text, ln.page, joiner)


def _text_bounds(prose: list[tuple[int, PLine]]) -> tuple[dict[int, float], dict[int, float]]:
    first: dict[int, float] = {}
    last: dict[int, float] = {}
    for pg, ln in prose:
        first[pg] = min(first.get(pg, float("inf")), ln.top)
        last[pg] = max(last.get(pg, float("-inf")), ln.bottom)
    return first, last


# what ends a line that may be the last of its paragraph
_ENDS = (".", ":", ";", "!", "?")
# how far a paragraph indented as a whole may stand from the margin, of the text's width (a
# right-aligned stamp stands further)
_WHOLE_INDENT = 0.25


def _right_edges(prose: list[tuple[int, PLine]]) -> dict[int, float]:
    """Where the prose of each page ends on the right (a full line of justified text reaches it)."""
    right: dict[int, float] = {}
    for pg, ln in prose:
        right[pg] = max(right.get(pg, ln.x1), ln.x1)
    return right


def _goes_on(before: PLine | None, ln: PLine, margin: float, right: float) -> bool:
    """Whether an indented line goes on with the paragraph of the line just before it, where the
    paragraph is indented as a whole (a numbered subpoint set off from the margin, its lines all
    starting where its first does): the line before starts where it does, ran full (this line's
    first word had no room left on it) and ends no sentence. A paragraph indented on its first
    line only is not concerned: its next line starts at the margin."""
    if before is None or before.page != ln.page or abs(ln.x0 - before.x0) > 2:
        return False
    if ln.x0 - margin > _WHOLE_INDENT * (right - margin) or before.text.endswith(_ENDS):
        return False
    return before.x1 + 0.3 * ln.size + ln.word_ws[0] > right


def _prose(out: _Writer, ln: PLine, before: PLine | None, margin: float, right: float,
           last_bottom: float | None) -> None:
    """A prose line: indented where it opens a paragraph set off from the margin (not where it goes
    on with one indented as a whole), after a blank line where a gap stands above it."""
    indent = ln.x0 - margin > 8 and not _goes_on(before, ln, margin, right)
    out.prose(ln, indent, last_bottom is not None and ln.top - last_bottom > 0.9 * (ln.bottom - ln.top))


def _emit(tables: list[list[TCell]], prose: list[tuple[int, PLine]], lang: str) -> _Writer:
    out = _Writer()
    items: list[tuple[int, float, str, object]] = [(pg, ln.top, "prose", ln) for pg, ln in prose]
    for t in tables:
        if t:
            items.append((t[0].page, min(c.top for c in t if c.page == t[0].page), "table", t))
    items.sort(key=lambda x: (x[0], x[1]))
    margin = min((ln.x0 for _, ln in prose), default=0)
    rights = _right_edges(prose)
    cur_page = None
    last_bottom = None
    before: PLine | None = None  # the prose line emitted last, where nothing came between
    for pg, top, kind, obj in items:
        if cur_page is not None and pg != cur_page:
            out.blank(3)
            last_bottom = None
        cur_page = pg
        if kind == "prose":
            _prose(out, obj, before, margin, rights.get(pg, obj.x1), last_bottom)
            last_bottom, before = obj.bottom, obj
            continue
        before = None
        for cell in obj:
            if cell.lines:
                out.cell(cell, lang)
        out.blank()
        cur_page = max((ln.page for c in obj for ln in c.lines), default=pg)
        last_bottom = None
    return out


def _pages(pdf, pages_chars: list[list[dict]], rules: list | None = None) -> tuple[list, list[tuple[int, PLine]]]:
    """The table fragments and the prose lines of every page, page furniture left out.
    `rules`: per page, the borders a scan's picture shows (a PDF's own lines otherwise)."""
    drop = furniture(pages_chars)
    space_em = space_width([c for chars in pages_chars for c in chars[:400]])
    frags = []
    prose: list[tuple[int, PLine]] = []
    for i, (page, chars, gone) in enumerate(zip(pdf.pages, pages_chars, drop), start=1):
        fr, rest = page_fragments(page, i, [c for c in chars if id(c) not in gone], rules[i - 1] if rules else None)
        frags.extend(fr)
        prose.extend((i, ln) for ln in cell_lines(rest, i, space_em))
    fill_lines(frags, space_em)
    set_inner_rights(frags)
    return frags, prose


def read_pdf(path: Path, rel: str, ocr: bool = False) -> tuple[list[str], list[int | None], dict]:
    pdf = _open(Path(path), rel)
    rules = None
    try:
        pages_chars = [_page_chars(page, i, rel) for i, page in enumerate(pdf.pages, start=1)]
        if not any(pages_chars):
            if not ocr:
                raise BadInput("no_text_layer", f"{rel}: the PDF has no text layer (a scanned image?); {OCR_HINT}")
            from .pdf_ocr import scan_pages

            pages_chars, rules = scan_pages(pdf, rel)
        frags, prose = _pages(pdf, pages_chars, rules)
    finally:
        pdf.close()
    from . import language

    words = [ln.text for _, ln in prose] + [ln.text for f in frags for c in f.cells for ln in c.lines]
    first, last = _text_bounds(prose)
    bottom = max([f.bottom for f in frags], default=0.0)  # where a page's table ends when it is full
    ctx = Context(language.detect(" ".join(words)), bottom, typical_line_height(frags), first, last)
    out = _emit(join_tables(frags, ctx), prose, ctx.lang)
    layout = {"joins": out.joins}
    if rules is not None:
        layout["ocr"] = True
    return out.lines, out.pages, layout
