"""Changes and editorial notes -> Amendment records; "must know" lists -> KnowledgeList.

Three shapes carry amendments in the acts:

- an editorial note in a consolidated text, `Ескерту. 1-тармаққа өзгеріс
  енгізілді – ... 22.09.2022 № 383 ... бұйрығымен.`: the unit, the operation, the
  amending act;
- the changes an amending order makes, `... № 360 бұйрығына (... № 16057 ...)
  мынадай өзгерістер енгізілсін:` followed by instructions, each one formula of
  `vocab/clauses.tsv` (`change:*`: `пункт 3 изложить в следующей редакции:`,
  `в пункте 4 слова "…" заменить словами "…";`, `подпункт 2) пункта 7 исключить;`,
  `дополнить пунктом 9-1 следующего содержания:`, and their Kazakh wordings), under
  context lines that name outer units (`13-тармақта:`, `в главе 3:`), with their new
  wording in quotes, or in an annex of the order itself (`… согласно приложению к
  настоящему приказу`, `own_annex.py`);
- acts an order declares repealed: a list in an annex, or a paragraph of the order
  (`Признать утратившим силу приказ … (зарегистрирован … под № 22561).`).

Units are written in the nominative (`extractors/units.py`) and the amended act is
named by its adilet id where its registration number is printed. An announcement of
changes under which no change can be read is reported, not passed over.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from . import amend_elliptic, amend_relative, annex_changes, patterns, shapes, units
from .compiled import rx
from .lexicon import Lexicon
from .lists import Acc
from .own_annex import OwnAnnexes
from .paragraphs import NUMBERED, SENTENCE_END, SUBNUMBERED, Para, number_of, paragraphs
from .records import Amendment, DocumentRecord, Item, KnowledgeList, span_of, span_text
from .schema import doc_id as make_doc_id
from .text import RepairedText
from .vocabulary import vocabulary

QUOTES = "\"«»“”„"
_CLOSING_END = re.compile(r"[\"»”“]\s*[;.,]?\s*$")
OPENING = tuple(shapes.QUOTE_OPEN)


def unit_refs(text: str, lang: str) -> list[tuple[str, str, int, int]]:
    """Numbered units a text names: (kind, normalised text, start, end). `1-тармаққа` -> `1-тармақ`."""
    return [(r.kind, r.norm, r.start, r.end) for r in units.refs_in(text, lang)]


def find_operation(text: str, lang: str) -> tuple[str, int, int] | None:
    """The first operation phrase of an editorial note: (operation, start, end)."""
    found = shapes.find_all(text, lang, "op:")
    return found[0] if found else None


def _names_the_act(text: str, lang: str) -> bool:
    """`Приказ`, `Осы бұйрық`: the act itself, by its type word."""
    vocab = vocabulary(lang)
    words = re.findall(r"[^\W\d_]+", text.casefold())
    types = {f.casefold()[:5] for key in vocab.keys("act:") for f in vocab.forms(key)}
    return 0 < len(words) <= 2 and any(w[:5] in types for w in words) and not units.refs_in(text, lang)


def _act_cited(text: str, lang: str) -> tuple[str | None, object]:
    dates = patterns.find_dates(text, lang)
    return patterns.find_number(text, lang), (dates[0][1] if dates else None)


# ---------------------------------------------------------------- notes

def _note_body(text: str, lang: str) -> str | None:
    for form in vocabulary(lang).forms("note"):
        m = re.match(re.escape(form) + r"\s*[.!]\s*", text, re.IGNORECASE)
        if m:
            return text[m.end():]
    return None


def _unit_after(text: str, lang: str) -> str | None:
    """The unit an operation names right after itself (`дополнен пунктом 3-1 …`), if any."""
    refs = units.refs_in(text, lang)
    return text[:refs[0].end] if refs and not text[:refs[0].start].strip() else None


# units whose numbers do not start again inside them: a paragraph added to a chapter is named alone
_NUMBERED_THROUGH = frozenset({"chapter", "section"})


def _unit_added(before: str, after: str, lang: str) -> str | None:
    """The unit an insertion note names as added, written: to a chapter, the paragraph alone, as
    paragraphs are numbered through the act (`Глава 2 дополнена пунктом 5`, the unit after the
    operation; `2-тарау 5-тармақпен толықтырылды`, the inner unit before it); to the act named by
    words of its own, the unit after the operation; to another unit, the unit added inside it
    (`Пункт 3 дополнен подпунктом 4)` -> `подпункт 4) пункта 3`; `Пункт 5 дополнен примечанием`,
    `5-тармақ ескертпемен толықтырылды`: a unit named by its word alone), or, where that unit is
    one counted inside its holder (`Пункт 3 дополнен абзацем`), the holder."""
    refs = units.refs_in(before, lang)
    if not refs:
        # the act named by its own words (`Квалификационные требования дополнены пунктом 3-1`)
        return units.write_unit(_unit_after(after, lang) or before, lang, [])
    if before[:refs[0].start].strip():
        return units.write_unit(before, lang, [])
    if refs[0].kind in _NUMBERED_THROUGH and len(refs) > 1:
        return units.write_unit(before[refs[1].start:], lang, [])
    added = _unit_after(after, lang)
    inner = units.refs_in(added, lang) if added else []
    context = units.Context()
    context.enter(refs)
    bare = _bare_unit(before[refs[-1].end:], lang) or (None if added else _bare_unit(after, lang, first=True))
    by_word = _added_by_word(bare, before, refs, context, lang) if bare else None
    if by_word is not None:
        return by_word
    if not inner or len(refs) > 1 or inner[0].rank <= refs[0].rank:
        return units.write_unit(before, lang, [])
    return units.write_unit(added, lang, context.around(inner))


def _added_by_word(bare: tuple[str, str], before: str, refs: list[units.Ref], context: units.Context,
                   lang: str) -> str | None:
    """A unit a note adds by its word alone (`примечанием`, `абзацем`), inside the units `before`
    names: the unit counted in its holder gives the holder, another the word under them."""
    if bare[1] in units.COUNTED:
        return units.write_unit(before[:refs[-1].end], lang, [])
    if len(refs) == 1 and units.RANK[bare[1]] > refs[0].rank:
        return units.write_unit(bare[0], lang, context.refs)
    return None


def _bare_unit(text: str, lang: str, first: bool = False) -> tuple[str, str] | None:
    """A unit named by its word alone (`примечанием`, `ескертпемен`): the whole text, or its first
    word; (the word, its kind)."""
    m = re.match(r"\s*([^\W\d_]+)\s*" + ("" if first else "$"), text)
    word = units.unit_word(m.group(1), lang) if m else None
    return (m.group(1), word.kind) if word and word.kind not in units.UNNUMBERED else None


@lru_cache(maxsize=None)
def _deleted_rx(lang: str) -> re.Pattern:
    return re.compile(rf"(?:{shapes.words_rx(lang, 'deleted_in_place')})(?!\w)", re.IGNORECASE)


def _deleted_in_place(text: str, lang: str, holder: str | None) -> tuple[str, list[units.Ref]] | None:
    """A paragraph a consolidated text prints as deleted where it stood, with no note line
    (`5. Алып тасталды – ҚР … 15.08.2025 № 262 бұйрығымен.`, `5. Исключен приказом … от
    15.08.2025 № 262.`), or a subparagraph of the paragraph numbered `holder` (`3) алып тасталды –
    …;`): the body of the note it stands for, its unit first (`5-тармақ алып тасталды – …`), and
    the units that hold that unit."""
    m = re.match(r"(\d+)([.)])\s+", text)
    if not m or not _deleted_rx(lang).match(text, m.end()) or (m.group(2) == ")" and holder is None):
        return None
    vocab = vocabulary(lang)
    paragraph = vocab.first("unit_template", "N-{unit}").replace("{unit}", vocab.first("unit:paragraph", ""))
    if m.group(2) == ".":
        return f"{paragraph.replace('N', m.group(1))} {text[m.end():]}", []
    unit = vocab.first("subunit_template", "{unit} N").replace("{unit}", vocab.first("unit:subparagraph", ""))
    return f"{unit.replace('N', m.group(1))} {text[m.end():]}", units.refs_in(paragraph.replace("N", holder), lang)


def _note_words(body: str, lang: str) -> tuple[int, str, str, list[str | None]] | None:
    """A note that names the words it changed (`Бүкіл мәтін бойынша "…" деген сөздер "…" деген
    сөздермен ауыстырылды – …`, `По всему тексту слова "…" заменены словами "…" …`): where its
    formula ends, the operation, the unit and the new words (None where words were deleted); the
    new words of each pair where several were replaced by several in order (amend_elliptic.respective)."""
    for key in vocabulary(lang).keys("note_words:"):
        for shape in shapes.regexes(lang, key):
            m = shape.match(body)
            if m:
                end, new = _note_new_words(body, m, lang)
                return end, key.split(":", 1)[1], m.group("unit").strip(" -–—,"), new
    return None


def _note_new_words(body: str, m: re.Match, lang: str) -> tuple[int, list[str | None]]:
    """Where a note's formula ends and its new words: those of each pair replaced in order, or all
    of them as one text (`"…", "…"`, `"…" и "…"`: the new words listed, each in its quotes)."""
    groups = m.groupdict()
    end, new = m.end(), groups.get("new")
    if new is None:
        return end, [None]
    more = _quoted_list(lang).match(body, end)
    end, new = (more.end(), body[m.start("new"):more.end() - 1].strip()) if more.group() else (end, new)
    paired = amend_elliptic.respective(body, _quoted_spans(body), m.span("old"), (m.start("new"), end - 1)) \
        if groups.get("old") is not None else None
    return end, paired or [new]


@lru_cache(maxsize=None)
def _quoted_list(lang: str) -> re.Pattern:
    """More quoted words after a closing quote, each after a comma or an `and` (`"…", "…", "…"`,
    `"…" и "…"`; `and_words`)."""
    joins = rf",|{shapes.words_rx(lang, 'and_words')}"
    return re.compile(rf"(?:\s*(?:{joins})\s*[{shapes.QUOTE_OPEN}][^{shapes.QUOTE_CLOSE}]*[{shapes.QUOTE_CLOSE}])*")


def _acts_of_note(tail: str, lang: str) -> list[tuple[str | None, object]]:
    """The amending acts a note cites: one, or several (`… приказами … от 14.02.2025 № 17; от
    02.09.2025 № 88`), each number with the date printed in its turn (dates in brackets, such as
    an entry into force, and registration numbers are not the acts' own). The numbers of a joint
    order (`note_joint_act`) name one act, cited by the first of them."""
    registered = [(m.start(), m.end()) for m in patterns.finditer(lang, "registry_ref", tail)]
    numbers = [(at, n) for at, n in patterns.find_numbers(tail, lang) if not any(s <= at < e for s, e in registered)]
    if len({n for _, n in numbers}) < 2 or shapes.has(tail, lang, "note_joint_act"):
        return [_act_cited(tail, lang)]
    bare = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), tail)
    dates = [d for _, d in patterns.find_dates(bare, lang)]
    return [(n, dates[k] if len(dates) == len(numbers) else None) for k, (_, n) in enumerate(numbers)]


def _note_change(body: str, lang: str) -> tuple[str, str | None, list[str | None], str] | None:
    """What a note says was changed: (operation, unit as printed, new words of each change, what
    follows)."""
    words = _note_words(body, lang)
    if words:
        end, operation, unit_text, new = words
        return operation, unit_text, new, body[end:]
    op = find_operation(body, lang)
    if not op:
        return None
    a, b, operation = op
    unit_text = body[:a].strip(" -–—,")
    if not unit_text or _names_the_act(unit_text, lang):
        unit_text = _unit_after(body[b:], lang)  # `Приказ дополнен пунктом 3-1 …`: the unit added
    elif operation == "insert":
        return operation, None, [None], body[b:]  # written by _unit_added from both sides
    return operation, unit_text, [None], body[b:]


def read_notes(paras: list[Para], record: DocumentRecord, lang: str) -> list[Amendment]:
    out = []
    holder = None  # the number of the last paragraph: a subparagraph deleted in place is its
    for p in paras:
        holder = number_of(p.text.strip()) or holder
        body, outer = _note_body(p.text.strip(), lang), []
        if body is None:
            body, outer = _deleted_in_place(p.text.strip(), lang, holder) or (None, [])
        change = _note_change(body, lang) if body else None
        if not change:
            continue
        operation, unit_text, new, tail = change
        if operation == "insert" and unit_text is None and body:
            unit = _unit_added(body[:find_operation(body, lang)[0]].strip(" -–—,"), tail, lang)
        else:
            unit = _note_unit(unit_text, outer, lang)
        out += [Amendment("note", record.doc_id, unit, operation, number, date, words, p.span)
                for number, date in _acts_of_note(tail, lang) for words in new]
    return out


def _note_unit(unit_text: str | None, outer: list[units.Ref], lang: str) -> str | None:
    """The unit a note names, written inside the units that hold it (none but for a subparagraph
    printed as deleted in place)."""
    if not unit_text:
        return None
    context = units.Context()
    context.enter(outer)
    return units.write_unit(unit_text, lang, context.around(units.refs_in(unit_text, lang)) if outer else [])


# ---------------------------------------------------------------- formulas of an amending order

def _target_act(text: str, lang: str) -> str | None:
    """The adilet id of the act a text names with its date and registration number."""
    acts = patterns.finditer(lang, "act_line", text)
    reg = patterns.search(lang, "registry_ref", text)
    date = patterns.match_date(acts[-1], lang) if acts else None
    # registered the year it was signed: the year of registration is not printed
    return make_doc_id(date.year, reg.group("number")) if reg and date else None


@dataclass
class Formula:
    operation: str
    unit: str  # the unit changed, as printed (may be empty)
    new_unit: str | None  # the unit an insertion adds
    new_words: str | None  # the new words of a change of words
    tail: str  # what follows the formula: `:` and the new wording, or nothing
    after: str | None = None  # the unit an insertion follows (`после абзаца второго`), as printed
    own_annex: str | None = None  # the order's annex that prints the new wording (`приложению 1`)
    respective: list[str] | None = None  # the new words of each pair replaced in order, or None


def _literal_weight(form: str) -> int:
    return sum(1 for tok in form.split() if "{" not in tok and tok != "...")


@lru_cache(maxsize=None)
def _formula_regexes(lang: str) -> list[tuple[int, str, re.Pattern, re.Pattern | None]]:
    out = []
    vocab = vocabulary(lang)
    for key in vocab.keys("change:"):
        for form, rx in zip(vocab.forms(key), shapes.regexes(lang, key)):
            whole = re.compile(rf"^\s*(?:{rx.pattern})(?P<tail>\s*(?::.*|[;.,]?\s*))$", re.IGNORECASE | re.DOTALL)
            out.append((_literal_weight(form), key.split(":", 1)[1], whole, shapes.required_words(form, lang)))
    return out


@lru_cache(maxsize=None)
def _may_be(lang: str, operation: str) -> re.Pattern | None:
    """One pattern that a line fits where any formula of the operation may fit it (the words
    each prints, _formula_regexes), or None where a formula prints none. Every numbered
    paragraph of every act is asked whether it repeals an act: most print none of the words."""
    words = [w for _, op, _, w in _formula_regexes(lang) if op == operation]
    if not words or any(w is None for w in words):
        return None
    return re.compile("|".join(f"(?:{w.pattern})" for w in words), re.IGNORECASE | re.DOTALL)


def may_be(line: str, lang: str, operation: str) -> bool:
    """Can match_formula read the line (or any part of it) as the operation? (a cheap test)"""
    rx = _may_be(lang, operation)
    return rx is None or rx.match(line) is not None


def match_formula(line: str, lang: str) -> Formula | None:
    """The formula an instruction line is written in, the most specific where several fit. A line
    that opens with a unit named by its quoted name (`"…" деген жолдағы "…" деген сөздер …`), or
    names one before its first quoted words (`2-қосымшадағы "…" деген жолдағы "…" деген сандар …`),
    is read after it, as the name's quotes would otherwise pass for the quoted words'; so is a
    line that opens with a unit where the formula read no unit."""
    quoted = line.lstrip().startswith(OPENING)
    plain = _match_formula(line, lang)
    named = _named_first(line, lang) if plain is not None and not quoted else None
    if plain is not None and not quoted and named is None and (plain.unit or plain.new_unit is not None):
        return plain
    at = named if named is not None else _opening_unit_end(line, lang, quoted, plain is not None)
    if at is not None:
        formula = _match_formula(line[at:], lang)
        if formula is not None and formula.new_unit is None:
            formula.unit = f"{line[:at].strip()} {formula.unit}".strip()
            return formula
    return plain


def _opening_unit_end(line: str, lang: str, quoted: bool, matched: bool) -> int | None:
    """Where the unit a line opens with ends: a unit named by its quoted name, or, on a line a
    formula fits, any unit."""
    refs = units.refs_in(line, lang) if quoted or matched else []
    if refs and (refs[0].named or not quoted) and not line[:refs[0].start].strip():
        return refs[0].end
    return None


def _named_first(line: str, lang: str) -> int | None:
    """Where a unit named by its quoted name ends, when the line's first quote opens that name
    (`2-қосымшадағы "Кәсіп коды" деген жолдағы "…" деген сандар …`): the units before the
    change's quoted words, which a formula's lazy unit would leave to them."""
    first = next((k for k, ch in enumerate(line) if ch in OPENING), None)
    if first is None or not line[:first].strip():
        return None
    named = [r for r in units.refs_in(line, lang) if r.named and r.start <= first < r.end]
    return named[0].end if named else None


def _match_formula(line: str, lang: str) -> Formula | None:
    best = None
    for weight, operation, rx, words in _formula_regexes(lang):
        m = rx.match(line) if words is None or words.match(line) else None
        if m and (best is None or weight > best[0]) and _names_its_anchor(m, lang):
            best = (weight, operation, m)
    if best is None:
        return None
    _, operation, m = best
    groups = m.groupdict()
    unit = (groups.get("unit") or "").strip()
    if groups.get("renumbered") is not None:
        unit = _before_new_number(f"{unit} {groups['renumbered']}", lang)
    paired = amend_elliptic.respective(line, _quoted_spans(line), m.span("old"), m.span("new")) \
        if groups.get("old") is not None and groups.get("new") is not None else None
    return Formula(operation, unit, groups.get("new_unit"), groups.get("new"), groups["tail"].strip(),
                   groups.get("after"), groups.get("own_annex"), paired)


def _before_new_number(text: str, lang: str) -> str:
    """A renumbering that prints the old unit and the new one side by side, with no word between
    (`3-тармақтың екінші бөлігі үшінші бөлік деп есептелсін`: `{unit} {renumbered}`): the unit
    renumbered is all but the last unit named."""
    refs = units.refs_in(text, lang)
    if len(refs) == 1:
        # the old unit named by its word alone, as the new one is named with it (`Қағидаларға қосымша
        # Қағидаларға 1-қосымша`: the act's one annex, the word no unit to `refs_in` on its own)
        alone = units.described_alone(text[:refs[0].start], lang, refs[0].kind)
        return text[alone.start:alone.end] if alone else text.strip()
    return text[:refs[-1].start].strip() if refs else text.strip()


def _names_its_anchor(m: re.Match, lang: str) -> bool:
    """A formula that places a new unit after another (`{after}`) fits only where a unit is named
    there (`после абзаца второго`), not words (`после слов "…"`)."""
    after = m.groupdict().get("after")
    return after is None or bool(units.refs_in(after, lang))


def _top_level_commas(text: str) -> list[int]:
    """Where a comma stands outside every quotation (quotes nest: `«… «…»»`)."""
    quoted = _quoted_spans(text)
    return [i for i, ch in enumerate(text) if ch == "," and not any(s <= i < e for s, e in quoted)]


def _formulas_of(line: str, lang: str) -> list[Formula]:
    """The changes one instruction line makes (_formulas_read), a formula that replaces several words
    by several in order (`тиісінше`, `соответственно`) read as one change a pair."""
    return [replace(f, new_words=words, respective=None) if f.respective else f
            for f in _formulas_read(line, lang) for words in (f.respective or [f.new_words])]


def _formulas_read(line: str, lang: str) -> list[Formula]:
    """The changes one instruction line makes: one formula, or two joined by a comma (`… "…" деген
    сөздермен ауыстырылсын, "…" деген сөздер алып тасталсын`, `слова «…» заменить словами «…», слова
    «…» исключить`), or several replacements sharing one verb (amend_elliptic). The second names no
    unit of its own and changes the first one's."""
    for at in _top_level_commas(line) if "," in line else ():
        right = match_formula(line[at + 1:], lang)
        left = match_formula(line[:at], lang) if right else None
        if left and not left.tail and right.new_unit is None:
            if not right.unit:
                right.unit = left.unit
            return [left, right]
    joined = amend_relative.joined_by_and(line, lang, match_formula, _quoted_spans(line))
    if joined:
        return joined
    # `"…" деген сөздер "…" деген сөздермен, "…" деген сөздер "…" деген сөздермен ауыстырылсын`
    shared = amend_elliptic.shared_verb(line, lang, match_formula, _quoted_spans(line), _top_level_commas(line))
    if shared:
        return shared
    formula = match_formula(line, lang)
    return [formula] if formula else []


def _without_unchanged_clause(line: str, lang: str) -> str:
    """The instruction without the clause that says the other language's text stays as it is
    (closing it, or before the colon of its wording: `6-тармақ қазақ тілінде мынадай редакцияда
    жазылсын, орыс тіліндегі мәтін өзгермейді:`)."""
    found = shapes.search(line, lang, "text_unchanged")
    rest = line[found.end():].strip(" ;.,") if found is not None else None
    if rest is None or rest not in ("", ":"):
        return line
    return line[:found.start()].rstrip(" ,") + rest


def _without_case_clause(line: str, lang: str) -> str:
    """The instruction without the clause that extends its words to all their case forms (`…
    заменить словами "…" в соответствующих падежах`, `"…" деген сөздер тиісті септіктердегі "…"
    деген сөздермен ауыстырылсын`), where it stands outside the quotes."""
    return _without_clause(line, lang, "words_in_cases")


def _without_language_clause(line: str, lang: str) -> str:
    """The instruction without the clause that names the language whose text it changes, where the
    formula reads no change with it (`пункт 8 изложить в следующей редакции на государственном
    языке:`, `8-тармақ мынадай редакцияда мемлекеттік тілде жазылсын:`)."""
    return _without_clause(line, lang, "text_language")


def _without_clause(line: str, lang: str, key: str) -> str:
    """The instruction without the clauses of `key` that stand outside its quotes; a clause that
    closes it takes its comma along."""
    quoted = _quoted_spans(line)
    found = sorted(((m.start(), m.end()) for rx in shapes.regexes(lang, key) for m in rx.finditer(line)
                    if not any(s <= m.start() < e for s, e in quoted)), key=lambda x: (x[0], -x[1]))
    for start, end in sorted(_outermost(found), reverse=True):
        after = line[end:].lstrip()
        closing = not after.strip(" ;.,:")  # `…ауыстырылсын, тиісті септіктерде;`: its comma goes too
        line = line[:start].rstrip(" ," if closing else " ") + ("" if closing else " ") + after
    return line


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans sorted by start (longest first at a start) with the ones inside an earlier one dropped."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if not out or s >= out[-1][1]:
            out.append((s, e))
    return out


# a context line whose last words a moved hyperlink put after its colon, glued to it (`… туралы:үлгілік
# ережеде`, `… в:Правилах …`): a few words, no number, no quote, no second colon
_AFTER_COLON = re.compile(rf"^(?P<head>.*\S)\s*:(?P<moved>[^\W\d_][^\d:;{QUOTES}]*)$", re.DOTALL)
_MOVED_WORDS = 3


def _colon_put_back(t: str) -> str:
    """A line that ends in words glued after its colon, with the words put back before it
    (`… комиссиялар туралы:үлгілік ережеде` -> `… комиссиялар туралы үлгілік ережеде:`): the line
    names the document or units the changes below it sit under, as one that ends in a colon does.
    Any other line as it is."""
    m = _AFTER_COLON.match(t)
    if not m or len(m.group("moved").split()) > _MOVED_WORDS:
        return t
    return f"{m.group('head')} {m.group('moved').strip()}:"


def _strip_quotes(text: str) -> str:
    text = text.strip()
    text = re.sub(r'^["«“„]\s*', "", text)
    text = re.sub(r'\s*["»”“]\s*[;.,]?$', "", text)
    return text.strip()


def _annex_text(wording: list[Para]) -> str:
    """A wording printed in an annex of the order: its paragraphs (title, table cells) as printed."""
    return " ".join(" ".join(p.text.split()) for p in wording)


def _quotes_open(text: str) -> bool:
    opening = text.count("«") + text.count("„")
    closing = text.count("»")
    plain = text.count('"') + text.count("“") + text.count("”")
    return (plain % 2 == 1) or opening > closing


def _join_wording(wording: list[Para]) -> str:
    """The paragraphs of one new wording, joined. A paragraph that closes its quote although
    the next one goes on with no quote of its own (`... қабылдайды";` / `протездік-...";`)
    prints a stray closing quote: the wording is one quotation, so it is dropped. A quote that
    closes a name quoted inside the wording (`Кодекс "О браке и семье";`) leaves the wording's own
    quotation open, and stays."""
    texts = [p.text.strip() for p in wording]
    for k in range(len(texts) - 1):
        if not texts[k + 1].startswith(OPENING) and not _quotes_open(" ".join(texts[:k + 1])):
            texts[k] = re.sub(r'\s*["»”](\s*;)$', r"\1", texts[k])
    return " ".join(texts)


_NUMBERED = re.compile(r"^[\"«“„]?\s*\d+(?:-\d+)*\.\s")


def _wording_items(wording: list[Para], lang: str) -> tuple[str | None, list[Item]]:
    """`"N. Білуге тиіс: item; item; ..."`: the number the wording prints (if any) and its items.
    The list may open the wording or one of its numbered paragraphs (a new chapter's `12-2. Білуге
    тиіс:`); it ends where the next numbered paragraph begins."""
    must = shapes.words_rx(lang, "must_know")
    head = rx(rf"^(?:(\d+(?:-\d+)*)\.\s*)?(?:{must})\s*:\s*", re.IGNORECASE)
    for k, p in enumerate(wording):
        if k and not _NUMBERED.match(p.text.strip()):
            continue
        end = next((j for j in range(k + 1, len(wording)) if _NUMBERED.match(wording[j].text.strip())), None)
        found = _must_know_items(wording if k == 0 else wording[k:end], head, opening=(k == 0))
        if found[1]:
            return found
    return None, []


def _must_know_items(wording: list[Para], head: re.Pattern, opening: bool = True,
                     ) -> tuple[str | None, list[Item]]:
    if len(wording) == 1:
        first = _strip_quotes(wording[0].text)
    else:
        first = re.sub(r'^["«“„]\s*', "", wording[0].text.strip()) if opening else wording[0].text.strip()
    m = head.match(first)
    if not m:
        return None, []
    items: list[Item] = []
    chunks = [(first[m.end():], wording[0].span)] + [(p.text, p.span) for p in wording[1:]]
    for k, (chunk, span) in enumerate(chunks):
        if k == len(chunks) - 1:
            chunk = re.sub(r'\s*["»”]\s*[;.]?\s*$', "", chunk.strip())
        for piece in re.split(r";\s*", chunk):
            piece = piece.strip().rstrip(".;,").strip()
            if piece:
                items.append(Item(piece, span))
    return m.group(1), items


@dataclass
class _Changes:
    """The changes announced by one paragraph of an amending order, read line by line."""

    record: DocumentRecord
    lang: str
    target: str | None
    context: units.Context = field(default_factory=units.Context)
    changes: list[Amendment] = field(default_factory=list)
    klists: list[KnowledgeList] = field(default_factory=list)
    unread: list[Para] = field(default_factory=list)
    current: Amendment | None = None
    sharing: int = 1  # how many of the last changes the wording being read belongs to
    numbered_by_wording: bool = False  # a row added by its word alone: its number is its first cell
    wording: list[Para] = field(default_factory=list)
    quote_open: bool = False
    annexes: OwnAnnexes | None = None
    from_annex: bool = False  # the wording is printed in an annex of the order, not quoted
    # the last context line naming no unit: the document the changes below it sit under
    # (`в профессиональном стандарте …, утвержденном указанным приказом:`)
    document: str = ""

    def close(self) -> None:
        if self.current is not None and self.wording:
            text = _annex_text(self.wording) if self.from_annex else _strip_quotes(_join_wording(self.wording))
            row = self.row_numbered(text) if self.numbered_by_wording else None
            for a in self.changes[-self.sharing:]:  # the units one instruction named, one wording
                a.text = text
                a.lines = span_of(a.lines, *(p.span for p in self.wording))
                a.target_unit = row or a.target_unit
            number, items = _wording_items(self.wording, self.lang)
            if items:
                where = number or re.sub(r"\D+", "", self.current.target_unit or "") or None
                self.klists.append(KnowledgeList(self.current.target_doc, where, items,
                                                 span_of(*(p.span for p in self.wording))))
        self.wording, self.from_annex = [], False

    def line(self, p: Para, following: Para | None) -> None:
        t = p.text.strip()
        if self.quote_open:
            self.wording.append(p)
            self.quote_open = not self.wording_ends(t, following)
            return
        t = _without_case_clause(_without_unchanged_clause(t, self.lang), self.lang)
        if not t:
            return  # `текст на русском языке не меняется;` after a wording: said of the change before
        bare = _without_language_clause(t, self.lang)
        formulas = _formulas_of(t, self.lang) or (_formulas_of(bare, self.lang) if bare != t else [])
        if formulas:
            for formula in formulas:
                self.change(formula, p, following)
        elif self.is_context(_colon_put_back(t)):
            self.close()
            self.current = None
            self.enter_context(_colon_put_back(t))
        elif self.current is not None and (t.startswith(OPENING) or _quotes_open(t)):
            self.wording.append(p)  # a wording that goes on after its closing quote
        else:
            self.unread.append(p)

    def wording_ends(self, t: str, following: Para | None) -> bool:
        """A new wording ends with a closing quote at the end of a paragraph: where its quotes pair
        up, or, where quotes inside it do not (a quoted name in a quoted name), where an
        instruction or the order's next paragraph follows."""
        if not _CLOSING_END.search(t):
            return False
        if not _quotes_open(" ".join(w.text for w in self.wording)):
            return True
        return following is None or self.is_instruction(following.text.strip())

    def is_instruction(self, t: str) -> bool:
        return bool(number_of(t)) or self.is_context(t) or match_formula(t, self.lang) is not None

    def is_context(self, t: str) -> bool:
        """`13-тармақта:`, `в главе 3:`, `в Типовых … характеристиках, утвержденных указанным приказом:`."""
        return t.endswith(":") or t.startswith(":") or (bool(units.refs_in(t, self.lang)) and len(t) < 30)

    def enter_context(self, t: str) -> None:
        described = units.described_unit(t, self.lang, self.document)
        refs = units.with_owners(t, units.refs_in(t, self.lang), self.lang, self.document) or ([described] if described else [])
        target = _target_act(t, self.lang)
        if target:
            self.target = target  # `1) в приказ … (зарегистрирован … под № N):` of an order amending several
        approving = units.approving_annex(t, refs, self.lang)
        if approving is not None:
            # `в форме …, утвержденной приложением 2 к указанному приказу:`: a document of the act,
            # its units inside the annex that approves it (none for the act's first document)
            self.context.reset()
            self.document = t
            self.context.enter([r for r in [units.annex_of_the_act(t, approving, self.lang)] if r is not None])
        elif refs:
            self.context.enter(refs)
        else:
            self.context.reset()
            self.document = t

    def change(self, f: Formula, p: Para, following: Para | None) -> None:
        self.close()
        lang = self.lang
        outer, unplaced = self.holder(f)
        kept = None
        if f.new_unit is not None:
            # `пункт 5 дополнить подпунктом 3)`: the unit changed holds the one added
            self.context.supersede(outer)
            kept = list(self.context.refs)  # the holder is this change's, not the lines' below
            self.context.enter(outer)
            # `3-тармақ абзацпен толықтырылсын`: the new unit's place is not said, the holder changes;
            # so where it follows a unit named by its name alone (`"…" деген жолдан кейін … жолмен`)
            alone = units.counted_alone(f.new_unit, lang) or unplaced
            inner_text = "" if self.context.refs and alone else f.new_unit
        else:
            inner_text = f.unit
        written = self.units_changed(inner_text, f, outer if f.new_unit is not None else [])
        for unit in written:
            self.current = Amendment("change", self.target, unit, f.operation, self.record.act_number,
                                     self.record.act_date, f.new_words, p.span)
            self.changes.append(self.current)
        if kept is not None:
            self.context.refs = kept
        self.sharing = len(written)
        self.numbered_by_wording = f.new_unit is not None and _bare_unit(f.new_unit, lang) == (f.new_unit.strip(), "row")
        self.start_wording(f, p, following)

    def units_changed(self, inner_text: str, f: Formula, outer: list[units.Ref]) -> list[str | None]:
        """The units one instruction changes, written. Units of different paths named in it (`в
        абзаце втором пункта 2 и пункте 7`): one change each; a plural of one kind (`в пунктах 3 и
        5`) is one unit, and so are units each named alone, with no unit around them (`в заголовке
        и пункте 1`: the act's own, as printed). `outer`: the units the formula
        names around a unit it adds (_holders)."""
        excepted = units.exception_clause(inner_text, self.lang) if f.new_unit is None else None
        if excepted is None:
            return self.units_named(inner_text, f, outer)
        # a scope that leaves a unit out (`по всему тексту, за исключением пункта 2`) keeps that
        # clause after it as printed: its unit is neither changed nor the context of the lines below
        return [units.with_exception(u, excepted[1]) for u in self.units_named(excepted[0], f, outer)]

    def units_named(self, inner_text: str, f: Formula, outer: list[units.Ref]) -> list[str | None]:
        """The units of units_changed that a scope names (all it names, with no unit left out)."""
        pieces = units.separate_units(inner_text, self.lang) if f.new_unit is None else [inner_text]
        named = units.refs_in(inner_text, self.lang)
        listed = units.listed_alone(inner_text, pieces, self.lang) if len(pieces) > 1 else None
        if listed is not None and not self.context.around(named):
            self.context.supersede(named)
            return [listed]
        out = []
        holders = units.refs_in(f.unit, self.lang) if f.new_unit is not None else []
        for piece in pieces:
            inner = units.refs_in(piece, self.lang)
            # an item added to a list of a card (`в задаче 2 графу "…" дополнить пунктом 5`) is
            # numbered inside the units the formula names, whatever their rank elsewhere
            held = [c for c in self.context.refs if c in holders]
            self.context.supersede(inner)
            around = self._holders(inner, outer)
            if any(c.kind in units.CARD_PATH for c in around + held):
                around = around + [c for c in held if c not in around]
            out.append(units.write_unit(piece, self.lang, around, self.document))
        return out

    def _holders(self, inner: list[units.Ref], named: list[units.Ref]) -> list[units.Ref]:
        """The context a unit is written under, with a holder its formula names itself that ranks
        below it but may hold it (`units.HOLDS_BELOW`: `15-тармақтың бірінші бөлігі … 6) тармақшамен
        толықтырылсын`, a subpoint added to a part of a point)."""
        around = self.context.around(inner)
        kept = [r for r in named if r not in around and any((r.kind, i.kind) in units.HOLDS_BELOW for i in inner)]
        return sorted(around + kept, key=lambda r: r.rank) if kept else around

    def holder(self, f: Formula) -> tuple[list[units.Ref], bool]:
        """The units a formula names around the unit it changes or adds, and whether the change is
        theirs because the place of a unit added after another is not told by a count (`"…" деген
        жолдан кейін … жолмен`: `amend_relative.holder_of_unplaced`). A unit counted inside its holder
        added by its word alone after another (`пункт 5 после абзаца второго дополнить абзацем`) is
        not printed with a place of its own either: the change is the holder's as printed, as for
        `пункт 5 дополнить абзацем` (`amend_relative.holder_of_counted`). Any other unit added after
        another named by its place takes its own place's name (`placed_after`: the formula's new
        unit rewritten)."""
        outer = units.refs_in(f.unit, self.lang)
        if f.after is None:
            return outer, False
        counted = amend_relative.holder_of_counted(f.after, f.new_unit or "", outer, self.lang)
        if counted is not None and (counted or self.context.refs):
            return counted, True
        added = self.placed_after(f, outer)
        if added is not None:
            outer, f.new_unit = added
            return outer, False
        unplaced = amend_relative.holder_of_unplaced(f.after, f.new_unit or "", self.lang)
        return (outer, False) if unplaced is None else (outer + unplaced, True)

    def row_numbered(self, text: str) -> str | None:
        """A row added by its word alone (`дополнить строкой следующего содержания:`, `мынадай
        мазмұндағы жолмен толықтырылсын:`), printed cell by cell: named by the number its first
        cell prints, as a row named by its number is (`row_by_number`: `строка, порядковый номер 4-1`)."""
        m = re.match(r"(\d+(?:-\d+)*)\.?(?:\s|$)", text)
        template = vocabulary(self.lang).first("row_by_number")
        if not m or not template:
            return None
        phrase = template.replace("N", m.group(1))
        return units.write_unit(phrase, self.lang, self.context.around(units.refs_in(phrase, self.lang)))

    def placed_after(self, f: Formula, outer: list[units.Ref]) -> tuple[list[units.Ref], str] | None:
        """A unit added after another (`пункт 5 после подпункта 2) дополнить подпунктом 2-1)`; a
        paragraph by its word alone only where no holder is named at all, `после абзаца второго
        дополнить абзацем`): the units that hold it and the new unit, named by its own place (`абзац
        третий`); None where that is not known."""
        named = units.refs_in(f.after, self.lang)
        anchor = max(named, key=lambda r: r.rank)  # `абзаца второго пункта 5`: the innermost
        new = units.following(anchor, f.new_unit or "", self.lang)
        return (outer + [r for r in named if r is not anchor], new) if new else None

    def start_wording(self, f: Formula, p: Para, following: Para | None) -> None:
        right = f.tail.lstrip(":").strip()
        if f.own_annex is not None and self.annexes is not None and p.span:
            # `… согласно приложению к настоящему приказу`: printed in the order's annex
            self.wording = self.annexes.wording(f.own_annex, self.current.target_unit, p.span[1])
            self.from_annex, self.quote_open = bool(self.wording), False
        elif f.new_words is not None or not f.tail.startswith(":"):
            self.wording, self.quote_open = [], False
        elif right:
            self.wording = [Para(Acc(right, [0], [(0, p.span[0] if p.span else 0)]))]
            self.quote_open = not self.wording_ends(right, following)
        else:
            self.wording = []
            self.quote_open = following is not None and following.text.strip().startswith(OPENING)


def _after_intro(intro: Para, lang: str) -> Para | None:
    """An instruction printed in the announcing paragraph itself, after its colon
    (`… следующее изменение: пункт 3 исключить.`)."""
    m = shapes.search(intro.text, lang, "changes_intro")
    rest = re.match(r"\s*:\s*(\S.*)$", intro.text[m.end():], re.DOTALL) if m else None
    if not rest:
        return None
    at = m.end() + rest.start(1)
    piece = Acc(rest.group(1), [0], [(0, intro.acc.span(at, at + 1)[0] if intro.acc.span(at, at + 1) else 0)])
    return Para(piece)


def _unread_warning(intro: Para, body: _Changes) -> list[str]:
    out = []
    if not body.changes:
        out.append(f"lines {span_text(intro.span)}: the act announces changes ({intro.text.strip()[:80]!r}) "
                   f"but none could be read")
    for p in body.unread:
        out.append(f"lines {span_text(p.span)}: an instruction among the changes was not read: {p.text.strip()[:100]!r}")
    return out


def read_changes(paras: list[Para], record: DocumentRecord, lang: str, warnings: list[str] | None = None,
                 annexes: OwnAnnexes | None = None) -> tuple[list[Amendment], list[KnowledgeList]]:
    changes: list[Amendment] = []
    klists: list[KnowledgeList] = []
    i = 0
    while i < len(paras):
        intro = paras[i]
        i += 1
        if not shapes.has(intro.text, lang, "changes_intro"):
            annexed = annex_changes.instructions(intro, lang, annexes, lambda t: match_formula(t, lang) is not None)
            if annexed:  # every instruction printed in the order's annex (`annex_changes`)
                body = _Changes(record, lang, _target_act(intro.text, lang), annexes=annexes)
                _read_lines(body, annexed)
                _collect(intro, body, changes, klists, warnings)
            continue
        body = _Changes(record, lang, _target_act(intro.text, lang), annexes=annexes)
        same_line = _after_intro(intro, lang)
        if same_line is not None:
            body.line(same_line, paras[i] if i < len(paras) else None)
        while i < len(paras):
            t = paras[i].text.strip()
            if number_of(t) and not t.startswith(tuple(QUOTES)) and not body.quote_open:
                break  # the amending order's next paragraph
            body.line(paras[i], paras[i + 1] if i + 1 < len(paras) else None)
            i += 1
        body.close()
        _collect(intro, body, changes, klists, warnings)
    return changes, klists


def _read_lines(body: _Changes, lines: list[Para]) -> None:
    for k, p in enumerate(lines):
        body.line(p, lines[k + 1] if k + 1 < len(lines) else None)
    body.close()


def _collect(intro: Para, body: _Changes, changes: list[Amendment], klists: list[KnowledgeList],
             warnings: list[str] | None) -> None:
    changes.extend(body.changes)
    klists.extend(body.klists)
    if warnings is not None:
        warnings.extend(_unread_warning(intro, body))


# ---------------------------------------------------------------- acts declared repealed

def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The outermost quotations of a text (a title, with the titles quoted inside it)."""
    out, depth, start, plain = [], 0, 0, False
    for i, ch in enumerate(text):
        if ch == '"' and not depth:
            if plain:
                out.append((start, i + 1))
            plain, start = not plain, i
        elif ch in "«„" and not plain:
            start = i if not depth else start
            depth += 1
        elif ch == "»" and depth:
            depth -= 1
            if not depth:
                out.append((start, i + 1))
    return out


def _repealed_act(t: str, lang: str) -> tuple[str | None, str | None] | None:
    """The act a repeal names (adilet id) and the unit of it, if a unit is named. An act quoted
    in the repealed act's title (`«О внесении изменения в приказ … № 228 «…»»`) is not it."""
    reg = patterns.search(lang, "registry_ref", t)
    quoted = _quoted_spans(t) if reg else []
    acts = [a for a in patterns.finditer(lang, "act_line", t) if not any(s <= a.start() < e for s, e in quoted)]
    if not reg or not acts:
        return None
    date = patterns.match_date(acts[-1], lang)
    target = make_doc_id(date.year, reg.group("number")) if date else None
    after = t[acts[-1].end():reg.start()]
    refs = [r for r in units.refs_in(after, lang) if r.kind in ("paragraph", "subparagraph")]
    if refs:
        # the units after the act, inside one another or joined by `and` (`… бұйрығының 2-тармағының
        # 1) тармақшасы және 3-қосымшасы (… тіркелген)`), written as those before it are
        return target, _opening_units(after[refs[0].start:], lang) or refs[-1].norm
    # an item of a list that opens with the units it repeals, the act after them (`2) пункты 2 и 3
    # Перечня …, утвержденного приказом … (зарегистрирован … под № N)`)
    item = re.sub(r"^\d+[.)]\s*", "", t[:reg.start()])
    return target, _opening_units(item, lang)


def _opening_units(piece: str, lang: str) -> str | None:
    """The units a text opens with, one after another or joined by `and` (`подпункт 2) пункта 3
    приказа …`, `подпункт 2) пункта 1 и приложение 2 к приказу …`), written; None where it opens
    with anything else. The list of another act a unit belongs to is not written with it
    (`пункт 2 Перечня …, утвержденного приказом …` -> `пункт 2`), as the earlier sets' gold has it."""
    refs = units.refs_in(piece, lang) if piece.strip() else []
    if not refs or piece[:refs[0].start].strip(" ,"):
        return None
    start, end, parts = 0, refs[0].end, []
    for r in refs[1:]:
        gap = piece[end:r.start]
        if not _units_joined(gap, lang):
            break
        if gap.strip(" ,"):  # `и`, `және`: each side written by itself, the word between as printed
            parts += [units.write_unit(piece[start:end], lang, []), gap.strip(" ,")]
            start = r.start
        end = r.end
    return " ".join(p for p in parts + [units.write_unit(piece[start:end], lang, [])] if p)


def _units_joined(gap: str, lang: str) -> bool:
    """Whether the text between two units joins them (nothing, a comma, `и`, `және`)."""
    gap = gap.strip(" ,")
    return not gap or rx(shapes.words_rx(lang, "and_words"), re.IGNORECASE).fullmatch(gap) is not None


def _unit_repealed(t: str, f: Formula, lang: str) -> str | None:
    """The unit of another act a paragraph of the order repeals, named after the act and its
    registration (`… № 32507 болып тіркелген) 3-тармағының күші жойылды`) or before the act
    (`пункт 3 приказа …`); None where the whole act is repealed."""
    reg = patterns.search(lang, "registry_ref", f.unit)
    close = f.unit.find(")", reg.end()) if reg else -1
    for piece in (f.unit[close + 1:] if close >= 0 else "", f.unit):
        unit = _opening_units(piece, lang)
        if unit is not None:
            return unit
    return None


def _repeal_head(t: str, lang: str) -> re.Pattern | None:
    """A line that opens a list of acts declared repealed, and how its items are numbered: an
    annex's head (`Перечень … утративших силу …`), its items numbered `1.`; or a paragraph of the
    order that ends where its list begins (`2. Признать утратившими силу:`, `2. Мыналардың күші
    жойылды деп танылсын:`), its items its subparagraphs `1)`."""
    if len(t) >= 300 or not shapes.has(t, lang, "repeal_list"):
        return None
    if not number_of(t):
        return NUMBERED
    return SUBNUMBERED if t.endswith(":") else None


def _heading_goes_on(t: str) -> bool:
    """A line that goes on with an unfinished head of a list (a centred heading broken over
    lines, each its own indented line): short, not an item, not a paragraph that opens the
    order's points (`… ПРИКАЗЫВАЮ:`)."""
    return len(t) < 150 and not t.endswith(":") and not NUMBERED.match(t) and not SUBNUMBERED.match(t)


HEAD_LINES = 4  # how many lines a centred heading is broken over, at most


def _broken_head(run: list[str], t: str, lang: str) -> re.Pattern | None:
    """The head of a list of repealed acts that a line is, or ends where the heading is broken
    over lines and the words that name the list come last (`… күші жойылған` / `кейбір
    бұйрықтарының` / `тізбесі`): the line with the lines before it that go on to it."""
    for k in range(len(run) + 1 if _heading_goes_on(t) else 1):
        head = _repeal_head(" ".join(run[len(run) - k:] + [t]), lang)
        if head is not None:
            return head
    return None


def _heading_run(run: list[str], t: str) -> list[str]:
    """The short unfinished lines up to this one (a heading broken over lines so far), the last
    few; none after a line that is no piece of a heading."""
    return run[-(HEAD_LINES - 1):] + [t] if _heading_goes_on(t) and not t.endswith(SENTENCE_END) else []


def read_repeal_list(paras: list[Para], record: DocumentRecord, lang: str) -> list[Amendment]:
    """A list of acts this act declares repealed (an annex, or a paragraph's subparagraphs): one
    `repeal` change per act."""
    out = []
    item: re.Pattern | None = None  # how the items of the list being read are numbered
    heading = False  # the list's head is unfinished: its next line may go on with it
    run: list[str] = []  # the short unfinished lines just before: a heading broken over lines so far
    for p in paras:
        t = p.text.strip()
        head = _broken_head(run, t, lang)
        if head is not None or heading and _heading_goes_on(t):
            item, run = head or item, []
            heading = not t.endswith(SENTENCE_END)
            continue
        heading = False
        run = _heading_run(run, t)
        if item is SUBNUMBERED and number_of(t):
            item = None  # the order's next paragraph
        if item is not None and not item.match(t):
            item = item if not p.indented else None
            continue
        act = _repealed_act(t, lang) if item is not None else None
        if act:
            out.append(Amendment("change", act[0], act[1], "repeal", record.act_number, record.act_date, None, p.span))
    return out


def read_repeal_paragraphs(paras: list[Para], record: DocumentRecord, lang: str) -> list[Amendment]:
    """A paragraph of the order that declares one act repealed (`2. Признать утратившим силу
    приказ … (зарегистрирован … под № N).`)."""
    out = []
    for p in paras:
        t = p.text.strip()
        if not number_of(t) or not may_be(t, lang, "repeal") or shapes.has(t, lang, "changes_intro"):
            continue
        f = match_formula(re.sub(r"^\d+\.\s*", "", t), lang)
        act = _repealed_act(t, lang) if f and f.operation == "repeal" else None
        if act and act[0]:
            unit = _unit_repealed(t, f, lang)
            out.append(Amendment("change", act[0], unit, "repeal", record.act_number, record.act_date, None, p.span))
    return out


def read_amendments(doc: RepairedText, record: DocumentRecord, lexicon: Lexicon,
                    warnings: list[str] | None = None) -> tuple[list[Amendment], list[KnowledgeList]]:
    """Notes, changes and repeals of one act; what cannot be read is reported in `warnings`."""
    paras = paragraphs(doc, lexicon)
    notes = read_notes(paras, record, doc.lang)
    changes, klists = read_changes(paras, record, doc.lang, warnings, OwnAnnexes(doc, record.act_number, paras))
    repeals = read_repeal_list(paras, record, doc.lang)
    listed = {a.target_doc for a in repeals}
    repeals += [a for a in read_repeal_paragraphs(paras, record, doc.lang) if a.target_doc not in listed]
    return notes + changes + repeals, klists
