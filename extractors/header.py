"""The act's header -> a DocumentRecord.

An act opens with its title, an optional "repealed" marker, and the act line:
issuer, date, number and type of the act, then its state registration. Its
status and date of entry into force come from the repeal formula and the
entry-into-force clause or note. All phrases come from the vocabulary.
"""
from __future__ import annotations

import re

from . import patterns
from .records import DocumentRecord, span_of
from .schema import doc_id as make_doc_id
from .text import RepairedText
from .vocabulary import vocabulary

HEADER_BLOCKS = 6  # the act line is among the first blocks of every act


def _stem_in(word: str, forms: list[str]) -> bool:
    low = word.casefold()
    return any(low.startswith(f.casefold()[: max(4, len(f) - 3)]) for f in forms if f)


def act_type_of(act_word: str, before: str, lang: str) -> str | None:
    vocab = vocabulary(lang)
    joint = vocab.forms("act:joint_order")
    joint_first = [f.split()[0] for f in joint if " " in f]
    prev = before.split()[-1] if before.split() else ""
    for key in ("act:order", "act:resolution", "act:law", "act:code", "act:rules"):
        if _stem_in(act_word, vocab.forms(key)):
            if key == "act:order" and prev and _stem_in(prev, joint_first):
                return "joint_order"
            return key.split(":")[1]
    return None


def nominative(issuer: str, lang: str) -> str:
    """The issuer as a subject: the genitive of the inflected word (the data says which word,
    and gives the endings or whole words to replace), in each part of a title joined by a dash."""
    vocab = vocabulary(lang)
    rules = sorted(vocab.pairs("genitive_to_nominative"), key=lambda p: -len(p[0]))
    position = vocab.first("genitive_position", "last")
    parts = re.split(r"(\s+[-–—]\s+)", issuer)
    out = []
    for part in parts:
        words = part.split(" ")
        if not part.strip() or re.fullmatch(r"\s+[-–—]\s+", part):
            out.append(part)
            continue
        k = len(words) - 1 if position == "last" else 0
        w = words[k]
        for gen, nom in rules:
            if position == "last" and gen and w.endswith(gen):
                words[k] = w[: -len(gen)] + nom
                break
            if position == "first" and w == gen:
                words[k] = nom
                break
        out.append(" ".join(words))
    if position == "last":
        # only the issuer's last word is the one a date follows
        return "".join(parts[:-1]) + out[-1] if len(parts) > 1 else out[-1]
    return "".join(out)


def read_header(doc: RepairedText) -> DocumentRecord:
    lang = doc.lang
    vocab = vocabulary(lang)
    rec = DocumentRecord(doc_id=None, lang=lang)
    blocks = doc.blocks[:HEADER_BLOCKS]
    marker_forms = vocab.forms("repealed_marker")
    # the act line is the first block citing an act that also carries the registration;
    # a title may cite another act (an amending order names the order it amends)
    with_act = [i for i, b in enumerate(blocks) if patterns.search(lang, "act_line", b.text)]
    registered = [i for i in with_act if patterns.search(lang, "registered", blocks[i].text)]
    act_at = registered[0] if registered else (with_act[0] if with_act else None)
    if act_at is None:
        return rec
    title_parts = []
    for b in blocks[:act_at]:
        text = b.text
        for form in marker_forms:
            if text.casefold() == form.casefold():
                rec.status = "repealed"
                text = ""
        if text:
            title_parts.append(text)
    head = blocks[act_at].text
    for form in marker_forms:
        if head.casefold().startswith(form.casefold()):
            rec.status = "repealed"
            head = head[len(form):].lstrip()
    rec.title = " ".join(title_parts).strip() or None
    reg = patterns.search(lang, "registered", head)
    acts = [m for m in patterns.finditer(lang, "act_line", head) if not reg or m.end() <= reg.start() + 1]
    m = acts[-1] if acts else None
    if m:
        rec.issuer = nominative(m.group("issuer").strip(" .,"), lang)
        rec.act_number = m.group("number")
        rec.act_date = patterns.match_date(m, lang)
        rec.act_type = act_type_of(m.group("act"), head[: m.start("act")], lang)
    if reg:
        rec.registration_number = reg.group("number")
        rec.registration_date = patterns.match_date(reg, lang)
        if rec.registration_date:
            rec.doc_id = make_doc_id(rec.registration_date.year, rec.registration_number)
    rec.lines = span_of(*(b.linenos for b in blocks[: act_at + 1]))
    _read_repeal(rec, doc, head)
    rec.effective_from = _effective_from(doc)
    return rec


def _acts_after(text: str, lang: str) -> tuple[str | None, object]:
    """The act number and date of the first act cited in `text` (`... 5 маусымдағы № 201 бұйрығымен`)."""
    num = re.search(r"№\s*([\w\-/]+)", text)
    dates = patterns.find_dates(text, lang)
    return (num.group(1) if num else None), (dates[0][1] if dates else None)


def _read_repeal(rec: DocumentRecord, doc: RepairedText, head: str) -> None:
    lang = doc.lang
    vocab = vocabulary(lang)
    phrases = vocab.forms("repealed_phrase")
    texts = [head] + [b.text for b in doc.blocks[:HEADER_BLOCKS * 2]]
    for text in texts:
        low = text.casefold()
        for ph in phrases:
            at = low.find(ph.casefold())
            if at < 0:
                continue
            number, date = _acts_after(text[at:], lang)
            if number:
                rec.status = "repealed"
                rec.repealed_by_act_number = number
                rec.repealed_by_act_date = date
                return


def _effective_from(doc: RepairedText):
    for b in doc.blocks:
        m = patterns.search(doc.lang, "effective_on", b.text)
        if m:
            return patterns.match_date(m, doc.lang)
    return None
