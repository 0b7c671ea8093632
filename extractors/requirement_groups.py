"""Requirements stated per group of positions, the positions named in an annex table.

An act may gather its positions in groups named by a letter or a number and state the
requirements once per group:

- a point defines the groups by their level (`группа А – должности специалистов высшего уровня
  квалификации, группа Б – … среднего …`; `А тобы – біліктілігі жоғары деңгейдегі мамандардың
  лауазымдары, …`): `group_levels`;
- a requirement point (or the chapter heading over it) names the group its clauses are for (`К
  работникам, занимающим должности группы А, …:`; `А тобының лауазымдарына …:`);
- a table, usually an annex, lists the positions with their group (`№ п/п | Наименование
  должности | Группа должностей`), printed cell after cell: `group_table`.

Each clause of a point that names a group and no position becomes one record per position of
the group, of the group's level where the clause names none (`with_groups`). The words are the
vocabulary's (`position_group_word`, the side of the label it stands on, and the table's column
word `position_group_column`: `vocab/requirements_groups.tsv`).
"""
from __future__ import annotations

import re
from dataclasses import replace

from . import requirement_table as table
from . import shapes, units
from .compiled import rx
from .paragraphs import Para, number_of
from .records import Requirement
from .text import RepairedText
from .vocabulary import vocabulary

# a group's label: one capital letter, a number or a roman numeral (the Kazakh І is Cyrillic)
_LABEL = r"(?:[^\W\d_]|\d{1,2}|[IVXІ]{1,4})"
_ROW_NUMBER = re.compile(r"^\d{1,3}[.)]?$")


def _group_rx(lang: str) -> re.Pattern | None:
    """A group named by its word and its label, the label on the side the language prints it
    (`группы А`, `А тобы`); None where the vocabulary has no word for a group."""
    words = shapes.words_rx(lang, "position_group_word")
    if not words:
        return None
    label = rf"(?P<g>{_LABEL})"
    after = vocabulary(lang).first("position_group_side", "after") == "after"
    shape = rf"(?<!\w)(?:{words})\s+{label}(?!\w)" if after else rf"(?<!\w){label}\s+(?:{words})"
    return rx(shape, re.IGNORECASE)


def _label(printed: str, lang: str) -> str:
    """A label as the act means it: a Latin letter typed for the language's own read as it
    (`homoglyphs`), in capitals."""
    swaps = dict(vocabulary(lang).pairs("homoglyphs"))
    return "".join(swaps.get(c, c) for c in printed.strip()).upper()


def named_group(text: str, lang: str) -> str | None:
    """The one group a head names (`… должности группы А, …:`), or None (none, or several)."""
    pattern = _group_rx(lang)
    found = {_label(m.group("g"), lang) for m in pattern.finditer(text)} if pattern else set()
    return found.pop() if len(found) == 1 else None


def group_levels(paras: list[Para], lang: str) -> dict[str, str]:
    """The level of each group a point defines by a dash after its name (`группа А – должности
    специалистов высшего уровня квалификации`): the first level named before the next group."""
    pattern = _group_rx(lang)
    out: dict[str, str] = {}
    for p in paras if pattern else ():
        hits = list(pattern.finditer(p.text))
        for m, nxt in zip(hits, hits[1:] + [None]):
            dash = re.match(r"\s*[–—-]\s*", p.text[m.end():])
            levels = shapes.find_all(p.text[m.end():nxt.start() if nxt else len(p.text)], lang, "specialist_level:")
            if dash and levels:
                out.setdefault(_label(m.group("g"), lang), min(levels)[2])
    return out


def group_table(doc: RepairedText, paras: list[Para], lang: str) -> dict[str, list[str]]:
    """The positions of each group, by the table that lists them (`Наименование должности |
    Группа должностей`): its cells after the header, a row per position (its number, its name,
    its group's label), up to the first indented paragraph."""
    for run in _runs(paras, doc):
        at = _header_end(run, lang)
        if at is not None:
            return _rows(run[at:], lang)
    return {}


