"""The structural units an amendment names (`абзац второй пункта 5`, `7-тармақтың 2)
тармақшасы`), read and written back in the nominative.

A unit is a unit word of the vocabulary (`unit:*` in vocab/clauses.tsv, its first form
the nominative) with a number where the language puts it (`unit_template`: `N-{unit}`
or `{unit} N`), with ordinals (`үшінші абзац`, `абзац третий`), or alone (a title).
How a phrase of several units is written is data too (`unit_style`): `split` writes
each unit normalised, in printed order (`7-тармақ, 2) тармақша`); `printed` keeps the
phrase as printed with its head in the nominative (`абзац второй пункта 5`). A title
goes last in both (`параграф 2, заголовок`), but where `printed` prints it before its unit, it
heads the phrase (`заголовок главы 3`).

Units are nested (annex > chapter > section > paragraph > subparagraph > part);
a context line (`в пункте 13:`) names the outer units of the changes below it, and
a unit is written with those of its context it needs: paragraphs are numbered
through the whole act, so a paragraph needs no chapter; a section does. A unit read
under a context is written as the same unit printed in one phrase would be: `split`
(`6-тармақ, 2) тармақша`), `printed` with the outer units after it in the genitive
(`unit_genitive`: `в пункте 3:` / `подпункт 2) …` -> `подпункт 2) пункта 3`).
An annex may be named with no number, by what it belongs to (`в приложении к квалификационным
требованиям:`), by a pointer back to the amended act (`көрсетілген … талаптарына қосымшада:`: the
act's own annex, `қосымша`) or by its word alone, on a context line or next to a unit of it.
A part or a point added by its word alone (`пункт 3 дополнить абзацем`) is no unit the act names:
the change is the holder's (`COUNTED`). The name a unit is printed under (`наименование графы 4`,
`нысанның атауы`) heads the phrase of that unit (`NAMES_OF_UNITS`). An act approving several
documents, each as an annex of its own, names the one the changes below sit under by that annex
(`в форме …, утвержденной приложением 2 к указанному приказу:`): the first is the act's own text,
another is written inside its annex (`approving_annex`, `annex_of_the_act`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from . import shapes
from .compiled import rx
from .vocabulary import vocabulary

# a column inside a row is one cell of it (`в строке, порядковый номер 2, графу 4`)
# a card holds labour functions, a function its tasks; a form of an annex holds rows as a table does
RANK = {"annex": 0, "card": 1, "chapter": 1, "section": 2, "function": 2, "paragraph": 3, "task": 3,
        "subparagraph": 4, "table": 4, "form": 4, "part": 5, "row": 5, "note": 5, "column": 6,
        "sentence": 6, "title": 7, "name": 7}
# (holder, unit) kinds where the holder ranks below the unit but may hold it: a part of a point
# holds subpoints (`15-тармақтың бірінші бөлігінің 6) тармақшасы`), as a subpoint holds parts
HOLDS_BELOW = frozenset({("part", "subparagraph")})
NUMBERED_THROUGH_ACT = "paragraph"  # a unit that needs no chapter or section around it
INSIDE_ANNEX = ("chapter", "section")
UNNUMBERED = ("title",)
# units named by their word alone that hold others (`кестенің 3-жолы`, `строка 3 таблицы`): a phrase
# naming a unit inside one is written as printed, as the owner alone names nothing to split off
OWNERS_BY_WORD = ("table", "form")
# the name a unit is printed under (`наименование формы`, `наименование графы 4`, `4-бағанның атауы`):
# named by its word alone, it heads the phrase of the unit it names, written as the language
# prints the phrase (`наименование графы 4 таблицы приложения 2`; `2-қосымша, 4-баған, атауы`)
NAMES_OF_UNITS = ("name",)
# units named by their word alone, not inside quotes, where they are words of a quoted name
BY_WORD_ALONE = OWNERS_BY_WORD + NAMES_OF_UNITS
# units named by a quoted name instead of a number (`строку "Условия труда"`, `"…" кәсіп карточкасы`)
NAMED = ("card", "row", "column")
# the units inside a card (its functions and their tasks: they hold its rows and its lists of skills
# and knowledge), and the labels of those lists (the card's vocabulary): a list named by its quoted
# label alone after its holder is a column
CARD_INNER = ("function", "task")
LIST_LABELS = ("column:skills", "column:knowledge", "skills", "knowledge")
# units named by what they belong to, on a context line (`в приложении к профессиональному стандарту:`)
DESCRIBED = ("annex",)
# units counted inside the unit that holds them: one added by its word alone (`пункт 3 дополнить
# абзацем`, `3-тармақ абзацпен толықтырылсын`) has no name the act prints, as its place among the
# others is not said, so the change is the holder's
COUNTED = ("paragraph", "subparagraph", "part", "sentence")
_NUMBER = r"\d+(?:-\d+)*"
# the dashes of a range of units (`пункты 15–17`, `15 – 17-тармақтар`): a hyphen inside a number
# is part of it (`9-1`), so a range of numbers takes a long dash, or a hyphen with spaces
_DASHES = "–—"
_NUMBER_RANGE = rf"\s*[{_DASHES}]\s*|\s+-\s+"
# what a context line holds besides a unit word that names it alone: prepositions (`в`, `к`)
_BARE_LINE = re.compile(r"(?:\s*[^\W\d_]{1,2}(?!\w))*\s*")


@dataclass
class Ref:
    kind: str
    norm: str  # the unit alone, normalised (`7-тармақ`, `пункт 7`, `екінші абзац`)
    start: int
    end: int
    named: bool = False  # named by words (`строка "…"`), not by a number or an ordinal
    apposition: bool = False  # its number is set off by commas (`строка, порядковый номер 3,`)
    # how it is written after a unit inside it, where that is not its word's genitive with its number
    # (a document of the act in its annex: `формы заявления (приложение 2 к приказу)`)
    genitive: str | None = None

    @property
    def rank(self) -> int:
        return RANK[self.kind]


@dataclass(frozen=True)
class _Word:
    stem: str
    kind: str
    base: str
    prefix: bool


@lru_cache(maxsize=None)
def _unit_words(lang: str) -> tuple[_Word, ...]:
    vocab = vocabulary(lang)
    out = []
    for kind in RANK:
        forms = vocab.forms(f"unit:{kind}")
        if not forms:
            continue
        base = forms[0].rstrip("*")
        for f in forms:
            printed, _, written = f.partition(">")
            if written:  # an inflected form listed whole, where a stem would take other words too
                out.append(_Word(printed.casefold(), kind, written, False))
                continue
            if not f.endswith("*"):
                base = f  # a `stem*` form inflects the whole word listed before it
            out.append(_Word(f.rstrip("*").casefold(), kind, base, f.endswith("*")))
    return tuple(sorted(out, key=lambda w: -len(w.stem)))


def unit_word(word: str, lang: str) -> _Word | None:
    return _unit_word(word.casefold(), lang)


@lru_cache(maxsize=1 << 14)  # asked of the first words of every paragraph
def _unit_word(low: str, lang: str) -> _Word | None:
    for w in _unit_words(lang):
        if low == w.stem or (w.prefix and low.startswith(w.stem)):
            return w
    return None


@lru_cache(maxsize=None)
def _ordinal_forms(lang: str) -> tuple[tuple[str, bool, str], ...]:
    """Every printed form of the vocabulary's ordinals (`ordinal:N`): its letters without the
    `*`, whether it is a prefix (`перв*`), and its key."""
    vocab = vocabulary(lang)
    return tuple((f.rstrip("*").casefold(), f.endswith("*"), key) for key in vocab.keys("ordinal:") for f in vocab.forms(key))


def ordinal_number(word: str, lang: str) -> str | None:
    """The number an ordinal (one word, or two: `он бірінші`) names: `алтыншы`, `шестой` -> `6`."""
    w = word.casefold()
    for stem, prefix, key in _ordinal_forms(lang):
        if w == stem or (prefix and " " not in w and w.startswith(stem)):
            return key.split(":", 1)[1]
    return None


@lru_cache(maxsize=None)
def _ordinals(lang: str) -> tuple[re.Pattern, dict[str, str], re.Pattern]:
    """A regex of one ordinal, a map from its printed forms to the nominative, and a regex of
    a group of them (`жетінші және сегізінші`, `второй и третий`)."""
    vocab = vocabulary(lang)
    forms, nominative = [], {}
    for key in vocab.keys("ordinal:"):
        for f in vocab.forms(key):
            forms.append(f)
            nominative[f.rstrip("*").casefold()] = (key, vocab.forms(key)[0])
    alts = [shapes.words_rx_of(sorted(forms, key=len, reverse=True), lang)]
    endings = vocab.forms("ordinal_ending")
    if endings:
        alts.append(rf"(?<!\w)[^\W\d_]+(?:{'|'.join(map(re.escape, endings))})(?!\w)")
    one = "(?:" + "|".join(alts) + ")"
    ands = shapes.words_rx(lang, "and_words")
    # a range (`үшінші – бесінші`, `абзацы третий – пятый`) is a group too, its dash any
    group = rf"{one}(?:\s*(?:,|[-{_DASHES}])\s*{one})*(?:\s+(?:{ands})\s+{one})?"
    return re.compile(one, re.IGNORECASE), nominative, re.compile(group, re.IGNORECASE)


def _nominative_ordinals(text: str, lang: str, base: str) -> str:
    """The ordinals of a unit whose word was inflected, in the nominative of the unit's gender."""
    one, nominative, _ = _ordinals(lang)
    vocab = vocabulary(lang)
    gender = _gender(base, lang)

    def nom(m: re.Match) -> str:
        low = m.group(0).casefold()
        for stem in sorted(nominative, key=len, reverse=True):
            if low == stem or low.startswith(stem):
                key, form = nominative[stem]
                return vocab.first(key.replace("ordinal:", f"ordinal_{gender}:"), form) if gender else form
        return m.group(0)
    return one.sub(nom, text)


