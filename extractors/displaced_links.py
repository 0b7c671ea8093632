"""Displaced hyperlinks: put back the words the extraction moved to the end of their line.

The damage: a hyperlinked phrase (`кодекс`, `Закон`, `пунктом 7`, `2) тармақшасына`,
`Административный процедурно-процессуальный кодекс`) is cut out of its printed line, the spaces
on both sides stay (a double space marks the hole, or one space too many in the indent when the
phrase opened the line), and it is appended to the end of the same line: glued to whatever ended
the line (`Казахстан.кодекс`, `(далее –кодекс`, `Казахстанпунктом 7`, `дней№ 140`) or after the
line's last space. Several links of one line leave several holes (a link before a comma leaves
a space before it) and are appended in order, with spaces or glued to each other (`ЗаконЗакон`);
where they are glued, the last may have been the line's last word, its hole the line's end that
no gap shows. A space the line ends with does not say it is whole where its end shows glue.

The repair chooses between readings of the line: as printed, or with an end of the line that
ends in a link unit put back into the holes. Every reading is scored by how natural it reads
(`score`): word pairs the act prints elsewhere (`Evidence`), no word glued to punctuation, no
`1.` item opening in lower case, no two list numbers side by side (the names of the catalogue's
acts count as printed elsewhere: `repair.act_names`); a hole explained by a moved
link is likely, and each word moved beyond one per hole costs a little. A link whose hole is
right before it was moved onto itself: that reading is the printed one, so a move that changes
nothing is never made, and it competes with (and beats) a move that breaks the phrase apart.
Which words are links lives in the vocabulary (`link_words`, `link_signs`); the weights below.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import combinations

from . import units
from .vocabulary import Vocabulary

LOWER = "a-zа-яёәғқңөұүһі"
UPPER = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"

# how natural a reading is: the weight of each observation
WEIGHTS = {
    "pair_in_act": 1.0,            # two neighbouring words the act prints side by side elsewhere
    "glued": -2.0,                 # punctuation, a capital or a number glued inside a token
    "item_in_lower_case": -1.5,    # `1. кодекс ...`: a numbered item opens with a capital
    "numbers_side_by_side": -1.0,  # `1) 2)`: list numbers need a word or a separator between them
    "hole_explained": 1.5,         # holes come from moved links: a reading that explains them
    "extra_word": -0.25,           # each moved word beyond one per hole: the shortest link wins a tie
    "unseen_hole": -0.5,           # a glued link put back at the line's end, where no gap shows a hole
    "chain_cut": -1.0,             # `подпункте 2) | пункта 3`: a chain of units printed together is one link
}
MAX_LINK_TOKENS = 6  # the longest end of a line tried (`6-тармақтың 2), 3) және 5) тармақшаларындағы`)
MAX_HOLES = 4
MAX_CARRIED = 2  # words of a link's name moved with it (`Административный процедурно-процессуальный кодекс`)
SHORT_LINE = 30  # characters: in a shorter line (a table cell) a link after a space is not moved

_NUMBER = re.compile(r"^\d+(?:[-.]\d+)*(?:-[^\W\d_][\w-]*)?\)?[.,;:]?$")  # 7, 1), 12-1, 7-тармағына
_BARE_NUMBER = re.compile(r"^\d+[.,;:]?$")
# a subpoint's number, which in a language that writes the number first always has its unit word
# after it (`2) тармақшасы`; a plain number may end a registration with a link glued after it)
_UNIT_NUMBER = re.compile(r"^\d+(?:[-.]\d+)*\)$")
_PLAIN = re.compile(r"^(?:[\w№-]+|\d+\))$")  # a moved token: the punctuation around a link stays behind
# a number of a list inside one link, its comma with it (`6-тармақтың 2), 3) және 5) тармақшаларындағы`)
_LISTED = re.compile(r"^\d+(?:-\d+)*\)?,$")
_ENDS_IN_LIST_NUMBER = re.compile(r"\d\)$")
_LIST_NUMBER = re.compile(r"^\d+\)?[.,;:]?$")  # 2), 3: numbers of a list (never side by side)
_ITEM_MARK = re.compile(r"^\d+\.$")
# the first number of a list, alone or glued to what the line ended with, not to an opening quote
# or bracket (`"1 және`: quoted words)
_LIST_START = re.compile(r"(?:^|[^\"«“„(\d])\d+(?:-\d+)*\)?$")
# a number of a list and the comma after it, not glued to a word (`3,`)
_LISTED_NUMBER = re.compile(r"(?:^|[^\w\"«“„(])\d+(?:-\d+)*\)?,$")
_OPENERS = "(\"«“„'"
# a token that holds two words the extraction glued: `Казахстан.кодекс`, `жазылсын:3-тармақ`,
# `;Заңы`, `–кодекс`, `",2-тармақтағы` (glued inside quoted words that open with a comma),
# `административныхКодекс`, `сәйкес7-тармағына`, `дней№`; a subpoint's number glued to the full stop
# of a word (`танылсын.2)`: the language that writes the number first moved `2) тармақшасының`),
# not to an abbreviation's (`п.2)`, `пп.2)`)
_GLUED = re.compile(rf"[{LOWER}{UPPER}][\"»)]?(?:[.;:,)][^\W\d_]{{2,}}|[;:,)]\d)|\d[\"»”][.;:,][^\W\d_]{{2,}}"
                    rf"|[{LOWER}]{{3}}\.\d+(?:-\d+)*\)"
                    rf"|^[\"«“„]?[.;:,)–—]+(?:[^\W_]|№)"
                    rf"|[{LOWER}][{UPPER}][{LOWER}]|[{LOWER}]{{2}}(?:\d|№)|\d(?:[{UPPER}][{LOWER}]|[{LOWER}]{{3}})")
_WIDE_GAP = re.compile(r" {2,}")
_WORD_KEY = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_EDGE_PUNCT = "\"«»“”()[],.;:!?–—"
_PUNCT_RUN = re.compile(r"[^\w\s]+")
_HOLE = re.compile(r"(?<=\S) {2,}(?=\S)")
_SPACE_BEFORE_SEP = re.compile(r"(?<=\S) (?=[,;])")
# a word, a space, a closing bracket: what a link cut out from the end of a bracket leaves (`под )`)
_SPACE_BEFORE_CLOSE = re.compile(r"(?<=[^\W\d_]) (?=\))")


@dataclass(frozen=True)
class Holes:
    """Where moved text came from: character offsets in the line, and whether the first is the
    line's start (an indent one space too deep)."""

    offsets: tuple[int, ...]
    lead: bool

    @property
    def count(self) -> int:
        return len(self.offsets) + self.lead


