"""Round 17 (g17b): a page break that cuts both lists of a task row inside an item, and a line
end after a word that did not open its line.

- After the break, the rests of the cut cells follow in column order: a rest that closes an item
  (`…;` / `….`) goes on the cut item of the first list, not on the task's name, and the next rest
  on the open list's cut item.
- A narrow column wraps a word that does not fit to the next line whole: a line end after a
  word in the middle of its line falls between two words, also where the language knows the two
  pieces joined as a form of its own (`осмотр` / `и` is not `осмотри`).
"""
import pytest

from conftest import cards_from_text, doc_from_text
from test_card_variants import KK_HEAD, RU_HEAD
from test_cards import fn_view

PAGE = "\n\n\n\n\n"  # a page break in the extracted text


def _head(lang: str) -> str:
    return (KK_HEAD if lang == "kk" else RU_HEAD).format(
        heading='Кәсіп карточкасы "X"' if lang == "kk" else "Карточка профессии «X»", level="5")


ROW = {
    "ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Учет топлива.\n\n"
           "Трудовая функция 1:\nУчет топлива\n\nЗадача 1:\nПриемка топлива\n\n"
           "Умения и навыки:\n1) Сверять накладные;\n2) Замерять уровень\n\n"
           "Знания:\n1) Виды топлива;\n2) Правила" + PAGE
           + "топлива в резервуаре.\n\nприемки нефтепродуктов.\n"),
    "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Отынды есепке алу.\n\n"
           "Еңбек функциясы 1:\nОтынды есепке алу\n\n1-міндет:\nОтынды қабылдау\n\n"
           "Дағдылар:\n1) Жүкқұжаттарды салыстыру;\n2) Резервуардағы отын\n\n"
           "Білім:\n1) Отын түрлері;\n2) Мұнай өнімдерін" + PAGE
           + "деңгейін өлшеу.\n\nқабылдау қағидалары.\n"),
}
EXPECTED = {
    "ru": ("Приемка топлива", ["Сверять накладные", "Замерять уровень топлива в резервуаре"],
           ["Виды топлива", "Правила приемки нефтепродуктов"]),
    "kk": ("Отынды қабылдау", ["Жүкқұжаттарды салыстыру", "Резервуардағы отын деңгейін өлшеу"],
           ["Отын түрлері", "Мұнай өнімдерін қабылдау қағидалары"]),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_rests_of_two_cut_items_go_on_their_lists_not_on_the_task_name(lang):
    [card] = cards_from_text(_head(lang) + ROW[lang], lang)
    [(_, _, _, [task])] = fn_view(card)
    assert (task[1], task[2], task[3]) == EXPECTED[lang]


# the piece after the line end is a word the act prints whole elsewhere (a piece only the
# dictionary lists, such as an ending, proves nothing)
LINE_ENDS = {
    "ru": ("1) Проводить осмотр\nи ремонт насосов;\n", "Проводить осмотр и ремонт насосов",
           "Насосы и задвижки, трубы и фланцы, баки и краны проверяются ежедневно.\n"),
    "kk": ("Жеңілдігі бар\nадамдар тізімін жасау;\n", "Жеңілдігі бар адамдар тізімін жасау",
           "Тізімге енген адамдар хабардар етіледі. Өтініш берген адамдар тіркеледі. Басқа адамдар күтеді.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_line_end_after_a_word_inside_its_line_is_a_space(lang):
    text, expected, prose = LINE_ENDS[lang]
    doc, _, _ = doc_from_text(text, lang, extra_corpus=prose)
    assert expected in doc.render()


def test_an_ending_the_act_never_prints_alone_is_still_joined():
    """`населен` / `ия`: the dictionary lists both pieces, the act never prints `ия` alone."""
    doc, _, _ = doc_from_text("Обслуживание населен\nия района;\n", "ru")
    assert "населения района" in doc.render()


def test_a_word_longer_than_its_line_is_still_joined():
    """A word that opens its line is the one a narrow column may cut: joined as before."""
    doc, _, _ = doc_from_text("Проведение\nфизкультурно-оздоровит\nельных мероприятий\n", "ru")
    assert "физкультурно-оздоровительных мероприятий" in doc.render()
