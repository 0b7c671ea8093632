"""Further variants of qualification requirement acts, each a few lines of damaged text -> the records
it must become, in both languages: levels numbered with roman numerals and categories with letters,
the years printed before the education, a requirement printed as numbered subparagraphs, the
education in the genitive after `при наличии`, and the new wording of an amending order (not the
act's own requirements)."""
import pytest

from extractors.requirements import parse_clause, read_requirements
from conftest import doc_from_text
from extractors.extract import extract_document
from test_amendments import KK_ORDER, RU_ORDER
from test_requirement_wordings import clauses, read

LISTED = {
    "ru": "      1. Настоящие требования распространяются на следующие должности:\n"
          "      1) социальный работник;\n"
          "      2) консультант.\n",
    "kk": "      1. Осы біліктілік талаптары мынадай лауазымдарға қолданылады:\n"
          "      1) әлеуметтік қызметкер;\n"
          "      2) консультант.\n",
}


@pytest.mark.parametrize("lang,body", [
    ("ru", "      2. Квалификационные требования к социальному работнику:\n"
           "      I. специалист высшего уровня квалификации:\n"
           "      а) высшей категории – стаж работы по специальности не менее 5 (пяти) лет,·\n"
           "высшее образование (социальное, медицинское);\n"
           "      б) первой категории – стаж работы по специальности не менее 3 (трех) лет,·\n"
           "высшее образование (социальное, медицинское);\n"
           "      II. специалист среднего уровня квалификации:\n"
           "      а) высшей категории – стаж работы по специальности не менее 4 (четырех) лет,·\n"
           "техническое и профессиональное образование (социальное);\n"
           "      б) без категории – техническое и профессиональное образование без предъявления·\n"
           "требований к стажу работы.\n"),
    ("kk", "      2. Әлеуметтік қызметкерге қойылатын біліктілік талаптары:\n"
           "      І. Біліктілігі жоғары деңгейдегі маман:\n"
           "      а) жоғары санатты – мамандығы бойынша кемінде 5 (бес) жыл жұмыс өтілі, жоғары·\n"
           "(әлеуметтік, медициналық) білім;\n"
           "      б) бірінші санатты – мамандығы бойынша кемінде 3 (үш) жыл жұмыс өтілі, жоғары·\n"
           "(әлеуметтік, медициналық) білім;\n"
           "      ІІ. Біліктілігі орта деңгейдегі маман:\n"
           "      а) жоғары санатты – мамандығы бойынша кемінде 4 (төрт) жыл жұмыс өтілі, техникалық·\n"
           "және кәсіптік (әлеуметтік) білім;\n"
           "      б) санаты жоқ – техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.\n"),
])
def test_levels_numbered_with_roman_numerals_and_categories_with_letters(lang, body):
    position = "социальный работник" if lang == "ru" else "әлеуметтік қызметкер"
    assert clauses(LISTED[lang] + body, lang) == [
        ("2", position, "high", "highest", "higher", 5),
        ("2", position, "high", "first", "higher", 3),
        ("2", position, "middle", "highest", "tvet", 4),
        ("2", position, "middle", "none", "tvet", None),
    ]