@dataclass(frozen=True)
class Reading:
    text: str
    moved: bool            # the text differs from the printed line
    explained: bool = False  # the holes are put down to a moved link (moved, or moved onto itself)
    extra: int = 0         # moved words beyond one per hole
    unseen: bool = False   # one link goes back to the line's end, a hole no gap shows
    chain_cut: bool = False  # the moved text starts right after a whole unit it would go on


# ---------------------------------------------------------------- what the act prints

@lru_cache(maxsize=1 << 16)
def word_key(token: str) -> str | None:
    """A token as the act's pairs are counted: its first word by its first letters (an inflected
    form shares them), a number as it is."""
    m = _WORD_KEY.search(token.casefold())
    if not m:
        return None
    return m.group(0) if m.group(0)[0].isdigit() else m.group(0)[:5]


def _pairs_of(text: str, trailing: int) -> Counter:
    return Counter(_pair_list(text, trailing))


def _pair_list(text: str, trailing: int) -> list[tuple[str, str]]:
    groups = _WIDE_GAP.split(text.strip())
    if not trailing and len(groups) > 1:
        groups = groups[:-1]
    out = []
    for group in groups:
        keys = [word_key(t) for t in group.split(" ")]
        out.extend((a, b) for a, b in zip(keys, keys[1:]) if a and b)
    return out


def _words_of(text: str) -> Counter:
    return Counter(_word_list(text))


def _word_list(text: str) -> list[str]:
    return [w.casefold() for w in (t.strip(_EDGE_PUNCT) for t in text.split()) if w.isalpha()]


