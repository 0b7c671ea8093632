"""Page furniture a text copy keeps at a break inside a card's list, and a link moved past a full stop.

- A break inside a list whose new page opens with its lone number over the annex caption set on
  lines of its own block (`2` / `"…" кәсіптік стандартына` / `2-қосымша`; `2` / `Приложение 2` /
  `к профессиональному стандарту "…"`): the head is furniture, the item after it is the list's
  next item and the cut list keeps its items whole.
- A break right after a list's label (`Білім:`, `Знания:`) whose new page opens with its lone
  number and then the list's first bulleted item: the number is furniture (no task's name or
  item takes it).
- A word glued in lower case right after the full stop that ends its line (`бағыттау.орталығына`,
  `населения.центры`), where the line shows one hole: no sentence opens in lower case, so the word
  is a link moved from that hole and goes back there, whatever it names."""
import pytest

from conftest import cards_from_text
from test_cards import fn_view
from extractors.displaced_links import fix_displaced_link
from extractors.repair import remove_page_furniture, split_lines
from extractors.vocabulary import vocabulary

CARDS = {
    "kk": """\
"Кітапханашы" кәсіп карточкасы
Кәсіп коды: 2622-1-001
Кәсіп атауы: Кітапханашы
СБШ бойынша біліктілік деңгейі: 5
Еңбек функциялары:
Міндетті еңбек функциялары:
1-еңбек функциясы: Оқырмандарға қызмет көрсету
1-еңбек функциясы: Оқырмандарға қызмет көрсету
1-міндет: Кітап беру
Дағдылар:
– Оқырманды тіркеу;
– Кітапты қордан іздеу;



2

"Кітапхана ісі" кәсіптік стандартына
2-қосымша

– Берілген кітапты есепке алу.
Білім:
• Кітапхана қорының құрылымы
2-міндет: Оқырмандарға кеңес беру
Дағдылар:
– Әдебиет тізімін құрастыру.
Білім:



3

• Библиографиялық сипаттау ережелері
• Каталогтар түрлері
Жеке құзыреттерге қойылатын талаптар: Ұқыптылық.
""",
    "ru": """\
Карточка профессии "Библиотекарь"
Код профессии: 2622-1-001
Наименование профессии: Библиотекарь
Уровень квалификации по ОРК: 5
Трудовые функции:
Обязательные трудовые функции:
1-трудовая функция: Обслуживание читателей
1-трудовая функция: Обслуживание читателей
1-задача: Выдача книг
Умения:
– Регистрация читателя;
– Поиск книги в фонде;



2

Приложение 2
к профессиональному стандарту "Библиотечное дело"

– Учёт выданной книги.
Знания:
• Структура библиотечного фонда
2-задача: Консультирование читателей
Умения:
– Составление списка литературы.
Знания:



3

• Правила библиографического описания
• Виды каталогов
Требования к личностным компетенциям: Аккуратность.
""",
}
EXPECTED = {
    "kk": [("Кітап беру", ["Оқырманды тіркеу", "Кітапты қордан іздеу", "Берілген кітапты есепке алу"],
            ["Кітапхана қорының құрылымы"]),
           ("Оқырмандарға кеңес беру", ["Әдебиет тізімін құрастыру"],
            ["Библиографиялық сипаттау ережелері", "Каталогтар түрлері"])],
    "ru": [("Выдача книг", ["Регистрация читателя", "Поиск книги в фонде", "Учёт выданной книги"],
            ["Структура библиотечного фонда"]),
           ("Консультирование читателей", ["Составление списка литературы"],
            ["Правила библиографического описания", "Виды каталогов"])],
}


def _tasks(card):
    return [(task, [s.rstrip(".;") for s in skills], [k.rstrip(".;") for k in knowledge])
            for _, _, _, tasks in fn_view(card) for _, task, skills, knowledge in tasks]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_page_heads_inside_a_cards_lists_are_furniture(lang):
    [card] = cards_from_text(CARDS[lang], lang)
    assert _tasks(card) == EXPECTED[lang]


@pytest.mark.parametrize("raw,lang", [
    # a caption block whose text goes on with a capital: a new part, the caption may be a heading
    (["– Оқырманды тіркеу.", "", "", "2", "", '"Кітапхана ісі" кәсіптік стандартына', "2-қосымша", "",
      "Жалпы ережелер"], "kk"),
    # a block that names no annex is the text's own
    (["– Регистрация читателя;", "", "", "2", "", "Сведения о фонде", "за прошлый год", "",
      "– Учёт выданной книги."], "ru"),
    # a value under its label, the text after it opens with a capital
    (["Уровень квалификации:", "", "", "2", "", "Код профессии: 2622-1-001"], "ru"),
])
def test_heads_that_cut_no_list_stay(raw, lang):
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw), vocabulary(lang))]
    assert "2" in texts


@pytest.mark.parametrize("lang,line,expected", [
    ("kk", "– Балаларды спорт  секцияларына жазу.мектептерінің", "– Балаларды спорт мектептерінің секцияларына жазу."),
    ("ru", "– Направление граждан в  занятости населения.центры", "– Направление граждан в центры занятости населения."),
])
def test_a_word_glued_after_the_full_stop_goes_back_into_the_hole(lang, line, expected):
    text, _, moved = fix_displaced_link(line, 0, 6, 0, vocabulary(lang))
    assert moved and text == expected


@pytest.mark.parametrize("lang,line", [
    ("ru", "Сведения  размещены на сайте www.gov.kz"),  # a web address: two letters after the dot
    ("kk", "– Балаларды спорт секцияларына жазу.мектептерінің"),  # no hole the word came from
    ("ru", "– Направление граждан в  занятости населения.Центры"),  # a capital may open a sentence
])
def test_no_word_after_a_full_stop_moves_without_the_damage(lang, line):
    assert fix_displaced_link(line, 0, 6, 0, vocabulary(lang))[2] is False
