"""The act's header -> a DocumentRecord.

An act opens with its title, a status word the site prints beside it, and its act
line: issuer, date, number and legal form (`... министрінің 2023 жылғы 29 маусымдағы
№ 262 бұйрығы.`, `Приказ Министра ... от 29 июня 2023 года № 262.`), then its state
registration where its kind is registered, the repeal when it was repealed, and
editorial notes (the entry into force). The grammar of each part, for each legal
form and language, is data (`vocab/header.tsv`); this module only assembles it.

`doc_id` is, in this order: the id the page prints (`Бірегей нөмір V1600014606`;
an HTML page's own address is applied by `extract`), the adilet id built from the
registration (`V` + two-digit registration year + 8-digit number), or, for an act
that is not registered and prints no id (a law, a decree, a government
resolution), `stable_id`: its legal form, date and number (`law-20151123-414-V`),
the same in both languages (a lower-case letter suffix the language adds to the number,
`5-ө` / `5-р`, is left out).
"""
from __future__ import annotations

import re
from functools import lru_cache

from . import patterns
from .records import DocumentRecord, span_of
from .schema import ADILET_ID, doc_id as make_doc_id
from .text import Block, RepairedText
from .vocabulary import vocabulary

HEADER_BLOCKS = 8  # the act line is among the first blocks of every act
REG_GAP = 120  # the registration follows the act line (`... бұйрығы. Қазақстан Республикасының Әділет ...`)
TAIL = 700  # how far after the act line its parties, registration and repeal may run
# a sentence ends at a full stop before a capital (`м.а. 2020 жылғы`, `и.о. Министра` go on); a
# number sign after a full stop goes on too (`ҚР Үкіметінің 2007.01.29. N 64 қаулысымен`)
_SENTENCE_END = r"(?<!\b\w)\.(?:\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ])(?!{sign}\s*\d)|\s*$)"
_NUMERAL = re.compile(r"\d+|[IVXLC]+")
PAGE_ID = re.compile(rf"(?<![\w/])({ADILET_ID})(?!\w)")


def stable_id(act_type: str | None, act_date, act_number: str | None) -> str | None:
    """An id for an act that is neither registered nor prints one: legal form, date, number
    (`law-20151123-414-V`); both languages print the same number, so kk and ru rows align."""
    if not (act_type and act_date and act_number):
        return None
    # the language's own abbreviation of the legal form after the number (`5-ө` / `5-р`) is dropped
    number = re.sub(r"-[а-яёәғқңөұүһі]+$", "", act_number.strip())
    number = re.sub(r"[\s/]+", "_", number)
    return f"{act_type}-{act_date:%Y%m%d}-{number}"


def legal_form(word: str, lang: str) -> str | None:
    """`бірлескен бұйрығы` -> joint_order: the legal form whose printed word this is."""
    vocab = vocabulary(lang)
    norm = " ".join(word.split()).casefold()
    for key in vocab.keys("legal_form:"):
        if any(norm == f.casefold() for f in vocab.forms(key)):
            return key.split(":", 1)[1]
    return None


def _replace(word: str, rules: list[tuple[str, str]], whole: bool) -> str | None:
    head, dash, last = word.rpartition("-")
    if whole and dash and head:
        # a compound's last part is the word inflected (`Премьер-Министра` -> `Премьер-Министр`)
        new = _replace(last, rules, whole)
        return head + dash + new if new else None
    for gen, nom in rules:
        # a whole word is the same in any case of its first letter (`Комитета`, `комитета`)
        if whole and word[:1].lower() + word[1:] == gen[:1].lower() + gen[1:]:
            return (word[:1] + nom[1:]) if word[:1].lower() == nom[:1].lower() else nom
        if not whole and gen and word.endswith(gen) and len(word) > len(gen):
            return word[: -len(gen)] + nom
    return None


