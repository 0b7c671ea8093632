"""Knowledge items -> the acts they name, under a key both languages share (`ref_key`).

A knowledge item often names a law or a code: `Қазақстан Республикасының Еңбек
кодексін`, `Трудовой кодекс Республики Казахстан (далее – Трудовой кодекс)`. To
count which laws an occupation must know, in either language, each mention is
found and mapped to one key:

1. a spaCy pipeline per language reads the item. spaCy has no Kazakh, so a `kk`
   language is registered here (its abbreviations, a suffix-stripping lemmatizer);
   Russian is spaCy's `ru` with the pymorphy3 lemmatizer. An entity ruler marks act
   names (`LAW`, `CODE`, `CONSTITUTION`, `RULES`) and dates (`DATE`, so that a
   name never runs into the date of the act that approved it) by token patterns
   over lemmas, so every inflected form matches;
2. the mention's words, lemmatized the same way, are matched against the bilingual
   catalogue of acts (vocab/legal_acts.tsv): the act of the same kind whose
   signature words are all present, the longest signature winning. Its key is
   shared by both languages (`code.labour`);
3. an act the catalogue does not list still gets a key, of its own language
   (`kk:law:...`), so it is counted, only not aligned with the other language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cached_property, lru_cache

from .vocabulary import LANGS, legal_act_rows, vocabulary

KINDS = ("constitution", "code", "law", "rules")

# ---------------------------------------------------------------- a suffix-stripping lemmatizer

# A language without a dictionary lemmatizer (Kazakh) is read with a suffix stripper whose
# endings and sound rules are data (vocab/clauses.tsv, `refs_*`). A Kazakh word ends in
# plural + possessive + case, each optional, in that order; the stemmer strips them from the
# end in the reverse order, one of each at most, while the stem keeps three letters and a
# vowel. An ending that begins with `refs_after_vowel` letters follows a vowel, one that begins
# with `refs_after_consonant` letters a consonant; a lone possessive vowel follows a consonant,
# a possessive with a consonant a vowel. It still over-stems now and then, which costs nothing:
# the catalogue's words and the ruler's head words go through the same function, so they meet
# a mention's words in the same form.


@dataclass(frozen=True)
class _Suffixes:
    groups: tuple[tuple[str, ...], ...]  # case, possessive, plural: stripped in this order
    vowels: frozenset
    consonant_like: frozenset  # vowels that take the endings of a consonant
    after_vowel: tuple[str, ...]
    after_consonant: tuple[str, ...]
    voiced: dict
    homoglyphs: dict  # Latin letters typed for the language's own (`i` for `і`)

    def fold(self, text: str) -> str:
        """The text case folded, with the homoglyphs read as the language's letters."""
        return text.casefold().translate(self._table)

    @cached_property
    def _table(self) -> dict[int, str]:
        # (a table of single letters: one pass in C where a look-up per letter was made)
        return {ord(a): b for a, b in self.homoglyphs.items() if len(a) == 1}


@lru_cache(maxsize=None)
def _suffixes(lang: str) -> _Suffixes:
    v = vocabulary(lang)
    return _Suffixes(
        tuple(tuple(v.forms(k)) for k in ("refs_case_endings", "refs_possessive_endings", "refs_plural_endings")),
        frozenset(v.forms("refs_vowels")), frozenset(v.forms("refs_consonant_like_vowels")),
        tuple(v.forms("refs_after_vowel")), tuple(v.forms("refs_after_consonant")), dict(v.pairs("refs_voiced_end")),
        {a: b for a, b in v.pairs("homoglyphs") if a.islower()})


def _fits(stem: str, end: str, rules: _Suffixes, possessive: bool) -> bool:
    if len(stem) < 3 or not rules.vowels & set(stem):
        return False
    vowel_end = stem[-1] in rules.vowels and stem[-1] not in rules.consonant_like
    if possessive and len(end) == 1:
        return stem[-1] not in rules.vowels  # `қызметі`: a lone possessive vowel after a consonant
    if possessive:
        return stem[-1] in rules.vowels  # `Республикасы`
    if end.startswith(rules.after_vowel) and not vowel_end:
        return False  # -н-, -ның, -ны, -на, -нан follow a vowel
    return not (end.startswith(rules.after_consonant) and vowel_end)  # `қызметі` is not қызме + ті


