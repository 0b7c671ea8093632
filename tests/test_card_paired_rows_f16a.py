"""A functions table with a column for the skills and one for the knowledge whose rows pair the
two lists item by item: each row holds one skill and one knowledge item (the other cell empty
where one list is longer), so the extraction prints the two lists alternating. The reader puts
each task's items back in column order (card_paired_rows.py)."""
import pytest

from conftest import cards_from_text
from test_card_variants import head_of
from test_cards import fn_view

HEADER = {"ru": "Трудовая функция\n\nЗадача\n\nУмения и навыки\n\nЗнания\n\n",
          "kk": "Еңбек функциясы\n\nМіндет\n\nДағдылар\n\nБілім\n\n"}
LIST = {"ru": "Трудовые функции\n\nОбязательные трудовые функции:\n1. Учет книжного фонда;\n2. Обслуживание читателей.\n\n",
        "kk": "Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Кітап қорын есепке алу;\n2. Оқырмандарға қызмет көрсету.\n\n"}
FUNCTION = {"ru": ("Трудовая функция {n}:\n{name}\n\n", "Задача {n}:\n{name}\n\n"),
            "kk": ("Еңбек функциясы {n}:\n{name}\n\n", "{n}-міндет:\n{name}\n\n")}
NAMES = {"ru": ("Учет книжного фонда", "Обслуживание читателей", "Прием новых поступлений", "Выдача книг"),
         "kk": ("Кітап қорын есепке алу", "Оқырмандарға қызмет көрсету", "Жаңа түсімдерді қабылдау", "Кітап беру")}
SKILLS = {"ru": ["Сверять книги с накладной", "Ставить штамп на книги", "Вносить книги в каталог"],
          "kk": ["Кітаптарды жүкқұжатпен салыстыру", "Кітаптарға мөр басу", "Кітаптарды каталогқа енгізу"]}
KNOWLEDGE = {"ru": ["Правила учета фонда", "Основы каталогизации"],
             "kk": ["Қорды есепке алу қағидалары", "Каталогтау негіздері"]}
CUT = {"ru": ("Работа с", "читателями в зале"), "kk": ("Оқырмандармен залда", "жұмыс істеу")}
PAGE = "\n\n\n"


def _items(words: list[str]) -> list[str]:
    return [f"{k}) {w}{'.' if k == len(words) else ';'}" for k, w in enumerate(words, 1)]


def _paired(a: list[str], b: list[str]) -> list[str]:
    """The cells of the rows, one after another: a's item, then b's, row by row."""
    out = []
    for k in range(max(len(a), len(b))):
        out += ([a[k]] if k < len(a) else []) + ([b[k]] if k < len(b) else [])
    return out


def _row(lang: str, n: int, task: int, cells: list[str]) -> str:
    fn, tk = FUNCTION[lang]
    head = fn.format(n=n, name=NAMES[lang][n - 1]) if task == 1 else ""
    return head + tk.format(n=task, name=NAMES[lang][1 + task]) + "".join(c + "\n\n" for c in cells)


def _card(text: str, lang: str):
    [card] = cards_from_text(head_of(lang) + LIST[lang] + HEADER[lang] + text, lang)
    return card


