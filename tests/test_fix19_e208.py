"""Card variations from held-out act e208 (a professional standard whose tail rows print
otherwise): a value cell that opens with its own row's words, the row's label printed just
before it (`Еңбек жағдайлары (мазмұны мен сапасы)` | `Еңбек жағдайлары Еңбек кодексіне сәйкес
...`): the words are the value's, not the label printed again; related occupations headed by a
level phrase with the framework's abbreviation and a dash (`СБШ 4-деңгейі – <name>`, `4 уровень
ОРК – <name>`), one per printed line or run together in one paragraph; and related occupations
printed without levels, one per line with no separator (level None), a wrapped name kept whole."""
import pytest

from test_card_variants import ROWS, card_of, head_of

WORKING_CONDITIONS = {
    "kk": ("Еңбек жағдайлары (мазмұны мен сапасы)\n\n"
           "Еңбек жағдайлары Еңбек кодексіне сәйкес ұжымдық шартпен белгіленеді. Жұмыс·\n"
           "кеңседе орындалады.\n",
           "Еңбек жағдайлары Еңбек кодексіне сәйкес ұжымдық шартпен белгіленеді. Жұмыс кеңседе орындалады."),
    "ru": ("Условия труда (содержание и качество)\n\n"
           "Условия труда Национального архива определяются правилами·\n"
           "внутреннего распорядка. Работа выполняется в помещении.\n",
           "Условия труда Национального архива определяются правилами внутреннего распорядка. "
           "Работа выполняется в помещении."),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_value_that_opens_with_its_own_rows_words_after_the_label(lang):
    printed, value = WORKING_CONDITIONS[lang]
    card = card_of(head_of(lang) + ROWS[lang] + "\n" + printed, lang)
    assert card.working_conditions == value


RELATED_LABEL = {"kk": "СБШ шеңберіндегі басқа кәсіптермен байланыс", "ru": "Связь с другими профессиями в рамках ОРК"}
COMPETENCIES = {"kk": "Жеке құзыреттерге қойылатын талаптар\n\nЖауапкершілік.\n",
                "ru": "Требования к личностным компетенциям\n\nОтветственность.\n"}


def _related(lang: str, value: str) -> list[tuple[str | None, str]]:
    card = card_of(head_of(lang) + ROWS[lang] + f"\n{RELATED_LABEL[lang]}\n\n{value}\n\n" + COMPETENCIES[lang], lang)
    assert card.personal_competencies in ("Жауапкершілік.", "Ответственность.")
    return [(level, name) for level, name, _ in card.related]


@pytest.mark.parametrize("lang,value,related", [
    ("kk", "СБШ 4-деңгейі – Мұрағатшы\nСБШ 6-деңгейі – Мұрағат бөлімінің меңгерушісі",
     [("4", "Мұрағатшы"), ("6", "Мұрағат бөлімінің меңгерушісі")]),
    # one paragraph (a page's cell printed on one line)
    ("kk", "СБШ 4-деңгейі – Мұрағатшы СБШ 6-деңгейі – Мұрағат бөлімінің меңгерушісі",
     [("4", "Мұрағатшы"), ("6", "Мұрағат бөлімінің меңгерушісі")]),
    ("ru", "4 уровень ОРК – Архивист\n6 уровень ОРК – Заведующий архивным отделом",
     [("4", "Архивист"), ("6", "Заведующий архивным отделом")]),
    ("ru", "ОРК 4-й уровень: Архивист\nОРК 6-й уровень: Заведующий архивным отделом",
     [("4", "Архивист"), ("6", "Заведующий архивным отделом")]),
], ids=["kk-lines", "kk-one-paragraph", "ru-framework-after", "ru-framework-before"])
def test_related_occupations_headed_by_a_level_phrase(lang, value, related):
    assert _related(lang, value) == related


@pytest.mark.parametrize("lang,value,related", [
    ("kk", "Мұрағатшы\nМұрағат бөлімінің меңгерушісі", [(None, "Мұрағатшы"), (None, "Мұрағат бөлімінің меңгерушісі")]),
    # a name wrapped over two lines goes on in small letters
    ("kk", "Мұрағаттың ғылыми жұмыс\nжөніндегі орынбасары\nМұрағатшы",
     [(None, "Мұрағаттың ғылыми жұмыс жөніндегі орынбасары"), (None, "Мұрағатшы")]),
    ("ru", "Архивист\nЗаведующий архивным отделом", [(None, "Архивист"), (None, "Заведующий архивным отделом")]),
    ("ru", "Заместитель директора архива по научной\nработе\nАрхивист",
     [(None, "Заместитель директора архива по научной работе"), (None, "Архивист")]),
], ids=["kk", "kk-wrapped", "ru", "ru-wrapped"])
def test_related_occupations_without_levels_one_a_line(lang, value, related):
    assert _related(lang, value) == related
