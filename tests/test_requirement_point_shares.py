"""Requirement wordings where one printed thing serves several records, or a record's parts are
printed apart, each a few lines of damaged text -> the records it must become, in both languages:
a table with a column of notes, one clause for two categories, a category's clause printed as
labelled lines, study programmes named under the word for their groups, a subpoint whose education
is another subpoint's, and the fields of a point's education given in a sentence after its clauses."""
import pytest

from extractors.requirement_categories import joined
from extractors.requirement_point_education import referred_subpoint, sentence_fields
from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.category, r.education_level, sorted(r.education_fields), r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


# ---------------------------------------------------------------- a column of notes

KK_NOTED = """      3. Кеңесшінің (біліктілігі жоғары деңгейдегі маман) біліктілігіне қойылатын талаптар мына·
кестеде келтірілген:
Санаты

Біліміне қойылатын·
талаптар

Жұмыс өтіліне·
қойылатын талаптар

Ескертпе

Бірінші·
санат

жоғары (құқықтық,·
экономикалық) білім

мамандығы бойынша·
кемінде 2 жыл

–

Санаты жоқ

жоғары (құқықтық,·
экономикалық) білім

талап қойылмайды

тағайындалғаннан кейін·
алты ай ішінде·
оқудан өтеді

      4. Осы талаптар ресми жарияланған күнінен бастап қолданысқа енгізіледі.
"""

RU_NOTED = """      3. Требования к квалификации консультанта (специалист высшего уровня квалификации)·
приведены в таблице:
Категория

Требования к образованию

Требования к стажу·
работы

Примечание

Первая·
категория

высшее (правовое,·
экономическое) образование

стаж работы по·
специальности не·
менее 2 лет

–

Без категории

высшее (правовое,·
экономическое) образование

не требуется

в течение шести·
месяцев после·
назначения проходит·
обучение

      4. Настоящие требования вводятся в действие со дня официального опубликования.
"""


@pytest.mark.parametrize("lang,body", [("kk", KK_NOTED), ("ru", RU_NOTED)])
def test_a_table_with_a_column_of_notes_gives_a_record_per_row(lang, body):
    """The notes column's head is a column, not a note that ends the requirements; a note cell
    (a dash, or a condition) is no part of the clause."""
    fields = sorted(["құқықтық", "экономикалық"] if lang == "kk" else ["правовое", "экономическое"])
    doc, lexicon = read(body, lang)
    found = read_requirements(doc, [], lexicon)
    assert [(r.paragraph, r.specialist_level, r.category, r.education_level, sorted(r.education_fields),
             r.min_experience_years) for r in found] == [
        ("3", "high", "first", "higher", fields, 2), ("3", "high", "none", "higher", fields, None)]
    assert not any(w in found[-1].text for w in ("оқудан", "обучение"))


# ---------------------------------------------------------------- one clause, two categories

@pytest.mark.parametrize("lang,body", [
    ("kk", "      3. Зертханашыға (біліктілігі орта деңгейдегі маман) қойылатын біліктілік талаптары:\n"
           "      жоғары санатты – техникалық және кәсіптік (химиялық) білім және мамандығы бойынша·\n"
           "кемінде 3 жыл жұмыс өтілі;\n"
           "      бірінші және екінші санатты – техникалық және кәсіптік (химиялық) білім және·\n"
           "мамандығы бойынша кемінде 1 жыл жұмыс өтілі;\n"
           "      санаты жоқ – техникалық және кәсіптік (химиялық) білім, жұмыс өтіліне талап·\n"
           "қойылмайды.\n"),
    ("ru", "      3. Квалификационные требования к лаборанту (специалист среднего уровня квалификации):\n"
           "      высшей категории – техническое и профессиональное (химическое) образование, стаж·\n"
           "работы по специальности не менее 3 лет;\n"
           "      первой и второй категорий – техническое и профессиональное (химическое)·\n"
           "образование, стаж работы по специальности не менее 1 года;\n"
           "      без категории – техническое и профессиональное (химическое) образование, без·\n"
           "предъявления требований к стажу работы.\n"),
])
def test_one_clause_printed_for_two_categories_is_each_ones(lang, body):
    field = "химиялық" if lang == "kk" else "химическое"
    assert records(body, lang) == [("3", "highest", "tvet", [field], 3), ("3", "first", "tvet", [field], 1),
                                   ("3", "second", "tvet", [field], 1), ("3", "none", "tvet", [field], None)]


