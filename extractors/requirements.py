"""Qualification requirement clauses -> Requirement records.

A requirement act prints, per position, a paragraph that opens its requirements
(`2. Квалификационные требования к консультанту …:`, `Требования к квалификации
…:`, `… біліктілігіне қойылатын талаптар:`), then per specialist level a line
(`специалист высшего уровня квалификации:`) and per category a clause (`высшей
категории – <education> и стаж работы … не менее трех лет;`, `высшая категория:
…`). The head itself may name the level or the category its clauses share, and
may carry its clause after its colon. A card's requirements cell prints the same
clauses (`жоғары санатты: ...;`). A head may name several positions that share its
clauses (`Мұғалім-дефектологқа және мұғалім-логопедке …`: a clause for each), and a clause may
name its position around its category (`жоғары санатты педагог-психолог – …`), which is then
its position. A head may be followed by a table flattened
into lines: a row per position with its categories, or (where the header has a
level column) a row per level whose position cell lists the positions that share
its requirement cell, or (where the header's cells after `Санаты` each name a level) a row
per category whose cells are each its column's level's clause (`requirement_table.py`
places its cells). Each clause
becomes a row with its level, category, education level and fields, experience
(in months, and whole years) and what the experience must be in. Every phrase is
a shape of `vocab/clauses.tsv` (and the other vocabulary files).
"""
from __future__ import annotations

import difflib
import re
from functools import lru_cache
from typing import Callable, NamedTuple
from dataclasses import dataclass, field, replace

from . import requirement_categories as several
from . import requirement_flat_table as flat_table
from . import requirement_groups as groups
from . import requirement_key_value as key_value
from . import requirement_labels as labels
from . import requirement_level_table as level_table
from . import requirement_matrix as matrix
from . import requirement_name_categories as name_categories
from . import requirement_point_education as point_education
from . import requirement_position_items as position_items
from . import requirement_refs as refs
from . import requirement_respectively as respectively
from . import requirement_sentences as sentences
from . import requirement_side_cells as side_cells
from . import requirement_profile as education_profile
from . import requirement_stated_levels as stated_levels
from . import requirement_table as table
from .requirement_table import name_stem as _stem
from .requirement_table import name_stems
from .requirement_table import sentence_lower as _sentence_lower
from . import requirement_transposed as transposed
from . import morphology, shapes, units
from .compiled import rx
from .lexicon import Lexicon
from .paragraphs import Para, number_of, paragraphs
from .records import Amendment, Card, Requirement, Span, span_of
from .text import RepairedText
from .vocabulary import vocabulary

# what separates a category from its clause: a dash (with or without spaces) or a colon
_SEPARATOR = re.compile(r"\s*(?:[–—-]|:)\s*")
# a bullet, a list number or letter before a clause (`– высшей категории: …`, `1) высшей категории:
# …`, `б) первой категории – …`), or a roman numeral before a level heading (`II. специалист
# среднего уровня …`; the Kazakh І is the Cyrillic letter)
_BULLET = re.compile(r"^(?:[–—•-]\s*|\d{1,2}\)\s*|[^\W\d_]\)\s*|[IVXІХ]{1,4}\.\s+)")
# the number or the letter of a subparagraph (`3)`, `в)`), and those a list opens with
_ITEM = re.compile(r"^(?:(\d{1,2})|([^\W\d_]))\)\s*")
_FIRST_ITEMS = ("1", "а", "a")
# a paragraph that closes a quotation (`… қойылмайды.";`, `… лет.».`)
_QUOTE_ENDS = re.compile(rf"[{re.escape(shapes.QUOTE_CLOSE)}][.;,]?$")
_BRACKETS = re.compile(r"\(\s*([^()]*?)\s*\)")
# the number of a paragraph, or of one an amendment inserted after it (`3-1.`)
_HEAD_NUMBER = re.compile(r"^(\d+(?:-\d+)?)\.\s")
# a table cell that is nothing but a dash: nothing is required there
_DASH_CELL = re.compile(r"[–—-]")


