"""Requirement acts that print their requirements as a TABLE OF POSITIONS PER LEVEL, flattened cell
by cell (letter-spaced narrow columns, page breaks inside a row): one row per level, its position cell
listing several positions that share its requirement cell, each position a clause of its own; years
or months of experience, and the part of it counted inside the total. A few lines of damaged text ->
the records they must become, in both languages."""
import pytest

from extractors.requirements import parse_clause, read_requirements
from test_requirement_wordings import read


def rows(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years, r.min_experience_months)
            for r in read_requirements(doc, [], lexicon)]


# the header letter-spaced, three positions one per line with `;` between them, a nested experience,
# experience in months, a level cell with a qualifier that a page break cuts together with the
# requirement cell (which the break cuts after a word, not a comma); the position cell before it ended
KK_LEVELS = """      1. Осы талаптар мынадай лауазымдарға қолданылады: оңалту жөніндегі маман, әлеуметтік педагог, ·
ана мен бала жөніндегі кеңесші, күтім жөніндегі көмекші, бөлімше меңгерушісі.
      2. Орталық қызметкерлерінің біліктілік талаптары мынадай кестеде келтірілген:

Р/с
№

Б і л і к т і л і к·
деңгейі

Лауазымдардың атауы

Біліктілік талаптары

1

Біліктілігі·
ж о ғ а р ы·
деңгейдегі маман

оңалту жөніндегі·
маман;
әлеуметтік педагог;
ана мен бала жөніндегі
кеңесші

Жоғары (әлеуметтік, педагогикалық) білім,·
мамандығы бойынша кемінде 3 (үш) жыл жұмыс·
өтілі, оның ішінде оңалту саласында
кемінде 1 (бір) жыл

2

Біліктілігі орта·
деңгейдегі маман

к ү т і м  ж ө н і н д е г і·
көмекші

Техникалық және кәсіптік (әлеуметтік)·
білім, мамандығы бойынша кемінде 6 (алты) ай·
жұмыс өтілі

3

Б і л і к т і л і г і·
жоғары·

бөлімше·
меңгерушісі

Жоғары (әлеуметтік, экономикалық)·
білім, басшылық




деңгейдегі маман·
(басшы)

лауазымдарда кемінде 5 (бес) жыл жұмыс·
өтілі

      3. Бөлімше меңгерушісіне біліктілік санаттары берілмейді.
"""

# the same in Russian, the position column before the level column, the positions one per line with
# no `;` (the act's list of positions tells them apart)
RU_LEVELS = """      1. Настоящие требования распространяются на следующих работников: специалист по реабилитации,·
социальный педагог, консультант по вопросам материнства, помощник по уходу, заведующий отделением.
      2. Квалификационные требования к работникам центра приведены в следующей таблице:

№ п/п

Наименование должностей

У р о в е н ь·
квалификации

Квалификационные требования

1

Специалист по·
р е а б и л и т а ц и и
Социальный педагог
Консультант по·
вопросам материнства

Специалист высшего·
уровня квалификации

Высшее (социальное, педагогическое)·
образование, стаж работы по специальности·
не менее 3 (трех) лет, в том числе в сфере·
реабилитации не менее 1 (одного) года

2

П о м о щ н и к  п о·
уходу

Специалист среднего·
уровня квалификации

Техническое и профессиональное·
(социальное) образование, стаж работы по·
специальности не менее 6 (шести) месяцев

3

Заведующий·
отделением

Специалист высшего·
уровня




квалификации·
(руководитель)

Высшее (социальное, экономическое)·
образование, стаж работы на руководящих·




должностях не менее 5 (пяти) лет

      3. Заведующему отделением квалификационные категории не присваиваются.
"""


