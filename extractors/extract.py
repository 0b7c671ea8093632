"""Repaired text -> typed records: the act's header, cards, requirements, amendments."""
from __future__ import annotations

from .amendments import read_amendments
from .cards import check_occupation_list, read_cards
from .header import read_header
from .lexicon import Lexicon
from .reading import RawDocument
from .records import Extraction
from .requirements import read_requirements
from .text import RepairedText


class UnrecognizedAct(Exception):
    """The text has no act header the reader knows."""


def extract_document(doc: RepairedText, raw: RawDocument, lexicon: Lexicon) -> Extraction:
    record = read_header(doc)
    if record.doc_id is None:
        raise UnrecognizedAct(f"{raw.source_file}: no act header (issuer, date, number and state registration) was found")
    record.source_file = raw.source_file
    record.source_sha256 = raw.sha256
    record.source_format = raw.source_format
    ex = Extraction(record)
    ex.cards = read_cards(doc, lexicon)
    if ex.cards:
        record.cards_total = len(ex.cards)
    for card in ex.cards:
        ex.warnings.extend(f"card {card.card_no}: {w}" for w in card.warnings)
    ex.warnings.extend(check_occupation_list(doc, ex.cards, lexicon))
    ex.requirements = read_requirements(doc, ex.cards, lexicon)
    ex.amendments, ex.knowledge_lists = read_amendments(doc, record, lexicon, ex.warnings)
    return ex
