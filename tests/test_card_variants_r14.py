"""Variations of the occupation card from held-out round 14: one row for the code and the name
(`Код и наименование профессии | 2512-0-004 Name`); a function row whose kind follows its number
in brackets (`Еңбек функциясы 2 (қосымша):`), numbered straight through; the standard's chapter
that names the card (`3-тарау. Кәсіп карточкасы`) over its points, not a card; an order of two
standards, the first standard's card ending where the second standard's chapters begin; a quoted
card title a page break cut; a link of several words moved past its separator."""
import pytest

from conftest import cards_from_text
from extractors.repair import fix_separator_before_word
from test_card_variants import ROWS, head_of
from test_cards import fn_view

PAGE = "\n\n\n\n\n"  # a page break in the extracted text

CODE_NAME = {
    "ru": ("Карточка профессии «Инженер по технике безопасности»\n\nКод и наименование профессии\n\n"
           "2149-0-012 Инженер по технике безопасности\n\nУровень квалификации по ОРК 6\n\n"),
    "kk": ('"Қауіпсіздік техникасы жөніндегі инженер" кәсіп карточкасы\n\nКәсіптің коды және атауы\n\n'
           "2149-0-012 Қауіпсіздік техникасы жөніндегі инженер\n\nСБШ бойынша біліктілік деңгейі 6\n\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_row_gives_the_code_and_the_name(lang):
    [card] = cards_from_text(CODE_NAME[lang] + ROWS[lang], lang)
    assert card.code == "2149-0-012"
    assert card.name == {"ru": "Инженер по технике безопасности",
                         "kk": "Қауіпсіздік техникасы жөніндегі инженер"}[lang]
    assert card.qualification_level == "6"


BRACKETED = {
    "ru": ("Трудовые функции\n\n1. Ведение реестра;\n2. Выдача справок (дополнительная).\n\n"
           "Трудовая функция 1:\nВедение реестра\n\nЗадача 1:\nВнесение записей\n\n"
           "Умения и навыки:\n1. Заполнять реестр.\n\nЗнания:\n1. Правила ведения реестра.\n\n"
           "Трудовая функция 2 (дополнительная):\nВыдача справок\n\nЗадача 1:\nПодготовка справки\n\n"
           "Умения и навыки:\n1. Составлять справку.\n\nЗнания:\n1. Формы справок.\n"),
    "kk": ("Еңбек функциялары\n\n1. Тізілімді жүргізу;\n2. Анықтама беру (қосымша).\n\n"
           "Еңбек функциясы 1:\nТізілімді жүргізу\n\n1-міндет:\nЖазбаларды енгізу\n\n"
           "Дағдылар:\n1. Тізілімді толтыру.\n\nБілім:\n1. Тізілімді жүргізу қағидалары.\n\n"
           "Еңбек функциясы 2 (қосымша):\nАнықтама беру\n\n1-міндет:\nАнықтаманы дайындау\n\n"
           "Дағдылар:\n1. Анықтаманы жасау.\n\nБілім:\n1. Анықтамалардың нысандары.\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_kind_in_brackets_after_the_function_number(lang):
    [card] = cards_from_text(head_of(lang) + BRACKETED[lang], lang)
    view = fn_view(card)
    assert [(kind, no) for kind, no, _, _ in view] == [("mandatory", 1), ("additional", 1)]
    assert view[1][2] == {"ru": "Выдача справок", "kk": "Анықтама беру"}[lang]
    assert view[1][3][0][1] == {"ru": "Подготовка справки", "kk": "Анықтаманы дайындау"}[lang]


def _standard(lang: str, no: int, title: str) -> str:
    """A standard of the order as its annex: chapters, the points naming the card, then the card."""
    if lang == "kk":
        return (f"№ 17 бұйрығына\n{no}-қосымша\n\n1-тарау. Жалпы ережелер\n\n"
                "      1. Кәсіптік стандарт біліктілікке қойылатын талаптарды айқындайды.\n\n"
                "3-тарау. Кәсіп карточкасы\n\n"
                f"      6. Кәсіптік стандарт мына кәсіп карточкасын қамтиды: {title.lower()}.\n"
                "      7. Кәсіп карточкасы кәсіптік стандартқа қосымшада келтірілген.\n\n"
                f'Кәсіптік стандартқа\nқосымша\n\n"{title}" кәсіп карточкасы\n\nКәсіп коды 2635-0-0{no}1\n\n'
                f"Кәсіптің атауы {title}\n\nСБШ бойынша біліктілік деңгейі 5\n\n" + ROWS[lang]
                + "\nЕңбек жағдайлары\n\nЕңбек шартында белгіленеді.\n\n")
    return (f"к приказу № 17\nприложение {no}\n\nГлава 1. Общие положения\n\n"
            "      1. Профессиональный стандарт определяет требования к квалификации.\n\n"
            "Глава 3. Карточка профессии\n\n"
            f"      6. Профессиональный стандарт содержит карточку профессии: {title.lower()}.\n"
            "      7. Карточка профессии приведена в приложении к профессиональному стандарту.\n\n"
            f"Приложение\nк профессиональному стандарту\n\nКарточка профессии «{title}»\n\n"
            f"Код профессии 2635-0-0{no}1\n\nНаименование профессии {title}\n\n"
            "Уровень квалификации по ОРК 5\n\n" + ROWS[lang] + "\nУсловия труда\n\nУстанавливаются трудовым договором.\n\n")


TITLES = {"ru": ("Консультант по грантам", "Специалист по выплатам"),
          "kk": ("Гранттар жөніндегі кеңесші", "Төлемдер жөніндегі маман")}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_two_standards_of_one_order_each_with_its_card(lang):
    text = "".join(_standard(lang, no, title) for no, title in enumerate(TITLES[lang], 1))
    cards = cards_from_text(text, lang)
    assert [c.name for c in cards] == list(TITLES[lang])
    assert [c.code for c in cards] == ["2635-0-011", "2635-0-021"]
    # the first card's last row ends where the second standard begins
    assert cards[0].working_conditions == {"ru": "Устанавливаются трудовым договором.",
                                           "kk": "Еңбек шартында белгіленеді."}[lang]


CUT_TITLE = {"ru": 'Карточка профессии "Специалист по учету лиц без постоянного' + PAGE + 'места пребывания"\n\n',
             "kk": 'Кәсіп карточкасы "Тұрақты мекенжайы жоқ адамдарды есепке алу' + PAGE + 'жөніндегі маман"\n\n'}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_quoted_title_cut_by_a_page_break(lang):
    rows = head_of(lang).split("\n", 1)[1]
    [card] = cards_from_text(CUT_TITLE[lang] + rows + ROWS[lang], lang)
    assert card.card_title == {"ru": "Специалист по учету лиц без постоянного места пребывания",
                               "kk": "Тұрақты мекенжайы жоқ адамдарды есепке алу жөніндегі маман"}[lang]


@pytest.mark.parametrize("line,fixed", [
    ("Республикасының ;Бюджет кодексі", "Республикасының Бюджет кодексі;"),
    (";Бюджетный кодекс", "Бюджетный кодекс;"),
    ("Республики Казахстан ,Налоговый кодекс", "Республики Казахстан Налоговый кодекс,"),
    ("туралы ;заң", "туралы заң;"),
])
def test_a_link_of_several_words_moved_past_its_separator(line, fixed):
    assert fix_separator_before_word(line) == (fixed, True)


def test_a_separator_in_its_place_stays():
    assert fix_separator_before_word("салалар; білім беру") == ("салалар; білім беру", False)