@pytest.mark.parametrize("lang,body,positions", [
    ("kk", KK_LEVELS, ["оңалту жөніндегі маман", "әлеуметтік педагог", "ана мен бала жөніндегі кеңесші",
                       "күтім жөніндегі көмекші", "бөлімше меңгерушісі"]),
    ("ru", RU_LEVELS, ["специалист по реабилитации", "социальный педагог", "консультант по вопросам материнства",
                       "помощник по уходу", "заведующий отделением"]),
])
def test_a_table_of_positions_per_level_gives_a_clause_per_position(lang, body, positions):
    """Paragraph 2 holds the table; the level comes from the row's level cell (with its qualifier);
    no category; the total experience counts, not the part inside it; six months are 6 months and
    0 whole years."""
    first, second, third, helper, head = positions
    assert rows(body, lang) == [
        ("2", first, "high", None, "higher", 3, 36),
        ("2", second, "high", None, "higher", 3, 36),
        ("2", third, "high", None, "higher", 3, 36),
        ("2", helper, "middle", None, "tvet", 0, 6),
        ("2", head, "high", None, "higher", 5, 60),
    ]


def test_a_row_a_page_break_cuts_keeps_each_cell_whole():
    """After the break the rest of the level cell goes to the level, the rest of the clause to the
    clause, nothing to the position cell that had ended."""
    doc, lexicon = read(KK_LEVELS, "kk")
    last = read_requirements(doc, [], lexicon)[-1]
    assert (last.position, last.text, last.experience_in) == (
        "бөлімше меңгерушісі",
        "Жоғары (әлеуметтік, экономикалық) білім, басшылық лауазымдарда кемінде 5 (бес) жыл жұмыс өтілі",
        "басшылық лауазымдарда")


# a table with a category column: a position's clause per category, as sub-rows of its row
RU_CATEGORIES = """      2. Квалификационные требования к работникам службы:

№

Уровень квалификации

Наименование должности

Категория

Квалификационные требования

1.

Специалист высшего·
уровня квалификации

Социальный·
работник;
Психолог

высшая

высшее (социальное) образование, стаж работы·
по специальности не менее 4 (четырех) лет;

без категории

высшее (социальное) образование, без·
требований к стажу.

2.

Специалист среднего·
уровня квалификации

Ассистент

-

техническое и профессиональное образование,·
стаж работы не менее полугода.

      3. Прочие положения.
"""

KK_CATEGORIES = """      2. Қызмет қызметкерлеріне қойылатын біліктілік талаптары:

№

Біліктілік деңгейі

Лауазымның атауы

Санаты

Біліктілік талаптары

1.

Біліктілігі жоғары·
деңгейдегі маман

Әлеуметтік·
қызметкер;
Психолог

жоғары

жоғары (әлеуметтік) білім, мамандығы·
бойынша кемінде 4 (төрт) жыл жұмыс өтілі;

санаты жоқ

жоғары (әлеуметтік) білім, жұмыс өтіліне·
талаптар қойылмай.

2.

Біліктілігі орта·
деңгейдегі маман

Ассистент

-

техникалық және кәсіптік білім, кемінде·
жарты жыл жұмыс өтілі.

      3. Өзге ережелер.
"""


@pytest.mark.parametrize("lang,body,names", [
    ("ru", RU_CATEGORIES, ["социальный работник", "психолог", "ассистент"]),
    ("kk", KK_CATEGORIES, ["әлеуметтік қызметкер", "психолог", "ассистент"]),
])
def test_a_table_of_levels_with_a_category_column_gives_a_clause_per_position_and_category(lang, body, names):
    social, psychologist, assistant = names
    assert rows(body, lang) == [
        ("2", social, "high", "highest", "higher", 4, 48),
        ("2", social, "high", "none", "higher", None, None),
        ("2", psychologist, "high", "highest", "higher", 4, 48),
        ("2", psychologist, "high", "none", "higher", None, None),
        ("2", assistant, "middle", None, "tvet", 0, 6),
    ]


@pytest.mark.parametrize("text,lang,years,months,where", [
    ("жоғары білім, мамандығы бойынша кемінде 6 (алты) ай жұмыс өтілі", "kk", 0, 6, "мамандығы бойынша"),
    ("высшее образование, стаж работы по специальности не менее 18 месяцев", "ru", 1, 18, "по специальности"),
    ("жоғары білім, кемінде 2 (екі) жыл жұмыс өтілі, оның ішінде басшылық лауазымдарда кемінде 1 (бір) жыл",
     "kk", 2, 24, None),
    ("высшее образование, стаж работы по специальности не менее 2 (двух) лет, в том числе на руководящих"
     " должностях не менее 1 (одного) года", "ru", 2, 24, "по специальности"),
])
def test_experience_in_months_and_the_part_inside_the_total(text, lang, years, months, where):
    """Months are counted exactly (`min_experience_months`) and in whole years; of `2 years, of which
    1 year in ...` the total and what it is in count."""
    r = parse_clause(text, lang, None, None)
    assert (r.min_experience_years, r.min_experience_months, r.experience_in) == (years, months, where)


