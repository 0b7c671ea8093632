"""Requirement points headed by nothing but the position's name (no list of positions in the act,
no requirement words in the head): its short form or its level in brackets, then level subpoints
over category lines, or a table with a row per category. Text and HTML, in both languages."""
import textwrap

import pytest

from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap
from test_requirement_wordings import clauses

from extractors import pipeline
from extractors.reading import read_document
from extractors.requirements import read_requirements
from extractors.text import assemble, corpus_lexicon, prepare

KK_LEVELS = (
    "      4. Балаларды оңалту жөніндегі ассистент (бұдан әрі – ассистент):\n"
    "      1) біліктілігі жоғары деңгейдегі маман:\n"
    "      жоғары санатты – жоғары (немесе жоғары оқу орнынан кейінгі) (педагогикалық,·\n"
    "медициналық) білім, бірінші санатты ассистент лауазымында кемінде 4 жыл жұмыс өтілі;\n"
    "      санаты жоқ – жоғары (немесе жоғары оқу орнынан кейінгі) (педагогикалық, медициналық)·\n"
    "білім, жұмыс өтіліне талап қойылмайды;\n"
    "      2) біліктілігі орта деңгейдегі маман:\n"
    "      бірінші санатты – техникалық және кәсіптік (педагогикалық) білім, екінші санатты·\n"
    "ассистент лауазымында кемінде екі жыл жұмыс өтілі.\n"
)
RU_LEVELS = (
    "      4. Ассистент по реабилитации детей (далее – ассистент):\n"
    "      1) специалист высшего уровня квалификации:\n"
    "      высшей категории – высшее (или послевузовское) (педагогическое, медицинское)·\n"
    "образование, стаж работы в должности ассистента первой категории не менее 4 лет;\n"
    "      без категории – высшее (или послевузовское) (педагогическое, медицинское)·\n"
    "образование, без предъявления требований к стажу работы;\n"
    "      2) специалист среднего уровня квалификации:\n"
    "      первой категории – техническое и профессиональное (педагогическое) образование,·\n"
    "стаж работы в должности ассистента второй категории не менее двух лет.\n"
)


@pytest.mark.parametrize("lang,body,name", [
    ("kk", KK_LEVELS, "балаларды оңалту жөніндегі ассистент"),
    ("ru", RU_LEVELS, "ассистент по реабилитации детей"),
])
def test_a_name_head_with_its_short_form_over_level_subpoints(lang, body, name):
    # the short form in brackets is no part of the name; the levels are subpoints, the categories lines
    assert clauses(body, lang) == [("4", name, "high", "highest", "higher", 4),
                                   ("4", name, "high", "none", "higher", None),
                                   ("4", name, "middle", "first", "tvet", 2)]


@pytest.mark.parametrize("lang,body,name", [
    ("kk", "      5. Еңбек терапиясы жөніндегі нұсқаушы (біліктілігі орта деңгейдегі маман):\n"
           "      екінші санатты – техникалық және кәсіптік (медициналық) білім, санаты жоқ·\n"
           "нұсқаушы лауазымында кемінде бір жыл жұмыс өтілі;\n"
           "      санаты жоқ – техникалық және кәсіптік (медициналық) білім, жұмыс өтіліне·\n"
           "талап қойылмайды.\n", "еңбек терапиясы жөніндегі нұсқаушы"),
    ("ru", "      5. Инструктор по трудотерапии (специалист среднего уровня квалификации):\n"
           "      второй категории – техническое и профессиональное (медицинское) образование, стаж·\n"
           "работы в должности инструктора без категории не менее одного года;\n"
           "      без категории – техническое и профессиональное (медицинское) образование, без·\n"
           "предъявления требований к стажу работы.\n", "инструктор по трудотерапии"),
])
def test_a_name_head_that_gives_the_level_in_brackets_over_category_lines(lang, body, name):
    assert clauses(body, lang) == [("5", name, "middle", "second", "tvet", 1),
                                   ("5", name, "middle", "none", "tvet", None)]


