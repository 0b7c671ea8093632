"""Requirement acts that print their clauses under level headings saying whom they are for, or as a
table flattened into lines: a few lines of damaged text -> the records they must become, in both
languages."""
import datetime as dt

import pytest


from extractors.requirements import parse_clause
from test_requirement_wordings import clauses, notes, read


@pytest.mark.parametrize("lang,body", [
    ("kk", "      3. Инспекторға қойылатын біліктілік талаптары:\n"
           "      Біліктілігі жоғары деңгейдегі маман үшін:\n"
           "      бірінші санатты – жоғары (экономикалық, құқықтық) білім және кемінде екі жыл·\n"
           "жұмыс өтілі;\n"
           "      Біліктілігі орта деңгейдегі маман үшін:\n"
           "      санаты жоқ – техникалық және кәсіптік білім, жұмыс өтіліне талаптар қойылмай.\n"),
    ("ru", "      3. Квалификационные требования к инспектору:\n"
           "      Для специалиста высшего уровня квалификации:\n"
           "      первой категории – высшее (экономическое, правовое) образование и стаж работы не·\n"
           "менее двух лет;\n"
           "      Для специалиста среднего уровня квалификации:\n"
           "      без категории – техническое и профессиональное образование, без требований к стажу.\n"),
])
def test_a_level_heading_that_says_whom_its_clauses_are_for(lang, body):
    # the head gives its position in the dative, before (kk `Инспекторға …`) or after (ru `… к
    # инспектору`) the requirement words
    assert clauses(body, lang) == [("3", "инспектор", "high", "first", "higher", 2),
                                   ("3", "инспектор", "middle", "none", "tvet", None)]


RU_TABLE = """      3. Квалификационные требования к работникам службы:

№

Наименование должности

Категория

Квалификационные требования

1.

Специалист по
с о п р о в о ж д е н и ю·
клиентов

высшая

высшее образование (социальная работа,
психология), стаж работы в должности
специалиста первой категории не менее
четырех лет;

без категории

высшее образование (социальная работа,
психология), без требований к стажу.

2.

Ассистент

первая

техническое и профессиональное (среднее·
специальное) образование при стаже работы не·



менее 2 лет;

3.

М е т о д и с т

-

высшее образование (педагогика, экономика)
и стаж работы не менее трех лет.


      4. Должности, не указанные в таблице, замещаются по общим правилам.
"""

KK_TABLE = """      3. Қызмет қызметкерлеріне қойылатын біліктілік талаптары:

№

Лауазымның атауы

Санаты

Біліктілік талаптары

1.

Клиенттерді сүйемелдеу
жөніндегі маман

жоғары

жоғары (әлеуметтік жұмыс, психология)
білім және бірінші санатты маман
лауазымында кемінде төрт жыл жұмыс
өтілі;

санаты жоқ

жоғары (әлеуметтік жұмыс, психология)
білім, жұмыс өтіліне талаптар қойылмай.

2.

Ассистент

бірінші

техникалық және кәсіптік (арнаулы орта)·
білім және кемінде 2 жыл жұмыс·



өтілі;

3.

Әдіскер

-

жоғары (педагогика, экономика) білім
және кемінде үш жыл жұмыс өтілі.


      4. Кестеде көрсетілмеген лауазымдар жалпы тәртіппен толықтырылады.
"""


@pytest.mark.parametrize("lang,body,positions", [
    ("ru", RU_TABLE, ["специалист по сопровождению клиентов", "ассистент", "методист"]),
    ("kk", KK_TABLE, ["клиенттерді сүйемелдеу жөніндегі маман", "ассистент", "әдіскер"]),
])
def test_a_requirements_table_flattened_into_lines_gives_one_clause_per_category_row(lang, body, positions):
    """The header cells one per line, the row number, the position cell printed once before its
    category rows (letter-spaced in a narrow column), a row a page break cuts, a dash for a position
    with no categories; the paragraph is the one that holds the table."""
    spec, assistant, methodist = positions
    assert clauses(body, lang) == [
        ("3", spec, None, "highest", "higher", 4),
        ("3", spec, None, "none", "higher", None),
        ("3", assistant, None, "first", "tvet", 2),
        ("3", methodist, None, None, "higher", 3),
    ]


@pytest.mark.parametrize("lang,line,unit", [
    ("kk", "5. Алып тасталды – ҚР Еңбек министрінің 15.08.2025 № 262 (алғашқы ресми жарияланған·\n"
           "күнінен кейін күнтізбелік он күн өткен соң қолданысқа енгізіледі) бұйрығымен.", "5-тармақ"),
    ("ru", "5. Исключен приказом Министра труда РК от 15.08.2025 № 262 (вводится в действие по·\n"
           "истечении десяти календарных дней после дня его первого официального опубликования).", "пункт 5"),
])
def test_a_paragraph_printed_as_deleted_where_it_stood_is_a_delete_note(lang, line, unit):
    """No `Ескерту`/`Сноска` line: the consolidated text prints the paragraph's number and that it was
    deleted, by which act. A paragraph that deletes something in another act is no such note."""
    assert notes(f"      4. Төртінші.\n      {line}\n      6. Исключить пункт 7.\n", lang) == [
        ("note", unit, "delete", "262", dt.date(2025, 8, 15))]


@pytest.mark.parametrize("text,lang,years,where", [
    ('жоғары білім және (немесе) кәсіптік қайта даярлау туралы сертификат, "бірінші санатты кеңесші"·'
     ' лауазымында кемінде үш жыл жұмыс өтілі', "kk", 3, "бірінші санатты кеңесші"),
    ('высшее образование и (или) сертификат о переподготовке, стаж работы в должности "консультант первой·'
     ' категории" не менее трех лет', "ru", 3, "консультант первой категории"),
    ("жоғары білім және жұмыспен қамту саласындағы жұмыс өтілі кемінде екі жыл", "kk", 2, "жұмыспен қамту саласы"),
    ("жоғары білім және жастармен жұмыс саласында кемінде екі жыл немесе жұмыспен қамту саласында кемінде бір"
     " жыл жұмыс өтілі", "kk", 2, "жастармен жұмыс саласы"),
    ("высшее образование и стаж работы в сфере занятости населения не менее двух лет", "ru", 2,
     "сфера занятости населения"),
])
def test_what_the_experience_must_be_in(text, lang, years, where):
    """A position in quotes next to the position word is named without its quotes; an area of work
    (`… саласындағы`, `в сфере …`) is named in the nominative; of two experiences joined by `немесе`
    the first counts."""
    r = parse_clause(text.replace("· ", " "), lang, "first", None)
    assert (r.min_experience_years, r.experience_in) == (years, where)
