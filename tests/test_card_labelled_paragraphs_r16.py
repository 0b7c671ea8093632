"""Occupation cards printed as labelled paragraphs, not tables: each element of the card a
paragraph that opens with a run-in label (`Кәсіп коды: …`, `Код профессии: …`, `1-міндет: …`,
`Задача 1: …`), lists under `Дағдылар:` / `Знания:` one paragraph per item, no blank line between
the paragraphs (plain `Label: value` lines, or the paragraphs of a web page with the labels in
bold)."""
import re

import pytest

from conftest import cards_from_text
from test_cards import fn_view

CARDS = {
    "kk": """\
Кәсіптік стандартқа
қосымша

"Аудармашы" кәсіп карточкасы
Кәсіп коды: 2643-0-001
Кәсіп атауы: Аудармашы
СБШ бойынша біліктілік деңгейі: 6
Кәсіптің басқа мүмкін атаулары:
Тілмаш.
Біліктілікке қойылатын талаптар: Жоғары білім (аударма ісі).
Еңбек функциялары:
Міндетті еңбек функциялары:
1) Мәтіндерді аудару.
1-еңбек функциясы: Мәтіндерді аудару
1-міндет: Жазбаша аударма жасау
Дағдылар:
1) Ресми мәтінді аудару;
2) Терминдерді салыстыру.
Білім:
1) Аударма теориясы;
2) Стилистика негіздері.
2-міндет: Ауызша аударма жасау
Дағдылар:
1) Ілеспе аударма жасау.
Білім:
1) Ауызша аударма әдістері.
Жеке құзыреттерге қойылатын талаптар: Ұқыптылық, зейінділік.
СБШ шеңберіндегі басқа кәсіптермен байланыс:
5 – Кіші аудармашы.
Еңбек жағдайлары (мазмұны мен сапасы): Жұмыс кеңседе орындалады, қысқа
іссапарлар болуы мүмкін.
"Редактор" кәсіп карточкасы
Кәсіп коды: 2642-0-002
Кәсіп атауы: Редактор
СБШ бойынша біліктілік деңгейі: 5
Еңбек функциялары:
Міндетті еңбек функциялары:
1) Мәтіндерді түзету.
1-еңбек функциясы: Мәтіндерді түзету
1-міндет: Қолжазбаны оқу
Дағдылар:
1) Қателерді белгілеу.
Білім:
1) Емле ережелері.
Еңбек жағдайлары (мазмұны мен сапасы): Жұмыс кеңседе орындалады.
""",
    "ru": """\
Приложение
к профессиональному стандарту

Карточка профессии «Переводчик»
Код профессии: 2643-0-001
Наименование профессии: Переводчик
Уровень квалификации по ОРК: 6
Другие наименования профессии:
Толмач.
Квалификационные требования: Высшее образование (перевод).
Трудовые функции:
Обязательные трудовые функции:
1) Перевод текстов.
Трудовая функция 1: Перевод текстов
Задача 1: Письменный перевод
Умения и навыки:
1) Переводить официальные тексты;
2) Сверять термины.
Знания:
1) Теория перевода;
2) Основы стилистики.
Задача 2: Устный перевод
Умения и навыки:
1) Выполнять синхронный перевод.
Знания:
1) Методы устного перевода.
Требования к личностным компетенциям: Аккуратность, внимательность.
Связь с другими профессиями в рамках ОРК:
5 – Младший переводчик.
Условия труда (содержание и качество): Работа выполняется в офисе, возможны
короткие командировки.
Карточка профессии «Редактор»
Код профессии: 2642-0-002
Наименование профессии: Редактор
Уровень квалификации по ОРК: 5
Трудовые функции:
Обязательные трудовые функции:
1) Правка текстов.
Трудовая функция 1: Правка текстов
Задача 1: Чтение рукописи
Умения и навыки:
1) Отмечать ошибки.
Знания:
1) Правила орфографии.
Условия труда (содержание и качество): Работа выполняется в офисе.
""",
}
TASKS = {
    "kk": [(1, "Жазбаша аударма жасау", ["Ресми мәтінді аудару", "Терминдерді салыстыру"],
            ["Аударма теориясы", "Стилистика негіздері"]),
           (2, "Ауызша аударма жасау", ["Ілеспе аударма жасау"], ["Ауызша аударма әдістері"])],
    "ru": [(1, "Письменный перевод", ["Переводить официальные тексты", "Сверять термины"],
            ["Теория перевода", "Основы стилистики"]),
           (2, "Устный перевод", ["Выполнять синхронный перевод"], ["Методы устного перевода"])],
}
WRAPPED = {"kk": "қысқа іссапарлар болуы мүмкін.", "ru": "возможны короткие командировки."}
NAMES = {"kk": ("Аудармашы", "Редактор", "Мәтіндерді аудару"), "ru": ("Переводчик", "Редактор", "Перевод текстов")}


