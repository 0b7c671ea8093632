"""The steps of a refresh, as plain functions (the Prefect flow wires them).

discover -> read (fingerprint, quarantine bad input) -> repair the lines ->
each act's lexicon from its own words and the general lists -> assemble the repaired text ->
extract records -> link documents (repeals, versions of amended units) ->
tables -> quality checks -> publish.
"""
from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import alignment, language, legal_refs
from .extract import UnrecognizedAct, extract_document
from .lexicon import Lexicon
from .reading import MAX_BYTES, BadInput, RawDocument, fingerprint, read_document
from .records import Extraction
from .repair import Line
from .tables import merge_rows, rows_of, to_table, to_tables
from .joining import reliable_words
from .text import assemble, general_lexicon, prepare, residue_report

IGNORED = {".gitkeep", "README.md", ".DS_Store"}


@dataclass
class Quarantined:
    source_file: str
    reason: str  # short code: empty, binary, encoding, too_large, no_text_layer, encrypted, truncated, ...
    message: str
    sha256: str | None = None


@dataclass
class Prepared:
    raw: RawDocument
    lang: str
    lines: list[Line]


@dataclass
class DocResult:
    source_file: str
    extraction: Extraction | None = None
    residue: dict | None = None
    quarantined: Quarantined | None = None


@dataclass
class Corpus:
    prepared: list[Prepared] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


def discover(raw_dir: Path) -> list[Path]:
    raw_dir = Path(raw_dir)
    if not raw_dir.is_dir():
        raise FileNotFoundError(f"raw documents folder not found: {raw_dir}")
    return sorted(p for p in raw_dir.rglob("*") if p.is_file() and p.name not in IGNORED and not p.name.startswith("."))


def read_one(path: Path, root: Path, ocr: bool = False) -> RawDocument | Quarantined:
    try:
        return read_document(path, root, ocr)
    except BadInput as exc:
        return Quarantined(str(Path(path).relative_to(root)), exc.reason, str(exc), _sha256_if_small(path))


def _sha256_if_small(path: Path) -> str | None:
    """The fingerprint of a refused file, so the report names exactly which bytes were refused."""
    try:
        if Path(path).stat().st_size <= MAX_BYTES:
            return fingerprint(Path(path).read_bytes())
    except OSError:
        pass
    return None


def prepare_one(raw: RawDocument) -> Prepared:
    lang = language.detect(raw.text)
    return Prepared(raw, lang, prepare(raw, lang))


def drop_duplicates(docs: list[RawDocument]) -> tuple[list[RawDocument], list[Quarantined]]:
    """A file whose bytes repeat an earlier file's is quarantined as a duplicate."""
    seen: dict[str, str] = {}
    kept, dup = [], []
    for d in docs:
        if d.sha256 in seen:
            dup.append(Quarantined(d.source_file, "duplicate", f"{d.source_file}: same bytes as {seen[d.sha256]}", d.sha256))
        else:
            seen[d.sha256] = d.source_file
            kept.append(d)
    return kept, dup


def lexicons(prepared: list[Prepared]) -> dict[str, Lexicon]:
    """The general lexicon of each language present (label vocabulary and dictionaries, nothing
    from any act); `extract_one` adds the act's own words, so no act's repair depends on which
    other acts are read with it."""
    return {lang: general_lexicon(lang) for lang in sorted({p.lang for p in prepared})}


def extract_one(p: Prepared, lexicon: Lexicon | None = None) -> DocResult:
    lexicon = (lexicon or general_lexicon(p.lang)).with_words(reliable_words(p.lines))
    doc = assemble(p.raw.source_file, p.lang, p.lines, lexicon)
    residue = residue_report(doc)
    residue["lines"] = len(p.lines)
    try:
        ex = extract_document(doc, p.raw, lexicon)
    except UnrecognizedAct as exc:
        q = Quarantined(p.raw.source_file, "no_act_header", str(exc), p.raw.sha256)
        return DocResult(p.raw.source_file, None, residue, q)
    return DocResult(p.raw.source_file, ex, residue)


def drop_same_act(results: list[DocResult]) -> list[Quarantined]:
    """Two files of the same act in the same language: the later is quarantined (the key is the act)."""
    seen: dict[tuple, str] = {}
    out = []
    for r in results:
        if not r.extraction:
            continue
        key = (r.extraction.document.doc_id, r.extraction.document.lang)
        if key in seen:
            r.quarantined = Quarantined(r.source_file, "same_act",
                                        f"{r.source_file}: the act {key[0]} ({key[1]}) is already read from {seen[key]}",
                                        r.extraction.document.source_sha256)
            r.extraction = None
            out.append(r.quarantined)
        else:
            seen[key] = r.source_file
    return out


