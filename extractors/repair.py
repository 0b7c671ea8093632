"""Raw lines -> repaired lines, with provenance back to the raw file.

PDF extraction damaged the text of the acts in five ways; each repair below is
a small function over one line (or one run of lines) and knows nothing of cards
or acts:

- page furniture: page breaks (runs of blank lines), page numbers, running headers;
- letter spacing: `к ө м е к т і ң` -> `көмектің`; a whole line spread out (`с л у ч а я х  н а`)
  closes every run; a line of letter pairs (`и е` after `Наименован`) is left to the lexicon;
- displaced hyperlinks: `Республикасының ;Конституциясы` -> `Республикасының Конституциясы;`
  here; a link moved from a hole to the end of its line (`Трудовой  Республики ... –кодекс`)
  by `displaced_links`, which reads the line with the word pairs the document prints elsewhere;
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
from functools import lru_cache

from .displaced_links import Evidence, fix_displaced_link
from .labels import card_heading_alone
from .vocabulary import LANGS, Vocabulary, legal_act_rows, vocabulary

SPACES = dict.fromkeys(map(ord, "\u00a0\u2007\u202f\u2009\u200a\t"), " ")
ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\ufeff\u00ad"), None)
_ODD_SPACE = re.compile("[" + "".join(map(chr, list(SPACES) + list(ZERO_WIDTH))) + "]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_SPACES = re.compile(r" {2,}")
_SPACED_SEP = re.compile(r"^(.*[^\W\d_]{2})\s+([;.,:])\s+([^\W\d_][\w\-]*)$")
_SEP_THEN_WORD = re.compile(r"\s[;.,:]\s+[^\W\d_][\w\-]*$")
_SEP_WORD = re.compile(r"^((?:[;.,:]|\)[.;,:]?)+)([\w\"«][\w\-\"»]*)$", re.UNICODE)
# a separator glued before the line's last two or three words (`Республикасының ;X
# кодексі`, or `;X кодексі` alone on a narrow cell's line): a link of several words moved past it
_SEP_WORDS = re.compile(r"^(|.*\s)([;,])([^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){1,2})$")


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
    paragraph: bool = False  # a paragraph of the page begins the line in a cell (an HTML `<p>`, not a `<br>`)
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
    for i, raw in enumerate(_normalized(raw_lines)):
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


def _normalized(raw_lines: list[str]) -> list[str]:
    """The lines with their spaces made plain, zero-width characters dropped and letters composed
    (NFC): done on the text at once, not line by line (a line break composes with nothing)."""
    text = "\n".join(raw_lines)
    if _ODD_SPACE.search(text):  # (rare: a translation walks the whole text)
        text = text.translate(SPACES).translate(ZERO_WIDTH)
    text = unicodedata.normalize("NFC", text)
    lines = text.split("\n")
    if len(lines) == len(raw_lines):
        return lines
    # a line that held a line break of its own: line by line, as numbered
    return [unicodedata.normalize("NFC", raw.translate(SPACES).translate(ZERO_WIDTH)) for raw in raw_lines]


_PAGE_NO = re.compile(r"^[-–—]?\s*\d{1,4}\s*[-–—]?$")


def _page_number_lines(lines: list[Line], page_starts: list[int]) -> set[int]:
    """Lone numbers at the last line before a break or the first after it, kept only when such
    numbers rise through the document (a number that is a value does not). A short act has too
    few numbered pages for a rise to show: there a number is furniture where it stands alone
    inside a sentence the break cut (see `_cuts_a_sentence`)."""
    candidates = sorted({j for b in page_starts + [len(lines)] for j in (b - 1, b)
                         if 0 <= j < len(lines) and _PAGE_NO.match(lines[j].text) and len(lines[j].text) <= 6})
    numbers = [int(re.sub(r"\D", "", lines[j].text)) for j in candidates]
    if len(numbers) < 3:
        return _few_page_numbers(lines, dict(zip(candidates, numbers)), len(page_starts) + 1)
    rising = sum(1 for a, b in zip(numbers, numbers[1:]) if b == a + 1)
    return set(candidates) if rising >= 0.6 * (len(numbers) - 1) else set()


def _few_page_numbers(lines: list[Line], numbers: dict[int, int], pages: int) -> set[int]:
    """Of a short act's lone numbers at its breaks (line -> number), those that may number one of
    its pages and cut a sentence."""
    return {j for j, n in numbers.items() if 1 <= n <= pages and _cuts_a_sentence(lines, j)}


# what ends a sentence (a list item's `;` does not: the list goes on past it in lower case)
_SENTENCE_END = re.compile(r"[.:!?]\W*$")


def _cuts_a_sentence(lines: list[Line], j: int) -> bool:
    """A number in a block of its own whose neighbours read as one sentence, or one list: the line
    before ends no sentence (a list item may end in `;`) and the line after goes on, in lower case
    or with the list's next item (`2) …;` / `2` / `3) …`).
    A value printed alone (a level under its label) follows a label that ends with its colon, or
    comes before a line that opens with a capital; a list's label (`Білім:`) and the list's first
    item after the number read on as one list.
    """
    if not 0 < j < len(lines) - 1:
        return False
    before, number, after = lines[j - 1], lines[j], lines[j + 1]
    alone = before.block != number.block != after.block
    open_text = not _SENTENCE_END.search(before.text) or _label_over_list(before.text, after.text)
    return alone and open_text and _goes_on(after.text)


def _label_over_list(before: str, after: str) -> bool:
    """A label ending in its colon whose list's first item (a bullet or a dash, never a bare
    value) opens the next page."""
    return before.endswith(":") and _NEXT_ITEM.match(after) is not None and not after[:1].isdigit()


# a running header opens most pages of the document, or nearly every page from where it starts
MOST_PAGES = 0.5
EVERY_PAGE_ON = 0.8


def _running_header_lines(lines: list[Line], page_starts: list[int]) -> set[int]:
    """The same short line opening at least three pages: most of the document's pages, or nearly
    every page from the first it opens on (an annex's running header starts with the annex). Not
    a card's heading alone (it opens every card's first page), and not a line that opens some of
    the later pages only (a card's row label the breaks happen to put at the top of a page)."""
    openers = Counter(lines[b].text for b in page_starts)
    first = {}
    for k, b in enumerate(page_starts):
        first.setdefault(lines[b].text, k)
    pages = len(page_starts)
    headers = {text for text, n in openers.items()
               if n >= 3 and (n >= MOST_PAGES * pages or n >= EVERY_PAGE_ON * (pages - first[text]))
               and len(text) < 120 and not card_heading_alone(text.strip())}
    return {b for b in page_starts if lines[b].text in headers}


def _past_numbers(lines: list[Line], page_starts: list[int], numbers: set[int]) -> list[int]:
    """The first line of each page past its page number: a page printed with its number at its
    top opens with its running header on the line after it."""
    return [b + 1 if b in numbers and b + 1 < len(lines) and not lines[b + 1].page_break_before else b
            for b in page_starts]


def _drop_lines(lines: list[Line], drop: set[int]) -> list[Line]:
    """Lines without the dropped ones; a page break a dropped line stood at moves to the next kept line."""
    kept: list[Line] = []
    carry_break = False
    for i, ln in enumerate(lines):
        if i in drop:
            carry_break = carry_break or ln.page_break_before or (i + 1 < len(lines) and lines[i + 1].page_break_before)
            continue
        ln.page_break_before = ln.page_break_before or carry_break
        carry_break = False
        kept.append(ln)
    return kept


def remove_page_furniture(lines: list[Line], vocab: Vocabulary | None = None) -> list[Line]:
    """Drop page numbers and running headers that sit at page breaks, and the line that says a
    table goes on from the page before (`Продолжение таблицы`), which opens the new page over
    the table's rest (vocab `table_continued`)."""
    breaks = [i for i, ln in enumerate(lines) if ln.page_break_before]
    if not breaks:
        return lines
    page_starts = [0] + breaks  # the document's first line opens a page too
    numbers = _page_number_lines(lines, page_starts)
    drop = numbers | _running_header_lines(lines, _past_numbers(lines, page_starts, numbers))
    lines = _drop_lines(lines, drop) if drop else lines
    if vocab is None:
        return lines
    continued = {i for i, ln in enumerate(lines) if ln.page_break_before and table_continued(ln.text, vocab)}
    continued |= _page_heads_inside_lists(lines, vocab)
    return _drop_lines(lines, continued) if continued else lines


PAGE_HEAD_LINES = 2  # a page's number and the order's annex caption under (or over) it
CAPTION_LINES = 3  # a caption set over lines: the standard's name over its annex (`"…" стандартына` / `1-қосымша`)
_NEXT_ITEM = re.compile(r"^(?:\d{1,2}\)|[–—•-])\s")


def _page_heads_inside_lists(lines: list[Line], vocab: Vocabulary) -> set[int]:
    """A page's head printed once (its lone number and a running caption that names the annex,
    `9` / `... бұйрығына қосымша`, `Приложение к приказу ...`) where the break cut a list or a
    sentence: the line before it leaves the text open and the line after it goes on (in lower
    case, or with the list's next item). Neither repeats often enough to be a running header,
    and the number may pass the count of the breaks a text copy kept."""
    drop: set[int] = set()
    for b in (i for i, ln in enumerate(lines) if ln.page_break_before):
        n = _page_head_at(lines, b, vocab)
        if n and 0 < b and b + n < len(lines) \
                and not _SENTENCE_END.search(lines[b - 1].text) and _goes_on(lines[b + n].text):
            drop.update(range(b, b + n))
    return drop


def _page_head_at(lines: list[Line], b: int, vocab: Vocabulary) -> int:
    """How many lines from `b` on are a page's head (0: none): a number and a one-line caption,
    or a number and a caption the page sets over a few lines of its own block."""
    head = lines[b:b + PAGE_HEAD_LINES]
    kinds = [_page_head_kind(ln, vocab) for ln in head]
    caption = _caption_block(lines, b + 1, vocab) if kinds[:1] == ["number"] else 0
    if caption and b + 1 + caption < len(lines):
        return 1 + caption
    if len(head) == PAGE_HEAD_LINES and set(kinds) == {"caption", "number"} \
            and b + PAGE_HEAD_LINES < len(lines) and _head_apart(head, lines[b + PAGE_HEAD_LINES]):
        return PAGE_HEAD_LINES
    return 0


def _caption_block(lines: list[Line], start: int, vocab: Vocabulary) -> int:
    """The lines of a caption set over a whole block of its own (`"…" кәсіптік стандартына` /
    `1-қосымша`, `Приложение 1` / `к профессиональному стандарту` / `"…"`): a few short lines, the
    annex word closing the last or opening the first; 0 where the block is no such caption."""
    block = [ln for ln in lines[start:start + CAPTION_LINES + 1] if ln.block == lines[start].block] \
        if start < len(lines) else []
    if not 1 < len(block) <= CAPTION_LINES or any(len(ln.text) >= 120 for ln in block):
        return 0
    return len(block) if _annex_word_at_edge(block[0].text, block[-1].text, vocab.lang) else 0


def _head_apart(head: list[Line], after: Line) -> bool:
    """Is the page's head set apart from the text: its number and caption each a block of their
    own, or the two printed together as one block that a blank line parts from the text going on?
    (A caption in the same block as the text after it may be that text's own line.)"""
    blocks = {ln.block for ln in head}
    return len(blocks) == len(head) or (len(blocks) == 1 and after.block not in blocks)


def _goes_on(text: str) -> bool:
    """Does the line go on with what a break cut: in lower case, or with a list's next item?"""
    return text[:1].islower() or _NEXT_ITEM.match(text) is not None


def _page_head_kind(line: Line, vocab: Vocabulary) -> str | None:
    """`number` for a lone page number, `caption` for a short line that the annex's word opens
    or closes (`... бұйрығына қосымша`, `Приложение к приказу ...`)."""
    if _PAGE_NO.match(line.text) and len(line.text) <= 6:
        return "number"
    return "caption" if len(line.text) < 120 and _annex_word_at_edge(line.text, line.text, vocab.lang) else None


def _annex_word_at_edge(first: str, last: str, lang: str) -> bool:
    """Does the annex's word open the caption's first line or close its last (one line: both)?"""
    opening = re.findall(r"[^\W\d_]+", first.casefold())
    closing = re.findall(r"[^\W\d_]+", last.casefold())
    annex = _annex_words(lang)
    return bool(opening and opening[0] in annex or closing and closing[-1] in annex)


@lru_cache(maxsize=None)
def _annex_words(lang: str) -> frozenset[str]:
    return frozenset(w.casefold() for f in vocabulary(lang).forms("annex") for w in re.findall(r"[^\W\d_]+", f))


_NOT_LETTERS = re.compile(r"[\W\d_]+")


def table_continued(text: str, vocab: Vocabulary) -> bool:
    """The line is only a table-continued mark (`Продолжение таблицы`, `Кестенің жалғасы`): its
    letters, whatever the damage did to its spaces and look-alike Latin letters; a table's
    number, brackets, dashes and a final period around them change nothing."""
    if len(text) > 80:
        return False
    return _letters(fix_homoglyphs(text, vocab)) in _continued_forms(vocab.lang)


def _letters(text: str) -> str:
    return _NOT_LETTERS.sub("", text).casefold()


@lru_cache(maxsize=None)
def _continued_forms(lang: str) -> frozenset[str]:
    return frozenset(_letters(f) for f in vocabulary(lang).forms("table_continued"))


# ---------------------------------------------------------------- homoglyphs

# every character c with "a" <= c.lower() <= "z" (what fix() below counts as Latin): ASCII letters,
# the dotted capital I and the Kelvin sign
_LATIN_LIKE = re.compile("[A-Za-z\u0130\u212a]")


def fix_homoglyphs(text: str, vocab: Vocabulary) -> str:
    """Latin look-alike letters inside Cyrillic words become Cyrillic; Latin words stay."""
    if not _LATIN_LIKE.search(text):
        return text  # nothing to replace: most lines have no Latin letter at all
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

def _ordinary_words(run: list[str], vocab: Vocabulary) -> bool:
    """Single characters that read as they stand in an ordinary line: `и в`, `пункты 3 и 4`,
    `1 с изменением`, `е с` (the last letter of a cut word, then `с`); not `5 .` or `С Б Ш`."""
    if len(run) == 2:
        a, b = run
        list_number = a.isdigit() and b in ".)"
        two_letters = a.isalpha() and b.isalpha() and not (a in vocab.one_letter_words or b in vocab.one_letter_words)
        return not (list_number or two_letters)
    return _words_alone(run, vocab) and any(t in vocab.one_letter_words for t in run)


# the marks a letter spread out may carry on its side away from the run: a quote or bracket that
# opens the spread word (`"Д р у г и е`), a quote or punctuation that closes it (`п р о ф е с с и и",`)
_OPENERS = "\"«“„("
_CLOSERS = "\"»”“.,;:)!?"


def _wrapped_letter(tok: str, opening: bool) -> bool:
    """A letter with the mark that opens (`"Д`) or closes (`е",`) the word spread out around it."""
    core = tok.lstrip(_OPENERS) if opening else tok.rstrip(_CLOSERS)
    return core != tok and len(core) == 1 and core.isalpha()


def _core(tok: str) -> str:
    """The character a token of a run stands for (`"Д` -> `Д`, `е",` -> `е`)."""
    if _wrapped_letter(tok, True):
        return tok.lstrip(_OPENERS)
    return tok.rstrip(_CLOSERS) if _wrapped_letter(tok, False) else tok


def _group_cores(group: list[str]) -> list[str]:
    """A group's tokens, its first and last read as the letters they carry a mark beside."""
    last = len(group) - 1
    return [t.lstrip(_OPENERS) if k == 0 and _wrapped_letter(t, True)
            else t.rstrip(_CLOSERS) if k == last and _wrapped_letter(t, False) else t
            for k, t in enumerate(group)]


def single_letter_line(groups: list[list[str]], vocab: Vocabulary) -> str:
    """How to read a line made of single characters only.

    `spread`: some run is three or longer (`с л у ч а я х  н а`): the whole line is
    letter-spaced, each run a word, even a short one. `unsure`: letters in pairs, one of them a
    one-letter word of the language (`и е` or `к а`, the two last letters of a cut word spread
    out; `е и`, the last letter of a cut word and a word; `и в`, two words): the gaps are left
    to the lexicon, which sees the words around them. `ordinary`: any other line, read run by
    run (`р ы` closes, `3 и 4` and `и в с` stay)."""
    groups = [_group_cores(g) for g in groups]  # `"Д р у г и е`: the quote that opens the word aside
    tokens = [t for g in groups for t in g]
    if len(tokens) < 2 or any(len(t) != 1 for t in tokens):
        return "ordinary"
    if any(len(g) >= 3 for g in groups):
        return "ordinary" if _words_alone(tokens, vocab) else "spread"
    pairs_with_a_word = all(t.isalpha() for t in tokens) and any(t in vocab.one_letter_words for t in tokens)
    return "unsure" if pairs_with_a_word else "ordinary"


def _words_alone(tokens: list[str], vocab: Vocabulary) -> bool:
    return all(t in vocab.one_letter_words or t.isdigit() for t in tokens)


def _run_end(toks: list[str], i: int) -> int:
    """Where the run of single characters from token i ends (i: none). A run may open with a letter
    after its opening quote and close with a letter before its closing mark (`"Д р у г и е",`)."""
    j = i + 1 if len(toks[i]) == 1 or _wrapped_letter(toks[i], True) else i
    while i < j < len(toks) and len(toks[j]) == 1:
        j += 1
    return j + 1 if i < j < len(toks) and _wrapped_letter(toks[j], False) else j


def _close_group(toks: list[str], spread: bool, vocab: Vocabulary) -> tuple[list[str], set[int]]:
    """One group of a line (between wide gaps) with its runs of single characters closed up, and
    the pieces whose gap before them is left to the lexicon (`_word_after_run`)."""
    out, unsure, i = [], set(), 0
    while i < len(toks):
        j = _run_end(toks, i)
        run = toks[i:j]
        if len(run) >= 2 and (spread or not _ordinary_words([_core(t) for t in run], vocab)):
            if len(run) >= 4 and _word_after_run(toks, j, vocab):
                out.append("".join(run[:-1]))
                unsure.add(len(out))
                run = run[-1:]
            out.append("".join(run))
            i = j
        else:
            out.append(toks[i])
            i += 1
    return out, unsure


def _word_after_run(toks: list[str], j: int, vocab: Vocabulary) -> bool:
    """Whether the last letter of a spread word (the run ending before token j) may be a
    one-letter word of its own: the line goes on in ordinary words after it with no wider gap
    (`о б р а з о в а н и ю и стажу`), so the letter's gap before it is no wider than a word's."""
    last = toks[j - 1]  # (a letter with its closing mark ends the spread word: `"к а р т а" заменить`)
    return j < len(toks) and len(toks[j]) > 1 and len(last) == 1 and last in vocab.one_letter_words


def close_letter_spacing(text: str, justified: bool, vocab: Vocabulary) -> tuple[str, set[int]]:
    """Close up runs of single characters spread by justification.

    In a spread-out line single spaces fall between letters and wider gaps
    between words: `б а с қ а  д а` is `басқа да`. A run of one-letter tokens
    is closed up unless it is made of the language's own one-letter words in an
    ordinary (not stretched) line, such as Russian `и в`.
    Returns the new text and the token gaps that stay uncertain: in a stretched
    line, single spaces between longer pieces (`әз ірлеу`, but also `жүзеге асыру`).
    """
    groups = [[t for t in g.split(" ") if t] for g in _SPACES.split(text.strip(" "))]
    if not any(len(t) == 1 or _wrapped_letter(t, True) for g in groups for t in g):
        # no run of single characters can open (most lines): only the stretched gaps are marked
        return _as_spaced(groups, justified)
    shape = single_letter_line(groups, vocab)
    if shape == "unsure" and not justified:
        tokens = [t for g in groups for t in g]
        return " ".join(tokens), set(range(len(tokens) - 1))
    return _close_groups(groups, justified, justified or shape == "spread", vocab)


def _as_spaced(groups: list[list[str]], justified: bool) -> tuple[str, set[int]]:
    """What _close_groups makes of groups with nothing to close."""
    tokens = [t for g in groups for t in g]
    if not justified:
        return " ".join(tokens), set()
    free, at = set(), 0
    for toks in groups:
        free.update(range(at, at + len(toks) - 1))
        at += len(toks)
    return " ".join(tokens), free


def _close_groups(groups: list[list[str]], justified: bool, spread: bool, vocab: Vocabulary) -> tuple[str, set[int]]:
    out_tokens: list[str] = []
    free: set[int] = set()
    for toks in groups:
        pieces, unsure = _close_group(toks, spread, vocab)
        for k, piece in enumerate(pieces):
            if out_tokens and k and (justified or k in unsure):
                free.add(len(out_tokens) - 1)  # the gap before this piece
            out_tokens.append(piece)
    return " ".join(out_tokens), free


# ---------------------------------------------------------------- displaced hyperlinks

def fix_separator_before_word(text: str) -> tuple[str, bool]:
    """`туралы ;заң` -> `туралы заң;`, `туралы ).заң` -> `туралы заң).`, `.одекс` -> `одекс.`,
    `;X кодексі` -> `X кодексі;`

    The extraction moved a hyperlinked word past the separator that follows it;
    the word is then the last token of its line, glued after the separator.
    """
    head, _, last = text.rpartition(" ")
    # (the cheap test first: the pattern's greedy head backtracks over every line)
    spaced = _SPACED_SEP.match(text) if _SEP_THEN_WORD.search(text) else None
    if spaced and not _SEP_WORD.match(last):
        # `туралы ; заңды`: a separator standing alone before the line's last word
        return f"{spaced.group(1)} {spaced.group(3)}{spaced.group(2)}", True
    m = _SEP_WORD.match(last)
    if not m and (words := _SEP_WORDS.match(text.rstrip())):
        return f"{words.group(1)}{words.group(3)}{words.group(2)}", True
    if not m or not re.search(r"[^\W\d_]", m.group(2)):
        return text, False
    sep, word = m.groups()
    if re.match(r"^\d", word) and sep in ".,":  # 6.1, 4,5: numbers, not links
        return text, False
    fixed = f"{word}{sep}"
    return (f"{head} {fixed}" if head else fixed), True


# ---------------------------------------------------------------- the line pipeline

def paragraph_indent(lines: list[Line]) -> int:
    indents = Counter(ln.indent for ln in lines if ln.indent >= 2)
    return indents.most_common(1)[0][0] if indents else 0


def _fix_links(ln: Line, text: str, para: int, vocab: Vocabulary, evidence: Evidence,
               hole_before: bool = False) -> str:
    text, moved = fix_separator_before_word(text)
    if not moved:
        indent_before = ln.indent
        text, ln.indent, moved = fix_displaced_link(text, ln.indent, para, ln.trailing, vocab, evidence,
                                                    hole_before)
        if moved and ln.indent != indent_before:
            ln.fixes.append("link-at-start")  # the line goes on from the one before
    if moved:
        ln.fixes.append("link")
    return text


def _close_spacing(ln: Line, text: str, vocab: Vocabulary) -> str:
    closed, ln.free = close_letter_spacing(text, ln.justified, vocab)
    if closed.replace(" ", "") == text.replace(" ", "") and closed != _SPACES.sub(" ", text).strip():
        ln.fixes.append("letter-spacing")
    # a Latin letter spread out alone (`e ң б е к`) is only seen inside a word once closed up
    text = fix_homoglyphs(closed, vocab)
    if text != closed and "homoglyph" not in ln.fixes:
        ln.fixes.append("homoglyph")
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=None)
def act_names(lang: str) -> Evidence:
    """The official names of the laws and codes of the catalogue (vocab/legal_acts.tsv), as
    evidence: word pairs the language prints (`Социальный кодекс`), whatever act is read."""
    col = 2 + LANGS.index(lang)
    return Evidence((row[col], 1) for row in legal_act_rows() if len(row) > col)


def repair_lines(raw_lines: list[str], lang: str, pages: list[int | None] | None = None,
                 joins: dict[int, str] | None = None) -> list[Line]:
    """All repairs that need only the line itself (and, for a displaced link, the word pairs the
    document prints elsewhere); joining comes after, with the lexicon."""
    vocab = vocabulary(lang)
    lines = remove_page_furniture(split_lines(raw_lines, pages, joins), vocab)
    para = paragraph_indent(lines)
    texts = [fix_homoglyphs(ln.text, vocab) for ln in lines]
    evidence = Evidence(((text, ln.trailing) for text, ln in zip(texts, lines)), base=act_names(lang))
    for k, (ln, text) in enumerate(zip(lines, texts)):
        if text != ln.text:
            ln.fixes.append("homoglyph")
        ln.justified = ln.trailing >= 2
        # a hole at the end of the line before: a link that ended it was moved to this line's end
        hole_before = k > 0 and lines[k - 1].trailing >= 2 and not ln.indent
        text = _fix_links(ln, text, para, vocab, evidence, hole_before)
        ln.text = _close_spacing(ln, text, vocab)
    return lines
