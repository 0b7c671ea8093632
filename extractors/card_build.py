"""The best reading of a card (card_parse.py) -> the Card record.

Cell texts are joined here with the join model of the repair (a piece that goes
on a word cut by a page break is glued to it), values are read by the kind the
template gives their row (card_values.py), lists are split into items, and the
card's list of functions fills what the rows left open: a function whose row was
never printed, a name a row did not give, a row numbered otherwise than listed.
"""
from __future__ import annotations

import re

from .card_columns import bare_name
from .card_evidence import completes_listed, cut_word_as_listed, task_letter
from .card_state import State
from .card_task_lists import marked, split_tasks
from .card_values import (clean_name, level_in_brackets, listed_entries, norm, read_alt_names, read_code, read_code_name, read_group_code,
                          read_level, read_related, says_none, similar)
from .joining import pair_join
from .labels import match_at
from .lexicon import Lexicon
from .lists import Acc, item_numbering, split_items
from .records import Card, Function, Task, span_of

# the Card attribute of a text row, where it is not the row's own key
_TEXT_FIELDS = {"qualification_requirements": "qualification_requirements_text",
                "education_level": "education_level_text", "education_level_linked": "education_level_text"}


def text_attribute(row_key: str) -> str:
    return _TEXT_FIELDS.get(row_key, row_key)


def joined(ctx, idx: tuple[int, ...], lexicon: Lexicon, listed: str | None = None) -> Acc:
    acc = Acc()
    kept = False
    for i in idx:
        s = ctx.segs[i]
        if not s.text:
            continue
        joiner = completes_listed(acc.text, s.text, listed) if listed and acc.text else None
        if joiner is None and listed and acc.text and cut_word_as_listed(acc.text, s.text, listed):
            joiner = ""
        if joiner is None:
            joiner = pair_join(acc.text, s.text, kept, lexicon) if acc.text else " "
        acc.add(s.text, s.starts, s.marks, joiner, s.paragraphs)
        kept = s.kept_space
    return acc


def build_card(ctx, st: State, card_no: int, title: str | None, lexicon: Lexicon) -> Card:
    card = Card(card_no, card_title=title)
    _top_values(ctx, st, card, lexicon)
    listed = _listed(ctx, st, lexicon)
    card.functions = _functions(ctx, st, card, lexicon, listed)
    _from_the_list(card, listed)
    _tasks_counted_per_function(card)
    card.warnings.extend(st.notes)
    if card.card_title is None:
        card.card_title = card.name  # a heading that names no occupation (`КӘСІП КАРТОЧКАСЫ`): the card's own
    if card.name and card.card_title and similar(card.name, card.card_title) < 0.8 \
            and norm(card.card_title) not in norm(card.name) and norm(card.name) not in norm(card.card_title):
        card.warnings.append(f"the card's name {card.name!r} does not match its title {card.card_title!r}; "
                             "both kept as printed")
    card.lines = span_of(*card.field_lines.values())
    return card


def _top_values(ctx, st: State, card: Card, lexicon: Lexicon) -> None:
    for row in ctx.template.rows:
        if row.section not in ("top", "tail") or ("v", row.key) not in st.cells:
            continue
        acc = joined(ctx, st.cells[("v", row.key)], lexicon)
        card.field_lines[row.key] = acc.span()
        text = acc.text.strip()
        if row.value == "text":
            text = _before_unknown_row(card, row.key, acc, ctx.vocab.lang).strip()
        _set_value(card, row, acc, text, ctx.vocab)
    _level_in_name(card, ctx.vocab)


def _level_in_name(card: Card, vocab) -> None:
    """A name row that gives the card's level in brackets after the name (`Name (5 уровень ОРК)`,
    where the card prints no level row of its own): the name without the bracket, and the level
    from it, unless a level row gave one."""
    level, name = level_in_brackets(card.name, vocab) if card.name else (None, card.name)
    if level is None:
        return
    card.name = name
    if card.qualification_level is None:
        card.qualification_level = level
    elif card.qualification_level != level:
        card.warnings.append(f"the name row gives level {level}, the level row {card.qualification_level}; "
                             "the level row's kept")


# a cell of its own that reads as a row's label (a capitalised phrase of a few words, closed by a
# colon at its line's end) printed after a sentence's end
_LABEL_CELL = re.compile(r"(?<=[.;!?])\s+([^\W\d_][^\W\d_]*(?:\s+[^\W\d_]+){0,7})\s*:(?=\s)")


