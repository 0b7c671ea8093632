"""Line ends inside words: join or space, decided with evidence.

A narrow table column wraps a long word with no hyphen (`Әлеуметті` / `к`),
while most line ends fall between words. Each gap between two pieces of text is
read as one of three kinds:

1. typography settles it (strongest): a space the raw line kept at its end, a
   line that starts with punctuation or ends with a hyphen or an opening
   bracket, a lower-case letter followed by a capital;
2. otherwise the gap is free, and the whole run of pieces is segmented into
   the most probable sequence of words (a Viterbi search), where a word's
   probability comes from the document's lexicon: how often the document shows
   it whole or the language's dictionary knows it, backed off to a character
   model of the language's words. A joined form known beats two fragments; two
   known words beat an unknown join. The character model decides only what the
   known words cannot, and carries the morphology (suffixes, vowel harmony) it
   learned.
3. Decisions the lexicon could not settle (neither reading seen as whole
   words) are kept for the residue report.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from .lexicon import STANDS_ALONE, CharModel, Lexicon, core
from .repair import Line

SPLIT, JOIN, FREE = "split", "join", "free"
# a line end that kept its space where nothing else marks a word end: a word end unless the
# language's dictionary reads the two pieces as one word and not as two (`Психологичес ` / `кая`:
# a cell's edge cut the word and the extraction still printed a space)
SPACED = "spaced"
MAX_PIECES = 12
_OPENERS = ("(", "[", "«", "/", "„", "“")
_CLOSERS = re.compile(r"^[,.;:)\]»!?%…]")
_HYPHEN_WRAP = re.compile(r"[^\W\d_]-$")
_ENDS_HYPHENED = re.compile(r"[^\W_]-$")
_OPENS_HYPHENED = re.compile(r"-[^\W_]")
_PUNCT_END = re.compile(r"[,.;:)\]»!?\"%…–—№§-]$")  # (a sign: `№` | `347` is `№ 347`)
_SENTENCE_PUNCT_END = re.compile(r"[,.;:!?]$")
_CLOSING_PUNCT_END = re.compile(r"[,.;:!?)]$")


def boundary_kind(left: str, right: str, kept_space: bool) -> str:
    """How the gap between the end of `left` and the start of `right` reads on typography alone."""
    if not left or not right:
        return SPLIT
    if _CLOSERS.match(right):
        return JOIN  # punctuation never follows a space, even where the line kept one
    if kept_space:
        return SPLIT
    if _wrapped_inside(left, right):
        return JOIN
    if _ends_a_word(left, right):
        return SPLIT
    return FREE


def _wrapped_inside(left: str, right: str) -> bool:
    """A closing quote wrapped to the next line, an opening quote or bracket left at a line end,
    a hyphenated word wrapped after (or before) its hyphen."""
    return ((right[0] in "\"»”" and (len(right) == 1 or not right[1].isalnum()))
            or left == '"' or left.endswith(_OPENERS)
            or bool(_ENDS_HYPHENED.search(left)) or bool(_OPENS_HYPHENED.match(right)))


def _ends_a_word(left: str, right: str) -> bool:
    """Punctuation ends the left piece or opens the right one, a lower-case letter meets a
    capital, or a letter meets a digit."""
    if _PUNCT_END.search(left) or right[0] in "\"«(–—-•№§":
        return True
    a, b = left[-1], right[0]
    if a.isalpha() and a.islower() and b.isalpha() and b.isupper():
        return True
    return (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit())


@dataclass
class JoinResult:
    line_joins: list[str]  # joiner after each line of the run ("" or " "); last is ""
    line_texts: list[str]  # line texts with their uncertain in-line gaps decided
    unsettled: list[tuple[int, str, str, str]] = field(default_factory=list)  # (lineno, left, right, chosen)


def segment(pieces: list[str], kinds: list[str], lexicon: Lexicon) -> tuple[list[bool], list[bool]]:
    """Best word segmentation of `pieces` given the gap kinds between them.

    Returns, per gap, whether it is joined, and whether the lexicon settled it.
    """
    if len(pieces) <= 1:
        return [], []
    if SPACED in kinds:
        # only a piece that starts its word is weighed whole against the space
        kinds = [_spaced(pieces[g], pieces[g + 1], lexicon) if k == SPACED and _starts_word(pieces, kinds, g, lexicon)
                 else (SPLIT if k == SPACED else k) for g, k in enumerate(kinds)]
    joined = _best_joins(pieces, kinds, lexicon)
    return joined, _settled(pieces, kinds, joined, lexicon)


def _starts_word(pieces: list[str], kinds: list[str], g: int, lexicon: Lexicon) -> bool:
    """Does the piece before gap `g` start its word: a space before it, or a free gap after a
    word of the language that the piece would not go on (`әлеуметтік` / `жәрдемақыла `, not
    `әдіс` / `тері `)?"""
    if g == 0 or kinds[g - 1] in (SPLIT, SPACED):
        return True
    if kinds[g - 1] != FREE:
        return False
    before, piece = pieces[g - 1].casefold(), pieces[g].casefold()
    return lexicon.language_knows(before) and not lexicon.language_knows(before + piece)


def _spaced(left: str, right: str, lexicon: Lexicon) -> str:
    """A kept space between two pieces: a split, unless the language knows the joined form and
    one piece is no word (not the language's, not one the document prints often). A single
    sighting proves nothing: the line ends that kept a space count their pieces as words. Of a
    hyphenated compound (`медико-социаль ` / `ной`) the part after its last hyphen is the
    word the line end cut (the dictionary knows no compound whole)."""
    words = [p.casefold() for p in (left.rsplit("-", 1)[-1], right)]
    if all(lexicon.prints_as_word(w) for w in words):
        return SPLIT
    return JOIN if lexicon.language_knows("".join(words)) else SPLIT


def _best_joins(pieces: list[str], kinds: list[str], lexicon: Lexicon) -> list[bool]:
    """Per gap, whether the most probable sequence of words joins it. A forced split ends a word
    whatever the words around it, so the run is decided part by part between forced splits; a
    part with no free gap has nothing to decide (most words of a text: no word is scored)."""
    joined = [True] * (len(pieces) - 1)
    start = 0
    for g in [g for g, k in enumerate(kinds[:len(joined)]) if k == SPLIT] + [len(joined)]:
        if FREE in kinds[start:g]:
            joined[start:g] = _viterbi(pieces[start:g + 1], kinds[start:g], lexicon)
        if g < len(joined):
            joined[g] = False
        start = g + 1
    return joined


def _viterbi(pieces: list[str], kinds: list[str], lexicon: Lexicon) -> list[bool]:
    """Viterbi over word ends of pieces with no forced split between them."""
    n = len(pieces)
    best = [-math.inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        if j < n and kinds[j - 1] == JOIN:
            continue  # a forced join cannot be a word end
        for i in range(j - 1, max(-1, j - 1 - MAX_PIECES), -1):
            if (i > 0 and kinds[i - 1] == JOIN) or best[i] == -math.inf:
                continue
            score = best[i] + lexicon.logp("".join(pieces[i:j]))
            if score > best[j]:
                best[j], back[j] = score, i
    joined = [True] * (n - 1)
    j = n
    while j > 0:
        i = back[j]
        if i > 0:
            joined[i - 1] = False
        j = i
    return joined


def _settled(pieces: list[str], kinds: list[str], joined: list[bool], lexicon: Lexicon) -> list[bool]:
    """A free gap is settled when the words the segmentation made around it are known words."""
    words, word_of = [], []
    for g, piece in enumerate(pieces):
        if g == 0 or not joined[g - 1]:
            words.append("")
        words[-1] += piece
        word_of.append(len(words) - 1)
    settled = []
    for g, kind in enumerate(kinds[:len(pieces) - 1]):
        if kind != FREE:
            settled.append(True)
        else:
            ends = (g,) if joined[g] else (g, g + 1)
            settled.append(all(lexicon.known(words[word_of[k]]) for k in ends))
    return settled


def join_run(lines: list[Line], lexicon: Lexicon) -> JoinResult:
    """Decide every uncertain gap in a run of lines that belong together (one block)."""
    pieces, kinds, where = _pieces(lines)
    kinds = [SPLIT if k == FREE and _word_left_whole(lines, pieces, where, g, lexicon, _word_ends(kinds, g + 1)) else k
             for g, k in enumerate(kinds)]
    joined, settled = segment(pieces, kinds, lexicon)
    line_joins = [" "] * len(lines)
    if lines:
        line_joins[-1] = ""
    drop_gaps: dict[int, set[int]] = {}
    unsettled = []
    for g, (li, ti) in enumerate(where):
        if ti is None:
            line_joins[li] = "" if joined[g] else " "
        elif joined[g]:
            drop_gaps.setdefault(li, set()).add(ti)
        if not settled[g]:
            unsettled.append((lines[li].lineno, pieces[g], pieces[g + 1], "join" if joined[g] else "space"))
    texts = [_line_text(ln.tokens, drop_gaps.get(li, set())) for li, ln in enumerate(lines)]
    return JoinResult(line_joins, texts, unsettled)


def _word_ends(kinds: list[str], g: int) -> bool:
    """Does a word certainly end at gap `g` (a space inside a line, or the run's end)?"""
    return g >= len(kinds) or kinds[g] == SPLIT


def _word_left_whole(lines: list[Line], pieces: list[str], where, g: int, lexicon: Lexicon,
                     right_ends: bool = True) -> bool:
    """A line end after a word that did not open its line, where both pieces are words of the
    language (`осмотр` / `и`): a wrapper moves a word that does not fit to the next line
    whole and cuts only a word longer than a whole line, which opens its line; so the line end
    falls between two words, though the language may also know them joined."""
    li, ti = where[g]
    if ti is not None:
        return False
    ln = lines[li]
    toks = ln.tokens
    if len(toks) < 2 or len(toks) - 2 in ln.free or ln.join_hint is not None:
        return False
    left, right = pieces[g].casefold(), pieces[g + 1].casefold()
    if not (lexicon.language_knows(left) and lexicon.language_knows(right)):
        return False
    # where the joined form is a word too, the right piece must be one the act prints whole, not
    # only one the dictionary lists (`населен` / `ия`); where it is no word and the right piece
    # ends its word (a letter-spaced `и е` may go on: `Наименован` / `и е`), two words it is
    if lexicon.counts.get(right, 0) >= STANDS_ALONE:
        return True
    return right_ends and not _joined_is_word(left + right, lexicon)


def _joined_is_word(word: str, lexicon: Lexicon) -> bool:
    """The joined form is a word the language knows or the act prints whole."""
    return lexicon.language_knows(word) or lexicon.known(word)


def _pieces(lines: list[Line]) -> tuple[list[str], list[str], list[tuple[int, int | None]]]:
    """The tokens of a run, the kind of each gap between them, and where each gap is: (line,
    token gap inside it) or (line, None) for the line end."""
    pieces: list[str] = []
    kinds: list[str] = []
    where: list[tuple[int, int | None]] = []
    for li, ln in enumerate(lines):
        toks = ln.tokens
        if not toks:
            continue
        if pieces:
            kinds.append(_line_end_kind(lines[li - 1] if li > 0 else None, pieces[-1], toks[0]))
            where.append((li - 1, None))
        for ti, tok in enumerate(toks):
            if ti > 0:
                kinds.append(boundary_kind(toks[ti - 1], tok, False) if ti - 1 in ln.free else SPLIT)
                where.append((li, ti - 1))
            pieces.append(tok)
    return pieces, kinds, where


def _line_end_kind(prev: Line | None, left: str, right: str) -> str:
    kept = bool(prev and prev.trailing)
    kind = boundary_kind(left, right, kept)
    if prev is not None and prev.join_hint == "":
        return JOIN  # the page geometry saw a word cut at the cell's edge
    if prev is not None and prev.join_hint == " " and kind != JOIN:
        return SPLIT
    if kept and kind == SPLIT and right[:1].isalpha() and (left[-1:].isalpha() or left.endswith("-")):
        return _kept_space_kind(left, right)
    return kind


def _kept_space_kind(left: str, right: str) -> str:
    """A line end that kept its space between letters, read as it would be without the space: a
    compound wrapped at its hyphen joins whatever space follows; a free gap weighs the kept
    space against the lexicon (SPACED)."""
    bare = boundary_kind(left, right, False)
    if bare == JOIN and _HYPHEN_WRAP.search(left):
        return JOIN
    return SPACED if bare == FREE else SPLIT


def _line_text(toks: list[str], joined_gaps: set[int]) -> str:
    # joined from a list: a line of a million tokens costs a million steps, not their squares
    parts = toks[:1]
    for ti in range(1, len(toks)):
        if ti - 1 not in joined_gaps:
            parts.append(" ")
        parts.append(toks[ti])
    return "".join(parts)


def pair_join(left: str, right: str, left_kept_space: bool, lexicon: Lexicon) -> str:
    """Joiner between two pieces of one cell that a page break or another cell separated."""
    lt = left.split(" ")[-1] if left else ""
    rt = right.split(" ")[0] if right else ""
    kind = boundary_kind(lt, rt, left_kept_space)
    if kind == FREE:
        joined, _ = segment([lt, rt], [FREE], lexicon)
        return "" if joined[0] else " "
    return "" if kind == JOIN else " "


def _glued(token: str) -> bool:
    """A lower-case letter followed by a capital inside a token: two words the extraction glued
    (`НекеКодексі`), in any alphabet."""
    return any(a.islower() and b.isupper() for a, b in zip(token, token[1:]))


def reliable_words(lines: list[Line]) -> Counter:
    """Words the text shows whole: a certain boundary on both sides.

    A token is certain on its left when it is not the first of its line, or the
    line before kept a space at its end (or the page geometry saw it end at a
    space: `join_hint`); on its right when it is not the last, or its line kept a
    space (or ended at one by the geometry), or punctuation follows it. Uncertain
    (stretched) gaps make neither side certain.
    """
    words: list[str] = []  # counted at the end, in one pass (a Counter.update per token costs more)
    for idx, ln in enumerate(lines):
        if ln.justified and ln.free:
            continue
        prev = lines[idx - 1] if idx > 0 else None
        toks = ln.tokens  # split once: a line of n tokens costs n steps, not n splits of the line
        for ti, tok in enumerate(toks):
            if _certain_left(ln, toks, ti, prev) and _certain_right(ln, toks, ti):
                words.extend(_countable(tok))
    return Counter(words)


def _certain_left(ln: Line, toks: list[str], ti: int, prev: Line | None) -> bool:
    if ti > 0:
        return ti - 1 not in ln.free
    if prev is not None and prev.block == ln.block:
        return prev.trailing > 0 or prev.join_hint == " " or bool(_SENTENCE_PUNCT_END.search(prev.text))
    return toks[0][:1].isupper()


def _certain_right(ln: Line, toks: list[str], ti: int) -> bool:
    last = len(toks) - 1
    return ((ti < last and ti not in ln.free) or (ti == last and (ln.trailing > 0 or ln.join_hint == " "))
            or bool(_CLOSING_PUNCT_END.search(toks[ti])))


@lru_cache(maxsize=1 << 16)
def _countable(tok: str) -> tuple[str, ...]:
    """The word(s) a token shown whole counts: none for numbers, glued or punctuated tokens; the
    parts of a hyphenated word (a one-letter part only standing alone: `в`, `с`, `и`). (A text
    repeats its tokens: each is judged once.)"""
    if tok.isalpha() and (len(tok) < 2 or tok[1:].islower()):
        return (tok.casefold(),)  # most tokens: one word of letters, no capital inside, no hyphen
    word = core(tok)
    if not word or any(c.isdigit() for c in word) or re.search(r"[^\w\-]", word) or _glued(tok):
        return ()
    return tuple(part for part in word.split("-") if len(part) >= 2 or part == word)


def build_lexicon(documents: list[list[Line]], extra_words: list[str] | None = None,
                  dictionary=None, affixes=None, general_words: Counter | None = None) -> Lexicon:
    """Word counts of the given texts (the words they show whole) and the words of `extra_words`
    (label phrases) once each. `dictionary` (extractors.morphology.form_prior) makes a form it
    knows a rare word (a function word a common one); `affixes` carries inflection to known words;
    the character model learns `general_words` (the dictionary's stems) before the texts' words."""
    counts: Counter = Counter()
    for lines in documents:
        counts.update(reliable_words(lines))
    labels = phrase_words(extra_words or [])
    if dictionary is not None or affixes is not None:
        # labels are matched on stems (`Конституци`, `тармағ`): only the words the dictionary
        # knows are words, or a stem would read as a word beside its cut ending (`конституци и`)
        probe = Lexicon.from_words(Counter(), dictionary, affixes)
        labels = Counter({w: n for w, n in labels.items() if probe.dictionary_knows(w)})
    counts.update(labels)
    general = None
    if general_words:
        general = CharModel()
        general.train(general_words)
    return Lexicon.from_words(counts, dictionary, affixes, general)


def phrase_words(phrases: list[str]) -> Counter:
    """The words of label phrases, once each."""
    words = {w.casefold() for phrase in phrases for w in re.findall(r"[^\W\d_]+", phrase) if len(w) >= 2}
    return Counter(dict.fromkeys(words, 1))