@pytest.mark.parametrize("lang,body,years", [
    ("ru", "      2. Квалификационные требования к консультанту:\n"
           "      1) высшее образование (психологическое, социальное) либо техническое и·\n"
           "профессиональное образование;\n"
           "      2) сертификат о прохождении обучения в объеме не менее 120 академических часов;\n"
           "      3) стаж работы в области социальной работы не менее 1 (одного) года;\n"
           "      4) для лиц, имеющих личный опыт преодоления зависимости, – наличие стойкой·\n"
           "ремиссии не менее 3 (трех) лет.\n", 1),
    ("ru", "      2. Квалификационные требования к консультанту:\n"
           "      1) высшее образование (психологическое, социальное);\n"
           "      2) наличие стойкой ремиссии не менее 3 (трех) лет;\n"
           "      3) стаж работы по специальности не менее 2 (двух) лет.\n", 2),
    ("kk", "      2. Консультантқа қойылатын біліктілік талаптары:\n"
           "      1) жоғары (психологиялық, әлеуметтік) білім немесе техникалық және кәсіптік білім;\n"
           "      2) кемінде 120 академиялық сағат көлемінде оқудан өткені туралы сертификат;\n"
           "      3) әлеуметтік жұмыс саласында кемінде 1 (бір) жыл жұмыс өтілі;\n"
           "      4) тәуелділікті еңсерудің жеке тәжірибесі бар адамдар үшін – кемінде 3 (үш) жыл·\n"
           "тұрақты ремиссияның болуы.\n", 1),
    ("kk", "      2. Консультантқа қойылатын біліктілік талаптары:\n"
           "      1) жоғары (психологиялық, әлеуметтік) білім;\n"
           "      2) кемінде 3 (үш) жыл тұрақты ремиссияның болуы;\n"
           "      3) мамандығы бойынша кемінде 2 (екі) жыл жұмыс өтілі.\n", 2),
    ("ru", "      2. Квалификационные требования к консультанту:\n"
           "      а) высшее образование (психологическое);\n"
           "      б) сертификат о прохождении обучения;\n"
           "      в) стаж работы по специальности не менее 2 (двух) лет.\n", 2),
    ("kk", "      2. Консультантқа қойылатын біліктілік талаптары:\n"
           "      а) жоғары (психологиялық) білім;\n"
           "      б) оқудан өткені туралы сертификат;\n"
           "      в) мамандығы бойынша кемінде 2 (екі) жыл жұмыс өтілі.\n", 2),
])
def test_a_requirement_printed_as_numbered_or_lettered_subparagraphs_is_one_clause(lang, body, years):
    """One clause with no category, its subparagraphs kept with their numbers; its experience is the
    years of the subparagraph that names work, not a remission period."""
    [(paragraph, position, level, category, education, min_years)] = clauses(LISTED[lang] + body, lang)
    assert (paragraph, position, level, category, education, min_years) == (
        "2", "консультант", None, None, "higher", years)


def test_the_subparagraphs_of_one_clause_keep_their_numbers_in_its_text():
    doc, lexicon = read(LISTED["ru"] + "      2. Квалификационные требования к консультанту:\n"
                        "      1) высшее образование;\n"
                        "      2) сертификат о прохождении обучения;\n"
                        "      3) стаж работы не менее 1 (одного) года.\n", "ru")
    [r] = read_requirements(doc, [], lexicon)
    assert r.text == "1) высшее образование; 2) сертификат о прохождении обучения; 3) стаж работы не менее 1 (одного) года"


def test_the_education_in_the_genitive_after_при_наличии_is_the_clauses_education():
    """`стаж работы … не менее 3 лет при наличии технического и профессионального, послесреднего
    образования (социального, педагогического) или высшего образования`: the years come first, the
    education follows as their condition, its fields kept as printed."""
    doc, lexicon = read(LISTED["ru"] + "      2. Квалификационные требования к консультанту:\n"
                        "      а) высшей категории – стаж работы консультантом не менее 3 (трех) лет при наличии·\n"
                        "технического и профессионального, послесреднего образования (социального,·\n"
                        "педагогического) или высшего образования;\n"
                        "      б) первой категории – стаж работы в должности консультанта не менее 2 (двух) лет·\n"
                        "при наличии высшего (или послевузовского) образования (социального);\n"
                        "      в) без категории – техническое и профессиональное образование без предъявления·\n"
                        "требований к стажу работы.\n", "ru")
    assert [(r.category, r.education_level, r.alternatives, r.education_fields, r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)] == [
        ("highest", "tvet", ["higher"], ["социального", "педагогического"], 3),
        ("first", "higher", [], ["социального"], 2),
        ("none", "tvet", [], [], None),
    ]