@pytest.mark.parametrize("lang,text,also,rest", [
    ("kk", "жоғары, бірінші және екінші санатты – жоғары білім", ("highest", "first"), "екінші санатты"),
    ("ru", "высшей и первой категорий – высшее образование", ("highest",), "первой категорий"),
])
def test_the_run_of_ordinals_before_the_shared_category_word(lang, text, also, rest):
    kinds, at = joined(text, lang)
    assert kinds == also and text[at:].startswith(rest)


@pytest.mark.parametrize("lang,text", [("ru", "высшее и послевузовское образование"),
                                       ("kk", "жоғары білім")])
def test_an_education_is_no_run_of_categories(lang, text):
    doc, lexicon = read("      3. Квалификационные требования к лаборанту:\n"
                        f"      {text}, без предъявления требований к стажу работы.\n" if lang == "ru" else
                        "      3. Зертханашыға қойылатын біліктілік талаптары:\n"
                        f"      {text}, жұмыс өтіліне талап қойылмайды.\n", lang)
    assert [r.category for r in read_requirements(doc, [], lexicon)] == [None]


# ---------------------------------------------------------------- labelled lines

@pytest.mark.parametrize("lang,body,fields,into", [
    ("ru", "      3. Сурдопедагог (специалист высшего уровня квалификации):\n"
           "      1) первая категория:\n"
           "      образование – высшее образование по группам образовательных программ "
           "\"Дефектология\", \"Педагогика\";\n"
           "      стаж работы – не менее 2 лет в должности сурдопедагога второй категории;\n"
           "      2) без категории:\n"
           "      образование – высшее образование по группам образовательных программ "
           "\"Дефектология\", \"Педагогика\";\n"
           "      стаж работы – не требуется.\n",
     ["Дефектология", "Педагогика"], "сурдопедагога второй категории"),
    ("kk", "      3. Сурдопедагог (біліктілігі жоғары деңгейдегі маман):\n"
           "      1) бірінші санат:\n"
           "      білімі – «Дефектология», «Педагогика» білім беру бағдарламаларының топтары бойынша·\n"
           "жоғары білім;\n"
           "      жұмыс өтілі – екінші санатты сурдопедагог лауазымында кемінде 2 жыл;\n"
           "      2) санаты жоқ:\n"
           "      білімі – «Дефектология», «Педагогика» білім беру бағдарламаларының топтары бойынша·\n"
           "жоғары білім;\n"
           "      жұмыс өтілі – талап етілмейді.\n",
     ["Дефектология", "Педагогика"], "екінші санатты сурдопедагог"),
])
def test_a_category_clause_printed_as_labelled_lines_is_one_clause(lang, body, fields, into):
    """`образование – …;` then `стаж работы – …;` under `1) первая категория:`: the education line's
    `;` does not end the clause; the fields are the programmes named under the word for their
    groups; the experience is read from its own line."""
    doc, lexicon = read(body, lang)
    found = read_requirements(doc, [], lexicon)
    assert [(r.category, r.education_level, sorted(r.education_fields), r.min_experience_years)
            for r in found] == [("first", "higher", fields, 2), ("none", "higher", fields, None)]
    assert found[0].experience_in == into
    assert found[0].lines[1] > found[0].lines[0]  # both lines are the record's


# ---------------------------------------------------------------- education stated once in a point