def _gender(base: str, lang: str) -> str | None:
    """The gender a unit word gives its ordinals where it is not the ordinals' first form's
    (`unit_feminine`: `часть первая`, `unit_neuter`: `предложение второе`), or None."""
    vocab = vocabulary(lang)
    return next((g for g in ("feminine", "neuter")
                 if base.casefold() in {f.casefold() for f in vocab.forms(f"unit_{g}")}), None)


def _number_first(lang: str) -> bool:
    return vocabulary(lang).first("unit_template", "N-{unit}").startswith("N")


def _plural(word: str, w: _Word, lang: str) -> str:
    """The unit word normalised: its nominative, with a plural ending kept (`абзацтар`, `пункты`)
    or written in the nominative (`пунктами` -> `пункты`: an ending `printed>written`)."""
    low = word.casefold()
    base = w.base.casefold()
    if low.startswith(base):
        rest = low[len(base):]
        for form in sorted(vocabulary(lang).forms("unit_plural"), key=lambda f: -len(f.partition(">")[0])):
            printed, _, written = form.partition(">")
            if rest.startswith(printed.casefold()):
                return w.base + (written or printed)
    return w.base


@lru_cache(maxsize=None)
def _number_list(lang: str) -> str:
    """One number (`5`, `9-1`, `2)`) or several (`3 и 4`, `1), 2) и 3)`, a range `15–17`)."""
    one = rf"{_NUMBER}\)?"
    return rf"{one}(?:(?:\s*(?:,|{shapes.words_rx(lang, 'and_words')})\s*|{_NUMBER_RANGE}){one})*"


def _numbered(text: str, m: re.Match, w: _Word, lang: str) -> Ref | None:
    """A unit with its number. A label may name the number (`строку, порядковый номер 3,`,
    `реттік нөмірі 3-жол`): the unit is written with it, as printed (`строка, порядковый номер 3`),
    the label set off by a comma where it is printed so (an apposition, closed after the number)."""
    numbers = _number_list(lang)
    word = _plural(m.group(0), w, lang)
    label = shapes.words_rx(lang, "unit_number_label")
    if _number_first(lang):
        # `7 "Ескерту" деген баған`: a unit's printed name may stand between its number and its word
        named = rf'(?:[{shapes.QUOTE_OPEN}][^{shapes.QUOTE_CLOSE}]*[{shapes.QUOTE_CLOSE}]\s*(?:{shapes.words_rx(lang, "unit_named_as")})\s+)?'
        n = rx(rf"(?:({label})\s+)?(?<![\w№-])(?<!№\s)({numbers})\s*(-?)\s*{named}$", re.IGNORECASE).search(text[:m.start()])
        if n:
            sep = "-" if n.group(3) else " "
            labelled = f"{_one_line(n.group(1))} " if n.group(1) else ""
            return Ref(w.kind, f"{labelled}{n.group(2)}{sep}{_several(word, n.group(2), lang)}", n.start(), m.end())
        return None
    n = rx(rf"(\s*,?\s*(?:{label})\s+|\s+)({numbers})(?![\w-])", re.IGNORECASE).match(text[m.end():])
    if n:
        word = _several(word, n.group(2), lang)
        labelled = _one_line(n.group(1)).strip()
        head = f"{word}{'' if labelled.startswith(',') else ' '}{labelled}".strip()
        return Ref(w.kind, f"{head} {n.group(2)}", m.start(), m.end() + n.end(), apposition=labelled.startswith(","))
    return None


def _several(word: str, numbers: str, lang: str) -> str:
    """A unit word before several numbers, in the plural: its nominative plural where the printed
    form did not give it (`строки, порядковые номера 3 и 4`, `строк 3 и 4` -> `строки`), from
    `unit_plural_nominative`; a language that lists none keeps the word as printed."""
    if not _lists_several(numbers, lang):
        return word
    return _plural_nominative(lang).get(word.casefold(), word)


def _lists_several(numbers: str, lang: str) -> bool:
    """Numbers or ordinals that are several (`3 и 4`, `2), 3) және 5)`, `15–17`), not one."""
    return bool(re.search(rf",|[{_DASHES}]|\s-\s|(?<!\w)(?:{shapes.words_rx(lang, 'and_words')})(?!\w)", numbers))


def _plural_nominative(lang: str) -> dict[str, str]:
    """A unit word's printed plural (case folded) -> its nominative plural (`unit_plural_nominative`)."""
    return _written_forms(lang, "unit_plural_nominative")


def _one_line(text: str) -> str:
    """A printed piece with its spaces made single (a line end or a double space is one space)."""
    return re.sub(r"\s+", " ", text)


def _ordinal(text: str, m: re.Match, w: _Word, lang: str) -> Ref | None:
    """A unit with its ordinals (`екінші абзац`, `частью второй`); before several ordinals the word
    in its plural (`частями второй и третьей` -> `части вторая и третья`)."""
    ranged = _ordinal_range(text, m, w, lang)
    if ranged is not None:
        return ranged
    _, _, group = _ordinals(lang)
    word = _plural(m.group(0), w, lang)
    inflected = word.casefold() != m.group(0).casefold()

    def nominative(ords: str) -> str:
        # ordinals printed as listed stay as printed (`жирмасыншы`); inflected ones, also after a
        # word whose accusative is its nominative (`часть вторую`), in the nominative
        return _nominative_ordinals(ords, lang, w.base) if inflected or not _listed(ords, lang) else ords

    before = rx(rf"({group.pattern})\s+$", re.IGNORECASE).search(text[:m.start()])
    if before:
        ords = nominative(before.group(1))
        return Ref(w.kind, f"{ords} {_several(word, ords, lang)}", before.start(), m.end())
    after = rx(rf"\s+({group.pattern})", re.IGNORECASE).match(text[m.end():])
    if after:
        ords = nominative(after.group(1))
        return Ref(w.kind, f"{_several(word, ords, lang)} {ords}", m.start(), m.end() + after.end())
    return None


@lru_cache(maxsize=None)
def _range_regexes(lang: str) -> tuple[re.Pattern, ...]:
    """The ranges of ordinals the vocabulary words (`unit_range`: `с {from} по {to}`, `{from}
    бастап {to} дейінгі`), each slot one ordinal in whatever case the range puts it (`третьего`,
    `үшіншіден`)."""
    stems = sorted({stem for stem, _, _ in _ordinal_forms(lang)}, key=len, reverse=True)
    endings = vocabulary(lang).forms("ordinal_ending")
    alts = [rf"(?<!\w)(?:{'|'.join(map(re.escape, stems))})\w*"] if stems else []
    if endings:
        alts.append(rf"(?<!\w)[^\W\d_]+(?:{'|'.join(map(re.escape, endings))})\w*")
    if not alts:
        return ()
    inflected = "(?:" + "|".join(alts) + ")"
    out = []
    for form in vocabulary(lang).forms("unit_range"):
        source = shapes.form_regex(form, lang)
        for slot in ("from", "to"):
            source = source.replace(f"(?P<{slot}>.*?)", f"(?P<{slot}>{inflected})")
        out.append(re.compile(source, re.IGNORECASE))
    return tuple(out)


def _ordinal_range(text: str, m: re.Match, w: _Word, lang: str) -> Ref | None:
    """A unit word with a range of ordinals printed in words (`абзацы с третьего по пятый`,
    `үшіншіден бастап бесіншіге дейінгі абзацтар`): written as printed, the word in its plural,
    as the range's words put the ordinals in their own case. A range printed with a dash is a
    group of ordinals (`_ordinals`)."""
    for shape in _range_regexes(lang):
        if _number_first(lang):
            before = rx(rf"(?:{shape.pattern})\s+$", re.IGNORECASE).search(text[:m.start()])
            if before:
                return Ref(w.kind, f"{_one_line(before.group(0)).strip()} {_range_word(m, w, lang)}", before.start(), m.end())
            continue
        after = rx(rf"\s+(?:{shape.pattern})(?!\w)", re.IGNORECASE).match(text[m.end():])
        if after:
            return Ref(w.kind, f"{_range_word(m, w, lang)} {_one_line(after.group(0)).strip()}", m.start(), m.end() + after.end())
    return None


