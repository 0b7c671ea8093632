"""Patterns compiled once for the run.

`re` keeps 512 compiled patterns and drops the oldest; the vocabulary's shapes and templates
compile more than that (each once, kept by their own caches), so a pattern a function builds
on every call from the vocabulary (`({ordinals})\\s+$`) was dropped between two calls and
compiled again. Such patterns are asked of `rx` instead.
"""
from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=4096)
def rx(pattern: str, flags: int = 0) -> re.Pattern:
    return re.compile(pattern, flags)
