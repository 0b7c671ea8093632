"""Acts named in knowledge items: one key for the Kazakh and the Russian text of a reference.

The spaCy pipelines (a registered `kk` language with a suffix-stripping lemmatizer;
`ru` with pymorphy3) and the entity ruler are exercised on the forms the acts use:
inflected heads, quoted titles followed by `Қазақстан Республикасының Заңы`, the
`(бұдан әрі – ...)` / `(далее – ...)` short forms, dates of approving acts."""
import pytest

from extractors import legal_refs as lr

SAME_ACT = [
    # (kk item, ru item, key)
    ("Қазақстан Республикасының Еңбек кодексін (бұдан әрі – Еңбек кодексі)",
     "Трудовой кодекс Республики Казахстан (далее – Трудовой кодекс)", "code.labour"),
    ("Қазақстан Республикасының Конституциясын", "Конституцию Республики Казахстан", "constitution"),
    ('"Қазақстан Республикасындағы баланың құқықтары туралы" Қазақстан Республикасының Заңын',
     "Закон Республики Казахстан «О правах ребенка в Республике Казахстан»", "law.rights_of_child"),
    ("Бала құқықтары туралы заң", "Закон о правах ребенка", "law.rights_of_child"),
    ("Неке (ерлі-зайыптылық) және отбасы туралы кодексті", "Кодекс о браке (супружестве) и семье", "code.marriage_family"),
    ("Сыбайлас жемқорлыққа қарсы іс-қимыл туралы заңды", "Закон о противодействии коррупции", "law.anti_corruption"),
    ("Тілдер туралы заң", "Закон о языках", "law.languages"),
    ("Қазақстан Республикасы Үкіметінің 2014 жылғы 9 қазандағы № 1077 қаулысымен бекітілген Өрт қауіпсіздігі қағидаларын",
     "Правила пожарной безопасности, утвержденные постановлением Правительства Республики Казахстан от 9 октября 2014 года № 1077",
     "rules.fire_safety"),
    ("Қазақстан Республикасының Қылмыстық-атқару кодексін", "Уголовно-исполнительный кодекс Республики Казахстан",
     "code.penal_enforcement"),
    ("Қылмыстық кодекс", "Уголовный кодекс Республики Казахстан", "code.criminal"),
]


@pytest.mark.parametrize("kk,ru,key", SAME_ACT, ids=[k for *_, k in SAME_ACT])
def test_kazakh_and_russian_mentions_share_a_key(kk, ru, key):
    rows = [{"lang": "kk", "text": kk}, {"lang": "ru", "text": ru}]
    refs = lr.annotate(rows)
    assert [r["ref_key"] for r in rows] == [key, key]
    (ref,) = refs
    assert ref["in_catalogue"] and ref["mentions_kk"] == 1 and ref["mentions_ru"] == 1
    assert ref["title_kk"] and ref["title_ru"]


def test_inflected_kazakh_heads_are_one_lemma():
    forms = ["заң", "заңы", "заңды", "заңын", "Заңына", "Заңының"]
    assert {lr.kk_stem(f) for f in forms} == {lr.kk_stem("заң")}
    assert lr.kk_stem("Республикасындағы") == "республика"
    assert lr.kk_stem("қауіпсіздігі") == "қауіпсіздік"  # the voiced consonant before the vowel ending
    assert lr.kk_stem("отбасыларға") == lr.kk_stem("отбасы")
    assert lr.kk_stem("зорлық-зомбылықтың") == "зорлық-зомбылық"  # a compound inflects its last part


def test_kazakh_is_a_registered_spacy_language_with_its_abbreviations():
    import spacy

    nlp = lr.nlp_for("kk")
    assert nlp.lang == "kk" and spacy.blank("kk").lang == "kk"
    assert "ҚР" in [t.text for t in nlp("ҚР Еңбек кодексі т.б.")]
    assert "т.б." in [t.text for t in nlp("заңдар т.б. актілер")]


def test_russian_uses_the_pymorphy3_lemmatizer():
    nlp = lr.nlp_for("ru")
    assert nlp.get_pipe("lemmatizer").mode == "pymorphy3"
    assert [t.lemma_ for t in nlp("Трудового кодекса")] == ["трудовой", "кодекс"]


def test_the_date_of_an_approving_act_is_not_part_of_the_name():
    (mentions,) = lr.mentions_in(["Қазақстан Республикасы Үкіметінің 2014 жылғы 9 қазандағы № 1077 қаулысымен "
                                  "бекітілген Өрт қауіпсіздігі қағидаларын"], "kk")
    assert [m.kind for m in mentions] == ["rules"]
    assert "2014" not in mentions[0].text and mentions[0].text.endswith("қағидаларын")