def category_at_start(text: str, lang: str, names: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """The category a clause opens with (`жоғары санаттағы –`), and where its text starts. Words
    naming the position may stand between the category and its dash (`жоғары санатты әлеуметтік
    педагог –`)."""
    hit = _category_and_name(text, lang, names)
    return hit[:2] if hit else None


def _category_and_name(text: str, lang: str, names: tuple[str, ...] = ()) -> tuple[str, int, str, tuple[str, ...], str | None] | None:
    """The category a clause opens with, where its text starts, the words naming the position
    printed between the category and its dash (`жоғары санатты педагог-психолог –`), if any,
    the categories printed before it that share its clause (`бірінші және екінші санатты –`:
    `requirement_categories`), and the specialist level its label names after the category
    (`жоғары санатты біліктілігі жоғары деңгейдегі маман –`), if any."""
    run = several.joined(text, lang)
    also, start = run if run and shapes.at_start(text[run[1]:], lang, "category:") else ((), 0)
    hit = shapes.at_start(text[start:], lang, "category:")
    if not hit:
        return None
    key, end = hit[0], start + hit[1]
    m = _SEPARATOR.match(text, end)
    if m:
        return key, m.end(), "", also, None
    level = _level_before_separator(text, end, lang)
    if level:
        return key, level[1], "", also, level[0]
    for past in _past_names(text, end, names):
        m = _SEPARATOR.match(text, past)
        if m:
            return key, m.end(), text[end:m.start()].strip(), also, None
    return None


def _level_before_separator(text: str, at: int, lang: str) -> tuple[str, int] | None:
    """The specialist level a clause's label prints right after its category, before its dash or
    colon (`бірінші санатты біліктілігі орта деңгейдегі маман –`, `первой категории специалист
    среднего уровня квалификации –`), and where the clause's text starts."""
    gap = len(text[at:]) - len(text[at:].lstrip())
    hit = shapes.at_start(text[at + gap:], lang, "specialist_level:")
    m = _SEPARATOR.match(text, at + gap + hit[1]) if hit else None
    return (hit[0], m.end()) if m else None


def _past_names(text: str, at: int, names: tuple[str, ...]) -> list[int]:
    """Where each word of a run of words that name the position, starting at `at`, ends: each
    shares its stem with a word of the head or of the act's list of positions, in whatever case
    (`специалист по социальной работе` under `к специалисту по социальной работе`)."""
    at += len(text[at:]) - len(text[at:].lstrip())
    ends, end = [], at
    for m in rx(r"\(?([^\W\d_]+(?:-[^\W\d_]+)*)\)?\s*").finditer(text, at):
        if m.start() != end or not _names_word(m.group(1).casefold(), names):
            break
        end = m.end()
        ends.append(end)
    return ends


def _names_word(word: str, names: tuple[str, ...]) -> bool:
    stem = _stem(word)
    return any(n.startswith(stem) or word.startswith(_stem(n)) for n in names)


def level_at_start(text: str, lang: str) -> tuple[str, int] | None:
    """The specialist level a line opens with, and where what follows it starts."""
    hit = shapes.at_start(text, lang, "specialist_level:")
    if not hit:
        return None
    key, end = hit
    end += re.match(r"[\s:,]*", text[end:]).end()
    # the categories printed on the level's line may be listed (`…: а) высшей категории – …`)
    bullet = _BULLET.match(text[end:])
    return key, end + (bullet.end() if bullet else 0)


def specialist_level(text: str, lang: str) -> str | None:
    """The level of a line that is nothing but a level heading (`біліктілігі жоғары деңгейдегі маман:`)."""
    hit = level_at_start(text, lang)
    return hit[0] if hit and not text[hit[1]:].strip() else None


def education_level(text: str, lang: str) -> tuple[str | None, list[str], int]:
    """The education a clause requires first, the alternatives it also admits, and where the first ends."""
    found = shapes.find_all(text, lang, "education:")
    if not found:
        return None, [], 0
    first_end, first = found[0][1], found[0][2]
    alternatives: list[str] = []
    joined_by_or = re.compile(rf"(?:{shapes.words_rx(lang, 'or_words')})", re.IGNORECASE)
    for start, _, key in found[1:]:
        if key != first and key not in alternatives and joined_by_or.search(text[first_end:start]):
            alternatives.append(key)
    return first, alternatives, first_end


# the most words of one field's name: alone in its brackets, and in a list of several
_FIELD_WORDS, _FIELD_WORDS_IN_LIST = 2, 3


def _split_fields(inner: str) -> list[str]:
    return [w.strip() for w in inner.split(",") if w.strip()]


def _is_fields(inner: str, lang: str) -> bool:
    """A bracketed list of one- or two-word fields, not a gloss of the education level nor a
    number spelled out (`не менее 3 (трех) лет`). A field may be a programme that joins two such
    names (`педагогика және психология`, `педагогика и психология`): one field. In a list of
    several fields a name may take a third word (`адаптивная физическая культура, медицина`):
    the commas already say it is a list, not a gloss."""
    words = _split_fields(inner)
    not_fields = re.compile(rf"(?:{shapes.words_rx(lang, 'education_not_fields')})", re.IGNORECASE)
    joined = rx(rf"\s+(?:{shapes.words_rx(lang, 'and_words')})\s+", re.IGNORECASE)
    most = _FIELD_WORDS_IN_LIST if len(words) > 1 else _FIELD_WORDS
    return (bool(words) and all(len(part.split()) <= most for w in words for part in joined.split(w))
            and all(shapes.number_value(w, lang) is None for w in words) and not not_fields.search(inner))


def education_fields(text: str, after: int, lang: str) -> list[str]:
    """The list of fields that qualifies the education (`(әлеуметтік, педагогикалық)`): the last
    bracketed list before the education noun, else the first after the level, else a list of
    words printed right before the noun without brackets, else the words between the level and
    the noun (`высшее педагогическое образование`), past the brackets that gloss the level
    (`техническое и профессиональное (среднее специальное, …) педагогическое образование`)."""
    # fields named as study programmes, else as a profile by the noun (`requirement_profile`)
    named = programme_fields(text, lang) or education_profile.fields(text, after, lang)
    if named:
        return named
    noun = shapes.words_rx(lang, "education_word")
    groups = [g for g in _BRACKETS.finditer(text) if _is_fields(g.group(1), lang)]
    noun_at = re.compile(noun, re.IGNORECASE).search(text, after)
    limit = noun_at.start() if noun_at else len(text)
    if rx(rf"(?:{noun})\s*$", re.IGNORECASE).search(text[:after]):
        # the level's own words end with the noun (`жоғары (немесе …) білім (әлеуметтік, …)`): the
        # noun found after it is an alternative's, whose fields are not the first education's
        limit = after
    before = [g for g in groups if g.start() >= after - 1 and g.end() <= limit + 1]
    chosen = before[-1] if before else next((g for g in groups if g.start() >= after), None)
    return _split_fields(chosen.group(1)) if chosen else _unbracketed_fields(text, after, noun, lang)


def _unbracketed_fields(text: str, after: int, noun: str, lang: str) -> list[str]:
    """The fields printed right before the education noun without brackets (`жоғары ...
    әлеуметтік, психологиялық, медициналық білім`), or the one word between the level (past its
    glossing brackets) and the noun."""
    m = rx(rf"((?:[^\W\d_]+,\s*)+[^\W\d_]+)\s+(?:{noun})", re.IGNORECASE).search(text, after)
    if m:
        return _split_fields(m.group(1))
    joined = _joined_fields(text, after, noun, lang)
    if joined:
        return joined
    m = rx(rf"(?:\s*\([^()]*\))*\s*([^\W\d_]+)\s+(?:{noun})", re.IGNORECASE).match(text, after)
    return _split_fields(m.group(1)) if m else []


def _joined_fields(text: str, after: int, noun: str, lang: str) -> list[str]:
    """The fields printed between the level (past its glossing brackets) and the noun, joined by an
    or- or and-word (`высшее (или послевузовское) медицинское или социальное образование`,
    `жоғары заңгерлік немесе экономикалық білім`): each a field, unless the run names an education
    level (`высшее медицинское или техническое и профессиональное образование` is an alternative)."""
    joiner = rf"\s*,\s*|\s+(?:{shapes.words_rx(lang, 'and_words')}|{shapes.words_rx(lang, 'or_words')})\s+"
    m = rx(rf"(?:\s*\([^()]*\))*\s*([^\W\d_]+(?:(?:{joiner})[^\W\d_]+)+)\s+(?:{noun})",
           re.IGNORECASE).match(text, after)
    if not m or shapes.find_all(m.group(1), lang, "education:"):
        return []
    fields = [w for w in rx(rf"(?:{joiner})", re.IGNORECASE).split(m.group(1)) if w]
    not_fields = rx(rf"^(?:{shapes.words_rx(lang, 'education_not_fields')})", re.IGNORECASE)
    return [] if any(not_fields.search(w) for w in fields) else fields


_QUOTED = rf"[{shapes.QUOTE_OPEN}]\s*([^{shapes.QUOTE_OPEN}{shapes.QUOTE_CLOSE}]+?)\s*[{shapes.QUOTE_CLOSE}]"


def programme_fields(text: str, lang: str) -> list[str]:
    """The fields of the education named as study programmes in quotes, on the side of the words
    that introduce them the language prints them (`по направлениям подготовки "Социальная работа",
    "Психология"`; `«Әлеуметтік жұмыс», «Психология» даярлау бағыттары бойынша`)."""
    joiner = rf"\s*(?:,|(?<!\w)(?:{shapes.words_rx(lang, 'and_words')}|{shapes.words_rx(lang, 'or_words')})(?!\w))\s*"
    run = rf"{_QUOTED}(?:{joiner}{_QUOTED})*"
    after = vocabulary(lang).first("education_programmes_side", "after") == "after"
    for intro in rx(rf"(?:{shapes.words_rx(lang, 'education_programmes')})", re.IGNORECASE).finditer(text):
        if after:
            m = rx(rf"\s*({run})", re.IGNORECASE).match(text, intro.end())
        else:
            m = rx(rf"({run})\s*$", re.IGNORECASE).search(text[:intro.start()])
        if m:
            return [q.strip() for q in rx(_QUOTED).findall(m.group(1))]
    return []


def experience(text: str, lang: str, cell: bool = False) -> tuple[int | None, str | None]:
    """The months of experience a clause requires (years in digits or words, or months) and what
    in; `cell`: the text is a table's experience cell alone (`медиатор ретінде кемінде 5 жыл`)."""
    if shapes.has(text, lang, "no_experience"):
        return None, None
    text = _work_part(_without_inner_part(text, lang), lang)
    counted, months = _months(text, lang)
    return (months, experience_in(text, lang, cell)) if counted else (None, None)


# the shapes that count experience: the months their number counts, and the months they add to it
# (`кемінде 2 жыл`, `не менее двух с половиной лет`, `не менее 6 месяцев`)
_COUNTS = (("experience", 12, 0), ("experience_and_half", 12, 6), ("experience_months", 1, 0))
# the shapes that count it in words alone, and their months
_WORDED = (("experience_one_year", 12), ("experience_year_and_half", 18), ("experience_half_year", 6))


def _months(text: str, lang: str) -> tuple[bool, int | None]:
    """Whether a text counts experience, and how much in months: the first count of years or of
    months it prints (`кемінде 2 (екі) жыл`, `не менее 6 (шести) месяцев`, `не менее двух с
    половиной лет`), with the months a count of years goes on with (`кемінде бір жыл алты ай`),
    else a year, a year and a half or half a year in words."""
    counts = [(m.start(), m, unit, more) for key, unit, more in _COUNTS
              for m in [shapes.search(text, lang, key)] if m]
    if counts:
        _, m, unit, more = min(counts, key=lambda c: c[0])
        n = shapes.number_value(m.group("n"), lang)
        if n is None:
            return True, None
        return True, n * unit + more + (_months_more(text, m.end(), lang) if unit == 12 else 0)
    for key, months in _WORDED:
        if shapes.has(text, lang, key):
            return True, months
    return False, None


def _months_more(text: str, at: int, lang: str) -> int:
    """The months printed right after a count of years (`… бір жыл алты ай`, `… одного года и
    шести месяцев`); 0 where none are."""
    at += len(text[at:]) - len(text[at:].lstrip())
    for pattern in shapes.regexes(lang, "experience_months_more"):
        m = pattern.match(text, at)
        n = shapes.number_value(m.group("n"), lang) if m else None
        if n is not None:
            return n
    return 0


def _without_inner_part(text: str, lang: str) -> str:
    """A clause without the part of its experience it counts inside the total (`кемінде 2 жыл
    жұмыс өтілі, оның ішінде … кемінде 1 жыл`, `не менее 2 лет, в том числе … не менее 1 года`):
    the total and what it is in are the clause's experience. Only where the total comes first."""
    inner = rx(rf"[,\s]+(?:{shapes.words_rx(lang, 'experience_of_which')})(?!\w)", re.IGNORECASE).search(text)
    if not inner or not _months(text[:inner.start()], lang)[0]:
        return text
    return text[:inner.start()]


def _work_part(text: str, lang: str) -> str:
    """The part of a clause (between `;`) whose years are work experience, where several parts
    count years (`2) наличие стойкой ремиссии не менее 3 лет; 3) стаж работы … не менее 1 года`):
    the first that names work (`experience_word`); else the clause as a whole."""
    parts = [p for p in text.split(";") if _months(p, lang)[0]]
    if len(parts) < 2:
        return text
    return next((p for p in parts if shapes.has(p, lang, "experience_word")), text)


def experience_in(text: str, lang: str, cell: bool = False) -> str | None:
    """What the experience must be in: the phrase on the side of the position word the language
    puts it (`experience_as_side`): after it (`в должности X не менее`), or before it, from the
    last `және` (`және X ретінде кемінде`); else a field of work as printed (`по специальности`).
    In a table's experience cell alone (`cell`) the phrase may reach the cell's edge (`не менее 5
    лет в должности X`, `X ретінде кемінде 5 жыл`): no education is printed there to run into."""
    as_words = shapes.words_rx(lang, "experience_as")
    ands = shapes.words_rx(lang, "and_words")
    after = vocabulary(lang).first("experience_as_side", "after") == "after"
    if after:
        mins = shapes.words_rx(lang, "experience_min")
        end = rf"(?:[\s,]+(?:{mins})|[\s.;]*$)" if cell else rf"[\s,]+(?:{mins})"
        m = rx(rf"(?:{as_words})\s+(.+?){end}", re.IGNORECASE).search(text)
    else:
        # the phrase starts after a `және` or after the education the experience is conditioned on
        # (`… білімі болған кезде консультант ретінде`)
        ands = rf"{ands}|{shapes.words_rx(lang, 'experience_condition')}"
        # or after the education and a comma (`… білім, бірінші санатты X лауазымында кемінде …`)
        ands = rf"{ands}|(?<=\s)(?:{shapes.words_rx(lang, 'education_word')}),"
        start = rf"(?:^|\s(?:{ands})\s+)" if cell else rf"\s(?:{ands})\s+"
        m = rx(rf"{start}(.+?)\s+(?:{as_words})", re.IGNORECASE).search(text) or _experience_first(text, as_words, lang)
    if not m:
        field_of_work = shapes.search(text, lang, "experience_field")
        if field_of_work:
            return field_of_work.group(0)
        return _experience_area(text, lang, after, cell) or _experience_scope(text, lang, after)
    span = rx(rf"\s(?:{ands})\s", re.IGNORECASE).split(m.group(1))[-1].strip()
    return _quoted_position(span, after) or span or None


def _experience_first(text: str, as_words: str, lang: str) -> re.Match | None:
    """The phrase before the position word where a clause opens with its experience and names
    the education after it (`бірінші санатты X лауазымында кемінде 3 жыл жұмыс өтілі және жоғары
    … білім`): from the clause's start, where no education and no comma stand before the word."""
    m = rx(rf"^(.+?)\s+(?:{as_words})", re.IGNORECASE).search(text)
    return m if m and "," not in m.group(1) and not shapes.any_of(m.group(1), lang, "education:") else None


def _quoted_position(span: str, after: bool) -> str | None:
    """The position in quotes right next to the position word (`"бірінші санатты маман"
    лауазымында`, `в должности "старший консультант"`): the quoted name alone."""
    quoted = rx(rf"^{_QUOTED}" if after else rf"{_QUOTED}$").search(span)
    return quoted.group(1) if quoted else None


def _experience_area(text: str, lang: str, after: bool, cell: bool = False) -> str | None:
    """The area of work the experience must be in, in the nominative (`әлеуметтік жұмыс саласында`
    -> `әлеуметтік жұмыс саласы`, `в сфере социальной защиты не менее` -> `сфера социальной
    защиты`): the words from the last `және` before the area word, or up to the years after it
    (`after`: the language names what the experience is in after its word); in a table's
    experience cell alone (`cell`), up to the cell's end (`не менее 1 года в сфере медиации`)."""
    for printed, nominative in vocabulary(lang).pairs("experience_area"):
        m = rx(rf"(?<!\w){re.escape(printed)}(?!\w)", re.IGNORECASE).search(text)
        if not m:
            continue
        if after:
            mins = shapes.words_rx(lang, 'experience_min')
            end = rf"(?:[\s,]+(?:{mins})|[\s.;]*$)" if cell else rf"[\s,]+(?:{mins})"
            name = rx(rf"\s*(.+?){end}", re.IGNORECASE).match(text, m.end())
            return f"{nominative} {name.group(1)}" if name else None
        name = re.split(rf"\s(?:{shapes.words_rx(lang, 'and_words')})\s|,", text[:m.start()])[-1].strip()
        return f"{name} {nominative}" if name else None
    return None


def _experience_scope(text: str, lang: str, after: bool) -> str | None:
    """What the experience must be in, printed right next to the words for work experience
    (`experience_scope`) on the side the language prints it: before them from the last `және` or
    comma (`арнаулы білім беру ұйымдарындағы немесе ПМПК-дағы жұмыс өтілі`; an adjective alone
    keeps the word for work: `педагогикалық жұмыс`), or after them up to the years (`стаж работы с
    ветеранами … не менее`; a person in an oblique case in the nominative: `стаж работы
    инструктором по …` -> `инструктор по …`). None where nothing, or a count, stands there."""
    word = shapes.search(text, lang, "experience_scope")
    phrase = _scope_phrase(text, word, lang, after) if word else ""
    if not phrase:
        return None
    if after:
        return morphology.person_nominative(phrase, lang, preposition=False) or phrase
    endings = tuple(end for end, _ in vocabulary(lang).pairs("adjective_ending"))
    if len(phrase.split()) == 1 and endings and phrase.casefold().endswith(endings):
        return f"{phrase} {word.group(0).split()[0]}"
    return _nominative(phrase, lang, "experience_scope_case")


def _scope_phrase(text: str, word: re.Match, lang: str, after: bool) -> str:
    """The words next to the words for work experience, on the side `after` says; none where they
    count the years or name the education."""
    if after:
        m = rx(rf"[\s,]*(.+?)[\s,]+(?:{shapes.words_rx(lang, 'experience_min')})", re.IGNORECASE).match(text, word.end())
        phrase = m.group(1) if m else ""
    else:
        phrase = re.split(rf"\s(?:{shapes.words_rx(lang, 'and_words')})\s|,", text[:word.start()])[-1].strip()
    counts = any(c.isdigit() for c in phrase) or shapes.has(phrase, lang, "experience_min") or _months(phrase, lang)[0]
    if counts or len(phrase.split()) > _NAME_WORDS or shapes.any_of(phrase, lang, "education:"):
        return ""
    return phrase


# a space inside a bracket, left where a line break fell after `(` or before `)`
_INSIDE_BRACKETS = re.compile(r"(?<=\()\s+|\s+(?=\))")


def parse_clause(text: str, lang: str, category: str | None, level: str | None, **where) -> Requirement:
    """A clause's record; `where` names its place (card_no, paragraph, position, lines) and, for a
    clause a table prints in two columns, its experience cell (`experience_cell`), read alone."""
    edu, alternatives, edu_end = education_level(text, lang)
    cell = where.get("experience_cell")
    # the words naming the education's profile are no field of work (`requirement_profile`)
    months, exp_in = experience(education_profile.without_words(text, lang), lang) if cell is None \
        else experience(cell, lang, cell=True)
    return Requirement(
        card_no=where.get("card_no"), paragraph=where.get("paragraph"), position=where.get("position"),
        specialist_level=level, category=category, education_level=edu,
        education_fields=education_fields(text, edu_end, lang) if edu else [],
        min_experience_years=None if months is None else months // 12, min_experience_months=months,
        experience_in=exp_in, text=_clause_text(text),
        alternatives=alternatives, lines=where.get("lines"),
    )


def _clause_text(text: str) -> str:
    """A clause's text as recorded: without the spaces a line break left inside its brackets and
    its closing stop."""
    return _INSIDE_BRACKETS.sub("", text).strip().rstrip(";.").strip()


# ---------------------------------------------------------------- requirement acts

def _positions(paras: list[Para], lang: str) -> list[str]:
    """The act's list of positions, one per subparagraph (`келесі ... жатады: 1) ...; 2) ...`) or
    printed inline after a colon (`на следующих работников: специалист ..., психолог.`)."""
    ending = re.compile(rf"\s+(?:{shapes.words_rx(lang, 'position_list_end')})$", re.IGNORECASE)
    out = []
    for p in paras:
        # an item an amendment inserted is numbered after the one it follows (`2-1) ...`)
        m = re.match(r"^(\d+(?:-\d+)?)\)\s*(.+?)[;.]?$", p.text.strip())
        if m:
            # a level heading printed as a subparagraph (`1) специалист высшего уровня квалификации:`)
            # is no position
            # (a level the item gives its position after a dash is none of its clause: `біліктілігі
            # жоғары деңгейдегі маман` is no higher education)
            named = m.group(2)[:position_items.level_after(m.group(2), lang)[1]]
            no_position = _reads_as_clause(named, lang) or specialist_level(m.group(2), lang)
            out.extend([] if no_position else [ending.sub("", m.group(2).strip()).strip()])
        else:
            out.extend(_inline_positions(p.text.strip(), ending, lang))
    return out


def _inline_positions(text: str, ending: re.Pattern, lang: str) -> list[str]:
    """The positions a paragraph lists after a colon, comma-separated, where the words before the
    colon open a list (`следующих`, `мынадай`); none where an item reads as a clause (education,
    experience), as the inline clause of a head does."""
    head, colon, rest = text.rpartition(":")
    if not colon or not number_of(text) or not shapes.has(head, lang, "position_list"):
        return []
    items = [i.strip() for i in re.split(r",\s*(?![^()]*\))", ending.sub("", rest.strip().rstrip(".;")))]
    if len(items) < 2 or any(not i or any(c.isdigit() for c in i) or _reads_as_clause(i, lang) for i in items):
        return []
    return [_nominative(i, lang) for i in items]


def _reads_as_clause(item: str, lang: str) -> bool:
    """A requirement clause, not a position: it names an education, a category or years of experience."""
    return bool(shapes.any_of(item, lang, "education:") or shapes.any_of(item, lang, "category:")
                or shapes.has(item, lang, "experience"))


def _head_positions(head: str, positions: list[str], lang: str, parts: list[str] | None = None) -> list[str]:
    """The positions a requirement head names: those of the act's list it names, each of several
    it joins where each part shows a listed position whole (`Мұғалім-дефектологқа және
    мұғалім-логопедке …`; not `к социальному работнику по уходу за престарелыми и лицами с
    инвалидностью`), else the one closest to it; where the act lists none it names, the names it
    prints (`_head_names`). `parts`: the words that name them, where they are no head's (those
    of a point that refers to another's requirements). A part may name its position by a pronoun
    for the one before it (`меңгерушісі мен оның орынбасарының`: `requirement_refs.with_owner`)."""
    for name in (_head_name_parts(head, lang) if parts is None else parts) if positions else ():
        parts_of = refs.with_owner(_joined_parts(name, lang), lang)
        listed = [_shown_whole(part, positions) for part in parts_of] if len(parts_of) > 1 else []
        if all(listed) and len(set(listed)) == len(listed) > 1:
            return listed
    one = _position_of(head, positions, lang)
    return [one] if one else _head_names(head, lang, parts)


def _shown_whole(part: str, positions: list[str]) -> str | None:
    """The longest listed position every word of which a part of a head shows (its stem), in order."""
    words = [w.casefold() for w in _LETTER_WORD.findall(part)]
    shown = [p for p in positions if _LETTER_WORD.findall(p) and
             all(any(w.startswith(_stem(s.casefold())) for w in words) for s in _LETTER_WORD.findall(p))
             and len(_LETTER_WORD.findall(p)) >= len(words) - 1]
    return max(shown, key=len, default=None)


def _joined_parts(name: str, lang: str) -> list[str]:
    """The parts of a name a comma or `және` / `и` joins."""
    return [p.strip() for p in rx(rf"\s*,\s*|\s+(?:{shapes.words_rx(lang, 'and_words')})\s+", re.IGNORECASE).split(name)]


def _head_names(head: str, lang: str, parts: list[str] | None = None) -> list[str]:
    """The positions a requirement head names where the act lists none, on the side of its
    requirement words the language prints them (`2. Әлеуметтік педагогке қойылатын біліктілік
    талаптары`, `2. Квалификационные требования к психологу высшего уровня квалификации:`), in
    the nominative: each of several it joins (`Мұғалім-дефектологқа және мұғалім-логопедке …`,
    `к учителю-дефектологу и учителю-логопеду`: `_several_names`), else the one it names; none
    where its name does not read so. `parts`: as `_head_positions`'s."""
    for name in _head_name_parts(head, lang) if parts is None else parts:
        if any(c.isdigit() for c in name):
            continue
        bare = _without_position_word(name, lang)
        if bare != name:
            # the word `position` carries the case: the name is in the nominative, or in a case
            # the language's dictionary reads
            return [_head_nominative(bare, lang) or _sentence_lower(bare)] if bare else []
        several = _several_names(_joined_parts(name, lang), lang)
        one = _head_nominative(name, lang)
        if several or one:
            return several or [one]
    return []


def _without_position_word(name: str, lang: str) -> str:
    """A head's name without the word `position` printed with it (`… маманы лауазымына`, `к
    должности …`); the name as it is where it prints none."""
    after = shapes.words_rx(lang, "position_word_after_name")
    m = rx(rf"\s+(?:{after})$", re.IGNORECASE).search(name) if after else None
    if m:
        return name[:m.start()].strip()
    before = shapes.words_rx(lang, "position_word_before_name")
    m = rx(rf"^(?:{before})\s+", re.IGNORECASE).match(name) if before else None
    return name[m.end():].strip() if m else name


def _several_names(parts: list[str], lang: str) -> list[str]:
    """The positions the parts of a head's name give, where each reads as a position in the same
    case and in the singular (not `Балаларға және мүгедектерге көмек … маманға`), or where the
    case is put on the group: the last part carries it and each before it is one word that names
    a person (`Мұғалім-дефектолог пен мұғалім-логопедке`); none otherwise."""
    if len(parts) < 2:
        return []
    nominatives = [_head_nominative(n, lang) for n in parts]
    if all(nominatives) and _same_case(parts, lang) and not any(map(_plural(lang), nominatives)):
        return nominatives
    if nominatives[-1] and all(map(_group_member(lang), parts)):
        return [_sentence_lower(n) for n in parts[:-1]] + nominatives[-1:]
    return []


def _same_case(parts: list[str], lang: str) -> bool:
    """Whether the parts of a head's name are in one case: where the dictionary inflects, by its
    readings; the case endings of `position_head_case` are all of the head's one case."""
    if vocabulary(lang).first("position_head_inflection", "suffixes") != "dictionary":
        return True
    return bool(set.intersection(*(morphology.person_cases(p, lang) for p in parts)))


def _plural(lang: str) -> Callable[[str], bool]:
    """Whether a name ends in a plural ending (`plural_ending`): a group, no position."""
    endings = tuple(end for end, _ in vocabulary(lang).pairs("plural_ending"))
    return lambda name: bool(endings) and name.casefold().endswith(endings)


def _group_member(lang: str) -> Callable[[str], bool]:
    """Whether a name joined to the next is one word (or a hyphenated compound) that may name a
    person: not one whose ending makes an adjective or a verbal noun (`әлеуметтік және …`,
    `оңалту мен бейімдеу жөніндегі маманға` name one position)."""
    vocab = vocabulary(lang)
    endings = tuple(end for key in ("adjective_ending", "verbal_noun_ending") for end, _ in vocab.pairs(key))

    def member(name: str) -> bool:
        return bool(endings) and len(name.split()) == 1 and not name.casefold().endswith(endings)
    return member


def _head_name_parts(head: str, lang: str) -> list[str]:
    """The words a requirement head may name its position with: those on the side of its
    requirement words the language prints it (`requirement_head_name_side`), then those on the
    other (`К инструктору предъявляются следующие требования`), each without the level or the
    category that follows it (`к психологу высшего уровня квалификации`)."""
    m = shapes.search(head, lang, "requirement_head")
    if not m:
        return []
    sides = [head[: m.start()], head[m.end():]]
    if vocabulary(lang).first("requirement_head_name_side", "before") == "after":
        sides.reverse()
    out = []
    for side in sides:
        name = _without_short_form(_HEAD_NUMBER.sub("", side).strip(), lang)
        shared = [a for a, _, _ in shapes.find_all(name, lang, "specialist_level:")
                  + shapes.find_all(name, lang, "category:") if a > 0]
        shared += [m.start() for m in _BRACKETS.finditer(name) if _bracketed_level(m.group(1), lang)]
        # a level in brackets after the name (`к ассистенту (специалист среднего уровня)`) goes
        # with its bracket
        name = _without_level_link(name[: min(shared)].rstrip(" ,(") if shared else name, lang)
        out.extend([name] if name else [])
    return out


def _without_level_link(name: str, lang: str) -> str:
    """A head's name without the words that tie the position to the level the head names
    (`position_level_link`), on whichever side of the name they are printed: after it, the level
    cut off already (`помощника по уходу, относящегося к` -> `помощника по уходу`), or before it,
    after the level (`біліктілігі орта деңгейдегі мамандарға жататын күтушінің` -> `күтушінің`)."""
    link = shapes.words_rx(lang, "position_level_link")
    m = rx(rf"[\s,]*(?:{link})\s*$", re.IGNORECASE).search(name)
    if m:
        return name[:m.start()]
    level = shapes.at_start(name, lang, "specialist_level:")
    m = rx(rf"\s*(?:{link})\s+", re.IGNORECASE).match(name, level[1]) if level else None
    return name[m.end():] if m else name


def _without_short_form(name: str, lang: str) -> str:
    """A name without the bracket that gives the short form the act uses for it (`(бұдан әрі –
    әлеуметтік жұмыскерлер)`, `(далее – социальные работники)`)."""
    openers = vocabulary(lang).forms("short_form_opener")
    if not openers:
        return name
    pattern = r"\s*\((?:" + "|".join(map(re.escape, openers)) + r")\s*[–—-][^()]*\)"
    return rx(pattern, re.IGNORECASE).sub("", name).strip()


# the longest name a head may give a position: one whose head noun the dictionary finds among its
# first words may go on (`социальному работнику по оказанию экстренной помощи`); one read by the
# ending of its last word is a few words long
_NAME_WORDS, _NAME_WORDS_ENDING = 10, 9


def _head_nominative(name: str, lang: str) -> str | None:
    """A position a head prints in its case, in the nominative (`position_head_inflection`): a few
    words whose last carries a case ending the vocabulary knows, or a phrase the language's
    dictionary reads as a person in an oblique case; None otherwise. Lower case where printed as
    the start of a sentence; an abbreviation keeps its capitals (`ПМПК тіркеушісі`)."""
    if not name or len(name.split()) > _NAME_WORDS:
        return None
    if vocabulary(lang).first("position_head_inflection", "suffixes") == "dictionary":
        nominative = morphology.person_nominative(name, lang)
    elif len(name.split()) > _NAME_WORDS_ENDING:
        return None
    else:
        nominative = _nominative(name, lang, "position_head_case")
        nominative = nominative if nominative != name else None
    return _sentence_lower(nominative) if nominative else None


def _nominative(item: str, lang: str, key: str = "position_list_case") -> str:
    """A listed position with the case ending of the list taken off its head words (the last word,
    and the last word of a bracket): `маманға (кейс-менеджерге)` -> `маман (кейс-менеджер)`."""
    pairs = vocabulary(lang).pairs(key)

    def strip(m: re.Match) -> str:
        word = m.group(0)
        for end, nominative in pairs:
            if word.endswith(end) and len(word) - len(end) >= 3:
                # an ending after a hyphen goes with it (`ПМПК-да` -> `ПМПК`)
                return (word[: len(word) - len(end)] + nominative).rstrip("-")
        return word
    return rx(r"[^\W\d_]+(?:-[^\W\d_]+)*(?=\s*(?:\(|\)|$))").sub(strip, item)


def _position_of(head: str, positions: list[str], lang: str) -> str | None:
    """The position of the act's list a requirement head names, in whatever case the head puts
    it (`к консультанту`, `квалификации консультанта`, `консультанттың`): the listed position
    whose words' stems the head shows in order, else the closest by characters. An item that
    gives its level after a dash (`X – специалист высшего уровня квалификации`) is
    compared by its name alone: a head names the position, not its level."""
    head = _HEAD_NUMBER.sub("", head).casefold()
    words = re.findall(r"[^\W\d_]+", head)
    best, best_item, score = None, None, 0.0
    for item in positions:
        pos = item[:position_items.level_after(item, lang)[1]].strip() or item
        stems = name_stems(pos)
        shown = sum(1 for s in stems if any(w.startswith(s) for w in words))
        r = shown / len(stems) if stems else 0.0
        if r < 1.0:
            r = max(r * 0.9, difflib.SequenceMatcher(None, pos.casefold(), head[: len(pos) + 30]).ratio())
        if r > score or r == score and best is not None and r > 0.6 and len(pos) > len(best):
            # the longer of two positions the head shows whole is the one it names (`аға әлеуметтік ассистент`)
            best, score, best_item = pos, r, item
    return best_item if score > 0.6 else None


@dataclass
class _Section:
    """The clauses under one requirement paragraph, and what its head says they share."""

    paragraph: str
    position: str | None
    shared: tuple[str, ...] = ()  # the other positions the head names, whose clauses are the same
    level: str | None = None
    category: str | None = None  # named by the head: its clauses print no category of their own
    open_category: str | None = None  # the category of the clause being read
    open_also: tuple[str, ...] = ()  # the categories printed before it that share the clause
    open_position: str | None = None  # the position the clause being read names itself
    open_text: list[str] = field(default_factory=list)  # the clause being read, as read so far
    open_spans: list[Span | None] = field(default_factory=list)
    closed: bool = False  # the head's own clause has been read
    read: int = 0  # clauses read so far
    names: tuple[str, ...] = ()  # the words that may name the position in a clause (the head's, the list's)
    table: bool = False  # its clauses are rows of a table flattened into lines
    listed: str = ""  # the clause being read is printed as subparagraphs: numbered or lettered
    heading: str | None = None  # a category printed alone as a heading (`1) высшей категории:`) over level clauses
    table_paras: list[Para] | None = None  # the paragraphs of a table being read, until it ends
    table_inline: str = ""  # the table's header opens on the head's own line, after its colon
    part: str = ""  # the education the level's category clauses share, printed once before them
    part_span: Span | None = None  # its lines
    part_words: str = ""  # the words for the experience printed alone before the categories' lines
    part_line: str = ""  # the education part's line as printed, label and all (`образование: …;`)
    noted: bool = False  # a note under the requirements (`Примечание:`) has begun: no clause follows
    head_level: str | None = None  # the level the head (or its chapter) names, for its positions' clauses
    read_items: bool = False  # its clauses are subparagraphs each naming its position (`_position_item`)


def _read_head(text: str, number: str, listed: Callable[[], list[str]], lang: str,
               chapter: tuple[str | None, str | None, str] = (None, None, ""),
               after_head: bool = False, following: str = "") -> tuple[_Section, str] | None:
    """A requirement paragraph's head: the section it opens and the text after its colon.
    `listed()` gives the act's list of positions (read only once a head is found); `chapter` the
    level and the category the heading of its chapter names, where the head names none, and its
    title (the position of a head that names none, where the title is a listed one). A head
    that says its requirements are in the table below may end with a full stop; one after another
    head (`after_head`) may name its position before a dash."""
    head, colon, inline = text.partition(":")
    if not colon and shapes.has(text, lang, "requirement_table_intro"):
        head, colon, inline = text, ".", ""
    if not colon:
        return _dash_head(text, number, lang) if after_head else None
    found = _head_named(head, inline, following, listed, chapter[2], lang)
    if found is None:
        return None
    named, positions, listed_level = found
    names = tuple(w.casefold() for w in re.findall(r"[^\W\d_]+", " ".join([head, *positions])))
    # the word saying whom a clause is for may stand by the name between a category and its dash
    # (`жоғары санатты психолог үшін –`, `для психолога высшей категории –`)
    names += tuple(vocabulary(lang).forms("category_name_for"))
    section = _Section(number, next(iter(named), None), shared=tuple(named[1:]), names=names)
    level, category = _level_and_category(head, lang)
    level = level or next(filter(None, (_bracketed_level(m.group(1), lang) for m in _BRACKETS.finditer(head))), None)
    section.level, section.category = level or listed_level or chapter[0], category or chapter[1]
    section.head_level = section.level
    return section, inline.strip()


def _head_named(head: str, inline: str, following: str, listed: Callable[[], list[str]], title: str,
                lang: str) -> tuple[list[str], list[str], str | None] | None:
    """The positions a head names, the act's list of positions it was read against (none for a
    head that is nothing but a name) and the level the list gives the first, if any; a head that
    names none takes the position its chapter is titled by (`title`). None where the paragraph is
    no requirement head."""
    positions = listed() if shapes.has(head, lang, "requirement_head") else _heading_names(head, listed)
    if positions is None:
        # what opens its requirements: the paragraph after it, or its table's header after its colon
        name = _name_head(head, following, lang) or _name_head(head, inline.strip(), lang)
        return None if name is None else ([name], [], None)
    named = _head_positions(head, positions, lang) or position_items.titled(title, listed(), lang)
    # a listed position the list gives its level after a dash is named without it (`requirement_position_items`)
    named, level = position_items.as_defined(named, listed(), lang)
    return named, positions, level


def _name_head(head: str, following: str, lang: str) -> str | None:
    """The position a head names by its name alone, where the act lists no positions (`3.
    Социальный работник по уходу … (далее – социальный работник):`, `4. Психолог … (специалист
    высшего уровня квалификации):`): a few words in capitals, without the short form or the level
    its brackets give. The paragraph after it opens its requirements: a level heading (only a
    position has levels), or, where a bracket marks the name as a position's (its short form, its
    level), a category's clause or a table's header cells. None for any other numbered paragraph
    with a colon (`2. Департаменту … обеспечить:` over `1) государственную регистрацию …` or over
    `– высшей категории: …`)."""
    printed = _HEAD_NUMBER.sub("", head).strip()
    name = _without_short_form(printed, lang)
    levels = [m for m in _BRACKETS.finditer(name) if _bracketed_level(m.group(1), lang)]
    name = name[: levels[0].start()].strip() if levels else name
    if not name[:1].isupper() or any(c.isdigit() or c in "()" for c in name) or len(name.split()) > _NAME_WORDS:
        return None
    opens = _opens_requirements(following, lang)
    if not (opens == "level" or opens and name != printed):
        return None
    # a head may name its position in a case (`Әдіскерге (біліктілігі орта деңгейдегі маман) …
    # талаптар:`), as a head with requirement words does
    return _head_nominative(name, lang) or _sentence_lower(name)


def _opens_requirements(text: str, lang: str) -> str | None:
    """How a paragraph opens the requirements of the head above it: with a level (`level`: a level
    heading, or a clause its level opens), with a category's clause (`category`), or as a table's
    header cells (`table`); None where it opens none (past a list number)."""
    text = _BULLET.sub("", text.strip())
    opened = opener(text, lang) if text else None
    if opened and opened.category is None or text and level_clause(text, lang):
        return "level"
    if opened:
        return "category"
    return "table" if text and table.is_header_cell(text, lang) else None


def _dash_head(text: str, number: str, lang: str) -> tuple[_Section, str] | None:
    """A paragraph after a requirement head that names its position and gives its one clause after
    a dash (`4. Тәрбиеші көмекшісі – техникалық және кәсіптік білім, …`): the position is printed
    in the nominative, a few words long, and what follows the dash reads as a clause."""
    m = _NAME_DASH.match(_HEAD_NUMBER.sub("", text))
    if not m or len(m.group(1).split()) > 5 or not _reads_as_clause(m.group(2), lang):
        return None
    name = m.group(1).strip()
    names = tuple(w.casefold() for w in _LETTER_WORD.findall(name))
    return _Section(number, _sentence_lower(name), names=names), m.group(2).strip()


# a position's name, a dash and its clause
_NAME_DASH = re.compile(r"^([^\W\d_]+(?:[\s-][^\W\d_]+)*)\s+[–—-]\s+(.+)$", re.DOTALL)


def _heading_names(head: str, listed: Callable[[], list[str]]) -> list[str] | None:
    """The act's list of positions where a paragraph's head is nothing but one of them (`2.
    Специалист по социальной работе:`, `4. Сиделка: …`): the position heads its requirements.
    None where the head names no listed position."""
    name = _HEAD_NUMBER.sub("", head).strip().casefold()
    positions = listed() if name else []
    close = [p for p in positions if _ratio_at_least(name, p.casefold(), 0.9)]
    return positions if close else None


def _ratio_at_least(a: str, b: str, threshold: float) -> bool:
    """difflib's ratio(a, b) >= threshold, answered by its upper bounds first (every head of the
    act is compared with every listed position)."""
    if not a or not b or 2 * min(len(a), len(b)) / (len(a) + len(b)) < threshold:
        return False
    m = difflib.SequenceMatcher(None, a, b)
    return m.quick_ratio() >= threshold and m.ratio() >= threshold


def _number(text: str) -> str | None:
    m = _HEAD_NUMBER.match(text)
    return m.group(1) if m else None


def _level_and_category(text: str, lang: str) -> tuple[str | None, str | None]:
    levels = shapes.find_all(text, lang, "specialist_level:")
    categories = shapes.find_all(text, lang, "category:")
    return (levels[0][2] if levels else None), (categories[0][2] if categories else None)


_LETTER_WORD = re.compile(r"[^\W\d_]+")


def _bracketed_level(inner: str, lang: str) -> str | None:
    """The level a bracket in a head gives, printed as a level or as a table's level cell prints it
    (`(специалист среднего уровня квалификации)`, `(средний уровень квалификации)`, `(орта
    біліктілік деңгейі)`); None for a bracket that says more or other."""
    hit = shapes.at_start(inner, lang, "specialist_level:")
    if hit and not inner[hit[1]:].strip(" .,;"):
        return hit[0]
    return table.whole(inner, lang, "specialist_level_cell:")


def _chapter_shares(text: str, lang: str) -> tuple[str | None, str | None, str] | None:
    """The level and the category a chapter's heading names for all the requirements in it
    (`3-тарау. Бірінші санатты мамандарға қойылатын біліктілік талаптары`, `Глава 2. … к
    специалистам высшего уровня квалификации`), and its title after its number (a chapter per
    position may be titled by the position: `2-тарау. Әлеуметтік педагог`); None where the
    paragraph is no chapter heading."""
    return _heading_shares(text, "chapter", (None, None, ""), lang)


def _section_shares(text: str, chapter: tuple[str | None, str | None, str],
                    lang: str) -> tuple[str | None, str | None, str] | None:
    """The level and the category a paragraph (параграф) of a chapter names in its title for the
    requirements in it (`1-параграф. Біліктілігі жоғары деңгейдегі мамандарға …`, `Параграф 2. …
    к специалистам среднего уровня квалификации`), those of its chapter where it names none; None
    where the paragraph is no such heading. A chapter split by level names the level only there."""
    return _heading_shares(text, "section", chapter, lang)


def _heading_shares(text: str, kind: str, outer: tuple[str | None, str | None, str],
                    lang: str) -> tuple[str | None, str | None, str] | None:
    """The level and the category a heading of a unit of `kind` names (else those of `outer`, the
    unit around it), and its title after its number; None where the text is no such heading."""
    ref = units.unit_at_start(text, lang, kind)
    if ref is None:
        return None
    level, category = _level_and_category(text, lang)
    return level or outer[0], category or outer[1], text[ref.end:].strip(" .:")


class Opened(NamedTuple):
    """What a clause or a level heading opens with: its level, its category, where what follows
    them starts, and the position the clause names around its category (`жоғары санатты
    педагог-психолог –`, `специалист по реабилитации высшей категории –`), if it names one."""

    level: str | None
    category: str | None
    at: int
    position: str = ""
    also: tuple[str, ...] = ()  # the categories printed before it that share its clause


def opener(text: str, lang: str, names: tuple[str, ...] = ()) -> Opened | None:
    """The level and the category a clause (or a level heading) opens with, and where what
    follows them starts. A level counts only as a heading: alone, before a colon or before a
    category; inside a clause it names the position the experience is in. The position may be
    named before the level or the category (`психолог высшего уровня квалификации:`,
    `специалист по социальной работе высшей категории –`) or between the category and its dash:
    `names` are the words that may name it."""
    text_at = len(text) - len(text.lstrip())
    level = level_at_start(text, lang)
    if not level:
        past, hit = _after_names(text, text_at, names, lambda t: level_at_start(t, lang))
        level = (hit[0], past + hit[1]) if hit else None
    at = level[1] if level else text_at
    cat, named = _category_and_name(text[at:], lang, names), ""
    if not cat and not level:
        past, cat = _after_names(text, at, names, lambda t: _category_and_name(t, lang, names))
        named, at = (text[at:past], past) if cat else ("", at)
    if cat:
        named = _without_for(" ".join(f"{named} {cat[2]}".split()), lang)
        return Opened(level[0] if level else cat[4], cat[0], at + cat[1], _sentence_lower(named), cat[3])
    if level and (not text[at:].strip() or ":" in text[text_at:at] or _names_heading(text, at, names)):
        return Opened(level[0], None, at)
    return None


def _without_for(named: str, lang: str) -> str:
    """The position's name without the word saying the clause is for it (`психолог үшін`, `для
    психолога`: `category_name_for`)."""
    words = shapes.words_rx(lang, "category_name_for")
    return rx(rf"^(?:{words})\s+|\s+(?:{words})$", re.IGNORECASE).sub("", named)


def _after_names(text: str, at: int, names: tuple[str, ...], read: Callable[[str], tuple | None]) -> tuple[int, tuple | None]:
    """Where the words naming the position that start at `at` end, and what `read` finds right
    after them (at the first end where it finds anything); (at, None) where it finds nothing."""
    for past in _past_names(text, at, names) if names else ():
        hit = read(text[past:])
        if hit:
            return past, hit
    return at, None


def _names_heading(text: str, at: int, names: tuple[str, ...]) -> bool:
    """The level names the position before its colon and nothing more (`біліктілігі жоғары
    деңгейдегі отбасы-тәрбиешісі:`): a level heading, not a clause."""
    ends = _past_names(text, at, names)
    return bool(ends) and text[ends[-1]:].strip() == ":"


def level_clause(text: str, lang: str) -> tuple[str, int] | None:
    """The level a clause opens with before its dash or colon (`специалист высшего уровня
    квалификации – высшее …`, `біліктілігі орта деңгейдегі маман – техникалық …`), and where its
    requirement starts: the level names the clause, as a category does elsewhere. None for a level
    heading (nothing after it, or the categories it heads: `…: высшей категории – …`, `…: а) …`)
    and for a clause that states its category after its requirement."""
    hit = shapes.at_start(text, lang, "specialist_level:")
    m = _SEPARATOR.match(text, hit[1]) if hit else None
    if not m:
        return None
    rest = text[m.end():].strip()
    bullet = _BULLET.match(rest)
    if not rest or opener(rest[bullet.end() if bullet else 0:], lang) or category_after(rest, lang):
        return None
    return hit[0], m.end()


def clause_pieces(text: str, lang: str, names: tuple[str, ...] = ()) -> list[str]:
    """A line cut where a clause or a level heading printed inline opens (`…: высшей категории
    – …; первой категории – …; без категории – …`, `…; специалист среднего уровня квалификации –
    …`), or where one that states its category after its requirement ends (`… 3 лет – для
    специалиста высшей категории; …`): after a `;` or a `.`, past a bullet."""
    cuts = [0]
    for m in re.finditer(r"[;.]\s*", text):
        rest = text[m.end():]
        bullet = _BULLET.match(rest)
        rest = rest[bullet.end() if bullet else 0:]
        if rest and (opener(rest, lang, names) or level_clause(rest, lang)
                     or category_after(text[cuts[-1]:m.start()], lang)):
            cuts.append(m.end())
    return [text[a:b] for a, b in zip(cuts, cuts[1:] + [len(text)]) if text[a:b].strip()]


def _section_line(section: _Section, text: str, span: Span | None, lang: str) -> list[Requirement]:
    """One line under a requirement head, cut into the clauses it prints."""
    if section.table or _opens_table(section, text, lang):
        return _table_line(section, text, span, lang)
    out: list[Requirement] = []
    for piece in clause_pieces(text, lang, section.names):
        out.extend(_section_piece(section, piece, span, lang))
    return out


def _section_piece(section: _Section, text: str, span: Span | None, lang: str) -> list[Requirement]:
    """A level heading, a clause opened by its category, the rest of a clause a line break cut,
    a subparagraph of a clause printed as a numbered or lettered list, or (where the head named
    the category) a piece of the head's clause."""
    printed = text.strip()
    text = _BULLET.sub("", printed)
    out: list[Requirement] = []
    led = level_clause(text, lang)
    if led:
        return _level_led(section, text, led, span, lang)
    opened = opener(text, lang, section.names)
    after = None if opened else category_after(text, lang)
    if after:
        return _clause_after(section, text, after, span, lang, _item(printed))
    parts = _read_part(section, text, span, lang)
    if parts is not None:
        return out + parts
    if opened:
        out.extend(_close(section, lang))
        _open_heading(section, opened)
        text = text[opened.at:].strip()
        if opened.category is None:
            return out
        section.open_category = opened.category
        section.open_position = _named_position(section, opened.position, lang)
        section.open_also = opened.also
        led = level_clause(text, lang)
        if led:
            # the category heads the level clauses printed after its colon on its own line
            return out + _level_led(section, text, led, span, lang)
    elif not _goes_on(section, text, lang, _item(printed)):
        return out
    elif section.listed:
        text = printed  # the subparagraphs of one clause keep their numbers, as printed
    section.open_text.append(text)
    section.open_spans.append(span)
    # the clause has ended: what follows is not part of it (a list of subparagraphs ends at its full
    # stop; a labelled education line goes on with its experience line: `requirement_labels`)
    if (text.rstrip().endswith("." if section.listed else (".", ";"))
            and not labels.awaits_experience(section.open_text, lang)):
        out.extend(_close(section, lang))
    return out


def _named_position(section: _Section, named: str, lang: str) -> str | None:
    """The position a clause names around its category, as its head names it where the clause
    prints one of the head's positions in another case (`для методиста высшей категории –` under
    `… к методисту`); as printed where it is none of them; None where it names none. A head that
    addresses the holders of the post as a group names it in the plural (`кеңесшілерге` ->
    `кеңесшілер`), the clause names the post itself: then the clause's name is the position."""
    words = _LETTER_WORD.findall(named.casefold())
    plural = _plural(lang)
    for position in filter(None, (section.position, *section.shared)):
        stems = name_stems(position)
        if words and len(stems) == len(words) and all(w.startswith(s) for w, s in zip(words, stems)):
            return named if plural(position) and not plural(named) else position
    return named or None


def _open_heading(section: _Section, opened: Opened) -> None:
    """A clause or a level heading opens: its level is the clauses' after it, and a new level's
    parts are not the level's before."""
    section.level, section.heading = opened.level or section.level, None
    if opened.level:
        section.part, section.part_words, section.part_span = "", "", None


def _read_part(section: _Section, text: str, span: Span | None, lang: str) -> list[Requirement] | None:
    """The clauses of a line that opens with a part its level's categories share (`_shared_part`),
    from what follows the part on its line; None where the line opens with no such part."""
    rest = _shared_part(section, text, span, lang)
    if rest is None:
        return None
    return _section_piece(section, rest, span, lang) if rest else []


def _shared_part(section: _Section, text: str, span: Span | None, lang: str) -> str | None:
    """A part of the requirements of the level (or the head) that its category clauses share,
    printed before them with no category of its own (`clause_part`), kept for them: the education
    after its word (`образование – высшее (…);`), or the words for the experience alone (`стаж
    работы:`) over the categories' lines (`а) для высшей категории – не менее …;`), the first of
    which may follow them on their line. What is left to read of the line; None where it is no
    such part."""
    if section.open_text or section.open_category or section.category:
        return None
    hit = shapes.at_start(text, lang, "clause_part:")
    value = text[hit[1]:].strip() if hit else ""
    if hit and hit[0] == "education" and value.rstrip(";.").strip():
        section.part, section.part_span, section.part_line = value.rstrip(";.").strip(), span, text.strip()
        return ""
    bullet = _BULLET.match(value)
    opened = opener(value[bullet.end() if bullet else 0:], lang, section.names) if value else None
    if hit and hit[0] == "experience" and (not value or opened and opened.category):
        section.part_words = text[:hit[1]].rstrip(" :–—-")
        return value
    return None


def _with_part(section: _Section, text: str, lang: str) -> tuple[str, str | None]:
    """A category's clause with the parts its level printed once before the categories: the
    education, then the words for the experience where its line does not name the experience
    itself (`…, стаж работы не менее 3 лет …`, but `…, без предъявления требований к стажу
    работы`); and its line, to be read alone for its experience, as a table's experience cell
    under its column's words (None where no part was printed)."""
    if not section.part:
        return text, None
    words = section.part_words if section.part_words and not shapes.has(text, lang, "experience_word") else ""
    return f"{section.part}, " + " ".join(filter(None, (words, text))), text


def _level_led(section: _Section, text: str, led: tuple[str, int], span: Span | None, lang: str) -> list[Requirement]:
    """A clause its level opens (`специалист высшего уровня квалификации – высшее …`): of that
    level and of the category printed as a heading over it (`1) высшей категории:` / the levels'
    clauses under it: the reverse of levels over categories), else of the head's category. A
    category that opened no clause of its own before it is that heading."""
    if section.open_category and not "".join(section.open_text).strip():
        section.heading = section.open_category
        section.open_text, section.open_spans, section.open_category, section.listed = [], [], None, ""
        section.open_also = ()
    out = _close(section, lang)
    section.level, section.open_category = led[0], section.heading or section.category
    body = text[led[1]:].strip()
    section.open_text.append(body)
    section.open_spans.append(span)
    if body.endswith((".", ";")):
        out.extend(_close(section, lang))
    return out


# the dashes a category printed after its requirement may follow (`… лет – для …`, `… лет–для …`)
_DASH = re.compile(r"\s*[–—]\s*|\s-\s*")
# the most words a category printed after its requirement takes (`для старшего специалиста …`)
_AFTER_WORDS = 8


def category_after(text: str, lang: str) -> tuple[str, int] | None:
    """The category a clause states after its requirement, past its last dash (`… не менее 5 лет
    – для специалиста высшей категории;`, `… жұмыс өтілі – жоғары санатты маман үшін;`), and
    where the requirement ends; none where the clause does not end so."""
    body = text.rstrip().rstrip(";.").rstrip()
    dashes = list(_DASH.finditer(body))
    if not dashes:
        return None
    tail = body[dashes[-1].end():]
    hit = shapes.at_start(tail, lang, "category_after:")
    if hit and hit[1] == len(tail) and len(tail.split()) <= _AFTER_WORDS:
        return hit[0], dashes[-1].start()
    return None


def _clause_after(section: _Section, text: str, after: tuple[str, int], span: Span | None, lang: str,
                  item: tuple[str, str] | None) -> list[Requirement]:
    """A clause (or the rest of one a break cut) that ends with its category: the category is
    its own, the requirement before the dash its text; each subparagraph so is a clause."""
    out: list[Requirement] = []
    if section.open_text and (item or not _continues(section, text, lang, item)):
        out.extend(_close(section, lang))
    if section.open_text:
        # its first part was read as a subparagraph of one clause, number and all
        section.open_text[0] = _BULLET.sub("", section.open_text[0].strip())
    section.open_text.append(text[:after[1]])
    section.open_spans.append(span)
    section.open_category = after[0]
    return out + _close(section, lang)


def _item(text: str) -> tuple[str, str] | None:
    """Whether a subparagraph is numbered or lettered, and its number or letter."""
    m = _ITEM.match(text)
    if not m:
        return None
    return ("numbered", m.group(1)) if m.group(1) else ("lettered", m.group(2).casefold())


def _goes_on(section: _Section, text: str, lang: str, item: tuple[str, str] | None = None) -> bool:
    """Whether a line with no category of its own belongs to the clause being read: the rest
    of one a line break cut (it goes on in lower case), the next subparagraph of a clause printed
    as a numbered or lettered list (`item`: the line's own), the clause of a head that named its
    category, or the one clause of a head that names no category at all (`К инструктору …
    предъявляются следующие требования: техническое и профессиональное образование …`, or its
    subparagraphs `1) высшее образование …; 2) сертификат …; 3) стаж работы …`): a first line
    that opens it."""
    if not text:
        return False
    if section.open_text:
        return _continues(section, text, lang, item)
    labelled = _labelled_pair(section, text, lang)
    if section.category and not section.closed:
        section.open_category = section.category
    elif labelled or not section.read and not section.closed and _opens_clause(text, lang):
        section.open_category = None
    else:
        return False
    section.listed = item[0] if item and item[1] in _FIRST_ITEMS else ""
    return True


def _labelled_pair(section: _Section, text: str, lang: str) -> bool:
    """Whether a labelled experience line (`стаж работы: …`, `жұмыс өтілі: …`) follows the labelled
    education line of a head that has read no clause yet, instead of the category lines that
    education was kept for (`_shared_part`): the two lines are the head's one clause, read as a
    category's labelled lines are (`requirement_labels`), its education line as printed. Whether the
    experience then states years or no requirement at all, the clause is the same pair."""
    if section.read or not section.part or not section.part_line or not labels.experience_line(text, lang):
        return False
    section.open_text, section.open_spans = [section.part_line], [section.part_span]
    section.part, section.part_span, section.part_line = "", None, ""
    return True


def _continues(section: _Section, text: str, lang: str, item: tuple[str, str] | None) -> bool:
    """Whether a line goes on with the clause being read: its next subparagraph, its first where
    its category ended its line (`высшей категории:` / `1) высшее образование; 2) стаж …`), or the
    rest of a line a break cut (in lower case, and no note)."""
    if section.listed and item and item[0] == section.listed:
        return True
    if labels.experience_line(text, lang) and labels.awaits_experience(section.open_text, lang):
        return True  # the experience line of a clause printed as labelled lines
    if item and item[1] in _FIRST_ITEMS and not "".join(section.open_text).strip():
        section.listed = item[0]
        return True
    return not text[:1].isupper() and not shapes.has(text[:40], lang, "note")


def _opens_clause(text: str, lang: str) -> bool:
    """Whether the first line under a head that names no category opens its one clause: it opens
    with an education, or it goes on in lower case and counts years of experience
    (`стаж работы по специальности не менее 5 лет, высшее образование`, `мамандығы бойынша кемінде
    5 жыл жұмыс өтілі және жоғары білім`)."""
    return bool(shapes.at_start(text, lang, "education:") or text[:1].islower() and shapes.has(text, lang, "experience"))


def _opens_table(section: _Section, text: str, lang: str) -> bool:
    """Whether a line under a head, before any clause, prints nothing but a table's header cells
    (`№`, `Наименование должности`, `Категория`, `Квалификационные требования`): the lines after
    it are the table's rows."""
    if section.read or section.open_text or not text.strip():
        return False
    section.table = table.is_header_cell(text, lang)
    return section.table


# a category cell that prints a dash: the position has no categories
_NO_CATEGORY = re.compile(r"(?<!\S)[–—-](?=\s)")
_ROW_NUMBER = re.compile(r"^\d+\.?$")


def _category_cells(text: str, lang: str) -> list[tuple[int, int, str | None]]:
    """(start, end, category) of each category cell a table line prints: a category word (or a
    dash) that the clause's education follows, at the line's start, after a clause's end or
    after the position cell that opens a row."""
    found = [(a, b, k) for a, b, k in shapes.find_all(text, lang, "category_cell:")]
    found += [(m.start(), m.end(), None) for m in _NO_CATEGORY.finditer(text)]
    cells: list[tuple[int, int, str | None]] = []
    for a, b, key in sorted(found, key=lambda x: (x[0], x[0] - x[1])):
        if cells and a < cells[-1][1] or not shapes.at_start(text[b:].lstrip(), lang, "education:"):
            continue
        before = text[:a].rstrip()
        if not before or before.endswith((".", ";")) or (not cells and before[:1].isupper()):
            cells.append((a, b, key))
    return cells


def _table_line(section: _Section, text: str, span: Span | None, lang: str) -> list[Requirement]:
    """A line of a requirements table: a row number, a position cell opening a row, category
    cells each with its clause, or the rest of a clause a line or page break cut."""
    text = text.strip()
    if _opens_level_block(section, text, lang):
        # a requirements cell that prints the position's whole block (`Специалист высшего уровня
        # квалификации: высшей категории – …; первой категории – …`, its lines joined): its level
        # headings and category clauses read as under a head, of the row's position
        return [r for piece in clause_pieces(text, lang, section.names)
                for r in _section_piece(section, piece, span, lang)]
    cells = _category_cells(text, lang)
    head = text[:cells[0][0]].strip() if cells else text
    out: list[Requirement] = []
    if _ROW_NUMBER.match(head) or (head and head[:1].isupper()):
        out.extend(_close(section, lang))
        if not _ROW_NUMBER.match(head):
            section.position, section.shared = _sentence_lower(head), ()
    elif head and section.open_text:
        section.open_text.append(head)
        section.open_spans.append(span)
    for (_, end, key), nxt in zip(cells, [c[0] for c in cells[1:]] + [len(text)]):
        out.extend(_close(section, lang))
        section.open_category = key
        section.open_text.append(text[end:nxt].strip())
        section.open_spans.append(span)
    return out


def _opens_level_block(section: _Section, text: str, lang: str) -> bool:
    """Whether a table line opens with a level heading before its colon and the category clause it
    heads (`Біліктілігі жоғары деңгейдегі маман: жоғары санатты – …`): a requirements cell that
    holds the position's block of levels and categories, not a row's category cells."""
    opened = opener(text, lang, section.names)
    return bool(opened and opened.level and opened.category and ":" in text[:opened.at])


def _close(section: _Section | None, lang: str) -> list[Requirement]:
    """The clause being read, once all its lines are read."""
    if section is None or not section.open_text:
        return []
    # a sentence saying the positions have no categories is no part of the clause
    text = refs.without_category_note(" ".join(section.open_text), lang)
    spans, category, also = section.open_spans, section.open_category, section.open_also
    positions = [section.open_position] if section.open_position else [section.position, *section.shared]
    section.open_text, section.open_spans, section.open_category, section.listed = [], [], None, ""
    section.open_position, section.open_also = None, ()
    if category == section.category:
        section.closed = True
    section.read += 1
    text, cell = _with_part(section, text, lang)
    cell = cell if cell is not None else labels.experience_cell(text, lang)
    # a clause built with its level's education part comes from that part's lines too
    lines = span_of(*spans, section.part_span) if cell is not None else span_of(*spans)
    # a clause printed once for several categories is each one's (`бірінші және екінші санатты – …`),
    # its values listed `respectively` each category's own (`requirement_respectively`)
    kinds = (*also, category)
    own = respectively.resolved(text, len(kinds), lang) or [text] * len(kinds)
    cells = (respectively.resolved(cell, len(kinds), lang) or [cell] * len(kinds)) if cell else [cell] * len(kinds)
    return [replace(parse_clause(read, lang, kind, section.level, paragraph=section.paragraph,
                                 position=position, lines=lines, experience_cell=own_cell), text=_clause_text(text))
            for position in positions for kind, read, own_cell in zip(kinds, own, cells)]


def read_requirements(doc: RepairedText, cards: list[Card], lexicon: Lexicon | None = None) -> list[Requirement]:
    lang = doc.lang
    out: list[Requirement] = []
    if lexicon is not None:
        out.extend(_act_requirements(doc, lexicon))
    for card in cards:
        out.extend(card_requirements(card, lang))
    return out


def _act_requirements(doc: RepairedText, lexicon: Lexicon) -> list[Requirement]:
    lang = doc.lang
    paras = paragraphs(doc, lexicon)
    # most acts have no requirement head: their list of positions is never read
    positions = lru_cache(maxsize=1)(lambda: _positions(paras, lang))
    # the education a point states once for its clauses (`requirement_point_education`)
    act = _Act(doc, lexicon, positions, point_education.PointEducation(lang))
    out: list[Requirement] = []
    section: _Section | None = None
    chapter: tuple[str | None, str | None, str] = (None, None, "")
    # inside the new wording an instruction quotes (`… мынадай редакцияда жазылсын:` / `"7. …";`)
    quoted = False
    before = ""
    heads = 0  # the requirement heads read so far
    references: list[refs.Reference] = []  # the points that take another point's requirements
    for p, following in _with_next(paras):
        text = p.text.strip()
        number = _number(text)
        shares = None if number else _chapter_shares(text, lang) or _section_shares(text, chapter, lang)
        quoted = quoted or _opens_quoted_wording(text, before, lang)
        before = text
        if quoted:
            # another act's wording: its clauses are that act's, recorded as the change's text
            out.extend(act.end(section))
            section, quoted = None, not _QUOTE_ENDS.search(text)
        elif shares:
            # a chapter heading ends the requirement before it and names what those in it share
            out.extend(act.end(section))
            section, chapter = None, shares
        elif number:
            out.extend(act.end(section))
            head = _read_head(text, number, positions, lang, chapter, heads > 0, following)
            section = head[0] if head else None
            heads += 1 if head else 0
            references.extend(_reference(head, text, p.span, positions, lang, len(out)))
            # a point that opens no requirements may state a clause as a sentence (`requirement_sentences`)
            out.extend(act.inline(head, p) if head else act.sentence(p, number, chapter[0]))
        elif section is not None:
            out.extend(act.line(section, p))
        else:
            out.extend(act.sentence(p, None, chapter[0]))
    out.extend(act.end(section))
    out = refs.with_referred(act.stated.apply(out), references)
    # the clauses of a point stated for a group of positions, once per position of the group
    out = groups.with_groups(out, doc, paras, lang)
    # a position's level stated once for the act (`requirement_stated_levels`)
    out = stated_levels.with_stated_levels(out, paras, lang)
    # or once in a table of the positions and their levels (`requirement_level_table`)
    return level_table.with_table_levels(out, paras, lang)


def _reference(head: tuple | None, text: str, span: Span | None, listed: Callable[[], list[str]],
               lang: str, at: int) -> list[refs.Reference]:
    """The reference a numbered point that opens no requirements (no `head`) makes to another
    point's, if any (`requirement_refs.reference`), its positions named as a head names them; `at`:
    the records read before it."""
    if head:
        return []
    ref = refs.reference(text, _number(text), span, lang,
                         lambda name: _head_positions(name, listed(), lang, [name]), at)
    return [ref] if ref else []


def _with_next(paras: list[Para]) -> list[tuple[Para, str]]:
    """Each paragraph with the text of the one after it: a head that is nothing but a name is one
    where the paragraph after it opens requirements."""
    return list(zip(paras, [q.text for q in paras[1:]] + [""]))


@dataclass
class _Act:
    """What reading a paragraph under a requirement head needs of the act: its blocks (a table's
    cells), its lexicon (the joins of a cell a page break cut) and its list of positions."""

    doc: RepairedText
    lexicon: Lexicon
    listed: Callable[[], list[str]]
    stated: point_education.PointEducation  # what its points say once about their clauses' education
    point: str | None = None  # the number of the last point outside any head (`sentence`)

    def inline(self, head: tuple[_Section, str], p: Para) -> list[Requirement]:
        """What a head prints after its colon: its clause, or its table's header cell (the table
        opens there)."""
        section, rest = head
        if rest and table.is_header_cell(rest, self.doc.lang):
            section.table_paras, section.table_inline = [p], rest
            return []
        return _section_line(section, rest, p.span, self.doc.lang) if rest else []

    def sentence(self, p: Para, number: str | None, level: str | None) -> list[Requirement]:
        """A paragraph outside any requirement head that states a position's clause as a sentence
        (`requirement_sentences`): its record, of the point it is in (its own number, else the last
        point's) and of the level the list gives its position, else its chapter's."""
        self.point = number or self.point
        lang = self.doc.lang
        read = sentences.clause(p.text.strip(), self.listed, lang)
        if read is None or not _reads_as_clause(read.clause, lang):
            return []
        level = position_items.definition_level(read.position, self.listed(), lang) or level
        record = parse_clause(read.clause, lang, read.category, level, paragraph=self.point,
                              position=read.position, lines=p.span)
        return [replace(record, text=_clause_text(read.text))]

    def line(self, section: _Section, p: Para) -> list[Requirement]:
        """A paragraph under a head; a table's paragraphs are kept until the table ends (its
        cells are not indented), then read together."""
        text, lang = p.text.strip(), self.doc.lang
        if self.stated.see(section.paragraph, text, p.span):
            return []  # a sentence giving the point's education fields: no clause
        if section.noted or table.is_note(text, lang) and not _in_table_header(section, p, text, lang):
            # a note under a table or a point comments on its requirements: what is open ends
            # there, and the note (its items too) holds no clause
            out = [] if section.noted else self.end(section)
            section.noted = True
            return out
        if section.table_paras is not None:
            if not p.indented:
                section.table_paras.append(p)
                return []
            return self.end_table(section) + _section_line(section, text, p.span, lang)
        if not section.table and (_opens_table(section, text, lang) or self._opens_flat_table(section, p)):
            section.table_paras = [p]
            return []
        own = self._position_item(section, text, p.span)
        if own is not None:
            return own
        named = self._named_item(section, text)
        return named if named is not None else _section_line(section, text, p.span, lang)

    def _opens_flat_table(self, section: _Section, p: Para) -> bool:
        """Whether a paragraph under a head, before any clause, is a table printed with no blank
        line between its cells (`requirement_flat_table`)."""
        if section.read or section.open_text or not flat_table.flattened(self.doc, p, self.doc.lang):
            return False
        section.table = True
        return True

    def _named_item(self, section: _Section, text: str) -> list[Requirement] | None:
        """A subparagraph naming a listed position (`1) әлеуметтік ассистент:`), or one naming a
        position with its level in a bracket where no list names it (`_bracketed_item`): it heads
        the clauses after it; what was open closes. None for any other line."""
        lang = self.doc.lang
        named, level = _item_position(text, self.listed, lang), None
        if not named:
            named, level = _bracketed_item(text, lang) or (None, None)
        if not named:
            return None
        out = _close(section, lang)
        section.position, section.shared, section.closed, section.read = named, (), False, 0
        section.level = level or section.level
        section.names = tuple(dict.fromkeys(section.names + tuple(w.casefold() for w in _LETTER_WORD.findall(named))))
        return out

    def _names_listed(self, section: _Section) -> bool:
        """Whether a head names one of the act's listed positions (not only, say, the workers of a
        category: `Бірінші санатты қызметкерлерге …`): its subparagraphs are that position's."""
        return section.position is not None and any(
            position_items.definition(item, self.doc.lang).name == section.position for item in self.listed())

    def _listed_item(self, text: str) -> bool:
        """Whether a subparagraph is an item of the act's list of positions: nothing but a
        listed position (no clause)."""
        m = _ITEM.match(text)
        item = " ".join(text[m.end():].split()).rstrip(";.") if m else ""
        # (`1) ассистент:` heads the position's clauses after it: `_item_position`)
        return bool(item) and not item.endswith(":") and not _reads_as_clause(item, self.doc.lang) and item in self.listed()

    def _position_item(self, section: _Section, text: str, span: Span | None) -> list[Requirement] | None:
        """A subparagraph of a point whose head names no position that names a listed one before a
        dash and gives its clause after it (`1) социальный работник – высшее …;` under `3. … к
        работникам высшей категории:`: `requirement_position_items`): the position's clause, of
        its full name and of the level the list gives it; nothing for an item of the list itself;
        None for any other line."""
        if self._names_listed(section) and not section.read_items:
            return None
        if not section.open_text and self._listed_item(text):
            # the act's list of positions under a head that names its categories (`2. Біліктілік
            # талаптары мынадай лауазымдар бойынша жоғары санатты, … мамандар үшін белгіленеді:`)
            return []
        item = position_items.item_clause(text, self.listed(), self.doc.lang)
        if item is None or not _reads_as_clause(item[1], self.doc.lang):
            return None
        out = _close(section, self.doc.lang)
        section.position, section.shared, section.closed, section.read = item[0].name, (), False, 0
        section.level, section.read_items = item[0].level or section.head_level, True
        return out + _section_line(section, item[1], span, self.doc.lang)

    def end(self, section: _Section | None) -> list[Requirement]:
        """The clauses still open when a section ends."""
        return (self.end_table(section) if section else []) + _close(section, self.doc.lang)

    def end_table(self, section: _Section) -> list[Requirement]:
        """A table's clauses: read cell by cell where its header has a level column, an education
        and an experience column, or a column of clauses per level (a row per level, per position
        or per category); else its paragraphs line by line (a row per position, a clause per
        category)."""
        paras, section.table_paras = section.table_paras, None
        if not paras:
            return []
        lang = self.doc.lang
        texts = [p.text.strip() for p in paras]
        cells = flat_table.cells(self.doc, paras, lang) or [c for p in paras for c in table.para_cells(self.doc, p)]
        inline, section.table_inline = section.table_inline, ""
        texts[0] = inline or texts[0]
        cells = _from_header(cells, inline, lang)
        out = self._cell_by_cell(section, cells)
        # a table that reads to no clause as printed may print its short cells side by side
        # on one line (`requirement_side_cells`)
        out = out or self._side_by_side(section, cells) or out
        if out is None:
            return [r for p, text in zip(paras, texts) for r in _section_line(section, text, p.span, lang)]
        section.table, section.closed, section.read = False, True, section.read + len(out)
        return out

    def _side_by_side(self, section: _Section, cells: list) -> list[Requirement] | None:
        """The clauses of a table whose blocks print several cells side by side, each cut into
        its cells; None where no block does."""
        split = side_cells.split(cells, self.doc.lang)
        return self._cell_by_cell(section, split) if split != cells else None

    def _cell_by_cell(self, section: _Section, cells: list) -> list[Requirement] | None:
        """The clauses of a table read cell by cell, or None where its header says it is read
        line by line."""
        lang = self.doc.lang
        grid = matrix.clauses(cells, lang, self.lexicon)
        # or the columns are the categories, the rows the kinds of requirement (`requirement_transposed.py`)
        grid = grid if grid is not None else transposed.clauses(cells, lang, self.lexicon)
        # or a label column and a value column, one table per position (`requirement_key_value.py`)
        grid = grid if grid is not None else self._key_value(section, cells)
        if grid is not None:
            # the experience column divided by category (`requirement_matrix.py`)
            return [r for c in grid for r in self._matrix_clause(section, c)]
        columns = table.header_columns(cells, lang)
        # or the header's cells after its column words each name a position: a column of its clauses
        named = table.position_columns(cells, [role for role, _ in columns], lang)
        columns += [("requirements", None)] * len(named)
        if not named and not table.cell_by_cell(columns):
            return None
        levels = [level for role, level in columns if role != "number"]
        roles = [role for role, _ in columns]
        by_column = [None] * (len(levels) - len(named)) + [_sentence_lower(n) for n in named]
        out = [r for row in table.rows(cells, roles, lang) for r in self._level_row(section, row, levels, by_column)]
        return _categories_by_name(out, roles)

    def _key_value(self, section: _Section, cells: list) -> list[matrix.MatrixClause] | None:
        """The clauses of a key-value table, of the position its head names where it names one
        (as the act's list names it), else of its position row's."""
        grid = key_value.clauses(cells, self.doc.lang, self.lexicon, category_at_start)
        if grid is None or section.position is None:
            return grid
        return [replace(c, position="") for c in grid]

    def _matrix_clause(self, section: _Section, c: matrix.MatrixClause) -> list[Requirement]:
        """A category's clause of a position's row: the shared education cell, a comma and the
        category's experience cell (read alone), of the row's level cell or the level the head names."""
        names = _cell_positions(c.position, self.listed()) if c.position else [section.position, *section.shared]
        text = f"{c.education.rstrip(' ,;')}, {c.experience}"
        level = _cell_level(c.level, self.doc.lang) or section.level
        return [parse_clause(text, self.doc.lang, c.category, level, paragraph=section.paragraph,
                             position=name, lines=c.lines, experience_cell=c.experience) for name in names]

    def _listed_level(self, names: list[str], level: str | None, head_level: str | None) -> str | None:
        """The level the act's list gives a row's one position after a dash (`… – біліктілігі
        жоғары деңгейдегі маман`) where the row's level is still the head's (no level cell named
        one), else the row's: one table may hold positions of several levels."""
        if level != head_level or len(names) != 1:
            return level
        return position_items.definition_level(names[0], self.listed(), self.doc.lang) or level

    def _level_row(self, section: _Section, row: table.Row, levels: list[str | None],
                   by_column: list[str | None] | None = None) -> list[Requirement]:
        """A row of a table of positions per level: a clause for each position its position cell
        lists and each category (a row prints no category where its table has no such column);
        in a table with a column of clauses per level (`levels`, by column), a clause for each of
        the row's cells, of its column's level, with the cell's own lines; in one with a column of
        clauses per position (`by_column`: the position its header cell names), of that position."""
        lang = self.doc.lang
        # the level the head names (`Психолог (специалист высшего уровня квалификации):`), where no cell names one
        level, names, clauses, category = section.level, [section.position, *section.shared], [], None
        for slot in row.slots:
            text = slot.text(self.lexicon)
            column_level = _column_level(levels, slot)
            if slot.role == "level":
                level, category = _level_cell(text, category, lang)
            elif slot.role == "position":
                names, category = _row_names(_cell_positions(text, self.listed()) or names, row, lang)
                level = self._listed_level(names, level, section.level)
            elif slot.role == "category":
                category = _cell_category(text, lang)
            elif slot.role in ("requirements", "education"):
                clauses.append(_slot_clause(slot, text, (column_level, level), category, row, by_column))
            elif slot.role == "experience" and clauses:
                clauses[-1:] = _spanned_clauses(clauses[-1], category, text)
        # each position's clauses in turn; a clause of a position's column, its column's
        by_name = ([(c[5], c) for c in clauses] if any(c[5] for c in clauses)
                   else [(name, c) for name in names for c in clauses])
        return [parse_clause(text, lang, category, level, paragraph=section.paragraph, position=name,
                             lines=lines, experience_cell=cell)
                for name, (level, category, text, cell, lines, _) in by_name]


def _row_names(names: list[str], row: table.Row, lang: str) -> tuple[list[str], str | None]:
    """The positions a row's position cell names, and the category written into its one name where
    the row has no category cell (`X высшей категории`: `requirement_name_categories`)."""
    if len(names) != 1 or any(slot.role == "category" for slot in row.slots):
        return names, None
    name, category = name_categories.from_name(names[0], lang)
    return [name], category


def _categories_by_name(records: list[Requirement], roles: list[str | None]) -> list[Requirement]:
    """A table's records where it has no category column and some position names print their
    category: the bare name of such a position is its row without a category."""
    if "category" in roles:
        return records
    return name_categories.with_bare_none(records, {r.position for r in records if r.category})


def _with_experience(clause: tuple, text: str, sep: str = " ") -> tuple:
    """A row's clause printed in two columns: its education, then its experience cell (a dash
    alone: none required, the clause its education alone)."""
    joined = clause[2].rstrip(",") if _DASH_CELL.fullmatch(text.strip()) else f"{clause[2]}{sep}{text}"
    return (*clause[:2], joined, text, *clause[4:])


def _spanned_clauses(clause: tuple, category: str | None, text: str) -> list[tuple]:
    """The row's last clause with its experience cell; where the cell is of another category than
    the clause (its sub-row prints no education: the education cell spans the position's category
    rows), that clause and a new one of the cell's category with the same education. The text of
    a clause whose education is shared is the education, a comma and the experience cell (as in
    `requirement_matrix`)."""
    if clause[3] is None or clause[1] == category:
        return [_with_experience(clause, text)]
    education = clause[2][: len(clause[2]) - len(clause[3])].rstrip(" ,")
    first = (*clause[:2], f"{education}, {clause[3]}", *clause[3:])
    spanned = (clause[0], category, education, None, clause[4], clause[5])
    return [first, _with_experience(spanned, text, ", ")]


def _slot_clause(slot: table.Slot, text: str, levels: tuple[str | None, str | None], category: str | None,
                 row: table.Row, by_column: list[str | None] | None) -> tuple:
    """A clause cell of a row: its level (its column's, else the row's: `levels`), category, text,
    experience cell (none yet), lines (the cell's own where its column is a level's or a
    position's, else the row's) and the position its column names, if any."""
    column_level, level = levels
    named = _column_level(by_column or [], slot)
    # an education cell merged down the rows: its text, a comma and each row's experience cell
    text = f"{text.rstrip(' ,;')}," if slot.merged else text
    lines = slot.span if column_level or named else row.span
    return (column_level or level, category, text, None, lines, named)


def _in_table_header(section: _Section, p: Para, text: str, lang: str) -> bool:
    """Whether a paragraph inside a table is a header cell (`Ескертпе`, `Примечание`: the head of a
    column of notes, printed again after a page break), not a note under the table."""
    return section.table_paras is not None and not p.indented and table.is_header_cell(text, lang)


def _column_level(levels: list[str | None], slot: table.Slot) -> str | None:
    """The level of the column a cell is printed in, where each level has a column of clauses."""
    return levels[slot.column] if slot.column is not None and slot.column < len(levels) else None


def _from_header(cells: list[table.Cell], inline: str, lang: str) -> list[table.Cell]:
    """A table's cells from its header on: where the header opens on the head's own line
    (`inline`: `… кестеде келтірілген: Санаты`, in one block), the head's cell that ends with the
    header's first cell is that cell alone; the head's own cells before the header (on its line,
    or its block) are no table's."""
    first = cells[0] if cells else None
    if inline and first and not table.is_header_cell(first.text, lang) and first.text.endswith(inline):
        cells = [replace(first, text=inline, lines=1, span=(first.span[1], first.span[1])), *cells[1:]]
    if any(table.is_header_cell(c.text, lang) for c in cells[:3]):
        while not table.is_header_cell(cells[0].text, lang):
            cells = cells[1:]
    return cells


def _item_position(text: str, listed: Callable[[], list[str]], lang: str) -> str | None:
    """The listed position a subparagraph names alone before a colon (`2) әлеуметтік келісімшарт
    жөніндегі консультант:`); None for a level heading or a clause."""
    m = _ITEM.match(text)
    if not m or not text.endswith(":") or opener(text[m.end():], lang):
        return None
    name = text[m.end():-1].strip().casefold()
    return next((p for p in listed() if not p.endswith(":")
                 and difflib.SequenceMatcher(None, name, p.casefold()).ratio() >= 0.9), None)


def _bracketed_item(text: str, lang: str) -> tuple[str, str] | None:
    """The position and the level a subparagraph names before its colon, the level in a bracket
    after the name and nothing after the bracket (`1) психолог службы (специалист высшего уровня
    квалификации):`, `2) X (біліктілігі орта деңгейдегі маман):`): all the
    positions of a point may be its subparagraphs, each heading its categories' lines. The name is
    a few words with no digit, no clause, with its own brackets (`X (Y) Z`); its short form's bracket is dropped. None for any other line."""
    m = _ITEM.match(text)
    if not m or not text.endswith(":"):
        return None
    body = " ".join(text[m.end():-1].split())
    bracket = next((b for b in _BRACKETS.finditer(body) if b.end() == len(body)), None)
    level = _bracketed_level(bracket.group(1), lang) if bracket else None
    name = _without_short_form(body[:bracket.start()], lang) if level else ""
    if not name or any(c.isdigit() for c in name) or len(name.split()) > _NAME_WORDS or _reads_as_clause(name, lang):
        return None
    return _sentence_lower(name), level


def _cell_level(text: str, lang: str) -> str | None:
    """The level a table's level cell names (`Біліктілігі жоғары деңгейдегі маман (басшы)`, or only
    `высший` where the column's head says it is the level)."""
    found = shapes.find_all(text, lang, "specialist_level:")
    return found[0][2] if found else table.whole(text, lang, "specialist_level_cell:")


def _level_cell(text: str, category: str | None, lang: str) -> tuple[str | None, str | None]:
    """The level a table's level cell names, and the category it prints after the level (under
    `Уровень квалификации и категория`), else the row's category so far."""
    both = table.level_and_category(text, lang)
    return _cell_level(text, lang), both[1] if both else category


def _cell_category(text: str, lang: str) -> str | None:
    """The category a table's category cell names; none for a dash."""
    found = shapes.at_start(text, lang, "category_cell:") or shapes.at_start(text, lang, "category:")
    return found[0] if found else None


def _items(text: str) -> list[str]:
    """The items of a cell separated by `;`, not by one inside brackets."""
    items, depth, start = [], 0, 0
    for k, ch in enumerate(text):
        depth += (ch == "(") - (ch == ")" and depth > 0)
        if ch == ";" and not depth:
            items.append(text[start:k])
            start = k + 1
    return items + [text[start:]]


def _listed_in(text: str, listed: list[str]) -> list[str]:
    """The positions of the act's list a cell prints (each where it stands, the longest where two
    overlap: `педагог-психолог` is not also `психолог`), in the order printed; none where it
    prints fewer than two."""
    hits = sorted((m.start(), -len(p)) for p in listed
                  for m in re.finditer(rf"(?<!\w){re.escape(p)}(?!\w)", text, re.IGNORECASE))
    out, end = [], 0
    for at, minus_len in hits:
        if at >= end:
            out.append(text[at:at - minus_len])
            end = at - minus_len
    return out if len(out) > 1 else []


def _cell_positions(text: str, listed: list[str]) -> list[str]:
    """The positions a position cell lists, separated by `;` (outside brackets), else as the act's
    list of positions names them, in the order printed; in lower case where printed as the start
    of a sentence (`Специалист по …` -> `специалист по …`)."""
    items = [_BULLET.sub("", i.strip(" ;,.")) for i in _items(text)]
    items = [i for i in items if i]
    if len(items) == 1:
        items = _listed_in(re.sub(r"\s+", " ", text), listed) or items
    return [i[:1].lower() + i[1:] if i[1:2].islower() else i for i in items]


def _opens_quoted_wording(text: str, before: str, lang: str) -> bool:
    """Whether a paragraph opens the new wording an instruction quotes: it opens with a quote,
    after an instruction that ends with a colon and names what it does (`op:*`: `… мынадай
    редакцияда жазылсын:`, `… дополнить пунктом 7 следующего содержания:`)."""
    return text[:1] in shapes.QUOTE_OPEN and before.endswith(":") and shapes.any_of(before, lang, "op:")


def outside_new_wordings(requirements: list[Requirement], amendments: list[Amendment]) -> list[Requirement]:
    """The act's own requirements: not a clause printed inside the new wording an amending order
    gives another act (`"8. … біліктілік талаптары: …"` under `… мынадай редакцияда жазылсын:`),
    which is that act's requirement, recorded as the change's text."""
    wordings = [a.lines for a in amendments if a.kind == "change" and a.lines]
    return [r for r in requirements
            if r.card_no is not None or not r.lines
            or not any(a <= r.lines[0] and r.lines[1] <= b for a, b in wordings)]


def card_requirements(card: Card, lang: str) -> list[Requirement]:
    """Clauses of a card's requirements cell (`жоғары санатты: ...; бірінші санатты: ...`)."""
    text = card.qualification_requirements_text
    if not text:
        return []
    out = []
    level = None
    lines = card.field_lines.get("qualification_requirements")
    for piece in re.split(r";\s*|(?<=\.)\s+(?=[^\W\d_])", text):
        piece = piece.strip()
        # a level heading may open the piece: `Біліктілігі орта деңгейдегі маман: жоғары санатты: ...`
        hit = level_at_start(piece, lang)
        if hit and ":" in piece[:hit[1]]:
            level, piece = hit[0], piece[hit[1]:]
        cat = category_at_start(piece, lang)
        if cat:
            key, at = cat
            out.append(parse_clause(piece[at:], lang, key, level, card_no=card.card_no, lines=lines))
    return out