@pytest.mark.parametrize("lang,body", [
    ("kk", "      2. Департамент мыналарды қамтамасыз етсін:\n"
           "      1) осы бұйрықты мемлекеттік тіркеуді;\n"
           "      2) жоғары санатты мамандар туралы мәліметтерді жариялауды.\n"),
    ("ru", "      2. Департаменту обеспечить:\n"
           "      1) государственную регистрацию настоящего приказа;\n"
           "      2) размещение сведений о специалистах высшей категории.\n"),
])
def test_a_numbered_point_with_a_colon_over_other_subpoints_is_no_requirement_head(lang, body):
    assert clauses(body, lang) == []


@pytest.mark.parametrize("lang,body", [
    ("kk", "      2. Басқарма мыналарды ұсынсын:\n"
           "      – жоғары санатты: жоғары білім және кемінде 2 жыл жұмыс өтілі.\n"),
    ("ru", "      2. Управлению представить:\n"
           "      – высшей категории: высшее образование и стаж работы не менее 2 лет.\n"),
])
def test_an_instruction_over_a_category_line_is_no_name_head(lang, body):
    # no bracket marks the words before the colon as a position's name, and a category line alone
    # does not make them one (a level heading would: only a position has levels)
    assert clauses(body, lang) == []


@pytest.mark.parametrize("lang,body,name", [
    ("kk", "      7. Сурдоаудармашы:\n"
           "      біліктілігі орта деңгейдегі маман:\n"
           "      санаты жоқ – техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.\n", "сурдоаудармашы"),
    ("ru", "      7. Сурдопереводчик:\n"
           "      специалист среднего уровня квалификации:\n"
           "      без категории – техническое и профессиональное образование, без требований к стажу работы.\n",
     "сурдопереводчик"),
])
def test_a_bare_name_over_a_level_heading_is_a_name_head(lang, body, name):
    assert clauses(body, lang) == [("7", name, "middle", "none", "tvet", None)]


KK_TABLE = """      6. Мекеменің дефектологы (біліктілігі жоғары деңгейдегі маман):

№ р/с

Санаты

Біліктілік талаптары

1

Жоғары санат

Жоғары (немесе жоғары оқу орнынан кейінгі) дефектологиялық білім, мамандығы бойынша кемінде 6 жыл жұмыс өтілі

2

Санаты жоқ

Жоғары (немесе жоғары оқу орнынан кейінгі) дефектологиялық білім, жұмыс өтіліне талап қойылмайды
"""
RU_TABLE = """      6. Дефектолог учреждения (специалист высшего уровня квалификации):

№ п/п

Категория

Квалификационные требования

1

Высшая категория

Высшее (или послевузовское) дефектологическое образование, стаж работы по специальности не менее 6 лет

2

Без категории

Высшее (или послевузовское) дефектологическое образование, без предъявления требований к стажу работы
"""


@pytest.mark.parametrize("lang,body,name", [
    ("kk", KK_TABLE, "мекеменің дефектологы"),
    ("ru", RU_TABLE, "дефектолог учреждения"),
])
def test_a_table_with_a_row_per_category_under_a_name_head_in_text(lang, body, name):
    # each row's category is a cell of its own and its clause another, capitalised; the level is the head's
    assert clauses(body, lang) == [("6", name, "high", "highest", "higher", 6),
                                   ("6", name, "high", "none", "higher", None)]


PAGE = textwrap.dedent("""\
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>{title}</title></head><body>
    <div class="container_alpha slogan"><h1>{title}</h1><p>{act_line}</p></div>
    <article>
    <h3>{chapter}</h3>
    <p id="z5">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {head}</p>
    <p><table width="600" border="1">
    <tr><td><p>{number}</p></td><td><p>{category}</p></td><td><p>{requirements}</p></td></tr>
    {rows}
    </table></p>
    </article></body></html>
    """)
