"""The occupation card's template (extractors/vocab/card_template.tsv), loaded once.

The readers ask the template, not the code, which rows a card has, in which
section and column each sits, which may be missing or repeat, and how a value is
read. The label forms of each row are in the vocabulary (card.tsv, labels.tsv).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import VOCAB_DIR


@dataclass(frozen=True)
class Row:
    key: str
    section: str  # head | top | summary | rows | tail | end
    column: int
    occurs: str  # 1 | ? | + | *
    value: str  # title | code | group_code | text | name | level | alt_names | related | list | none
    shape: str  # code | level | short | any

    @property
    def optional(self) -> bool:
        return self.occurs in "?*"

    @property
    def repeats(self) -> bool:
        return self.occurs in "+*"


@dataclass(frozen=True)
class Template:
    rows: tuple[Row, ...]

    def __post_init__(self):
        # the parser asks a row's section for every piece of every reading: a lookup, not a scan
        # (a key's first row, as a scan finds it)
        by_key: dict[str, Row] = {}
        order: dict[str, int] = {}
        for i, r in enumerate(self.rows):
            by_key.setdefault(r.key, r)
            order.setdefault(r.key, i)
        object.__setattr__(self, "_by_key", by_key)
        object.__setattr__(self, "_order", order)

    def row(self, key: str) -> Row | None:
        return self._by_key.get(key)

    def keys(self, *sections: str) -> tuple[str, ...]:
        return tuple(r.key for r in self.rows if r.section in sections)

    def section(self, key: str) -> str | None:
        r = self.row(key)
        return r.section if r else None

    def order(self, key: str) -> int:
        return self._order.get(key, len(self.rows))


@lru_cache(maxsize=None)
def card_template() -> Template:
    rows = []
    for line in (VOCAB_DIR / "card_template.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, section, column, occurs, value, shape = (c.strip() for c in line.split("\t")[:6])
        rows.append(Row(key, section, int(column), occurs, value, shape))
    return Template(tuple(rows))
