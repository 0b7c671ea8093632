"""Shared fixtures: the seed corpus read once per session, helpers that turn a few
lines of damaged text into records, and the Prefect test harness (started once)."""
from __future__ import annotations

import os
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
RAW_DOCS = ROOT / "raw_docs"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _shared() -> Path | None:
    """The project's shared folder (gold, devset, scorer, real pages): `$KZPROF_SHARED`, else
    `../shared` beside the checkout, else `/work/shared`. Gold and scorer are read from there,
    never copied into the project."""
    import os as _os
    for cand in (_os.environ.get("KZPROF_SHARED"), ROOT.parent / "shared", "/work/shared"):
        if cand and (Path(cand) / "tools" / "score_gold.py").is_file():
            return Path(cand)
    return None


SHARED = _shared()
NO_SHARED = "the shared folder (gold, devset, scorer) is not beside this checkout; set KZPROF_SHARED"
GOLD_KK = (SHARED / "gold") if SHARED else FIXTURES / "missing-shared-gold"
SCORER = (SHARED / "tools" / "score_gold.py") if SHARED else FIXTURES / "missing-shared-scorer"
DEVSET = (SHARED / "devset") if SHARED else None
REAL = (SHARED / "real") if SHARED else None
needs_shared = pytest.mark.skipif(SHARED is None, reason=NO_SHARED)

sys.path.insert(0, str(ROOT))

from extractors import language  # noqa: E402
from extractors.cards import read_cards  # noqa: E402
from extractors.extract import extract_document  # noqa: E402
from extractors.reading import RawDocument, read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, document_lexicon, prepare  # noqa: E402


def doc_from_text(text: str, lang: str | None = None, name: str = "fixture.txt", extra_corpus: str = ""):
    """A repaired document from a literal text (dedented), its lexicon learned from the text
    itself and `extra_corpus` (well-formed prose that shows the words whole)."""
    text = textwrap.dedent(text).lstrip("\n")
    lines = text.split("\n")
    raw = RawDocument(Path(name), name, "0" * 64, "txt", "utf-8", lines, [None] * len(lines))
    lang = lang or language.detect(text)
    prepared = prepare(raw, lang)
    corpus = [prepared]
    if extra_corpus:
        extra_lines = textwrap.dedent(extra_corpus).split("\n")
        extra = RawDocument(Path("extra.txt"), "extra.txt", "1" * 64, "txt", "utf-8", extra_lines, [None] * len(extra_lines))
        corpus.append(prepare(extra, lang))
    lexicon = corpus_lexicon(corpus, lang)
    return assemble(name, lang, prepared, lexicon), raw, lexicon


def cards_from_text(text: str, lang: str = "kk", extra_corpus: str = ""):
    doc, _, lexicon = doc_from_text(text, lang, extra_corpus=extra_corpus)
    return read_cards(doc, lexicon)


class SeedCorpus:
    def __init__(self):
        self.raw = {p.name: read_document(p, RAW_DOCS) for p in sorted(RAW_DOCS.glob("*.txt"))}
        self.lang = {n: language.detect(r.text) for n, r in self.raw.items()}
        self.prepared = {n: prepare(r, self.lang[n]) for n, r in self.raw.items()}
        # each act is repaired with its own words (and the general lists), as a refresh does
        self.lexicon = {n: document_lexicon(self.prepared[n], self.lang[n]) for n in self.raw}
        self.docs = {n: assemble(n, self.lang[n], self.prepared[n], self.lexicon[n]) for n in self.raw}
        self.extractions = {n: extract_document(self.docs[n], self.raw[n], self.lexicon[n]) for n in self.raw}

    def by_prefix(self, prefix: str):
        name = next(n for n in self.raw if n.startswith(prefix))
        return self.docs[name], self.extractions[name]


@pytest.fixture(scope="session")
def seeds() -> SeedCorpus:
    return SeedCorpus()


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """Prefect's local ephemeral API, started once for the whole session."""
    home = tmp_path_factory.mktemp("prefect_home")
    os.environ["PREFECT_HOME"] = str(home)
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


@pytest.fixture(scope="session")
def seed_tables(seeds):
    """The seeds' tables, built by the library (no Prefect) from copies of the session's extractions."""
    import copy

    from extractors import pipeline

    extractions = copy.deepcopy(list(seeds.extractions.values()))
    pipeline.link_documents(extractions)
    return pipeline.build_tables(extractions)


@pytest.fixture(scope="session")
def seed_folder(seed_tables, tmp_path_factory) -> Path:
    """The seeds' tables published by the publish step into a fresh folder (datapackage included)."""
    from extractors.publish import publish

    curated = tmp_path_factory.mktemp("seed_folder") / "curated"
    return publish(seed_tables, {"run_id": "test"}, curated, "test", keep_from_previous=())
