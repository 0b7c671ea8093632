"""Cards printed as labelled paragraphs, not tables.

Most standards print a card as a table, whose cells the extraction prints as blocks of their
own. Some print each element of the card as a paragraph that opens with a run-in label
(`Кәсіп коды: NNNN-N-NNN`, `1-міндет: …`, `Дағдылар:` with one paragraph per item after it;
bold on a web page, `Label: value` lines in plain text), with no blank line between the
paragraphs: the whole card is then one block, its heading not at the block's start. The card
reader finds cards and cells by block, so such a paragraph opens a block of its own, as a
cell would: where a card's heading opens a line of the raw block (or of the raw block just
before it, a heading printed apart), each later line of that block that opens with one of
the card's row labels and its colon (card.tsv, the forms every card reader knows) starts a
new block. A line of items or of running text stays with the label before it.
"""
from __future__ import annotations

from .repair import Line


def labelled_paragraph_starts(lines: list[Line], lang: str) -> set[int]:
    """Indices of the lines that open a block of their own as a card's labelled paragraph."""
    out: set[int] = set()
    heading_block = None  # the raw block of the last card heading
    for i, ln in enumerate(lines):
        if _may_open_card(ln) and _card_heading(ln.text, lang):
            heading_block = ln.block
            if i and lines[i - 1].block == ln.block and _labelled_row_follows(lines, i, lang):
                out.add(i)
            continue
        if heading_block is None or ln.block - heading_block > 1:
            continue
        if i and lines[i - 1].block == ln.block and _opens_with_row_label(ln.text, lang):
            out.add(i)
    return out


def _labelled_row_follows(lines: list[Line], i: int, lang: str) -> bool:
    """Does a labelled paragraph of the same raw block follow the heading at `i` (the card is
    printed as paragraphs; a heading over a table stays where the other readers put it)?"""
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    return nxt is not None and nxt.block == lines[i].block and _opens_with_row_label(nxt.text, lang)


_QUOTES = "\"«“„"


def _may_open_card(ln: Line) -> bool:
    return ln.text[:1].isupper() or ln.text[:1].isdigit() or ln.text[:1] in _QUOTES


def _card_heading(text: str, lang: str) -> bool:
    """A card's heading: its label before the title (`Кәсіп карточкасы "…"`), or the quoted
    title before the label and nothing after it (`"…" кәсіп карточкасы`)."""
    from .cards import may_hold_card_heading, opens_card, title_from_start_label  # (it reads the blocks made here)
    if text[:1] in _QUOTES:
        return may_hold_card_heading(text, lang) and title_from_start_label(text, lang)[0]
    return opens_card(text, lang)


def _opens_with_row_label(text: str, lang: str) -> bool:
    """Does the line open with a card row's label and the colon that ends a run-in label?"""
    from .labels import match_at
    if not (text[:1].isupper() or text[:1].isdigit()):
        return False
    m = match_at(text, 0, lang)
    return m is not None and text[:m.end].rstrip().endswith(":")