class Evidence:
    """What an act prints: the words it prints alone, and the word pairs it prints side by side
    where nothing was moved between them (tokens of one line separated by a single space, leaving
    out what a holed line ends with: after its last wide gap, the moved text and what it was
    appended to). `elsewhere` leaves one line out: a line is no evidence for itself."""

    def __init__(self, lines: Iterable[tuple[str, int]] = (), base: Evidence | None = None):
        self.pairs: Counter = Counter()
        self.words: Counter = Counter()  # case-folded
        self._own_pairs: Counter = Counter()
        self._own_words: Counter = Counter()
        # what every act of the language prints (the catalogue's act names), counted once, not per act
        self.base = base
        self.glue: dict[str, frozenset[int]] = {}  # a token's glue points: asked for every cut of its line
        pairs: list[tuple[str, str]] = []
        words: list[str] = []
        for text, trailing in lines:  # counted at the end, in one pass
            pairs.extend(_pair_list(text, trailing))
            words.extend(_word_list(text))
        self.pairs.update(pairs)
        self.words.update(words)

    def elsewhere(self, text: str, trailing: int) -> Evidence:
        other = Evidence(base=self.base)
        other.pairs, other.words = self.pairs, self.words
        other._own_pairs, other._own_words = _pairs_of(text, trailing), _words_of(text)
        return other

    def knows(self, a: str, b: str) -> bool:
        key = (word_key(a), word_key(b))
        if not (key[0] and key[1]):
            return False
        return self.pairs[key] + (self.base.pairs[key] if self.base else 0) > self._own_pairs[key]

    def prints(self, word: str) -> bool:
        w = word.casefold()
        return self.words[w] + (self.base.words[w] if self.base else 0) > self._own_words[w]


# ---------------------------------------------------------------- what is a link

_STEMS: dict[int, tuple[Vocabulary, tuple[str, ...], re.Pattern, frozenset[str]]] = {}


def _link_stems(vocab: Vocabulary) -> tuple[str, ...]:
    return _stems_of(vocab)[1]


def _stems_of(vocab: Vocabulary) -> tuple[Vocabulary, tuple[str, ...], re.Pattern, frozenset[str]]:
    """The link words of a vocabulary, case-folded, a pattern finding the longest one that starts
    at each position of a text, and the words that join the numbers of one link (`and_words`),
    computed once per vocabulary."""
    if id(vocab) not in _STEMS:
        stems = tuple(dict.fromkeys(s.casefold() for s in vocab.forms("link_words") if len(s) >= 3))
        longest_first = sorted(stems, key=len, reverse=True)
        pattern = re.compile("(?=(" + "|".join(map(re.escape, longest_first)) + "))") if stems else re.compile("(?!)")
        ands = frozenset(w.casefold() for w in vocab.forms("and_words"))
        _STEMS[id(vocab)] = (vocab, stems, pattern, ands)
    return _STEMS[id(vocab)]


def is_link_word(token: str, vocab: Vocabulary) -> bool:
    word = token.strip("\"«»(),.;:").casefold()
    if re.match(r"^\d+(-\w+)?$", word) and "-" in word:
        return True  # 2-қосымшаға, 1-тармағына
    return word.startswith(_link_stems(vocab))


def _is_sign(token: str, vocab: Vocabulary) -> bool:
    return token in vocab.forms("link_signs")


def _link_token(token: str, vocab: Vocabulary) -> bool:
    """A token a link unit is made of: a link word, a number, a sign such as `№`."""
    return bool(_NUMBER.match(token)) or _is_sign(token, vocab) or is_link_word(token, vocab)


def _link_run(tokens: list[str], vocab: Vocabulary) -> bool:
    """What one moved link looks like: words and numbers without the punctuation around them
    (that stays in place), ending in a link unit; words carried before a link word are at most
    two and open with a capital, as an act's name does (`Трудовой кодекс`)."""
    if not tokens or not _all_plain(tokens, vocab) or not _link_token(tokens[-1], vocab):
        return False
    carried = [t for k, t in enumerate(tokens) if not _link_token(t, vocab) and not _joins(tokens, k, vocab)]
    return not carried or (len(carried) <= MAX_CARRIED and tokens[0][0].isupper()
                           and tokens[-1][0].isalpha() and is_link_word(tokens[-1], vocab))


def _is_and(token: str, vocab: Vocabulary) -> bool:
    return token.casefold() in _stems_of(vocab)[3]


def _joins(tokens: list[str], k: int, vocab: Vocabulary) -> bool:
    """An `and` between two link tokens joins the numbers of one link (`1 және 2-тармақтардағы`,
    `подпунктами 1) и 2)`): one hyperlink over the whole list."""
    return 0 < k < len(tokens) - 1 and _is_and(tokens[k], vocab) \
        and _link_token(tokens[k - 1], vocab) and _link_token(tokens[k + 1], vocab)


