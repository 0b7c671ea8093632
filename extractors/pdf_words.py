"""PDF characters -> printed lines of words, with the widths that decide line ends.

Typesetters spread text in two ways: justification widens the spaces between
words, and letter spacing (a narrow column's way to fill a line that holds one
long word, or a whole "distributed" line) adds the same gap after every letter.
A fixed gap threshold reads the first as words and the second as one-letter
words (`Е ң б е к`). Here the gaps are measured per line: the line's letter gap
is its typical gap between letters (most gaps of a line fall inside words), and
a word ends where a space character was printed or the gap passes the line's
letter gap by a fraction of the type size. A line with too few gaps to measure
takes its cell's letter gap.

Each line also keeps its natural width (its letters and spaces without the
stretch), the width of its first letter and whether it ended on a printed space:
what `line_end` needs to tell a line that ended at a space from one that was
full when the typesetter cut a word at the cell's edge.
"""
from __future__ import annotations

from dataclasses import dataclass

WORD_GAP = 0.15  # a word gap passes the line's letter gap by this share of the type size
SPACE_EM = 0.28  # a space's natural width when the PDF prints no space characters
LINE_TOL = 0.45  # letters whose tops differ by less than this share of the type size share a line


@dataclass
class PLine:
    """One printed line: its words and the geometry of its ends."""

    words: list[str]
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    natural: float  # width of its letters and spaces, unstretched
    first_w: float  # width of its first letter
    page: int = 0
    trailing_space: bool = False  # the line ends on a printed space character
    word_ws: tuple[float, float] = (0.0, 0.0)  # natural widths of its first and last words
    inner_left: float = 0.0  # where text of its cell starts and may reach (set by the table reader)
    inner_right: float = 0.0

    @property
    def text(self) -> str:
        return " ".join(self.words)


def group_lines(chars: list[dict]) -> list[list[dict]]:
    """Characters -> lines (top to bottom), each left to right."""
    lines: list[list[dict]] = []
    tops: list[float] = []
    for c in sorted(chars, key=lambda c: (c["top"], c["x0"])):
        if lines and abs(c["top"] - tops[-1]) < LINE_TOL * max(c["size"], 1.0):
            lines[-1].append(c)
        else:
            lines.append([c])
            tops.append(c["top"])
    return [_without_overprint(sorted(ln, key=lambda c: c["x0"])) for ln in lines]


def _without_overprint(line: list[dict]) -> list[dict]:
    """A letter printed twice at (almost) the same place, as some tools make bold, is one letter."""
    out: list[dict] = []
    for c in line:
        if out and c["text"] == out[-1]["text"] and abs(c["x0"] - out[-1]["x0"]) < 0.3 * (c["x1"] - c["x0"] or 1.0):
            continue
        out.append(c)
    return out


def _inner_gaps(chars: list[dict]) -> list[float]:
    """Gaps between neighbouring letters with no printed space between them."""
    out = []
    for a, b in zip(chars, chars[1:]):
        if not a["text"].isspace() and not b["text"].isspace():
            out.append(b["x0"] - a["x1"])
    return out


