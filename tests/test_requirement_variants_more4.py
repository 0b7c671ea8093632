"""Qualification requirement acts printed otherwise once more, each a few lines of damaged text ->
the records it must become, in both languages: the position named in the clause around its
category, two positions named by one head that share its clauses, a head's position in the
dative (ru), a level subparagraph that names the position first, years with a case ending, a
certificate condition after the experience, a programme joining two names as one field, what the
experience is in printed right by the words for it, an abbreviation kept in a position."""
import pytest

from extractors.requirements import parse_clause, read_requirements
from test_requirement_wordings import clauses, read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return read_requirements(doc, [], lexicon)


# the category before the position, then a dash (kk); the position before the category (ru); the
# head names the position otherwise (a possessive, a genitive after it): the clause's name is the one
_NAMED = {
    "kk": ("      2. Оңалту орталығының әлеуметтік педагогына мынадай біліктілік талаптары қойылады:\n"
           "      1) жоғары санатты әлеуметтік педагог – жоғары педагогикалық білім және мамандығы·\n"
           "бойынша жұмыс өтілі кемінде 4 (төрт) жыл;\n"
           "      2) бірінші санатты әлеуметтік педагог – жоғары педагогикалық білiм және мамандығы·\n"
           "бойынша жұмыс өтілі кемінде 2 (екі) жыл;\n"
           "      3) санатсыз әлеуметтік педагог – жоғары педагогикалық білім, жұмыс өтіліне талап·\n"
           "қойылмайды.\n"),
    "ru": ("      2. Квалификационные требования к логопеду реабилитационного центра:\n"
           "      1) логопед высшей категории – высшее педагогическое образование и стаж работы по·\n"
           "специальности не менее 4 (четырех) лет;\n"
           "      2) логопед первой кaтегории – высшее педагогическое образование и стаж работы по·\n"
           "специальности не менее 2 (двух) лет;\n"
           "      3) логопед без категории – высшее педагогическое образование без предъявления·\n"
           "требований к стажу работы.\n"),
}


@pytest.mark.parametrize("lang,position", [("kk", "әлеуметтік педагог"), ("ru", "логопед")])
def test_the_position_a_clause_names_around_its_category_is_its_position(lang, position):
    assert clauses(_NAMED[lang], lang) == [
        ("2", position, None, "highest", "higher", 4),
        ("2", position, None, "first", "higher", 2),
        ("2", position, None, "none", "higher", None),
    ]


# two positions in one head, sharing the category lines under it; a page break inside them
_SHARED = {
    "kk": ("      3. Тифлопедагогке және сурдопедагогке мынадай біліктілік талаптары қойылады:\n"
           "      жоғары санатты – жоғары педагогикалық (дефектология) білім жәнe мамандығы бойынша·\n"
           "жұмыс өтілі кемінде 5 (бес) жыл;\n\n\n\n\n"
           "      санатсыз – жоғары педагогикалық (дефектология) білiм, жұмыс өтіліне талап қойылмайды.\n"),
    "ru": ("      3. Квалификационные требования к тифлопедагогу и сурдопедагогу:\n"
           "      высшей категории – высшее педагогическое (дефектология) образование и стаж работы·\n"
           "по специальности не менее 5 (пяти) лет;\n\n\n\n\n"
           "      без категории – высшее педагогическое (дефектология) образование без предъявления·\n"
           "требований к стажу работы.\n"),
}


@pytest.mark.parametrize("lang,first,second", [("kk", "тифлопедагог", "сурдопедагог"),
                                               ("ru", "тифлопедагог", "сурдопедагог")])
def test_two_positions_named_by_one_head_each_get_its_clauses(lang, first, second):
    assert clauses(_SHARED[lang], lang) == [
        ("3", first, None, "highest", "higher", 5), ("3", second, None, "highest", "higher", 5),
        ("3", first, None, "none", "higher", None), ("3", second, None, "none", "higher", None),
    ]


@pytest.mark.parametrize("lang,listed", [
    ("kk", "      1. Осы талаптар мынадай мамандарға: психологқа, тифлопедагогке, сурдопедагогке қойылатын·\n"
           "біліктілік талаптарын белгілейді.\n"),
    ("ru", "      1. Настоящие требования распространяются на следующих работников: психолог, тифлопедагог,·\n"
           "сурдопедагог.\n"),
])
def test_two_listed_positions_named_by_one_head_each_get_its_clauses(lang, listed):
    got = clauses(listed + _SHARED[lang], lang)
    assert [g[1] for g in got] == ["тифлопедагог", "сурдопедагог"] * 2


