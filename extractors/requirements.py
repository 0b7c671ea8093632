"""Qualification requirement clauses -> Requirement records.

A requirement act prints, per position, a paragraph `N. <position> ... қойылатын
талаптар:`, then per specialist level a line `біліктілігі жоғары деңгейдегі
маман:` and per category a clause `жоғары санаттағы – <education> және ...
кемінде үш жыл жұмыс өтілі;`. A card's requirements cell prints the same
clauses (`жоғары санатты: ...;`). Each clause becomes a row with its level,
category, education level and fields, years of experience and what the
experience must be in; every phrase comes from the vocabulary.
"""
from __future__ import annotations

import difflib
import re

from .lexicon import Lexicon
from .paragraphs import Para, number_of, paragraphs
from .records import Card, Requirement
from .text import RepairedText
from .vocabulary import vocabulary

DASH = r"\s*[–—-]\s*|\s*:\s*"


def _form_regex(form: str) -> str:
    words = form.split()
    return r"\s+".join(re.escape(w) for w in words)


def _find_forms(text: str, lang: str, prefix: str) -> list[tuple[int, int, str]]:
    """(start, end, key) of every form of the keys starting with `prefix`, longest first at a position."""
    vocab = vocabulary(lang)
    found = []
    for key in vocab.keys(prefix):
        for form in vocab.forms(key):
            for m in re.finditer(r"(?<!\w)" + _form_regex(form) + r"(?!\w)", text, re.IGNORECASE):
                found.append((m.start(), m.end(), key.split(":", 1)[1]))
    found.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    return found


def category_at_start(text: str, lang: str) -> tuple[str, int] | None:
    """The category a clause opens with (`жоғары санаттағы –`), and where its text starts."""
    for start, end, key in _find_forms(text, lang, "category:"):
        if start != 0:
            continue
        m = re.match(DASH, text[end:])
        if m:
            return key, end + m.end()
        # `санатсыз-мамандық бойынша ...` (no space before the dash)
        m = re.match(r"\s*[–—-]", text[end:])
        if m:
            return key, end + m.end()
    return None


def specialist_level(text: str, lang: str) -> str | None:
    for start, end, key in _find_forms(text, lang, "specialist_level:"):
        if start <= 1 and text[end:].strip() in (":", ""):
            return key
    return None


def education_level(text: str, lang: str) -> tuple[str | None, list[str], int]:
    """The education a clause requires first, the alternatives it also admits, and where the first ends."""
    found = _find_forms(text, lang, "education:")
    if not found:
        return None, [], 0
    first = found[0]
    alternatives = []
    for start, end, key in found[1:]:
        if key != first[2] and key not in alternatives and re.search(r"\bнемесе\b|\bили\b", text[first[1]:start]):
            alternatives.append(key)
    return first[2], alternatives, first[1]


def education_fields(text: str, after: int, lang: str) -> list[str]:
    """The list of fields in brackets that qualifies the education (`(әлеуметтік, педагогикалық)`)."""
    noun = vocabulary(lang).first("education_word", "білім")
    groups = list(re.finditer(r"\(\s*([^()]*?)\s*\)", text))
    noun_at = re.search(r"(?<!\w)" + re.escape(noun[:5]), text[after:], re.IGNORECASE)
    limit = after + noun_at.start() if noun_at else len(text)

    def is_fields(g: re.Match) -> bool:
        inner = g.group(1)
        words = [w.strip() for w in inner.split(",") if w.strip()]
        return len(words) >= 1 and all(len(w.split()) <= 2 for w in words) and not re.search(
            r"\bнемесе\b|\bили\b|\bорта\b|\bсредн", inner, re.IGNORECASE)

    before = [g for g in groups if g.start() >= after - 1 and g.end() <= limit + 1 and is_fields(g)]
    chosen = before[-1] if before else next((g for g in groups if g.start() >= after and is_fields(g)), None)
    if not chosen:
        # fields printed without brackets: `жоғары ... әлеуметтік, психологиялық, медициналық білім`
        m = re.search(r"((?:[^\W\d_]+,\s*)+[^\W\d_]+)\s+" + re.escape(noun[:5]), text[after:], re.IGNORECASE)
        if not m:
            return []
        return [w.strip() for w in m.group(1).split(",") if w.strip()]
    return [w.strip() for w in chosen.group(1).split(",") if w.strip()]


