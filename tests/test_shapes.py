"""Shapes answer the same whether the cheap word test lets a text through or not: a shape is
looked for only where the text prints all of its words, in any case, a `word*` by its stem."""
from extractors import amendments, shapes


def test_a_shape_in_capitals_is_still_found():
    assert shapes.has("3. ВНЕСТИ ИЗМЕНЕНИЯ В СЛЕДУЮЩИЕ ПРИКАЗЫ:", "ru", "changes_intro")
    assert shapes.has("Бұйрыққа мынадай ӨЗГЕРІСТЕР енгізілсін:", "kk", "changes_intro")


def test_a_stem_word_matches_its_inflected_forms():
    assert shapes.has("мына бұйрықтарға өзгерістер енгізілсін:", "kk", "changes_intro")


def test_a_text_without_the_shapes_words_holds_none():
    assert not shapes.has("Настоящий приказ вводится в действие по истечении десяти дней.", "ru", "changes_intro")
    assert not shapes.any_of("Бұл бұйрық алғашқы ресми жарияланған күнінен кейін қолданысқа енгізіледі.",
                             "kk", "change:")


def test_search_and_find_all_skip_only_the_shapes_that_cannot_match():
    text = "В приказ внести следующие изменения и дополнения:"
    m = shapes.search(text, "ru", "changes_intro")
    assert m is not None and "изменения и дополнения" in m.group(0)
    assert shapes.find_all("без единого слова формулы", "ru", "change:") == []


def test_a_paragraph_that_prints_no_repeal_words_is_not_read_as_a_repeal():
    assert not amendments.may_be("2. Контроль за исполнением настоящего приказа возложить на вице-министра.",
                                 "ru", "repeal")
    line = "Признать утратившим силу приказ Министра от 1 января 2020 года № 1."
    assert amendments.may_be(line, "ru", "repeal")
    assert amendments.match_formula(line, "ru").operation == "repeal"