def _cuts_a_list(body: str, first: str, vocab: Vocabulary) -> bool:
    """`сөздер 1 және` / `2-тармақтардағы`: the moved text would start after a number and an
    `and` that wait for it (the number glued to what the line ended with, `бекітіледі.2 және`),
    or after a number and its comma (`нөмірлері 3,` / `4 және 5-жолдар`), the rest of a list of
    numbers moved as one link."""
    last = body.split()[-2:]
    if not (first[:1].isdigit() and _link_token(first, vocab)) or not last:
        return False
    # `нөмірлері 3,` / `4 және 5-жолдар`: a number and its comma wait for the list's next number
    listed = bool(_LISTED_NUMBER.search(last[-1])) and body.endswith(" ")
    return listed or (len(last) == 2 and bool(_LIST_START.search(last[0])) and _is_and(last[1], vocab))


def _link_shaped(tokens: list[str], vocab: Vocabulary) -> bool:
    """The moved text: link runs naming more than bare numbers (`пунктами 2 3` may be two links)."""
    return bool(tokens) and (tokens[0][0].isalnum() or _is_sign(tokens[0], vocab)) \
        and _all_plain(tokens, vocab) and not all(_BARE_NUMBER.match(t) for t in tokens)


def _all_plain(tokens: list[str], vocab: Vocabulary) -> bool:
    """Every token a moved one: no punctuation, but the comma after a number a link's list goes on
    after (`2), 3) және 5) тармақшаларындағы`: one hyperlink over the list)."""
    return all(_PLAIN.match(t) or (_LISTED.match(t) and k + 1 < len(tokens) and _link_token(tokens[k + 1], vocab))
               for k, t in enumerate(tokens))


def _splits_a_unit(first: str, before: str, vocab: Vocabulary) -> bool:
    """`before` / `first` split a link unit: a number from the sign before it (`№` / `140`), or
    from the unit word before it where the language puts the number second (`пунктом` / `7`), or
    a unit word from the subpoint number before it where the language puts the number first
    (`2)` / `тармақшасы`)."""
    if _NUMBER.match(first) and _is_sign(before, vocab):
        return True
    if not _number_after_word(vocab):
        return bool(_UNIT_NUMBER.match(before)) and is_link_word(first, vocab) and not _NUMBER.match(first)
    return bool(_NUMBER.match(first)) and is_link_word(before, vocab)


def _number_after_word(vocab: Vocabulary) -> bool:
    """Whether the language writes a link unit's number after its word (`пункт 7`)."""
    return not vocab.first("link_unit_examples", "0")[:1].isdigit()


def _cuts_a_unit(first: str, before: str, vocab: Vocabulary) -> bool:
    """Where the moved text may not start: inside a unit, or inside a run of list numbers (`1)` /
    `2) 3)`: links appended one after another, the moved text would have taken them all)."""
    return _splits_a_unit(first, before, vocab) or bool(
        _ENDS_IN_LIST_NUMBER.search(before) and _LIST_NUMBER.match(first))


# ---------------------------------------------------------------- where the moved text starts

def find_holes(text: str, indent: int, para_indent: int, separators: bool = False,
               hole_before: bool = False) -> Holes:
    """Double spaces inside the line; where there is one (or with `separators`), also a space
    before a comma (a link cut out before it); and an indent one space deeper than usual (a link
    that opened the line), or `hole_before`: the line before ended in a hole (a link that ended
    that line was moved to the end of its paragraph, this line's end)."""
    offsets = [m.start() for m in _HOLE.finditer(text)]
    if offsets or separators:
        offsets += [m.start() for m in _SPACE_BEFORE_SEP.finditer(text)]
    offsets += [m.start() for m in _SPACE_BEFORE_CLOSE.finditer(text)]
    return Holes(tuple(sorted(offsets)), _deep_indent(indent, para_indent) or hole_before)


def _deep_indent(indent: int, para_indent: int) -> bool:
    return indent in (1, para_indent + 1) if para_indent else indent == 1


