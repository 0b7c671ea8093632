"""Changes and editorial notes -> Amendment records; "must know" lists -> KnowledgeList.

Three shapes carry amendments in the acts:

- an editorial note in a consolidated text, `Ескерту. 1-тармаққа өзгеріс
  енгізілді – ... 22.09.2022 № 383 ... бұйрығымен.`: the unit, the operation, the
  amending act;
- the changes an amending order makes, `... № 360 бұйрығына (... № 16057 ...)
  мынадай өзгерістер енгізілсін:` followed by instructions (`2-тармақ мынадай
  редакцияда жазылсын: "..."`, `13-тармақта: үшінші абзац ...`) with their new
  wording;
- a list of acts an order declares repealed (`... күші жойылды деп тану`).

Units are normalised (`1-тармаққа` -> `1-тармақ`, `екінші абзацы` -> `екінші
абзац`) and the amended act is named by its adilet id where its registration
number is printed. All formulas come from the vocabulary.
"""
from __future__ import annotations

import re

from . import patterns
from .lexicon import Lexicon
from .lists import Acc
from .paragraphs import Para, number_of, paragraphs
from .records import Amendment, DocumentRecord, Item, KnowledgeList, span_of
from .schema import doc_id as make_doc_id
from .text import RepairedText
from .vocabulary import vocabulary

QUOTES = "\"«»“”"


def _rx(form: str) -> str:
    return r"\s+".join(re.escape(w) for w in form.split())


def find_operation(text: str, lang: str) -> tuple[str, int, int] | None:
    """The first amendment formula in the text: (operation, start, end)."""
    best = None
    vocab = vocabulary(lang)
    for key in vocab.keys("op:"):
        for form in vocab.forms(key):
            m = re.search(r"(?<!\w)" + _rx(form) + r"(?!\w)", text, re.IGNORECASE)
            if m and (best is None or m.start() < best[1] or (m.start() == best[1] and m.end() > best[2])):
                best = (key.split(":")[1], m.start(), m.end())
    return best


def _unit_words(lang: str) -> list[tuple[str, str, str]]:
    """(stem, unit key, base word) for numbered units, longest stem first."""
    vocab = vocabulary(lang)
    out = []
    for key in ("unit:subparagraph", "unit:paragraph", "unit:chapter", "unit:section", "unit:annex"):
        forms = vocab.forms(key)
        for form in forms:
            out.append((form.casefold(), key.split(":")[1], forms[0]))
    return sorted(out, key=lambda x: -len(x[0]))


def unit_refs(text: str, lang: str) -> list[tuple[str, str, int, int]]:
    """Numbered unit references: (kind, normalised text, start, end). `1-тармаққа` -> `1-тармақ`."""
    template = vocabulary(lang).first("unit_template", "N-{unit}")
    out = []
    for m in re.finditer(r"(?<!\w)(\d+)\s*(-?)\s*([^\W\d_]+)|([^\W\d_]+)\s+(\d+)(?!\w)", text):
        if m.group(1):
            number, word, sep = m.group(1), m.group(3).casefold(), m.group(2)
        else:
            number, word, sep = m.group(5), m.group(4).casefold(), " "
        for stem, kind, base in _unit_words(lang):
            if word.startswith(stem):
                if template.startswith("N"):
                    norm = f"{number}{'-' if sep else ' '}{base}"
                else:
                    norm = template.replace("{unit}", base).replace("N", number)
                out.append((kind, norm, m.start(), m.end()))
                break
    return out


def _abzac(text: str, lang: str) -> str | None:
    """`үшінші абзац`, `екінші абзацы` -> `екінші абзац`; `жетінші және сегізінші абзацтар` kept plural."""
    words = vocabulary(lang).forms("unit:part")
    for w in words:
        m = re.search(rf"((?:[^\W\d_]+\s+(?:және|и)\s+)?[^\W\d_]+)\s+({re.escape(w)})(\w*)", text, re.IGNORECASE)
        if m:
            plural = m.group(3).casefold() in ("тар", "лар", "ы")  # keep a plural, drop a possessive
            suffix = m.group(3) if m.group(3).casefold() in ("тар", "лар") else ""
            return f"{m.group(1)} {m.group(2)}{suffix}"
        m = re.search(rf"({re.escape(w)})\s+([^\W\d_]+)", text, re.IGNORECASE)  # ru: абзац третий
        if m and lang == "ru":
            return f"{m.group(1)} {m.group(2)}"
    return None


def _named_unit(text: str, lang: str) -> str | None:
    vocab = vocabulary(lang)
    for key in ("unit:corner", "unit:preamble"):
        for form in vocab.forms(key):
            m = re.search(_rx(form), text, re.IGNORECASE)
            if m:
                return m.group(0)  # as printed
    return None