def _nominative_part(part: str, lang: str) -> str:
    vocab = vocabulary(lang)
    rules = sorted(vocab.pairs("genitive_to_nominative"), key=lambda p: -len(p[0]))
    words = part.split(" ")
    if vocab.first("genitive_position", "last") == "last":
        new = _replace(words[-1], rules, whole=False)
        return " ".join(words[:-1] + [new]) if new else part
    # the first words: adjectives agreeing with the noun, then the noun; a number before them
    # stays as it is (`XXI сессии ...` -> `XXI сессия ...`)
    adjectives = sorted(vocab.pairs("genitive_adjective"), key=lambda p: -len(p[0]))
    for k, w in enumerate(words):
        if _NUMERAL.fullmatch(w):
            continue
        is_adjective = any(w.endswith(a) and len(w) > len(a) + 2 for a, _ in adjectives)
        new = _replace(w, rules, whole=True) or (_replace(w, adjectives, whole=False) if is_adjective else None)
        if new:
            words[k] = new
        if not (new and is_adjective):
            break
    return " ".join(words)


def nominative(issuer: str, lang: str) -> str:
    """The issuer as a subject: the genitive of the inflected word (the data says which word,
    and gives the endings or whole words to replace), in each part of a title joined by a dash
    (`Премьер-Министрінің орынбасары - Еңбек ... министрінің`)."""
    parts = re.split(r"(\s+[-–—]\s+)", issuer)
    if vocabulary(lang).first("genitive_position", "last") == "last":
        # only the issuer's last word is the one a date follows
        return "".join(parts[:-1]) + _nominative_part(parts[-1], lang)
    return "".join(p if re.fullmatch(r"\s+[-–—]\s+", p) or not p.strip() else _nominative_part(p, lang)
                   for p in parts)


# ---------------------------------------------------------------- page words and status

def _page_words(lang: str) -> list[tuple[str, str]]:
    vocab = vocabulary(lang)
    out = [(f, key.split(":", 1)[1]) for key in vocab.keys("page_status:") for f in vocab.forms(key)]
    return sorted(out, key=lambda p: -len(p[0]))


def strip_page_words(text: str, lang: str, at_end: bool) -> tuple[str, str | None]:
    """Text without a status word the site printed at its start or end (alone, spaced or glued:
    `... бекіту туралыЖаңа`, `Күшін жойғанҚазақстан ...`), and that word's status key. The site
    prints these words capitalised; a lower-case continuation is a word of the text."""
    t = text.strip()
    for form, status in _page_words(lang):
        if at_end and t.endswith(form):
            rest = t[: -len(form)]
            if not rest or rest[-1].isspace() or rest[-1].islower() or not rest[-1].isalpha():
                return rest.strip(), status
        if not at_end and t.startswith(form):
            rest = t[len(form):]
            if not rest or rest[0].isspace() or rest[0].isupper():
                return rest.strip(), status
    return t, None


# ---------------------------------------------------------------- the act line

def _registration(text: str, start: int, lang: str):
    """The state registration printed right after the act line (or its last party)."""
    window = text[start: start + TAIL]
    for m in patterns.finditer(lang, "registered", window):
        if m.start() <= REG_GAP or _after_parties(window[: m.start()], lang):
            return m, start
    return None, start


def _after_parties(between: str, lang: str) -> bool:
    """`... № 30 и Министра ... от 2 июня 2020 года № 230. ` : only further parties lie between."""
    parties = patterns.finditer(lang, "party", between)
    return bool(parties) and len(between) - parties[-1].end() <= REG_GAP


def find_act_line(blocks: list[Block], lang: str):
    """(block index, act-line match, registration match or None): the first act line followed
    by its registration, else the first act line. An act line without a number (some acts of the
    1990s have none) counts only with its registration after it."""
    first = None
    for i, b in enumerate(blocks):
        text = b.text
        for m in patterns.finditer(lang, "header_line", text):
            reg, base = _registration(text, m.end(), lang)
            if reg:
                return i, m, reg, base
            if m.groupdict().get("number") and (first is None or _repeats(first[1], m, lang)):
                first = (i, m, None, m.end())
    return first if first else _bare_act_line(blocks, lang)