def _before_unknown_row(card: Card, key: str, acc: Acc, lang: str) -> str:
    """A text row's value ends where a row the card's template does not know begins (`Особые
    условия допуска к работе:` after the working conditions): that row's label opens its line
    and closes at the line's end, and its value is not the text row's."""
    text, starts = acc.text, set(acc.starts)
    for m in _LABEL_CELL.finditer(text):
        after = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
        # (a label the vocabulary knows, printed inside a value, is the value's own heading)
        if m.start(1) in starts and after in starts and text[m.start(1)].isupper() \
                and match_at(m.group(1) + ":", 0, lang) is None:
            card.warnings.append(f"{key}: a row the card template does not know ({m.group(1)!r}) ends its value; "
                                 "that row is not read")
            return text[:m.start()]
    return text


def _set_identity(card: Card, kind: str, text: str) -> bool:
    """The rows that name the occupation (its code, its group's, its name, or code and name in
    one); False for any other row."""
    if kind == "code":
        card.code = read_code(text)
    elif kind == "group_code":
        card.group_code = read_group_code(text)
    elif kind == "name":
        card.name = clean_name(text)
    elif kind == "code_name":
        card.code, card.name = read_code_name(text)
    else:
        return False
    return True


def _set_value(card: Card, row, acc: Acc, text: str, vocab) -> None:
    kind = row.value
    if _set_identity(card, kind, text):
        return
    if kind == "level":
        card.qualification_level = read_level(text, vocab)
    elif kind == "sublevel":
        card.qualification_level = _refined(card.qualification_level, read_level(text, vocab))
    elif kind == "alt_names":
        card.alt_names = [e for e in read_alt_names(acc, vocab) if not says_none(e[1], vocab)]
    elif kind == "related":
        card.related = [e for e in read_related(acc, vocab) if not says_none(e[1], vocab)]
    elif kind == "text":
        attr = text_attribute(row.key)
        if getattr(card, attr, None) is None:  # two rows may give one field: the first the card prints keeps it
            setattr(card, attr, text or None)


def _refined(level: str | None, sublevel: str | None) -> str | None:
    """The level a sublevel row refines (`6` and `6.2`: `6.2`); a sublevel of another level, or
    none (`-`), leaves it."""
    if sublevel and re.fullmatch(r"\d\.\d", sublevel) and (level is None or sublevel.startswith(level + ".")):
        return sublevel
    return level


def _listed(ctx, st: State, lexicon: Lexicon) -> list[tuple[str, int, str, tuple | None]]:
    """(kind, no, name, lines) of every function the card's list names."""
    out = []
    counters = {"mandatory": 0, "additional": 0}
    for key, idx in st.cells.items():
        if key[0] == "sumf":
            _, kind, no = key
            acc = joined(ctx, idx, lexicon)
            name = clean_name(acc.text)
            if name:
                counters[kind] = no
                out.append((kind, no, name, acc.span()))
        elif key[0] == "sum":
            for kind, no, name, item in listed_entries(joined(ctx, idx, lexicon), key[1], counters, ctx.vocab):
                out.append((kind, no, name, item.lines))
    return out


def _functions(ctx, st: State, card: Card, lexicon: Lexicon, listed) -> list[Function]:
    names = {(k, n): name for k, n, name, _ in listed}
    out = []
    for fi, f in enumerate(st.funcs):
        want = names.get((f.kind, f.no))
        acc = joined(ctx, st.cells.get(("fn", fi), ()), lexicon, want)
        fn = Function(f.kind, f.no, _name_of(st, acc.text, ctx.vocab.lang), [], acc.span(), want)
        for ti, t in enumerate(f.tasks):
            tacc = joined(ctx, st.cells.get(("tn", fi, ti), ()), lexicon)
            task = Task(t.no, _task_name_of(st, tacc.text, ctx.vocab.lang), lines=tacc.span())
            accs = {kind: joined(ctx, st.cells.get(("ls", fi, ti, kind), ()), lexicon) for kind in t.lists}
            for kind, acc in accs.items():
                (task.skills if kind == "skills" else task.knowledge).extend(split_items(acc, ctx.vocab))
            if "skills" in accs and "knowledge" not in accs:
                _unlabelled_knowledge(card, fn, task, accs["skills"], ctx.vocab)
            fn.tasks.append(task)
        if marked(fi) in st.cells:  # the row's tasks in one cell (card_task_lists.py)
            split_tasks(fn, joined(ctx, st.cells[("tn", fi, 0)], lexicon), ctx.vocab)
        out.append(fn)
    return out