def _range_word(m: re.Match, w: _Word, lang: str) -> str:
    """The unit word of a range: its plural, in the nominative."""
    word = _plural(m.group(0), w, lang)
    return _plural_nominative(lang).get(word.casefold(), word)


def _listed(ords: str, lang: str) -> bool:
    """Every ordinal of a group is one of the forms the vocabulary lists whole (not a stem's)."""
    one, _, _ = _ordinals(lang)
    return all(o.group(0).casefold() in _whole_ordinals(lang) for o in one.finditer(ords))


@lru_cache(maxsize=None)
def _whole_ordinals(lang: str) -> frozenset[str]:
    return frozenset(stem for stem, prefix, _ in _ordinal_forms(lang) if not prefix)


def _named(text: str, m: re.Match, w: _Word, lang: str) -> Ref | None:
    """A unit named by its quoted name, with at most one word between (`строку "Условия труда"`,
    `карточке профессии "…"`; `"…" деген жол`, `"…" кәсіп карточкасы`): the name stands where the
    language puts a unit's number."""
    if w.kind not in NAMED:
        return None
    one = rf'[{shapes.QUOTE_OPEN}][^{shapes.QUOTE_CLOSE}]+[{shapes.QUOTE_CLOSE}]'
    # several units of one kind named at once (`"…" және "…" кәсіп карточкаларындағы`,
    # `в карточках профессий "…" и "…"`): one unit as printed, its word in the plural
    name = rf"{one}(?:\s*(?:,|(?<!\w)(?:{shapes.words_rx(lang, 'and_words')}))\s*{one})*"
    between = r"(?:([^\W\d_]+)\s+)?"
    if _number_first(lang):
        named_as = shapes.words_rx(lang, "unit_named_as")
        n = rx(rf"({name})\s*(?:((?:{named_as}))\s+)?{between}$", re.IGNORECASE).search(text[:m.start()])
        if n:
            words = [_one_line(n.group(1)), n.group(2), n.group(3), _named_word(w.base, n.group(1), lang)]
            return Ref(w.kind, " ".join(x for x in words if x), n.start(), m.end(), named=True)
        return None
    n = rx(rf"\s+{between}({name})", re.IGNORECASE).match(text[m.end():])
    if n and not (n.group(1) and unit_word(n.group(1), lang)):
        words = [_named_word(w.base, n.group(2), lang), n.group(1), _one_line(n.group(2))]
        return Ref(w.kind, " ".join(x for x in words if x), m.start(), m.end() + n.end(), named=True)
    return None


def _named_word(word: str, names: str, lang: str) -> str:
    """The word of a unit named by its quoted names: in its nominative plural before several
    (`unit_plural_nominative`: `карточкасы>карточкалары`, `карточка>карточки`)."""
    return _plural_nominative(lang).get(word.casefold(), word) if _names_several(names) else word


def _names_several(text: str) -> bool:
    return len(re.findall(rf"[{shapes.QUOTE_OPEN}][^{shapes.QUOTE_CLOSE}]+[{shapes.QUOTE_CLOSE}]", text)) > 1


def _each_of_several(refs: list[Ref], lang: str) -> list[Ref]:
    """A unit named by its name inside several named at once (`"…" және "…" кәсіп карточкаларындағы
    "Еңбек жағдайлары" деген жолдар`, `строки "Условия труда" в карточках профессий "…" и "…"`): the
    same unit of each, several units, its word in the plural (`unit_plural_nominative`)."""
    owners = [r for r in refs if r.kind in NAMED and _names_several(r.norm)]
    if not owners:
        return refs
    return [Ref(r.kind, _plural_norm(r, lang), r.start, r.end, named=True)
            if r.kind in NAMED and not _names_several(r.norm) and any(o.rank < r.rank for o in owners) else r
            for r in refs]


def _plural_norm(ref: Ref, lang: str) -> str:
    """A named unit's written form with its word (last after its name where a language puts a
    number first, else first) in the nominative plural."""
    words = ref.norm.split(" ")
    at = -1 if _number_first(lang) else 0
    words[at] = _plural_nominative(lang).get(words[at].casefold(), words[at])
    return " ".join(words)


def described_unit(text: str, lang: str, document: str = "") -> Ref | None:
    """A unit a context line names by what it belongs to, with no number (`в приложении к
    профессиональному стандарту:`, `кәсіптік стандартқа қосымшада:`): the phrase in the
    nominative, its owner named short (`_short_owner`). The words that tie the unit to its owner
    are data (`unit_of`). `document`: the line naming the document the changes sit under
    (`_owner_said_before`)."""
    line = text.strip().rstrip(":").strip()
    ties = vocabulary(lang).forms("unit_of")
    for m in re.finditer(r"[^\W\d_]+", line):
        w = unit_word(m.group(0), lang)
        if w is None or w.kind not in DESCRIBED or not ties:
            continue
        if _BARE_LINE.fullmatch(line[:m.start()] + line[m.end():]):
            # `қосымшада:`, `в приложении:`: the act's one annex, named by its word alone
            return Ref(w.kind, w.base, m.start(), len(line), named=True)
        if _number_first(lang):
            owner = line[:m.start()].strip()
            tied = owner and re.search(rf"(?:{'|'.join(map(re.escape, ties))})$", owner, re.IGNORECASE)
        else:
            owner = line[m.end():].strip()
            tied = re.match(rf"(?:{shapes.words_rx_of(ties, lang)})\s+\S", owner, re.IGNORECASE)
        if tied and not refs_in(line, lang) and not re.search(rf"\d|[{shapes.QUOTE_OPEN}]", owner):
            short = _short_owner(owner, lang)
            if _points_back(short, lang) or _owner_said_before(short, document, lang):
                # `көрсетілген біліктілік талаптарына қосымшада:`: the amended act's own annex; one
                # a word of approval follows (`көрсетілген бұйрыққа қосымшамен бекітілген …
                # стандартында:`) approves the document the line names and ends at its word, as
                # a numbered one does (`approving_annex`)
                return Ref(w.kind, w.base, m.start(), _described_end(line, m.end(), lang), named=True)
            phrase = f"{short} {w.base}" if _number_first(lang) else f"{w.base} {short}"
            return Ref(w.kind, _one_line(phrase), m.start(), len(line), named=True)
    return None


def _described_end(line: str, at: int, lang: str) -> int:
    return at if _approval_follows(line, at, lang) else len(line)


def _approval_follows(text: str, at: int, lang: str) -> bool:
    return bool(rx(rf"\s*(?:{shapes.words_rx(lang, 'approved_by')})(?!\w)", re.IGNORECASE).match(text, at))


def _owner_said_before(owner: str, document: str, lang: str) -> bool:
    """An owner printed before its unit, in the case that ties it (`Кәсіптік стандартқа
    қосымшада:`), that names again the document the changes sit under (`… кәсіптік стандартта:`,
    `_names_again`): an attribute the unit's name does without, the annex written by its word alone
    (`қосымша`), as a numbered one is (`1-қосымша`). An owner printed after its unit (`в приложении
    к профессиональному стандарту:`) is the title the annex is headed with and stays in its phrase."""
    return _number_first(lang) and bool(document) and _names_again(owner, document)


def approving_annex(text: str, refs: list[Ref], lang: str) -> Ref | None:
    """The annex of the amended act that a context line names as approving the document the
    changes below it sit under (`в форме заявления …, утвержденной приложением 2 к указанному
    приказу:`, `көрсетілген бұйрыққа 2-қосымшамен бекітілген … нысанында:`): the annex next to a
    word of approval (`approved_by`; after it where the language puts a unit's number after its
    word, before it elsewhere), or None. An order approving several documents prints each as an
    annex of its own."""
    word = rf"(?:{shapes.words_rx(lang, 'approved_by')})"
    for r in refs:
        if r.kind != "annex":
            continue
        inside = _bracketed(text, r)
        if inside is not None and rx(rf"(?<!\w){word}(?!\w)", re.IGNORECASE).search(text[:r.start]):
            # `… бұйрықпен бекітілген … сипаттамаларында (1-қосымша):`, `в Правилах, утвержденных
            # указанным приказом (приложение 1):`: the annex said in brackets after the document
            return inside
        if _number_first(lang):
            if _approval_follows(text, r.end, lang):
                return r
        elif rx(rf"(?<!\w){word}\s*$", re.IGNORECASE).search(text[:r.start]):
            return r
    return None


