"""The steps of a refresh, as plain functions (the Prefect flow wires them).

discover -> read (fingerprint, quarantine bad input) -> repair the lines ->
each act's lexicon from its own words and the general lists -> assemble the repaired text ->
extract records -> link documents (repeals, versions of amended units) ->
tables -> quality checks -> publish.
"""
from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import hashlib
import os
import re
import stat
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

import pandas as pd

from . import alignment, language, legal_refs
from .extract import UnrecognizedAct, extract_document
from .lexicon import Lexicon
from .reading import BadInput, RawDocument, read_document
from .records import Extraction
from .repair import Line
from .tables import merge_rows, rows_of, to_table, to_tables
from .joining import reliable_words
from .text import assemble, general_lexicon, prepare, residue_report

IGNORED = {"README.md"}  # the folder's own description, never an act

# A refused file above this size is named by its fingerprint, not copied into quarantine/.
QUARANTINE_COPY_MAX = 10 * 1024 * 1024


@dataclass
class Quarantined:
    source_file: str
    reason: str  # short code: empty, binary, encoding, too_large, too_slow, unreadable, no_act_header, ...
    message: str
    sha256: str | None = None


@dataclass
class Skipped:
    """A path of the input folder that is not read at all, and why (every one is reported)."""

    source_file: str
    reason: str  # hidden | ignored | not_regular | dangling_link | symlink_outside | unreadable | already_listed
    message: str


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)

    def __iter__(self):  # iterating gives the files to read, as the plain list discover() once returned
        return iter(self.files)


@dataclass
class Prepared:
    raw: RawDocument
    lang: str
    lines: list[Line]


@dataclass
class RawInfo:
    """What the run keeps of a file it read (its text and lines stay in the worker)."""

    source_file: str
    sha256: str
    encoding: str
    source_format: str
    chars: int  # of text read: a page is PAGE_CHARS of them

    @property
    def pages(self) -> float:
        return self.chars / PAGE_CHARS


# a typescript page (1,800 characters with spaces): how much text a document's work is measured in
PAGE_CHARS = 1800


@dataclass
class DocResult:
    source_file: str
    extraction: Extraction | None = None
    residue: dict | None = None
    quarantined: Quarantined | None = None
    raw: RawInfo | None = None  # set when the file was read
    mentions: dict | None = None  # the legal-reference mentions of its knowledge items (legal_refs.mentions_of)


@dataclass
class Corpus:
    prepared: list[Prepared] = field(default_factory=list)
    quarantined: list[Quarantined] = field(default_factory=list)


# ---------------------------------------------------------------- discovery

def discover(raw_dir: Path) -> Discovery:
    """Every regular file under `raw_dir`, and every path skipped with its reason.

    Symbolic links are followed only to files and folders inside `raw_dir`; nothing is
    opened here (a FIFO would block the run), files are only listed.
    """
    root = Path(raw_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"raw documents folder not found: {root}")
    found = Discovery()
    real_root = Path(os.path.realpath(root))
    _walk(root, PurePosixPath(), real_root, {real_root}, found)
    return found


def _walk(folder: Path, rel: PurePosixPath, real_root: Path, seen: set[Path], found: Discovery) -> None:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        name = f"{rel}/" if rel.parts else "./"
        found.skipped.append(Skipped(name, "unreadable", f"{name}: cannot list the folder ({exc.strerror or exc})"))
        return
    for entry in entries:
        r = rel / entry.name
        skip = _skip_reason(entry, r, real_root)
        if skip:
            found.skipped.append(skip)
            continue
        try:
            st = os.stat(entry.path)  # follows a link (already known to stay inside)
        except OSError as exc:
            found.skipped.append(Skipped(str(r), "unreadable", f"{r}: cannot read its status ({exc.strerror or exc})"))
            continue
        if stat.S_ISDIR(st.st_mode):
            real = Path(os.path.realpath(entry.path))
            if real in seen:
                found.skipped.append(Skipped(f"{r}/", "already_listed", f"{r}/: a link to a folder already read"))
                continue
            seen.add(real)
            _walk(Path(entry.path), r, real_root, seen, found)
        elif stat.S_ISREG(st.st_mode):
            found.files.append(Path(entry.path))
        else:
            found.skipped.append(Skipped(str(r), "not_regular", f"{r}: {_kind(st.st_mode)}, not a regular file"))