ROW = "<tr><td><p>{}</p></td><td><p>{}</p></td><td><p>{}</p></td></tr>"
PAGES = {
    "kk": dict(
        title="Мекемелер қызметкерлеріне қойылатын біліктілік талаптарын бекіту туралы",
        act_line="Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 3 ақпандағы "
                 "№ 12 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы 9 ақпанда № 40111 болып тіркелді",
        chapter="2-тарау. Қызметкерлерге қойылатын біліктілік талаптары",
        head="6. Мекеменің дефектологы (біліктілігі жоғары деңгейдегі маман):",
        number="№ р/с", category="Санаты", requirements="Біліктілік талаптары",
        rows=[("1", "Бірінші санат", "Жоғары (немесе жоғары оқу орнынан кейінгі) дефектологиялық білім, "
                                     "мамандығы бойынша кемінде 3 жыл жұмыс өтілі"),
              ("2", "Санаты жоқ", "Жоғары (немесе жоғары оқу орнынан кейінгі) дефектологиялық білім, "
                                  "жұмыс өтіліне талап қойылмайды")],
        name="мекеменің дефектологы"),
    "ru": dict(
        title="Об утверждении квалификационных требований к работникам учреждений",
        act_line="Приказ Министра труда и социальной защиты населения Республики Казахстан от 3 февраля 2026 года "
                 "№ 12. Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2026 года № 40111",
        chapter="Глава 2. Квалификационные требования к работникам",
        head="6. Дефектолог учреждения (специалист высшего уровня квалификации):",
        number="№ п/п", category="Категория", requirements="Квалификационные требования",
        rows=[("1", "Первая категория", "Высшее (или послевузовское) дефектологическое образование, "
                                        "стаж работы по специальности не менее 3 лет"),
              ("2", "Без категории", "Высшее (или послевузовское) дефектологическое образование, "
                                     "без предъявления требований к стажу работы")],
        name="дефектолог учреждения"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_table_with_a_row_per_category_under_a_name_head_on_a_page(tmp_path, lang):
    page = PAGES[lang]
    rows = "\n".join(ROW.format(*r) for r in page["rows"])
    path = tmp_path / f"act_{lang}.html"
    path.write_text(PAGE.format(**{**page, "rows": rows}), encoding="utf-8")
    prepared = pipeline.prepare_one(pipeline.read_one(path, tmp_path))
    ex = pipeline.extract_one(prepared).extraction
    got = [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level, r.min_experience_years)
           for r in ex.requirements]
    assert got == [("6", page["name"], "high", "first", "higher", 3),
                   ("6", page["name"], "high", "none", "higher", None)]


# the rules of a ruled table: number | category | requirements
_XS = (MARGIN, MARGIN + 40.0, MARGIN + 150.0, MARGIN + CONTENT_W)


class _Sheet(_Flow):
    """An act's page flow with a ruled three-column table."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def row(self, cells) -> None:
        size, lh = self.st.font_size, self.st.line_h
        wrapped = [_wrap(self.pdf, text, b - a - 8, False, size) for text, a, b in zip(cells, _XS, _XS[1:])]
        height = lh * max(map(len, wrapped)) + 8
        self.pdf.set_line_width(0.5)
        self.pdf.rect(_XS[0], self.y, _XS[-1] - _XS[0], height)
        for x in _XS[1:-1]:
            self.pdf.line(x, self.y, x, self.y + height)
        for x, lines in zip(_XS, wrapped):
            for k, ln in enumerate(lines):
                _draw_text(self.pdf, x + 4, self.y + 4 + lh * k, ln, False, size, lh)
        self.y += height


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_table_with_a_row_per_category_under_a_name_head_in_a_pdf(tmp_path, lang):
    page, s = PAGES[lang], _Sheet()
    s.paragraph(page["chapter"])
    s.paragraph(page["head"], indent=12 * MM)
    s.row((page["number"], page["category"], page["requirements"]))
    for row in page["rows"]:
        s.row(row)
    path = tmp_path / f"table_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, lang)
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    got = [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level, r.min_experience_years)
           for r in read_requirements(doc, [], lexicon)]
    assert got == [("6", page["name"], "high", "first", "higher", 3),
                   ("6", page["name"], "high", "none", "higher", None)]