def _bracketed(text: str, ref: Ref) -> Ref | None:
    """The unit alone in brackets (`(1-қосымша)`, `(приложение 1)`), without the closing bracket
    where it was read as its number's (`приложение 1)`, as a subpoint's `1)`); else None."""
    if not text[:ref.start].rstrip().endswith("("):
        return None
    if text[ref.end:].lstrip().startswith(")"):
        return ref
    if ref.norm.endswith(")") and text[:ref.end].endswith(")"):
        return replace(ref, norm=ref.norm[:-1].rstrip(), end=ref.end - 1)
    return None


def annex_of_the_act(text: str, annex: Ref, lang: str) -> Ref | None:
    """The annex that approves a document (`approving_annex`) as a unit of the amended act: None for
    its first or only annex, which holds the document the act is read as (its units are the act's
    own, as where the act approves one document: `утвержденных приложением 1 к указанному приказу`
    as `утвержденных указанным приказом`); another, written with the act named by its type word,
    the pointer back at it left out (`приложение 2 к приказу`, `бұйрыққа 2-қосымша`), so that it is
    not read as an annex of the first document."""
    number = re.search(_NUMBER, annex.norm)
    if number is None or number.group() == "1":
        return None
    if _number_first(lang):
        owner = text[:annex.start]
    else:
        owner = re.split(r"[,:;]", text[annex.end:], maxsplit=1)[0]
    pointer = rf"(?<!\w)(?:{shapes.words_rx(lang, 'unit_owner_pointer')})(?!\w)"
    short = _one_line(re.sub(pointer, " ", owner, flags=re.IGNORECASE)).strip(" ,:")
    if _number_first(lang):
        short = " ".join(short.split()[-1:])  # the act's type word, the last before the annex
    if not _names_an_act(short, lang):
        return annex
    norm = f"{short} {annex.norm}" if _number_first(lang) else f"{annex.norm} {short}"
    document = _document_genitive(text, lang)
    return Ref(annex.kind, norm, annex.start, annex.end, named=True,
               genitive=f"{document} ({norm})" if document else None)


def _document_genitive(text: str, lang: str) -> str | None:
    """The document a context line names before the annex that approves it, in the genitive, where
    its name opens with a unit word the vocabulary gives a genitive of and the language writes
    the outer units after the inner one (`в форме заявления для …, утвержденной …` -> `формы
    заявления`: the words after the head are its own genitive, to the first word that binds what
    qualifies it, `unit_owner_bound`); None elsewhere."""
    if _number_first(lang):
        return None
    name = re.sub(r"^\s*(?:[^\W\d_]{1,2}\s+)?", "", text)  # `в`, `во`: the line's preposition
    bound = re.search(rf",|(?<!\w)(?:{shapes.words_rx(lang, 'unit_owner_bound')})(?!\w)", name, re.IGNORECASE)
    words = (name[:bound.start()] if bound else name).split()
    head = unit_word(words[0], lang) if words else None
    genitive = _genitives(lang).get(head.base.casefold()) if head is not None else None
    return " ".join([genitive, *words[1:]]) if genitive else None


def with_owners(text: str, refs: list[Ref], lang: str, document: str = "") -> list[Ref]:
    """The units of a phrase, a numbered unit of those named by what they belong to written with
    its owner where the phrase prints one next to it (`приложения 2 к квалификационным требованиям`,
    named short as a described unit's), so that it is not taken for the act's own annex; an owner
    that only points back at an act named before (`к указанному приказу`, `көрсетілген …
    талаптарына`: `unit_owner_pointer`), names it by its type (`к приказу`) or names again the
    `document` the changes sit under (`в Методических рекомендациях …:` / `приложение 2 к
    Методическим рекомендациям`) is that act's own and is left out."""
    out = []
    for k, ref in enumerate(refs):
        owner = _owner_of(text, refs, k, lang, document) if ref.kind in DESCRIBED and not ref.named else None
        if owner:
            norm = f"{owner} {ref.norm}" if _number_first(lang) else f"{ref.norm} {owner}"
            # printed after the unit, the owner is part of its phrase (`приложения 2 к требованиям`)
            end = ref.end if _number_first(lang) else _end_of(text, owner, ref.end)
            ref = Ref(ref.kind, norm, ref.start, end, named=True)
        out.append(ref)
    return out


def _owner_of(text: str, refs: list[Ref], k: int, lang: str, document: str = "") -> str | None:
    ties = vocabulary(lang).forms("unit_of")
    if not ties:
        return None
    if _number_first(lang):
        owner = text[refs[k - 1].end if k else 0:refs[k].start].strip(" ,:")
        tied = owner and re.search(rf"(?:{'|'.join(map(re.escape, ties))})$", owner, re.IGNORECASE)
    else:
        owner = text[refs[k].end:refs[k + 1].start if k + 1 < len(refs) else len(text)].strip(" ,:")
        tied = re.match(rf"(?:{shapes.words_rx_of(ties, lang)})\s+\S", owner, re.IGNORECASE)
    if not tied or re.search(rf"\d|[{shapes.QUOTE_OPEN}]", owner) or _points_back(owner, lang):
        return None
    short = _one_line(_short_owner(owner, lang))
    return None if _names_an_act(short, lang) or _names_again(short, document) else short


# the letters of a word that hold its root: both languages inflect by endings, and the words that
# name a document keep at least this many before them (`стандарт|е`, `стандарт|қа`)
_ROOT = 5


def _names_again(owner: str, document: str) -> bool:
    """An owner every word of which (of three letters or more: not a tie such as `к`) begins as a
    word of the line naming the document the changes sit under (`кәсіптік стандартта:` /
    `Кәсіптік стандартқа`): that document named again, not another one."""
    roots = {w.casefold()[:_ROOT] for w in re.findall(r"[^\W\d_]{3,}", document)}
    words = [w.casefold()[:_ROOT] for w in re.findall(r"[^\W\d_]{3,}", owner)]
    return bool(words) and all(w in roots for w in words)


def _end_of(text: str, words: str, start: int) -> int:
    """Where `words` (spaces made single) end in the text after `start`."""
    m = re.compile(r"\s+".join(map(re.escape, words.split()))).search(text, start)
    return m.end() if m else start


def _points_back(owner: str, lang: str) -> bool:
    """An owner that only points back at the act named before (`к указанным требованиям`,
    `көрсетілген … талаптарына`: `unit_owner_pointer`)."""
    pointer = rf"(?<!\w)(?:{shapes.words_rx(lang, 'unit_owner_pointer')})(?!\w)"
    return bool(re.search(pointer, owner, re.IGNORECASE))


def _names_an_act(owner: str, lang: str) -> bool:
    """An owner that is an act named by its type word alone (`к приказу`, `Қағидаларға`)."""
    vocab = vocabulary(lang)
    types = {f.casefold()[:5] for key in vocab.keys("act:") for f in vocab.forms(key)}
    ties = {f.casefold() for f in vocab.forms("unit_of")}
    words = [w for w in re.findall(r"[^\W\d_]+", owner.casefold()) if w not in ties]
    return 0 < len(words) <= 2 and any(w[:5] in types for w in words)


def _short_owner(owner: str, lang: str) -> str:
    """The owner of a described unit named short, without the words that say whose or which it is
    (`к квалификационным требованиям к специалистам …` -> `к квалификационным требованиям`;
    `… мамандарына қойылатын біліктілік талаптарына` -> `біліктілік талаптарына`): it ends before
    the first word of `unit_owner_bound` or comma after its own first word, where the language puts
    what qualifies a noun after it, and begins after the last one, where it puts it before."""
    bound = rf"(?:,|(?<!\w)(?:{shapes.words_rx(lang, 'unit_owner_bound')})(?!\w))"
    if _number_first(lang):
        found = list(re.finditer(bound, owner, re.IGNORECASE))
        return owner[found[-1].end():].strip(" ,") if found and owner[found[-1].end():].strip(" ,") else owner
    first = re.match(r"\S+\s+\S+", owner)
    cut = re.search(bound, owner[first.end():], re.IGNORECASE) if first else None
    return owner[:first.end() + cut.start()].strip(" ,") if cut else owner


def chapter_at_start(text: str, lang: str) -> Ref | None:
    """The chapter a heading opens with (`3-тарау.`, `Глава 2.`), or None."""
    return unit_at_start(text, lang, "chapter")


def section_at_start(text: str, lang: str) -> Ref | None:
    """The paragraph of a chapter (параграф) a heading opens with (`1-параграф.`, `Параграф 2.`),
    or None: a chapter split into paragraphs titles each as a chapter is titled."""
    return unit_at_start(text, lang, "section")