def link_documents(extractions: list[Extraction]) -> None:
    """An act that another act of the corpus declares repealed is repealed by it."""
    by_id = {(e.document.doc_id, e.document.lang): e for e in extractions}
    for ex in extractions:
        for a in ex.amendments:
            if a.kind == "change" and a.operation == "repeal" and a.target_unit is None:
                target = by_id.get((a.target_doc, ex.document.lang))
                if target and target.document.status != "repealed":
                    target.document.status = "repealed"
                    target.document.repealed_by_act_number = ex.document.act_number
                    target.document.repealed_by_act_date = ex.document.act_date


def unit_versions(extractions: list[Extraction]) -> list[dict]:
    """The wording each amendment in the corpus gave a unit, and when it held.

    valid_from is the amending act's stated date of entry into force; where the
    act gives none (it enters into force ten days after publication), its date
    of state registration, the earliest day it can hold (`valid_from_basis` says
    which). valid_to is the day the next version takes over.
    """
    changes = []
    for ex in extractions:
        d = ex.document
        start, basis = (d.effective_from, "effective_from") if d.effective_from else (
            (d.registration_date, "registration_date") if d.registration_date else (d.act_date, "act_date"))
        for ordinal, a in enumerate(ex.amendments, 1):  # the amendments row's ordinal (tables.rows_of)
            if a.operation not in ("replace", "insert", "delete", "repeal") or not a.target_doc:
                continue
            if a.kind == "note":
                # a note names the amending act but not its entry into force: its date is the lower bound
                start_n, basis_n = a.amending_act_date, "amending_act_date"
            else:
                start_n, basis_n = start, basis
            changes.append({"target_doc": a.target_doc, "target_unit": a.target_unit or "(whole act)",
                            "lang": d.lang, "valid_from": start_n, "valid_from_basis": basis_n,
                            "text": a.text, "set_by_doc": d.doc_id if a.kind == "change" else None,
                            "set_by_act_number": a.amending_act_number, "operation": a.operation,
                            "doc_id": d.doc_id, "amendment_ordinal": ordinal})
    rows = []
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for c in changes:
        groups[(c["target_doc"], c["target_unit"], c["lang"])].append(c)
    for (doc, unit, lang), items in groups.items():
        items.sort(key=lambda c: (c["valid_from"] or dt.date.min))
        for k, c in enumerate(items):
            nxt = items[k + 1]["valid_from"] if k + 1 < len(items) else None
            rows.append({"target_doc": doc, "target_unit": unit, "version": k + 1, "valid_from": c["valid_from"],
                         "valid_to": nxt, "text": None if c["operation"] in ("delete", "repeal") else c["text"],
                         "set_by_doc": c["set_by_doc"], "set_by_act_number": c["set_by_act_number"], "lang": lang,
                         "valid_from_basis": c["valid_from_basis"], "doc_id": c["doc_id"],
                         "amendment_ordinal": c["amendment_ordinal"]})
    return rows


def build_tables(extractions: list[Extraction]):
    rows = merge_rows([rows_of(ex) for ex in extractions])
    rows["unit_versions"] = unit_versions(extractions)
    rows["legal_refs"] = legal_refs.annotate(rows.get("knowledge", []))  # also sets knowledge.ref_key
    tables = to_tables(rows)
    tables["occupation_labels"] = to_table("occupation_labels", alignment.labels(tables))
    return tables


def raw_frame(read: list, quarantined: list[Quarantined], results: list[DocResult]) -> pd.DataFrame:
    rows = []
    ok = {r.source_file: r for r in results if r.extraction}
    for item in read:
        rows.append({"source_file": item.source_file, "status": "ok" if item.source_file in ok else "quarantined",
                     "reason": None, "encoding": item.encoding, "source_format": item.source_format,
                     "has_act_header": item.source_file in ok})
    for q in quarantined:
        if any(r["source_file"] == q.source_file for r in rows):
            for r in rows:
                if r["source_file"] == q.source_file:
                    r.update(status="quarantined", reason=q.reason)
            continue
        rows.append({"source_file": q.source_file, "status": "quarantined", "reason": q.reason, "encoding": None,
                     "source_format": None, "has_act_header": False})
    return pd.DataFrame(rows, columns=["source_file", "status", "reason", "encoding", "source_format", "has_act_header"])


def repaired_frame(results: list[DocResult]) -> pd.DataFrame:
    rows = []
    for r in results:
        if not r.residue:
            continue
        res = r.residue
        rows.append({"source_file": r.source_file, "letter_spaced": res["letter_spaced"],
                     "displaced_link": res["displaced_link"], "latin_in_cyrillic": res["latin_in_cyrillic"],
                     "unsettled_joins": len(res["unsettled_joins"]),
                     "unsettled_join_share": len(res["unsettled_joins"]) / max(res.get("lines", 1), 1)})
    return pd.DataFrame(rows, columns=["source_file", "letter_spaced", "displaced_link", "latin_in_cyrillic",
                                       "unsettled_joins", "unsettled_join_share"])
