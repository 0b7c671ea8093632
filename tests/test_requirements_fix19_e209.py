"""Three variations of a qualification requirement act, in both languages, each a few lines of
damaged text -> the record it must become:

- the page prints the act line and its registration BEFORE the title: the title is the next block
  (where it has a title's shape; a note or a preamble there is no title);
- a clause's label names its level after its category (`бірінші санатты біліктілігі орта деңгейдегі
  маман – …`, `специалист первой категории среднего уровня квалификации – …`): one clause per
  category, of that level;
- a bracketed list of fields holds a name of three words (`(арнайы дене шынықтыру, ...)`).
"""
import pytest

from extractors.header import read_header
from extractors.requirements import parse_clause, read_requirements
from conftest import doc_from_text
from test_requirements import KK_HEADER, RU_HEADER

KK_LINE_FIRST = """
Қазақстан Республикасы Мәдениет және ақпарат министрінің 2025 жылғы 14 наурыздағы № 58·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 20 наурызда № 35120·
болып тіркелді

Мәдениет ұйымдарының кітапханашыларына қойылатын біліктілік талаптарын бекіту туралы

      ЗҚАИ-ның ескертпесі!
      Осы бұйрықтың қолданысқа енгізілу тәртібін 4-т. қараңыз.
      "Мәдениет туралы" Қазақстан Республикасы Заңының 7-бабына сәйкес БҰЙЫРАМЫН:
"""

RU_LINE_FIRST = """
Приказ Министра культуры и информации Республики Казахстан от 14 марта 2025 года № 58.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 20 марта 2025 года № 35120

Об утверждении квалификационных требований к библиотекарям организаций культуры

      Примечание ИЗПИ!
      Порядок введения в действие см. п. 4.
      В соответствии со статьей 7 Закона Республики Казахстан "О культуре" ПРИКАЗЫВАЮ:
"""

# no title at all: the block after the registration is the institute's note
KK_NO_TITLE = """
Қазақстан Республикасы Мәдениет және ақпарат министрінің 2025 жылғы 14 наурыздағы № 58·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 20 наурызда № 35120·
болып тіркелді

      ЗҚАИ-ның ескертпесі!
      Осы бұйрықтың қолданысқа енгізілу тәртібін 4-т. қараңыз.
"""

RU_PREAMBLE_NEXT = """
Приказ Министра культуры и информации Республики Казахстан от 14 марта 2025 года № 58.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 20 марта 2025 года № 35120

В соответствии со статьей 7 Закона Республики Казахстан "О культуре" ПРИКАЗЫВАЮ:
"""


def header(text, lang):
    doc, _, _ = doc_from_text(text.replace("·\n", " \n"), lang)
    return read_header(doc)


@pytest.mark.parametrize("text,lang,title", [
    (KK_LINE_FIRST, "kk", "Мәдениет ұйымдарының кітапханашыларына қойылатын біліктілік талаптарын бекіту туралы"),
    (RU_LINE_FIRST, "ru", "Об утверждении квалификационных требований к библиотекарям организаций культуры"),
])
def test_a_title_printed_after_the_act_line_and_its_registration(text, lang, title):
    h = header(text, lang)
    assert (h.title, h.act_number, h.registration_number, h.doc_id) == (title, "58", "35120", "V2500035120")
    assert h.issuer.endswith(("Мәдениет және ақпарат министрі", "Министр культуры и информации Республики Казахстан"))


@pytest.mark.parametrize("text,lang", [(KK_NO_TITLE, "kk"), (RU_PREAMBLE_NEXT, "ru")])
def test_a_note_or_a_preamble_after_the_act_line_is_no_title(text, lang):
    h = header(text, lang)
    assert (h.title, h.act_number) == (None, "58")


def clauses(body: str, lang: str):
    header_text = RU_HEADER if lang == "ru" else KK_HEADER
    doc, _, lexicon = doc_from_text((header_text + body).replace("·\n", " \n"), lang)
    return [(r.paragraph, r.specialist_level, r.category, r.education_level, r.min_experience_years,
             r.experience_in) for r in read_requirements(doc, [], lexicon)]


KK_LEVEL_IN_LABEL = """
      3. Кітапханашының біліктілігіне қойылатын талаптар: бірінші санатты біліктілігі орта·
деңгейдегі маман – техникалық және кәсіптік білім (кітапхана ісі) және екінші санатты·
біліктілігі орта деңгейдегі маман лауазымында жұмыс өтілі кемінде 2 (екі) жыл; екінші·
санатты біліктілігі орта деңгейдегі маман – техникалық және кәсіптік білім (кітапхана ісі),·
жұмыс өтіліне талап қойылмайды.
"""

RU_LEVEL_IN_LABEL = """
      3. Квалификационные требования к библиотекарю: специалист первой категории среднего·
уровня квалификации – техническое и профессиональное образование (библиотечное дело) и стаж·
работы в должности специалиста второй категории не менее 2 (двух) лет; специалист второй·
категории среднего уровня квалификации – техническое и профессиональное образование·
(библиотечное дело), без предъявления требований к стажу работы.
"""


@pytest.mark.parametrize("body,lang,first_in", [
    (KK_LEVEL_IN_LABEL, "kk", "екінші санатты біліктілігі орта деңгейдегі маман"),
    (RU_LEVEL_IN_LABEL, "ru", "специалиста второй категории"),
])
def test_a_category_label_that_names_its_level_opens_one_clause_of_that_level(body, lang, first_in):
    assert clauses(body, lang) == [("3", "middle", "first", "tvet", 2, first_in),
                                   ("3", "middle", "second", "tvet", None, None)]


@pytest.mark.parametrize("text,lang,fields", [
    ("жоғары (немесе жоғары оқу орнынан кейінгі) (арнайы дене шынықтыру, емдік дене шынықтыру және·"
     " спорт, медициналық) білім және кемінде 3 жыл жұмыс өтілі", "kk",
     ["арнайы дене шынықтыру", "емдік дене шынықтыру және спорт", "медициналық"]),
    ("высшее (или послевузовское) образование (лечебная физическая культура, реабилитология)·"
     " и стаж работы не менее 3 лет", "ru", ["лечебная физическая культура", "реабилитология"]),
])
def test_a_list_of_fields_may_name_a_field_in_three_words(text, lang, fields):
    r = parse_clause(text.replace("· ", " "), lang, "first", "high")
    assert (r.education_level, r.education_fields) == ("higher", fields)


@pytest.mark.parametrize("text,lang", [
    ("высшее образование (в сфере культуры) и стаж работы не менее 3 лет", "ru"),
    ("жоғары білім (мәдениет саласындағы жұмыс) және кемінде 3 жыл жұмыс өтілі", "kk"),
])
def test_a_phrase_of_three_words_alone_in_brackets_is_still_no_field(text, lang):
    assert parse_clause(text, lang, "first", "high").education_fields == []