def unit_at_start(text: str, lang: str, kind: str) -> Ref | None:
    """The unit of `kind` a heading opens with, or None. Asked of every paragraph and block: the
    unit's word is among the first three words, or there is none."""
    head = text[:40]
    if not any((w := unit_word(m, lang)) is not None and w.kind == kind for m in re.findall(r"[^\W\d_]+", head)[:3]):
        return None
    refs = refs_in(head, lang)
    return refs[0] if refs and refs[0].kind == kind and refs[0].start == 0 else None


@dataclass(frozen=True)
class _Hit:
    """A unit word of two words as found (`еңбек функциясы`, `трудовую функцию`), its spaces made
    single; read as a match of one word is (`start()`, `end()`, `group(0)`)."""
    text: str
    at: int
    to: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.to

    def group(self, _: int = 0) -> str:
        return self.text


_TWO_WORDS = re.compile(r"[^\W\d_]+[ \t\n]+[^\W\d_]+")


@lru_cache(maxsize=None)
def _two_word_heads(lang: str) -> frozenset[str]:
    """The first words of the unit words of two words: only after one of them is a pair looked up."""
    return frozenset(w.stem.split()[0] for w in _unit_words(lang) if " " in w.stem)


def _word_at(text: str, m: re.Match, lang: str) -> tuple[re.Match | _Hit, _Word | None]:
    """The unit word a word opens: the word and the next one where the two are one unit word, else
    the word alone."""
    if m.group(0).casefold() in _two_word_heads(lang):
        two = _TWO_WORDS.match(text, m.start())
        joined = " ".join(two.group(0).split()) if two else ""
        w = unit_word(joined, lang) if two else None
        if w is not None:
            return _Hit(joined, two.start(), two.end()), w
    return m, unit_word(m.group(0), lang)


def refs_in(text: str, lang: str) -> list[Ref]:
    """Every unit the text names, in printed order."""
    out: list[Ref] = []
    bare: list[Ref] = []
    for word in re.finditer(r"[^\W\d_]+", text):
        if out and word.start() < out[-1].end:
            continue
        m, w = _word_at(text, word, lang)
        if w is None:
            continue
        if w.kind in UNNUMBERED:
            # a title has no number: a number before it numbers the instruction (`1) тақырыбы …`)
            ref = Ref(w.kind, w.base, m.start(), m.end())
        elif w.kind in BY_WORD_ALONE:
            # inside quotes, the word is one of a name (`"Өтінім нысаны" деген жол`)
            ref = None if _inside_quotes(text, m.start()) else Ref(w.kind, w.base, m.start(), m.end(), named=True)
        else:
            ref = _numbered(text, m, w, lang) or _ordinal(text, m, w, lang) or _named(text, m, w, lang)
        if ref is not None:
            out.append(ref)
        elif w.kind in DESCRIBED:
            bare.append(Ref(w.kind, w.base, m.start(), m.end()))
    out = _lists_by_label(text, _rows_of_units(out, lang), lang)
    return _with_bare_owners(text, _each_of_several(out, lang), bare, lang)


def _rows_of_units(refs: list[Ref], lang: str) -> list[Ref]:
    """A row named by a unit of a card (`"1-еңбек функциясы" жолының`, `в строке "Трудовая функция
    1"`): the row a card prints that unit in is the unit, written as it (`1-еңбек функциясы`), and
    the unit read inside its quotes is that one."""
    out: list[Ref] = []
    for r in refs:
        inner = _unit_named_by(r, lang)
        if inner is not None:
            out = [o for o in out if not (r.start <= o.start and o.end <= r.end)]
            out.append(Ref(inner.kind, inner.norm, r.start, r.end))
        else:
            out.append(r)
    return out


def _unit_named_by(ref: Ref, lang: str) -> Ref | None:
    """The one unit a named row's quoted name is, whole; else None."""
    if ref.kind != "row" or not ref.named:
        return None
    name = re.search(rf"[{shapes.QUOTE_OPEN}]([^{shapes.QUOTE_CLOSE}]+)[{shapes.QUOTE_CLOSE}]", ref.norm)
    if name is None or _names_several(ref.norm):
        return None
    inner = refs_in(name.group(1), lang)
    if len(inner) != 1 or inner[0].kind in NAMED or name.group(1)[:inner[0].start].strip() \
            or name.group(1)[inner[0].end:].strip():
        return None
    return inner[0]


def _lists_by_label(text: str, refs: list[Ref], lang: str) -> list[Ref]:
    """A card's list named by its quoted label alone, right after the function or task that holds it
    (`"2-міндет" бөлігіндегі "Дағдылар"`, `в части "Задача 2" "Умения"`): the column of that label,
    as where the column's word names it (`"Дағдылар" деген баған`, `графу "Умения"`)."""
    one = rf"\s*(?:[{shapes.QUOTE_CLOSE}]\s*)?(?:[^\W\d_]+\s+)?([{shapes.QUOTE_OPEN}]([^{shapes.QUOTE_CLOSE}]+)[{shapes.QUOTE_CLOSE}])"
    out = list(refs)
    for k, r in enumerate(refs):
        if r.kind not in CARD_INNER or (k + 1 < len(refs) and refs[k + 1].kind == "column"):
            continue
        m = rx(one).match(text, r.end)
        if m and _is_list_label(m.group(2), lang) and not any(o.start < m.end(1) and m.start(1) < o.end for o in refs):
            out.append(Ref("column", m.group(1), m.start(1), m.end(1), named=True))
    return sorted(out, key=lambda x: x.start)


def _is_list_label(label: str, lang: str) -> bool:
    return _one_line(label).strip(" :").casefold() in _list_labels(lang)


@lru_cache(maxsize=None)
def _list_labels(lang: str) -> frozenset[str]:
    return frozenset(f.casefold() for key in LIST_LABELS for f in vocabulary(lang).forms(key))


def _inside_quotes(text: str, at: int) -> bool:
    """`at` stands inside a quotation: after more opening guillemets than closing ones, or after an
    odd number of plain quotes."""
    before = text[:at]
    open_marks = before.count("«") + before.count("„") - before.count("»")
    return open_marks > 0 or (before.count('"') + before.count("“") + before.count("”")) % 2 == 1


def _with_bare_owners(text: str, refs: list[Ref], bare: list[Ref], lang: str) -> list[Ref]:
    """An annex named by its word alone inside a phrase that names a unit of it (`қосымшаның реттік
    нөмірі 2-жолы`, `строки, порядковый номер 2, приложения к …`): the act's one annex, where it
    stands next to that unit as an owner does (before it where the language puts a unit's number
    first, after it elsewhere). Alone, the word is no unit (`согласно приложению к приказу`)."""
    first = _number_first(lang)
    owners = [b for b in bare if any(
        (r.start >= b.end and not text[b.end:r.start].strip()) if first
        else (r.end <= b.start and not text[r.end:b.start].strip(" ,\n")) for r in refs)
        or _opens_an_instruction(text, b, lang)]
    return sorted(refs + owners, key=lambda r: r.start) if owners else refs


def _opens_an_instruction(text: str, bare: Ref, lang: str) -> bool:
    """The annex's word alone opens the text in its own form: the subject of an instruction
    (`приложение к квалификационным требованиям дополнить строкой, порядковый номер 6,`), the
    act's one annex, is the unit changed or the holder of the unit named after it. Not where the
    word is also the language's word for an additional thing (`қосымша еңбек функциясы`)."""
    word = text[bare.start:bare.end].casefold()
    return not text[:bare.start].strip() and word == bare.norm.casefold() and word not in _additional_words(lang)


@lru_cache(maxsize=None)
def _additional_words(lang: str) -> frozenset[str]:
    return frozenset(f.casefold() for f in vocabulary(lang).forms("kind:additional"))


def _word_alone(text: str, lang: str) -> _Word | None:
    """The unit word a text is, where it is one word and nothing else (`абзацем`, `бөлікпен`)."""
    return unit_word(text.strip(), lang) if re.fullmatch(r"\s*[^\W\d_]+\s*", text) else None


def counted_alone(text: str, lang: str) -> bool:
    """A unit counted inside its holder named by its word alone (`абзацем`, `бөлікпен`)."""
    word = _word_alone(text, lang)
    return word is not None and word.kind in COUNTED


def following(anchor: Ref, new: str, lang: str) -> str | None:
    """The unit an insertion adds right after `anchor`, named by its place in the nominative: the
    new unit as printed where it names its own number or ordinal (`абзацем третьим`); where it is
    its word alone (`абзацем`, `абзацпен`) and the anchor is one of its kind named by an ordinal
    (`абзаца второго`, `екінші абзацынан`), the next ordinal (`абзац третий`, `үшінші абзац`);
    None where neither tells."""
    if refs_in(new, lang):
        return new
    word = _word_alone(new, lang)
    if word is None or word.kind != anchor.kind:
        return None
    numbers = [ordinal_number(w, lang) for w in anchor.norm.split()]
    numbers = [int(n) for n in numbers if n]
    vocab = vocabulary(lang)
    ordinal = vocab.first(f"ordinal:{numbers[-1] + 1}") if numbers else ""
    if not ordinal:
        return None
    gender = _gender(word.base, lang)
    if gender:
        ordinal = vocab.first(f"ordinal_{gender}:{numbers[-1] + 1}", ordinal)
    return f"{ordinal} {word.base}" if _number_first(lang) else f"{word.base} {ordinal}"