def _strip(w: str, endings: tuple[str, ...], rules: _Suffixes, possessive: bool) -> str:
    for end in endings:
        if w.endswith(end) and _fits(w[: -len(end)], end, rules, possessive):
            return w[: -len(end)]
    return w


def suffix_stem(word: str, lang: str) -> str:
    """The word without its endings (`Республикасындағы` -> `республика`), repeated until
    nothing more comes off, so that a word and any inflected form of it end in the same stem
    (`отбасы` and `отбасыларға`). A hyphenated word inflects its last part only. A language
    with no endings in the vocabulary keeps its words (case-folded)."""
    rules = _suffixes(lang)
    folded = rules.fold(word)
    head, sep, w = folded.rpartition("-")
    for _ in range(3):
        before = w
        for k, endings in enumerate(rules.groups):
            w = _strip(w, endings, rules, possessive=(k == 1))
        if w and w[-1] in rules.voiced:
            w = w[:-1] + rules.voiced[w[-1]]  # a consonant is voiced before a vowel ending: қауіпсіздігі
        if w == before:
            break
    return head + sep + w


def kk_stem(word: str) -> str:
    """`Республикасындағы` -> `республика`, `құқықтары` -> `құқық`, `қауіпсіздігі` -> `қауіпсіздік`."""
    return suffix_stem(word, "kk")


def _register_suffix_language(lang: str):
    """A spaCy language for `lang` (spaCy has none for Kazakh): its abbreviations and stop words
    from the vocabulary, and the suffix stripper as its lemmatizer."""
    from spacy.attrs import ORTH
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.language import BaseDefaults, Language
    from spacy.util import registry, update_exc

    if lang in registry.languages.get_all():
        return
    vocab = vocabulary(lang)

    class Defaults(BaseDefaults):
        tokenizer_exceptions = update_exc(BASE_EXCEPTIONS, {a: [{ORTH: a}] for a in vocab.forms("refs_abbreviations")})
        stop_words = set(vocab.forms("refs_stop_words"))
        writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}

    registry.languages.register(lang, func=type(f"SuffixLanguage_{lang}", (Language,), {"lang": lang, "Defaults": Defaults}))

    if "suffix_lemmatizer" not in registry.factories.get_all():
        @Language.component("suffix_lemmatizer")
        def suffix_lemmatizer(doc):
            for t in doc:
                t.lemma_ = suffix_stem(t.text, doc.lang_) if _WORD.match(t.text) else t.lower_
            return doc


# ---------------------------------------------------------------- entity patterns

_WORD = re.compile(r"^[^\W\d_]+(?:[-–][^\W\d_]+)*$")
_NUMERIC_DATE = [{"TEXT": {"REGEX": r"^\d{2}\.\d{2}\.\d{4}$"}}]


def _name(lang: str, op: str) -> dict:
    """A word of an act's name (also its parentheses, hyphens, commas and quotes), never a
    number or the `бұдан әрі` / `далее` that starts a short form."""
    stop = vocabulary(lang).forms("refs_name_stop")
    return {"TEXT": {"REGEX": r"^(?:[^\W\d_]+(?:[-–][^\W\d_]+)*|[(),\-–]|[\"«»“”„])$"},
            "LOWER": {"NOT_IN": stop}, "OP": op}


def _head(word: str, lang: str) -> dict:
    if word.endswith("*"):
        return {"LOWER": {"REGEX": "^" + re.escape(word[:-1].casefold())}}
    return {"LEMMA": suffix_stem(word, lang)}


def _act_pattern(shape: str, head: str, lang: str) -> list[dict]:
    """`+ HEAD`: name words then the head word (Kazakh); `HEAD +`, `* HEAD *`: around it (Russian)."""
    return [_head(head, lang) if tok == "HEAD" else _name(lang, tok) for tok in shape.split()]


def _date_pattern(shape: str, lang: str) -> list[dict]:
    months = [f.casefold() for k in vocabulary(lang).keys("month:") for f in vocabulary(lang).forms(k)]
    slots = {"YYYY": {"SHAPE": "dddd"}, "D": {"IS_DIGIT": True}, "<word>": {"IS_ALPHA": True},
             "<month>": {"LOWER": {"IN": months}}}
    return [slots.get(tok, {"LOWER": tok.casefold()}) for tok in shape.split()]


