"""An adilet page (HTML) -> the act's own text lines, its tables kept as tables.

A saved adilet page holds the act and the site around it: navigation, tabs,
banners, share buttons, scripts. The act is the page's title heading, the
paragraph of its act line beside it, and the text article. They are read with a
real HTML parser (lxml) into the representation every reader shares
(numbered lines, blank lines between blocks):

- the title heading, then the act line, each a block (the status word the site
  prints between them, `Күшін жойған` / `Утративший силу`, is page furniture and
  is dropped; the act line states the repeal itself);
- each paragraph of the article one line, indented as a printed paragraph is,
  with a `<br>` starting a new line of it;
- each heading a block of its own;
- each table cell a block of its own, rows in order, cells left to right, and
  the table's grid of (first line, last line) per cell in `layout["tables"]`, so
  a card read from HTML needs no guessing where a cell ends.

A cell's lines that a paragraph of the page begins (`<p>`, not a `<br>`) go to
`layout["paragraphs"]`: a list printed one `<p>` per item, with no number and no
separator, has its items where its paragraphs begin (lists.py).

Every line ends at a space (`layout["joins"]`): the markup says where words end,
so nothing is left for the lexicon to join. The page's own adilet id (from its
canonical address, or the id its navigation links all point to) goes to
`layout["page"]["doc_id"]`.
"""
from __future__ import annotations

import re
from collections import Counter

from .reading import BadInput
from .schema import ADILET_ID

INDENT = " " * 6
_MARK = "\ue000"  # a line standing for a table taken out of its cell (a private-use character)
# markup that is never the act: scripts, forms, the site's navigation and banners
DROP_TAGS = ("script", "style", "noscript", "iframe", "svg", "form", "button", "select", "input", "nav", "footer")
STATUS_CLASS = "status"  # the site's status word beside the title
BLOCK_TAGS = {"p", "div", "li", "dd", "dt", "blockquote", "pre", "center", "article", "section"}
LINE_TAGS = BLOCK_TAGS | {"table", "tr", "td", "th", "ul", "ol"}  # each starts a new line of the text
HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
DOC_ID = re.compile(rf"/docs/({ADILET_ID})(?![\w])")
_HTML_START = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>])", re.I | re.S)
_TAGS = re.compile(r"<(?:p|div|table|body|h1|br)[\s/>]", re.I)


def looks_like_html(text: str) -> bool:
    """HTML by its content: a document that opens as one, or a fragment full of block tags."""
    head = text[:4000]
    return bool(_HTML_START.match(head)) or len(_TAGS.findall(head)) >= 3


