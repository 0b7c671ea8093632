"""Round 18 (r18a): two readings of a line end.

- A line end after a word that did not open its line, between two words of the language whose
  joined form is no word, is a space, also where the act never prints the right word alone (a
  wrapper moves a whole word to the next line; a glued form the language does not know is no
  better word). A joined form the language knows still needs the right piece printed alone
  (`населен` / `ия` stays `населения`).
- A list cell with no marks and no separators, one item a line: a line opening with a quoted
  name (`"Об ..." Закон`, `«... туралы» Заңы`) opens an item as a line opening with a capital
  does, unless the line before needs the next (a genitive).
"""
import pytest

from conftest import doc_from_text
from extractors.lists import Acc, split_items
from extractors.vocabulary import vocabulary

# two words at a line end inside a cell: the left one follows another word on its line
WORD_ENDS = {
    "kk": ("3) Құжаттармен алдын\nала танысу;\n", "Құжаттармен алдын ала танысу"),
    "ru": ("3) Изучать документы заранее\nвместе с коллегами;\n", "Изучать документы заранее вместе с коллегами"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_two_words_whose_join_is_no_word_keep_their_space(lang):
    text, expected = WORD_ENDS[lang]
    doc, _, _ = doc_from_text(text, lang)
    assert expected in doc.render()


def test_a_join_the_language_knows_still_needs_the_right_piece_printed_alone():
    doc, _, _ = doc_from_text("Обслуживание населен\nия района;\n", "ru")
    assert "населения района" in doc.render()


def _acc(*lines: str) -> Acc:
    acc = Acc()
    for k, ln in enumerate(lines):
        acc.add(ln, [0], [(0, k + 1)], " ")
    return acc


QUOTED = {
    "kk": (("Білім:", "Еңбек кодексі", '"Су туралы" Заң', "«Өрт қауіпсіздігі» қағидалары", "Сызба оқу"),
           ["Білім:", "Еңбек кодексі", '"Су туралы" Заң', "«Өрт қауіпсіздігі» қағидалары", "Сызба оқу"]),
    "ru": (("Знания:", "Трудовой кодекс", '"Об охране вод" Закон', "«Пожарной безопасности» правила", "Чтение схем"),
           ["Знания:", "Трудовой кодекс", '"Об охране вод" Закон', "«Пожарной безопасности» правила", "Чтение схем"]),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_line_opening_with_a_quoted_name_is_an_item_of_its_own(lang):
    lines, expected = QUOTED[lang]
    assert [i.text for i in split_items(_acc(*lines), vocabulary(lang))] == expected


def test_a_quoted_name_after_a_genitive_goes_on_its_item():
    got = [i.text for i in split_items(_acc("Білім:", "Қазақстан Республикасының", '"Су туралы" Заңы', "Сызба оқу"),
                                       vocabulary("kk"))]
    assert got == ["Білім:", 'Қазақстан Республикасының "Су туралы" Заңы', "Сызба оқу"]
