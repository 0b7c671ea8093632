"""Cell text -> list items, the way the act numbers them.

A cell's text is accumulated with the offsets where a printed line begins at a
word boundary (`Acc.starts`): list numbers count only there, or in the middle of
a line when the number is the next one expected.

- Numbered items (`1.`, `2)`) run to the next number: a numbered item may hold
  `;` and many lines. Sub-items (`1)`) after a lead-in ending with `:` are
  items of their own.
- Text before the first number, and the text after the last numbered item once
  that item's line ends with `;` or `.`, is an unnumbered list: its items end
  at `;`, or at a line end after `.`/`;`.
- Numbering and trailing separators are dropped; the text is kept as printed.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .records import Item, Span
from .run_in_items import continues_list, run_in_numbers
from .shapes import QUOTE_OPEN

UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_NUM_AT = re.compile(r"(\d{1,2})\s?([.)])(?!\d)\s*")
_NUM_MID = re.compile(rf"(?<=\s)(\d{{1,2}})\.\s+(?=[{UPPER}\"«])")
_ABBREV_END = re.compile(r"(?:^|\s)[^\W\d_]{1,2}\.$")
_NUMBER_ALONE = re.compile(r"^\s*\d{1,2}\s?[.)]\s*$")
# a bullet opening a printed line (`- item`, `• item`), or a letter that marks an item (`а) item`):
# the list's items where its first is one
_BULLET_AT = re.compile(r"(?:[-–—•●▪]|[a-zа-яёәғқңөұүһі]\))\s+(?=\S)")
BULLET = "•"


_BULLETED = re.compile(r"\s*" + _BULLET_AT.pattern)  # the same bullet after leading space


def bulleted(text: str) -> bool:
    """Does the text open with a list bullet (`- item`, `• item`)? (Asked of every piece of
    every reading the card parser weighs.)"""
    return _BULLETED.match(text) is not None


def _sentence_end(text: str, line_start: int, prev_start: int) -> bool:
    """Whether the printed line before `line_start` ends a sentence: a period, not after an
    abbreviation (`т.б.`), and not a list number alone on its line (`3.` with its item below)."""
    before = text[:line_start].rstrip()
    return before.endswith(".") and not _ABBREV_END.search(before) \
        and not _NUMBER_ALONE.match(text[prev_start:line_start])


class Acc:
    """Text accumulated from pieces of one cell, with line starts and provenance."""

    __slots__ = ("_parts", "_length", "starts", "marks", "paragraphs")

    def __init__(self, text: str = "", starts: list[int] | None = None, marks: list[tuple[int, int]] | None = None):
        # pieces are kept apart until the text is read: a paragraph of a thousand lines is
        # not copied a thousand times
        self._parts = [text] if text else []
        self._length = len(text)
        self.starts = [] if starts is None else starts
        self.marks: list[tuple[int, int]] = [] if marks is None else marks  # (offset, raw lineno)
        # offsets where a paragraph of the page begins a line (an HTML `<p>`): an item starts there
        self.paragraphs: list[int] = []

    @property
    def text(self) -> str:
        if len(self._parts) > 1:
            self._parts[:] = ["".join(self._parts)]
        return self._parts[0] if self._parts else ""

    def __repr__(self) -> str:
        return f"Acc(text={self.text!r}, starts={self.starts!r}, marks={self.marks!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, Acc) and (self.text, self.starts, self.marks) == (other.text, other.starts, other.marks)

    def __getstate__(self):
        return self.text, self.starts, self.marks, self.paragraphs

    def __setstate__(self, state) -> None:
        text, self.starts, self.marks, *paragraphs = state
        self.paragraphs = paragraphs[0] if paragraphs else []
        self._parts, self._length = ([text] if text else []), len(text)

    def add(self, text: str, starts: list[int], marks: list[tuple[int, int]], joiner: str = " ",
            paragraphs: list[int] = ()) -> None:
        if not text:
            return
        if self._length:
            self._parts.append(joiner)
            self._length += len(joiner)
        base = self._length
        self.paragraphs.extend(base + s for s in paragraphs if joiner == " " or s > 0)
        self.starts.extend(base + s for s in starts if joiner == " " or s > 0)
        if base == 0 and 0 not in self.starts:
            self.starts.insert(0, 0)
        self.marks.extend((base + o, ln) for o, ln in marks)
        self._parts.append(text)
        self._length += len(text)

    @property
    def empty(self) -> bool:
        return not self.text.strip()

    def part(self, a: int, b: int) -> "Acc":
        """The text from a to b, with its line starts, provenance and paragraphs."""
        marks = [(o - a, ln) for o, ln in self.marks if a <= o < b]
        before = [ln for o, ln in self.marks if o < a][-1:]
        if before and (not marks or marks[0][0] > 0):
            marks.insert(0, (0, before[0]))
        part = Acc(self.text[a:b], [s - a for s in self.starts if a <= s < b], marks)
        part.paragraphs = [p - a for p in self.paragraphs if a <= p < b]
        return part

    def span(self, a: int = 0, b: int | None = None) -> Span | None:
        b = self._length if b is None else b
        lines = [ln for off, ln in self.marks if a <= off < b] or [ln for off, ln in self.marks if off <= a][-1:]
        return (min(lines), max(lines)) if lines else None


def clean_item(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    text = _NUM_AT.sub("", text, count=1) if _NUM_AT.match(text) else text
    text = _BULLET_AT.sub("", text, count=1) if _BULLET_AT.match(text) else text
    return text.strip().rstrip(";,.").strip()


def item_starts(acc: Acc) -> list[tuple[int, int | None, str]]:
    """(offset, number, style) of every item start: numbered ones, and 0 for an unnumbered head.
    A list whose first line opens with a bullet has an item at every line that does (number None):
    a dash opening a line elsewhere is only a wrapped dash."""
    text = acc.text
    bullets = _bullet_starts(acc)
    if bullets:
        return bullets
    found: dict[int, tuple[int, str]] = {}
    for s in sorted(set(acc.starts)):
        m = _NUM_AT.match(text, s)
        if m and m.end() < len(text):
            found[s] = (int(m.group(1)), m.group(2))
    expected = {}
    out = []
    mids = {m.start(): int(m.group(1)) for m in _NUM_MID.finditer(text)}
    run_in = run_in_numbers(text)
    for pos in sorted(set(found) | set(mids) | set(run_in)):
        if pos in found:
            n, style = found[pos]
            out.append((pos, n, style))
            expected[style] = n + 1
        elif pos in run_in:
            if continues_list(run_in[pos], ")", expected):
                out.append((pos, run_in[pos], ")"))
                expected[")"] = run_in[pos] + 1
        elif mids[pos] == expected.get(".") and not any(abs(pos - p) < 3 for p, _, _ in out):
            out.append((pos, mids[pos], "."))
            expected["."] = mids[pos] + 1
    return out


def _bullet_starts(acc: Acc) -> list[tuple[int, int | None, str]]:
    text = acc.text
    if not bulleted(text):
        return []
    first = len(text) - len(text.lstrip())
    return [(s, None, BULLET) for s in sorted(set(acc.starts) | {first}) if _BULLET_AT.match(text, s)]


def _split_unnumbered(text: str, base: int, acc: Acc, at_semicolons: bool, vocab=None) -> list[tuple[int, int]]:
    """Ranges of the items of an unnumbered run: ends at `;` (anywhere, or only at line
    ends) and at a line end after `.` or `:`."""
    line_starts = {s - base for s in acc.starts if base < s < base + len(text)}
    cuts = _semicolon_cuts(text, line_starts, at_semicolons) + _line_end_cuts(text, sorted(line_starts), at_semicolons, vocab)
    return [(base + a, base + b) for a, b in _ranges(text, cuts)]


def _semicolon_cuts(text: str, line_starts: set[int], at_semicolons: bool) -> list[int]:
    """Every `;` ends an item where `at_semicolons`, else only a `;` at a line end."""
    cuts = []
    for m in re.finditer(r";", text):
        end = m.end()
        at_line_end = end in line_starts or not text[end:].strip() or (end + 1 in line_starts and text[end:end + 1] == " ")
        if at_semicolons or at_line_end:
            cuts.append(end)
    return cuts


def _line_end_cuts(text: str, ordered: list[int], at_semicolons: bool, vocab=None) -> list[int]:
    """Line starts that open an item: after a sentence end, after a lead-in `:` (before a small
    letter or a sub-number), and (where `at_semicolons`) after a short line ending in a word
    before a capital: a new item whose separator was not printed, unless (with the language's
    vocabulary) the short line cannot end an item (`Қазақстан` / `Республикасының`)."""
    widths = [b - a for a, b in zip([0] + ordered, ordered + [len(text)])]
    width = max(widths) if widths else 0
    cuts = []
    for k, s in enumerate(ordered):
        before = text[:s].rstrip()
        unpunctuated = at_semicolons and re.match(rf"[{UPPER}]", text[s:s + 1]) and re.search(r"[^\W\d_]$", before) \
            and widths[k] < 0.5 * width and not (vocab is not None and _binds(text, s, vocab))
        lead_in = before.endswith(":") and re.match(r"\s*(?:[a-zа-яәғқңөұүһі]|\d+\))", text[s:])
        if _sentence_end(text, s, ([0] + ordered)[k]) or unpunctuated or lead_in:
            cuts.append(s)
    return cuts


def _ranges(text: str, cuts: list[int]) -> list[tuple[int, int]]:
    ranges, prev = [], 0
    for c in sorted(set(cuts)):
        if text[prev:c].strip():
            ranges.append((prev, c))
        prev = c
    if text[prev:].strip():
        ranges.append((prev, len(text)))
    return ranges


def _split_sentences(text: str, a: int, b: int, acc: Acc) -> list[tuple[int, int]]:
    """A numbered item is cut where a line ends with a period and the next printed line
    starts with a capital (an unnumbered item printed under it), and after a lead-in
    line ending with a colon."""
    cuts = []
    starts = sorted(set(acc.starts))
    for k, s in enumerate(starts):
        if not a < s < b:
            continue
        before = text[:s].rstrip()
        if _sentence_end(text, s, starts[k - 1] if k else 0) and re.match(rf"[{UPPER}\"«]", text[s:s + 1]):
            cuts.append(s)
        elif before.endswith(":"):
            cuts.append(s)  # a lead-in: the lines under it are items of their own
    out, prev = [], a
    for c in cuts:
        out.append((prev, c))
        prev = c
    out.append((prev, b))
    return out


def split_items(acc: Acc, vocab=None) -> list[Item]:
    """The list's items. With the language's vocabulary, a list with no marks and no
    separators at all is read one item per line that opens with a capital (_unmarked_lines)."""
    text = acc.text
    if not text.strip():
        return []
    starts = item_starts(acc)
    if not starts and vocab is not None and _read_by_lines(text, acc):
        return _items(text, _unmarked_lines(text, acc, vocab), acc)
    ranges: list[tuple[int, int]] = []
    numbered = [s for s in starts]
    first = numbered[0][0] if numbered else len(text)
    if text[:first].strip():
        ranges.extend(_split_unnumbered(text[:first], 0, acc, at_semicolons=True, vocab=vocab))
    for k, (pos, n, style) in enumerate(numbered):
        end = numbered[k + 1][0] if k + 1 < len(numbered) else len(text)
        if style == BULLET:
            ranges.append((pos, end))  # every item has its bullet: a sentence end inside one is its own
            continue
        if k + 1 < len(numbered):
            ranges.extend(_split_sentences(text, pos, end, acc))
            continue
        # the last numbered item ends at its first line-final `;`/`.`; what follows is an unnumbered list
        pieces = _split_unnumbered(text[pos:end], pos, acc, at_semicolons=False)
        if not pieces:
            continue
        ranges.append(pieces[0])
        tail_at = pieces[0][1]
        if text[tail_at:end].strip():
            ranges.extend(_split_unnumbered(text[tail_at:end], tail_at, acc, at_semicolons=True, vocab=vocab))
    return _items(text, ranges, acc)


def unmarked_lines(acc: Acc, vocab) -> list[Item]:
    """The items of a text with no marks and no separators, one per printed line that opens one
    (_unmarked_lines); [] for a text with marks or separators, which split_items reads."""
    text = acc.text
    if not text.strip() or item_starts(acc) or not _read_by_lines(text, acc):
        return []
    return _items(text, _unmarked_lines(text, acc, vocab), acc)


def _read_by_lines(text: str, acc: Acc) -> bool:
    """A list with no marks and no separators, read one item per line (_unmarked_lines): its first
    item opens with a capital, or a page's paragraphs begin its items."""
    return _unmarked(text) and (re.match(rf"\s*[{UPPER}]", text) is not None or _paragraphed(text, acc))