def _lists(card) -> list[tuple]:
    return [(f.no, t.no, [i.text for i in t.skills], [i.text for i in t.knowledge])
            for f in card.functions for t in f.tasks]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_paired_rows_give_each_task_its_two_lists_in_column_order(lang):
    sk, kn = SKILLS[lang], KNOWLEDGE[lang]
    # task 1: more skills than knowledge; task 2: more knowledge than skills; function 2: as many
    text = _row(lang, 1, 1, _paired(_items(sk), _items(kn))) + _row(lang, 1, 2, _paired(_items(kn[:1]), _items(sk))) \
        + _row(lang, 2, 1, _paired(_items(sk[:2]), _items(kn)))
    card = _card(text, lang)
    assert _lists(card) == [(1, 1, sk, kn), (1, 2, kn[:1], sk), (2, 1, sk[:2], kn)]
    assert [(f.no, f.name, [t.name for t in f.tasks]) for f in card.functions] == [
        (1, NAMES[lang][0], list(NAMES[lang][2:4])), (2, NAMES[lang][1], [NAMES[lang][2]])]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_header_printed_again_inside_the_rows_after_a_page_break(lang):
    sk, kn = SKILLS[lang], KNOWLEDGE[lang]
    cells = _paired(_items(kn), _items(sk))
    # the break falls before the last row, which holds a skill alone
    text = _row(lang, 1, 1, cells[:4]) + PAGE + HEADER[lang] + "".join(c + "\n\n" for c in cells[4:]) \
        + _row(lang, 2, 1, _paired(_items(sk), _items(kn)))
    assert _lists(_card(text, lang)) == [(1, 1, kn, sk), (2, 1, sk, kn)]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_break_that_cuts_the_name_cells_prints_their_rest_before_the_next_rows(lang):
    sk, kn = SKILLS[lang], KNOWLEDGE[lang]
    fn, tk = FUNCTION[lang]
    cells = _paired(_items(sk), _items(kn))
    whole = NAMES[lang][1].split()
    # the function's name and the task's name cut: after the header, the function cell again
    # (whole) and the rest of the task's name, then the rows that did not fit
    text = _row(lang, 1, 1, _paired(_items(sk[:2]), _items(kn))) \
        + fn.format(n=2, name=whole[0]) + tk.format(n=1, name=CUT[lang][0]) + "".join(c + "\n\n" for c in cells[:2]) \
        + PAGE + HEADER[lang] + fn.format(n=2, name=NAMES[lang][1]) + CUT[lang][1] + "\n\n" \
        + "".join(c + "\n\n" for c in cells[2:])
    card = _card(text, lang)
    assert _lists(card) == [(1, 1, sk[:2], kn), (2, 1, sk, kn)]
    assert [f.name for f in card.functions] == list(NAMES[lang][:2])
    assert card.functions[1].tasks[0].name == " ".join(CUT[lang])


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_lists_printed_one_cell_each_read_as_before(lang):
    # the same table with each list in one cell: nothing is paired, nothing moves
    sk, kn = SKILLS[lang], KNOWLEDGE[lang]
    one = lambda items: [" ".join(items)]
    text = _row(lang, 1, 1, one(_items(sk)) + one(_items(kn))) + _row(lang, 2, 1, one(_items(sk[:1])) + one(_items(kn)))
    assert _lists(_card(text, lang)) == [(1, 1, sk, kn), (2, 1, sk[:1], kn)]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_paired_rows_with_tasks_numbered_straight_through_the_card(lang):
    # function 2's task is labelled with the card's next task number: counted per function
    sk, kn = SKILLS[lang], KNOWLEDGE[lang]
    fn, tk = FUNCTION[lang]
    text = _row(lang, 1, 1, _paired(_items(sk), _items(kn))) + _row(lang, 1, 2, _paired(_items(kn[:1]), _items(sk))) \
        + fn.format(n=2, name=NAMES[lang][1]) + tk.format(n=3, name=NAMES[lang][2]) \
        + "".join(c + "\n\n" for c in _paired(_items(sk[:2]), _items(kn)))
    card = _card(text, lang)
    assert _lists(card) == [(1, 1, sk, kn), (1, 2, kn[:1], sk), (2, 1, sk[:2], kn)]
    assert any("numbered on through the card" in w for w in card.warnings)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_an_item_cut_by_the_break_goes_on_after_the_header(lang):
    # the second row's skill is cut: its rest opens the next page, under the header again
    sk, kn = SKILLS[lang], KNOWLEDGE[lang]
    s, k = _items(sk), _items(kn)
    head, tail = s[1].rsplit(" ", 1)
    cells = [s[0], k[0], head, k[1]]
    text = _row(lang, 1, 1, cells) + PAGE + HEADER[lang] + tail + "\n\n" + s[2] + "\n\n" \
        + _row(lang, 2, 1, _paired(_items(sk[:2]), _items(kn)))
    assert _lists(_card(text, lang)) == [(1, 1, sk, kn), (2, 1, sk[:2], kn)]