def _patterns(lang: str) -> list[dict]:
    vocab = vocabulary(lang)
    out = []
    for kind in KINDS:
        for shape in vocab.forms(f"refs_pattern:{kind}"):
            for head in vocab.forms(f"refs_head:{kind}"):
                out.append({"label": kind.upper(), "pattern": _act_pattern(shape, head, lang)})
    dates = [_date_pattern(shape, lang) for shape in vocab.forms("refs_date")] + [_NUMERIC_DATE]
    return out + [{"label": "DATE", "pattern": p} for p in dates]


@lru_cache(maxsize=None)
def nlp_for(lang: str):
    """The spaCy pipeline of a language: tokenizer, lemmatizer, entity ruler (built once). Which
    lemmatizer is data (`refs_lemmatizer`): spaCy's with pymorphy3, or the suffix stripper."""
    import spacy

    lemmatizer = vocabulary(lang).first("refs_lemmatizer") if lang in LANGS else ""
    if lemmatizer == "suffixes":
        _register_suffix_language(lang)
        nlp = spacy.blank(lang)
        nlp.add_pipe("suffix_lemmatizer")
    elif lemmatizer:
        nlp = spacy.blank(lang)
        nlp.add_pipe("lemmatizer", config={"mode": lemmatizer})
    else:
        raise ValueError(f"no legal-reference pipeline for language {lang!r}")
    ruler = nlp.add_pipe("entity_ruler")
    nlp.initialize()  # before the patterns: initializing an entity ruler empties it
    ruler.add_patterns(_patterns(lang))
    return nlp


def _words(tokens) -> tuple[str, ...]:
    """The lemmas of the words among `tokens`, a hyphenated word as its parts, with the letters
    the language writes either way folded (`refs_fold`: `ё` as `е`)."""
    out = []
    for t in tokens:
        if _WORD.match(t.text):
            fold = _folds(t.doc.lang_)
            lemma = "".join(fold.get(c, c) for c in t.lemma_.casefold())
            out.extend(p for p in re.split(r"[-–]", lemma) if p)
    return tuple(out)


@lru_cache(maxsize=None)
def _folds(lang: str) -> dict:
    return dict(vocabulary(lang).pairs("refs_fold")) if lang in LANGS else {}


# ---------------------------------------------------------------- the catalogue

@dataclass(frozen=True)
class Act:
    key: str
    kind: str
    title_kk: str
    title_ru: str
    signature: dict  # lang -> tuple[(word, is_prefix)]

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}")


@lru_cache(maxsize=1)
def catalogue() -> tuple[Act, ...]:
    acts = []
    for key, kind, title_kk, title_ru, sig_kk, sig_ru in legal_act_rows():
        if kind not in KINDS:
            raise ValueError(f"legal_acts.tsv: {key}: unknown kind {kind!r}")
        sig = {}
        for lang, words in (("kk", sig_kk), ("ru", sig_ru)):
            out = []
            for w in words.split():
                if w.endswith("*"):  # a prefix is compared as written
                    out.append((w[:-1].casefold(), True))
                    continue
                # a signature word is read the way a mention is: tokenized and lemmatized
                out.extend((lm, False) for lm in _words(nlp_for(lang)(w)))
            sig[lang] = tuple(out)
        acts.append(Act(key, kind, title_kk, title_ru, sig))
    return tuple(acts)


# ---------------------------------------------------------------- mentions

@dataclass(frozen=True)
class Mention:
    kind: str
    text: str
    words: tuple[str, ...]
    start: int  # character offsets in the item
    end: int
    # what it names (resolve), settled with the act's own work: the run that builds the tables
    # from kept results needs neither the catalogue nor the pipeline its signatures are read with
    key: str = ""
    act: "Act | None" = None


@lru_cache(maxsize=None)
def _generic(lang: str) -> frozenset:
    """Words a mention shares with every act (`refs_generic`), in the form mentions have."""
    return frozenset(suffix_stem(w, lang) for w in vocabulary(lang).forms("refs_generic"))


def mentions_in(texts: list[str], lang: str) -> list[list[Mention]]:
    out: list[list[Mention]] = [[] for _ in texts]
    todo = [k for k, t in enumerate(texts) if _may_name_an_act(t, lang)]
    if not todo:
        return out  # spaCy and the pipeline (about a second to load) only where there is text to read
    for k, doc in zip(todo, nlp_for(lang).pipe([texts[k] for k in todo], batch_size=256)):
        found = [Mention(ent.label_.lower(), ent.text, _words(ent), ent.start_char, ent.end_char)
                 for ent in doc.ents if ent.label_ != "DATE"]
        out[k] = [replace(m, key=key, act=act) for m in found for key, act in [resolve(m, lang)]]
    return out


