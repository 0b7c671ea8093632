"""Raw lines -> repaired lines, with provenance back to the raw file.

PDF extraction damaged the text of the acts in five ways; each repair below is
a small function over one line (or one run of lines) and knows nothing of cards
or acts:

- page furniture: page breaks (runs of blank lines), page numbers, running headers;
- letter spacing: `к ө м е к т і ң` -> `көмектің`;
- displaced hyperlinks: `Республикасының ;Конституциясы` -> `Республикасының Конституциясы;`;
- homoglyphs: Latin `e` in `eңбек` -> Cyrillic `е`;
- line ends inside words: decided later by `joining` with the corpus lexicon.

Every repaired `Line` keeps the number of the raw line it came from; repairs
never move text between lines, so a character of the output is traced to its
raw line through the `Line` that holds it.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from .vocabulary import Vocabulary, vocabulary

SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\t"), " ")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
LOWER = "a-zа-яёәғқңөұүһі"
UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_SEP_WORD = re.compile(r"^((?:[;.,:]|\)[.;,:]?)+)([\w\"«][\w\-\"»]*)$", re.UNICODE)


@dataclass
class Line:
    """One non-blank raw line after the line-level repairs."""

    text: str  # single-spaced content, no indent, no trailing spaces
    lineno: int  # 1-based number of the raw line
    indent: int = 0
    trailing: int = 0  # trailing spaces the raw line had: a kept space means a word ended there
    block: int = 0  # index of the blank-line-separated block
    page_break_before: bool = False
    page: int | None = None
    justified: bool = False  # a stretched line: its single spaces may be inside words
    join_hint: str | None = None  # what the page geometry says joins this line to the next ('' or ' ')
    free: set[int] = field(default_factory=set)  # indices of in-line token gaps whose reading is uncertain
    fixes: list[str] = field(default_factory=list)

    @property
    def tokens(self) -> list[str]:
        return self.text.split(" ") if self.text else []


# ---------------------------------------------------------------- page furniture

def split_lines(raw_lines: list[str], pages: list[int | None] | None = None,
                joins: dict[int, str] | None = None) -> list[Line]:
    """Number the raw lines, drop blank ones, mark block starts and page breaks."""
    pages = pages or [None] * len(raw_lines)
    joins = joins or {}
    out: list[Line] = []
    blank_run, block = 0, -1
    for i, raw in enumerate(raw_lines):
        raw = raw.translate(SPACES).translate(ZERO_WIDTH)
        raw = unicodedata.normalize("NFC", raw)
        if not raw.strip():
            blank_run += 1
            continue
        stripped = raw.rstrip(" ")
        content = stripped.lstrip(" ")
        line = Line(
            text=content,
            lineno=i + 1,
            indent=len(stripped) - len(content),
            trailing=len(raw) - len(stripped),
            page=pages[i] if i < len(pages) else None,
            join_hint=joins.get(i + 1),
        )
        if not out or blank_run:
            block += 1
        # a page break is two or more blank lines (a PDF reader that joined a cell across pages
        # emits none: its lines keep their page numbers for provenance only)
        line.page_break_before = bool(out) and blank_run >= 2
        line.block = block
        out.append(line)
        blank_run = 0
    return out


_PAGE_NO = re.compile(r"^[-–—]?\s*\d{1,4}\s*[-–—]?$")


def _page_numbers(lines: list[Line], page_starts: list[int]) -> set[int]:
    """Numbers alone at the last line before a break or the first after it, where they rise
    through the document."""
    candidates = set()
    for b in page_starts + [len(lines)]:
        for j in (b - 1, b):
            if 0 <= j < len(lines) and _PAGE_NO.match(lines[j].text) and len(lines[j].text) <= 6:
                candidates.add(j)
    ordered = sorted(candidates)
    numbers = [int(re.sub(r"\D", "", lines[j].text)) for j in ordered]
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return set(ordered) if len(numbers) >= 3 and rising >= 0.6 * (len(numbers) - 1) else set()


def _running_headers(lines: list[Line], page_starts: list[int]) -> set[int]:
    """The same short line right after many page breaks."""
    openers = Counter(lines[b].text for b in page_starts)
    drop: set[int] = set()
    for text, n in openers.items():
        if n >= 3 and n >= 0.5 * len(page_starts) and len(text) < 120:
            drop.update(b for b in page_starts if lines[b].text == text)
    return drop


def _without(lines: list[Line], drop: set[int]) -> list[Line]:
    """The lines but those dropped; a page break at a dropped line passes to the next kept one."""
    kept = []
    carry_break = False
    for i, ln in enumerate(lines):
        if i in drop:
            carry_break = carry_break or ln.page_break_before or (i + 1 < len(lines) and lines[i + 1].page_break_before)
            continue
        if carry_break:
            ln.page_break_before = True
            carry_break = False
        kept.append(ln)
    return kept


def remove_page_furniture(lines: list[Line]) -> list[Line]:
    """Drop page numbers and running headers that sit at page breaks.

    A number alone next to a page break is a page number only when such numbers
    rise through the document; a line is a running header when the same text
    opens at least three pages and most of them.
    """
    breaks = [i for i, ln in enumerate(lines) if ln.page_break_before]
    if not breaks:
        return lines
    # the document's first line opens a page too, and its last closes one
    page_starts = [0] + breaks
    drop = _page_numbers(lines, page_starts) | _running_headers(lines, page_starts)
    return _without(lines, drop) if drop else lines


# ---------------------------------------------------------------- homoglyphs

def fix_homoglyphs(text: str, vocab: Vocabulary) -> str:
    """Latin look-alike letters inside Cyrillic words become Cyrillic; Latin words stay."""
    table = dict(vocab.pairs("homoglyphs"))

    def fix(m: re.Match) -> str:
        word = m.group(0)
        has_cyr = any("\u0400" <= c <= "\u04ff" for c in word)
        has_lat = any("a" <= c.lower() <= "z" for c in word)
        if not (has_cyr and has_lat):
            return word
        if any("a" <= c.lower() <= "z" and c not in table for c in word):
            return word  # a Latin letter with no Cyrillic twin: a real mixed code, leave it
        return "".join(table.get(c, c) for c in word)

    return re.sub(r"[^\W\d_]+", fix, text)


# ---------------------------------------------------------------- letter spacing

def _ordinary_run(run: list[str], justified: bool, vocab: Vocabulary) -> bool:
    """A run of one-character tokens that is ordinary text, not one spaced-out word."""
    if justified:
        return False
    if len(run) == 2:
        a, b = run
        list_number = a.isdigit() and b in ".)"
        two_letters = a.isalpha() and b.isalpha() and not (a in vocab.one_letter_words or b in vocab.one_letter_words)
        # `1 с изменением`, `и в`, `е с` (the last letter of a cut word, then `с`): not one spaced word
        return not (list_number or two_letters)
    # `и в`, and numbers joined by a one-letter word (`пункты 3 и 4`)
    return all(t in vocab.one_letter_words or t.isdigit() for t in run) \
        and any(t in vocab.one_letter_words for t in run)


def _closed_group(toks: list[str], justified: bool, vocab: Vocabulary) -> list[str]:
    """The tokens of one group (between wide gaps) with their spaced-out runs closed up."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        j = i
        while j < len(toks) and len(toks[j]) == 1:
            j += 1
        run = toks[i:j]
        if len(run) >= 2 and not _ordinary_run(run, justified, vocab):
            out.append("".join(run))
            i = j
        else:
            out.append(toks[i])
            i += 1
    return out