def separate_units(text: str, lang: str) -> list[str]:
    """A phrase that names units of different paths, each with its word, joined by an `and`
    (`абзаце втором пункта 2 и пункте 7`, `3-тармақтың 2) тармақшасындағы және 6-тармақтағы`), cut
    into one phrase per unit; a plural of one kind names its numbers in one unit (`пунктах 3 и 5`,
    `3, 5 және 8-тармақтар`) and stays whole, as does a phrase of one path."""
    refs = refs_in(text, lang)
    joined = rx(rf"\s*,?\s*(?:{shapes.words_rx(lang, 'and_words')})\s+(?:[^\W\d_]{{1,2}}\s+)?", re.IGNORECASE)
    ands = [bool(joined.fullmatch(text, a.end, b.start)) for a, b in zip(refs, refs[1:])]
    # a list of them (`…, пункте 7 и …`): the commas before its `и` part it too; a comma after an
    # apposition closes it (`в строке, порядковый номер 2, графу 4` is one path)
    commas = [any(ands) and not a.apposition and text[a.end:b.start].strip() == "," for a, b in zip(refs, refs[1:])]
    pieces, at = [], 0
    for k, (a, b) in enumerate(zip(refs, refs[1:])):
        if ands[k] or commas[k]:
            pieces.append(text[at:a.end])
            at = b.start
    return pieces + [text[at:]]


def listed_alone(text: str, pieces: list[str], lang: str) -> str | None:
    """Units of one text each named alone (`заголовке и пункте 1`, the pieces `separate_units`
    cut): each written, joined as printed (`заголовок и пункт 1`); None where a piece names more
    than one unit (a path)."""
    written, at = [], 0
    for piece in pieces:
        if len(refs_in(piece, lang)) != 1:
            return None
        start = text.index(piece, at)
        if written:
            written.append(" " + _one_line(text[at:start]).strip() + " ")
        written.append(write_unit(piece, lang, []) or piece.strip())
        at = start + len(piece)
    return "".join(written).replace(" ,", ",")


def named_unit(text: str, lang: str) -> str | None:
    """A unit named by words of its own (`Кіріспе`, `правый верхний угол`): as printed where a form
    listed whole, or in its first form where it is printed inflected (`преамбулу` -> `преамбула`,
    `правого верхнего угла` -> `правый верхний угол`), or as a form `printed>written` says (a plural:
    `правых верхних углах` -> `правые верхние углы`)."""
    found = _named_phrase(text, lang)
    return found[0] if found else None


@lru_cache(maxsize=None)
def _named_forms(lang: str, key: str) -> tuple[tuple[re.Pattern, str | None], ...]:
    """The forms of a unit named by words of its own, each with how it is written: a form listed
    whole as printed (None), one listed `printed>written` as written, an inflected one (`*`) in the
    first form listed whole. Tried in that order: the forms listed whole and written out are exact,
    while a stem (`прав* верхн* угл*`) also takes a plural a written form names (`…углах`)."""
    forms = vocabulary(lang).forms(key)
    base = next((f for f in forms if "*" not in f and ">" not in f), forms[0] if forms else "")
    tiers: tuple[list, list, list] = ([], [], [])
    for form in forms:
        printed, _, written = (part.strip() for part in form.partition(">"))
        pattern = re.compile(shapes.form_regex(printed, lang), re.IGNORECASE)
        if written:
            tiers[1].append((pattern, written))
        else:
            tiers[0 if "*" not in printed else 2].append((pattern, None if "*" not in printed else base))
    return tuple(tiers[0] + tiers[1] + tiers[2])


def _named_phrase(text: str, lang: str) -> tuple[str, int, int] | None:
    """The unit named by words of its own a text holds: (as written, start, end)."""
    for key in ("unit:corner", "unit:preamble"):
        for pattern, written in _named_forms(lang, key):
            m = pattern.search(text)
            if m is None:
                continue
            printed = m.group(0)
            if written is None:
                return printed, m.start(), m.end()
            return (written[:1].upper() if printed[:1].isupper() else written[:1].lower()) + written[1:], m.start(), m.end()
    return None


def _named_inside(text: str, named: tuple[str, int, int], lang: str, document: str) -> str:
    """A unit named by words of its own, written with the units the text names it in (`1-қосымшаның
    оң жақ жоғарғы бұрышы` -> `1-қосымша, оң жақ жоғарғы бұрышы`; `правый верхний угол приложения
    1`), the language's way: after them where each unit is written apart, before them in the
    genitive where a phrase is written as printed; alone where the text names no other."""
    written, start, end = named
    rest = text[:start] + " " * (end - start) + text[end:]
    refs = with_owners(rest, refs_in(rest, lang), lang, document)
    if not refs:
        return written
    if vocabulary(lang).first("unit_style", "split") == "printed":
        whole = _printed_with_context(written, refs, lang)
        if whole is not None:
            return whole
    return ", ".join([r.norm for r in refs] + [written])


def _genitives(lang: str) -> dict[str, str]:
    return _written_forms(lang, "unit_genitive")


def _genitive(ref: Ref, lang: str) -> str | None:
    """An outer unit as the language prints it after the unit inside it (`пункт 3` -> `пункта 3`);
    None where the vocabulary gives no genitive of its word, or it is not numbered by digits."""
    if ref.genitive is not None:
        return ref.genitive
    head, comma, number = _head_and_rest(ref.norm, lang)
    word = _genitives(lang).get(head.casefold())
    # a unit named by its word alone (the act's one annex) has no number
    if not word or not (ref.named or not number or re.fullmatch(rf"{_NUMBER}\)?", number.split()[-1])):
        return None
    # an apposition is set off by commas on both sides (`строки, порядковый номер 2, приложения 2`)
    return f"{word}{comma} {number}".strip() + ("," if ref.apposition else "")


def _head_and_rest(norm: str, lang: str) -> tuple[str, str, str]:
    """A unit's word, the comma after it (an apposition's) and the rest (its number or name): the
    word is the first one, or the first two where those are a unit word of two (`трудовая функция
    1`)."""
    low = norm.casefold()
    two = next((g for g in _genitives(lang) if " " in g and (low == g or low.startswith(g + " "))), None)
    if two is not None:
        return norm[:len(two)], "", norm[len(two):].strip()
    return re.match(r"(\S+?)(,?)(?:\s+|$)(.*)$", norm).groups()


def _printed_with_context(own: str | None, context: list[Ref], lang: str) -> str | None:
    """`printed` style: a unit read under a context line (`в пункте 3:` / `подпункт 2) …`) written
    as the language prints it in one phrase, the outer units after it in the genitive
    (`подпункт 2) пункта 3`); None where a genitive is not known."""
    chain = list(reversed(context))
    if own is None:
        own, chain = chain[0].norm, chain[1:]
    outer = [_genitive(c, lang) for c in chain]
    return None if None in outer else " ".join([own, *outer]).rstrip(",")


def _titles(refs: list[Ref], alone: bool, lang: str) -> list[str]:
    """The titles a phrase names; a title of nothing named in its nominative, not its possessive
    (`unit_alone:*`: `Тақырып жаңа редакцияда` -> `тақырып`, `2-параграфтың тақырыбы` -> `тақырыбы`)."""
    titles = [r for r in refs if r.kind in UNNUMBERED]
    return [vocabulary(lang).first(f"unit_alone:{r.kind}", r.norm) if alone else r.norm for r in titles]


def _printed_first(body: list[Ref]) -> int:
    """How many units open a phrase as outer units of all that follows them (each above every
    unit after it), leaving the last unit at least."""
    k = 0
    while k < len(body) - 1 and all(body[k].rank < r.rank for r in body[k + 1:]):
        k += 1
    return k


def _render_printed(text: str, body: list[Ref], titles: list[str], context: list[Ref], lang: str
                    ) -> tuple[str | None, list[str]]:
    """`printed` style: the phrase written whole (`подпункт 2) пункта 3`), or, where a genitive is
    not known, None and its parts."""
    own = None
    # the outer units printed first, as a context of the rest (`в строке, порядковый номер 2,
    # графу 4`; `в приложении 2 в графе 4 строки, …`): written as that context would be
    # (`графа 4 строки, порядковый номер 2`), the rest as printed
    outer = _printed_first(body)
    if _path_from_outer(body, outer, context):
        return ", ".join([r.norm for r in body] + titles), []
    context, body = [*context, *body[:outer]], body[outer:]
    if body:
        printed = body[0].norm + text[body[0].end:body[-1].end]
        # an apposition closes before the outer units (`строка, порядковый номер 3, приложения …`)
        own = re.sub(r"\s+", " ", printed).strip() + ("," if body[-1].apposition and context else "")
    whole = _printed_with_context(own, list(context), lang)
    if whole is not None:
        return ", ".join([whole] + titles), []
    return None, [c.norm for c in context] + ([own] if own else [])