def _names_the_act(text: str, lang: str) -> bool:
    """`Приказ`, `Осы бұйрық`: the act itself, by its type word."""
    vocab = vocabulary(lang)
    words = re.findall(r"[^\W\d_]+", text.casefold())
    types = {f.casefold()[:5] for key in vocab.keys("act:") for f in vocab.forms(key)}
    return 0 < len(words) <= 2 and any(w[:5] in types for w in words) and not unit_refs(text, lang)


def _title_word(text: str, lang: str) -> str | None:
    for form in vocabulary(lang).forms("unit:title"):
        if re.search(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text, re.IGNORECASE):
            return form
    return None


def _act_cited(text: str, lang: str) -> tuple[str | None, object]:
    number = re.search(r"№\s*([\w\-/]+)", text)
    dates = patterns.find_dates(text, lang)
    return (number.group(1) if number else None), (dates[0][1] if dates else None)


# ---------------------------------------------------------------- notes

def read_notes(paras: list[Para], record: DocumentRecord, lang: str) -> list[Amendment]:
    vocab = vocabulary(lang)
    starts = vocab.forms("note")
    out = []
    for p in paras:
        text = p.text.strip()
        head = next((f for f in starts if re.match(re.escape(f) + r"\s*[.!]", text, re.IGNORECASE)), None)
        if not head:
            continue
        body = re.sub(r"^" + re.escape(head) + r"\s*[.!]\s*", "", text, flags=re.IGNORECASE)
        op = find_operation(body, lang)
        if not op:
            continue
        operation, a, b = op
        unit_text = body[:a].strip(" -–—,")
        refs = unit_refs(unit_text, lang)
        if refs:
            unit = ", ".join(r[1] for r in refs)
        else:
            unit = _named_unit(unit_text, lang) or (unit_text or None)
        if not unit_text or _names_the_act(unit_text, lang):
            unit = None  # the note is about the whole act
        number, date = _act_cited(body[b:], lang)
        out.append(Amendment("note", record.doc_id, unit, operation, number, date, None, p.span))
    return out


# ---------------------------------------------------------------- changes made by an amending act

def _target_act(text: str, lang: str) -> tuple[str | None, str | None, object]:
    """The act the changes are made to: its adilet id (where it can be built), number and date."""
    acts = patterns.finditer(lang, "act_line", text)
    reg = patterns.search(lang, "registry_ref", text)
    number = acts[-1].group("number") if acts else None
    date = patterns.match_date(acts[-1], lang) if acts else None
    target = None
    if reg and date:
        # registered the year it was signed: the year of registration is not printed
        target = make_doc_id(date.year, reg.group("number"))
    return target, number, date


def _strip_quotes(text: str) -> str:
    text = text.strip()
    text = re.sub(r'^["«“]\s*', "", text)
    text = re.sub(r'\s*["»”]\s*[;.]?$', "", text)
    return text.strip()


def _wording_items(paras: list[Para], lang: str) -> tuple[str | None, list[Item]]:
    """`"N. Білуге тиіс: item; item; ..."`: the paragraph's number and its items."""
    if not paras:
        return None, []
    first = _strip_quotes(paras[0].text) if len(paras) == 1 else re.sub(r'^["«“]\s*', "", paras[0].text.strip())
    must = vocabulary(lang).forms("must_know")
    m = re.match(r"^(\d+)\.\s*(" + "|".join(_rx(f) for f in must) + r")\s*:\s*", first, re.IGNORECASE)
    if not m:
        return None, []
    items: list[Item] = []
    chunks = [(first[m.end():], paras[0].span)] + [(p.text, p.span) for p in paras[1:]]
    for k, (chunk, span) in enumerate(chunks):
        if k == len(chunks) - 1:
            chunk = re.sub(r'\s*["»”]\s*[;.]?\s*$', "", chunk.strip())
        for piece in re.split(r";\s*", chunk):
            piece = piece.strip().rstrip(".;,").strip()
            if piece:
                items.append(Item(piece, span))
    return m.group(1), items


