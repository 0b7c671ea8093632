"""The new wording an amending order prints in an annex of its own.

`приложение 2 … изложить в новой редакции согласно приложению к настоящему приказу`, `… 2-қосымша
осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын`: the wording is not quoted under the
instruction but printed after the signatures, under the caption of the order's annex (`Приложение к
приказу … от 5 мая 2025 года № 12`, `… № 12 бұйрығына 1-қосымша`).

- The caption is known by the order's own number (`№ 12`) on a short line, with the annex word on it,
  above it (the caption's first lines) or on the line after it (`қосымша`, `1-қосымша`); its number,
  if it prints one, is the annex's. The caption begins with the block a page or a gap opens, a few
  lines above its number at most. An annex runs from its caption to the next one, or to the act's end.
- The caption the new unit carries in the amended act (`Приложение 2` / `к Типовым …`, `… сипаттамаларына`
  / `2-қосымша`), among the annex's first lines, is no part of the wording: the line that names that
  unit at its start or end, the lines above it, and the lines after it that go on in lower case (the
  rest of the phrase that names what the unit belongs to).
- A table's header printed again at the top of the next page (the rows a page opens with, repeating
  rows printed before them) is printed once.

The wording is the annex's paragraphs, cut to those lines, each line keeping its raw line number.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import units
from .lists import Acc
from .paragraphs import Para
from .text import RepairedText

# a caption is printed in a narrow corner of the page: its lines are short
CAPTION_WIDTH = 60
# how far above the line with the order's number a caption may begin, and how far into an annex the
# caption of the amended act's unit may end
CAPTION_LINES = 8
# the fewest rows a page must open with, repeating earlier rows, to be a table's header printed again
REPEATED_ROWS = 2
_NUMBER = re.compile(r"\d+(?:-\d+)*")


@dataclass
class _Row:
    lineno: int
    text: str
    opens_page: bool  # the first line of a block a page break (or a wide gap) opens
    opens_block: bool = False


@dataclass
class OwnAnnex:
    number: str | None  # the number its caption prints, None where it prints none
    rows: list[_Row]  # its lines after its caption


@dataclass
class OwnAnnexes:
    """The annexes of one amending order, found when an instruction first asks for one."""

    doc: RepairedText
    number: str | None  # the order's own number
    paras: list[Para]
    found: dict[int, list[OwnAnnex]] = field(default_factory=dict)

    def wording(self, source: str, unit: str | None, after: int) -> list[Para]:
        """The paragraphs of the new wording of `unit` that the annex `source` names (`приложению 1`,
        `қосымшаға`), printed after raw line `after`; none where no such annex is found."""
        annex = self._annex(source, after)
        if annex is None:
            return []
        rows = _without_repeated_rows(_without_unit_caption(annex.rows, unit, self.doc.lang))
        return cut(self.paras, {r.lineno for r in rows})

    def paragraphs(self, source: str, after: int) -> list[Para]:
        """The paragraphs of the annex `source` names, printed after raw line `after`, whole (its
        caption left out); none where no such annex is found."""
        annex = self._annex(source, after)
        return cut(self.paras, {r.lineno for r in annex.rows}) if annex is not None else []

    def _annex(self, source: str, after: int) -> OwnAnnex | None:
        """The annex `source` names among those printed after raw line `after` (found once per line)."""
        if after not in self.found:
            self.found[after] = annexes_after(self.doc, self.number, after)
        return _named(self.found[after], source)


def _rows(doc: RepairedText, after: int) -> list[_Row]:
    out = []
    for block in doc.blocks:
        for k, ln in enumerate(block.lines):
            if ln.lineno > after:
                out.append(_Row(ln.lineno, ln.text.strip(), k == 0 and block.page_break_before, k == 0))
    return out


def annexes_after(doc: RepairedText, number: str | None, after: int) -> list[OwnAnnex]:
    """The order's annexes printed after raw line `after`, each with its lines after its caption."""
    rows = _rows(doc, after)
    captions = _captions(rows, number, doc.lang) if number else []
    out = []
    for k, (start, end, annex_no) in enumerate(captions):
        stop = captions[k + 1][0] if k + 1 < len(captions) else len(rows)
        out.append(OwnAnnex(annex_no, rows[end + 1:stop]))
    return out


def _captions(rows: list[_Row], number: str, lang: str) -> list[tuple[int, int, str | None]]:
    """(first row, last row, annex number) of each caption of the order's annexes."""
    own = re.compile(rf"№\s*{re.escape(number)}(?![\w-])")
    out = []
    for i, row in enumerate(rows):
        if len(row.text) > CAPTION_WIDTH or not own.search(row.text):
            continue
        start = _caption_start(rows, i, lang)
        if not any(_has_annex_word(r.text, lang) for r in rows[start:i + 1]):
            start = _caption_across_page(rows, start, lang)
        window = rows[start:i + 1]
        if not any(_has_annex_word(r.text, lang) for r in window) and i + 1 < len(rows) \
                and _annex_word_line(rows[i + 1].text, lang):
            window.append(rows[i + 1])  # `№ 12 бұйрығына` / `1-қосымша`: the annex word after the number
        if any(_has_annex_word(r.text, lang) for r in window):
            out.append((start, start + len(window) - 1, _annex_number(window, lang)))
    return out