# ---------------------------------------------------------------- a PDF: the rows drawn as a ruled table

PDF_XS = (60.0, 170.0, 280.0, 410.0, 540.0)
PDF_SIZE, PDF_LH = 8.0, 10.0
PDF_CARD = {
    "ru": {"heading": "Карточка профессии «Библиотекарь»",
           "list": ["Трудовые функции", "Обязательные трудовые функции:", "1. Учет книжного фонда."],
           "function": ["Трудовая функция 1:", "Учет книжного фонда"], "task": ["Задача 1:", "Прием книг"],
           "pairs": [(["1) Сверять книги с", "накладной;"], ["1) Правила учета;"]),
                     (["2) Ставить штамп."], ["2) Основы каталогизации;"]), (None, ["3) Порядок списания."])],
           "lists": (["Сверять книги с накладной", "Ставить штамп"],
                     ["Правила учета", "Основы каталогизации", "Порядок списания"])},
    "kk": {"heading": "Кәсіп карточкасы «Кітапханашы»",
           "list": ["Еңбек функциялары", "Міндетті еңбек функциялары:", "1. Кітап қорын есепке алу."],
           "function": ["Еңбек функциясы 1:", "Кітап қорын есепке алу"], "task": ["1-міндет:", "Кітап қабылдау"],
           "pairs": [(["1) Кітаптарды жүкқұжатпен", "салыстыру;"], ["1) Есепке алу қағидалары;"]),
                     (["2) Кітаптарға мөр басу;"], ["2) Каталогтау негіздері."]), (["3) Каталог жүргізу."], None)],
           "lists": (["Кітаптарды жүкқұжатпен салыстыру", "Кітаптарға мөр басу", "Каталог жүргізу"],
                     ["Есепке алу қағидалары", "Каталогтау негіздері"])},
}


def _draw_card(lang: str, path):
    """The card's heading, its list of functions and the functions table: the function and task
    cells merged down the rows, one skill | one knowledge item per row."""
    from pdf_factory import _draw_text, _new_pdf
    card, xs = PDF_CARD[lang], PDF_XS
    pdf = _new_pdf()
    pdf.add_page()
    pdf.set_line_width(0.4)

    def text(x, top, lines):
        for k, ln in enumerate(lines):
            _draw_text(pdf, x + 3, top + 2 + PDF_LH * k, ln, False, PDF_SIZE, PDF_LH)

    text(xs[0], 60, [card["heading"]])
    text(xs[0], 90, card["list"])
    top = y = 130
    pdf.line(xs[0], y, xs[-1], y)
    for c, head in enumerate([h for h in HEADER[lang].split("\n\n") if h]):
        text(xs[c], y, [head])
    y += 16
    pdf.line(xs[0], y, xs[-1], y)
    text(xs[0], y, card["function"])
    text(xs[1], y, card["task"])
    for k, (a, b) in enumerate(card["pairs"]):
        if k:
            pdf.line(xs[2], y, xs[-1], y)
        text(xs[2], y, a or [])
        text(xs[3], y, b or [])
        y += PDF_LH * max(len(a or ()), len(b or ())) + 6
    pdf.line(xs[0], y, xs[-1], y)
    for x in xs:
        pdf.line(x, top, x, y)
    pdf.output(str(path))


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_paired_rows_of_a_pdf_table(tmp_path, lang):
    from pathlib import Path
    from extractors.pdf_reading import read_pdf
    from extractors.reading import RawDocument
    from extractors.text import assemble, corpus_lexicon, prepare
    from extractors.cards import read_cards
    path = tmp_path / "t.pdf"
    _draw_card(lang, path)
    lines, pages, layout = read_pdf(path, path.name)
    raw = RawDocument(Path("t.pdf"), "t.pdf", "0" * 64, "pdf", "pdf", lines, pages, layout)
    prepared = prepare(raw, lang)
    lexicon = corpus_lexicon([prepared], lang)
    [card] = read_cards(assemble("t.pdf", lang, prepared, lexicon), lexicon)
    skills, knowledge = PDF_CARD[lang]["lists"]
    assert _lists(card) == [(1, 1, skills, knowledge)]
