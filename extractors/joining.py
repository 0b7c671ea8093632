"""Line ends inside words: join or space, decided with evidence.

A narrow table column wraps a long word with no hyphen (`Әлеуметті` / `к`),
while most line ends fall between words. Each gap between two pieces of text is
read as one of three kinds:

1. typography settles it (strongest): a space the raw line kept at its end, a
   line that starts with punctuation or ends with a hyphen or an opening
   bracket, a lower-case letter followed by a capital;
2. otherwise the gap is free, and the whole run of pieces is segmented into
   the most probable sequence of words (a Viterbi search), where a word's
   probability comes from the corpus lexicon: how often the corpus shows it
   whole, backed off to a character model of the language's words. A joined
   form the corpus has seen beats two fragments; two words the corpus has seen
   beat an unseen join. The character model decides only what the seen words
   cannot, and carries the morphology (suffixes, vowel harmony) it learned.
3. Decisions the lexicon could not settle (neither reading seen as whole
   words) are kept for the residue report.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field

from .lexicon import Lexicon, core
from .repair import Line

SPLIT, JOIN, FREE = "split", "join", "free"
MAX_PIECES = 12
_OPENERS = ("(", "[", "«", "/", "„", "“")
_CLOSERS = re.compile(r"^[,.;:)\]»!?%…]")


def boundary_kind(left: str, right: str, kept_space: bool) -> str:
    """How the gap between the end of `left` and the start of `right` reads on typography alone."""
    if not left or not right:
        return SPLIT
    if _CLOSERS.match(right):
        return JOIN  # punctuation never follows a space, even where the line kept one
    if kept_space:
        return SPLIT
    if right[0] in "\"»”" and (len(right) == 1 or not right[1].isalnum()):
        return JOIN  # a closing quote wrapped to the next line
    if left == '"' or left.endswith(_OPENERS):
        return JOIN
    if re.search(r"[^\W_]-$", left):
        return JOIN  # a hyphenated word wrapped after its hyphen
    if re.match(r"^-[^\W_]", right):
        return JOIN
    if re.search(r"[,.;:)\]»!?\"%…–—-]$", left):
        return SPLIT
    if right[0] in "\"«(–—-•№§":
        return SPLIT
    a, b = left[-1], right[0]
    if a.isalpha() and a.islower() and b.isalpha() and b.isupper():
        return SPLIT
    if (a.isdigit() and b.isalpha()) or (a.isalpha() and b.isdigit()):
        return SPLIT
    return FREE


@dataclass
class Gap:
    """A gap between two pieces: inside a line (token gap) or at a line end."""

    line: int  # index of the line (in the run) the gap follows
    token: int | None  # token gap index inside the line, None for the line end
    kind: str
    decision: str = ""  # "" (joined) or " "
    settled: bool = True


@dataclass
class JoinResult:
    line_joins: list[str]  # joiner after each line of the run ("" or " "); last is ""
    line_texts: list[str]  # line texts with their uncertain in-line gaps decided
    unsettled: list[tuple[int, str, str, str]] = field(default_factory=list)  # (lineno, left, right, chosen)


def segment(pieces: list[str], kinds: list[str], lexicon: Lexicon) -> tuple[list[bool], list[bool]]:
    """Best word segmentation of `pieces` given the gap kinds between them.

    Returns, per gap, whether it is joined, and whether the lexicon settled it.
    """
    n = len(pieces)
    if n <= 1:
        return [], []
    best = [-math.inf] * (n + 1)
    back = [0] * (n + 1)
    best[0] = 0.0
    for j in range(1, n + 1):
        if j < n and kinds[j - 1] == JOIN:
            continue  # a forced join cannot be a word end
        for i in range(j - 1, max(-1, j - 1 - MAX_PIECES), -1):
            if i < j - 1 and kinds[i] == SPLIT:
                break  # a forced split cannot be inside a word
            if i > 0 and kinds[i - 1] == JOIN:
                continue
            if best[i] == -math.inf:
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
    # a gap is settled when the words the segmentation made around it are words the corpus has seen whole
    word_of = []
    start = 0
    for g in range(n):
        word_of.append(start)
        if g < n - 1 and not joined[g]:
            start = g + 1
    ends = {}
    for g in range(n):
        ends[word_of[g]] = g
    def word(g: int) -> str:
        s0 = word_of[g]
        return "".join(pieces[s0:ends[s0] + 1])
    settled = []
    for g in range(n - 1):
        if kinds[g] != FREE:
            settled.append(True)
        elif joined[g]:
            settled.append(lexicon.known(word(g)))
        else:
            settled.append(lexicon.known(word(g)) and lexicon.known(word(g + 1)))
    return joined, settled


def join_run(lines: list[Line], lexicon: Lexicon) -> JoinResult:
    """Decide every uncertain gap in a run of lines that belong together (one block)."""
    pieces: list[str] = []
    kinds: list[str] = []
    where: list[tuple[int, int | None]] = []
    for li, ln in enumerate(lines):
        toks = ln.tokens
        if not toks:
            continue
        if pieces:
            prev = lines[li - 1] if li > 0 else None
            kept = bool(prev and prev.trailing)
            kind = boundary_kind(pieces[-1], toks[0], kept)
            if prev is not None and prev.join_hint == "":
                kind = JOIN  # the page geometry saw a word cut at the cell's edge
            elif prev is not None and prev.join_hint == " " and kind != JOIN:
                kind = SPLIT
            kinds.append(kind)
            where.append((li - 1, None))
        for ti, tok in enumerate(toks):
            if ti > 0:
                if ti - 1 in ln.free:
                    k = boundary_kind(toks[ti - 1], tok, False)
                else:
                    k = SPLIT
                kinds.append(k)
                where.append((li, ti - 1))
            pieces.append(tok)
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
    texts = []
    for li, ln in enumerate(lines):
        toks = ln.tokens
        gaps = drop_gaps.get(li, set())
        parts = toks[:1]
        for ti in range(1, len(toks)):
            if ti - 1 not in gaps:
                parts.append(" ")
            parts.append(toks[ti])
        texts.append("".join(parts))
    return JoinResult(line_joins, texts, unsettled)


def pair_join(left: str, right: str, left_kept_space: bool, lexicon: Lexicon) -> str:
    """Joiner between two pieces of one cell that a page break or another cell separated."""
    lt = left.split(" ")[-1] if left else ""
    rt = right.split(" ")[0] if right else ""
    kind = boundary_kind(lt, rt, left_kept_space)
    if kind == FREE:
        joined, _ = segment([lt, rt], [FREE], lexicon)
        return "" if joined[0] else " "
    return "" if kind == JOIN else " "


def reliable_words(lines: list[Line]) -> Counter:
    """Words the text shows whole: a certain boundary on both sides.

    A token is certain on its left when it is not the first of its line, or the
    line before kept a space at its end; on its right when it is not the last,
    or its line kept a space, or punctuation follows it. Uncertain (stretched)
    gaps make neither side certain.
    """
    counts: Counter = Counter()
    for idx, ln in enumerate(lines):
        toks = ln.tokens
        prev = lines[idx - 1] if idx > 0 else None
        prev_same_block = prev is not None and prev.block == ln.block
        for ti, tok in enumerate(toks):
            left_ok = (ti > 0 and ti - 1 not in ln.free) or (
                ti == 0 and ((prev_same_block and (prev.trailing > 0 or re.search(r"[,.;:!?]$", prev.text))) or (not prev_same_block and tok[:1].isupper()))
            )
            right_ok = (ti < len(toks) - 1 and ti not in ln.free) or (ti == len(toks) - 1 and ln.trailing > 0) or bool(re.search(r"[,.;:!?)]$", tok))
            if not (left_ok and right_ok) or ln.justified and ln.free:
                continue
            word = core(tok)
            if not word or any(c.isdigit() for c in word):
                continue
            if re.search(r"[^\w\-]", word) or re.search(r"[a-zа-яәғқңөұүһі][A-ZА-ЯӘҒҚҢӨҰҮҺІ]", tok):
                continue
            for part in word.split("-"):
                # a one-letter word counts only standing alone (`в`, `с`, `и`), never as part of a compound
                if len(part) >= 2 or part == word:
                    counts[part] += 1
    return counts


def build_lexicon(documents: list[list[Line]], extra_words: list[str] | None = None,
                  base_counts: Counter | None = None, dictionary=None) -> Lexicon:
    """Word counts of the corpus (words it shows whole), plus `base_counts` (the bundled counts
    of the project's texts, so that a document read alone still knows its language's common
    words, one-letter ones included) and the words of `extra_words` (label phrases) once each.
    `dictionary` (extractors.morphology.known_form) counts a form it knows as seen once."""
    counts: Counter = Counter(base_counts or {})
    for lines in documents:
        counts.update(reliable_words(lines))
    for phrase in extra_words or []:
        for w in re.findall(r"[^\W\d_]+", phrase):
            if len(w) >= 2:
                counts[w.casefold()] += 1
    return Lexicon.from_words(counts, dictionary)
