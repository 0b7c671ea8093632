"""Occupation cards: repaired blocks -> Card records.

A card is a two-column table (label | value) with, in its middle, rows of three
columns (function | task | skills and knowledge); card_template.tsv describes it
once. The extraction printed the cells one after another, and a page break
inside a row printed the rest of each cut cell after the break, in column
order. Reading a card therefore takes three steps:

- find each card (its heading: `Мамандық картасы "..."`, `Карточка профессии «...»`,
  `"..." кәсіп карточкасы`) and cut its blocks into labels and texts (segments.py);
- decide where every text goes, by one decision over the whole card (card_parse.py:
  a beam of readings scored by the evidence in card_evidence.py);
- build the record from the best reading (card_build.py).

Whatever the reader cannot place is reported on the card, never dropped silently.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .card_build import build_card, text_attribute
from .card_parse import parse
from .card_sections import title_without_section, without_section_headings
from .card_values import clean_title, norm, similar
from .labels import match_at
from .lexicon import Lexicon
from .records import Card, span_of
from .segments import segment_blocks
from .text import Block, RepairedText
from .vocabulary import LANGS, vocabulary


# ---------------------------------------------------------------- finding the cards

_CARD_NUMBER = re.compile(r"^№\s*\d+\s*[.:]?\s*(?=\S)")
_BRACKETED = re.compile(r"\([^()]{1,80}\)\.?")
# a quoted title with a qualifier in brackets after it (`«…» (4-й уровень квалификации)`): the title
_QUOTED_QUALIFIED = re.compile(r"^([\"«“][^\"«»“”]+[\"»”])\s*\([^()]{1,80}\)\.?$")


@dataclass
class CardSpan:
    start: int  # block index of the card's first block
    end: int  # block index after its last block
    title: str | None
    title_block: int | None = None  # block that holds only the title
    repeated: tuple[int, ...] = ()  # blocks of the heading printed again at a page's head


def title_from_start_label(text: str, lang: str) -> tuple[bool, str | None]:
    """Is this block the start of a card? Returns (starts, title-in-block).

    The card heading is `<label> <title>` (`Мамандық картасы "..."`, `Карточка профессии «...»`),
    possibly after an annex header (`Приложение 1`), or `"<title>" <label>` (`"..." кәсіп карточкасы`)."""
    lm = match_at(text, 0, lang, ("card_start",))
    if lm:
        if _defines_term(text[lm.end:]):
            return False, None
        # the card's own number may follow the label (`Кәсіп карточкасы № 2 "..."`)
        rest = _CARD_NUMBER.sub("", text[lm.end:].strip(" :—–-"), count=1)
        return True, _QUOTED_QUALIFIED.sub(r"\1", rest) or None
    low = text.lower()
    if not any(w in low for w in _card_start_last_words(lang)) or not _any_card_start(lang).search(text):
        return False, None  # most blocks: a few substring tests, not a search per heading form
    return _label_inside(text, lang)


def _label_inside(text: str, lang: str) -> tuple[bool, str | None]:
    """The heading whose label is not the block's first words: after an annex header or the
    card's number, or after its quoted title."""
    for rx in _card_start_patterns(lang):
        for m in rx.finditer(text):
            head, rest = text[: m.start()].strip(), text[m.end():].strip(" :")
            if _defines_term(rest):
                continue
            if _BRACKETED.fullmatch(rest) and re.search(r"[\"«“]", head):
                rest = ""  # a qualifier after `"<title>" <label>` (the card's level, in brackets)
            if rest:
                # an annex header (`Приложение 1`) or the card's order number (`1.`, `5.1.`) may
                # come first: the label must follow it directly
                if re.fullmatch(r"[^\W\d_]*\s*\d+(?:\.\d+)*\s*[.)]?\s*([–—-]\s*[^\W\d_]+)?", head) or not head:
                    return True, _QUOTED_QUALIFIED.sub(r"\1", rest)
                continue
            quoted = re.findall(r"[\"«“]([^\"«»“”]+)[\"»”]", head)
            if quoted:
                return True, quoted[-1]
            head = re.sub(r"^\s*\d+\s*[–—-]\s*\S+\s*", "", head)
            return True, head or None
    return False, None


# `term – definition` (`4) кәсіп карточкасы – кәсіптік стандарттың ... бөлігі`): a dash and a word
# in lower case after the label, where a heading's title is quoted or capitalised
_DEFINITION = re.compile(r"^\s*[–—-]\s*[^\W\d_]")