def _name_of(st: State, text: str, lang: str) -> str | None:
    """A name as its cell prints it; in a table headed once, without the row's number (`1. Name`)."""
    return clean_name(bare_name(text, lang) if st.columns else text)


def _task_name_of(st: State, text: str, lang: str) -> str | None:
    """A task's name without the letter that numbers it (`ә) Name`)."""
    lettered = task_letter(text, lang)
    return clean_name(lettered[1]) if lettered else _name_of(st, text, lang)


def _from_the_list(card: Card, listed) -> None:
    """The card's list of functions: rows numbered otherwise take the listed number of their
    name; a function never printed as a row is taken from the list; a row without a name takes
    the listed one."""
    by_key = {(k, n): (name, span) for k, n, name, span in listed}
    used = {(f.kind, f.no) for f in card.functions if (f.kind, f.no) in by_key}
    for fn in card.functions:
        if (fn.kind, fn.no) in by_key:
            continue
        best = max(((similar(fn.name, name), key) for key, (name, _) in by_key.items() if key not in used),
                   default=(0, None))
        if best[1] and best[0] > 0.6:
            card.warnings.append(f"function row numbered {fn.no} matches listed function {best[1][1]} by name; renumbered")
            fn.kind, fn.no = best[1]
            fn.listed_name = by_key[best[1]][0]
            used.add(best[1])
    if not card.functions:
        card.functions = [Function(k, n, name, [], span, name) for k, n, name, span in listed]
    for fn in card.functions:
        if fn.name is None or _damaged_listed(fn.name, fn.listed_name):
            fn.name = fn.listed_name
        if not fn.tasks:
            fn.tasks.append(Task(1))


def _tasks_counted_per_function(card: Card) -> None:
    """Task labels numbered on through the card (`Дағды 3:` opening the second function, after
    `Дағды 1:` and `2:` of the first): each function's tasks are counted from 1, as where their
    labels start again in every function."""
    runs = [[t.no for t in fn.tasks] for fn in card.functions if fn.tasks]
    flat = [n for run in runs for n in run]
    if len(runs) < 2 or flat != list(range(1, len(flat) + 1)):
        return  # numbered per function already, or not one run
    card.warnings.append("task labels numbered on through the card; counted per function")
    for fn in card.functions:
        for k, task in enumerate(fn.tasks, 1):
            task.no = k


def _damaged_listed(name: str, listed: str | None) -> bool:
    """The row's name is the list's name as damage left it in a narrow cell."""
    return _cut_short(name, listed) or _spaced_otherwise(name, listed)


def _cut_short(name: str, listed: str | None) -> bool:
    """The row's name is the list's name cut inside a word (a page break took the rest of the
    cell, and its reprint was read as a repeat): `Перевод в судебных и следственн`."""
    if not listed:
        return False
    have, want = norm(name), norm(listed)
    return len(have) < len(want) and want.startswith(have) and want[len(have)].isalpha() and have[-1:].isalpha()


def _spaced_otherwise(name: str, listed: str | None) -> bool:
    """The row's name is the list's name with its spaces elsewhere: a narrow cell spaced out a
    word's letters (`социаль но-правовой`), where the list's wide cell printed it whole."""
    return bool(listed) and name != listed and _letters_only(name) == _letters_only(listed)


def _letters_only(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _unlabelled_knowledge(card: Card, fn: Function, task: Task, acc: Acc, vocab) -> None:
    """A task with skills but no knowledge list: a numbered skills list followed by an
    unnumbered run of two or more items is skills, then the knowledge list printed without
    its heading."""
    numbering = item_numbering(acc, vocab)
    if len(numbering) < 2 or all(n is None for n in numbering) or numbering[-1] is not None:
        return
    k = max(i for i, n in enumerate(numbering) if n is not None)
    tail = task.skills[k + 1:]
    if len(tail) >= 2:
        del task.skills[k + 1:]
        task.knowledge.extend(tail)
        card.warnings.append(f"function {fn.kind} {fn.no}: {len(tail)} unnumbered items after the numbered skills "
                             "have no knowledge heading; read as its knowledge list")
