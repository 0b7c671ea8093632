"""Repaired text: blocks of repaired lines, joined, with an offset map to the raw file.

This is what every reader after the repair stage sees. A block is a run of
lines between blank lines (a table cell, a paragraph, or several cells the
extraction put on one line); `page_break_before` marks blocks that open a new
page. `render()` is the text a person reads (`kzprof repair`), and
`offset_map()` gives, for each character of it, the raw line it came from.
"""
from __future__ import annotations

import re
import unicodedata
from array import array
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .joining import build_lexicon, join_run, reliable_words
from .lexicon import Lexicon
from .morphology import affix_dictionary, form_prior
from .reading import RawDocument
from .repair import Line, repair_lines
from .vocabulary import vocabulary

PAGE_BREAK_MARK = "\f"


@dataclass
class Block:
    lines: list[Line]
    joins: list[str]  # joiner after each line; the last is ""
    page_break_before: bool = False

    @property
    def text(self) -> str:
        return "".join(ln.text + j for ln, j in zip(self.lines, self.joins))

    @property
    def linenos(self) -> tuple[int, int]:
        return self.lines[0].lineno, self.lines[-1].lineno

    def char_linenos(self) -> array:
        out = array("i")
        for ln, j in zip(self.lines, self.joins):
            out.extend([ln.lineno] * (len(ln.text) + len(j)))
        return out


@dataclass
class RepairedText:
    source_file: str
    lang: str
    lines: list[Line]
    blocks: list[Block]
    unsettled: list[tuple[int, str, str, str]] = field(default_factory=list)  # (lineno, left, right, chosen)
    # what the readers derive from the text and share (the act's paragraphs: three readers ask)
    derived: dict = field(default_factory=dict, repr=False, compare=False)

    def render(self, trace: bool = False) -> str:
        out = []
        for b in self.blocks:
            if b.page_break_before and out:
                out.append(PAGE_BREAK_MARK)
            text = b.text
            if trace:
                first, last = b.linenos
                span = f"{first}" if first == last else f"{first}-{last}"
                text = f"[{span}] {text}"
            out.append(text)
        return "\n\n".join(out).replace("\n\n" + PAGE_BREAK_MARK + "\n\n", "\n\n" + PAGE_BREAK_MARK + "\n")

    def offset_map(self) -> tuple[str, array]:
        """The rendered text and, per character, its raw line number (0 for separators)."""
        text_parts, linenos = [], array("i")
        for i, b in enumerate(self.blocks):
            if i:
                sep = "\n\n" + (PAGE_BREAK_MARK + "\n" if b.page_break_before else "")
                text_parts.append(sep)
                linenos.extend([0] * len(sep))
            text_parts.append(b.text)
            linenos.extend(b.char_linenos())
        return "".join(text_parts), linenos

    def residue(self) -> dict:
        return residue_report(self)


def prepare(raw: RawDocument, lang: str) -> list[Line]:
    """The line-level repairs (everything but joining); a scan's words misread by one letter first."""
    lines = raw.lines
    if raw.source_format == "pdf-ocr":
        from .ocr_words import corrected, knowing
        lines = corrected(lines, knowing(lang))
    layout = raw.layout or {}
    repaired = repair_lines(lines, lang, raw.pages, layout.get("joins"))
    paragraphs = set(layout.get("paragraphs") or ())
    for ln in repaired if paragraphs else ():  # (only a page's markup says where its paragraphs begin)
        ln.paragraph = ln.lineno in paragraphs
    return repaired


@lru_cache(maxsize=None)
def general_lexicon(lang: str) -> Lexicon:
    """What every act of a language is repaired with besides its own words: the words of the
    label vocabulary and the language's general dictionary (morphology.form_prior) with its
    suffix inventory. Nothing in it comes from an act, so it is the same whatever is read."""
    vocab = vocabulary(lang)
    affixes = affix_dictionary(lang)
    return build_lexicon([], vocab.phrases(), form_prior(lang), affixes, affixes.words() if affixes else None)


def corpus_lexicon(prepared: list[list[Line]], lang: str) -> Lexicon:
    """The general lexicon plus the words the given texts show whole. A refresh gives it one act
    at a time (`document_lexicon`), so no act's repair depends on the others read with it."""
    return general_lexicon(lang).with_words(sum((reliable_words(lines) for lines in prepared), Counter()))


def document_lexicon(lines: list[Line], lang: str) -> Lexicon:
    return corpus_lexicon([lines], lang)


