"""What an act holds (`documents.act_kind`) and a short name to show it by.

The kind is read from what the extraction found, not from the act's title: an
act that changes the wording of other acts is an amending order (even where an annex brings new
wordings of cards or clauses), an act with occupation cards is a professional
standard, then rules (the one kind told by its title's words,
`vocab/act_kinds.tsv`), then an act with requirement clauses holds
qualification requirements; anything else is `other`.
"""
from __future__ import annotations

import re

from .records import Extraction
from .vocabulary import vocabulary, words

SHORT_NAME_MAX = 120
_QUOTED = re.compile(r"[«\"“„]([^«»\"“”„]{3,})[»\"”“]")


def _title_has(title: str, lang: str, key: str) -> bool:
    forms = {f.casefold() for f in vocabulary(lang).forms(key)}
    return any(w.casefold() in forms for w in words(title or ""))


def act_kind(ex: Extraction) -> str:
    # repealing earlier acts is what many approving orders also do: only a change to wording amends
    if any(a.kind == "change" and a.operation != "repeal" for a in ex.amendments):
        return "amending_order"
    if ex.cards:
        return "standard"
    if _title_has(ex.document.title or "", ex.document.lang, "act_kind:rules"):
        return "rules"
    if ex.requirements:
        return "qualification_requirements"
    return "other"


def short_name(title: str | None, kind: str, lang: str) -> str | None:
    """A standard's quoted name; else the title without its approving or amending formula."""
    if not title:
        return None
    quoted = _QUOTED.search(title)
    if kind == "standard" and quoted:
        return _cap(quoted.group(1).strip())
    name = title
    for formula in sorted(vocabulary(lang).forms("title_formula"), key=len, reverse=True):
        m = re.search(r"(?<!\w)" + re.escape(formula) + r"(?!\w)", name, re.I)
        if m:
            name = name[: m.start()] + " " + name[m.end():]
            break
    name = " ".join(name.split()).strip(" ,.;:")
    name = name[:1].upper() + name[1:]
    return _cap(name) or None


def _cap(name: str) -> str:
    if len(name) <= SHORT_NAME_MAX:
        return name
    cut = name[: SHORT_NAME_MAX - 1].rsplit(" ", 1)[0]
    return cut.rstrip(" ,.;:") + "…"