def _items(text: str, ranges: list[tuple[int, int]], acc: Acc) -> list[Item]:
    items = []
    for a, b in ranges:
        t = clean_item(text[a:b])
        if t:
            items.append(Item(t, acc.span(a, b)))
    return items


def _unmarked(text: str) -> bool:
    """No item mark and no separator: no `;`, and no `.` but the last."""
    body = text.rstrip().rstrip(".")
    return ";" not in body and not re.search(r"[.!?](?=\s)", body)


# a line opening with a capital, or with a quoted name that does (`"X туралы" Заңы`, `«О ...»`):
# a quote opens an item as its capital would
_OPENS_CAPITAL = re.compile(rf"[{QUOTE_OPEN}]?[{UPPER}]")
_FIRST_WORD = re.compile(rf"[{QUOTE_OPEN}]?([^\W\d_]+)")


def _paragraphed(text: str, acc: Acc) -> bool:
    """Does a paragraph of the page begin a line inside the text (an HTML cell of `<p>` items)?"""
    return any(0 < p < len(text) for p in acc.paragraphs)


def _unmarked_lines(text: str, acc: Acc, vocab) -> list[tuple[int, int]]:
    """One item per printed line that opens with a capital (in a list whose first item does),
    where the line before can end an item: not on a word that needs the next (a genitive
    `Республикасының`, a conjunction `және`), and the capital is no part of a name that line
    began (`Қазақстан` / `Республикасы`) nor an abbreviation. A line that a paragraph of the
    page begins (an HTML `<p>`) is an item whatever it opens with: the page itself says so,
    where a printed line's start is only a guess."""
    paragraphs = set(acc.paragraphs)
    cuts = [s for s in sorted(set(acc.starts) | paragraphs) if 0 < s < len(text) and (
        s in paragraphs or (_OPENS_CAPITAL.match(text, s) and not _binds(text, s, vocab)))]
    return _ranges(text, cuts)