def assemble(source_file: str, lang: str, lines: list[Line], lexicon: Lexicon) -> RepairedText:
    blocks: list[Block] = []
    unsettled = []
    run: list[Line] = []

    def flush():
        if not run:
            return
        result = join_run(run, lexicon)
        for ln, text in zip(run, result.line_texts):
            ln.text = text
        blocks.append(Block(list(run), result.line_joins, run[0].page_break_before))
        unsettled.extend(result.unsettled)
        run.clear()

    from .card_paragraphs import labelled_paragraph_starts
    paragraphs = labelled_paragraph_starts(lines, lang)
    for i, ln in enumerate(lines):
        if run and (ln.block != run[-1].block or i in paragraphs or _heading_after_sentence(run[-1], ln, lang)):
            flush()
        run.append(ln)
    flush()
    return RepairedText(source_file, lang, lines, blocks, unsettled)


def _heading_after_sentence(prev: Line, ln: Line, lang: str) -> bool:
    """A card's heading opens a block of its own, also where no blank line was printed before
    it (a PDF whose paragraphs have no space between them) after a sentence's end, a closing
    quote or an annex's caption: the cards are found by block."""
    from .cards import annex_caption_end, opens_card  # (the card reader reads the blocks this makes)
    if not (ln.text[:1].isupper() or ln.text[:1].isdigit()) or not opens_card(ln.text, lang):
        return False  # (asked of every line: the heading's cheap test first, the caption's pattern last)
    # (a caption's last line may be the quoted name of the standard the annex belongs to)
    return prev.text.rstrip()[-1:] in PARAGRAPH_ENDS or annex_caption_end(prev.text, lang)


PARAGRAPH_ENDS = (".", ";", ":", '"', "»", "”")


def repair_document(raw: RawDocument, lang: str, lexicon: Lexicon | None = None) -> RepairedText:
    lines = prepare(raw, lang)
    if lexicon is None:
        lexicon = document_lexicon(lines, lang)
    return assemble(raw.source_file, lang, lines, lexicon)


# ---------------------------------------------------------------- residue report

_LETTER = r"[^\W\d_]"
# both read the whole text at once, line by line (MULTILINE): neither crosses a line end
LETTER_SPACED = re.compile(rf"(?:(?<=\s)|^){_LETTER}(?: {_LETTER}){{2,}}(?=\s|$)", re.MULTILINE)
# the glued form starts only where a run of letters starts (the look-behind): tried from every
# letter of a long word, it would rescan the rest of the word each time (quadratic)
DISPLACED_LINK = re.compile(r"(?:^|\s)(?:[;.,:]|\)[.;,])[^\W\d_]{2,}(?=\s|$)|(?<![^\W\d_])[^\W\d_]{3,}[.;:][^\W\d_]{3,}$",
                            re.MULTILINE)
LATIN = re.compile(r"[a-zA-Z]")
CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def count_residue(text: str, one_letter_words: frozenset[str] = frozenset()) -> dict[str, list[str]]:
    """Damage still visible in a text, by kind, with the offending snippets.

    - letter-spaced: three or more single letters in a row separated by spaces
      (runs made only of the language's own one-letter words excepted);
    - displaced-link: a separator glued to the front of a word (`;Заңы`, `.кодекс`)
      or a word glued after a sentence end at the end of a line (`бекітілсін.талаптары`);
    - latin-in-cyrillic: a word with both Latin and Cyrillic letters.
    """
    found: dict[str, list[str]] = {"letter_spaced": [], "displaced_link": [], "latin_in_cyrillic": []}
    lines = text.splitlines()
    text = "\n".join(lines)  # every line end one `\n`, where the patterns' `^` and `$` match
    for m in LETTER_SPACED.finditer(text):
        if not all(t in one_letter_words for t in m.group(0).split(" ")):
            found["letter_spaced"].append(m.group(0))
    found["displaced_link"] = [m.group(0).strip() for m in DISPLACED_LINK.finditer(text)]
    if not (LATIN.search(text) and CYRILLIC.search(text)):
        return found
    for line in lines:
        if not (LATIN.search(line) and CYRILLIC.search(line)):
            continue  # most lines: no word can hold both alphabets
        for word in re.findall(r"\w+", line):
            if LATIN.search(word) and CYRILLIC.search(word):
                found["latin_in_cyrillic"].append(word)
    return found


def residue_report(doc: RepairedText) -> dict:
    vocab = vocabulary(doc.lang)
    text = unicodedata.normalize("NFC", doc.render())
    found = count_residue(text, vocab.one_letter_words)
    return {
        "source_file": doc.source_file,
        "letter_spaced": len(found["letter_spaced"]),
        "displaced_link": len(found["displaced_link"]),
        "latin_in_cyrillic": len(found["latin_in_cyrillic"]),
        "examples": {k: v[:10] for k, v in found.items()},
        "unsettled_joins": [
            {"line": ln, "left": left, "right": right, "chosen": chosen} for ln, left, right, chosen in doc.unsettled
        ],
    }