def _path_from_outer(body: list[Ref], outer: int, context: list[Ref]) -> bool:
    """Whether a phrase is written as a path from its outer units in, each apart, in a language that
    otherwise writes it as printed: a unit numbered in an apposition (`строку, порядковый номер 3,`)
    changed alone right under the outer units the same instruction prints before it (`в приложении 1
    к Методике строку, порядковый номер 3, изложить`), with no context line around: the apposition
    takes no genitive after its closing comma, so the annex heads it as the path through a table
    does (`приложение 1, строка, порядковый номер 3`). A row under a context line (`в приложении
    1:`) or one holding a column (`в графе 4 строки, порядковый номер 3,`) keeps the genitive chain."""
    return bool(outer) and not context and len(body) == outer + 1 and body[-1].apposition


# units of an occupation card's structure: a path through a card is written from the annex in, each
# unit apart (`приложение 1, карточка профессии "…", трудовая функция 1, задача 2`), in a language
# that otherwise writes a phrase as printed: a card is named by its quoted name, not a number, and
# the functions and tasks inside it by the card's own labels, which no genitive chain reads back
CARD_PATH = ("card", *CARD_INNER)


def _title_heads(refs: list[Ref], body: list[Ref]) -> bool:
    """A title printed before the units it belongs to heads their phrase, as the name of a unit
    does (`в заголовке главы 3` -> `заголовок главы 3`), in a language that writes the phrase as
    printed; one printed after them goes last (`параграф 2, заголовок`)."""
    return bool(body) and len(refs) == len(body) + 1 and refs[0].kind in UNNUMBERED


def _printed_style(lang: str, refs: list[Ref]) -> bool:
    """Whether units are written as the language prints them in one phrase (`unit_style`), which
    a path through an occupation card is not."""
    return vocabulary(lang).first("unit_style", "split") == "printed" and not any(r.kind in CARD_PATH for r in refs)


def render(text: str, refs: list[Ref], lang: str, context: list[Ref] = ()) -> str:
    """The units of one phrase under the units of its context, written the language's way
    (`unit_style`)."""
    body = [r for r in refs if r.kind not in UNNUMBERED]
    titles = _titles(refs, not body and not context, lang)
    if _printed_style(lang, [*context, *body]) and (body or context):
        if _title_heads(refs, body):
            body, titles = list(refs), []
        whole, parts = _render_printed(text, body, titles, list(context), lang)
        if whole is not None:
            return whole
    else:
        parts = _split_parts(text, body, list(context), lang)
    return ", ".join(parts + titles)


def _split_parts(text: str, body: list[Ref], context: list[Ref], lang: str) -> list[str]:
    """`split` style: each unit written apart, but for an owner named by its word with the units
    inside it, for a list of units inside their owner's genitive, and for one unit inside an owner
    the context names by its word alone, each phrase as the language prints it."""
    if any(r.kind in OWNERS_BY_WORD for r in body[:-1]):
        return _owner_parts(text, body, context, lang)
    if _several_in_genitive_owner(text, body, lang):
        return [c.norm for c in context] + [r.norm for r in body[:-2]] + [
            _possessive_last(_one_line(text[body[-2].start:body[-1].end]).strip(), body[-1], lang)]
    inside = _inside_owner(context, body, lang)
    if inside is not None:
        return [_in_card_path(c) for c in context[:-1]] + [inside]
    return [_in_card_path(c) for c in context] + [_in_card_path(r) for r in _card_path_order(body)]


def _card_path_order(body: list[Ref]) -> list[Ref]:
    """The units of a phrase through an occupation card with the function and task that hold a
    row printed after it, in the genitive (`в строке "Знания:" задачи 1 трудовой функции 1
    подпункт 2)`), written before the units they hold, outer first, as where they are printed
    first (`1-еңбек функциясының 2-міндетінің`, or `в трудовой функции 1:` / `в задаче 2:`). The
    rest keeps its printed order: nothing ranks a row against its items inside a card (a row's
    items rank above the row, as a point's would), and a card printed after its row stays there
    (`строка «…», карточка профессии «…»`)."""
    at = [k for k, r in enumerate(body) if r.kind in CARD_INNER]
    if not at or at != list(range(at[0], at[-1] + 1)):
        return body
    first, last = at[0], at[-1] + 1
    start = first
    while start > 0 and body[start - 1].kind not in ("annex", *CARD_PATH):
        start -= 1
    if start == first:
        return body
    holders = sorted(body[first:last], key=lambda r: r.rank)
    return [*body[:start], *holders, *body[start:first], *body[last:]]


def _owner_parts(text: str, body: list[Ref], context, lang: str) -> list[str]:
    """The units around an owner named by a word (`кестенің`) written apart, the owner with the
    units inside it as printed."""
    at = next(k for k, r in enumerate(body) if r.kind in OWNERS_BY_WORD)
    inside = _possessive_last(_one_line(text[body[at].start:body[-1].end]).strip(), body[-1], lang)
    return [c.norm for c in context] + [r.norm for r in body[:at]] + [inside]


def _several_in_genitive_owner(text: str, body: list[Ref], lang: str) -> bool:
    """The last unit names a list of numbers (`3) және 4) тармақшалары`, `2), 3) және 5)
    тармақшаларындағы`) right after its owner printed in the genitive (`6-тармақтың`): the phrase
    names the units at once, written as printed (the owner's genitive, the units in the possessive,
    `6-тармақтың 3) және 4) тармақшалары`), as a list of units alone is (`3 және 4-қосымшалар`).
    A range (`екінші – төртінші абзацтары`) and ordinals (`екінші және үшінші абзацтары`) stay
    written apart (`6-тармақ, екінші – төртінші абзацтар`), as the earlier sets' gold has them.
    The genitive endings are data (`unit_genitive_ending`)."""
    if len(body) < 2 or text[body[-2].end:body[-1].start].strip():
        return False
    owner, last = body[-2], body[-1]
    printed = _one_line(text[owner.start:owner.end]).strip().casefold()
    stem = owner.norm.casefold()
    endings = vocabulary(lang).forms("unit_genitive_ending")
    numbers = last.norm.rsplit(" ", 1)[0]
    listed = bool(re.search(r"\d", numbers)) and not re.search(rf"[{_DASHES}]|\s-\s", numbers)
    return printed.startswith(stem) and printed[len(stem):] in endings and listed and _lists_several(numbers, lang)


@lru_cache(maxsize=None)
def _written_forms(lang: str, key: str) -> dict[str, str]:
    """The pairs of a vocabulary key, the printed side case folded: printed form -> written form."""
    return {a.casefold(): b for a, b in vocabulary(lang).pairs(key)}


def _inside_owner(context: list[Ref], body: list[Ref], lang: str) -> str | None:
    """One unit whose formula names the owner it sits in by that owner's word alone (`нысанда кесте
    мынадай мазмұндағы 6-бағанмен толықтырылсын`: a column added to the table of a form), written as
    the language prints a unit inside such an owner, as `_owner_parts` keeps it where it is printed
    so: the owner in the genitive, the unit in the possessive (`owner_genitive`, `unit_possessive`:
    `кестенің 6-бағаны`); None where the last context unit is no such owner or the data gives no
    form."""
    if len(body) != 1 or not context or context[-1].kind not in OWNERS_BY_WORD:
        return None
    genitive = _written_forms(lang, "owner_genitive").get(context[-1].norm.casefold())
    m = re.search(r"[^\W\d_]+$", body[0].norm)
    possessive = _written_forms(lang, "unit_possessive").get(m.group(0).casefold()) if m else None
    if genitive is None or possessive is None:
        return None
    return f"{genitive} {body[0].norm[:m.start()]}{possessive}"


@lru_cache(maxsize=None)
def _possessive_endings(lang: str) -> tuple[tuple[str, str], ...]:
    pairs = vocabulary(lang).pairs("possessive_case_endings")
    return tuple(sorted(((a.strip().casefold(), b.strip()) for a, b in pairs), key=lambda p: -len(p[0])))


def _possessive_last(inside: str, last: Ref, lang: str) -> str:
    """The owner's phrase with its last unit in the possessive the owner's genitive asks for, where
    it is printed with a case ending after that (`кестенің 4-бағанындағы` -> `кестенің 4-бағаны`,
    `possessive_case_endings`); as printed elsewhere."""
    stem = last.norm.split()[-1] if last.norm else ""
    word = inside.split()[-1] if inside else ""
    if not stem or not word.casefold().startswith(stem.casefold()):
        return inside
    rest = word[len(stem):].casefold()
    written = next((b for a, b in _possessive_endings(lang) if rest == a), None)
    return inside if written is None else inside[:len(inside) - len(rest)] + written


