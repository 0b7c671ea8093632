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
from dataclasses import dataclass
from functools import lru_cache

from .vocabulary import VOCAB_DIR

KINDS = ("constitution", "code", "law", "rules")

# ---------------------------------------------------------------- Kazakh: language class and lemmas

# A Kazakh word ends in plural + possessive + case, each optional, in that order; the
# stemmer strips them from the end in the reverse order, one of each at most, while the
# stem keeps three letters and a vowel. A lone possessive -ы/-і goes only after a
# consonant, -сы/-сі only after a vowel; an ending's first letter must suit the stem's last
# (-ны after a vowel, -ды/-ты after a consonant). It still over-stems now and then,
# which costs nothing: the catalogue's words and the ruler's head words go through the
# same function, so they meet a mention's words in the same form.
_CASE = ("ндағы", "ндегі", "дағы", "дегі", "тағы", "тегі", "ымен", "імен",
         "ның", "нің", "дың", "дің", "тың", "тің", "дан", "ден", "тан", "тен", "нан", "нен",
         "мен", "бен", "пен", "нда", "нде",
         "ға", "ге", "қа", "ке", "на", "не", "ны", "ні", "ды", "ді", "ты", "ті", "да", "де", "та", "те", "н")
_POSSESSIVE = ("сы", "сі", "ы", "і")
_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
_VOWELS = set("аәеиоөуұүыіэюя")
_VOICED_END = {"г": "к", "ғ": "қ", "б": "п"}


def _strip(w: str, endings) -> str:
    for end in endings:
        stem = w[: -len(end)]
        if not w.endswith(end) or len(stem) < 3 or not _VOWELS & set(stem):
            continue
        vowel_end = stem[-1] in _VOWELS and stem[-1] not in "уи"  # у, и take the endings of a consonant
        if end[0] == "н" and not vowel_end:
            continue  # -н-, -ның, -ны, -на, -нан follow a vowel
        if end[0] in "дтқк" and vowel_end:
            continue  # -ды, -ты, -да, -тың, -қа follow a consonant: `қызметі` is қызмет + і, not қызме + ті
        if end in ("ы", "і") and stem[-1] in _VOWELS:
            continue
        if end in ("сы", "сі") and stem[-1] not in _VOWELS:
            continue
        return stem
    return w


def kk_stem(word: str) -> str:
    """`Республикасындағы` -> `республика`, `құқықтары` -> `құқық`, `қауіпсіздігі` -> `қауіпсіздік`.

    Repeated until nothing more comes off, so that a word and any inflected form of it
    end in the same stem (`отбасы` and `отбасыларға`). A hyphenated word inflects its
    last part only (`зорлық-зомбылықтың`)."""
    head, sep, last = word.casefold().replace("i", "і").rpartition("-")
    w = last
    for _ in range(3):
        before = w
        for endings in (_CASE, _POSSESSIVE, _PLURAL):
            w = _strip(w, endings)
        if w and w[-1] in _VOICED_END:
            w = w[:-1] + _VOICED_END[w[-1]]  # a consonant is voiced before a vowel ending: қауіпсіздігі
        if w == before:
            break
    return head + sep + w


def _register_kazakh():
    from spacy.attrs import ORTH
    from spacy.lang.tokenizer_exceptions import BASE_EXCEPTIONS
    from spacy.language import BaseDefaults, Language
    from spacy.util import registry, update_exc

    if "kk" in registry.languages.get_all():
        return
    abbreviations = ["ҚР", "т.б.", "т.с.с.", "ж.", "жж.", "б.", "тармақ.", "бұйр.", "қ.", "обл."]

    class KazakhDefaults(BaseDefaults):
        tokenizer_exceptions = update_exc(BASE_EXCEPTIONS, {a: [{ORTH: a}] for a in abbreviations})
        stop_words = {"және", "мен", "бен", "пен", "немесе", "бұдан", "әрі", "туралы", "осы", "оның", "үшін"}
        writing_system = {"direction": "ltr", "has_case": True, "has_letters": True}

    @registry.languages("kk")
    class Kazakh(Language):
        lang = "kk"
        Defaults = KazakhDefaults

    @Language.component("kk_suffix_lemmatizer")
    def kk_suffix_lemmatizer(doc):
        for t in doc:
            t.lemma_ = kk_stem(t.text) if _WORD.match(t.text) else t.lower_
        return doc


# ---------------------------------------------------------------- entity patterns

_QUOTES = ['"', "«", "»", "“", "”", "„"]


_WORD = re.compile(r"^[^\W\d_]+(?:[-–][^\W\d_]+)*$")


def _name(lang: str, op: str) -> dict:
    """A word of an act's name (also its parentheses, hyphens, commas and quotes), never a
    number or the `бұдан әрі` / `далее` that starts a short form."""
    stop = ["бұдан", "әрі"] if lang == "kk" else ["далее", "утвержденные", "утвержденных", "утвержденными"]
    return {"TEXT": {"REGEX": r"^(?:[^\W\d_]+(?:[-–][^\W\d_]+)*|[(),\-–]|[\"«»“”„])$"},
            "LOWER": {"NOT_IN": stop}, "OP": op}