def _inner_link_word(token: str, vocab: Vocabulary) -> tuple[int, str] | None:
    """The first link word glued to a letter inside a token that is not part of another link word
    (`пункт` in `подпункт`): where it starts, and its stem."""
    spans = [(m.start(), m.start() + len(m.group(1)), m.group(1)) for m in _stems_of(vocab)[2].finditer(token.casefold())]
    inner = [(k, stem) for k, _, stem in spans
             if k > 0 and token[k - 1].isalpha() and not any(a < k < b for a, b, _ in spans)]
    return min(inner) if inner else None


def _glued_stem(token: str, vocab: Vocabulary, evidence: Evidence) -> int | None:
    """`Казахстанпунктом`, `шарттардазаңнамасына`, `"Оподпунктом`, `"непункта`: where a link word
    glued to the word before it starts: the first link word inside the token that is not part of
    another (`пункт` in `подпункт`), after a word of four letters or more, or (a link word of four
    letters or more) after a word the act prints alone. A token the act prints alone is a word."""
    found = _inner_link_word(token, vocab)
    if found is None or evidence.prints(token):
        return None
    k, stem = found
    head = re.sub(r"^\W+", "", token[:k])
    if len(head) >= 4 and head[-1].islower():
        return k
    known = evidence.prints(head) or head in vocab.one_letter_words
    return k if known and len(stem) >= 4 else None


def _after_punctuation(token: str, vocab: Vocabulary) -> set[int]:
    """After a run of punctuation or a sign (`Казахстан.кодекс`, `(кодекс`, `№Приказ`,
    `2)приложение`), but not inside a number (`6.1`, `4,5`) or after a word's hyphen (`іс-шара`,
    `12-бабы`) unless a capital or a link word follows it (`медико-Закон`, `интернет-приказа`)."""
    points = set()
    for m in _PUNCT_RUN.finditer(token):
        before, rest = token[m.start() - 1: m.start()], token[m.end():]
        glued_after_hyphen = rest[:1].isupper() or (before.isalpha() and rest.casefold().startswith(_link_stems(vocab)))
        hyphen = m.group() == "-" and before.isalnum() and not glued_after_hyphen
        in_number = before.isdigit() and rest[:1].isdigit()
        if not (hyphen or in_number):
            points.add(m.end())
    return points


def _glue_points(token: str, vocab: Vocabulary, evidence: Evidence) -> frozenset[int]:
    """Offsets inside a token where glued moved text may start: after punctuation, at a capital,
    digit or sign after a lower-case letter, and at a link word glued to a word."""
    hit = evidence.glue.get(token)
    if hit is None:
        hit = evidence.glue[token] = frozenset(_find_glue_points(token, vocab, evidence))
    return hit


def _find_glue_points(token: str, vocab: Vocabulary, evidence: Evidence) -> set[int]:
    points = _after_punctuation(token, vocab)
    # a sign glued after a lower-case letter or punctuation (`дней№`, `)№`) starts a link
    points.update(m.start() for m in re.finditer(rf"(?<=[{LOWER}])(?=[{UPPER}\d№])|(?<=[^\w\s])(?=№)|(?<=\d)(?=[{LOWER}{UPPER}])", token))
    stem_at = _glued_stem(token, vocab, evidence)
    if stem_at is not None:
        points.add(stem_at)
    return {p for p in points if 0 < p < len(token)}


def cuts(text: str, vocab: Vocabulary, evidence: Evidence) -> list[int]:
    """Offsets where the moved text may start: before one of the line's last tokens, or inside
    one where something is glued to it."""
    out = []
    for m in list(re.finditer(r"\S+", text))[-MAX_LINK_TOKENS:]:
        out.append(m.start())
        out.extend(sorted(m.start() + p for p in _glue_points(m.group(), vocab, evidence)))
    return [p for p in out if p > 0]


# ---------------------------------------------------------------- readings

def _put(text: str, offset: int, group: str) -> str:
    rest = text[offset:].lstrip()
    return text[:offset].rstrip() + " " + group + ("" if rest[:1] in (",", ";", ")") else " ") + rest


def _insert(body: str, holes: Holes, groups: list[str]) -> str:
    """Put each group into its hole, the last hole first so offsets stay valid."""
    pieces = list(groups)
    text = body
    for offset in reversed(holes.offsets):
        text = _put(text, offset, pieces.pop())
    if holes.lead:
        text = pieces.pop() + " " + text.lstrip()
    return re.sub(r" {2,}", " ", text).strip()


