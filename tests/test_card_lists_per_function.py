"""A functions table that gives skills and knowledge per labour function, not per task (one
«Задачи» / «Міндеттер» cell lists the function's tasks, one skills cell and one knowledge cell
serve them all), and the line that says a table goes on at the top of the next page
(`Продолжение таблицы` / `Кестенің жалғасы`), with the table's header row printed again."""
import pytest

from conftest import cards_from_text
from extractors.repair import remove_page_furniture, split_lines, table_continued
from extractors.vocabulary import vocabulary
from test_card_variants import head_of
from test_cards import fn_view

HEADER = {"ru": "Трудовая функция\n\nЗадачи\n\nУмения и навыки\n\nЗнания\n\n",
          "kk": "Еңбек функциясы\n\nМіндеттер\n\nДағдылар\n\nБілім\n\n"}
LIST = {"ru": ("Трудовые функции\n\nОбязательные трудовые функции:\n1. Учет архивных фондов;\n"
               "2. Выдача архивных справок.\n\n"),
        "kk": ("Еңбек функциялары\n\nМіндетті еңбек функциялары:\n1. Мұрағат қорларын есепке алу;\n"
               "2. Мұрағаттық анықтамалар беру.\n\n")}
FIRST_ROW = {"ru": ("Трудовая функция 1:\nУчет архивных фондов\n\n"
                    "1) Прием документов на хранение;\n2) Проверка наличия дел.\n\n"
                    "1) Составление описи дел;\n2) Работа с учетной базой.\n\n"
                    "1) Правила хранения документов;\n2) Основы архивоведения.\n\n"),
             "kk": ("Еңбек функциясы 1:\nМұрағат қорларын есепке алу\n\n"
                    "1) Құжаттарды сақтауға қабылдау;\n2) Істердің бар-жоғын тексеру.\n\n"
                    "1) Істер тізімдемесін жасау;\n2) Есепке алу базасымен жұмыс.\n\n"
                    "1) Құжаттарды сақтау қағидалары;\n2) Мұрағаттану негіздері.\n\n")}
SECOND_ROW = {"ru": ("Трудовая функция 2:\nВыдача архивных справок\n\n"
                     "Рассмотрение запросов граждан\n\n"
                     "1) Поиск сведений по запросу.\n\n"
                     "1) Порядок рассмотрения обращений.\n"),
              "kk": ("Еңбек функциясы 2:\nМұрағаттық анықтамалар беру\n\n"
                     "Азаматтардың сұраныстарын қарау\n\n"
                     "1) Сұраныс бойынша мәліметтерді іздеу.\n\n"
                     "1) Өтініштерді қарау тәртібі.\n")}
CONTINUED = {"ru": "      Продолжение таблицы\n\n", "kk": "      Кестенің жалғасы\n\n"}
PAGE = "\n\n\n"


def _first_function(lang: str) -> tuple:
    return {"ru": ("mandatory", 1, "Учет архивных фондов", [
        (1, "Прием документов на хранение", ["Составление описи дел", "Работа с учетной базой"],
         ["Правила хранения документов", "Основы архивоведения"]),
        (2, "Проверка наличия дел", [], [])]),
        "kk": ("mandatory", 1, "Мұрағат қорларын есепке алу", [
            (1, "Құжаттарды сақтауға қабылдау", ["Істер тізімдемесін жасау", "Есепке алу базасымен жұмыс"],
             ["Құжаттарды сақтау қағидалары", "Мұрағаттану негіздері"]),
            (2, "Істердің бар-жоғын тексеру", [], [])])}[lang]