def _runs(paras: list[Para], doc: RepairedText) -> list[list[str]]:
    """The texts of the cells of each run of paragraphs that are not indented (a table's cells)."""
    runs: list[list[str]] = [[]]
    for p in paras:
        if p.indented:
            runs.append([])
        else:
            runs[-1].extend(c.text for c in table.para_cells(doc, p))
    return [r for r in runs if r]


def _header_end(cells: list[str], lang: str) -> int | None:
    """Where the rows start after a header whose position cell is followed by the group's cell."""
    for k in range(len(cells) - 1):
        role = table.column_role(cells[k], lang)
        if role == "position" and table.is_header_cell(cells[k], lang) and _is_group_column(cells[k + 1], lang):
            return k + 2
    return None


def _is_group_column(text: str, lang: str) -> bool:
    words = shapes.words_rx(lang, "position_group_column")
    return bool(words) and rx(rf"^(?:{words})[\s.:]*$", re.IGNORECASE).match(" ".join(text.split())) is not None


def _rows(cells: list[str], lang: str) -> dict[str, list[str]]:
    """The positions by group of the cells under the header: a row's cells up to its label are
    its name (a row number before them is none of it); the rows end at a cell that fits none."""
    out: dict[str, list[str]] = {}
    name: list[str] = []
    for text in cells:
        text = " ".join(text.split())
        if _ROW_NUMBER.match(text) and not name:
            continue
        if re.fullmatch(_LABEL, text) and name:
            out.setdefault(_label(text, lang), []).append(" ".join(name))
            name = []
        elif re.search(r"[^\W\d_]{2}", text) and len(name) < 2:
            name.append(text)
        else:
            break
    return out


def with_groups(records: list[Requirement], doc: RepairedText, paras: list[Para], lang: str) -> list[Requirement]:
    """The act's records with each clause of a point that names a group (in its head or its
    chapter's heading) and no position, once per position of the group's row in the act's table,
    of the group's level where the clause names none; the records as they are where the act
    names no group."""
    if all(r.card_no is not None for r in records):
        return records  # (no clause outside a card: the act's points need not be read)
    heads = _point_groups(paras, lang)
    if not any(_of_group(r, heads, lang) for r in records):
        return records
    members, levels = group_table(doc, paras, lang), group_levels(paras, lang)
    out: list[Requirement] = []
    k = 0
    while k < len(records):
        end = k + 1
        group = heads.get(records[k].paragraph, "") if _of_group(records[k], heads, lang) else ""
        names = members.get(group, [])
        while names and end < len(records) and _of_group(records[end], heads, lang) and records[end].paragraph == records[k].paragraph:
            end += 1
        # the point's clauses, position after position, as the act would print them
        out.extend(replace(x, position=table.sentence_lower(name), specialist_level=x.specialist_level or levels.get(group))
                   for name in names for x in records[k:end])
        out.extend([] if names else records[k:end])
        k = end
    return out


def _of_group(r: Requirement, heads: dict[str, str], lang: str) -> bool:
    """Whether a record is a clause of a point that names a group, and names no position itself:
    none, or the head's words for the group's positions read as one (`А тобының лауазымдарындағы
    қызметкерлер`)."""
    return (r.card_no is None and r.paragraph in heads
            and (r.position is None or named_group(r.position, lang) == heads[r.paragraph]))


def _point_groups(paras: list[Para], lang: str) -> dict[str, str]:
    """The group each numbered point's head names (before its colon), else the chapter heading
    over it."""
    out: dict[str, str] = {}
    chapter = None
    for p in paras:
        text = p.text.strip()
        number = number_of(text)
        if number is None and units.chapter_at_start(text, lang) is not None:
            chapter = named_group(text, lang)
        elif number is not None:
            group = named_group(text.partition(":")[0], lang) or chapter
            if group:
                out[number] = group
    return out
