"""The general word lists the line-end joins use come from general sources, not from the acts.

The bundled Kazakh dictionary is Debian's hunspell-kk (stems and suffix rules, gzipped in
extractors/vocab/hunspell/, origin in its SOURCES.tsv), Russian is pymorphy3's dictionary.
A list rebuilt from raw_docs/ (as the old bench/build_base_words.py did) knows every word the
seed acts print and knows them better than the words of acts never seen: the tests below fail
on such a list. The mechanism that reads the dictionary is specified on a tiny one first."""
import gzip
import hashlib
from collections import Counter
from pathlib import Path

import pytest

from conftest import DEVSET, FIXTURES, RAW_DOCS, ROOT, needs_shared
from extractors import language
from extractors.joining import reliable_words
from extractors.morphology import HUNSPELL_DIR, AffixDictionary, affix_dictionary, known_form
from extractors.reading import read_document
from extractors.text import general_lexicon, prepare
from extractors.vocabulary import VOCAB_DIR

# ------------------------------------------------------------------ the dictionary format

AFF = """SET UTF-8
SFX A N 2
SFX A 0 лар [аоұы]
SFX A 0 лер [еі]
SFX B N 2
SFX B 0 ы [^аоұыеі]
SFX B к гі [еі]к
SFX C N 1
SFX C 0 мен .
"""
DIC = """4
бала/AC
іс
білік/B
кесте/A
"""


@pytest.fixture(scope="module")
def tiny():
    return AffixDictionary.read(AFF, DIC)


def test_a_form_is_a_stem_or_a_stem_with_one_of_its_rules(tiny):
    assert tiny.known("бала") and tiny.known("балалар") and tiny.known("баламен")
    assert tiny.known("білігі")          # strip к, add гі: the rule's condition holds
    assert not tiny.known("іслер")       # іс has no flag A
    assert not tiny.known("балагі")      # the rule needs a stem ending in к
    assert tiny.endings == {"лар", "лер", "ы", "гі", "мен"}


def test_a_rule_whose_ending_stands_alone_proves_nothing(tiny):
    assert not tiny.known("баламен", is_word={"мен"}.__contains__)


def test_endings_stack_on_any_known_word(tiny):
    known = {"іс", "кесте", "кестелер"}.__contains__
    assert tiny.inflects("кестелермены", known)         # кестелер + мен + ы: no stem's flags say so
    assert not tiny.inflects("кестелерменылар", known)  # three endings: too far from a known word
    assert not tiny.inflects("кестемен", known, is_word={"мен"}.__contains__)


def test_the_bundled_dictionary_reads_without_a_system_package():
    dic = affix_dictionary("kk")
    assert len(dic.stems) > 50_000 and len(dic.endings) > 200
    kk = known_form("kk")
    assert kk("әлеуметтік") and kk("бөлімшесінің") and not kk("әлеуметті к")
    assert not kk("ның") and not kk("тар")   # endings the dictionary also lists as entries


# ------------------------------------------------------------------ where the lists come from

def _sources() -> list[dict]:
    lines = (HUNSPELL_DIR / "SOURCES.tsv").read_text(encoding="utf-8").splitlines()
    head = lines[0].lstrip("# ").split("\t")
    return [dict(zip(head, ln.split("\t"))) for ln in lines[1:] if ln.strip()]


def test_every_bundled_word_file_has_its_origin_written_down():
    rows = {r["file"]: r for r in _sources()}
    bundled = sorted(p.name for p in HUNSPELL_DIR.iterdir() if p.name != "SOURCES.tsv")
    assert bundled and sorted(rows) == bundled
    for name, row in rows.items():
        assert hashlib.sha256((HUNSPELL_DIR / name).read_bytes()).hexdigest() == row["bundled_sha256"]
        source = gzip.decompress((HUNSPELL_DIR / name).read_bytes())
        assert hashlib.sha256(source).hexdigest() == row["source_sha256"], name
        assert row["package"] and row["licence"] and "raw_docs" not in row["source"]
    # no word list beside the label files that no origin names (the old seed-built words_*.txt)
    others = [p.name for p in VOCAB_DIR.iterdir() if p.is_file() and p.suffix not in (".tsv", ".md")]
    assert others == []
    assert "hunspell-kk" in (VOCAB_DIR / "README.md").read_text(encoding="utf-8")


def test_the_builder_reads_no_act():
    builder = (ROOT / "bench" / "build_word_lists.py").read_text(encoding="utf-8")
    assert "raw_docs" not in builder.replace("Nothing here reads raw_docs/", "")
    assert not (ROOT / "bench" / "build_base_words.py").exists()