@pytest.mark.parametrize("lang,head,position", [
    ("kk", "Әлеуметтік және психологиялық қолдау жөніндегі маманға мынадай біліктілік талаптары қойылады:",
     "әлеуметтік және психологиялық қолдау жөніндегі маман"),
    ("ru", "Квалификационные требования к специалисту по социальной и психологической работе:",
     "специалист по социальной и психологической работе"),
    ("kk", "Балаларға және мүгедектерге көмек көрсету жөніндегі маманға мынадай біліктілік талаптары қойылады:",
     "балаларға және мүгедектерге көмек көрсету жөніндегі маман"),
    ("kk", "Қарттар мен мүгедектерге күтім жасау жөніндегі қызметкерге мынадай біліктілік талаптары қойылады:",
     "қарттар мен мүгедектерге күтім жасау жөніндегі қызметкер"),
    ("ru", "Квалификационные требования к социальному работнику по уходу за престарелым и инвалидом:",
     "социальный работник по уходу за престарелым и инвалидом"),
])
def test_a_position_whose_name_joins_two_words_stays_one(lang, head, position):
    """Joined adjectives, a plural part (the people it serves), a multiword part without the case
    ending, a person in another case: one position's name."""
    clause = ("      бірінші санатты – жоғары білім және кемінде 3 (үш) жыл жұмыс өтілі.\n" if lang == "kk"
              else "      первой категории – высшее образование и стаж работы не менее 3 (трех) лет.\n")
    assert clauses(f"      2. {head}\n{clause}", lang) == [("2", position, None, "first", "higher", 3)]


@pytest.mark.parametrize("head,position", [
    ("Квалификационные требования к социальному работнику по уходу за пожилыми:",
     "социальный работник по уходу за пожилыми"),
    ("Квалификационные требования к медицинской сестре:", "медицинская сестра"),
    ("Квалификационные требования к старшему воспитателю:", "старший воспитатель"),
    ("Квалификационные требования к учителю-логопеду высшего уровня квалификации:", "учитель-логопед"),
    ("Квалификационные требования к работникам центра:", None),
])
def test_a_russian_head_s_position_in_the_dative_is_put_in_the_nominative(head, position):
    """A group of workers in the plural is no position."""
    got = clauses(f"      2. {head}\n      без категории – высшее образование без предъявления требований·\n"
                  "к стажу работы.\n", "ru")
    assert [g[1] for g in got] == [position]


def test_level_subparagraphs_that_name_the_position_first_head_a_dash_list_of_categories():
    """`1) психолог высшего уровня квалификации:`, then `– высшей категории: …;` (a page break
    between two categories); the middle level has no highest category."""
    body = ("      2. Квалификационные требования к психологу:\n"
            "      1) психолог высшего уровня квалификации:\n"
            "      – высшей категории: высшее образование (психология) и стаж работы по специальности·\n"
            "не менее 5-ти лет;\n\n\n\n\n"
            "      – без категории: высшее образование (психология) без предъявления требований к·\n"
            "стажу работы;\n"
            "      2) психолог среднего уровня квалификации:\n"
            "      – первой категории: техническое и профессиональное образование (психология) и·\n"
            "cтаж работы по специальности не менее 3-х лет.\n")
    assert clauses(body, "ru") == [
        ("2", "психолог", "high", "highest", "higher", 5),
        ("2", "психолог", "high", "none", "higher", None),
        ("2", "психолог", "middle", "first", "tvet", 3),
    ]


@pytest.mark.parametrize("years,expected", [("5-ти лет", 5), ("3-х лет", 3), ("1-го года", 1), ("2-х лет", 2)])
def test_years_written_with_a_case_ending_are_the_number(years, expected):
    r = parse_clause(f"высшее образование и стаж работы по специальности не менее {years}", "ru", "first", None)
    assert (r.min_experience_years, r.experience_in) == (expected, "по специальности")


@pytest.mark.parametrize("lang,text,experience_in", [
    ("ru", "высшее (или послевузовское) образование (социальная работа) и стаж работы по специальности не·"
           " менее 4-х лет при наличии сертификата о прохождении обучения по оказанию экстренной помощи",
     "по специальности"),
    ("kk", "жоғары (немесе жоғары оқу орнынан кейінгі) (әлеуметтік жұмыс) білім және мамандығы бойынша·"
           " жұмыс өтілі кемінде 4 (төрт) жыл, шұғыл көмек көрсету бойынша оқудан өткені туралы сертификат·"
           " болған жағдайда", "мамандығы бойынша"),
])
def test_a_certificate_condition_after_the_experience_stays_in_the_text_only(lang, text, experience_in):
    text = text.replace("· ", " ")
    r = parse_clause(text, lang, "highest", None)
    assert (r.education_level, r.min_experience_years, r.experience_in, r.text) == ("higher", 4, experience_in, text)
    assert r.alternatives == []