def _card(text: str, lang: str):
    [card] = cards_from_text(head_of(lang) + text, lang)
    return card


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_tasks_cell_gives_a_task_per_item_and_the_lists_go_under_the_first(lang):
    card = _card(LIST[lang] + HEADER[lang] + FIRST_ROW[lang] + SECOND_ROW[lang], lang)
    first, second = fn_view(card)
    assert first == _first_function(lang)
    # a row with a single task, unnumbered, reads as before
    assert [(t[0], len(t[2]), len(t[3])) for t in second[3]] == [(1, 1, 1)]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_table_continued_on_the_next_page_under_its_header_again(lang):
    # the break falls between the two rows: the mark and the header open the next page
    text = LIST[lang] + HEADER[lang] + FIRST_ROW[lang] + PAGE + CONTINUED[lang] + HEADER[lang] + SECOND_ROW[lang]
    card = _card(text, lang)
    assert fn_view(card) == fn_view(_card(LIST[lang] + HEADER[lang] + FIRST_ROW[lang] + SECOND_ROW[lang], lang))
    assert not any("Продолжение" in w or "жалғасы" in w for w in card.warnings)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_tasks_cell_cut_between_two_tasks_goes_on_after_the_break(lang):
    # the break cut every cell of the first row: each cell's rest follows the header again
    cut = {"ru": ("Трудовая функция 1:\nУчет архивных фондов\n\n"
                  "1) Прием документов на хранение;\n\n"
                  "1) Составление описи дел;\n\n"
                  "1) Правила хранения документов;\n"
                  + PAGE + CONTINUED["ru"] + HEADER["ru"]
                  + "2) Проверка наличия дел.\n\n"
                  "2) Работа с учетной базой.\n\n"
                  "2) Основы архивоведения.\n\n"),
           "kk": ("Еңбек функциясы 1:\nМұрағат қорларын есепке алу\n\n"
                  "1) Құжаттарды сақтауға қабылдау;\n\n"
                  "1) Істер тізімдемесін жасау;\n\n"
                  "1) Құжаттарды сақтау қағидалары;\n"
                  + PAGE + CONTINUED["kk"] + HEADER["kk"]
                  + "2) Істердің бар-жоғын тексеру.\n\n"
                  "2) Есепке алу базасымен жұмыс.\n\n"
                  "2) Мұрағаттану негіздері.\n\n")}
    first = fn_view(_card(LIST[lang] + HEADER[lang] + cut[lang] + SECOND_ROW[lang], lang))[0]
    assert first == _first_function(lang)


@pytest.mark.parametrize("lang,line", [
    ("ru", "Продолжение таблицы"), ("ru", "Продолжение таблицы 2"), ("ru", "П р о д о л ж е н и е  т а б л и ц ы"),
    ("ru", "Окончание таблицы."), ("kk", "Кестенің жалғасы"), ("kk", "3-кестенің жалғасы"), ("kk", "КЕСТЕНІҢ ЖАЛҒАСЫ"),
])
def test_the_continued_mark_is_known_whatever_its_number_case_or_spacing(lang, line):
    assert table_continued(line, vocabulary(lang))


@pytest.mark.parametrize("lang,line", [
    ("ru", "Продолжение таблицы приведено ниже"), ("ru", "Таблица"), ("kk", "Кестенің жалғасы төменде берілген"),
])
def test_a_sentence_about_a_table_is_no_mark(lang, line):
    assert not table_continued(line, vocabulary(lang))


def test_the_mark_is_dropped_only_at_a_page_top():
    raw = ["Бірінші жол", "", "Кестенің жалғасы", "", "", "", "Кестенің жалғасы", "Келесі жол"]
    lines = remove_page_furniture(split_lines(raw), vocabulary("kk"))
    assert [ln.text for ln in lines] == ["Бірінші жол", "Кестенің жалғасы", "Келесі жол"]
    assert lines[2].page_break_before  # the page break it stood at moves to the next line


@pytest.mark.parametrize("lang,mark", [("kk", "Кестенің жалғасы"), ("ru", "Продолжение таблицы")])
def test_a_pdf_page_that_opens_with_the_mark_over_a_table_drops_it(tmp_path, lang, mark):
    # a ruled table on page 1, the mark right-aligned above its second part on page 2
    from extractors.repair import repair_lines
    from test_pdf_table_parts import XS, Sheet
    s = Sheet()
    s.part(60, 120)
    s.label_row(60, "Бірінші жол", "Мәні бір", height=60)
    s.page()
    s.text(XS[-1] - 110, 60, mark)
    s.part(80, 140)
    s.label_row(80, "Екінші жол", "Мәні екі", height=60)
    path = tmp_path / "t.pdf"
    s.pdf.output(str(path))
    from extractors.pdf_reading import read_pdf
    raw, pages, layout = read_pdf(path, path.name)
    assert any(mark in ln for ln in raw)  # the reader prints it, the repair drops it
    texts = [ln.text for ln in repair_lines(raw, lang, pages, layout.get("joins"))]
    assert mark not in texts and "Екінші жол" in texts
