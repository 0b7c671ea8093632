"""The "must know" lists an act sets in its own points -> KnowledgeList of the act itself.

An act written as qualification characteristics (a chapter per position) gives each position a
point that is nothing but the must-know words and a colon (`4. Білуге тиіс:`, `7. Должен знать:`),
and the items under it as numbered subparagraphs (`1) Қазақстан Республикасының Конституциясын;`)
or after the colon, separated by semicolons. The list is the act's own: its target is the act and
the point (`4`). The list an amending order quotes for another act is read with the order's
changes (`amendments`), not here: a wording opens with a quote, and the lists inside a change's
lines are dropped (`outside_changes`). The words are the vocabulary's (`must_know`).
"""
from __future__ import annotations

import re

from . import shapes
from .compiled import rx
from .paragraphs import Para, number_of
from .records import Amendment, DocumentRecord, Item, KnowledgeList, span_of

# a numbered or lettered subparagraph, and its number
_SUBPARAGRAPH = re.compile(r"^(?:\d{1,2}|[^\W\d_])\)\s*")


def _head(lang: str) -> re.Pattern:
    """A point that opens a must-know list: its number, the words and a colon, what follows."""
    return rx(rf"^(\d+(?:-\d+)?)\.\s*(?:{shapes.words_rx(lang, 'must_know')})\s*:\s*(.*)$", re.IGNORECASE | re.DOTALL)


def _items(text: str, span) -> list[Item]:
    """The items a piece of a list prints, separated by semicolons, each without its number and its
    closing mark."""
    pieces = (_SUBPARAGRAPH.sub("", p.strip()).strip().rstrip(".;,").strip() for p in re.split(r";\s*", text))
    return [Item(p, span) for p in pieces if p]


def own_lists(paras: list[Para], record: DocumentRecord, lang: str) -> list[KnowledgeList]:
    """Each must-know point of the act with its items: those after its colon (two at least),
    else the subparagraphs that follow it up to the first paragraph that is none."""
    if not shapes.words_rx(lang, "must_know"):
        return []
    head = _head(lang)
    out: list[KnowledgeList] = []
    for k, p in enumerate(paras):
        m = head.match(p.text.strip()) if number_of(p.text.strip()) else None
        if not m:
            continue
        items = _items(m.group(2), p.span)
        # (one piece after the colon is a sentence, not a list)
        if len(items) < 2:
            items = []
            for q in paras[k + 1:]:
                if not _SUBPARAGRAPH.match(q.text.strip()):
                    break
                items.extend(_items(q.text.strip(), q.span))
        if items:
            out.append(KnowledgeList(record.doc_id, m.group(1), items, span_of(p.span, *(i.lines for i in items))))
    return out


def outside_changes(lists: list[KnowledgeList], amendments: list[Amendment]) -> list[KnowledgeList]:
    """The act's own lists: none printed inside the lines of a change it makes to another act (that
    list is the change's, read with it)."""
    wordings = [a.lines for a in amendments if a.kind == "change" and a.lines]
    return [kl for kl in lists
            if not kl.lines or not any(a <= kl.lines[0] and kl.lines[1] <= b for a, b in wordings)]
