"""More wordings of qualification requirement acts, each a few lines of damaged text -> the records
it must become, in both languages: heads that do not say "requirements to", the position named in
the clause before (ru) or after (kk) its category, one clause with no category, study programmes
in quotes as the fields, `либо`, the positions listed inline, a note adding a paragraph to a chapter."""
import datetime as dt

import pytest

from extractors.amendments import read_amendments
from extractors.header import read_header
from extractors.requirements import parse_clause, read_requirements
from conftest import doc_from_text
from test_requirements import KK_HEADER, RU_HEADER


def read(body: str, lang: str):
    header = RU_HEADER if lang == "ru" else KK_HEADER
    doc, _, lexicon = doc_from_text((header + body).replace("·\n", " \n"), lang)
    return doc, lexicon


def notes(body: str, lang: str):
    """(kind, unit, operation, amending act number and date) of each change an act's text records."""
    doc, lexicon = read(body, lang)
    return [(a.kind, a.target_unit, a.operation, a.amending_act_number, a.amending_act_date)
            for a in read_amendments(doc, read_header(doc), lexicon)[0]]


def clauses(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level, r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("head,lang", [
    ("Логопед должен иметь:", "ru"),
    ("К логопеду предъявляются следующие требования:", "ru"),
    ("Для логопеда требуется:", "ru"),
    ("Логопедте мыналар болуы тиіс:", "kk"),
    ("Логопедке мынадай талаптар қойылады:", "kk"),
    ("Логопед үшін мыналар талап етіледі:", "kk"),
])
def test_a_head_that_does_not_say_requirements_to_opens_its_clauses(head, lang):
    clause = ("первой категории: высшее образование и стаж работы не менее 3 (трех) лет;" if lang == "ru"
              else "бірінші санатты: жоғары білім және кемінде 3 (үш) жыл жұмыс өтілі;")
    listed = ("Настоящие требования распространяются на следующих работников: логопед, психолог." if lang == "ru"
              else "Осы талаптар мынадай мамандарға: логопедке, психологқа қойылатын біліктілік талаптарын белгілейді.")
    assert clauses(f"      1. {listed}\n      2. {head}\n      {clause}\n", lang) == [
        ("2", "логопед", None, "first", "higher", 3)]


@pytest.mark.parametrize("lang,body,position", [
    ("ru", "      2. Квалификационные требования к специалисту по реабилитации:\n"
           "      1) специалист по реабилитации высшей категории – высшее образование и стаж работы по·\n"
           "специальности не менее 5 (пяти) лет;\n"
           "      2) специалист по реабилитации без категории – высшее образование без предъявления·\n"
           "требований к стажу работы.\n", "специалист по реабилитации"),
    ("kk", "      2. Оңалту жөніндегі маманға қойылатын біліктілік талаптары:\n"
           "      1) жоғары санатты оңалту жөніндегі маман – жоғары білім және мамандығы бойынша кемінде·\n"
           "5 (бес) жыл жұмыс өтілі;\n"
           "      2) санатсыз оңалту жөніндегі маман – жоғары білім, жұмыс өтіліне талап қойылмайды.\n",
     "оңалту жөніндегі маман"),
])
def test_the_position_named_in_the_clause_around_its_category(lang, body, position):
    """`специалист по реабилитации высшей категории – …` (ru: the position first), `жоғары санатты оңалту
    жөніндегі маман – …` (kk: the category first): one clause per category, no specialist level."""
    assert clauses(body, lang) == [("2", position, None, "highest", "higher", 5),
                                   ("2", position, None, "none", "higher", None)]


@pytest.mark.parametrize("lang,body", [
    ("ru", "      4. К инструктору предъявляются следующие требования: техническое и профессиональное·\n"
           "образование либо высшее образование, без предъявления требований к стажу работы.\n"),
    ("ru", "      4. Квалификационные требования к инструктору:\n"
           "      техническое и профессиональное образование, без предъявления требований к стажу работы.\n"),
    ("kk", "      4. Нұсқаушыға мынадай талаптар қойылады: техникалық және кәсіптік білім не болмаса жоғары·\n"
           "білім, жұмыс өтіліне талап қойылмайды.\n"),
])
def test_a_requirement_with_no_category_is_one_clause_with_category_null(lang, body):
    # the head gives its position in the dative, before (`Нұсқаушыға …`, `К инструктору …`) or after
    # (`… к инструктору`) the requirement words
    position = "нұсқаушы" if lang == "kk" else "инструктор"
    assert clauses(body, lang) == [("4", position, None, None, "tvet", None)]


@pytest.mark.parametrize("text,lang,fields", [
    ('высшее образование по направлениям подготовки "Реабилитология", "Физическая культура" и стаж работы·'
     ' не менее 3 (трех) лет', "ru", ["Реабилитология", "Физическая культура"]),
    ("высшее образование по специальностям «Дефектология» или «Логопедия»", "ru", ["Дефектология", "Логопедия"]),
    ("«Реабилитология», «Дене шынықтыру» даярлау бағыттары бойынша жоғары білім және кемінде 3 (үш) жыл·"
     " жұмыс өтілі", "kk", ["Реабилитология", "Дене шынықтыру"]),
])
def test_study_programmes_in_quotes_are_the_fields(text, lang, fields):
    r = parse_clause(text.replace("· ", " "), lang, "first", None)
    assert (r.education_level, r.education_fields) == ("higher", fields)


@pytest.mark.parametrize("text,lang", [
    ("техническое и профессиональное образование либо основное среднее образование и сертификат", "ru"),
    ("техникалық және кәсіптік білім не болмаса негізгі орта білім және сертификат", "kk"),
])
def test_lybo_joins_an_alternative_education(text, lang):
    r = parse_clause(text, lang, "none", None)
    assert (r.education_level, r.alternatives) == ("tvet", ["basic_secondary"])


@pytest.mark.parametrize("lang,body,positions", [
    ("ru", "      1. Настоящие квалификационные требования распространяются на следующих работников центра·\n"
           "(далее – центр): специалист по реабилитации, инструктор по адаптивной физической культуре.\n"
           "      2. Квалификационные требования к инструктору по адаптивной физической культуре:\n"
           "      без категории – высшее образование.\n"
           "      3. Квалификационные требования к специалисту по реабилитации:\n"
           "      без категории – высшее образование.\n",
     ["инструктор по адаптивной физической культуре", "специалист по реабилитации"]),
    ("kk", "      1. Осы біліктілік талаптары орталықтың мынадай мамандарына: оңалту жөніндегі маманға,·\n"
           "бейімдеу жөніндегі нұсқаушыға (әдіскерге) қойылатын біліктілік талаптарын белгілейді.\n"
           "      2. Бейімдеу жөніндегі нұсқаушыға (әдіскерге) қойылатын біліктілік талаптары:\n"
           "      санатсыз – жоғары білім.\n"
           "      3. Оңалту жөніндегі маманның біліктілік талаптары:\n"
           "      санатсыз – жоғары білім.\n",
     ["бейімдеу жөніндегі нұсқаушы (әдіскер)", "оңалту жөніндегі маман"]),
])
def test_positions_listed_inline_name_the_clauses_in_the_nominative(lang, body, positions):
    assert [c[1] for c in clauses(body, lang)] == positions


def test_a_clause_after_a_colon_category_goes_on_after_a_page_break():
    body = ("      3. Логопед должен иметь:\n"
            "      специалист среднего уровня квалификации:\n"
            "      первой категории: техническое и профессиональное (медицинское) образование и стаж работы в\n\n\n\n"
            "должности логопеда второй категории не менее 2 (двух) лет;\n"
            "      без категории: техническое и профессиональное (медицинское) образование.\n")
    assert clauses(body, "ru") == [("3", "логопед", "middle", "first", "tvet", 2),
                                   ("3", "логопед", "middle", "none", "tvet", None)]


@pytest.mark.parametrize("lang,note,unit", [
    ("ru", "Сноска. Глава 2 дополнена пунктом 5 в соответствии с приказом Министра здравоохранения РК от·\n"
           "03.03.2025 № 61 (вводится в действие по истечении десяти календарных дней).", "пункт 5"),
    ("kk", "Ескерту. 2-тарау 5-тармақпен толықтырылды – ҚР Денсаулық сақтау министрінің 03.03.2025 № 61·\n"
           "бұйрығымен.", "5-тармақ"),
])
def test_a_note_adding_a_paragraph_to_a_chapter_names_the_paragraph(lang, note, unit):
    assert notes(f"      5. Бесінші.\n      {note}\n", lang) == [("note", unit, "insert", "61", dt.date(2025, 3, 3))]