def _caption_start(rows: list[_Row], i: int, lang: str) -> int:
    """The first row of the caption whose order number is on row i, a few rows above at most: the
    row a page or gap opens; else the row that opens with the annex word (`Приложение 1 к приказу`);
    else the first row of the number's block."""
    above = range(i, max(-1, i - CAPTION_LINES), -1)
    for test in (lambda r: r.opens_page, lambda r: _opens_with_annex_word(r.text, lang), lambda r: r.opens_block):
        found = next((j for j in above if test(rows[j])), None)
        if found is not None:
            return found
    return i


def _caption_across_page(rows: list[_Row], start: int, lang: str) -> int:
    """A caption a page break cuts (`Приложение к приказу` / page / `Министра … № 12`): where the
    caption's rows on the new page name no annex, its first rows are the short ones that close the
    page before, back to the one that opens with the annex word; `start` where there are none."""
    if not rows[start].opens_page:
        return start
    for j in range(start - 1, max(-1, start - CAPTION_LINES), -1):
        if len(rows[j].text) > CAPTION_WIDTH:
            break
        if _opens_with_annex_word(rows[j].text, lang):
            return j
    return start


def _opens_with_annex_word(text: str, lang: str) -> bool:
    words = _words(text)
    return bool(words) and text.lstrip().startswith(words[0]) and _has_annex_word(words[0], lang)


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text)


def _has_annex_word(text: str, lang: str) -> bool:
    return any((w := units.unit_word(word, lang)) is not None and w.kind == "annex" for word in _words(text))


def _annex_word_line(text: str, lang: str) -> bool:
    """A line that is an annex's word with its number at most (`қосымша`, `1-қосымша`, `2 – қосымша`)."""
    words = _words(text)
    return len(words) == 1 and _has_annex_word(text, lang) and not re.sub(r"[^\W\d_]+|[\d\s–—-]+", "", text)


def _annex_number(window: list[_Row], lang: str) -> str | None:
    for r in window:
        for ref in units.refs_in(r.text, lang):
            if ref.kind == "annex" and _NUMBER.search(ref.norm):
                return _NUMBER.search(ref.norm).group()
    for r in window:
        if _annex_word_line(r.text, lang) and _NUMBER.search(r.text):
            return _NUMBER.search(r.text).group()
    return None


def _named(annexes: list[OwnAnnex], source: str) -> OwnAnnex | None:
    """The annex a formula names: by its number, or, named by its word alone, the order's one annex
    (or the one whose caption prints no number)."""
    number = _NUMBER.search(source)
    if number:
        return next((a for a in annexes if a.number == number.group()), None)
    if len(annexes) == 1:
        return annexes[0]
    return next((a for a in annexes if a.number is None), None)


def _without_unit_caption(rows: list[_Row], unit: str | None, lang: str) -> list[_Row]:
    """The annex's rows after the caption the unit carries in the amended act, where its first rows
    print one: a row naming an annex of the unit's number at its start or end."""
    wanted = _NUMBER.search(unit or "")
    for k, row in enumerate(rows[:CAPTION_LINES]):
        if _names_annex_at_edge(row.text, wanted.group() if wanted else None, lang):
            k += 1
            while k < len(rows) and _goes_on(rows[k].text):
                k += 1
            return rows[k:]
    return rows


def _names_annex_at_edge(text: str, number: str | None, lang: str) -> bool:
    """A row that opens or closes with an annex of the number (any, where None): `Приложение 3`,
    `… қағидаларына 3-қосымша`."""
    for r in units.refs_in(text, lang):
        own = _NUMBER.search(r.norm)
        at_edge = not text[:r.start].strip() or not text[r.end:].strip(" .,:")
        if r.kind == "annex" and at_edge and (number is None or (own is not None and own.group() == number)):
            return True
    return False


def _goes_on(text: str) -> bool:
    """A caption line that goes on with the phrase above it: short, in lower case."""
    letters = re.sub(r"^[^\w]+", "", text)
    return len(text) <= CAPTION_WIDTH and letters[:1].islower()


def _without_repeated_rows(rows: list[_Row]) -> list[_Row]:
    """The rows without the ones a page opens with that repeat rows printed before them (a table's
    header printed again)."""
    drop: set[int] = set()
    texts = [" ".join(r.text.split()) for r in rows]
    for k, row in enumerate(rows):
        if row.opens_page and k not in drop:
            drop.update(range(k, k + _repeated_at(texts, k)))
    return [r for k, r in enumerate(rows) if k not in drop]


def _repeated_at(texts: list[str], k: int) -> int:
    """How many rows from k repeat rows printed before k, at most; 0 where fewer than REPEATED_ROWS,
    or where they print no word (cells of numbers repeat without being a header)."""
    best = 0
    for s in range(k):
        n = 0
        while k + n < len(texts) and s + n < k and texts[s + n] == texts[k + n]:
            n += 1
        best = max(best, n)
    worded = any(re.search(r"[^\W\d_]", t) for t in texts[k:k + best])
    return best if best >= REPEATED_ROWS and worded else 0


def cut(paras: list[Para], keep: set[int]) -> list[Para]:
    """The paragraphs cut to the raw lines `keep`: each paragraph's kept lines, a run of them one
    paragraph (a paragraph the caption's last line opened starts at its first kept line)."""
    out = []
    for p in paras:
        marks = p.acc.marks
        if not any(ln in keep for _, ln in marks):
            continue
        text = p.text
        bounds = [off for off, _ in marks[1:]] + [len(text)]
        piece = None
        for (off, ln), end in zip(marks, bounds):
            if ln not in keep:
                piece = None
                continue
            if piece is None:
                piece = Para(Acc(), indented=p.indented, block=p.block)
                out.append(piece)
            piece.acc.add(text[off:end], [0], [(0, ln)], "")  # with the joiner the line had
    return out
