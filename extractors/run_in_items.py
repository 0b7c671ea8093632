"""Numbered items run together on one printed line: `1) first; 2) second; 3) third.`

A cell may print its list inline, as a paragraph after a run-in label, instead of one item per
line. A number in the middle of a line counts as an item's start only where the item before
has just ended (`;` and a space) and it is the number the list expects next: `1) и 2)` inside
an item's wording (`подпунктами 1) и 2)`) is not preceded by a `;`, and a stray `; 5)` after
item 2 is not the next number.
"""
from __future__ import annotations

import re

_AFTER_SEPARATOR = re.compile(r"(?<=;)\s+(\d{1,2})\)\s+(?=\S)")


def run_in_numbers(text: str) -> dict[int, int]:
    """Offset -> number of every `N)` printed right after an item's `;` in mid-line."""
    return {m.start(1): int(m.group(1)) for m in _AFTER_SEPARATOR.finditer(text)}


def continues_list(number: int, style: str, expected: dict[str, int]) -> bool:
    """Is a run-in `number` the next one of the list already begun in `style`?"""
    return style == ")" and expected.get(style) == number