def _defines_term(rest: str) -> bool:
    """Is what follows the card's label the definition of the term (the standard's list of
    terms defines `кәсіп карточкасы` / `карточка профессии`), not a card's title?"""
    m = _DEFINITION.match(rest)
    return m is not None and rest[m.end() - 1].islower()


def opens_card(text: str, lang: str) -> bool:
    """Is the line a card's heading: its label (first, or after its number) alone, before a
    quoted title or before a colon? A sentence may name the cards (`Кәсіп карточкалары осы
    стандартқа ...`)."""
    if not may_hold_card_heading(text, lang):
        return False  # (asked of every line after a sentence's end: most hold no heading's words)
    starts, title = title_from_start_label(text, lang)
    return starts and (title is None or title.lstrip()[:1] in _QUOTES or _colon_after_label(text, lang))


def may_hold_card_heading(text: str, lang: str) -> bool:
    """Does the line's start hold the first letters of every word of a card heading label?"""
    low = text[:200].casefold()
    return any(all(p in low for p in heads) for heads in _card_start_heads(lang))


def _colon_after_label(text: str, lang: str) -> bool:
    """The heading's label opens the line and a colon closes it (`Кәсіп карточкасы: …`)."""
    for rx in _card_start_patterns(lang):
        m = rx.match(text.lstrip())
        if m and text.lstrip()[m.end():].lstrip().startswith(":"):
            return True
    return False


def annex_caption_end(text: str, lang: str) -> bool:
    """Does a short line end an annex's caption (`… кәсіптік стандартқа 2-қосымша`, `қосымша`,
    `Приложение 2`)? A card's heading may follow it with no blank line between."""
    m = _annex_rx(lang).search(text) if len(text) <= CAPTION_LINE else None
    return m is not None and not text[m.end():].strip(" .:")


CAPTION_LINE = 80  # characters: a caption's line is short


@lru_cache(maxsize=None)
def _card_start_heads(lang: str) -> tuple[tuple[str, ...], ...]:
    """The first four letters of each word of each card heading label: a line that may hold
    the label holds them all (a word damaged past its fourth letter is read by the block's
    own reading, not here)."""
    return tuple(tuple(w.casefold()[:4] for w in form.split()) for form in vocabulary(lang).forms("card_start"))


_QUOTES = "\"«“„"


@lru_cache(maxsize=None)
def _card_start_patterns(lang: str) -> tuple[re.Pattern, ...]:
    """Each card heading label anywhere in a block, on word bounds (asked of every block)."""
    # a card's own number may come first, as a Kazakh ordinal (`1-кәсіп карточкасы`)
    return tuple(re.compile(r"(?:^|\s)(?:\d{1,2}\s*[-–]\s*)?" + r"\s+".join(map(re.escape, form.split())) + r"(?=\s|$|:)",
                            re.IGNORECASE)
                 for form in vocabulary(lang).forms("card_start"))


@lru_cache(maxsize=None)
def _card_start_last_words(lang: str) -> frozenset[str]:
    """The last word of every card heading label: a block without one holds no heading (the
    search of all the forms, with case folded, costs more than these substring tests)."""
    return frozenset(form.split()[-1].lower() for form in vocabulary(lang).forms("card_start"))


@lru_cache(maxsize=None)
def _any_card_start(lang: str) -> re.Pattern:
    return re.compile("|".join(f"(?:{rx.pattern})" for rx in _card_start_patterns(lang)), re.IGNORECASE)


def find_cards(doc: RepairedText) -> list[CardSpan]:
    lang = doc.lang
    starts = _without_set_headings(_card_starts(doc.blocks, lang))
    starts, repeated = _without_repeated_headings(starts, doc.blocks, lang)
    spans = []
    for k, (i, title, tb) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(doc.blocks)
        for j in range(i + 1, end):
            if match_at(doc.blocks[j].text, 0, lang, ("card_end",)) or _chapter_heading(doc.blocks[j].text, lang):
                end = j
                break
        while k + 1 < len(starts) and (caption := _annex_caption_at(doc.blocks, i + 2, end, lang)) is not None:
            end = caption  # the next card's annex caption, printed above its heading
        inside = tuple(b for b in repeated if i < b < end)
        spans.append(CardSpan(i, end, clean_title(title_without_section(title, lang)), tb, inside))
    return spans


