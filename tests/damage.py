"""Damage simulator: occupation cards in the gold format -> plain text damaged the way the
seed texts (raw_docs/001_*.txt, raw_docs/004_*.txt) are damaged by their PDF-to-text
extraction.

Public API
----------
render_damaged_act(doc, lang, layout, seed, damage=None) -> str
KINDS                    the damage kinds, each switchable by name
roundtrip_text(doc, lang, layout, seed, work, damage=None) -> (roundtrip.Result, text)
                         damaged text -> kzprof -> the project's scorer (tests/roundtrip.py)
page_cuts(doc, lang, layout, seed, damage=None) -> list[dict]
                         diagnostics: the cells a page break cut in two

The act is printed like the seeds: a blank first line, the title, a blank line, the header
paragraph (`pdf_factory.header_text`), then the cards. A card is a ruled table laid out
in columns of a fixed width in characters, chosen per card by the seed (the label column
9-24 characters, like the narrow label column of 001 card 1 and the wider one of 004; the
value column 55-85; the task column 18-35; the skills / knowledge column usually wide,
sometimes as narrow as in 001 cards 2 and 8). The rows and labels are those of
`pdf_factory._render_card` (`pdf_factory.LABELS`); the health layout prints its function
rows with the wording of the health seed 004 and of the Russian fixture ru_004 (`1-еңбек
функциясы`, `1-міндет Біліктілік пен дағдылар`, `Білім` / `1-трудовая функция`, `Задача 1
Умения и навыки:`, `Знания`).

The table is linearised the way the seeds show it: the cells of a row printed one after
the other in column order, a blank line between cells (a label cell, then its value
cell); a cell's lines are the lines of the column, each line ending with a space where a
word ended (001 L158 `Кәсіп `), none where the column cut a word or a paragraph ends;
cells that fit on one line beside each other sometimes share the printed line
(`Кәсіп коды 2635-3-001`, 001 L466; `1-міндет Біліктілік пен дағдылар`, 004 L265).

Damage kinds (all on when `damage` is None):

- "wrap": a word longer than its column is cut between letters with no hyphen, the rest
  going on on the next line with the words after it (`Әлеуметті` / `к қорғау`, 001
  L247-248; `функциял` / `ары:`, L233-234; `бағдарламалық-әдіст` / `емелік`, L662-663).
  The width is per column, in characters, chosen per card. Without it, long words
  stick out of their column uncut. Words are never cut in a wide column (no word is
  longer than it).
- "no_end_space": a line that ends at a word boundary keeps no trailing space, one time
  in ten (`... құрылымдық бөлімше` / `қызметінің`, 001 L270-271; `мамандары және басқа
  да` / `қызметкерлері`, 004 L209; about 7 % of such line ends in 004), so a missing
  space is no sign of a cut word. Without it every word end keeps its space.
- "letter_spacing": a short line that is not the last of its paragraph is stretched
  across the justified column letter by letter, words two spaces apart, two spaces at
  the end (`к ө м е к т і ң  `, 001 L693; `Ж е к е  `, L417; `д ы қ  `, L252; `6 .  `,
  L2702; `б а с қ а  д а  `, 004 L616), or, less often, only its words spread apart
  (`жеке  тұлға  `, 001 L651; `басқа  жұмыс  `, 004 L516).
- "page_break": the page ends inside a row: the row's cells print their lines that are
  on the first page, then a run of 2-4 blank lines (sometimes with a line holding one
  space, 004 L186), then every cell's lines on the next page, so a cell cut in two has
  its continuation after the other cells of the row (004 L678-701: skill 2 cut, the
  function label and the task name between its halves; 001 L548-619). Cells are
  vertically centred or top-aligned per act; the page length is chosen per act. Without
  it no row is cut: the only page breaks left are those of the layout, before a card
  (every health card starts a page, as the annexes of 004 do; a social card half the
  time).
- "displaced_link": in knowledge items, a law's name (a word starting like `Конституц`,
  `кодекс`, `заң`, `бұйры`, `қаулы`, `қағида` / `Конституци`, `кодекс`, `закон`,
  `приказ`, `постановлени`, `правил`) is a hyperlink, and the extraction moved it to the
  end of its line: past the separator that follows it (`Республикасының ;Конституциясы`,
  001 L282; `туралы ).заң`, L641), or out of the middle of the line, leaving a double
  space, to the line end glued to the last word or after a space (`Әлеуметтік  (кодексі`,
  L283; `Республикасының  (бұдан Кодексі`, L286; `+ НекеКодексі`, L290).
- "latin": a few Cyrillic letters inside Cyrillic words printed as their Latin
  look-alikes (`2-eңбек функциясы`, 004 L233; `уәкiлеттi`, 004 L447; `қауiпсiздiгi`,
  003), about one word in fifty: е с о а р х (and і in Kazakh; Russian has no і).

Not simulated, because the seeds do not show it: a cut inside a word of a wide column, a
Latin letter inside a letter-spaced run, a moved link out of the middle of a short line.

Deterministic: the same (doc, lang, layout, seed, damage) gives the same text. The layout
(column widths, alignment, page length, numbering) depends on the seed alone, and each
kind draws from its own random stream, so switching one kind off does not reshuffle the
others (though a kind that changes the lines, like "wrap", changes where they apply).
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from types import SimpleNamespace

import pdf_factory as pf

__all__ = ["render_damaged_act", "page_cuts", "roundtrip_text", "KINDS", "TEXT_LABELS", "LINK_STEMS"]

KINDS = frozenset({"wrap", "no_end_space", "letter_spacing", "page_break", "displaced_link", "latin"})

# Labels as pdf_factory prints them, with the health layout's function rows worded as the
# health seed (kk) and the Russian health fixture (ru) print them.
TEXT_LABELS = {
    ("kk", "social"): dict(pf.LABELS["kk"]),
    ("ru", "social"): dict(pf.LABELS["ru"]),
    ("kk", "health"): {
        **pf.LABELS["kk"],
        "mandatory": "Міндетті еңбек функциялары",
        "additional": "Қосымша еңбек функциялары",
        "list_function": "{n}-еңбек функциясы",
        "function": "{n}-еңбек функциясы",
        "function_additional": "{n}-қосымша еңбек функциясы",
        "task": "1-міндет",
        "task_n": "{n}-міндет",
        "skills": "Біліктілік пен дағдылар",
        "knowledge": "Білім",
    },
    ("ru", "health"): {
        **pf.LABELS["ru"],
        "mandatory": "Обязательные трудовые функции",
        "additional": "Дополнительные трудовые функции",
        "list_function": "{n}-трудовая функция",
        "function": "{n}-трудовая функция",
        "function_additional": "Дополнительная трудовая функция {n}",
        "task": "Задача 1",
        "task_n": "Задача {n}",
        "skills": "Умения и навыки:",
        "knowledge": "Знания",
    },
}

# Words that are hyperlinks in the acts: names of laws, codes, orders, rules.
LINK_STEMS = {
    "kk": ("конституц", "кодекс", "заң", "бұйры", "қаулы", "қағида"),
    "ru": ("конституци", "кодекс", "закон", "приказ", "постановлени", "правил"),
}
_NOT_LINK = ("заңнам", "заңгер", "заңды", "законодател", "законн", "правильн")

# Cyrillic letter -> Latin look-alike
LATIN = {
    "kk": {"е": "e", "і": "i", "с": "c", "о": "o", "а": "a", "р": "p", "х": "x",
           "Е": "E", "І": "I", "С": "C", "О": "O", "А": "A", "Р": "P", "Х": "X"},
    "ru": {"е": "e", "с": "c", "о": "o", "а": "a", "р": "p", "х": "x",
           "Е": "E", "С": "C", "О": "O", "А": "A", "Р": "P", "Х": "X"},
}
_CYR = re.compile(r"[\u0400-\u04ff]")


# --------------------------------------------------------------------------- layout


@dataclass
class Para:
    text: str
    gap_before: bool = False      # a blank line before it inside the cell
    knowledge: bool = False       # a knowledge item: its law names are hyperlinks


@dataclass
class Cell:
    paras: list[Para]
    width: int
    lines: list[str] = field(default_factory=list)  # rendered: "" is a blank line
    ends: list[bool] = field(default_factory=list)  # per line: a paragraph ends there


@dataclass
class Row:
    """A row of the table: cells side by side; `merge` prints one-line cells on one line."""
    cells: list[Cell]
    merge: bool = False


@dataclass
class Block:
    """A table block: an optional first-column cell spanning several rows (a function's
    label and name), and the rows beside it."""
    rows: list[Row]
    span: Cell | None = None


@dataclass
class Geometry:
    label_w: int
    value_w: int
    task_w: int
    skills_w: int
    inline_long: float     # share of the other rows printed as "label value" in one cell
    inline_short: bool     # code / group code / level rows as one "label value" line
    colon_inline: bool


@dataclass
class Damage:
    kinds: frozenset
    rnd: dict  # kind -> random.Random

    def on(self, kind: str) -> bool:
        return kind in self.kinds


def _rng(seed: int, name: str) -> random.Random:
    return random.Random(f"kzprof-damage:{seed}:{name}")


# --------------------------------------------------------------------------- damage on lines


def _wrap(text: str, width: int, cut: bool) -> list[tuple[str, str]]:
    """Greedy line breaking at spaces, like a table column. Returns (line, break) where
    break says how the line ends: "word" (a space ended it), "cut" (the column cut a
    word longer than the line: no hyphen), "end" (the paragraph's last line)."""
    words = text.split()
    lines: list[tuple[str, str]] = []
    cur = ""
    for w in words:
        if cur and len(cur) + 1 + len(w) <= width:
            cur += " " + w
            continue
        if not cur and len(w) <= width:
            cur = w
            continue
        if cur:
            lines.append((cur, "word"))
            cur = ""
        if cut:
            while len(w) > width:
                lines.append((w[:width], "cut"))
                w = w[width:]
        cur = w
    if cur or not lines:
        lines.append((cur, "end"))
    return lines


def _is_link(word: str, lang: str) -> bool:
    w = word.strip("\"«»(),.;:").casefold()
    return w.startswith(LINK_STEMS[lang]) and not w.startswith(_NOT_LINK) and re.fullmatch(r"[^\W\d_][\w-]*", w) is not None


def _displace(lines: list[list], lang: str, rnd: random.Random) -> None:
    """Move one hyperlinked law name of a knowledge item to the end of its line (in place).
    lines: [text, break, trailing_allowed] items of one paragraph."""
    cands = []
    for li, (text, brk, _) in enumerate(lines):
        toks = text.split(" ")
        for ti, tok in enumerate(toks):
            if ti == 0 or not _is_link(tok, lang):
                continue
            last = ti == len(toks) - 1
            if last:
                # the link's own separator follows it: `Конституциясы;` -> `;Конституциясы`
                if brk != "cut" and re.fullmatch(r"[^\W\d_][\w-]*(?:[;.,:]|\)[.;,]?)", tok):
                    cands.append((li, ti, "sep"))
            elif re.fullmatch(r"[^\W\d_][\w-]*", tok) and brk != "cut" and len(text) >= 30:
                # out of the middle of a line: the seeds show it in lines of a wide column
                cands.append((li, ti, "mid"))
    if not cands:
        return
    li, ti, how = rnd.choice(cands)
    toks = lines[li][0].split(" ")
    tok = toks[ti]
    if how == "sep":
        m = re.fullmatch(r"([^\W\d_][\w-]*)((?:[;.,:]|\)[.;,]?))", tok)
        toks[ti] = m.group(2) + m.group(1)
        lines[li][0] = " ".join(toks)
    else:
        head, tail = toks[:ti], toks[ti + 1:]
        last = tail[-1]
        if re.search(r"[(;.:]$", last) or (tok[:1].isupper() and last[-1:].islower() and rnd.random() < 0.5):
            tail[-1] = last + tok            # `Әлеуметтік  (кодексі`, `НекеКодексі`, `;Заңы`
        else:
            tail.append(tok)                 # `(бұдан Кодексі`
        lines[li][0] = " ".join(head) + "  " + " ".join(tail)
    lines[li][2] = False  # a moved link ends its line: no space after it


def _spaced(text: str) -> str:
    return "  ".join(" ".join(tok) for tok in text.split(" ")) + "  "


def _latinize(text: str, lang: str, rnd: random.Random, p: float = 0.02) -> str:
    table = LATIN[lang]

    def sub(m: re.Match) -> str:
        w = m.group(0)
        if len(w) < 2 or rnd.random() >= p:
            return w
        letters = sorted({c for c in w if c in table})
        if not letters:
            return w
        c = rnd.choice(letters)
        out = w.replace(c, table[c]) if rnd.random() < 0.5 else w.replace(c, table[c], 1)
        return out if _CYR.search(out) else w   # keep it a Cyrillic word with Latin inside

    return re.sub(r"[^\W\d_]+", sub, text)


def render_cell(cell: Cell, lang: str, dmg: Damage) -> list[str]:
    """The printed lines of a cell ("" for a blank line); sets cell.ends (per line: does a
    paragraph end there)."""
    out: list[str] = []
    cell.ends = ends = []
    for para in cell.paras:
        if para.gap_before and out:
            out.append("")
            ends.append(True)
        lines = [[t, b, True] for t, b in _wrap(para.text, cell.width, dmg.on("wrap"))]
        if para.knowledge and dmg.on("displaced_link") and dmg.rnd["displaced_link"].random() < 0.8:
            _displace(lines, lang, dmg.rnd["displaced_link"])
        for text, brk, trail_ok in lines:
            spaced = False
            if (dmg.on("letter_spacing") and brk != "end" and trail_ok and "  " not in text
                    and len(text) <= 0.6 * cell.width and len(text.replace(" ", "")) >= 2
                    and dmg.rnd["letter_spacing"].random() < 0.5):
                if " " in text and dmg.rnd["letter_spacing"].random() < 0.3:
                    text = "  ".join(text.split(" ")) + "  "   # words only: `жеке  тұлға  ` (001 L651)
                else:
                    text = _spaced(text)
                spaced = True
            if dmg.on("latin") and not spaced:
                text = _latinize(text, lang, dmg.rnd["latin"])
            if spaced:
                out.append(text)
            elif brk == "word" and trail_ok:
                keep = not dmg.on("no_end_space") or dmg.rnd["no_end_space"].random() < 0.9
                out.append(text + (" " if keep else ""))
            else:
                out.append(text)
            ends.append(brk == "end")
    return out


# --------------------------------------------------------------------------- cards -> blocks


def _geometry(rnd: random.Random) -> Geometry:
    return Geometry(
        label_w=rnd.randint(9, 24),
        value_w=rnd.randint(55, 85),
        task_w=rnd.randint(18, 35),
        skills_w=rnd.randint(10, 22) if rnd.random() < 0.2 else rnd.randint(40, 60),
        inline_long=rnd.choice([0.0, 0.0, 0.5]),
        inline_short=rnd.random() < 0.4,
        colon_inline=rnd.random() < 0.5,
    )


def _two(g: Geometry, label: str, values: list, short: bool = False, rnd: random.Random | None = None) -> Block:
    """A label cell and its value cell. Some rows print as one full-width cell, the label
    and the value on one line (`Кәсіп коды: -`, 004 L195; `Кәсіп атауы Денсаулық ...`,
    004 L199; `Кәсіптің басқа мүмкін атаулары Әлеуметтік ...`, 001 L475)."""
    paras = [v if isinstance(v, Para) else Para(str(v)) for v in values]
    inline = g.inline_short if short else (rnd is not None and rnd.random() < g.inline_long)
    if inline and paras:
        sep = ":" if (g.colon_inline and not label.endswith(":")) else ""
        first = Para(f"{label}{sep} {paras[0].text}", knowledge=paras[0].knowledge)
        return Block([Row([Cell([first] + paras[1:], g.label_w + g.value_w)])])
    return Block([Row([Cell([Para(label)], g.label_w), Cell(paras, g.value_w)])])


def card_blocks(card: dict, lang: str, layout: str, g: Geometry, st, rnd: random.Random) -> list[Block]:
    L = TEXT_LABELS[(lang, layout)]
    health = layout == "health"
    blocks = [_two(g, L["code"], [card.get("code") or "-"], short=True)]
    if card.get("group_code"):
        blocks.append(_two(g, L["group_code"], [card["group_code"]], short=True))
    blocks.append(_two(g, L["name"], [card.get("name") or ""], rnd=rnd))
    blocks.append(_two(g, L["level"], [card.get("qualification_level") or "-"], short=True))
    alt = card.get("alt_names") or []
    if alt:
        blocks.append(_two(g, L["alt_names"], [f"{a['code']} {a['name']}" if a.get("code") else a["name"] for a in alt], rnd=rnd))
    if card.get("qualification_requirements_text"):
        blocks.append(_two(g, L["requirements"], [card["qualification_requirements_text"]], rnd=rnd))
    if card.get("education_level_text"):
        blocks.append(_two(g, L["education"], [card["education_level_text"]], rnd=rnd))

    functions = card.get("labor_functions") or []
    mand = [f for f in functions if f.get("kind", "mandatory") != "additional"]
    addl = [f for f in functions if f.get("kind") == "additional"]
    if functions and not health:
        paras = []
        for head, fns in ((L["mandatory"], mand), (L["additional"], addl)):
            if fns:
                paras.append(Para(head, gap_before=bool(paras)))
                items = pf._numbered_fn(st, fns)
                paras += [Para(t, gap_before=(k == 0 and rnd.random() < 0.6)) for k, t in enumerate(items)]
        blocks.append(_two(g, L["functions"], paras, rnd=rnd))
    elif functions:
        # 004 L223-258: "Еңбек функциялары" | "Міндетті еңбек функциялары" | "1-еңбек функциясы" + name, ...
        for head, fns in ((L["mandatory"], mand), (L["additional"], addl)):
            if not fns:
                continue
            entries = []
            for k, f in enumerate(fns):
                entries.append(Para(L["list_function"].format(n=f.get("no") or k + 1), gap_before=k > 0))
                entries.append(Para(_ended(f.get("name") or "")))
            blocks.append(Block([Row([Cell([Para(L["functions"])], g.label_w), Cell([Para(head)], g.task_w),
                                      Cell(entries, g.value_w - g.task_w)])]))

    for f in functions:
        blocks.append(_function_block(f, L, health, g, st, rnd))

    if card.get("personal_competencies"):
        blocks.append(_two(g, L["personal"], [card["personal_competencies"]], rnd=rnd))
    rel = card.get("related_occupations") or []
    if rel:
        blocks.append(_two(g, L["related"], [L["related_item"].format(level=r.get("level") or "", name=r.get("name") or "").strip()
                                             for r in rel], rnd=rnd))
    if card.get("working_conditions"):
        blocks.append(_two(g, L["conditions"], [card["working_conditions"]], rnd=rnd))
    return blocks


def _ended(name: str) -> str:
    return name if re.search(r"[.;:]$", name) else name + "."


def _lists(t: dict, L: dict, st, rnd, gap_knowledge: bool) -> list[Para]:
    p = []
    if t.get("skills"):
        p.append(Para(L["skills"]))
        p += [Para(s) for s in pf._numbered(st, t["skills"])]
    if t.get("knowledge"):
        p.append(Para(L["knowledge"], gap_before=bool(p) and gap_knowledge))
        p += [Para(s, knowledge=True) for s in pf._numbered(st, t["knowledge"])]
    return p


def _function_block(f: dict, L: dict, health: bool, g: Geometry, st, rnd: random.Random) -> Block:
    n = f.get("no") or 1
    key = "function_additional" if f.get("kind") == "additional" else "function"
    span = Cell([Para(L[key].format(n=n)), Para(f.get("name") or "")], g.label_w)
    tasks = f.get("tasks") or []
    shared = len(tasks) > 1 and all(not t.get("skills") and not t.get("knowledge") for t in tasks[1:])
    gap_k = rnd.random() < 0.7

    def task_paras(t, single):
        p = [Para(L["task"] if single else L["task_n"].format(n=t.get("no") or 1))]
        if t.get("name"):
            p.append(Para(t["name"]))
        return p

    if not health:
        if len(tasks) <= 1:
            t = tasks[0] if tasks else {}
            col2 = task_paras(t, True) if t.get("name") else []
            return Block([Row([Cell(col2, g.task_w), Cell(_lists(t, L, st, rnd, gap_k) if t else [], g.skills_w)])], span)
        if shared:
            col2 = []
            for k, t in enumerate(tasks):
                col2 += task_paras(t, False)
                if k:
                    col2[-2 if t.get("name") else -1].gap_before = rnd.random() < 0.5
            return Block([Row([Cell(col2, g.task_w), Cell(_lists(tasks[0], L, st, rnd, gap_k), g.skills_w)])], span)
        return Block([Row([Cell(task_paras(t, False), g.task_w), Cell(_lists(t, L, st, rnd, gap_k), g.skills_w)])
                      for t in tasks], span)

    # health: per task a header row "N-міндет | Біліктілік пен дағдылар" (one printed line),
    # the task name beside the skills, then "Білім" and the knowledge (004 L265-300)
    rows = []
    groups = [tasks] if shared else [[t] for t in tasks]
    for grp in groups:
        t0 = grp[0]
        head = [Cell([Para(L["task_n"].format(n=t0.get("no") or 1))], g.task_w)]
        if t0.get("skills"):
            head.append(Cell([Para(L["skills"])], g.skills_w))
        rows.append(Row(head, merge=True))
        col2 = [Para(t0.get("name") or "")] if t0.get("name") else []
        for t in grp[1:]:
            col2 += [Para(L["task_n"].format(n=t.get("no") or 1), gap_before=True)] + ([Para(t["name"])] if t.get("name") else [])
        rows.append(Row([Cell(col2, g.task_w), Cell([Para(s) for s in pf._numbered(st, t0.get("skills") or [])], g.skills_w)]))
        if t0.get("knowledge"):
            rows.append(Row([Cell([], g.task_w), Cell([Para(L["knowledge"])], g.skills_w)]))
            rows.append(Row([Cell([], g.task_w), Cell([Para(s, knowledge=True) for s in pf._numbered(st, t0["knowledge"])],
                                                       g.skills_w)]))
    return Block(rows, span)


# --------------------------------------------------------------------------- blocks -> text


class _Printer:
    def __init__(self, lang: str, dmg: Damage, rnd: random.Random):
        self.lang, self.dmg = lang, dmg
        self.out: list[str] = []
        self.page_len = rnd.randint(38, 56)
        self.centred = rnd.random() < 0.6
        self.y = 0
        self.rnd = rnd
        self.cuts: list[dict] = []  # for diagnostics: every cell a page break cut in two
        self.page = 0

    # -- helpers
    def chunk(self, lines: list[str]):
        """A cell's lines (or a paragraph) after a blank line."""
        while lines and lines[0] == "":
            lines = lines[1:]
        while lines and lines[-1] == "":
            lines = lines[:-1]
        if not lines:
            return
        if self.out and self.out[-1] != "":
            self.out.append("")
        self.out.extend(lines)

    def page_break(self, shape: tuple[int, bool] | None = None):
        """A run of 2-4 blank lines, the middle one sometimes holding a space. `shape`
        (blank lines, space): a page break of the layout (a card that starts on a new
        page), printed whether or not "page_break" damage is on."""
        if shape is None:
            if not self.dmg.on("page_break"):
                return
            r = self.dmg.rnd["page_break"]
            shape = (r.randint(2, 4), r.random() < 0.15)
        while self.out and self.out[-1] == "":
            self.out.pop()
        n = shape[0]
        blanks = [""] * n
        if shape[1]:
            blanks[n // 2] = " "
        self.out.extend(blanks)
        self.y = 0
        self.page += 1

    def flow(self, lines: list[str]):
        """Page-flow text (title, header, card heading): whole lines, no table."""
        self.chunk(lines)
        self.y += len(lines) + 1

    # -- a table block
    def block(self, b: Block):
        for c in ([b.span] if b.span else []) + [c for r in b.rows for c in r.cells]:
            c.lines = render_cell(c, self.lang, self.dmg)
        heights = []
        for r in b.rows:
            if r.merge and all(len(c.lines) <= 1 for c in r.cells):
                heights.append(1)
            else:
                heights.append(max([len(c.lines) for c in r.cells] + [1]))
        if b.span and len(b.span.lines) > sum(heights):
            heights[-1] += len(b.span.lines) - sum(heights)
        total = sum(heights)
        # per cell, in print order: its lines with the block line (y) each sits on
        items: list[list[tuple[int, str, bool]]] = []
        if b.span:
            off = (total - len(b.span.lines)) // 2 if self.centred else 0
            items.append([(off + i, t, e) for i, (t, e) in enumerate(zip(b.span.lines, b.span.ends))])
        y0 = 0
        for r, h in zip(b.rows, heights):
            if r.merge and all(len(c.lines) <= 1 for c in r.cells):
                text = " ".join(c.lines[0].rstrip() for c in r.cells if c.lines)
                items.append([(y0, text, True)] if text else [])
            else:
                for c in r.cells:
                    off = (h - len(c.lines)) // 2 if self.centred else 0
                    items.append([(y0 + off + i, t, e) for i, (t, e) in enumerate(zip(c.lines, c.ends))])
            y0 += h
        # page fragments
        start = 0
        while start < total:
            room = self.page_len - self.y
            if self.dmg.on("page_break") and room < 2 and self.y > 0:
                self.page_break()
                continue
            end = total if not self.dmg.on("page_break") else min(total, start + room)
            for cell_lines in items:
                self.chunk([t for y, t, _ in cell_lines if start <= y < end])
                before = [(t, e) for y, t, e in cell_lines if y < end and t]
                after = [t for y, t, _ in cell_lines if y >= end and t]
                if end < total and before and after and (start <= cell_lines[0][0] < end or
                                                         any(start <= y < end for y, _, _ in cell_lines)):
                    self.cuts.append({"page": self.page, "cell": cell_lines[0][1].strip(), "before": before[-1][0],
                                      "after": after[0], "mid_paragraph": not before[-1][1]})
            self.y += end - start
            start = end
            if start < total:
                self.page_break()
        self.y += 1

    def text(self) -> str:
        return "\n".join(self.out).rstrip("\n") + "\n"


def _heading(card: dict, lang: str, layout: str, k: int, rnd: random.Random, quotes: tuple[str, str]) -> list[list[str]]:
    L = pf.LABELS[lang]
    title = card.get("card_title") or card.get("name") or ""
    q = f"{quotes[0]}{title}{quotes[1]}"
    if layout == "health":
        head = f"{q} {L['card_health']}" if lang == "kk" else f"{L['card_health']} {q}"
        return [[L["annex"].format(k=k), head]]   # one block: `1 – қосымша` / `"..." кәсіп карточкасы` (004 L192-193)
    if rnd.random() < 0.5:
        return [[L["card_social"]], [q]]
    return [[f"{L['card_social']} {q}"]]


def _page_lines(text: str, width: int, dmg: Damage, lang: str) -> list[str]:
    out = []
    for t, brk in _wrap(text, width, False):
        if dmg.on("latin"):
            t = _latinize(t, lang, dmg.rnd["latin"])
        out.append(t + (" " if brk == "word" else ""))
    return out


def render_damaged_act(doc: dict, lang: str, layout: str, seed: int, damage: set[str] | None = None) -> str:
    """The whole act as damaged plain text: header lines like the seeds, then the cards.

    doc: gold format ({"document": {...}, "occupations": [...]}); lang "kk" | "ru";
    layout "social" | "health"; damage: the kinds to apply (see KINDS), None for all.
    """
    return _render(doc, lang, layout, seed, damage).text()


def page_cuts(doc: dict, lang: str, layout: str, seed: int, damage: set[str] | None = None) -> list[dict]:
    """Diagnostics: the cells that "page_break" cut in two when rendering with these
    arguments ({"cell": its first line, "before"/"after": the lines either side of the
    break, "mid_paragraph": whether the break falls inside a paragraph})."""
    return _render(doc, lang, layout, seed, damage).cuts


def _render(doc: dict, lang: str, layout: str, seed: int, damage: set[str] | None) -> "_Printer":
    if lang not in ("kk", "ru"):
        raise ValueError(f"lang must be 'kk' or 'ru', not {lang!r}")
    if layout not in ("social", "health"):
        raise ValueError(f"layout must be 'social' or 'health', not {layout!r}")
    kinds = KINDS if damage is None else frozenset(damage)
    unknown = kinds - KINDS
    if unknown:
        raise ValueError(f"unknown damage kinds: {sorted(unknown)}")
    dmg = Damage(kinds, {k: _rng(seed, k) for k in KINDS})
    rnd = _rng(seed, "layout")
    st = SimpleNamespace(num_fmt=rnd.choice(["{n}.", "{n})"]), item_sep=rnd.choice([";", "."]))
    quotes = rnd.choice([("«", "»"), ('"', '"')])
    page_w = rnd.randint(78, 90)
    pr = _Printer(lang, dmg, rnd)
    pr.out.append("")
    document = doc.get("document") or {}
    if document.get("title"):
        pr.flow(_page_lines(document["title"], page_w, dmg, lang))
    if document:
        pr.flow(_page_lines(pf.header_text(document, lang), page_w, dmg, lang))
    for i, card in enumerate(doc.get("occupations") or []):
        new_page = layout == "health" or rnd.random() < 0.5   # 004: every annex on a new page; 001: cards run on
        shape = (rnd.randint(2, 4), rnd.random() < 0.15)
        if pr.y and new_page:
            pr.page_break(shape)
        for part in _heading(card, lang, layout, card.get("card_no") or i + 1, rnd, quotes):
            pr.flow([ln for p in part for ln in _page_lines(p, page_w, dmg, lang)])
        g = _geometry(rnd)
        for b in card_blocks(card, lang, layout, g, st, rnd):
            pr.block(b)
    return pr


# --------------------------------------------------------------------------- round trip


def roundtrip_text(doc: dict, lang: str, layout: str, seed: int, work, damage: set[str] | None = None):
    """Damage `doc` into a .txt act, read it back with kzprof alone (no other document in the
    corpus) and score the tables against the data it was printed from (tests/roundtrip.py's
    gold and scorer). Returns (roundtrip.Result, damaged text)."""
    from pathlib import Path

    import roundtrip as rt

    work = Path(work)
    work.mkdir(parents=True, exist_ok=True)
    gold = rt.as_rendered(doc)
    gold["lang"] = lang
    gold["source"] = f"{gold['doc_id']}.txt"
    text = render_damaged_act(gold, lang, layout, seed, damage)
    path = work / gold["source"]
    path.write_text(text, encoding="utf-8")
    return rt.read_back(path, gold, work, lang), text