def _patterns(lang: str) -> list[dict]:
    if lang == "kk":
        acts = [
            ("LAW", [_name(lang, "+"), {"LEMMA": kk_stem("заң")}]),
            ("CODE", [_name(lang, "*"), {"LEMMA": kk_stem("кодекс")}]),
            ("RULES", [_name(lang, "+"), {"LEMMA": kk_stem("қағида")}]),
            ("CONSTITUTION", [{"LEMMA": kk_stem("конституция")}]),
        ]
        dates = [[{"SHAPE": "dddd"}, {"LOWER": "жылғы"}, {"IS_DIGIT": True}, {"IS_ALPHA": True}],
                 [{"TEXT": {"REGEX": r"^\d{2}\.\d{2}\.\d{4}$"}}]]
    else:
        months = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                  "октября", "ноября", "декабря"]
        acts = [
            ("LAW", [{"LEMMA": "закон"}, _name(lang, "+")]),
            ("CODE", [_name(lang, "*"), {"LEMMA": "кодекс"}, _name(lang, "*")]),
            ("RULES", [{"LOWER": {"REGEX": r"^правил"}}, _name(lang, "+")]),
            ("CONSTITUTION", [{"LEMMA": "конституция"}]),
        ]
        dates = [[{"IS_DIGIT": True}, {"LOWER": {"IN": months}}, {"SHAPE": "dddd"}],
                 [{"TEXT": {"REGEX": r"^\d{2}\.\d{2}\.\d{4}$"}}]]
    return [{"label": label, "pattern": p} for label, p in acts] + [{"label": "DATE", "pattern": p} for p in dates]


@lru_cache(maxsize=None)
def nlp_for(lang: str):
    """The spaCy pipeline of a language: tokenizer, lemmatizer, entity ruler (built once)."""
    import spacy

    if lang == "kk":
        _register_kazakh()
        nlp = spacy.blank("kk")
        nlp.add_pipe("kk_suffix_lemmatizer")
    elif lang == "ru":
        nlp = spacy.blank("ru")
        nlp.add_pipe("lemmatizer", config={"mode": "pymorphy3"})
    else:
        raise ValueError(f"no legal-reference pipeline for language {lang!r}")
    ruler = nlp.add_pipe("entity_ruler")
    nlp.initialize()  # before the patterns: initializing an entity ruler empties it
    ruler.add_patterns(_patterns(lang))
    return nlp


def _words(tokens) -> tuple[str, ...]:
    """The lemmas of the words among `tokens`, a hyphenated word as its parts."""
    out = []
    for t in tokens:
        if _WORD.match(t.text):
            out.extend(p for p in re.split(r"[-–]", t.lemma_.casefold().replace("ё", "е")) if p)
    return tuple(out)


# ---------------------------------------------------------------- the catalogue

@dataclass(frozen=True)
class Act:
    key: str
    kind: str
    title_kk: str
    title_ru: str
    signature: dict  # lang -> tuple[(word, is_prefix)]

    def title(self, lang: str) -> str:
        return self.title_kk if lang == "kk" else self.title_ru


@lru_cache(maxsize=1)
def catalogue() -> tuple[Act, ...]:
    acts = []
    for line in (VOCAB_DIR / "legal_acts.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        key, kind, title_kk, title_ru, sig_kk, sig_ru = line.split("\t")
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


_GENERIC = {kk_stem(w) for w in ("Қазақстан", "Республикасы", "туралы", "заң", "кодекс", "қағида", "және", "мен")} | {
    "закон", "кодекс", "правило", "правила", "республика", "казахстан", "о", "об", "в", "и", "по", "для"}


def mentions_in(texts: list[str], lang: str) -> list[list[Mention]]:
    out = []
    for doc in nlp_for(lang).pipe(texts, batch_size=256):
        ms = []
        for ent in doc.ents:
            if ent.label_ == "DATE":
                continue
            ms.append(Mention(ent.label_.lower(), ent.text, _words(ent), ent.start_char, ent.end_char))
        out.append(ms)
    return out


def resolve(m: Mention, lang: str) -> tuple[str, Act | None]:
    """The mention's key: the catalogue act it names, or a key of its own language."""
    present = set(m.words)

    def holds(sig) -> bool:
        return bool(sig) and all(w in present or (pref and any(p.startswith(w) for p in present)) for w, pref in sig)

    found = [a for a in catalogue() if a.kind == m.kind and holds(a.signature[lang])]
    if found:
        best = max(found, key=lambda a: len(a.signature[lang]))
        return best.key, best
    content = [w for w in m.words if w not in _GENERIC and len(w) > 1] or list(m.words)
    return f"{lang}:{m.kind}:" + "-".join(dict.fromkeys(content)), None


# ---------------------------------------------------------------- tables

def annotate(knowledge_rows: list[dict]) -> list[dict]:
    """Sets `ref_key` on every knowledge row (the first act the item names, None if none) and
    returns the rows of `legal_refs`: one per key, with its titles and mention counts."""
    refs: dict[str, dict] = {}
    by_lang: dict[str, list[dict]] = {}
    for row in knowledge_rows:
        row["ref_key"] = None
        if row.get("lang") in ("kk", "ru") and row.get("text"):
            by_lang.setdefault(row["lang"], []).append(row)
    for lang, rows in by_lang.items():
        for row, ms in zip(rows, mentions_in([r["text"] for r in rows], lang)):
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