def two_levels(methodist: str, instructor: str, helper: str):
    """The clauses of the small tables below: two positions of the high level, one of the middle."""
    return [("2", methodist, "high", None, "higher", 2, 24),
            ("2", instructor, "high", None, "higher", 2, 24),
            ("2", helper, "middle", None, "tvet", None, None)]


# the head ends with a full stop, the level cell prints only the level, the positions are numbered,
# a page break falls right after a row's number
@pytest.mark.parametrize("lang,body,names", [
    ("ru", """      2. Квалификационные требования к работникам приведены в следующей таблице.

№ п/п

Уровень

Наименование должностей

Требования

1

Высший

1) методист;
2) инструктор

высшее образование, стаж работы не менее 2 лет

2




Средний

1) помощник·
инструктора

техническое и профессиональное образование, без требований к стажу

      3. Прочие положения.
""", ["методист", "инструктор", "помощник инструктора"]),
    ("kk", """      2. Қызметкерлердің біліктілік талаптары мынадай кестеде келтірілген.

№

Деңгейі

Лауазымдар

Талаптар

1

Жоғары

1) әдіскер;
2) нұсқаушы

жоғары білім, кемінде 2 жыл жұмыс өтілі

2




Орта

1) нұсқаушының·
көмекшісі

техникалық және кәсіптік білім, жұмыс өтіліне талаптар қойылмай

      3. Өзге ережелер.
""", ["әдіскер", "нұсқаушы", "нұсқаушының көмекшісі"]),
])
def test_a_table_under_a_head_that_ends_with_a_full_stop_and_level_cells_in_one_word(lang, body, names):
    assert rows(body, lang) == two_levels(*names)


# no number column: a row opens with its level cell; the header printed again after a page break
@pytest.mark.parametrize("lang,body,names", [
    ("ru", """      2. Квалификационные требования к работникам:

Уровень квалификации

Наименование должностей

Квалификационные требования

Специалист высшего·
уровня квалификации

Методист;
Инструктор

высшее образование, стаж работы не менее·
2 лет




Уровень квалификации

Наименование должностей

Квалификационные требования

Специалист среднего·
уровня квалификации

Помощник·
инструктора

техническое и профессиональное·
образование, без требований к стажу

      3. Прочие положения.
""", ["методист", "инструктор", "помощник инструктора"]),
    ("kk", """      2. Қызметкерлердің біліктілік талаптары:

Біліктілік деңгейі

Лауазымдардың атауы

Біліктілік талаптары

Біліктілігі жоғары·
деңгейдегі маман

Әдіскер;
Нұсқаушы

жоғары білім, кемінде 2 жыл жұмыс·
өтілі




Біліктілік деңгейі

Лауазымдардың атауы

Біліктілік талаптары

Біліктілігі орта·
деңгейдегі маман

Нұсқаушының·
көмекшісі

техникалық және кәсіптік білім, жұмыс·
өтіліне талаптар қойылмай

      3. Өзге ережелер.
""", ["әдіскер", "нұсқаушы", "нұсқаушының көмекшісі"]),
])
def test_a_table_of_levels_with_no_number_column_and_its_header_printed_again(lang, body, names):
    assert rows(body, lang) == two_levels(*names)


def test_a_header_printed_again_after_a_page_break_inside_a_row():
    """The pieces after the repeated header still go on with the cells the break cut."""
    body = KK_LEVELS.replace("""білім, басшылық




деңгейдегі""", """білім, басшылық




Р/с
№

Біліктілік деңгейі

Лауазымдардың атауы

Біліктілік талаптары

деңгейдегі""")
    assert body != KK_LEVELS
    assert rows(body, "kk") == rows(KK_LEVELS, "kk")