@lru_cache(maxsize=None)
def _head_prefixes(lang: str) -> tuple[str, ...]:
    """The letters every printed form of an act's head word starts with: the head's stem (or
    the prefix a `*` head gives), four letters at most, without a last letter that inflection
    voices (`қауіпсіздік` / `қауіпсіздігі`)."""
    voiceless = set(_suffixes(lang).voiced.values())
    out = set()
    for kind in KINDS:
        for head in vocabulary(lang).forms(f"refs_head:{kind}"):
            stem = head[:-1].casefold() if head.endswith("*") else suffix_stem(head, lang)
            if len(stem) <= 4 and stem[-1:] in voiceless:
                stem = stem[:-1]
            out.add(stem[:4])
    return tuple(sorted(out))


def _may_name_an_act(text: str, lang: str) -> bool:
    """Every act mention has its head word (`заң`, `кодекс`): a text with no word that could be
    one (its letters folded as the stems fold them) is not run through the pipeline."""
    folded = _suffixes(lang).fold(text)
    return any(p in folded for p in _head_prefixes(lang))


def resolve(m: Mention, lang: str) -> tuple[str, Act | None]:
    """The mention's key: the catalogue act it names, or a key of its own language."""
    if m.key:
        return m.key, m.act
    present = set(m.words)

    def holds(sig) -> bool:
        return bool(sig) and all(w in present or (pref and any(p.startswith(w) for p in present)) for w, pref in sig)

    found = [a for a in catalogue() if a.kind == m.kind and holds(a.signature[lang])]
    if found:
        best = max(found, key=lambda a: len(a.signature[lang]))
        return best.key, best
    content = [w for w in m.words if w not in _generic(lang) and len(w) > 1] or list(m.words)
    return f"{lang}:{m.kind}:" + "-".join(dict.fromkeys(content)), None


# ---------------------------------------------------------------- tables

def _by_lang(knowledge_rows: list[dict]) -> dict[str, list[dict]]:
    by_lang: dict[str, list[dict]] = {}
    for row in knowledge_rows:
        if row.get("lang") in LANGS and row.get("text"):
            by_lang.setdefault(row["lang"], []).append(row)
    return by_lang


def mentions_of(knowledge_rows: list[dict], known: dict | None = None) -> dict[tuple[str, str], list[Mention]]:
    """The mentions in each knowledge item, by (language, text), for the texts `known` lacks. An
    item's mentions depend on its text alone: one act's are found with its own work (and kept
    with its result), so that a refresh runs the pipeline only over the items of acts it read."""
    known = known or {}
    out: dict[tuple[str, str], list[Mention]] = {}
    for lang, rows in _by_lang(knowledge_rows).items():
        texts = [t for t in dict.fromkeys(r["text"] for r in rows) if (lang, t) not in known]
        out.update(zip(((lang, t) for t in texts), mentions_in(texts, lang)))
    return out


def annotate(knowledge_rows: list[dict], known: dict | None = None) -> list[dict]:
    """Sets `ref_key` on every knowledge row (the first act the item names, None if none) and
    returns the rows of `legal_refs`: one per key, with its titles and mention counts.
    `known`: mentions already found (mentions_of), by (language, text)."""
    refs: dict[str, dict] = {}
    for row in knowledge_rows:
        row["ref_key"] = None
    found = dict(known or {})
    found.update(mentions_of(knowledge_rows, found))
    for lang, rows in _by_lang(knowledge_rows).items():
        for row, ms in ((r, found[(lang, r["text"])]) for r in rows):
            for k, m in enumerate(ms):
                key, act = resolve(m, lang)
                if k == 0:
                    row["ref_key"] = key
                ref = refs.setdefault(key, {
                    "ref_key": key, "kind": m.kind, "in_catalogue": act is not None,
                    "title_kk": act.title_kk if act else None, "title_ru": act.title_ru if act else None,
                    "mentions_kk": 0, "mentions_ru": 0})
                if act is None and not ref[f"title_{lang}"]:
                    ref[f"title_{lang}"] = re.sub(r"^[\"«“„(\s]+|[\"»”)\s]+$", "", m.text)
                if k == 0 or key != row["ref_key"]:
                    ref[f"mentions_{lang}"] += 1
    return sorted(refs.values(), key=lambda r: r["ref_key"])