def _check(cards, lang):
    first, second = NAMES[lang][:2]
    assert [(c.code, c.name, c.qualification_level) for c in cards] == [
        ("2643-0-001", first, "6"), ("2642-0-002", second, "5")]
    card = cards[0]
    [(kind, no, name, tasks)] = fn_view(card)
    assert (kind, no, name) == ("mandatory", 1, NAMES[lang][2])
    assert tasks == TASKS[lang]
    assert [a[1] for a in card.alt_names] == ["Тілмаш" if lang == "kk" else "Толмач"]
    assert card.personal_competencies
    assert card.working_conditions.endswith(WRAPPED[lang])  # a wrapped line stays with its paragraph
    assert [r[:2] for r in card.related] == [("5", "Кіші аудармашы" if lang == "kk" else "Младший переводчик")]
    assert [len(t[2]) for f in fn_view(cards[1]) for t in f[3]] == [1]


def _text(lang: str, bare: bool) -> str:
    """The cards, their list items numbered (`1) …;`) or bare: one paragraph per item, with no
    number and no separator."""
    return re.sub(r"^\d\) (.*?)[;.]$", r"\1", CARDS[lang], flags=re.M) if bare else CARDS[lang]


@pytest.mark.parametrize("bare", [False, True])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_labelled_lines_of_plain_text_are_the_card_rows(lang, bare):
    _check(cards_from_text(_text(lang, bare), lang), lang)


def _page(text: str) -> str:
    """The card text as a web page: each line a paragraph, a row's label in bold."""
    paras = []
    for line in text.splitlines():
        label, colon, rest = line.partition(":")
        if colon and len(label) <= 60:
            line = f"<b>{label}:</b>{rest}"
        paras.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {line}</p>" if line else "")
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'></head><body><h1>Стандарт</h1>"
            "<p>Қазақстан Республикасы Мәдениет министрінің 2026 жылғы 2 ақпандағы № 41 бұйрығы</p><article>"
            + "\n".join(paras) + "</article></body></html>")


@pytest.mark.parametrize("bare", [False, True])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_labelled_paragraphs_of_a_web_page_are_the_card_rows(lang, bare, tmp_path):
    from extractors.reading import read_document
    (tmp_path / "page.html").write_text(_page(_text(lang, bare)), encoding="utf-8")
    assert read_document(tmp_path / "page.html").source_format == "html"
    _check(_cards_of(tmp_path / "page.html", lang), lang)


@pytest.mark.parametrize("bare", [False, True])
@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_labelled_paragraphs_of_a_pdf_are_the_card_rows(lang, bare, tmp_path):
    """A PDF that prints the paragraphs with no space between them: one block of lines."""
    from pdf_factory import render_act_pdf
    paragraphs = [line for line in _text(lang, bare).splitlines() if line.strip()]
    path = render_act_pdf({}, tmp_path / "cards.pdf", lang, body_paragraphs=paragraphs)
    _check(_cards_of(path, lang), lang)


def _cards_of(path, lang):
    from extractors.cards import read_cards
    from extractors.reading import read_document
    from extractors.text import assemble, document_lexicon, prepare
    raw = read_document(path)
    lines = prepare(raw, lang)
    lexicon = document_lexicon(lines, lang)
    return read_cards(assemble(raw.source_file, lang, lines, lexicon), lexicon)


def test_a_table_card_heading_is_not_split_from_its_caption():
    """A heading over a table (its rows blocks of their own) stays where it was printed."""
    from conftest import doc_from_text
    text = 'Кәсіптік стандартқа 1-қосымша\n"Аудармашы" кәсіп карточкасы\n\nКәсіп коды\n\n2643-0-001\n'
    doc, _, _ = doc_from_text(text, "kk")
    assert [b.linenos for b in doc.blocks][:1] == [(1, 2)]
