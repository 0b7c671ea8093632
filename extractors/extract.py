"""Repaired text -> typed records: the act's header, cards, requirements, amendments."""
from __future__ import annotations

from .amendments import read_amendments
from . import occupation_list, own_must_know
from .cards import read_cards, unread_card_headings
from .header import read_header, strip_page_words
from .lexicon import Lexicon
from .paragraphs import paragraphs
from .reading import RawDocument
from .records import Extraction
from .requirements import outside_new_wordings, read_requirements
from .text import RepairedText


# an act with none of what the project reads (cards, requirement clauses, changes to other acts,
# "must know" lists; its own editorial notes do not count) is published as a document all the same
NO_OCCUPATIONAL_CONTENT = "no occupational content: no cards, requirements or changes to other acts"


class UnrecognizedAct(Exception):
    """The text has no act header the reader knows."""


def extract_document(doc: RepairedText, raw: RawDocument, lexicon: Lexicon) -> Extraction:
    record = _identify(doc, raw)
    ex = Extraction(record)
    ex.cards = read_cards(doc, lexicon)
    if not ex.cards:
        ex.warnings.extend(unread_card_headings(doc))
    for card in ex.cards:
        ex.warnings.extend(f"card {card.card_no}: {w}" for w in card.warnings)
    declared = occupation_list.declared_occupations(doc, lexicon)
    # how many cards the act has: as its own list of occupations declares them, else as many as were read
    record.cards_total = occupation_list.declared_cards(declared) or len(ex.cards) or None
    ex.warnings.extend(occupation_list.compare(declared, ex.cards))
    ex.requirements = read_requirements(doc, ex.cards, lexicon)
    ex.amendments, ex.knowledge_lists = read_amendments(doc, record, lexicon, ex.warnings)
    ex.requirements = outside_new_wordings(ex.requirements, ex.amendments)
    # the must-know lists of the act's own points (a chapter per position: `own_must_know`)
    own = own_must_know.own_lists(paragraphs(doc, lexicon), record, doc.lang)
    ex.knowledge_lists += own_must_know.outside_changes(own, ex.amendments)
    changes = [a for a in ex.amendments if a.kind == "change"]
    if not (ex.cards or ex.requirements or changes or ex.knowledge_lists):
        ex.warnings.append(NO_OCCUPATIONAL_CONTENT)
    return ex


def _identify(doc: RepairedText, raw: RawDocument):
    """The act's header record, named by its registration (or the id its saved page prints), with
    the file it came from; an act without one is refused."""
    record = read_header(doc)
    if record.act_type is None:
        raise UnrecognizedAct(f"{raw.source_file}: no act header (issuer, date, number and legal form) was found")
    # the id a page prints for itself is the act's id, whatever the header allows to build
    page = (raw.layout or {}).get("page", {})
    record.doc_id = page.get("doc_id") or record.doc_id
    if page.get("status_word") and strip_page_words(page["status_word"], doc.lang, at_end=False)[1] == "repealed":
        record.status = "repealed"
    if record.doc_id is None:
        raise UnrecognizedAct(f"{raw.source_file}: the act header gives no registration, number or date to name it by")
    record.source_file = raw.source_file
    record.source_sha256 = raw.sha256
    record.source_format = raw.source_format
    return record
