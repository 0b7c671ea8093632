"""A card's level given in brackets after a name, in two rows.

The name row: a card that prints no level row of its own gives its level in brackets after the
occupation's name (`Наименование профессии Социальный педагог (6 уровень ОРК)`, `Кәсіптің атауы
Әлеуметтік педагог (СБШ 6-деңгейі)`). The name is the occupation's without the bracket, and the
level is the bracket's; where a level row is printed as well, that row's level is kept.

The related-occupations row: several names in one comma list, each closed by its level in
brackets (`Name (4 уровень), Name (7 уровень)`), are an entry each with its level. A comma list
whose pieces do not all close with a level is left as it was read (a comma may be the name's own).
"""
import pytest

from test_card_variants import KK_ROWS, RU_ROWS, card_of

ROWS = {"kk": KK_ROWS, "ru": RU_ROWS}

NAME = {"kk": "Әлеуметтік педагог", "ru": "Социальный педагог"}
BRACKET = {"kk": "(СБШ 6-деңгейі)", "ru": "(6 уровень ОРК)"}


def _head(lang: str, level_row: str | None = None) -> str:
    level = ""
    if level_row:
        level = {"kk": "СБШ бойынша біліктілік деңгейі {}\n\n",
                 "ru": "Уровень квалификации по ОРК {}\n\n"}[lang].format(level_row)
    if lang == "kk":
        return (f'Мамандық картасы "{NAME[lang]}"\n\nКәсіп коды 2341-0-017\n\n'
                f"Кәсіптің атауы {NAME[lang]} {BRACKET[lang]}\n\n" + level)
    return (f"Карточка профессии «{NAME[lang]}»\n\nКод профессии 2341-0-017\n\n"
            f"Наименование профессии {NAME[lang]} {BRACKET[lang]}\n\n" + level)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_level_in_brackets_after_the_name_is_the_cards_level(lang):
    card = card_of(_head(lang) + ROWS[lang], lang)
    assert card.name == NAME[lang]
    assert card.qualification_level == "6"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_level_row_printed_as_well_keeps_its_level(lang):
    card = card_of(_head(lang, level_row="6.2") + ROWS[lang], lang)
    assert card.name == NAME[lang]
    assert card.qualification_level == "6.2"


@pytest.mark.parametrize("lang,name", [("kk", "Педагог (ересектерге арналған)"),
                                       ("ru", "Педагог (для взрослых)")])
def test_a_bracket_that_names_no_level_stays_in_the_name(lang, name):
    head = _head(lang, level_row="5").replace(f"{NAME[lang]} {BRACKET[lang]}\n", name + "\n")
    card = card_of(head + ROWS[lang], lang)
    assert card.name == name and card.qualification_level == "5"


RELATED_LABEL = {"kk": "СБШ шеңберіндегі басқа кәсіптермен өзара байланыс",
                 "ru": "Взаимосвязь с другими профессиями в рамках ОРК"}
RELATED = {"kk": [("4", "Тәрбиеші көмекшісі"), ("7", "Әлеуметтік қызмет бөлімінің басшысы")],
           "ru": [("4", "Помощник воспитателя"), ("7", "Руководитель отдела социальной службы")]}
WORD = {"kk": "деңгей", "ru": "уровень"}


def _related_row(lang: str, entries: list[tuple[str, str]]) -> str:
    listed = ", ".join(f"{name} ({level} {WORD[lang]})" for level, name in entries)
    return f"\n{RELATED_LABEL[lang]}\n\n{listed}\n"


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_comma_list_of_names_each_with_its_level_in_brackets(lang):
    card = card_of(_head(lang, level_row="6") + ROWS[lang] + _related_row(lang, RELATED[lang]), lang)
    assert [(level, name) for level, name, _ in card.related] == RELATED[lang]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_comma_list_whose_first_piece_has_no_level_is_one_name(lang):
    (level, name), (level2, name2) = RELATED[lang]
    listed = f"{name}, {name2} ({level2} {WORD[lang]})"
    card = card_of(_head(lang, level_row="6") + ROWS[lang] + f"\n{RELATED_LABEL[lang]}\n\n{listed}\n", lang)
    assert [(lv, n) for lv, n, _ in card.related] == [(level2, f"{name}, {name2}")]