def _skip_reason(entry: os.DirEntry, r: PurePosixPath, real_root: Path) -> Skipped | None:
    if entry.name.startswith("."):
        return Skipped(str(r), "hidden", f"{r}: a hidden name (starts with a dot); rename it to have it read")
    if entry.name in IGNORED:
        return Skipped(str(r), "ignored", f"{r}: the folder's description, not an act")
    if entry.is_symlink():
        target = os.path.realpath(entry.path)
        if not os.path.exists(target):
            return Skipped(str(r), "dangling_link", f"{r}: a link to {os.readlink(entry.path)}, which does not exist")
        if not Path(target).is_relative_to(real_root):
            return Skipped(str(r), "symlink_outside",
                           f"{r}: a link to {target}, outside the input folder; not followed")
    return None


def _kind(mode: int) -> str:
    for test, name in ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
                       (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device")):
        if test(mode):
            return name
    return "a special file"


# ---------------------------------------------------------------- one document (worker jobs)

def read_one(path: Path, root: Path, ocr: bool = False) -> RawDocument | Quarantined:
    try:
        return read_document(path, root, ocr)
    except BadInput as exc:
        return Quarantined(relative(path, root), exc.reason, str(exc), file_fingerprint(path))


def relative(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return Path(path).name


def file_fingerprint(path: Path, limit: int = 256 * 1024 * 1024) -> str | None:
    """The sha256 of a refused file, read in chunks, so the report names exactly which bytes were
    refused (None when it cannot be read, or is too large to be worth reading)."""
    digest = hashlib.sha256()
    try:
        if Path(path).stat().st_size > limit:
            return None
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None
    return digest.hexdigest()


def prepare_one(raw: RawDocument) -> Prepared:
    lang = language.detect(raw.text)
    return Prepared(raw, lang, prepare(raw, lang))


def read_and_prepare(path: Path, root: Path, ocr: bool = False) -> Prepared | Quarantined:
    """The first job of a document: its file read, fingerprinted and its lines repaired."""
    raw = read_one(path, root, ocr)
    return raw if isinstance(raw, Quarantined) else prepare_one(raw)


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


def process_document(path: Path, root: Path, ocr: bool = False) -> DocResult:
    """A document's whole work, one job: read (or refused), repaired, its records extracted."""
    p = read_and_prepare(path, root, ocr)
    if isinstance(p, Quarantined):
        return DocResult(p.source_file, None, None, p)
    result = extract_one(p)
    raw = p.raw
    result.raw = RawInfo(raw.source_file, raw.sha256, raw.encoding, raw.source_format, sum(map(len, raw.lines)))
    if result.extraction:
        result.mentions = legal_refs.mentions_of(rows_of(result.extraction).get("knowledge", []))
    return result


def mentions_of(results: list[DocResult]) -> dict:
    """The mentions the documents' jobs found, together."""
    out: dict = {}
    for r in results:
        out.update(r.mentions or {})
    return out


# ---------------------------------------------------------------- identity of an act

def resolve_identities(results: list[DocResult]) -> list[Quarantined]:
    """One act, one published text per language.

    An act is its registration (doc_id) together with its number and date. Files that give one
    registration to acts of different numbers or dates are all quarantined (`conflicting_identity`):
    which one is genuine cannot be told from the files, and file order must not decide. Files of
    the same act in the same language keep the one with the later amendment state (the latest
    amending act its editorial notes record); the others are quarantined (`same_act`) saying which
    was kept and why.
    """
    groups: dict[str, list[DocResult]] = defaultdict(list)
    for r in results:
        if r.extraction:
            groups[r.extraction.document.doc_id].append(r)
    out: list[Quarantined] = []
    for doc_id, group in groups.items():
        if _conflicting(group):
            messages = [_conflict_message(r, doc_id, group) for r in group]
            out += [_quarantine(r, "conflicting_identity", m) for r, m in zip(group, messages)]
            continue
        by_lang: dict[str, list[DocResult]] = defaultdict(list)
        for r in group:
            by_lang[r.extraction.document.lang].append(r)
        for lang, same in by_lang.items():
            if len(same) < 2:
                continue
            same.sort(key=_amendment_state, reverse=True)
            kept = same[0]
            for r in same[1:]:
                out.append(_quarantine(r, "same_act", _same_act_message(r, kept, doc_id, lang)))
    return out


def _norm_number(number: str | None) -> str | None:
    return re.sub(r"\s+", "", number).casefold() if number else None


def _identity(r: DocResult) -> tuple[str | None, object]:
    d = r.extraction.document
    return _norm_number(d.act_number), d.act_date


def _conflicting(group: list[DocResult]) -> bool:
    ids = [_identity(r) for r in group]
    for k in range(2):  # number, date: known in two files and different
        known = {i[k] for i in ids if i[k] is not None}
        if len(known) > 1:
            return True
    return False


def _describe(r: DocResult) -> str:
    d = r.extraction.document
    return f"{r.source_file} (№ {d.act_number or '?'} of {d.act_date or '?'}, {d.lang})"


def _conflict_message(r: DocResult, doc_id: str, group: list[DocResult]) -> str:
    others = ", ".join(_describe(o) for o in sorted(group, key=lambda o: o.source_file))
    return (f"{r.source_file}: the registration {doc_id} is claimed by different acts: {others}; "
            f"none of them is published until the files agree")


def _amendment_state(r: DocResult) -> tuple:
    """The later amendment state sorts first: the latest amending act the text records and how many
    amendments it records; then the fuller text (more cards, clauses and amendments read); then the
    fingerprint, so that the choice never depends on file order."""
    ex = r.extraction
    notes = [a.amending_act_date for a in ex.amendments if a.kind == "note" and a.amending_act_date]
    return (max(notes, default=dt.date.min), len(notes),
            len(ex.cards) + len(ex.requirements) + len(ex.amendments), ex.document.source_sha256)


def _state_text(r: DocResult) -> str:
    latest, count = _amendment_state(r)[:2]
    return f"amended up to {latest}" if count else "no amendment recorded"


def _same_act_message(r: DocResult, kept: DocResult, doc_id: str, lang: str) -> str:
    a, b = _amendment_state(kept), _amendment_state(r)
    if a[:2] != b[:2]:
        why = f"its amendment state is later ({_state_text(kept)}; this file: {_state_text(r)})"
    elif a[2] != b[2]:
        why = f"both show the same amendment state ({_state_text(kept)}) and its text holds more ({a[2]} records against {b[2]})"
    else:
        why = f"both show the same amendment state ({_state_text(kept)}) and as much text; kept by fingerprint"
    return f"{r.source_file}: the act {doc_id} ({lang}) is already read from {kept.source_file}, which is kept: {why}"


def _quarantine(r: DocResult, reason: str, message: str) -> Quarantined:
    q = Quarantined(r.source_file, reason, message, r.extraction.document.source_sha256)
    r.quarantined, r.extraction = q, None
    return q


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


def linked(extractions: list[Extraction]) -> list[Extraction]:
    """The extractions with what the other acts of the corpus say about them (repeals), on copies
    of their document records: linking can be done again when an act leaves the corpus."""
    out = [dataclasses.replace(ex, document=copy.copy(ex.document)) for ex in extractions]
    link_documents(out)
    return out


def blame(failures: list, extractions: list[Extraction]) -> tuple[dict[str, list[str]], list]:
    """The acts that failed checks: source file -> the labels of the checks its rows failed, and
    the failures that belong to no single act (those block the publish as a whole)."""
    by_file = {ex.document.source_file: ex for ex in extractions}
    by_doc: dict[tuple, list[str]] = defaultdict(list)
    for ex in extractions:
        by_doc[(ex.document.doc_id, ex.document.lang)].append(ex.document.source_file)
        by_doc[(ex.document.doc_id, None)].append(ex.document.source_file)
    blamed: dict[str, list[str]] = defaultdict(list)
    whole = []
    for f in failures:
        files = set()
        for source_file, doc_id, lang in f.documents:
            if source_file in by_file:
                files.add(source_file)
            elif doc_id:
                files.update(by_doc.get((doc_id, lang), []))
        if not files:
            whole.append(f)
        for name in files:
            blamed[name].append(f.label)
    return dict(blamed), whole


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


def build_tables(extractions: list[Extraction], mentions: dict | None = None):
    """The curated tables of the acts; `mentions`: the legal-reference mentions their items hold,
    where already found (DocResult.mentions), by (language, text)."""
    rows = merge_rows([rows_of(ex) for ex in extractions])
    rows["unit_versions"] = unit_versions(extractions)
    rows["legal_refs"] = legal_refs.annotate(rows.get("knowledge", []), mentions)  # also sets knowledge.ref_key
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