def _card_starts(blocks: list[Block], lang: str) -> list[tuple[int, str | None, int | None]]:
    """(block, title, the title's own block) of every card heading."""
    starts: list[tuple[int, str | None, int | None]] = []
    for i, b in enumerate(blocks):
        ok, title = title_from_start_label(b.text, lang)
        if not ok or _chapter_of_points(blocks, i, lang):
            continue
        title_block = None
        if not title and i + 1 < len(blocks) and not match_at(blocks[i + 1].text, 0, lang):
            title, title_block = blocks[i + 1].text, i + 1
        elif title and _quote_open(title) and i + 1 < len(blocks) and _quote_closes(blocks[i + 1].text, lang):
            title, title_block = f"{title} {blocks[i + 1].text}", i + 1
        starts.append((i, title, title_block))
    return starts


def _chapter_of_points(blocks: list[Block], i: int, lang: str) -> bool:
    """Is a heading that names the card a chapter of the standard's points (`3-тарау. Кәсіп
    карточкасы` over `6. Кәсіптік стандарт мына кәсіп карточкасын қамтиды ...`), not a card:
    a chapter's number opens it and a numbered point follows it."""
    from .units import chapter_at_start
    return chapter_at_start(blocks[i].text, lang) is not None and i + 1 < len(blocks) \
        and _POINT.match(blocks[i + 1].text) is not None


_POINT = re.compile(r"\s*\d{1,2}\.\s+[^\W\d_]")


def _quote_open(title: str) -> bool:
    """Does a heading's title open a quote it does not close (`Карточка профессии "Name of`)?"""
    return sum(title.count(q) for q in _QUOTES) % 2 == 1 and not any(title.rstrip().endswith(q) for q in "\"»”")


def _quote_closes(text: str, lang: str) -> bool:
    """Is a block the rest of a quoted title a page break cut off (`words"`): short, ending in
    the closing quote, with no quote before it and no row's label?"""
    t = text.strip()
    return len(t) <= CAPTION_LINE and t[-1:] in "\"»”" and sum(t.count(q) for q in _QUOTES) == 1 \
        and match_at(t, 0, lang) is None


def _without_set_headings(starts: list[tuple]) -> list[tuple]:
    """A heading without a title that the next card's heading follows directly heads the set of
    cards (`Карточки профессий` over one table whose title rows open the cards), not a card:
    it holds no row."""
    return [s for k, s in enumerate(starts)
            if s[1] or k + 1 == len(starts) or starts[k + 1][0] != s[0] + 1]


def _without_repeated_headings(starts: list[tuple], blocks: list[Block], lang: str) -> tuple[list[tuple], list[int]]:
    """A card printed as one table whose heading row is its header repeats that heading at the
    head of every page it runs onto: a heading opening a page with the title of the card before
    it goes on that card, unless a row that card printed already follows it (cards of one title
    and several levels each start over). The blocks of each repeat (its heading and its title's
    own block) are returned, for the card to leave out."""
    kept: list[tuple] = []
    repeated: list[int] = []
    for start in starts:
        i, title, title_block = start
        last = kept[-1] if kept else None
        if last and title and last[1] and blocks[i].page_break_before \
                and norm(clean_title(title)) == norm(clean_title(last[1])) \
                and not _starts_over(blocks, last[0], i, (title_block or i) + 1, lang):
            repeated += [i] + ([title_block] if title_block is not None else [])
        else:
            kept.append(start)
    return kept, repeated


def _starts_over(blocks: list[Block], card: int, heading: int, after: int, lang: str) -> bool:
    """Does the first row label after a heading name a row the card from `card` printed before it?"""
    printed = {m.field for b in blocks[card + 1:heading] if (m := match_at(b.text, 0, lang))}
    nxt = next((m for b in blocks[after:after + 3] if (m := match_at(b.text, 0, lang))), None)
    return nxt is not None and nxt.field in printed


def _card_blocks(blocks: list[Block], first: int, end: int, left_out: tuple[int, ...]) -> list[Block]:
    """The card's blocks from `first`, without a repeated heading; the block after one opens
    the page the heading opened."""
    out: list[Block] = []
    carry = False
    for j in range(first, end):
        if j in left_out:
            carry = carry or blocks[j].page_break_before
            continue
        b = blocks[j]
        out.append(Block(b.lines, b.joins, True) if carry and not b.page_break_before else b)
        carry = False
    return out


def _chapter_heading(text: str, lang: str) -> bool:
    """The heading that ends the cards printed as a chapter's (`Глава 4. Технические данные
    профессионального стандарта`, `4-тарау. …`): after the chapter's number."""
    from .units import chapter_at_start
    chapter = chapter_at_start(text, lang) if len(text) <= 300 else None
    if chapter is None:
        return False
    rest = text[chapter.end:].lstrip(" .:–-")
    # (or any chapter's heading alone in its block: a card holds no chapter, the next standard of
    # the order opens its own - `2-қосымша`, `1-тарау. Жалпы ережелер`)
    return match_at(rest, 0, lang, ("card_end",)) is not None \
        or (len(text) <= _CHAPTER_LINE and rest[:1].isupper() and not _POINT.search(rest))


