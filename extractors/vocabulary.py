"""The label vocabulary of the acts, per language.

Every phrase the readers look for (row labels of the occupation cards, the words
of an act's header, amendment formulas, requirement clauses, month names) lives
in the TSV files of `extractors/vocab/`, not in the code. `labels.tsv` is the
shared glossary kept verbatim; `labels_extra.tsv` holds the project's additions;
every other `*.tsv` there (one per kind of thing described: the card template,
the act header grammar, requirement and amendment formulas) has the same
format and is merged in name order. `legal_acts.tsv` is a catalogue and
`endings.tsv` the endings of words (for the line-end joins), not labels.
A reader asks for a field and gets the forms of the document's language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

VOCAB_DIR = Path(__file__).parent / "vocab"
LANGS = ("kk", "ru")

# Characters that may end a word stem match: an inflected form shares the stem.
_WORD = re.compile(r"[\w-]+", re.UNICODE)
_PLACEHOLDER = re.compile(r"<[^<>]*>")  # a template's slot: `<month>`, `<issuer>`


@dataclass
class Vocabulary:
    lang: str
    entries: dict[str, list[str]] = field(default_factory=dict)
    # what is read from the entries, kept: a vocabulary is fixed once loaded, and the readers ask
    # the keys of a prefix and the number words for every paragraph
    _read: dict = field(default_factory=dict, repr=False, compare=False)

    def _kept(self, what: tuple, make):
        got = self._read.get(what)
        if got is None:
            got = self._read[what] = make()
        return got

    def forms(self, key: str) -> list[str]:
        return self.entries.get(key, [])

    def first(self, key: str, default: str = "") -> str:
        forms = self.forms(key)
        return forms[0] if forms else default

    def pairs(self, key: str) -> list[tuple[str, str]]:
        """Entries written `a>b` (mappings such as homoglyphs)."""
        out = []
        for form in self.forms(key):
            if ">" in form:
                a, b = form.split(">", 1)
                out.append((a, b))
        return out

    def phrases(self) -> list[str]:
        """Every form that reads as words of the language, for the line-end joins: a mapping
        (`a>b`: a letter, an ending or a word rewritten) is a rule, and its sides are not words
        of running text (`ының>ы`), and a template's placeholders (`<month>`) are not words."""
        out = []
        for forms in self.entries.values():
            for form in forms:
                text = _PLACEHOLDER.sub(" ", form)
                if ">" not in text:
                    out.append(text)
        return out

    def keys(self, prefix: str) -> list[str]:
        return list(self._kept(("keys", prefix), lambda: tuple(k for k in self.entries if k.startswith(prefix))))

    @property
    def months(self) -> dict[str, int]:
        """Month stem -> month number (kk stems, ru genitive forms)."""
        return dict(self._kept(("months",), lambda: {form: int(key.split(":")[1]) for key in self.keys("month:")
                                                      for form in self.forms(key)}))

    @property
    def numbers(self) -> dict[str, int]:
        return dict(self._kept(("numbers",), lambda: {form.casefold(): int(key.split(":")[1])
                                                       for key in self.keys("number:") for form in self.forms(key)}))

    @property
    def alphabet(self) -> str:
        return "".join(self.forms("alphabet"))

    @property
    def one_letter_words(self) -> frozenset[str]:
        return self._kept(("one_letter_words",), lambda: frozenset(self.forms("one_letter_words")))


def _split_forms(cell: str) -> list[str]:
    return [f.strip() for f in cell.split(" | ") if f.strip()]


def _load_file(path: Path, into: dict[str, dict[str, list[str]]]) -> None:
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        cols = raw.split("\t")
        key = cols[0].strip()
        for lang, cell in zip(LANGS, cols[1:3]):
            bucket = into[lang].setdefault(key, [])
            for form in _split_forms(cell):
                if form not in bucket:
                    bucket.append(form)


# a catalogue of acts, the endings of words (extractors.morphology) and the card's template
# (extractors.card_template): not labels
NOT_LABELS = frozenset({"legal_acts.tsv", "endings.tsv", "card_template.tsv"})


def vocabulary_files() -> list[Path]:
    """The label files, the shared glossary first (its forms come first in every field)."""
    first = [VOCAB_DIR / "labels.tsv", VOCAB_DIR / "labels_extra.tsv"]
    rest = sorted(p for p in VOCAB_DIR.glob("*.tsv") if p not in first and p.name not in NOT_LABELS)
    return [p for p in first if p.is_file()] + rest


@lru_cache(maxsize=None)
def vocabulary(lang: str) -> Vocabulary:
    if lang not in LANGS:
        raise ValueError(f"no vocabulary for language {lang!r}")
    merged: dict[str, dict[str, list[str]]] = {code: {} for code in LANGS}
    for path in vocabulary_files():
        _load_file(path, merged)
    return Vocabulary(lang, merged[lang])


@lru_cache(maxsize=None)
def endings(lang: str, key: str = "endings") -> tuple[str, ...]:
    """The language's word endings listed in vocab/endings.tsv (extractors.morphology adds them to
    its dictionary's suffix inventory); `standalone`: those that are also words of their own."""
    merged: dict[str, dict[str, list[str]]] = {code: {} for code in LANGS}
    _load_file(VOCAB_DIR / "endings.tsv", merged)
    return tuple(merged[lang].get(key, []))


@lru_cache(maxsize=1)
def legal_act_rows() -> tuple[tuple[str, ...], ...]:
    """The rows of vocab/legal_acts.tsv, the catalogue of laws and codes (key, kind, title kk,
    title ru, signature kk, signature ru), comment lines left out."""
    lines = (VOCAB_DIR / "legal_acts.tsv").read_text(encoding="utf-8").splitlines()
    return tuple(tuple(line.split("\t")) for line in lines if line.strip() and not line.startswith("#"))


def words(text: str) -> list[str]:
    return _WORD.findall(text)