def _groupings(tokens: list[str], n: int, vocab: Vocabulary) -> Iterator[list[str]]:
    """Ways to cut the moved tokens into n links, in order (one per hole)."""
    for bounds in combinations(range(1, len(tokens)), n - 1):
        edges = (0, *bounds, len(tokens))
        runs = [tokens[a:b] for a, b in zip(edges, edges[1:])]
        if all(_link_run(run, vocab) for run in runs) \
                and not any(_splits_a_unit(b[0], a[-1], vocab) for a, b in zip(runs, runs[1:])):
            yield [" ".join(run) for run in runs]


def _acceptable_cut(body: str, tokens: list[str], text: str, vocab: Vocabulary) -> bool:
    before = body.split()[-1] if body.split() else ""
    if before and (_cuts_a_unit(tokens[0], before, vocab) or _cuts_a_list(body, tokens[0], vocab)):
        return False
    if body.endswith(" "):
        return True  # (in a short line only where the act confirms it: _confirmed)
    # glued after an opening bracket or quote, the link itself starts there (`(кодекс`); not a
    # list of numbers, which opens the quoted words themselves (`"1 және 2-қосымшаларда"`)
    return body[-1] not in _OPENERS or (_link_token(tokens[0], vocab)
                                        and not any(_joins(tokens, k, vocab) for k in range(len(tokens))))


def _link_pieces(token: str, vocab: Vocabulary, evidence: Evidence) -> list[str]:
    """Links appended one after another are glued to each other (`ЗаконЗакон`, `Конституциюкодекс`):
    the token cut into them where every piece is a link word, else the token whole (a number glued
    to a link, `2014Законом`, is a word of the line and the link glued to it)."""
    for at in sorted(_glue_points(token, vocab, evidence)):
        head = token[:at]
        if _PLAIN.match(head) and is_link_word(head, vocab):
            rest = _link_pieces(token[at:], vocab, evidence)
            if _PLAIN.match(rest[0]) and is_link_word(rest[0], vocab):
                return [head, *rest]
    return [token]


def _moves(text: str, cut: int, holes: Holes, vocab: Vocabulary, evidence: Evidence,
           glued_only: bool = False) -> list[Reading]:
    """The readings that put the text from `cut` on back into the holes. With `glued_only` (a line
    with trailing spaces) only a moved text that shows its glue: to the word before it, or links
    glued to each other."""
    body, printed = text[:cut], text[cut:].split()
    tokens = [piece for tok in printed for piece in _link_pieces(tok, vocab, evidence)]
    unglued = len(tokens) > len(printed)
    if not _movable(body, tokens, text, holes, vocab, need_glue=glued_only and not unglued):
        return []
    extra = len(tokens) - holes.count
    if holes.offsets and holes.offsets[-1] >= len(body.rstrip()):
        return _hole_before_the_moved_text(text, body, tokens, holes, vocab, extra)
    chain = _goes_on_a_unit(body.split()[-2:], tokens[0], vocab)
    out = [Reading(_insert(body.rstrip(), holes, groups), moved=True, explained=True, extra=extra, chain_cut=chain)
           for groups in _groupings(tokens, holes.count, vocab)]
    if unglued and body.endswith(" ") and len(tokens) > holes.count:
        out += _last_link_at_line_end(body, tokens, holes, vocab, extra)
    if not out and _words_after_full_stop(body, tokens, holes):
        out.append(Reading(_insert(body.rstrip(), holes, [" ".join(tokens)]), moved=True, explained=True, extra=extra))
    if body.endswith(" ") and len(text) < SHORT_LINE:
        out = _confirmed(out, _closed(text), evidence)
    return out


def _confirmed(moved: list[Reading], printed: str, evidence: Evidence) -> list[Reading]:
    """Where the line shows too little to go on (a short line, a table cell: a link after a space,
    not glued; a hole no double space shows), a link is put back only where the reading makes more
    word pairs the act (or the catalogue of acts) prints than the line as printed (`1.  Республики
    Конституция` -> `1. Конституция Республики`)."""
    def known(text: str) -> int:
        toks = text.split()
        return sum(evidence.knows(a, b) for a, b in zip(toks, toks[1:]))
    floor = known(printed)
    return [r for r in moved if known(r.text) > floor]