@pytest.mark.parametrize("lang,body", [
    ("kk", "      7 және 8-тармақтар мынадай редакцияда жазылсын:\n"
           "      \"7. Әлеуметтік қызметкерге қойылатын біліктілік талаптары: жоғары білім, жұмыс·\n"
           "өтіліне талап қойылмайды.\n"
           "      8. Психологқа қойылатын біліктілік талаптары: жоғары (психологиялық) білім,·\n"
           "мамандығы бойынша кемінде 1 (бір) жыл жұмыс өтілі.\";\n"),
    ("ru", "      главу 2 изложить в следующей редакции:\n"
           "      \"Глава 2. Квалификационные требования\n"
           "      7. Квалификационные требования к социальному работнику: высшее образование без·\n"
           "предъявления требований к стажу работы.\n"
           "      8. Квалификационные требования к психологу: высшее (психологическое) образование·\n"
           "и стаж работы по специальности не менее 1 (одного) года.\";\n"),
])
def test_the_clauses_of_an_amending_orders_new_wording_are_not_its_own_requirements(lang, body):
    """The new wording an amending order gives another act's paragraphs is that act's: it is the
    change's text, and the order itself has no requirement clauses (as gold 003 reads its seed)."""
    order = (RU_ORDER if lang == "ru" else KK_ORDER).replace("{body}", body.strip("\n"))
    doc, raw, lexicon = doc_from_text(order.replace("·\n", " \n"), lang)
    ex = extract_document(doc, raw, lexicon)
    assert ex.requirements == []
    [change] = [a for a in ex.amendments if a.kind == "change"]
    assert change.operation == "replace" and "1 (" in change.text


@pytest.mark.parametrize("lang,text,years,experience_in", [
    ("kk", "техникалық және кәсіптік, орта білімнен кейінгі (әлеуметтік) білімі немесе жоғары білімі болған·"
           "кезде консультант ретінде кемінде 3 (үш) жыл жұмыс өтілі", 3, "консультант"),
    ("ru", "стаж работы в области оказания помощи лицам, зависимым от психоактивных веществ, не менее 1·"
           "(одного) года", 1, "область оказания помощи лицам, зависимым от психоактивных веществ"),
])
def test_what_the_experience_is_in_ends_where_the_condition_or_the_years_begin(lang, text, years, experience_in):
    r = parse_clause(text.replace("·", " "), lang, "highest", None)
    assert (r.min_experience_years, r.experience_in) == (years, experience_in)


@pytest.mark.parametrize("lang,body", [
    ("ru", "\nГлава 2. Квалификационные требования к специалистам высшей категории\n\n"
           "      2. Квалификационные требования к социальному работнику: стаж работы по специальности·\n"
           "не менее 5 (пяти) лет, высшее образование (социальное).\n"
           "      3. Квалификационные требования к консультанту: высшее образование и стаж работы не·\n"
           "менее 4 (четырех) лет.\n\n"
           "Глава 3. Квалификационные требования к специалистам без категории\n\n"
           "      4. Квалификационные требования к социальному работнику: высшее образование·\n"
           "(социальное) без предъявления требований к стажу работы.\n"),
    ("kk", "\n2-тарау. Жоғары санатты мамандарға қойылатын біліктілік талаптары\n\n"
           "      2. Әлеуметтік қызметкерге қойылатын біліктілік талаптары: мамандығы бойынша кемінде 5·\n"
           "(бес) жыл жұмыс өтілі және жоғары (әлеуметтік) білім.\n"
           "      3. Консультантқа қойылатын біліктілік талаптары: жоғары білім, кемінде 4 (төрт) жыл·\n"
           "жұмыс өтілі.\n\n"
           "3-тарау. Санаты жоқ мамандарға қойылатын біліктілік талаптары\n\n"
           "      4. Әлеуметтік қызметкерге қойылатын біліктілік талаптары: жоғары (әлеуметтік) білім,·\n"
           "жұмыс өтіліне талап қойылмайды.\n"),
])
def test_the_category_named_by_a_chapter_heading_and_the_years_before_the_education(lang, body):
    """Heads that name no category take the one of their chapter's heading; a head's one clause may
    open with the years (`стаж работы … не менее 5 лет, высшее …`, `мамандығы бойынша кемінде 5 жыл
    жұмыс өтілі және жоғары … білім`)."""
    worker = "социальный работник" if lang == "ru" else "әлеуметтік қызметкер"
    assert clauses(LISTED[lang] + body, lang) == [
        ("2", worker, None, "highest", "higher", 5),
        ("3", "консультант", None, "highest", "higher", 4),
        ("4", worker, None, "none", "higher", None),
    ]
