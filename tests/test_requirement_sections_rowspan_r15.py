"""Round-15 requirement variations, both languages: a chapter split into paragraphs (параграф)
by level, the level named only in the paragraph's title (a title printed at the margin after a
finished sentence, as a PDF's centred title is, still opens a heading of its own); a point naming
its position with the word "position" (`… лауазымына`, `к должности …`); and one ruled table of
all positions whose number, position and education cells span the position's category rows
(rowspan), each position's level given by the act's list after a dash."""
import textwrap

import pytest

from conftest import doc_from_text

from extractors import pipeline
from extractors.extract import extract_document

KK_SECTIONS = """
Мұражай қызметкерлеріне қойылатын біліктілік талаптарын бекіту туралы

Қазақстан Республикасы Мәдениет министрінің 2031 жылғы 4 наурыздағы № 88·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2031 жылғы 9 наурызда·
№ 51234 болып тіркелді
      БҰЙЫРАМЫН:
      1. Қоса беріліп отырған біліктілік талаптары бекітілсін.

2-тарау. Біліктілік талаптары

1-параграф. Біліктілігі жоғары деңгейдегі мамандарға қойылатын біліктілік·
талаптары

      3. Мұражай қорының сақтаушысы лауазымына мынадай біліктілік талаптары·
қойылады:
      жоғары санатты – жоғары (немесе жоғары оқу орнынан кейінгі) (тарихи) білім·
және мамандығы бойынша кемінде 4 (төрт) жыл жұмыс өтілі;
      санаты жоқ – жоғары (немесе жоғары оқу орнынан кейінгі) (тарихи) білім,·
жұмыс өтіліне талап қойылмайды.
2-параграф. Біліктілігі орта деңгейдегі мамандарға қойылатын біліктілік·
талаптары
      4. Экспозиция күзетшісі лауазымына мынадай біліктілік талаптары қойылады:
      бірінші санатты – техникалық және кәсіптік (мәдениет) білім және·
мамандығы бойынша кемінде 2 (екі) жыл жұмыс өтілі;
      санаты жоқ – техникалық және кәсіптік (мәдениет) білім, жұмыс өтіліне·
талап қойылмайды.
"""
RU_SECTIONS = """
Об утверждении квалификационных требований к работникам музеев

Приказ Министра культуры Республики Казахстан от 4 марта 2031 года № 88.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 марта 2031 года·
№ 51234
      ПРИКАЗЫВАЮ:
      1. Утвердить прилагаемые квалификационные требования.

Глава 2. Квалификационные требования

Параграф 1. Квалификационные требования к специалистам высшего уровня·
квалификации

      3. К должности хранителя музейного фонда предъявляются следующие·
квалификационные требования:
      высшей категории – высшее (или послевузовское) (историческое) образование·
и стаж работы по специальности не менее 4 (четырех) лет;
      без категории – высшее (или послевузовское) (историческое) образование, без·
предъявления требований к стажу работы.
Параграф 2. Квалификационные требования к специалистам среднего уровня·
квалификации
      4. К должности смотрителя экспозиции предъявляются следующие·
квалификационные требования:
      первой категории – техническое и профессиональное (культура) образование и·
стаж работы по специальности не менее 2 (двух) лет;
      без категории – техническое и профессиональное (культура) образование, без·
предъявления требований к стажу работы.
"""


def _rows(ex):
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level, r.min_experience_years)
            for r in ex.requirements]


@pytest.mark.parametrize("lang,text,first,second", [
    ("kk", KK_SECTIONS, "мұражай қорының сақтаушысы", "экспозиция күзетшісі"),
    ("ru", RU_SECTIONS, "хранитель музейного фонда", "смотритель экспозиции"),
])
def test_a_chapters_paragraph_titles_name_the_level_of_its_points(lang, text, first, second):
    # the level is named only in the параграф titles; the second title is printed at the margin
    # right after a finished clause (as a PDF's centred title is); the years are digits with words
    doc, raw, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    assert _rows(extract_document(doc, raw, lexicon)) == [
        ("3", first, "high", "highest", "higher", 4),
        ("3", first, "high", "none", "higher", None),
        ("4", second, "middle", "first", "tvet", 2),
        ("4", second, "middle", "none", "tvet", None),
    ]


PAGE = textwrap.dedent("""\
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>{title}</title></head><body>
    <div class="container_alpha slogan"><h1>{title}</h1><p>{act_line}</p></div>
    <article>
    <h3>{chapter}</h3>
    <p id="z4">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {list_head}</p>
    <p id="z5">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 1) {a} – {high};</p>
    <p id="z6">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 2) {b} – {middle}.</p>
    <p id="z7">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {head}</p>
    <p><table width="600" border="1">
    <tr>{header}</tr>
    {rows}
    </table></p>
    </article></body></html>
    """)