_CHAPTER_LINE = 120  # characters: a chapter's heading alone in its block


CAPTION_BLOCKS = 3  # an annex caption's lines may stand apart (`… кәсіптік стандартқа` / `3-қосымша`)


def _annex_caption_at(blocks: list[Block], first: int, end: int, lang: str) -> int | None:
    """Where the caption of an annex printed right before `end` begins, if any: short blocks at
    the head of a page naming an annex (`"…" кәсіптік стандартына 2-қосымша`, `Приложение 2 к
    профессиональному стандарту`, or the owner and `3-қосымша` as blocks of their own), no
    earlier than `first`."""
    window = range(end - 1, max(first, end - CAPTION_BLOCKS) - 1, -1)
    texts = {start: " ".join(b.text for b in blocks[start:end]) for start in window}
    window = [start for start in window if len(texts[start]) < 300]
    for start in window:
        if blocks[start].page_break_before and _annex_rx(lang).search(texts[start]):
            return start
    # no page break opens it (a saved page): the nearest blocks that have a caption's shape
    return next((start for start in window if _caption_shaped(texts[start], lang)), None)


def _caption_shaped(text: str, lang: str) -> bool:
    """Blocks that are an annex's caption by their own shape, where no page break says so (a
    saved page): the annex's name opens them (`Приложение 2 к …`) or ends them (`… 2-қосымша`)."""
    found = list(_annex_rx(lang).finditer(text))
    return bool(found) and (found[0].start() == 0 or not text[found[-1].end():].strip(" .:"))


@lru_cache(maxsize=None)
def _annex_rx(lang: str) -> re.Pattern:
    forms = [r"\s*".join(re.escape(p) if p != "N" else r"\d{1,2}" for p in re.findall(r"N|[^\W\d_]+|[-–]", f))
             for f in vocabulary(lang).forms("annex")]
    return re.compile(r"(?<!\w)(?:" + "|".join(forms) + r")(?!\w)", re.IGNORECASE)


def unread_card_headings(doc: RepairedText) -> list[str]:
    """An act that names an occupation card (in either language) where no card could be read
    says so: a card the reader missed is never silent."""
    forms = {f.casefold() for lang in LANGS for f in vocabulary(lang).forms("card_start")}
    out = []
    for b in doc.blocks:
        text = " ".join(b.text.split()).casefold()
        hit = next((f for f in forms if f in text), None)
        if hit:
            out.append(f"the act names an occupation card ({hit!r}, raw lines {b.linenos[0]}-{b.linenos[1]}) "
                       "but no card could be read there")
            break
    return out


def read_cards(doc: RepairedText, lexicon: Lexicon) -> list[Card]:
    cards: list[Card] = []
    for k, span in enumerate(find_cards(doc)):
        first = span.start + 1
        if span.title_block is not None:
            first = span.title_block + 1
        blocks: list[Block] = doc.blocks[span.start:span.end]
        # the first block: whatever follows the card-start label and title on it is not a value
        card_blocks = without_section_headings(_card_blocks(doc.blocks, first, span.end, span.repeated), doc.lang)
        segs = segment_blocks(card_blocks, doc.lang, first)
        ctx, best = parse(segs, doc.lang, _known_values(cards))
        card = build_card(ctx, best, k + 1, span.title, lexicon)
        card.lines = span_of(card.lines, (blocks[0].linenos[0], blocks[-1].linenos[1]))
        _check_start_block(doc.blocks[span.start], card, doc.lang)
        cards.append(card)
    return cards


def _known_values(cards: list[Card]) -> dict[str, list[str]]:
    """The values the cards read so far give their text rows (for a row whose label is lost)."""
    from .card_template import card_template
    out: dict[str, list[str]] = {}
    for row in card_template().rows:
        if row.value != "text":
            continue
        attr = text_attribute(row.key)
        vals = [getattr(c, attr) for c in cards if getattr(c, attr, None)]
        if vals:
            out[row.key] = vals
    return out


def _check_start_block(block: Block, card: Card, lang: str) -> None:
    """Rows printed on the card-start line (`Мамандық картасы X Кәсіп коды ...`) are not lost silently."""
    segs = segment_blocks([block], lang)
    extra = [s for s in segs if s.kind == "label" and s.field not in ("card_start",)]
    if extra:
        card.warnings.append("labels on the card-start line: " + ", ".join(s.field for s in extra))
