"""A card row's text -> its typed value, by the kind the template gives the row.

code, group_code, level, alt_names, related and text/name are read here; lists of
skills and knowledge are split by `lists.split_items`.
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Callable

from rapidfuzz.distance import Indel

from .lists import Acc, item_numbering, split_items, unmarked_lines
from .records import Item
from .units import ordinal_number
from .vocabulary import Vocabulary

CODE = re.compile(r"\b(\d{4}-\d-\d{3})\b")
GROUP = re.compile(r"\b(\d{4}-\d)\b(?!-)")
LEVEL = re.compile(r"^(\d(?:\.\d)?(?:\s*[-,]\s*\d(?:\.\d)?)*)\b")
# a related occupation's levels (`6`, `4.2, 4.3`) and the word after them (`деңгей`)
RELATED_LEVEL = re.compile(r"(?:^|(?<=[\s.]))(\d(?:\.\d)?(?:\s*,\s*\d(?:\.\d)?)*)(?:\s+(\S+))?(?=\s|$)")
_UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_LEVEL_DASH = re.compile(r"^\s*[-–—]\s+")


_QUOTES = re.compile(r"[\"«»“”]")
_SPACES = re.compile(r"\s+")


@lru_cache(maxsize=1 << 14)
def norm(text: str | None) -> str:
    # the parser compares the same cell texts in many readings of a card
    return _SPACES.sub(" ", _QUOTES.sub("", text or "")).strip().strip(".;:,").casefold()


# the parser compares the same texts in many readings of a card: each pair is computed once
@lru_cache(maxsize=1 << 14)
def similar(a: str | None, b: str | None) -> float:
    a, b = norm(a), norm(b)
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


@lru_cache(maxsize=1 << 14)
def similar_at_least(a: str | None, b: str | None, threshold: float) -> bool:
    """similar(a, b) > threshold, answered by the cheap upper bounds first."""
    a, b = norm(a), norm(b)
    if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) <= threshold:
        return False
    # the longest common subsequence bounds the matching blocks from above (they are one), and
    # rapidfuzz finds it in C: most pairs end here, and the answer stays difflib's
    if Indel.normalized_similarity(a, b) < threshold - 1e-9:
        return False
    m = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return m.quick_ratio() > threshold and m.ratio() > threshold


def says_none(name: str, vocab: Vocabulary) -> bool:
    """An entry that says the card has none (`жоқ`, `нет`): no entry."""
    return norm(name) in {norm(f) for f in vocab.forms("none_value")}


def clean_name(text: str | None) -> str | None:
    if not text:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^[\"«“]+(.*?)[\"»”]+$", r"\1", text)
    return text.strip().rstrip(".;:, ").strip() or None


def listed_entries(acc: Acc, kind: str, counters: dict[str, int], vocab: Vocabulary) -> list[tuple[str, int, str, Item]]:
    """(kind, number, name, item) of each item of the card's list of functions under its heading
    of `kind` (the parser's reading and the built record read the list alike)."""
    items = split_items(acc)
    printed = item_numbering(acc)
    if len(printed) != len(items):
        printed = [None] * len(items)
    return [_listed_entry(item.text, kind, n, counters, vocab) + (item,) for item, n in zip(items, printed)]


def _listed_entry(text: str, kind: str, printed: int | None, counters: dict[str, int],
                  vocab: Vocabulary) -> tuple[str, int, str]:
    """(kind, number, name) of an item of the card's list of functions, under the list's heading
    of `kind`. The number the list prints is kept (an additional function may go on from the
    mandatory ones: `3.`), else the next one. A kind printed in brackets after the name (one list
    of them all: `3) ... (дополнительная).`) is the item's kind, numbered from 1 within it."""
    name, marked = kind_in_brackets(text, vocab)
    if marked:
        kind = marked
        counters[kind] += 1
    else:
        counters[kind] = printed if printed is not None and printed > counters[kind] else counters[kind] + 1
    return kind, counters[kind], clean_name(name) or name


_KIND_BRACKET = re.compile(r"\s*\(([^()]{3,40})\)[\s.;,]*$")


def kind_in_brackets(text: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """`Name (обязательная)` -> ("Name", "mandatory"); a bracket that names no kind stays."""
    m = _KIND_BRACKET.search(text)
    if m:
        words = m.group(1).casefold().split()
        for kind in ("mandatory", "additional"):
            if any(_stem_matches(w, f) for f in _kind_forms(vocab.lang, kind) for w in words[:1]):
                return text[:m.start()].rstrip(), kind
    return text, None


def kind_cell(text: str, lang: str) -> str | None:
    """The kind a cell names when it holds that word alone (`Міндетті`, `Дополнительные`: the
    kind column of a functions table), or None."""
    words = re.findall(r"\w+", text.casefold())
    if len(words) != 1:
        return None
    return next((kind for kind in ("mandatory", "additional")
                 if any(_stem_matches(words[0], f) for f in _kind_forms(lang, kind))), None)


@lru_cache(maxsize=None)
def _kind_forms(lang: str, kind: str) -> tuple[str, ...]:
    from .vocabulary import vocabulary
    return tuple(f.casefold() for f in vocabulary(lang).forms("kind:" + kind))


def _stem_matches(word: str, form: str) -> bool:
    """The same word with another ending (`обязательная` / `обязательный`; `міндетті`)."""
    stem = form[:max(5, len(form) - 3)]
    return word.startswith(stem) and len(word) - len(form) <= 3


def clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = re.sub(r"^[\"«“]+|[\"»”]+$", "", title.strip()).strip()
    title = re.sub(r"^[\"«“](.*)[\"»”]$", r"\1", title)
    return title.strip(" .:") or None


def read_code(text: str) -> str | None:
    m = CODE.search(text)
    return m.group(1) if m else None


def read_code_name(text: str) -> tuple[str | None, str | None]:
    """The code and the name of one row that prints both (`2635-0-047 Name`): the code opens
    the value; without one the whole value is the name."""
    m = CODE.match(text.strip())
    if not m:
        return None, clean_name(text)
    return m.group(1), clean_name(text.strip()[m.end():].lstrip(" -–—:"))


def read_group_code(text: str) -> str | None:
    m = GROUP.search(text)
    return m.group(1) if m else None


def read_level(text: str, vocab: Vocabulary | None = None) -> str | None:
    """The level as printed, in digits: `6`, `6-7`, `5, 6`, `4.2`; a level printed in words
    (`алтыншы деңгей`, `четвертый, пятый уровни`) in the digits of its ordinals."""
    m = LEVEL.match(text)
    if m:
        return re.sub(r"\s*,\s*", ", ", m.group(1).replace(" -", "-").replace("- ", "-"))
    if vocab:
        return _level_by_its_word(text, vocab) or _level_in_words(text, vocab) or text or None
    return text or None


def _level_in_words(text: str, vocab: Vocabulary) -> str | None:
    """Ordinal words (joined by commas, a hyphen or `and`) followed by the level word."""
    numbers, gaps = [], []
    words = list(re.finditer(r"[^\W\d_]+", text))
    k, prev_end = 0, 0
    while k < len(words):
        pair = f"{words[k].group(0)} {words[k + 1].group(0)}" if k + 1 < len(words) else None
        n, used = (ordinal_number(pair, vocab.lang), 2) if pair else (None, 0)
        if n is None:
            n, used = ordinal_number(words[k].group(0), vocab.lang), 1
        if n is not None:
            gaps.append(text[prev_end:words[k].start()])
            numbers.append(n)
            prev_end, k = words[k + used - 1].end(), k + used
        elif numbers and words[k].group(0).casefold() in _and_words(vocab):
            k += 1
        elif numbers and level_word(words[k].group(0), vocab):
            joiner = "-" if any(re.search(r"[-–]", g) for g in gaps[1:]) else ", "
            return joiner.join(numbers)
        else:
            return None
    return None


def _and_words(vocab: Vocabulary) -> set[str]:
    return {f.casefold() for f in vocab.forms("and_words")}


def read_alt_names(acc: Acc, vocab: Vocabulary | None = None) -> list[tuple[str | None, str, tuple | None]]:
    """`3412-0-008 Name` entries, one per code or per printed line that opens with a capital (a
    name printed without a code is an entry of its own; a long name wraps in lower case); `-`
    alone is no entry. A code printed alone on its line takes the next line as its name. A table
    of its own in the cell opens with its header row (`Код профессии | Наименование профессии`):
    column labels, not names."""
    text = acc.text
    head = _alt_names_header(text, vocab)
    starts = sorted(s for s in set(acc.starts) if head < s < len(text))
    line_of = dict(zip(starts, [0] + starts))  # each line start -> the start of the line before
    # a code in brackets after a name is that name's (`Name (3259-0-042);`), not the next entry's start
    cuts = {m.start() for m in CODE.finditer(text) if not _BRACKETED_CODE_AT.match(text, m.start())}
    cuts |= {s for s in starts if text[s].isupper() and not CODE.fullmatch(text[line_of[s]:s].strip())}
    cuts |= _after_semicolons(text)
    out = []
    bounds = sorted(c for c in cuts if c > head)
    for a, b in zip([head] + bounds, bounds + [len(text)]):
        code, name = _alt_entry(text[a:b])
        if name and re.search(r"[^\W\d_]", name):
            out.append((code, name, acc.span(a, b)))
    return out


def _after_semicolons(text: str) -> set[int]:
    """Where a name begins after a `;` outside brackets: several names printed in one run
    (`Name one; Name two`), without codes and without a line of their own."""
    out, depth = set(), 0
    for m in re.finditer(r"[()]|;\s*(?=\S)", text):
        if m.group(0) in "()":
            depth = max(0, depth + (1 if m.group(0) == "(" else -1))
        elif depth == 0:
            out.add(m.end())
    return out


def _alt_entry(piece: str) -> tuple[str | None, str]:
    """(code, name) of one entry: its code before the name, or in brackets after it."""
    piece = re.sub(r"\s+", " ", piece).strip()
    m = CODE.match(piece)
    code, piece = (m.group(1), piece[m.end():]) if m else (None, piece)
    after = _CODE_AFTER.search(piece)
    if after and code is None:
        code, piece = after.group(1), piece[:after.start()]
    return code, clean_name(re.sub(r"^\s*[-–—]\s*", "", piece))


def _alt_names_header(text: str, vocab: Vocabulary | None) -> int:
    """Where the names begin after a header row of a name column and a code column (0 without
    one: a label alone may be a name's first word)."""
    if vocab is None:
        return 0
    kinds, pos = _related_header(text, vocab)
    return pos if {"code", "name"} <= set(kinds) else 0


_BRACKETED_CODE_AT = re.compile(r"(?<=\()\s*" + CODE.pattern + r"\s*\)")
_CODE_AFTER = re.compile(r"\s*\(\s*" + CODE.pattern + r"\s*\)\s*[;.,]?\s*$")


def level_word(word: str, vocab: Vocabulary) -> bool:
    """`деңгей`, `деңгейі`, `уровень`, `уровня`: the word a level may be followed by."""
    w = re.sub(r"[^\w]", "", word.casefold())
    for form in vocab.forms("level_word"):
        f = form.casefold()
        if w.startswith(f[:4]) or (len(w) >= 5 and sum(a != b for a, b in zip(w, f)) <= 1 and abs(len(w) - len(f)) <= 1):
            return True
    return False


def read_related(acc: Acc, vocab: Vocabulary) -> list[tuple[str | None, str, tuple | None]]:
    """`8 деңгей Мекемелердің ... басшылары`, `4.2, 4.3 Денсаулық ...`, `СБШ 3-деңгейі – ...`:
    levels and the names under each."""
    table = _related_table(acc, vocab)
    if table is not None:
        return table
    marks = _related_level_marks(acc, vocab)
    if not marks:
        return [level_in_brackets(entry, vocab) + (span,) for name, span in _related_names(acc, 0, len(acc.text), vocab)
                for entry in _bracketed_levels_listed(name, vocab)]
    out = []
    for k, (a, b, level) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(acc.text)
        for name, _ in _related_names(acc, b, end, vocab):
            name = _RULED_CODE.sub("", name)
            out.append((re.sub(r"\s+", " ", level), name, acc.span(a, end)))
    return out


# a row printed with rules between its cells and no header (`6 | 2635-1-013 | Name`): the code
# cell between the level and the name is no part of the name
_RULED_CODE = re.compile(r"^\|?\s*\d{4}-\d-\d{3}\s*\|\s*")


def _related_level_marks(acc: Acc, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, level) of each level that heads names: a level phrase (_level_phrases), or a
    level number where an entry starts or before a level word (`6 Name`, `8 деңгей Name`)."""
    text = acc.text
    phrases = _level_phrases(acc, vocab)
    line_starts = set(acc.starts)
    marks = list(phrases)
    for m in RELATED_LEVEL.finditer(text):
        if any(a <= m.start() < b for a, b, _ in phrases):
            continue
        word = m.group(2) or ""
        is_level_word = bool(word) and level_word(word, vocab)
        at_start = m.start() == 0 or m.start() in line_starts or text[: m.start()].rstrip().endswith(".")
        if at_start or is_level_word:
            marks.append((m.start(), m.end() if is_level_word else m.end(1), m.group(1)))
    return sorted(marks)


# a level with its level word, the framework's abbreviation before or after it, then a dash or
# colon before the names: `СБШ 3-деңгейі – `, `СБШ-ның 6 деңгейі: `, `4-й уровень ОРК – `,
# `уровень ОРК 4 – `; the number before its word, or after it
_FRAMEWORK = rf"[{_UPPER}]{{2,6}}(?:-[^\W\d_]+)?"
_PHRASE_TAIL = rf"(?:\s+{_FRAMEWORK}(?=\s*[-–—:]))?\s*(?:[-–—:](?=\s)\s*)?"
# a level or a range of two (`6.1`, `4-5`: the card of a range of levels named by another card)
_LEVEL_NO = r"\d(?:\.\d)?(?:[-–]\d(?:\.\d)?)?"
_LEVEL_PHRASES = (
    re.compile(rf"(?<![\w-])(?:{_FRAMEWORK}\s+)?({_LEVEL_NO})(?:-[^\W\d_]{{1,3}}(?=\s))?(?:\s*-\s*|\s+)([^\W\d_]+)"
               + _PHRASE_TAIL),
    re.compile(rf"(?<![\w-])(?:{_FRAMEWORK}\s+)?([^\W\d_]+)(?:\s+{_FRAMEWORK})?\s+({_LEVEL_NO})(?![.\d\w-])" + _PHRASE_TAIL),
)


def _level_phrases(acc: Acc, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """(start, end, level) of each level phrase (_LEVEL_PHRASES) that opens a line, the cell or a
    sentence, or is parted from its names by a dash or colon."""
    text = acc.text
    opening = set(acc.starts) | {0} | {m.end() for m in re.finditer(r"[.;]\s+", text)}
    out: list[tuple[int, int, str]] = []
    for k, rx in enumerate(_LEVEL_PHRASES):
        for m in rx.finditer(text):
            number, word = (m.group(1), m.group(2)) if k == 0 else (m.group(2), m.group(1))
            parted = text[m.start():m.end()].rstrip()[-1:] in "-–—:"
            if level_word(word, vocab) and (m.start() in opening or parted) \
                    and not any(a <= m.start() < b for a, b, _ in out):
                out.append((m.start(), m.end(), number))
    return out


def _related_names(acc: Acc, a: int, b: int, vocab: Vocabulary) -> list[tuple[str, tuple | None]]:
    """The names in text[a:b] with their spans: parted by `.`/`;` before a capital, or, with
    no separator at all, one per printed line that opens one (lists.unmarked_lines)."""
    text = acc.text[a:b]
    start = len(text) - len(text.lstrip())
    lines = unmarked_lines(acc.part(a + start, b), vocab)
    if len(lines) > 1:
        return [(clean_name(item.text), item.lines) for item in lines if clean_name(item.text)]
    # a dash may part a level from its names (`6 – Name`)
    return [(name, acc.span(a, b)) for name in _split_names(_LEVEL_DASH.sub("", text, count=1))]


# a code, or a level standing alone (the join of two cells may have glued a level to the code
# after it: `62635-0-088`)
_RELATED_ATOM = re.compile(r"(\d{4}-\d-\d{3})|(?<!\S)(\d(?:\.\d)?)(?=\s|$|\d{4}-\d-\d{3})")


def _related_table(acc: Acc, vocab: Vocabulary) -> list[tuple[str | None, str, tuple | None]] | None:
    """Related occupations printed as a table under a header row (`Коды | Кәсіптің атауы | СБШ
    деңгейі`, `Наименование профессии | Уровень квалификации по ОРК`): the cells after the header
    are codes, levels and names, a row's cells once each, in any order. None without a header."""
    text = acc.text
    kinds, pos = _related_header(text, vocab)
    if not {"name", "level"} <= set(kinds):
        return None
    rows: list[dict] = []
    last = pos
    for m in list(_RELATED_ATOM.finditer(text, pos)) + [None]:
        end = m.start() if m else len(text)
        name = clean_name(text[last:end].strip(" |"))  # a rule between cells is none of them
        cells = ([("name", name, last, end)] if name else []) \
            + ([("code" if m.group(1) else "level", m.group(0), m.start(), m.end())] if m else [])
        for kind, value, a, b in cells:
            if not rows or kind in rows[-1]:
                rows.append({"at": a})
            rows[-1][kind], rows[-1]["end"] = value, b
        last = m.end() if m else len(text)
    return [(r.get("level"), r["name"], acc.span(r["at"], r["end"])) for r in rows if r.get("name")]


def _related_header(text: str, vocab: Vocabulary) -> tuple[list[str], int]:
    """The header cells the text opens with, in order, and where the rows begin."""
    low = text.casefold()
    kinds, pos = [], 0
    forms = sorted(((f.casefold(), kind) for kind in ("code", "name", "level")
                    for f in vocab.forms("related_column:" + kind)), key=lambda f: -len(f[0]))
    while True:
        at = len(low) - len(low[pos:].lstrip(" :|"))  # cells parted by a rule (`Уровень | Код`) or not
        hit = next(((f, kind) for f, kind in forms if low.startswith(f, at) and kind not in kinds
                    and not low[at + len(f):at + len(f) + 1].isalnum()), None)
        if hit is None:
            return kinds, pos
        kinds.append(hit[1])
        pos = at + len(hit[0])


_LAST_BRACKET = re.compile(r"\s*\(([^()]*)\)$")
# a level and the level word after it (`4 уровень`, `4-деңгейі`), or before it (`уровень 4`)
_NUMBER_BY_WORD = (re.compile(r"(?<![\d.])(\d(?:\.\d)?)(?![\d.]\d)\s*[-–]?\s*(\w+)"),
                   re.compile(r"(\w+)\s+(\d(?:\.\d)?)(?![\d.]\d)"))


def level_in_brackets(name: str, vocab: Vocabulary) -> tuple[str | None, str]:
    """An occupation with its level in brackets after the name (a related occupation, or the
    card's own name row): `Организатор досуга (4 уровень ОРК)`, `Әлеуметтік қызметкер (СБШ
    4-деңгейі)`: (level, name without the bracket). A bracket that names no level stays part of
    the name."""
    m = _LAST_BRACKET.search(name)
    level = _level_by_its_word(m.group(1), vocab) if m else None
    return (level, clean_name(name[:m.start()]) or name) if level else (None, name)


# a comma after a closing bracket: where one entry of a comma list may end
_AFTER_BRACKET = re.compile(r"(?<=\))\s*,\s+")


def _bracketed_levels_listed(name: str, vocab: Vocabulary) -> list[str]:
    """Names in one comma list, each closed by its level in brackets (`Name (5 уровень), Name (7
    уровень)`): one entry each. A comma list where a piece has no level bracket is one name (a
    comma may be the name's own)."""
    parts = _AFTER_BRACKET.split(name)
    if len(parts) > 1 and all(level_in_brackets(p, vocab)[0] for p in parts):
        return parts
    return [name]


def _level_by_its_word(text: str, vocab: Vocabulary) -> str | None:
    """The level a level word stands beside: `СБШ-ның 6-деңгейі`, `4 уровень ОРК`, `уровень 4`."""
    for k, rx in enumerate(_NUMBER_BY_WORD):
        for lv in rx.finditer(text):
            if level_word(lv.group(2 - k), vocab):
                return lv.group(1 + k)
    return None


def _split_names(text: str) -> list[str]:
    parts = re.split(rf"(?<=[.;])\s+(?=[{_UPPER}])", text.strip())
    return [n for n in (clean_name(p) for p in parts) if n]


def has_shape(shape: str, text: str, vocab: Vocabulary) -> bool:
    """Does a block read as the first entry of a value of this shape (card_template.tsv)?"""
    checks: dict[str, Callable[[str], bool]] = {
        "code": lambda t: bool(CODE.match(t)),
        "level": lambda t: bool(re.match(r"^\d(\.\d)?(\s*,\s*\d(\.\d)?)*\s", t + " ")),
        # a short phrase: a position's name in the referenced act; codes of education
        # programmes (`6B101`, `6В012`) belong to the education row
        "short": lambda t: len(t.split()) <= 20 and not t.rstrip().endswith(":")
        and not re.search(r"\b\d[BВ]\d{2,}", t),
    }
    check = checks.get(shape)
    return bool(check and check(text.strip()))