def _position_rows(number: str, name: str, education: str, cells: list[tuple[str, str]]) -> str:
    """A position's four category rows, its number, name and education cells spanning them."""
    span = len(cells)
    out = [f'<tr><td rowspan="{span}"><p>{number}</p></td><td rowspan="{span}"><p>{name}</p></td>'
           f'<td><p>{cells[0][0]}</p></td><td rowspan="{span}"><p>{education}</p></td><td><p>{cells[0][1]}</p></td></tr>']
    out += [f"<tr><td><p>{c}</p></td><td><p>{e}</p></td></tr>" for c, e in cells[1:]]
    return "\n".join(out)


PAGES = {
    "kk": dict(
        title="Мұражай қызметкерлеріне қойылатын біліктілік талаптарын бекіту туралы",
        act_line="Қазақстан Республикасы Мәдениет министрінің 2031 жылғы 4 наурыздағы № 88 бұйрығы. "
                 "Қазақстан Республикасының Әділет министрлігінде 2031 жылғы 9 наурызда № 51234 болып тіркелді",
        chapter="2-тарау. Біліктілік талаптары",
        list_head="3. Біліктілік талаптары мынадай лауазымдарға белгіленеді:",
        a="мұражай қорының сақтаушысы", b="экспозиция күзетшісі",
        high="біліктілігі жоғары деңгейдегі маман", middle="біліктілігі орта деңгейдегі маман",
        head="4. Лауазымдар бойынша біліктілік талаптары мына кестеде келтірілген:",
        header="<td><p>Р/с №</p></td><td><p>Лауазымның атауы</p></td><td><p>Біліктілік санаты</p></td>"
               "<td><p>Біліміне қойылатын талаптар</p></td><td><p>Жұмыс өтіліне қойылатын талаптар</p></td>",
        edu_a="Жоғары (немесе жоғары оқу орнынан кейінгі) (тарихи) білім",
        edu_b="Техникалық және кәсіптік (мәдениет) білім",
        cats_a=[("Жоғары санатты", "Мамандығы бойынша кемінде 4 жыл"), ("Бірінші санатты", "Мамандығы бойынша кемінде 3 жыл"),
                ("Санаты жоқ", "Талап етілмейді")],
        cats_b=[("Бірінші санатты", "Мамандығы бойынша кемінде 2 жыл"), ("Санаты жоқ", "Талап етілмейді")]),
    "ru": dict(
        title="Об утверждении квалификационных требований к работникам музеев",
        act_line="Приказ Министра культуры Республики Казахстан от 4 марта 2031 года № 88. "
                 "Зарегистрирован в Министерстве юстиции Республики Казахстан 9 марта 2031 года № 51234",
        chapter="Глава 2. Квалификационные требования",
        list_head="3. Квалификационные требования устанавливаются к следующим должностям:",
        a="хранитель музейного фонда", b="смотритель экспозиции",
        high="специалист высшего уровня квалификации", middle="специалист среднего уровня квалификации",
        head="4. Квалификационные требования по должностям приведены в таблице:",
        header="<td><p>№ п/п</p></td><td><p>Наименование должности</p></td><td><p>Категория</p></td>"
               "<td><p>Требования к образованию</p></td><td><p>Требования к стажу работы</p></td>",
        edu_a="Высшее (или послевузовское) (историческое) образование",
        edu_b="Техническое и профессиональное (культура) образование",
        cats_a=[("Высшая категория", "Стаж работы по специальности не менее 4 лет"),
                ("Первая категория", "Стаж работы по специальности не менее 3 лет"), ("Без категории", "Не требуется")],
        cats_b=[("Первая категория", "Стаж работы по специальности не менее 2 лет"), ("Без категории", "Не требуется")]),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_one_table_whose_education_cell_spans_the_category_rows(tmp_path, lang):
    page = PAGES[lang]
    rows = "\n".join([_position_rows("1", page["a"].capitalize(), page["edu_a"], page["cats_a"]),
                      _position_rows("2", page["b"].capitalize(), page["edu_b"], page["cats_b"])])
    path = tmp_path / f"act_{lang}.html"
    path.write_text(PAGE.format(**{**page, "rows": rows}), encoding="utf-8")
    ex = pipeline.extract_one(pipeline.prepare_one(pipeline.read_one(path, tmp_path))).extraction
    a, b = page["a"], page["b"]
    # each category's sub-row prints its category and experience only; the level of each row's
    # position is the one the list gives it after a dash
    assert _rows(ex) == [
        ("4", a, "high", "highest", "higher", 4), ("4", a, "high", "first", "higher", 3),
        ("4", a, "high", "none", "higher", None),
        ("4", b, "middle", "first", "tvet", 2), ("4", b, "middle", "none", "tvet", None),
    ]
    # the text of a clause is its education, a comma and its experience cell
    assert ex.requirements[1].text == f'{page["edu_a"]}, {page["cats_a"][1][1]}'