def _hole_before_the_moved_text(text: str, body: str, tokens: list[str], holes: Holes, vocab: Vocabulary,
                                extra: int) -> list[Reading]:
    """The last hole is right before the moved text: one link moved onto itself (the line as
    printed), or the last of several links, which was the line's last word."""
    if holes.count > 1:
        return _last_link_in_place(body, tokens, holes, vocab, extra)
    same = body.endswith(" ") and _link_run(tokens, vocab)
    return [Reading(_closed(text), moved=False, explained=True, extra=extra)] if same else []


def _last_link_in_place(body: str, tokens: list[str], holes: Holes, vocab: Vocabulary, extra: int) -> list[Reading]:
    """Several links, the last of them the line's last word (`Социальный  Конституцию кодекс`):
    its hole is the one right before the moved text, where it stands; the others go back into
    the holes before it."""
    before = Holes(holes.offsets[:-1], holes.lead)
    return [Reading(_closed(_insert(body.rstrip(), before, groups[:-1]) + " " + groups[-1]), moved=True,
                    explained=True, extra=extra)
            for groups in _groupings(tokens, holes.count, vocab)]


def _goes_on_a_unit(before: list[str], first: str, vocab: Vocabulary) -> bool:
    """Would the moved text start right after a whole unit that it goes on as a chain (`подпункте
    2)` | `пункта 3`; `3-тармағының` | `2) тармақшасы`)? The extraction appends a link whole."""
    if not before or not _link_token(first, vocab):
        return False
    last = before[-1]
    glued = is_link_word(last, vocab) and bool(re.match(r"\d", last))  # 3-тармағының
    if _number_after_word(vocab):
        return _word_then_number_chain(before, first, vocab, glued)
    whole = len(before) == 2 and bool(_NUMBER.match(before[0])) and is_link_word(last, vocab)
    return (whole or glued) and bool(_NUMBER.match(first)) and _chain_order(last, first, vocab, outer_last=False)


def _word_then_number_chain(before: list[str], first: str, vocab: Vocabulary, glued: bool) -> bool:
    """_goes_on_a_unit where a unit prints its word before its number (`пункта 3`): the moved text
    opens with a unit word that goes on the whole unit before it."""
    last = before[-1]
    whole = len(before) == 2 and is_link_word(before[0], vocab) and bool(_NUMBER.match(last))
    return (whole or glued) and is_link_word(first, vocab) and not _NUMBER.match(first) \
        and _chain_order(before[0] if whole else last, first, vocab, outer_last=True)


def _chain_order(held: str, moved: str, vocab: Vocabulary, outer_last: bool) -> bool:
    """Whether two units could be one chain in the order the language prints one: its inner unit
    first where the holder follows in the genitive (`подпункте 2) пункта 3`), its outer unit first
    where the holder comes first (`3-тармағының 2) тармақшасы`). A unit outer than the one before
    it in a language that prints the outer first starts a phrase of its own (`5-жолдар` |
    `1-қосымшада`); units of unknown rank may be a chain."""
    ranks = [_rank(t, vocab) for t in (held, moved)]
    if None in ranks or ranks[0] == ranks[1]:
        return True
    return (ranks[1] < ranks[0]) == outer_last


def _rank(token: str, vocab: Vocabulary) -> int | None:
    word = units.unit_word(re.sub(r"^\d+(?:-\d+)*\)?-?", "", token.strip("\"«»(),.;:")), vocab.lang)
    return units.RANK.get(word.kind) if word else None


def _movable(body: str, tokens: list[str], text: str, holes: Holes, vocab: Vocabulary, need_glue: bool) -> bool:
    """Enough link-shaped tokens for the holes, cut where a link may start; where `need_glue`, the
    moved text glued to the word before it."""
    if need_glue and body.endswith(" "):
        return False
    return len(tokens) >= holes.count and _link_shaped(tokens, vocab) and _acceptable_cut(body, tokens, text, vocab)


def _last_link_at_line_end(body: str, tokens: list[str], holes: Holes, vocab: Vocabulary, extra: int) -> list[Reading]:
    """The last of the glued links was the line's last word: its hole is the line's end."""
    ends = Holes((*holes.offsets, len(body.rstrip())), holes.lead)
    return [Reading(_insert(body.rstrip(), ends, groups), moved=True, explained=True, extra=extra - 1, unseen=True)
            for groups in _groupings(tokens, ends.count, vocab)]