def read_changes(paras: list[Para], record: DocumentRecord, lang: str) -> tuple[list[Amendment], list[KnowledgeList]]:
    vocab = vocabulary(lang)
    intros = vocab.forms("changes_intro")
    changes: list[Amendment] = []
    klists: list[KnowledgeList] = []
    i = 0
    while i < len(paras):
        text = paras[i].text
        if not any(re.search(_rx(f), text, re.IGNORECASE) for f in intros):
            i += 1
            continue
        target, _, _ = _target_act(text, lang)
        chapter = paragraph = None
        i += 1
        current: Amendment | None = None
        wording: list[Para] = []
        quote_open = False

        def close():
            nonlocal current, wording
            if current is not None and wording:
                current.text = _strip_quotes(_join_wording(wording))
                current.lines = span_of(current.lines, *(p.span for p in wording))
                num, items = _wording_items(wording, lang)
                if items:
                    klists.append(KnowledgeList(current.target_doc, num, items, span_of(*(p.span for p in wording))))
            wording = []

        while i < len(paras):
            p = paras[i]
            t = p.text.strip()
            if quote_open:
                wording.append(p)
                quote_open = _quotes_open(" ".join(w.text for w in wording))
                i += 1
                continue
            if number_of(t) and not t.startswith(tuple(QUOTES)):
                break  # the amending order's next paragraph
            op = find_operation(t, lang)
            refs = unit_refs(t, lang)
            if op is None:
                if refs and len(re.sub(r"[\d\W]", "", t)) <= len("".join(r[1] for r in refs)) + 12 and t.rstrip().endswith(":") or (refs and len(t) < 30):
                    # a context line: `13-тармақта:`, `3 тарауда:`
                    for kind, norm, _, _ in refs:
                        if kind == "chapter":
                            chapter, paragraph = norm, None
                        elif kind == "paragraph":
                            paragraph = norm
                elif current is not None and not t.endswith(":"):
                    wording.append(p)  # a wording that goes on after its closing quote
                i += 1
                continue
            close()
            operation, a, b = op
            left, right = t[:a].strip(), t[b:].strip()
            unit = _change_unit(left, lang, chapter, paragraph)
            if unit and re.match(r"^\d", unit) and "," not in unit:
                paragraph = None
            current = Amendment("change", target, unit, operation, record.act_number, record.act_date, None, p.span)
            changes.append(current)
            right = right.lstrip(":").strip()
            if right:
                first = Para(Acc(right, [0], [(0, p.span[0] if p.span else 0)]))
                wording = [first]
                quote_open = _quotes_open(right)
            else:
                wording = []
                quote_open = True
                if i + 1 < len(paras) and not paras[i + 1].text.strip().startswith(tuple(QUOTES)):
                    quote_open = False
            i += 1
        close()
    return changes, klists


def _join_wording(wording: list[Para]) -> str:
    """The paragraphs of one new wording, joined. A paragraph that closes its quote although
    the next one goes on with no quote of its own (`... қабылдайды";` / `протездік-...";`)
    prints a stray closing quote: the wording is one quotation, so it is dropped."""
    texts = [p.text.strip() for p in wording]
    for k in range(len(texts) - 1):
        if not texts[k + 1].startswith(tuple(QUOTES)):
            texts[k] = re.sub(r'\s*["»”](\s*;)$', r"\1", texts[k])
    return " ".join(texts)


def _quotes_open(text: str) -> bool:
    opening = text.count("«") + text.count("“")
    closing = text.count("»") + text.count("”")
    plain = text.count('"')
    return (plain % 2 == 1) or opening > closing


def _change_unit(left: str, lang: str, chapter: str | None, paragraph: str | None) -> str | None:
    refs = unit_refs(left, lang)
    parts: list[str] = []
    named = _named_unit(left, lang)
    if named:
        return named
    para_refs = [r for r in refs if r[0] in ("paragraph", "subparagraph")]
    section_refs = [r for r in refs if r[0] in ("section", "annex")]
    abzac = _abzac(left, lang)
    title = _title_word(left, lang)
    if section_refs:
        if chapter:
            parts.append(chapter)
        parts.extend(r[1] for r in section_refs)
    elif para_refs:
        parts.extend(r[1] for r in para_refs)
    elif paragraph and (abzac or title):
        parts.append(paragraph)
    if abzac:
        parts.append(abzac)
    if title:
        parts.append(title)
    return ", ".join(parts) or (left.strip(" :") or None)


# ---------------------------------------------------------------- acts declared repealed

def read_repeal_list(paras: list[Para], record: DocumentRecord, lang: str) -> list[Amendment]:
    """An annex that lists acts this act declares repealed: one `repeal` change per act."""
    heads = vocabulary(lang).forms("repeal_list")
    out = []
    in_list = False
    for p in paras:
        t = p.text.strip()
        if any(re.search(_rx(h), t, re.IGNORECASE) for h in heads) and not number_of(t) and len(t) < 300:
            in_list = True
            continue
        if not in_list:
            continue
        if not number_of(t):
            if p.indented:
                in_list = False
            continue
        reg = patterns.search(lang, "registry_ref", t)
        acts = patterns.finditer(lang, "act_line", t)
        if not reg or not acts:
            continue
        act = acts[-1] if len(acts) == 1 else acts[-1]
        date = patterns.match_date(act, lang)
        target = make_doc_id(date.year, reg.group("number")) if date else None
        refs = [r for r in unit_refs(t[act.end():reg.start()], lang) if r[0] in ("paragraph", "subparagraph")]
        unit = refs[-1][1] if refs else None
        out.append(Amendment("change", target, unit, "repeal", record.act_number, record.act_date, None, p.span))
    return out


def read_amendments(doc: RepairedText, record: DocumentRecord, lexicon: Lexicon) -> tuple[list[Amendment], list[KnowledgeList]]:
    paras = paragraphs(doc, lexicon)
    notes = read_notes(paras, record, doc.lang)
    changes, klists = read_changes(paras, record, doc.lang)
    repeals = read_repeal_list(paras, record, doc.lang)
    return notes + changes + repeals, klists