def test_an_act_not_in_the_catalogue_is_counted_under_a_key_of_its_language():
    rows = [{"lang": "kk", "text": "Жол жүрісі туралы заңды"}, {"lang": "kk", "text": "Жол жүрісі туралы Заңын"}]
    refs = lr.annotate(rows)
    assert rows[0]["ref_key"] == rows[1]["ref_key"] and rows[0]["ref_key"].startswith("kk:law:")
    assert [(r["in_catalogue"], r["mentions_kk"], r["title_ru"]) for r in refs] == [(False, 2, None)]


def test_items_that_name_no_act_have_no_key():
    rows = [{"lang": "kk", "text": "еңбек заңнамасының негіздерін"},
            {"lang": "kk", "text": "клиникалық диагностиканың жалпы қағидаттары"},
            {"lang": "ru", "text": "основы трудового законодательства"},
            {"lang": "ru", "text": "Законодательство по вопросам управления персоналом"}]
    assert lr.annotate(rows) == [] and all(r["ref_key"] is None for r in rows)


def test_the_catalogue_is_consistent():
    keys = [a.key for a in lr.catalogue()]
    assert len(keys) == len(set(keys))
    for a in lr.catalogue():
        assert a.kind in lr.KINDS and a.signature["kk"] and a.signature["ru"], a.key
        # each act's own titles resolve to it, in both languages
        for lang in ("kk", "ru"):
            rows = [{"lang": lang, "text": a.title(lang)}]
            lr.annotate(rows)
            assert rows[0]["ref_key"] == a.key, (lang, a.title(lang), rows[0]["ref_key"])


# A text is run through the pipeline only when a word in it could be an act's head word: the
# filter must let every inflected, voiced or homoglyph-damaged head through.
HEADS_IN_ANY_FORM = [
    ("kk", "Қазақстан Республикасының Еңбек кодeксін"),  # a Latin `e` inside the head
    ("kk", "Тілдер туралы заңына сәйкес"),
    ("kk", "Өрт қауіпсіздігі қағидаларына сәйкес"),
    ("ru", "Трудовым кодексом Республики Казахстан"),
    ("ru", "законами о языках"),
    ("ru", "Правилами пожарной безопасности"),
]


@pytest.mark.parametrize("lang,text", HEADS_IN_ANY_FORM)
def test_a_text_whose_head_word_is_inflected_or_damaged_is_still_read(lang, text):
    assert lr._may_name_an_act(text, lang)
    (found,) = lr.mentions_in([text], lang)
    whole = [e.text for e in lr.nlp_for(lang)(text).ents if e.label_ != "DATE"]
    assert whole and [m.text for m in found] == whole


def test_a_text_with_no_head_word_has_no_mention_and_is_not_parsed():
    texts = ["әлеуметтік жұмыс әдістері", "методы социальной работы"]
    assert not any(lr._may_name_an_act(t, lang) for t, lang in zip(texts, ("kk", "ru")))
    assert lr.mentions_in([texts[0]], "kk") == [[]]


def test_nothing_to_read_loads_no_pipeline(monkeypatch):
    # a refresh whose mentions were all found with the acts' own work does not load spaCy
    monkeypatch.setattr(lr, "nlp_for", lambda lang: (_ for _ in ()).throw(AssertionError("pipeline loaded")))
    assert lr.mentions_in([], "kk") == []
    assert lr.mentions_in(["әлеуметтік жұмыс әдістері"], "kk") == [[]]


def test_tables_built_from_kept_mentions_need_no_pipeline_or_catalogue(monkeypatch):
    # an act's mentions are found and resolved with its own work (kept with its result): the
    # run that builds the tables from kept results loads neither spaCy nor the catalogue
    rows = [{"lang": "kk", "text": SAME_ACT[0][0]}, {"lang": "ru", "text": SAME_ACT[0][1]}]
    known = lr.mentions_of(rows)
    boom = lambda *a: (_ for _ in ()).throw(AssertionError("loaded"))  # noqa: E731
    monkeypatch.setattr(lr, "nlp_for", boom)
    monkeypatch.setattr(lr, "catalogue", boom)
    (ref,) = lr.annotate(rows, known)
    assert [r["ref_key"] for r in rows] == ["code.labour", "code.labour"] and ref["in_catalogue"]
