"""A card's list of functions printed as a table with a column of each function's kind
(`№ | Наименование трудовой функции | Вид трудовой функции`, `Р/с № | Еңбек функциясының атауы |
Еңбек функциясының түрі`): the header row is no entry, each row's number and name make the entry,
and the kind cell after the name (`обязательная` / `дополнительная`, `міндетті` / `қосымша`) is the
entry's kind, where the numbers run on over the kinds (the additional function is number 3). The
table's text may come as one line per row (a text rendering joins a row's cells) or as a cell per
block (a PDF's cells)."""
import pytest

from conftest import cards_from_text
from test_card_variants import head_of
from test_cards import fn_view

HEADER = {"ru": "№ Наименование трудовой функции Вид трудовой функции",
          "kk": "Р/с № Еңбек функциясының атауы Еңбек функциясының түрі"}
LABEL = {"ru": "Трудовые функции", "kk": "Еңбек функциялары"}
ENTRIES = {"ru": [("Учет архивных фондов", "обязательная"),
                  ("Выдача архивных справок", "обязательная"),
                  ("Оцифровка архивных документов", "дополнительная")],
           "kk": [("Мұрағат қорларын есепке алу", "міндетті"),
                  ("Мұрағаттық анықтамалар беру", "міндетті"),
                  ("Мұрағат құжаттарын цифрландыру", "қосымша")]}
ROW = {"ru": ("Трудовая функция {n}:\n{name}\n\nЗадача 1:\nРабота с делами {n}\n\n"
              "Навыки:\n1) Прием дел {n};\n2) Проверка дел {n}.\n\nЗнания:\nправила хранения {n}; основы учета {n}.\n\n"),
       "kk": ("Еңбек функциясы {n}:\n{name}\n\nТапсырма 1:\nІстермен жұмыс {n}\n\n"
              "Дағдылар:\n1) Істерді қабылдау {n};\n2) Істерді тексеру {n}.\n\nБілім:\nсақтау қағидалары {n}; есеп негіздері {n}.\n\n")}


def _rows(lang: str) -> str:
    # the function rows do not say which are additional: the list does
    return "".join(ROW[lang].format(n=n, name=name) for n, (name, _) in enumerate(ENTRIES[lang], 1))


def _one_line_per_row(lang: str) -> str:
    return "\n\n".join(f"{n}\n{name}\n{kind}" for n, (name, kind) in enumerate(ENTRIES[lang], 1))


def _cell_per_block(lang: str) -> str:
    return "\n\n".join(f"{n}\n\n{name}\n\n{kind}" for n, (name, kind) in enumerate(ENTRIES[lang], 1))


def _card(table: str, lang: str):
    text = head_of(lang) + f"{LABEL[lang]}\n\n{HEADER[lang]}\n\n{table}\n\n" + _rows(lang)
    [card] = cards_from_text(text, lang)
    return card


def _expected(lang: str) -> list[tuple]:
    kinds = ["mandatory", "mandatory", "additional"]
    return [(kind, n, name) for n, (kind, (name, _)) in enumerate(zip(kinds, ENTRIES[lang]), 1)]


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("layout", [_one_line_per_row, _cell_per_block])
def test_the_kind_column_gives_each_listed_function_its_kind(lang, layout):
    card = _card(layout(lang), lang)
    assert [f[:3] for f in fn_view(card)] == _expected(lang)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_additional_functions_tasks_and_lists_stay_with_it(lang):
    card = _card(_one_line_per_row(lang), lang)
    kind, no, _, tasks = fn_view(card)[2]
    word = {"ru": "Прием дел 3", "kk": "Істерді қабылдау 3"}[lang]
    assert (kind, no) == ("additional", 3)
    assert [t[0] for t in tasks] == [1] and word in tasks[0][2] and len(tasks[0][3]) == 2


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_header_row_read_as_its_columns(lang):
    from extractors.labels import column_headings
    assert column_headings(HEADER[lang], lang) == ("number", "function", "kind")
    assert column_headings(ENTRIES[lang][0][0], lang) is None