def _known_share(files: list[Path], lang: str) -> float:
    """Share of the words the acts print whole (three letters or more) that the general lexicon
    (what every act is read with besides its own words) knows."""
    words: Counter = Counter()
    for f in files:
        raw = read_document(f, f.parent)
        assert language.detect(raw.text) == lang
        words.update(reliable_words(prepare(raw, lang)))
    lex = general_lexicon(lang)
    types = [w for w in words if len(w) >= 3 and w.isalpha()]
    return sum(1 for w in types if lex.seen(w) > 0) / len(types)


@needs_shared
@pytest.mark.parametrize("lang,seen,unseen", [
    ("kk", (RAW_DOCS, "*.txt"), "u0*.txt"),
    ("ru", (FIXTURES / "ru", "*.txt"), "ru*.txt"),
])
def test_the_general_lists_know_the_seeds_no_better_than_acts_never_seen(lang, seen, unseen):
    """A list built from the project's own acts knows all their words (share 1.0) and fewer of an
    unseen act's; general lists know both alike (Kazakh about 92 %, Russian over 99 %)."""
    seen_share = _known_share(sorted(seen[0].glob(seen[1])), lang)
    unseen_share = _known_share(sorted((DEVSET / "txt").glob(unseen)), lang)
    assert seen_share < (0.999 if lang == "ru" else 0.97)
    assert seen_share - unseen_share < 0.02, (seen_share, unseen_share)


def _known_rule_by_rule(dic: AffixDictionary, word: str, is_word=lambda w: False) -> bool:
    """The definition `known` answers by groups: a stem, or some rule whose ending the word ends
    with, whose flag its base carries, whose condition the base meets, and whose ending does not
    stand alone."""
    if word in dic.stems:
        return True
    for n in range(1, len(word)):
        head, ending = word[:-n], word[-n:]
        for rule in dic.by_add.get(ending, ()):
            base = head + rule.strip
            if rule.flag and rule.flag in dic.stems.get(base, "") and rule.condition.search(base) \
                    and not is_word(ending):
                return True
    return any(r.flag and r.flag in dic.stems.get(word + r.strip, "") and r.condition.search(word + r.strip)
               for r in dic.by_add.get("", ()))


def test_each_base_is_looked_up_once_and_the_answer_is_the_rule_by_rule_one():
    """`known` looks a base up once for all the rules that strip the same letters for the same
    ending (the dictionary's empty ending has hundreds): the same answer as rule by rule."""
    dic = affix_dictionary("kk")
    words = ["балалардың", "мамандар", "құзыреттерге", "білімі", "әлеуметтік", "жұмыстың", "кесте",
             "талаптарға", "функциясы", "қызметкерлерінің", "мен", "ережелеріне", "ххх", "оқытушының"]
    stands_alone = {"мен", "да", "ы"}.__contains__
    for w in words:
        assert dic.known(w) == _known_rule_by_rule(dic, w), w
        assert dic.known(w, stands_alone) == _known_rule_by_rule(dic, w, stands_alone), w


def test_the_joins_take_the_vocabularys_phrases_not_its_rules_or_slots():
    """A mapping `a>b` rewrites a letter, an ending or a word: its sides are no words of running
    text (with `ының` counted as a label word, `жаттығулар` / `ының` at a line end was split).
    A template's slots (`<month>`) are no words either; its other words are."""
    from extractors.vocabulary import Vocabulary

    vocab = Vocabulary("kk", {"genitive_to_nominative": ["ының>ы", "нің>"], "date": ["YYYY жылғы D <month>"],
                              "card_title": ["Кәсіп карточкасы"]})
    assert vocab.phrases() == ["YYYY жылғы D  ", "Кәсіп карточкасы"]
    words = general_lexicon("kk").counts
    assert "ының" not in words and "month" not in words and "жылғы" in words


def test_endings_stand_alone_where_the_dictionary_lists_them_as_a_word_not_where_it_only_derives_them():
    """`тегін` is a word of its own (a listed stem): after a known word it may be the next word.
    `ларының` is only derived, from stems the dictionary lists that are endings themselves
    (`лары`, `ларын`): it does not keep `жаттығу` + `лары` + `ның` from being one word."""
    lexicon = general_lexicon("kk")
    assert lexicon._stands_alone("тегін") and not lexicon.dictionary_knows("жәбірленушінітегін")
    assert not lexicon._stands_alone("ларының") and lexicon.dictionary_knows("жаттығуларының")