def _words_after_full_stop(body: str, tokens: list[str], holes: Holes) -> bool:
    """`ұйымдарына бағыттау.орталығына`, `направить в  организации.центр`: words glued in lower
    case right after the full stop of a word that ends the line's sentence. No sentence opens in
    lower case, so they are a link moved from the line's one hole, whatever words name it (the
    link vocabulary knows units and acts, not an organisation's name). Words of three letters
    or more on both sides: not a web address (`gov.kz`) nor an abbreviation's letters."""
    before = re.search(r"([^\W\d_]+)\.$", body)
    return holes.count == 1 and before is not None and len(before.group(1)) >= 3 \
        and len(tokens) <= MAX_CARRIED + 1 and tokens[0][:1].islower() \
        and all(len(t) >= 3 and t.replace("-", "").isalpha() for t in tokens)


def _closed(text: str) -> str:
    return re.sub(r" {2,}", " ", text).strip()


def readings(text: str, holes: Holes, vocab: Vocabulary, evidence: Evidence,
             glued_only: bool = False) -> list[Reading]:
    """The line as printed and every way to put an end of it back into its holes."""
    out = [Reading(_closed(text), moved=False)]
    for cut in cuts(text, vocab, evidence):
        out.extend(_moves(text, cut, holes, vocab, evidence, glued_only))
    return out


# ---------------------------------------------------------------- how natural a reading is

def _glued(token: str, vocab: Vocabulary, evidence: Evidence) -> bool:
    return bool(_GLUED.search(token)) or _glued_stem(token, vocab, evidence) is not None


def score(reading: Reading, evidence: Evidence, glued: Callable[[str], bool]) -> float:
    toks = reading.text.split()
    s = WEIGHTS["hole_explained"] * reading.explained + WEIGHTS["extra_word"] * reading.extra
    s += WEIGHTS["unseen_hole"] * reading.unseen + WEIGHTS["chain_cut"] * reading.chain_cut
    s += WEIGHTS["glued"] * sum(1 for t in toks if glued(t))
    for a, b in zip(toks, toks[1:]):
        s += WEIGHTS["item_in_lower_case"] * bool(_ITEM_MARK.match(a) and b[0].islower())
        s += WEIGHTS["pair_in_act"] * evidence.knows(a, b)
        s += WEIGHTS["numbers_side_by_side"] * bool(_LIST_NUMBER.match(a) and _LIST_NUMBER.match(b))
    return s


def fix_displaced_link(text: str, indent: int, para_indent: int, trailing: int, vocab: Vocabulary,
                       evidence: Evidence | None = None, hole_before: bool = False) -> tuple[str, int, bool]:
    """Put a hyperlink moved to the end of its line back into the hole it left.

    `evidence` holds the word pairs the document prints elsewhere (none: every pair unknown).
    Returns the text, the corrected indent and whether anything moved. A line with trailing
    spaces was stretched (a table cell) or ends where the act's own line ended: a moved link ends
    its line with no space after it, unless it shows its glue (to the word before it, or to
    another link), and only such a move is tried there."""
    holes = find_holes(text, indent, para_indent)
    if hole_before and not holes.count:  # (a hole of the line's own explains its link first)
        holes = replace(holes, lead=True)
    # a space left before a separator alone (`Республикасының ; … әдістері;Заңы`) is a hole only
    # where the act confirms the link going back there
    unsure = not holes.count
    if unsure and _SPACE_BEFORE_SEP.search(text):  # (most lines have none: nothing more to find)
        holes = find_holes(text, indent, para_indent, separators=True, hole_before=hole_before)
    if not 1 <= holes.count <= MAX_HOLES:
        return text, indent, False
    evidence = evidence.elsewhere(text, trailing) if evidence else Evidence()
    glued = lru_cache(maxsize=None)(lambda token: _glued(token, vocab, evidence))  # tokens recur across readings
    if trailing and not any(glued(t) or len(_link_pieces(t, vocab, evidence)) > 1
                            for t in text.split()[-MAX_LINK_TOKENS:]):
        return text, indent, False  # no glue where a moved text could start: nothing to try
    # the printed reading comes first and wins a tie
    found = readings(text, holes, vocab, evidence, bool(trailing))
    if unsure:
        found = found[:1] + _confirmed(found[1:], found[0].text, evidence)
    best = max(found, key=lambda r: score(r, evidence, glued))
    if not best.moved:
        return text, indent, False
    return best.text, indent - 1 if _deep_indent(indent, para_indent) and holes.lead else indent, True