def _repeats(head, m, lang: str) -> bool:
    """`m` states again the act of a running head printed in capitals above the title (`ҚР
    ҮКІМЕТІНІҢ 2008 ЖЫЛҒЫ 23 ҚАҢТАРДАҒЫ № 58 ҚАУЛЫСЫ`): the act line is the one beside the title."""
    return (head.group("act").isupper() and not m.group("act").isupper()
            and head.group("number") == m.group("number")
            and patterns.match_date(head, lang) == patterns.match_date(m, lang))


def _bare_act_line(blocks: list[Block], lang: str):
    """An act line that lost its legal-form word (`Қазақстан Республикасы Үкiметiнiң 1998 жылғы
    1 шiлдедегi N 621. Күші жойылды - ...`): issuer, date and number, then the sentence ends. Read
    only where no act line is found, and only for an issuer whose legal form the data names."""
    for i, b in enumerate(blocks):
        for m in patterns.finditer(lang, "bare_act_line", b.text):
            rest = b.text[m.end():].lstrip()
            if (not rest or rest[0] == ".") and issuer_form(nominative(m.group("issuer"), lang), lang):
                reg, base = _registration(b.text, m.end(), lang)
                return i, m, reg, base if reg else m.end()
    return None, None, None, 0


def issuer_form(issuer: str, lang: str) -> str | None:
    """The legal form an issuer adopts its acts in, by the head noun that ends its name (a
    government its resolutions, a maslikhat its decisions), where the data says it has one."""
    words = issuer.split()
    last = words[-1].casefold() if words else ""
    vocab = vocabulary(lang)
    for key in vocab.keys("issuer_form:"):
        if any(last == f.casefold() for f in vocab.forms(key)):
            return key.split(":", 1)[1]
    return None


def _parties(text: str, m, end: int, lang: str) -> list[tuple[str, str, object]]:
    """(issuer, number, date) of each party of the act line: one, or several for a joint act."""
    vocab = vocabulary(lang)
    # a later party opens with the joining word, and may name its own legal form (`и решение ...`);
    # where the form precedes the date (`Қазақстан Республикасының Заңы 2015 жылғы ...`) it ends the party
    forms = [f for k in vocab.keys("legal_form:") for f in vocab.forms(k)]
    alts = "|".join(map(re.escape, vocab.forms("party_joiner") + forms))
    lead = re.compile(r"^(?:(?:" + alts + r")\s+)+", re.IGNORECASE)
    trail = re.compile(r"(?:\s+(?:" + "|".join(map(re.escape, forms)) + r"))+$")
    found = patterns.finditer(lang, "party", text[m.start("issuer"): end])
    out = []
    for p in found:
        issuer = trail.sub("", lead.sub("", p.group("issuer").strip(" ,")))
        out.append((issuer, p.group("number"), patterns.match_date(p, lang)))
    return out or [(m.group("issuer"), m.groupdict().get("number"), patterns.match_date(m, lang))]


# ---------------------------------------------------------------- the record

def read_header(doc: RepairedText) -> DocumentRecord:
    lang = doc.lang
    rec = DocumentRecord(doc_id=None, lang=lang)
    blocks = doc.blocks[:HEADER_BLOCKS]
    at, m, reg, base = find_act_line(blocks, lang)
    if m is None:
        return rec
    head = blocks[at].text
    _read_title(rec, blocks[:at], head[: m.start()], lang)
    line_end = base + reg.end() if reg else m.end()
    if rec.title is None:
        _read_title_after(rec, blocks[at], line_end, blocks[at + 1:], lang)
    act_end = base + reg.start() if reg else _sentence_end(head, m.end(), lang)
    parties = _parties(head, m, act_end, lang)
    rec.issuer = "; ".join(nominative(p[0].strip(" ,"), lang) for p in parties)
    rec.act_number, rec.act_date = parties[0][1], parties[0][2]
    act = m.groupdict().get("act")
    rec.act_type = legal_form(act, lang) if act else issuer_form(rec.issuer, lang)
    if reg:
        rec.registration_number = reg.group("number")
        rec.registration_date = patterns.match_date(reg, lang)
    rec.lines = span_of(*(b.linenos for b in blocks[: at + 1]))
    _read_repeal(rec, head[line_end: line_end + TAIL], blocks[at:], lang)
    rec.effective_from = _effective_from(doc, blocks[at:], lang)
    rec.doc_id = _printed_id(blocks, lang) or _registered_id(rec) or stable_id(rec.act_type, rec.act_date, rec.act_number)
    return rec


