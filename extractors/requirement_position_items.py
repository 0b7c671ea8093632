"""Requirements grouped by category: a point per category, a subparagraph per position.

An act may print its requirements not per position but per category: a point whose head names
the category and no position (`3. Квалификационные требования к работникам высшей категории:`,
`3. Жоғары санатты қызметкерлерге қойылатын біліктілік талаптары:`), and under it a subparagraph
per position, the position's name (often the short form the act's list defines), a dash and its
clause (`1) социальный работник – высшее … образование, стаж …;`). The list of positions then
gives each position its full name, the short form (`(далее – социальный работник)`, `(бұдан әрі –
әлеуметтік қызметкер)`) and its level after a dash (`– специалист высшего уровня квалификации;`,
`– біліктілігі жоғары деңгейдегі маман;`).

`definition` reads an item of the act's list so; `item_clause` reads a subparagraph of a point as
a position's clause. The words are the vocabulary's (`short_form_opener`, `specialist_level:`).
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import NamedTuple

from . import shapes
from .compiled import rx
from .vocabulary import vocabulary

# a subparagraph's number, and a dash between a name and what the item says of it
_ITEM = re.compile(r"^\d{1,2}\)\s*")
_DASH = r"\s+[–—-]\s+"


class Definition(NamedTuple):
    """A position of the act's list: its full name, the short form the act calls it by (or ""),
    and the level the list gives it (or None)."""

    name: str
    short: str
    level: str | None


def _short_form(lang: str) -> re.Pattern | None:
    """The bracket that gives a name's short form (`(далее – X)`), its form in group 1."""
    openers = vocabulary(lang).forms("short_form_opener")
    if not openers:
        return None
    return rx(r"\s*\((?:" + "|".join(map(re.escape, openers)) + r")\s*[–—-]\s*([^()]+?)\s*\)", re.IGNORECASE)


def level_after(text: str, lang: str) -> tuple[str | None, int]:
    """The level an item gives its position after its last dash, nothing after it but the item's
    end (`… – специалист высшего уровня квалификации;`), and where the name ends; (None, its end)
    where it gives none."""
    body = text.rstrip(" ;.")
    for m in reversed(list(re.finditer(_DASH, body))):
        hit = shapes.at_start(body[m.end():], lang, "specialist_level:")
        if hit and not body[m.end() + hit[1]:].strip():
            return hit[0], m.start()
    return None, len(body)


@lru_cache(maxsize=4096)
def definition(item: str, lang: str) -> Definition:
    """An item of the act's list of positions as its name, its short form and its level."""
    level, end = level_after(item, lang)
    name = item[:end]
    bracket = _short_form(lang)
    m = bracket.search(name) if bracket else None
    short = m.group(1).strip() if m else ""
    name = (name[:m.start()] + name[m.end():]) if m else name
    return Definition(" ".join(name.split()).strip(" ,;."), " ".join(short.split()), level)


def _same(a: str, b: str) -> bool:
    return bool(a and b) and difflib.SequenceMatcher(None, a.casefold(), b.casefold()).ratio() >= 0.9


def item_clause(text: str, listed: list[str], lang: str) -> tuple[Definition, str] | None:
    """A subparagraph that names a listed position (its full name or its short form) before a
    dash and gives its clause after it, as the position's definition and the clause; None for
    any other line."""
    m = _ITEM.match(text)
    if not m:
        return None
    body = text[m.end():]
    for dash in re.finditer(_DASH, body):
        printed = " ".join(body[:dash.start()].split())
        found = [d for d in map(lambda i: definition(i, lang), listed)
                 if _same(printed, d.name) or _same(printed, d.short)]
        if found:
            return found[0], body[dash.end():].strip()
    return None


def definition_level(name: str, listed: list[str], lang: str) -> str | None:
    """The level the act's list gives the position of that full name, if any."""
    return next((d.level for d in map(lambda i: definition(i, lang), listed) if d.name == name), None)


def as_defined(named: list[str], listed: list[str], lang: str) -> tuple[list[str], str | None]:
    """The positions a head named, each item of the act's list that gives its level after a dash
    as its name alone (`2) тәрбиеші – біліктілігі орта деңгейдегі маман;` names `тәрбиеші`), and
    the level the list gives the first of them (None where it gives none). An item that gives no
    level is named as listed."""
    defined = [definition(n, lang) if n in listed else None for n in named]
    names = [d.name if d and d.level else n for n, d in zip(named, defined)]
    return names, next((d.level for d in defined[:1] if d), None)


def titled(title: str, listed: list[str], lang: str) -> list[str]:
    """The listed position a chapter's title is (its name, in whatever capitals: `2-тарау.
    Әлеуметтік педагог` over `1) әлеуметтік педагог – …;`), as a one-item list; none where the
    title is no listed position's name. A chapter per position may head its requirements point
    with no name of its own (`5. Біліктілікке қойылатын талаптар:`)."""
    if not title:
        return []
    return [item for item in listed if _same(title, definition(item, lang).name)][:1]