def _binds(text: str, s: int, vocab) -> bool:
    """Does the line before offset `s` go on into the line at `s`: it ends on a word that needs
    the next (list_items.tsv), or the line opens with a word that goes on a name, or with an
    abbreviation in capitals (which goes on a phrase as often as it opens one: `ВИЧ-инфекции`)?"""
    after_words, endings, going_on = _binding_words(vocab.lang)
    last = re.findall(r"[^\W\d_]+", text[max(0, s - 80):s])[-1:]
    first = _FIRST_WORD.match(text, s)
    word = last[0].casefold() if last else ""
    return word in after_words or (len(word) > 4 and word.endswith(endings)) \
        or (first is not None and (first.group(1).casefold() in going_on or first.group(1).isupper()))


@lru_cache(maxsize=None)
def _binding_words(lang: str) -> tuple[frozenset, tuple, frozenset]:
    from .vocabulary import vocabulary
    vocab = vocabulary(lang)
    return (frozenset(w.casefold() for w in vocab.forms("item_goes_on_after:word")),
            tuple(vocab.forms("item_goes_on_after:ending")),
            frozenset(w.casefold() for w in vocab.forms("item_goes_on:word")))


def item_numbering(acc: Acc, vocab=None) -> list[int | None]:
    """The number of each item split_items(acc, vocab) reads from the list (None: unnumbered)."""
    text = acc.text
    starts = item_starts(acc)
    if not starts and vocab is not None:
        return [None] * len(split_items(acc, vocab))
    out: list[int | None] = []
    first = starts[0][0] if starts else len(text)
    if text[:first].strip():
        out.extend([None] * len(_split_unnumbered(text[:first], 0, acc, True, vocab)))
    for k, (pos, n, _) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(text)
        out.append(n)
        if k + 1 == len(starts):
            pieces = _split_unnumbered(text[pos:end], pos, acc, False)
            if pieces and text[pieces[0][1]:end].strip():
                out.extend([None] * len(_split_unnumbered(text[pieces[0][1]:end], pieces[0][1], acc, True, vocab)))
    return out