def _registered_id(rec: DocumentRecord) -> str | None:
    """The adilet id of a registered act; where the registration prints no date, the act was
    registered the year it was signed (as amendments build the id of an act they cite)."""
    number = rec.registration_number
    when = rec.registration_date or rec.act_date
    return make_doc_id(when.year, number) if number and number.isdigit() and when else None


@lru_cache(maxsize=None)
def _sentence_end_rx(lang: str) -> re.Pattern:
    return re.compile(_SENTENCE_END.format(sign=patterns.sign_regex(lang)))


def _sentence_end(text: str, start: int, lang: str) -> int:
    m = _sentence_end_rx(lang).search(text, start, start + TAIL)
    return m.start() if m else min(len(text), start + TAIL)


def _read_title(rec: DocumentRecord, before: list[Block], lead: str, lang: str) -> None:
    """The title: the blocks before the act line (and any text of its block before it), less
    the status words the site prints beside it."""
    # a title run on into the act line in one block ends with the full stop between them
    lead = lead.rstrip().removesuffix(".")
    parts = [b.text for b in before] + ([lead] if lead.strip() else [])
    kept = []
    furniture = vocabulary(lang).forms("page_furniture")
    for k, text in enumerate(parts):
        if any(f in text for f in furniture):
            kept = []  # the site's navigation, copied with the page: the title starts after it
            continue
        text, labelled = _strip_labels(text, lang)
        # a title opens with its own words: a status word can only open what follows it, or a label
        text, st = strip_page_words(text, lang, at_end=False) if k or labelled else (text.strip(), None)
        text, st_end = strip_page_words(text, lang, at_end=True) if text else (text, None)
        for status in (st, st_end):
            if status == "repealed":
                rec.status = "repealed"
        if text:
            kept.append(text)
    rec.title = " ".join(kept).strip() or None


def _read_title_after(rec: DocumentRecord, block: Block, end: int, after: list[Block], lang: str) -> None:
    """The title a page prints after the act line and its registration (`... № 794 бұйрығы.
    ... № 47236 болып тіркелді` / `Дене шынықтыру ... бекіту туралы`), where it has a title's
    shape: the next block, where the act line's block holds nothing more, or the lines of that
    block after the registration's, where a PDF prints the title with no gap before it."""
    if block.text[end:].strip(" .;,"):
        text = _own_lines_after(block, end, lang)
    else:
        text = after[0].text.strip() if after else ""
    if text and _title_shaped(text, lang):
        _read_title(rec, [], text, lang)


def _own_lines_after(block: Block, end: int, lang: str) -> str:
    """The lines of the act line's block after the line its registration ends, up to the end of
    the title (the word a title closes with) or what opens the act's body. Empty where text
    follows the registration on its own line: a repeal, a note, no title."""
    start, out = 0, []
    for ln, join in zip(block.lines, block.joins):
        line_start, start = start, start + len(ln.text) + len(join)
        if line_start < end:
            if ln.text[end - line_start:].strip(" .;,"):
                return ""
            continue
        if _opens_body(ln.text, lang):
            break
        out.append(ln.text.strip())
        if _closes_title(ln.text, lang):
            break
    return " ".join(out)


def _opens_body(line: str, lang: str) -> bool:
    """A line no title holds: a note, a point, the preamble (its opening words or the verb it ends with)."""
    vocab = vocabulary(lang)
    low = line.strip().casefold()
    openers = vocab.forms("editorial_remark") + vocab.forms("note") + vocab.forms("preamble_opening")
    return (any(low.startswith(w.casefold()) for w in openers) or low[:1].isdigit()
            or any(w in line for w in vocab.forms("orders_verb")))


def _closes_title(line: str, lang: str) -> bool:
    words = line.split()
    return bool(words) and words[-1].casefold() in {w.casefold() for w in vocabulary(lang).forms("title_closing")}