def close_letter_spacing(text: str, justified: bool, vocab: Vocabulary) -> tuple[str, set[int]]:
    """Close up runs of single characters spread by justification.

    In a spread-out line single spaces fall between letters and wider gaps
    between words: `б а с қ а  д а` is `басқа да`. A run of one-letter tokens
    is closed up unless it is made of the language's own one-letter words in an
    ordinary (not stretched) line, such as Russian `и в`.
    Returns the new text and the token gaps that stay uncertain: in a stretched
    line, single spaces between longer pieces (`әз ірлеу`, but also `жүзеге асыру`).
    """
    out_tokens: list[str] = []
    gap_free: list[bool] = []
    for group in re.split(r" {2,}", text.strip(" ")):
        pieces = _closed_group([t for t in group.split(" ") if t], justified, vocab)
        for k, piece in enumerate(pieces):
            if out_tokens:
                gap_free.append(justified and k > 0)
            out_tokens.append(piece)
    free = {k for k, f in enumerate(gap_free) if f}
    return " ".join(out_tokens), free


# ---------------------------------------------------------------- displaced hyperlinks

def _is_link_word(token: str, vocab: Vocabulary) -> bool:
    word = token.strip("\"«»(),.;:").casefold()
    if re.match(r"^\d+(-\w+)?$", word) and "-" in word:
        return True  # 2-қосымшаға, 1-тармағына
    return any(word.startswith(stem.casefold()) for stem in vocab.forms("link_words") if len(stem) >= 3)


