"""A functions table whose skills and knowledge are paired row by row.

Some cards head their functions table with a column for the skills and one for the knowledge
(`Трудовая функция | Задача | Умения и навыки | Знания`, `Еңбек функциясы | Міндет | Дағдылар |
Білім`) and give each list item a table row of its own: under a task cell merged down its rows,
each row holds ONE skill and ONE knowledge item, the other cell left empty where one list is
longer. The extraction prints the cells of each row one after another, so the two lists
alternate item by item (`1) skill;` `1) knowledge;` `2) skill;` `2) knowledge;` ... `4) knowledge.`).

The reader (card_columns.py) expects each list as one cell. This pass gives it that: the items
of a task are put back in column order, each list's items one cell (the first item opens the
block, the others go on it). A page break inside the rows (the header row printed again, the
function cell printed again, the rest of a cut name cell) is moved after the task's items, as
a break after the whole row. Which column an item is in is told by its number: the row's second
item repeats the first's number; an item alone in its row goes on the list that has not ended
(a list ends its last item with `.`, the others with `;`). A card is read so where its rows
show the pairing plainly (a task's items numbered 1, 1, 2, 2); its other tasks then too.
"""
from __future__ import annotations

from dataclasses import replace

from .card_evidence import finished, item_number, lower_start
from .segments import Seg

LIST_KINDS = ("skills", "knowledge")
PAIRS_LEAST = 2  # rows holding an item of each list that show a card's tasks paired
_FUNCTIONS = ("function", "function_additional")


def paired_rows(segs: list[Seg], lang: str) -> list[Seg]:
    """The segments with every paired task's items in column order (unchanged where the card
    has no functions table headed with a column per list, or its rows show no pairing)."""
    from .card_columns import header_rows
    headers = {start: end for start, (end, kinds) in header_rows(segs, lang).items()
               if all(k in kinds for k in LIST_KINDS)}
    if not headers:
        return segs
    runs = [r for r in _runs(segs, min(headers), headers) if r.columns is not None]
    if not any(r.pairs >= PAIRS_LEAST for r in runs):
        return segs
    out = list(segs)
    for run in reversed(runs):
        out[run.first:run.last + 1] = run.reordered(segs)
    return out


class _Run:
    """One task's list items (segment indices) from its first item to its last, the segments
    between them that are not its items (a page break's header row and the name cells printed
    after it), and each item's column, once read."""

    def __init__(self, first: int):
        self.first = self.last = first
        self.items: list[list[int]] = []  # an item's segment, then the rests of its cut cell
        self.between: list[int] = []
        self.columns: list[int] | None = None
        self.pairs = 0

    def reordered(self, segs: list[Seg]) -> list[Seg]:
        out: list[Seg] = []
        for col in (0, 1):
            pieces = [k for item, c in zip(self.items, self.columns) if c == col for k in item]
            out += [replace(segs[k], page_break=False, block_start=(n == 0)) for n, k in enumerate(pieces)]
        return out + [segs[k] for k in self.between]


def _runs(segs: list[Seg], start: int, headers: dict[int, int]) -> list[_Run]:
    """The runs of list items of each task after the first header row, each with its columns
    read (None where its numbers do not pair)."""
    runs: list[_Run] = []
    run: _Run | None = None
    function, broken = None, False
    k = start
    while k < len(segs):
        s = segs[k]
        if k in headers:  # the header row, printed again after a page break
            if run is not None:
                run.between.extend(range(k, headers[k]))
            broken, k = True, headers[k]
            continue
        if s.kind == "label":
            if run is not None and not _printed_again(s, function, broken):
                runs.append(_close(run, segs))
                run = None
            if run is not None:
                run.between.append(k)
            function = s.number if s.field in _FUNCTIONS else function
        elif s.block_start and item_number(s.text) is not None:
            run = run or _Run(k)
            run.items.append([k])
            run.last, broken = k, False
        elif run is not None:
            _rest_or_between(run, segs, k, broken)
        k += 1
    if run is not None:
        runs.append(_close(run, segs))
    return runs


def _printed_again(label: Seg, function: int | None, broken: bool) -> bool:
    """The open function's label printed again at a page's head (under the header row again)."""
    return broken and label.field in _FUNCTIONS and label.number == function


def _rest_or_between(run: _Run, segs: list[Seg], k: int, broken: bool) -> None:
    """A text among a task's items that is not an item: after a page break, the rest of a cut
    item (the first cell of the last row that did not end, in column order), else a name cell's."""
    rest = broken and segs[k].block_start and lower_start(segs[k].text)
    # the last row's cells, in column order (its first item, then its second)
    cut = next((item for item in run.items[-2:] if not finished(_text(segs, item))), None) if rest else None
    (cut if cut is not None else run.between).append(k)


def _text(segs: list[Seg], item: list[int]) -> str:
    return " ".join(segs[k].text for k in item)


def _close(run: _Run, segs: list[Seg]) -> _Run:
    """The run with its columns read: a row's second item repeats the first's number, an item
    alone goes on the list that has not ended (the first, where neither or both did)."""
    lasts, texts, columns = [0, 0], ["", ""], []
    for item in run.items:
        n = item_number(segs[item[0]].text)
        fits = [c for c in (0, 1) if lasts[c] + 1 == n]
        if not fits:
            return run
        col = fits[0]
        if len(fits) == 2 and finished_list(texts[0]) and not finished_list(texts[1]):
            col = 1
        run.pairs += col == 1 and lasts[0] == n
        lasts[col], texts[col] = n, _text(segs, item)
        columns.append(col)
    if any(c == 1 for c in columns):
        run.columns = columns
        run.last = max(k for item in run.items for k in item)
        run.between = [k for k in run.between if k < run.last]
    return run


def finished_list(text: str) -> bool:
    """Has a list ended: its last item closed with a period?"""
    return finished(text) and text.rstrip().endswith(".")