def _title_shaped(text: str, lang: str) -> bool:
    """One sentence opening or closing with a title's word, not a note, a preamble or a point."""
    if _opens_body(text, lang):
        return False
    body = strip_page_words(text.rstrip(" ."), lang, at_end=True)[0]
    if _sentence_end_rx(lang).search(body) or body.endswith(":"):
        return False
    words = body.split()
    return bool(words) and (words[0] in vocabulary(lang).forms("title_opening") or _closes_title(body, lang))


def _strip_labels(text: str, lang: str) -> tuple[str, bool]:
    """The text without the labels a mirror site prints before its facts (`Статус:`,
    `Сведения об акте:`), at its start or end; and whether it opened with one."""
    labels = sorted(vocabulary(lang).forms("page_label"), key=len, reverse=True)
    text, opened, changed = text.strip(), False, True
    while changed:
        changed = False
        for label in labels:
            if text.startswith(label):
                text, opened, changed = text[len(label):].strip(), True, True
            elif text.endswith(label):
                text, changed = text[: -len(label)].strip(), True
    return text, opened


def _printed_id(blocks: list[Block], lang: str) -> str | None:
    """The id the page prints after its label, on the label's line or the next one
    (`Бірегей нөмір:` / `V1600014606` as a mirror's list of facts prints them)."""
    labels = vocabulary(lang).forms("page_id_label")
    text = "\n".join(b.text for b in blocks)
    low = text.casefold()
    for label in labels:
        at = low.find(label.casefold())
        if at >= 0:
            m = PAGE_ID.search(text, at, at + len(label) + 40)
            if m:
                return m.group(1)
    return None


def _read_repeal(rec: DocumentRecord, after_line: str, blocks: list[Block], lang: str) -> None:
    """The repeal printed after the registration (`... тіркелді. Күші жойылды - ... № 201
    бұйрығымен.`) or opening a note on the whole act (`Ескерту. Күші жойылды - ...`)."""
    vocab = vocabulary(lang)
    phrases = vocab.forms("repealed_phrase")
    notes = vocab.forms("note")
    # the repeal is the sentence right after the registration, or what a note opens with
    texts = [(after_line, len(after_line) - len(after_line.lstrip(" .,;"))) ]
    note_head = re.compile(r"(?:^|\s)(?:" + "|".join(map(re.escape, notes)) + r")\s*[.!]\s*", re.IGNORECASE)
    for b in blocks[:HEADER_BLOCKS]:
        for n in note_head.finditer(b.text):
            texts.append((b.text[n.end(): n.end() + TAIL], 0))
    for text, gap in texts:
        low = text.casefold()
        for ph in phrases:
            at = low.find(ph.casefold())
            if at == gap:
                sentence = text[at: _sentence_end(text, at + len(ph), lang) + 1]
                number = patterns.find_number(sentence, lang)
                if number:
                    dates = patterns.find_dates(sentence, lang)
                    rec.status = "repealed"
                    rec.repealed_by_act_number = number
                    rec.repealed_by_act_date = dates[0][1] if dates else None
                    return


def _effective_from(doc: RepairedText, header: list[Block], lang: str):
    """The date the act's own clause (`Осы бұйрық ... бастап қолданысқа енгізіледі`) or the
    editorial remark in its header (`Примечание ИЗПИ! Вводится в действие с 01.04.2025`) gives."""
    remarks = vocabulary(lang).forms("editorial_remark")
    rx = re.compile(r"(?:" + "|".join(map(re.escape, remarks)) + r")[^!\n]{0,40}!\s*", re.IGNORECASE)
    for b in header[:HEADER_BLOCKS]:
        for r in rx.finditer(b.text):
            m = patterns.search(lang, "effective_note", b.text[r.end(): r.end() + 200])
            if m and m.start() <= 2:
                return patterns.match_date(m, lang)
    for b in doc.blocks:
        m = patterns.search(lang, "effective_on", b.text)
        if m:
            return patterns.match_date(m, lang)
    return None