def _in_card_path(ref: Ref) -> str:
    """A unit written apart; a column a card names by its label (`графу "Умения и навыки:"`) is
    the card's list of that label, written as the label (`Умения и навыки`)."""
    if ref.kind == "column" and ref.named:
        m = re.search(rf"[{shapes.QUOTE_OPEN}](.+?)[:\s]*[{shapes.QUOTE_CLOSE}]", ref.norm)
        if m:
            return m.group(1)
    return ref.norm


class Context:
    """The outer units named by the context lines above a change (`в пункте 13:`, `3 тарауда:`)."""

    def __init__(self):
        self.refs: list[Ref] = []

    def reset(self) -> None:
        self.refs = []

    def enter(self, refs: list[Ref]) -> None:
        """Units a context line names replace those of their rank and below, but not one another: a
        line naming two of one rank holds the later inside the earlier (`нысанда кесте`: a table of
        a form)."""
        for r in sorted(refs, key=lambda r: r.rank):
            self.refs = [c for c in self.refs if c.rank < r.rank or (c in refs and c is not r)] + [r]

    def around(self, refs: list[Ref]) -> list[Ref]:
        """The context units a change to `refs` is written with."""
        lowest = min((r.rank for r in refs), default=len(RANK))
        chain = [c for c in self.refs if c.rank < lowest]
        through = any(r.kind == NUMBERED_THROUGH_ACT for r in chain + refs)
        return [c for c in chain if not (through and c.kind in INSIDE_ANNEX)]

    def supersede(self, refs: list[Ref]) -> None:
        """A change that names a unit of its own leaves the context of that rank and below."""
        if refs:
            lowest = min(r.rank for r in refs)
            self.refs = [c for c in self.refs if c.rank < lowest]


def write_unit(text: str, lang: str, context: list[Ref], document: str = "") -> str | None:
    """A change's unit: its context units and its own, written the language's way; a unit named
    by words as printed; a unit word alone in its first form; with no unit word, the text as
    printed (None when empty). `document`: the line naming what the changes sit under."""
    excepted = exception_clause(text, lang)
    if excepted is not None:
        return with_exception(write_unit(excepted[0], lang, context, document), excepted[1])
    named = _named_phrase(text, lang)
    if named:
        return _named_inside(text, named, lang, document)
    refs = with_owners(text, refs_in(text, lang), lang, document)
    if refs:
        return _document_title(refs, context, document, lang) or render(text, refs, lang, context)
    printed = text.strip(" :,;")
    qualified = _qualified_word(printed, lang)
    if qualified is not None:
        return render(qualified[0], [Ref(qualified[1], qualified[0], 0, len(qualified[0]), named=True)], lang, context)
    # a unit named by its word alone (`абзацем`, `ескертпемен`, `сноску`): the word in its first
    # form, under its context as a unit printed with its number is (`сноска приложения 1`)
    word = unit_word(printed, lang) if re.fullmatch(r"[^\W\d_]+", printed) else None
    if word is not None and context:
        return render(word.base, [Ref(word.kind, word.base, 0, len(word.base), named=True)], lang, context)
    parts = [render("", [], lang, context)] if context else []
    if printed:
        parts.append(word.base if word else document_nominative(printed, lang))
    return ", ".join(parts) or None


def exception_clause(text: str, lang: str) -> tuple[str, str] | None:
    """A scope that leaves a unit out (`бүкіл мәтін бойынша, 2-тармақты қоспағанда`, `по всему тексту,
    за исключением пункта 2`; `unit_except`): the scope without the clause, and the clause as printed,
    on one line. The clause runs between the commas around its words, outside the quotes, and names
    a unit; None where the text holds none. The unit it names is not the one changed."""
    words = rx(rf"(?<!\w)(?:{shapes.words_rx(lang, 'unit_except')})(?!\w)", re.IGNORECASE)
    for m in words.finditer(text):
        if _inside_quotes(text, m.start()):
            continue
        start = text.rfind(",", 0, m.start()) + 1
        end = text.find(",", m.end())
        end = len(text) if end < 0 else end
        if refs_in(text[start:end], lang):
            rest = f"{text[:start].strip(' ,')} {text[end:].strip(' ,:;')}".strip()
            return rest, _one_line(text[start:end]).strip()
    return None


def with_exception(scope: str | None, clause: str) -> str:
    """A scope written with the clause that leaves a unit out of it after it, as printed."""
    return ", ".join(p for p in (scope, clause) if p)


def _qualified_word(printed: str, lang: str) -> tuple[str, str] | None:
    """A unit named by its word alone after a word that says what kind of it is added (`қосымша еңбек
    функциясымен`, `дополнительной трудовой функцией`: a card's additional function, which has no
    number of its own until added): both in their first form (`қосымша еңбек функциясы`,
    `дополнительная трудовая функция`; `unit_qualifier`, `printed>written`), the unit's kind; None
    where the text is not so."""
    m = re.fullmatch(r"([^\W\d_]+)\s+([^\W\d_]+(?:\s+[^\W\d_]+)?)", printed)
    if not m:
        return None
    forms = dict(_printed_written(f) for f in vocabulary(lang).forms("unit_qualifier"))
    qualifier = forms.get(m.group(1).casefold())
    word = unit_word(_one_line(m.group(2)), lang)
    if qualifier is None or word is None:
        return None
    return f"{qualifier} {word.base}", word.kind


def _printed_written(form: str) -> tuple[str, str]:
    printed, _, written = form.partition(">")
    return printed.casefold(), written or printed


def _document_title(refs: list[Ref], context: list[Ref], document: str, lang: str) -> str | None:
    """A title changed alone under the line naming a document the act approves (`… қағидаларында:` /
    `тақырыбы мынадай редакцияда жазылсын:`; `в Правилах …:` / `заголовок изложить …`): that
    document's title, not the act's, written with the document named by its head word in the
    genitive (`document_genitive`: `Қағидалардың тақырыбы`, `заголовок Правил`), the language's
    way round; None where a unit is named with it, or the line names no such document."""
    if context or not document or any(r.kind not in UNNUMBERED for r in refs):
        return None
    owner = _document_head(document, lang)
    if owner is None:
        return None
    return ", ".join(f"{owner} {r.norm}" if _number_first(lang) else f"{r.norm} {owner}" for r in refs)


@lru_cache(maxsize=None)
def _document_heads(lang: str) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(shapes.form_regex(printed.strip(), lang), re.IGNORECASE), genitive.strip())
                 for printed, genitive in vocabulary(lang).pairs("document_genitive"))


def document_nominative(phrase: str, lang: str) -> str:
    """A document named by its own words in the case a verb governs (`Біліктілік талаптарына
    өзгерістер енгізілді`), written in the nominative as a unit named by its word is
    (`document_case_ending`: `Біліктілік талаптары`); the phrase as printed where its head word
    names no document (`document_genitive`) or bears no such ending."""
    words = phrase.split()
    k = len(words) - 1 if _number_first(lang) else 0
    head = words[k]
    if not any(pattern.fullmatch(head) for pattern, _ in _document_heads(lang)):
        return phrase
    low = head.casefold()
    for ending, written in sorted(vocabulary(lang).pairs("document_case_ending"), key=lambda p: -len(p[0])):
        if low.endswith(ending) and len(low) > len(ending) + 2:
            words[k] = head[:len(head) - len(ending)] + written
            return " ".join(words)
    return phrase


def _document_head(line: str, lang: str) -> str | None:
    """The genitive of the head word of the document a line names, outside its quotes: the last
    such word where the language puts what qualifies a noun before it (as it puts a unit's number),
    the first elsewhere; None where it names none."""
    found = sorted((m.start(), genitive) for pattern, genitive in _document_heads(lang)
                   for m in pattern.finditer(line) if not _inside_quotes(line, m.start()))
    if not found:
        return None
    return found[-1][1] if _number_first(lang) else found[0][1]


def described_alone(text: str, lang: str, kind: str) -> Ref | None:
    """The last word of a unit of `kind` printed by its word alone, with no number (`қосымша`,
    `приложение`), that `refs_in` leaves as no unit (a word that is also the language's word for an
    additional thing): for a caller whose formula says a unit of that kind stands there (`Қағидаларға
    қосымша Қағидаларға 1-қосымша болып есептелсін`: the act's one annex renumbered)."""
    found = None
    for word in re.finditer(r"[^\W\d_]+", text):
        m, w = _word_at(text, word, lang)
        if w is not None and w.kind == kind and w.kind in DESCRIBED and not _numbered(text, m, w, lang):
            found = Ref(w.kind, w.base, m.start(), m.end())
    return found