@pytest.mark.parametrize("lang,text,fields", [
    ("kk", "жоғары (немесе жоғары оқу орнынан кейінгі) педагогикалық (психология, педагогика және психология)·"
           " білім", ["психология", "педагогика және психология"]),
    ("ru", "высшее (или послевузовское) образование (психология, педагогика и психология)",
     ["психология", "педагогика и психология"]),
    ("ru", "высшее (или послевузовское) образование (русский язык и литература, история)",
     ["русский язык и литература", "история"]),
])
def test_a_programme_that_joins_two_names_is_one_field(lang, text, fields):
    r = parse_clause(text.replace("· ", " "), lang, "first", None)
    assert (r.education_level, r.education_fields) == ("higher", fields)


@pytest.mark.parametrize("lang,text,experience_in", [
    ("kk", "жоғары білім және арнаулы білім беру ұйымдарындағы немесе ПМПК-дағы жұмыс өтілі кемінде 3 (үш) жыл",
     "арнаулы білім беру ұйымдарындағы немесе ПМПК-дағы"),
    ("kk", "жоғары білім және балалармен жұмыс өтілі кемінде 1 (бір) жыл", "балалармен"),
    ("kk", "жоғары білім және педагогикалық жұмыс өтілі кемінде 3 жыл", "педагогикалық жұмыс"),
    ("kk", "жоғары білім және мемлекеттік секторда жұмыс өтілі 1 (бір) жылдан кем емес", "мемлекеттік сектор"),
    ("kk", "жоғары білім, жұмыс өтілі кемінде 2 (екі) жыл", None),
    ("kk", "жоғары білім және кемінде 2 (екі) жыл жұмыс өтілі", None),
    ("ru", "высшее образование и стаж работы с лицами с инвалидностью не менее 2 (двух) лет",
     "с лицами с инвалидностью"),
    ("ru", "высшее образование и стаж работы инструктором по труду не менее 2 (двух) лет", "инструктор по труду"),
    ("ru", "высшее образование и стаж работы не менее 2 (двух) лет", None),
])
def test_what_the_experience_is_in_printed_right_by_its_words(lang, text, experience_in):
    assert parse_clause(text, lang, "first", None).experience_in == experience_in


@pytest.mark.parametrize("lang,body,position", [
    ("kk", "      4. ПМПК тіркеушісі – техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.\n",
     "ПМПК тіркеушісі"),
    ("ru", "      4. Регистратор ПМПК – техническое и профессиональное образование, без предъявления·\n"
           "требований к стажу работы.\n", "регистратор ПМПК"),
])
def test_an_abbreviation_in_a_position_keeps_its_capitals(lang, body, position):
    head = ("      3. Логопедке мынадай біліктілік талаптары қойылады: жоғары білім, жұмыс өтіліне талап·\n"
            "қойылмайды.\n" if lang == "kk" else
            "      3. Квалификационные требования к логопеду: высшее образование, без предъявления·\n"
            "требований к стажу работы.\n")
    got = records(head + body, lang)
    assert [(r.paragraph, r.position) for r in got] == [("3", "логопед"), ("4", position)]


@pytest.mark.parametrize("head,positions", [
    ("Мұғалім-дефектолог пен мұғалім-логопедке", ["мұғалім-дефектолог", "мұғалім-логопед"]),
    ("Логопед және дефектологқа", ["логопед", "дефектолог"]),
    ("Оңалту мен бейімдеу жөніндегі маманға", ["оңалту мен бейімдеу жөніндегі маман"]),
    ("Әлеуметтік және құқықтық көмек жөніндегі консультантқа", ["әлеуметтік және құқықтық көмек жөніндегі консультант"]),
])
def test_a_kazakh_head_may_put_one_case_ending_on_a_group_of_positions(head, positions):
    """The case ending on the last of two positions only; a verbal noun or an adjective joined by
    `мен` / `және` belongs to one position's name."""
    got = clauses(f"      2. {head} мынадай біліктілік талаптары қойылады:\n"
                  "      санатсыз – жоғары білім, жұмыс өтіліне талап қойылмайды.\n", "kk")
    assert [g[1] for g in got] == positions


def test_a_listed_position_whose_name_joins_two_groups_is_not_two_positions():
    body = ("      1. Настоящие требования распространяются на следующих работников: социальный работник по·\n"
            "уходу за престарелыми и лицами с инвалидностью, социальный работник по уходу за детьми с·\n"
            "инвалидностью и лицами с инвалидностью.\n"
            "      2. Квалификационные требования к социальному работнику по уходу за престарелыми и лицами·\n"
            "с инвалидностью:\n"
            "      без категории – высшее образование без предъявления требований к стажу работы.\n")
    assert [g[1] for g in clauses(body, "ru")] == ["социальный работник по уходу за престарелыми и лицами с инвалидностью"]
