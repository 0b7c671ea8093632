"""An occupation card printed as `label: value` lines.

- A function's heading row whose kind word stands before the numbered label (`Қосымша 2-еңбек
  функциясы: Name`, `Дополнительная 2-трудовая функция: Name`) opens that function; it is no
  item of the knowledge list of the task before it.
- A break inside a list whose new page opens with its number and the running caption printed
  together as one block (`5` / `... стандартына 2-қосымша`, no blank line between them): the head
  is furniture, the cut item goes on past it, and the task's name keeps its own words."""
import pytest

from conftest import cards_from_text
from test_cards import fn_view
from extractors.repair import remove_page_furniture, split_lines
from extractors.vocabulary import vocabulary

CARDS = {
    "kk": """\
"Бағбан" кәсіп карточкасы
Кәсіп коды: 6113-0-002
Кәсіп атауы: Бағбан
СБШ бойынша біліктілік деңгейі: 3
Еңбек функциялары:
Міндетті еңбек функциялары:
1-еңбек функциясы: Көшеттерді отырғызу
Қосымша еңбек функциялары:
2-еңбек функциясы: Тәлімгерлік
1-еңбек функциясы: Көшеттерді отырғызу
1-міндет: Топырақты дайындау
Дағдылар:
1. Топырақты қопсыту.
2. Тыңайтқышты топыраққа біркелкі



5
"Бағбандық" кәсіптік стандартына 2-қосымша

енгізу.
Білім:
1. Топырақ түрлері.
2. Тыңайтқыштардың қасиеттері.
Қосымша 2-еңбек функциясы: Тәлімгерлік
1-міндет: Жас жұмыскерлерді оқыту
Дағдылар:
1. Жұмыс тәсілдерін көрсету.
Білім:
1. Оқыту әдістері.
Жеке құзыреттерге қойылатын талаптар: Ұқыптылық.
""",
    "ru": """\
Карточка профессии "Садовник"
Код профессии: 6113-0-002
Наименование профессии: Садовник
Уровень квалификации по ОРК: 3
Трудовые функции:
Обязательные трудовые функции:
1-трудовая функция: Посадка саженцев
Дополнительные трудовые функции:
2-трудовая функция: Наставничество
1-трудовая функция: Посадка саженцев
1-задача: Подготовка почвы
Умения:
1. Рыхление почвы.
2. Равномерное внесение удобрений



5
Приложение 2 к профессиональному стандарту "Садоводство"

в почву.
Знания:
1. Типы почв.
2. Свойства удобрений.
Дополнительная 2-трудовая функция: Наставничество
1-задача: Обучение молодых работников
Умения:
1. Показ приёмов работы.
Знания:
1. Методы обучения.
Требования к личностным компетенциям: Аккуратность.
""",
}
EXPECTED = {
    "kk": [("mandatory", 2, "Көшеттерді отырғызу", "Топырақты дайындау",
            ["Топырақты қопсыту", "Тыңайтқышты топыраққа біркелкі енгізу"],
            ["Топырақ түрлері", "Тыңайтқыштардың қасиеттері"]),
           ("additional", 2, "Тәлімгерлік", "Жас жұмыскерлерді оқыту",
            ["Жұмыс тәсілдерін көрсету"], ["Оқыту әдістері"])],
    "ru": [("mandatory", 2, "Посадка саженцев", "Подготовка почвы",
            ["Рыхление почвы", "Равномерное внесение удобрений в почву"],
            ["Типы почв", "Свойства удобрений"]),
           ("additional", 2, "Наставничество", "Обучение молодых работников",
            ["Показ приёмов работы"], ["Методы обучения"])],
}


def _view(card):
    return [(kind, no, name, task, [s.rstrip(".") for s in skills], [k.rstrip(".") for k in knowledge])
            for kind, no, name, [(_, task, skills, knowledge)] in fn_view(card)]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_kind_word_before_the_numbered_label_opens_the_function(lang):
    [card] = cards_from_text(CARDS[lang], lang)
    got = _view(card)
    assert [(k, n) for k, n, *_ in got] == [("mandatory", 1), ("additional", 2)]
    assert [(name, task, knowledge) for _, _, name, task, _, knowledge in got] == \
        [(name, task, knowledge) for _, _, name, task, _, knowledge in EXPECTED[lang]]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_page_head_printed_as_one_block_inside_a_list_is_furniture(lang):
    [card] = cards_from_text(CARDS[lang], lang)
    [first, _] = _view(card)
    assert first[3:5] == EXPECTED[lang][0][3:5]


@pytest.mark.parametrize("raw", [
    # number, caption and the text after in one block: the caption may be that text's own line
    ["Тыңайтқышты топыраққа біркелкі", "", "", "5", "Стандартқа 2-қосымша", "енгізу."],
    # the text after the head opens with a capital: a new sentence, the caption may be a heading
    ["Равномерное внесение удобрений", "", "", "5", "Приложение 2 к стандарту", "", "Знания:"],
])
def test_a_page_head_not_set_apart_or_cutting_nothing_stays(raw):
    lang = "kk" if "Стандартқа" in " ".join(raw) else "ru"
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw), vocabulary(lang))]
    assert "5" in texts


MANDATORY = {"kk": ("Қосымша еңбек функциялары:\n", "Қосымша 2-еңбек", "Міндетті 2-еңбек"),
             "ru": ("Дополнительные трудовые функции:\n", "Дополнительная 2-трудовая", "Обязательная 2-трудовая")}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_mandatory_kind_word_before_the_numbered_label_opens_the_function(lang):
    """The same card with both functions mandatory (`Міндетті 2-еңбек функциясы:`,
    `Обязательная 2-трудовая функция:`)."""
    kinds_heading, additional, mandatory = MANDATORY[lang]
    text = CARDS[lang].replace(kinds_heading, "").replace(additional, mandatory)
    [card] = cards_from_text(text, lang)
    got = _view(card)
    assert [(k, n, name) for k, n, name, *_ in got] == \
        [("mandatory", 1, EXPECTED[lang][0][2]), ("mandatory", 2, EXPECTED[lang][1][2])]
    assert got[0][5] == EXPECTED[lang][0][5]