def _text(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip()


class _Writer:
    """Lines with blank lines between blocks, and the cells' line spans."""

    def __init__(self):
        self.lines: list[str] = []
        self.paragraphs: list[int] = []  # a cell's lines a paragraph of the page begins (not a `<br>`)

    def blank(self):
        if self.lines and self.lines[-1] != "":
            self.lines.append("")

    def add(self, text: str, indent: str = "") -> int | None:
        text = _text(text)
        if not text:
            return None
        self.lines.append(indent + text)
        return len(self.lines)


def _inline_lines(el, paragraphs: list[bool] | None = None) -> list[str]:
    """The text of an element as its printed lines: a `<br>` or a block child starts a new one.
    `paragraphs` gets, per line, whether a block's edge (`<p>`, `</p>`) began it, not a `<br>`."""
    out, begun = [""], [True]

    def walk(node):
        if node.tag == "br":
            out.append("")
            begun.append(False)
        elif isinstance(node.tag, str) and (node.tag in LINE_TAGS or node.tag in HEADINGS) and node is not el:
            out.append("")
            begun.append(True)
            if node.text:
                out[-1] += node.text
            for ch in node:
                walk(ch)
            out.append("")
            begun.append(True)
        elif isinstance(node.tag, str):
            if node.text:
                out[-1] += node.text
            for ch in node:
                walk(ch)
        if node is not el and node.tail:
            out[-1] += node.tail

    if el.text:
        out[-1] += el.text
    for ch in el:
        walk(ch)
    kept = [(t, b) for t, b in zip((_text(x) for x in out), begun) if t]
    if paragraphs is not None:
        paragraphs.extend(b for _, b in kept)
    return [t for t, _ in kept]


def _write_table(table, w: _Writer, tables: list) -> None:
    grid = []
    for tr in list(table.iter("tr")):  # (a cell's own table is taken out of the page as it is written)
        if _nearest_table(tr) is not table:
            continue  # a row of a table inside a cell is part of that cell's text
        row = []
        for cell in tr:
            if cell.tag not in ("td", "th"):
                continue
            w.blank()
            span = _write_cell(cell, w, tables)
            row.append(span if span[0] else None)
        grid.append(row)
    w.blank()
    tables.append(grid)


def _write_cell(cell, w: _Writer, tables: list) -> tuple[int | None, int | None]:
    """A cell's lines, and its (first line, last line). A table inside the cell (a function's
    tasks under their own header row, a list of names under its column labels) is written as
    any table is, each of its cells a block, as a text prints such a cell: its rows and columns
    stay readable where one block of lines would run its header and its cells together."""
    first = last = None
    begun: list[bool] = []
    parts = _cell_parts(cell, begun)
    for part, paragraph in zip(parts, begun):
        start = len(w.lines)
        if isinstance(part, str):
            n = w.add(part)
            if paragraph and n:
                w.paragraphs.append(n)
        else:
            _write_table(part, w, tables)
        written = [k + 1 for k in range(start, len(w.lines)) if w.lines[k]]
        if written:
            first, last = first or written[0], written[-1]
    return first, last


def _cell_parts(cell, paragraphs: list[bool]) -> list:
    """The cell's lines, each table inside it (not inside a deeper cell) in its place: the table
    is taken out of the page and a marker line stands where it was. `paragraphs` gets, per
    part, whether a paragraph of the page begins it (_inline_lines)."""
    inner = [t for t in cell.iter("table") if _nearest_cell(t) is cell]
    if not inner:
        return _inline_lines(cell, paragraphs)
    for k, table in enumerate(inner):
        marker = table.makeelement("p")
        marker.text = _MARK + str(k)
        marker.tail = table.tail
        table.getparent().replace(table, marker)
    return [inner[int(line[1:])] if line.startswith(_MARK) else line for line in _inline_lines(cell, paragraphs)]


def _nearest_cell(el):
    p = el.getparent()
    while p is not None and p.tag not in ("td", "th"):
        p = p.getparent()
    return p


def _nearest_table(el):
    p = el.getparent()
    while p is not None and p.tag != "table":
        p = p.getparent()
    return p


def _write_flow(el, w: _Writer, tables: list, indent: str = INDENT) -> None:
    """The article: paragraphs one line each (`<br>` lines of it), headings and cells blocks."""
    for node in el:
        if not isinstance(node.tag, str):
            continue
        if node.tag == "table":
            _write_table(node, w, tables)
        elif node.tag in HEADINGS:
            w.blank()
            for line in _inline_lines(node):
                w.add(line)
            w.blank()
        elif node.find(".//table") is not None or any(isinstance(c.tag, str) and c.tag in BLOCK_TAGS for c in node):
            if node.text and _text(node.text):
                w.add(node.text, indent)
            _write_flow(node, w, tables, indent)
        else:
            for line in _inline_lines(node):
                w.add(line, indent)
        if node.tail and _text(node.tail):
            w.add(node.tail, indent)


def _status_word(root) -> str | None:
    """The site's status word beside the title (`Утративший силу`): dropped from the text, kept
    as a fact of the page, as the act line may not say the act was repealed."""
    for el in root.iter():
        if isinstance(el.tag, str) and STATUS_CLASS in (el.get("class") or "").split():
            return _text(el.text_content()) or None
    return None


def _drop_furniture(root) -> None:
    for el in list(root.iter(*DROP_TAGS)):
        el.drop_tree()
    for el in list(root.iter()):
        if isinstance(el.tag, str) and STATUS_CLASS in (el.get("class") or "").split():
            el.drop_tree()


def _text_container(root):
    """Without an `<article>`: the element whose own paragraphs hold the most text."""
    best, best_len = root, 0
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        n = sum(len(p.text_content()) for p in el if p.tag in ("p", "table"))
        if n > best_len:
            best, best_len = el, n
    return best


def page_doc_id(root, article) -> str | None:
    """The page's own id: its canonical address, else the id its links outside the act's text
    point to most (the tabs and the language switch all name the page's own act)."""
    return _canonical_id(root) or _navigation_id(root, article)


def _canonical_id(root) -> str | None:
    for el in root.iter("link", "meta"):
        if (el.get("rel") or "").lower() == "canonical" or (el.get("property") or "").lower() == "og:url":
            m = DOC_ID.search(el.get("href") or el.get("content") or "")
            if m:
                return m.group(1)
    return None


def _navigation_id(root, article) -> str | None:
    inside = set(article.iter()) if article is not None else set()
    hrefs = (a.get("href") or "" for a in root.iter("a") if a not in inside)
    counts = Counter(m.group(1) for m in map(DOC_ID.search, hrefs) if m)
    doc, n = counts.most_common(1)[0] if counts else (None, 0)
    return doc if n >= 2 else None


def _write_head(root, text_el, w: _Writer) -> None:
    """The title heading, then the act line: the paragraphs beside the title, up to the text
    (when the title stands inside the text, the text itself goes on with the act line)."""
    title = root.find(".//h1")
    if title is None:
        return
    for line in _inline_lines(title):
        w.add(line)
    w.blank()
    if text_el in title.iterancestors():
        title.drop_tree()
        return
    for sib in title.itersiblings():
        if sib is text_el or text_el in sib.iterdescendants():
            break
        for line in _inline_lines(sib):
            w.add(line)
    w.blank()


def read_html(text: str, rel: str) -> tuple[list[str], dict]:
    """The act's lines and the layout facts (joins, tables, the page's id)."""
    import lxml.html

    try:
        root = lxml.html.document_fromstring(text)
    except Exception as exc:  # lxml raises several kinds for markup it cannot take
        raise BadInput("html", f"{rel}: not readable as HTML ({type(exc).__name__}: {exc})") from exc
    article = root.find(".//article")
    doc_id = page_doc_id(root, article)
    status_word = _status_word(root)
    _drop_furniture(root)
    w = _Writer()
    tables: list = []
    text_el = article if article is not None else _text_container(root)
    _write_head(root, text_el, w)
    _write_flow(text_el, w, tables)
    while w.lines and w.lines[-1] == "":
        w.lines.pop()
    if not any(line.strip() for line in w.lines):
        raise BadInput("empty", f"{rel}: the HTML page holds no text")
    joins = {n: " " for n, line in enumerate(w.lines, start=1) if line}
    return w.lines, {"joins": joins, "tables": tables, "paragraphs": w.paragraphs,
                     "page": {"doc_id": doc_id, "status_word": status_word}}
