"""Requirement acts whose table has no number column and opens with the POSITION, then the level,
the category, the education and the experience (`Лауазымның атауы | Біліктілік деңгейі | Санаты |
Біліміне қойылатын талаптар | Жұмыс өтіліне қойылатын талаптар`), flattened cell by cell: a row of
column numbers under the header, the position cell merged down all its rows and the level cell
down its category rows (each printed once, in the first row it covers), the header and its
numbers printed again after a page break inside the table. Two positions in one table. A few lines
of damaged text -> the records they must become, in both languages."""
import pytest

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def rows(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


KK_TABLE = """      1. Осы талаптар мынадай лауазымдарға қолданылады:
      1) отбасын қолдау жөніндегі маман;
      2) медиация жөніндегі кеңесші.
      2. Отбасын қолдау жөніндегі маманның және медиация жөніндегі кеңесшінің біліктілігіне·
қойылатын талаптар мына кестеде келтірілген:
Лауазымның атауы

Біліктілік·
деңгейі

Санаты

Біліміне қойылатын·
талаптар

Жұмыс өтіліне·
қойылатын талаптар

1

2

3

4

5

Отбасын қолдау·
ж ө н і н д е г і·
маман

Біліктілігі·
ж о ғ а р ы·
деңгейдегі маман

жоғары·
санатты

жоғары (педагогикалық,·
әлеуметтік) білім

мамандығы бойынша·
кемінде 3 жыл

санаты жоқ

жоғары (педагогикалық,·
әлеуметтік) білім

талап қойылмайды




Лауазымның атауы

Біліктілік·
деңгейі

Санаты

Біліміне қойылатын·
талаптар

Жұмыс өтіліне·
қойылатын талаптар

1

2

3

4

5

Біліктілігі орта·
деңгейдегі маман

бірінші·
санатты

техникалық және кәсіптік·
(әлеуметтік) білім

мамандығы бойынша·
кемінде 2 жыл

Медиация жөніндегі·
кеңесші

Біліктілігі·
жоғары·
деңгейдегі маман

екінші санатты

жоғары (құқықтық)·
білім

медиация саласында·
кемінде 1 жыл

      3. Жұмыскердің талаптарға сәйкестігі құжаттармен расталады.
"""

RU_TABLE = """      1. Настоящие требования распространяются на следующих работников:
      1) специалист по поддержке семьи;
      2) консультант по медиации.
      2. Квалификационные требования к специалисту по поддержке семьи и консультанту по·
медиации приведены в следующей таблице:
Наименование должности

Уровень·
квалификации

Категория

Требования к·
образованию

Требования к стажу·
работы

1

2

3

4

5

Специалист по·
п о д д е р ж к е·
семьи

Специалист·
в ы с ш е г о·
уровня квалификации

высшая·
категория

высшее (педагогическое,·
социальное) образование

не менее 3 лет по·
специальности

без категории

высшее (педагогическое,·
социальное) образование

не требуется




Наименование должности

Уровень·
квалификации

Категория

Требования к·
образованию

Требования к стажу·
работы

1

2

3

4

5

Специалист среднего·
уровня квалификации

первая·
категория

техническое и профессиональное·
(социальное) образование

не менее 2 лет по·
специальности

Консультант по·
медиации

Специалист·
высшего·
уровня квалификации

вторая категория

высшее (юридическое)·
образование

не менее 1 года в сфере·
медиации

      3. Соответствие работника требованиям подтверждается документами.
"""


@pytest.mark.parametrize("lang,body,first,second", [
    ("kk", KK_TABLE, "отбасын қолдау жөніндегі маман", "медиация жөніндегі кеңесші"),
    ("ru", RU_TABLE, "специалист по поддержке семьи", "консультант по медиации"),
])
def test_a_merged_position_cell_heads_all_its_rows(lang, body, first, second):
    """The position printed once heads every clause down to the next position; the level printed
    once heads its categories, past the page break and the header and column numbers printed
    again; the numbers are no row."""
    assert rows(body, lang) == [
        ("2", first, "high", "highest", "higher", 3),
        ("2", first, "high", "none", "higher", None),
        ("2", first, "middle", "first", "tvet", 2),
        ("2", second, "high", "second", "higher", 1),
    ]


@pytest.mark.parametrize("lang,body,field", [
    ("kk", KK_TABLE, "медиация саласы"),
    ("ru", RU_TABLE, "сфера медиации"),
])
def test_the_experience_cell_says_what_the_experience_is_in(lang, body, field):
    doc, lexicon = read(body, lang)
    last = read_requirements(doc, [], lexicon)[-1]
    assert last.experience_in == field