@pytest.mark.parametrize("lang,body,fields", [
    ("ru", "      3. Дефектолог (специалист высшего уровня квалификации):\n"
           "      1) без категории: высшее (педагогическое, медицинское) образование, без·\n"
           "предъявления требований к стажу работы;\n"
           "      2) первой категории: соответствие требованиям к образованию, установленным·\n"
           "подпунктом 1) настоящего пункта, и стаж работы по специальности не менее 2 лет.\n",
     ["медицинское", "педагогическое"]),
    ("kk", "      3. Дефектолог (біліктілігі жоғары деңгейдегі маман):\n"
           "      1) санаты жоқ: жоғары (педагогикалық, медициналық) білім, жұмыс өтіліне талап·\n"
           "қойылмайды;\n"
           "      2) бірінші санатты: осы тармақтың 1) тармақшасында белгіленген біліміне қойылатын·\n"
           "талаптарға сәйкестік және мамандығы бойынша кемінде 2 жыл жұмыс өтілі.\n",
     ["медициналық", "педагогикалық"]),
])
def test_a_subpoint_whose_education_is_another_subpoints(lang, body, fields):
    doc, lexicon = read(body, lang)
    found = read_requirements(doc, [], lexicon)
    assert [(r.category, r.education_level, sorted(r.education_fields), r.min_experience_years)
            for r in found] == [("none", "higher", fields, None), ("first", "higher", fields, 2)]
    # its text as printed; its lines reach the subpoint the education is read from
    assert not found[1].text.startswith(("высшее", "жоғары")) and found[1].lines[0] == found[0].lines[0]


@pytest.mark.parametrize("lang,body,fields", [
    ("ru", "      4. Помощник воспитателя (специалист среднего уровня квалификации):\n"
           "      первой категории – техническое и профессиональное образование, стаж работы по·\n"
           "специальности не менее 2 лет;\n"
           "      без категории – техническое и профессиональное образование, без предъявления·\n"
           "требований к стажу работы.\n"
           "      Требования к образованию, указанные в настоящем пункте, предусматривают·\n"
           "педагогическое или психологическое образование.\n"
           "      5. Настоящие требования вводятся в действие со дня опубликования.\n",
     ["педагогическое", "психологическое"]),
    ("kk", "      4. Тәрбиеші көмекшісі (біліктілігі орта деңгейдегі маман):\n"
           "      бірінші санатты – техникалық және кәсіптік білім және мамандығы бойынша кемінде·\n"
           "2 жыл жұмыс өтілі;\n"
           "      санаты жоқ – техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.\n"
           "      Осы тармақта көрсетілген біліміне қойылатын талаптар педагогикалық немесе·\n"
           "психологиялық білімді көздейді.\n"
           "      5. Осы талаптар алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.\n",
     ["педагогикалық", "психологиялық"]),
])
def test_a_sentence_after_a_points_clauses_gives_their_fields(lang, body, fields):
    assert records(body, lang) == [("4", "first", "tvet", fields, 2), ("4", "none", "tvet", fields, None)]


@pytest.mark.parametrize("lang,text,expected", [
    ("ru", "Требования к образованию, установленные настоящим пунктом, предусматривают·"
           " экономическое, финансовое или правовое образование.", ["экономическое", "финансовое", "правовое"]),
    ("kk", "Осы тармақта белгіленген білімге қойылатын талаптар экономикалық, қаржылық немесе құқықтық"
           " білімді қамтиды.", ["экономикалық", "қаржылық", "құқықтық"]),
    ("ru", "Требования к образованию устанавливаются уполномоченным органом.", []),
])
def test_the_fields_a_sentence_gives(lang, text, expected):
    assert sentence_fields(text.replace("·", ""), lang) == expected


@pytest.mark.parametrize("lang,text,number", [
    ("ru", "соответствие требованиям к образованию, предусмотренным подпунктом 2) настоящего пункта, и стаж", "2"),
    ("kk", "осы тармақтың 3) тармақшасында көрсетілген білімге қойылатын талаптарға сәйкес болуы", "3"),
    ("ru", "высшее образование и стаж работы не менее 1 года", None),
])
def test_the_subpoint_a_clause_takes_its_education_from(lang, text, number):
    assert referred_subpoint(text, lang) == number
