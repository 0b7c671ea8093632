"""PDF -> text lines with provenance, read by the geometry of the page (pdfplumber).

The seed texts are what a poor extraction of the official PDFs leaves: cells
printed one after another, words of narrow columns cut with no hyphen, cells
resumed after other cells on the next page. Reading the PDF itself recovers what
text cannot: which column a word sits in, where a cell ends, whether a line
filled its cell. This reader emits the same representation the text reader
does (numbered lines, blank lines between cells, page breaks), so everything
downstream is shared, but better made:

- ruled tables are found from their lines (pdfplumber's table finder with
  settings tuned for the acts' thin, separately drawn borders);
- a table that goes on at the top of the next page, with the same columns, is
  joined to the one before, and a row the break cut in two becomes one row;
- each cell is emitted once, in reading order (column 1, then columns 2 and 3
  row by row), its lines in order;
- every line end carries a decision from the positions: a line that holds one
  word and fills its cell was cut inside the word (joined with no space);
  any other line ended at a space;
- prose outside tables is read line by line in reading order, a paragraph's
  indented first line indented in the output.

Unreadable PDFs raise `BadInput`: encrypted, truncated or damaged, or with no
text layer (a scan).
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass, field
from pathlib import Path

from .reading import BadInput

TABLE_SETTINGS = {
    "vertical_strategy": "lines",
    "horizontal_strategy": "lines",
    # borders are separate segments that meet only approximately
    "snap_tolerance": 2,
    "join_tolerance": 2,
    "intersection_tolerance": 2,
    # short ticks and underlines are not borders
    "edge_min_length": 8,
}
# A word ends where the gap to the next letter passes 15 % of the type size: the fixed
# 3 pt default glues words set in 9 pt type with tight (justified) spacing.
WORD_SETTINGS = {"keep_blank_chars": False, "use_text_flow": False, "x_tolerance_ratio": 0.15}
LINE_TOL = 2.0  # words whose tops differ by less than this are on one line
INDENT = " " * 6


@dataclass
class Cell:
    x0: float
    top: float
    x1: float
    bottom: float
    page: int = 0
    # (text, x0, x1, words, page, width of the first letter)
    lines: list[tuple[str, float, float, int, int, float]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(t for t, *_ in self.lines)


@dataclass
class Fragment:
    """A table on one page: its column edges and its cells in reading order."""

    page: int
    top: float
    bottom: float
    columns: list[float]
    cells: list[Cell]


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


def _group_lines(words: list[dict]) -> list[list[dict]]:
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"], 1), w["x0"])):
        if lines and abs(lines[-1][0]["top"] - w["top"]) < LINE_TOL:
            lines[-1].append(w)
        else:
            lines.append([w])
    return [sorted(ln, key=lambda w: w["x0"]) for ln in lines]


def _inside(w: dict, bbox) -> bool:
    cx, cy = (w["x0"] + w["x1"]) / 2, (w["top"] + w["bottom"]) / 2
    return bbox[0] - 0.5 <= cx <= bbox[2] + 0.5 and bbox[1] - 0.5 <= cy <= bbox[3] + 0.5


def _cell_lines(words: list[dict], page: int) -> list[tuple[str, float, float, int, int, float]]:
    out = []
    for ln in _group_lines(words):
        out.append((" ".join(w["text"] for w in ln), ln[0]["x0"], ln[-1]["x1"], len(ln), page, ln[0]["first_w"]))
    return out


def _page_words(page) -> list[dict]:
    words = page.extract_words(return_chars=True, **WORD_SETTINGS)
    for w in words:
        first = w.pop("chars")[0]
        w["first_w"] = first["x1"] - first["x0"]  # how wide the word's first letter is set
    return words


def _fragments(page, page_no: int, words: list[dict]) -> tuple[list[Fragment], list[dict]]:
    """Tables of a page and the words outside them."""
    tables = page.find_tables(TABLE_SETTINGS)
    frags = []
    used: set[int] = set()
    for t in tables:
        cells = []
        for bbox in t.cells:
            inside = [i for i, w in enumerate(words) if i not in used and _inside(w, bbox)]
            used.update(inside)
            cell = Cell(*bbox, page=page_no)
            cell.lines = _cell_lines([words[i] for i in inside], page_no)
            cells.append(cell)
        xs = sorted({round(c.x0, 1) for c in cells} | {round(c.x1, 1) for c in cells})
        cells.sort(key=lambda c: (round(c.top, 1), c.x0))
        frags.append(Fragment(page_no, t.bbox[1], t.bbox[3], xs, cells))
    rest = [w for i, w in enumerate(words) if i not in used]
    return frags, rest


def _same_columns(a: Fragment, b: Fragment) -> bool:
    """The fragments' outer edges agree and every column edge of the second is one of the first's
    (a page may hold only the two-column rows of a table that also has three-column rows)."""
    if not a.columns or not b.columns:
        return False
    if abs(a.columns[0] - b.columns[0]) > 2 or abs(a.columns[-1] - b.columns[-1]) > 2:
        return False
    return all(any(abs(x - y) < 2 for y in a.columns) for x in b.columns) or \
        all(any(abs(x - y) < 2 for y in b.columns) for x in a.columns)


def _starts_with_label(text: str, lang: str) -> bool:
    from .labels import match_at

    return bool(text) and match_at(text, 0, lang) is not None


def _cell_starts_with_label(cell: Cell, lang: str) -> bool:
    """The cell opens with a label, read with its line ends as printed or, where the positions
    leave a line end open, with the word cut there made whole (`Дополнительн` / `ая трудовая
    функция 1:` in a narrow first column)."""
    if _starts_with_label(cell.text, lang):
        return True
    decisions = _line_decisions(cell)
    if None not in decisions[:-1]:
        return False
    glued = "".join(t + ("" if d is None else " ") for (t, *_), d in zip(cell.lines, decisions))
    return _starts_with_label(glued.strip(), lang)


def _label_across(above: str, below: str, lang: str) -> bool:
    """Whether a row label starts in `above` and ends in `below` (`Дополнительная` | `трудовая
    функция 1:`): the break then cut the label cell, whatever `below` looks like alone."""
    from .labels import match_at

    if not above or not below:
        return False
    m = match_at(above + " " + below, 0, lang)
    return m is not None and m.end > len(above) + 1


def _join_fragments(frags: list[Fragment], lang: str, prose_tops: dict[int, tuple[float, float]]) -> list[list[Cell]]:
    """Tables joined across pages; the first row of a continuation merged into the row a break cut.

    A fragment continues the table before it when it opens its page, the other closed
    the previous page (no prose between them), and their columns line up."""
    tables: list[list[Cell]] = []
    last: Fragment | None = None
    for f in frags:
        first_prose, _ = prose_tops.get(f.page, (float("inf"), float("-inf")))
        _, last_prose = prose_tops.get(f.page - 1, (float("inf"), float("-inf")))
        continues = last is not None and f.page == last.page + 1 and _same_columns(last, f) \
            and f.top <= first_prose and last.bottom >= last_prose
        if not continues:
            tables.append(list(f.cells))
            last = f
            continue
        prev_cells = tables[-1]
        first_top = min((c.top for c in f.cells), default=0)
        head = [c for c in f.cells if abs(c.top - first_top) < 1]
        left = min(head, key=lambda c: c.x0)
        continued: list[Cell] = []
        bottoms: dict[float, Cell] = {}
        for c in prev_cells:
            key = round(c.x0, 0)
            if key not in bottoms or (c.page, c.top) > (bottoms[key].page, bottoms[key].top):
                bottoms[key] = c
        left_above = bottoms.get(round(left.x0, 0))
        if not _cell_starts_with_label(left, lang) or \
                (left_above is not None and _label_across(left_above.text, left.text, lang)):
            # the break cut a row (its first column opens with no label of its own, or ends a
            # label the break cut in two): each column's text
            # goes on in the cell above it, except a cell that opens with a label of its own
            # (the next task of a function whose name the break cut)
            for c in head:
                above = bottoms.get(round(c.x0, 0))
                if c.lines and above is not None and (c is left or not _cell_starts_with_label(c, lang)):
                    above.lines.extend(c.lines)
                    continued.append(c)
        rest = [c for c in f.cells if not any(c is d for d in continued)]
        prev_cells.extend(rest)
        last = f
    return tables


def _column_key(cell: Cell) -> tuple[int, int]:
    return round(cell.x0), round(cell.x1)


def text_rights(tables: list[list[Cell]]) -> dict[tuple[int, int], float]:
    """Per column (cells with the same borders), the furthest right any of its lines reaches:
    the right edge of the text area, whatever padding the typesetter kept from the border."""
    right: dict[tuple[int, int], float] = {}
    for t in tables:
        for c in t:
            for _text, _x0, x1, *_ in c.lines:
                k = _column_key(c)
                right[k] = max(right.get(k, 0.0), x1)
    return right


def _line_decisions(cell: Cell, text_right: float | None = None) -> list[str | None]:
    """Per line of a cell, what the positions say of its end: ' ' a space, None undecided.

    A word is cut only when it is wider than the cell: the cut line then holds that
    word alone and reaches the right edge of the column's text (`text_right`, measured
    over every line of the column; without it, the border less the left padding). A
    line that stops short of that edge by more than a letter ended at a space. A
    single word that reaches the edge may be cut or may just have filled the line:
    that is left to the lexicon."""
    out = []
    if not cell.lines:
        return out
    pad = max(min(x0 for _, x0, *_ in cell.lines) - cell.x0, 0.0)
    inner_right = text_right if text_right else cell.x1 - pad
    for k, (text, x0, x1, n_words, page, _w) in enumerate(cell.lines):
        if k == len(cell.lines) - 1:
            out.append(" ")
            continue
        nxt = cell.lines[k + 1][0]
        next_char_w = cell.lines[k + 1][5] + 0.5  # the letter that would have followed, as set
        gap = inner_right - x1
        if n_words > 1 or gap >= next_char_w or text.endswith(("-", ".", ";", ",", ":")) or not nxt[:1].isalpha():
            out.append(" ")  # the next letter would have fitted: the line ended at a space
        elif nxt[:1].isupper():
            out.append(" ")
        else:
            out.append(None)  # a cut word or a word that just filled the line: the lexicon decides
    return out


def read_pdf(path: Path, rel: str) -> tuple[list[str], list[int | None], dict]:
    pdf = _open(Path(path), rel)
    lines: list[str] = []
    pages: list[int | None] = []
    joins: dict[int, str] = {}
    try:
        page_words = []
        frags: list[Fragment] = []
        prose: list[tuple[int, float, list[dict]]] = []
        any_text = False
        for i, page in enumerate(pdf.pages, start=1):
            try:
                words = _page_words(page)
            except Exception as exc:
                raise BadInput("truncated", f"{rel}: page {i} cannot be read ({type(exc).__name__})") from exc
            any_text = any_text or bool(words)
            page_words.append(words)
            fr, rest = _fragments(page, i, words)
            frags.extend(fr)
            for ln in _group_lines(rest):
                prose.append((i, ln[0]["top"], ln))
        if not any_text:
            raise BadInput("no_text_layer", f"{rel}: the PDF has no text layer (a scanned image?); it needs OCR")
        from . import language

        lang = language.detect(" ".join(w["text"] for ws in page_words for w in ws))
        prose_tops: dict[int, tuple[float, float]] = {}
        for pg, top, _ln in prose:
            lo, hi = prose_tops.get(pg, (float("inf"), float("-inf")))
            prose_tops[pg] = (min(lo, top), max(hi, top))
        tables = _join_fragments(frags, lang, prose_tops)
        rights = text_rights(tables)
        # reading order: prose lines and tables by page and position
        items: list[tuple[int, float, str, object]] = [(p, top, "prose", ln) for p, top, ln in prose]
        for t in tables:
            if not t:
                continue
            pg = min(c.page for c in t)
            items.append((pg, min(c.top for c in t if c.page == pg), "table", t))
        items.sort(key=lambda x: (x[0], x[1]))
        margin = min((ln[0]["x0"] for _, _, ln in prose), default=0)
        cur_page = None
        last_bottom = None
        for pg, top, kind, obj in items:
            if cur_page is not None and pg != cur_page:
                lines.extend(["", "", ""])
                pages.extend([None] * 3)
                last_bottom = None
            cur_page = pg
            if kind == "prose":
                ln = obj
                height = ln[0]["bottom"] - ln[0]["top"]
                if last_bottom is not None and top - last_bottom > 0.9 * height:
                    lines.append("")
                    pages.append(None)
                indent = INDENT if ln[0]["x0"] - margin > 8 else ""
                text = " ".join(w["text"] for w in ln)
                if not text.endswith("-"):  # a hyphen at the end: typography decides downstream
                    joins[len(lines) + 1] = " "
                lines.append(indent + text)
                pages.append(pg)
                last_bottom = ln[0]["bottom"]
                continue
            for cell in obj:
                if not cell.lines:
                    continue
                if lines and lines[-1] != "":
                    lines.append("")
                    pages.append(None)
                for (text, *_rest), joiner in zip(cell.lines, _line_decisions(cell, rights.get(_column_key(cell)))):
                    if joiner is not None and not text.endswith("-"):
                        joins[len(lines) + 1] = joiner
                    lines.append(text)
                    pages.append(_rest[3])
            lines.append("")
            pages.append(None)
            cur_page = max((c.lines[-1][4] for c in obj if c.lines), default=pg)
            last_bottom = None
    finally:
        pdf.close()
    return lines, pages, {"joins": joins}