def fix_separator_before_word(text: str) -> tuple[str, bool]:
    """`туралы ;заң` -> `туралы заң;`, `туралы ).заң` -> `туралы заң).`, `.одекс` -> `одекс.`

    The extraction moved a hyperlinked word past the separator that follows it;
    the word is then the last token of its line, glued after the separator.
    """
    head, _, last = text.rpartition(" ")
    spaced = re.match(r"^(.*[^\W\d_]{2})\s+([;.,:])\s+([^\W\d_][\w\-]*)$", text)
    if spaced and not _SEP_WORD.match(last):
        # `туралы ; заңды`: a separator standing alone before the line's last word
        return f"{spaced.group(1)} {spaced.group(3)}{spaced.group(2)}", True
    m = _SEP_WORD.match(last)
    if not m or not re.search(r"[^\W\d_]", m.group(2)):
        return text, False
    sep, word = m.groups()
    if re.match(r"^\d", word) and sep in ".,":  # 6.1, 4,5: numbers, not links
        return text, False
    fixed = f"{word}{sep}"
    return (f"{head} {fixed}" if head else fixed), True


# What a reader of the moved text returns: the moved chunk, what is left of the last token
# where it was glued to it, and the text before it (shortened where the chunk took a token)
_Moved = tuple[str, str, str]
# a link glued after a separator ending the word before it (`бекітілсін.талаптары`,
# `(экономикалық,5-тармақтағы`)
_GLUED = re.compile(rf"^(.*?[{LOWER}{UPPER}\"»\)])([.:;,]|\);?|\)\.?)(\d+[-)]?[\w-]*|[{LOWER}{UPPER}][\w-]{{2,}})$")
_CAMEL = re.compile(rf"^(.*[{LOWER}])([{UPPER}][{LOWER}]+)$")
_DIGIT = re.compile(rf"^(.*[{LOWER}])(\d+-[\w-]+)$")
_GLUED_NUMBER = re.compile(rf"^(.*[{LOWER}])(\d+\))$")
_UNIT_WORD = re.compile(rf"^(?:(.*?[{LOWER}{UPPER}\"»)][.:;]))?([{LOWER}{UPPER}][\w-]+)$")