def letter_gap(gaps: list[float]) -> float | None:
    """The gap most letters of a line are set with (a low quantile: word gaps are the fewer)."""
    if len(gaps) < 3:
        return None
    s = sorted(gaps)
    return s[(len(s) - 1) * 3 // 10]


def _split_words(chars: list[dict], gap: float, size: float, space_em: float | None):
    """Words of a line, their natural widths, and the line's natural width."""
    words: list[str] = []
    widths: list[float] = []
    cur, cur_w, natural = "", 0.0, 0.0
    prev = None
    for c in chars:
        w = c["x1"] - c["x0"]
        space = c["text"].isspace()
        if cur and (space or c["x0"] - prev["x1"] - gap > WORD_GAP * size):
            words.append(cur)
            widths.append(cur_w)
            cur, cur_w = "", 0.0
            natural += 0.0 if space else (space_em or SPACE_EM) * size
        natural += w
        if space:
            continue
        cur += c["text"]
        cur_w += w
        prev = c
    if cur:
        words.append(cur)
        widths.append(cur_w)
    return words, widths, natural


def _short_line_gap(gaps: list[float], size: float, default_gap: float | None) -> float:
    """The letter gap of a line with too few gaps to measure it. None `default_gap`: the PDF
    prints its spaces, so no gap without one is a word's end. Otherwise a line of three letters
    set with the same gap, far wider than a space, holds one word spread over the cell (`т ы н`,
    the tail of a cut word); any other takes its cell's letter gap (`и в`; two letters apart
    cannot be told from two one-letter words)."""
    if default_gap is None:
        return float("inf")
    if len(gaps) >= 2 and max(gaps) - min(gaps) < 0.5 and min(gaps) > default_gap + 2 * SPACE_EM * size:
        return min(gaps)
    return default_gap


def build_line(chars: list[dict], page: int, space_em: float | None, default_gap: float | None) -> PLine | None:
    """One line's words; `default_gap` serves a line too short to measure its letter gap."""
    size = max(c["size"] for c in chars)
    gaps = _inner_gaps(chars)
    gap = letter_gap(gaps)
    if gap is None:
        gap = _short_line_gap(gaps, size, default_gap)
    words, widths, natural = _split_words(chars, gap, size, space_em)
    if not words:
        return None
    letters = [c for c in chars if not c["text"].isspace()]
    return PLine(words, letters[0]["x0"], letters[-1]["x1"], min(c["top"] for c in letters),
                 max(c["bottom"] for c in letters), size, natural, letters[0]["x1"] - letters[0]["x0"],
                 page, chars[-1]["text"].isspace(), (widths[0], widths[-1]))


def cell_lines(chars: list[dict], page: int, space_em: float | None) -> list[PLine]:
    """The lines of one cell (or of a page's prose). A line too short to measure its letter gap
    (`и х`, a two-letter word spread over the line) splits only at printed spaces when the PDF
    prints them (`space_em`), else it takes the cell's narrowest letter gap."""
    groups = group_lines(chars)
    default = None
    if space_em is None:
        measured = [g for g in (letter_gap(_inner_gaps(ln)) for ln in groups) if g is not None]
        default = min(measured) if measured else 0.0
    out = []
    for ln in groups:
        pl = build_line(ln, page, space_em, default)
        if pl is not None:
            out.append(pl)
    return out


def space_width(chars: list[dict]) -> float | None:
    """The natural width of a space as printed (per point of type size times the line's size
    is close enough: one font family per act), or None when the PDF prints no spaces."""
    ratios = sorted((c["x1"] - c["x0"]) / c["size"] for c in chars if c["text"] == " " and c["size"] > 0)
    return None if not ratios else ratios[len(ratios) // 2]


def line_end(line: PLine, nxt: PLine) -> str | None:
    """What the positions say of the end of `line` when `nxt` follows it in the same cell:
    ' ' it ended at a space, None undecided (the lexicon decides).

    A typesetter cuts a word (with no hyphen) only when it is wider than a whole line
    of the cell, and moves on to the next line only when what comes next does not
    fit: a word it wraps whole, or, cutting such a long word, the next letter. So a
    line ended at a space when its unstretched width leaves room for the next line's
    first letter, or when the two pieces at the line end, put together, would have
    fitted on one line. Otherwise the line was full and a long word may have been
    cut there, or may just have ended there: the positions cannot tell."""
    if line.trailing_space:
        return " "
    slack = line.inner_right - (line.x0 + line.natural)
    if slack >= nxt.first_w + 0.5:
        return " "
    whole = line.word_ws[1] + nxt.word_ws[0]
    if line.inner_right > line.inner_left and whole <= line.inner_right - line.inner_left - 1.0:
        return " "
    return None