def experience(text: str, lang: str) -> tuple[int | None, str | None]:
    vocab = vocabulary(lang)
    for form in vocab.forms("no_experience"):
        if re.search(_form_regex(form), text, re.IGNORECASE):
            return None, None
    mins = "|".join(map(re.escape, vocab.forms("experience_min")))
    years = "|".join(map(re.escape, vocab.forms("experience_years")))
    m = re.search(rf"(?:{mins})\s+(\w+)\s+(?:{years})", text, re.IGNORECASE) or \
        re.search(rf"(?:{years})\s+(?:[^\W\d_]+\s+){{0,3}}(?:{mins})\s+(\w+)", text, re.IGNORECASE)
    if not m:
        m2 = re.search(rf"(\d+)\s+(?:{years})", text)
        if not m2:
            return None, None
        word = m2.group(1)
    else:
        word = m.group(1)
    n = int(word) if word.isdigit() else vocab.numbers.get(word.casefold())
    return n, experience_in(text, lang)


def experience_in(text: str, lang: str) -> str | None:
    """What the experience must be in: the phrase the position word introduces (`в должности X
    не менее`), or the phrase before it (`X ретінде кемінде`)."""
    vocab = vocabulary(lang)
    as_forms = "|".join(map(re.escape, sorted(vocab.forms("experience_as"), key=len, reverse=True)))
    mins = "|".join(map(re.escape, vocab.forms("experience_min")))
    after = re.search(rf"(?:{as_forms})\s+(.+?)\s+(?:{mins})\b", text, re.IGNORECASE)
    m = re.search(rf"\s(?:және|и)\s+(.+?)\s+(?:{as_forms})\b", text, re.IGNORECASE)
    if after and (not m or after.start() <= m.end()):
        span = after.group(1).strip()
        if span and not re.search(rf"(?:{mins})", span):
            return span
    if not m:
        return None
    span = m.group(1)
    # the last `және` before the position phrase opens it
    span = re.split(r"\s(?:және|и)\s", span)[-1]
    return span.strip() or None


def parse_clause(text: str, lang: str, category: str | None, level: str | None, **where) -> Requirement:
    edu, alternatives, edu_end = education_level(text, lang)
    years, exp_in = experience(text, lang)
    return Requirement(
        card_no=where.get("card_no"), paragraph=where.get("paragraph"), position=where.get("position"),
        specialist_level=level, category=category, education_level=edu,
        education_fields=education_fields(text, edu_end, lang) if edu else [],
        min_experience_years=years, experience_in=exp_in, text=text.strip().rstrip(";.").strip(),
        alternatives=alternatives, lines=where.get("lines"),
    )


# ---------------------------------------------------------------- requirement acts

def _positions(paras: list[Para], lang: str) -> list[str]:
    """The act's list of positions (`келесі ... жатады: 1) ...; 2) ...`)."""
    out = []
    for p in paras:
        m = re.match(r"^(\d+)\)\s*(.+?)[;.]?$", p.text.strip())
        if m:
            out.append(re.sub(r"\s+жатады$", "", m.group(2).strip()).strip())
    return out


def _position_of(head: str, positions: list[str]) -> str | None:
    head = re.sub(r"^\d+\.\s*", "", head)
    best, score = None, 0.0
    for pos in positions:
        r = difflib.SequenceMatcher(None, pos.casefold(), head.casefold()[: len(pos) + 30]).ratio()
        if pos.casefold()[:-3] in head.casefold():
            r = 1.0
        if r > score:
            best, score = pos, r
    return best if score > 0.6 else None


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
    vocab = vocabulary(lang)
    paras = paragraphs(doc, lexicon)
    heads = vocab.forms("requirement_head")
    positions = _positions(paras, lang)
    out = []
    paragraph = position = level = None
    in_req = False
    for p in paras:
        text = p.text.strip()
        number = number_of(text)
        if number:
            in_req = any(re.search(_form_regex(h), text, re.IGNORECASE) for h in heads) and text.rstrip().endswith(":")
            paragraph, level = number, None
            position = _position_of(text, positions) if in_req else None
            continue
        if not in_req:
            continue
        lv = specialist_level(text, lang)
        if lv:
            level = lv
            continue
        cat = category_at_start(text, lang)
        if cat:
            key, at = cat
            out.append(parse_clause(text[at:], lang, key, level, paragraph=paragraph, position=position, lines=p.span))
    return out


def card_requirements(card: Card, lang: str) -> list[Requirement]:
    """Clauses of a card's requirements cell (`жоғары санатты: ...; бірінші санатты: ...`)."""
    text = card.qualification_requirements_text
    if not text:
        return []
    out = []
    level = None
    pieces = re.split(r";\s*|(?<=\.)\s+(?=[^\W\d_])", text)
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        # a level heading may open the piece: `Біліктілігі орта деңгейдегі маман: жоғары санатты: ...`
        for start, end, key in _find_forms(piece, lang, "specialist_level:"):
            if start == 0 and re.match(r"\s*:", piece[end:]):
                level = key
                piece = piece[end:].lstrip(" :")
                break
        cat = category_at_start(piece, lang)
        if cat:
            key, at = cat
            out.append(parse_clause(piece[at:], lang, key, level, card_no=card.card_no, lines=card.field_lines.get("qualification_requirements")))
    return out