def _glued(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    m = _GLUED.match(last)
    if m and (_is_link_word(m.group(3), vocab) or m.group(2) in ".:"):
        return m.group(3), m.group(1) + m.group(2), head
    return None


def _camel(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    m = _CAMEL.match(last)
    return (m.group(2), m.group(1), head) if m and _is_link_word(m.group(2), vocab) else None


def _digit(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    m = _DIGIT.match(last)
    return (m.group(2), m.group(1), head) if m else None


def _glued_number(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    """`нысаныны5) тармақшасының`: the link is `5) тармақшасының`."""
    before, _, prev = head.rpartition(" ")
    m = _GLUED_NUMBER.match(prev)
    if m and _is_link_word(last, vocab):
        return f"{m.group(2)} {last}", "", (before + " " + m.group(1)).strip()
    return None


def _unit_number(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    """`редакции:пункт 3`, `исключить;подпункт 2)`, `словами пункте 4`: a unit word and its
    number were one link, moved together (glued after a separator, or standing alone)."""
    before, _, prev = head.rpartition(" ")
    m = re.match(r"^\d+(?:-\d+)*\)?$", last) and _UNIT_WORD.match(prev)
    if m and _is_link_word(m.group(2), vocab) and (m.group(1) or before):
        return f"{m.group(2)} {last}", m.group(1) or "", before
    return None


def _paren(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    m = re.match(r"^\((\w[\w-]*)$", last)
    return (m.group(1), "(", head) if m and _is_link_word(m.group(1), vocab) else None


def _glued_word(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    """`мемлекеттікбұйрығы`: the link glued to the word before it."""
    if not holes:
        return None
    for stem in vocab.forms("link_words"):
        k = last.casefold().find(stem.casefold(), 3)
        if len(stem) >= 4 and k > 3 and last[k - 1].isalpha() and last[k - 1].islower():
            return last[k:], last[:k], head
    return None


def _act_number(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    """`... № 201`: an act's number is linked together with its sign."""
    if re.match(r"^\d+(-\w+)*$", last) and head.endswith(" №"):
        return "№ " + last, "", head[:-2]
    return None


def _alone(head: str, last: str, vocab: Vocabulary, holes: bool) -> _Moved | None:
    if re.match(r"^[\w-]+$", last) and _is_link_word(last, vocab) and len(head) + len(last) >= 29 and head:
        return last, "", head
    return None


# the ways a moved link ends its line, tried in order
_MOVED_READERS = (_glued, _camel, _digit, _glued_number, _unit_number, _paren, _glued_word, _act_number, _alone)


def fix_displaced_link(text: str, indent: int, para_indent: int, trailing: int, vocab: Vocabulary) -> tuple[str, int, bool]:
    """Put a hyperlink moved to the end of its line back into the hole it left.

    The hole is a double space inside the line, or one space too many in its
    indent. The moved text is the line's last token, possibly glued to what
    precedes it (`бекітілсін.талаптары`, `НекеКодексі`, `(кодексі`).
    Returns the text, the corrected indent and whether anything moved.
    """
    if trailing:
        return text, indent, False  # a moved link ends its line with no space after it
    holes = [m.start() for m in re.finditer(r"(?<=\S) {2,}(?=\S)", text)]
    lead_hole = indent in (1, para_indent + 1) if para_indent else indent == 1
    if len(holes) + (1 if lead_hole else 0) != 1:
        return text, indent, False
    head, _, last = text.rpartition(" ")
    moved = next((m for m in (read(head, last, vocab, bool(holes)) for read in _MOVED_READERS) if m), None)
    if moved is None:
        return text, indent, False
    chunk, rest, head = moved
    body = (head + (" " + rest if rest else "")).rstrip() if head else rest
    if lead_hole:
        new_text = f"{chunk} {body}".strip()
        return new_text, max(indent - 1, 0), True
    pos = holes[0]
    if pos > len(body):
        return text, indent, False
    new_text = body[:pos].rstrip() + " " + chunk + " " + body[pos:].lstrip()
    return new_text.strip(), indent, True


# ---------------------------------------------------------------- the line pipeline

def paragraph_indent(lines: list[Line]) -> int:
    indents = Counter(ln.indent for ln in lines if ln.indent >= 2)
    return indents.most_common(1)[0][0] if indents else 0


def repair_lines(raw_lines: list[str], lang: str, pages: list[int | None] | None = None,
                 joins: dict[int, str] | None = None) -> list[Line]:
    """All repairs that need only the line itself; joining comes after, with the lexicon."""
    vocab = vocabulary(lang)
    lines = remove_page_furniture(split_lines(raw_lines, pages, joins))
    para = paragraph_indent(lines)
    for ln in lines:
        text = fix_homoglyphs(ln.text, vocab)
        if text != ln.text:
            ln.fixes.append("homoglyph")
        ln.justified = ln.trailing >= 2
        text, moved = fix_separator_before_word(text)
        if not moved:
            indent_before = ln.indent
            text, ln.indent, moved = fix_displaced_link(text, ln.indent, para, ln.trailing, vocab)
            if moved and ln.indent != indent_before:
                ln.fixes.append("link-at-start")  # the line goes on from the one before
        if moved:
            ln.fixes.append("link")
        closed, free = close_letter_spacing(text, ln.justified, vocab)
        if closed.replace(" ", "") == text.replace(" ", "") and closed != re.sub(r" {2,}", " ", text).strip():
            ln.fixes.append("letter-spacing")
        # a Latin letter spread out alone (`e ң б е к`) is only seen inside a word once closed up
        text = fix_homoglyphs(closed, vocab)
        if text != closed and "homoglyph" not in ln.fixes:
            ln.fixes.append("homoglyph")
        ln.text = re.sub(r" {2,}", " ", text).strip()
        ln.free = free
    return lines
