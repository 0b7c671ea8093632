"""A post with no level and no category whose one clause is printed as two LABELLED lines under its
head: `образование: …;` then `стаж работы: …` (`білімі: …;` then `жұмыс өтілі: …`), as a category's
clause is printed under its subpoint. The education line is first kept as a part its categories
would share; the experience line that follows it, not category lines, makes the two the head's one
clause - whether it counts years or says none is required (`без предъявления требований к стажу
работы`, `жұмыс өтіліне талап қойылмайды`). Its text is the two lines as printed, like a category's
labelled clause; its category null (the project's convention for a post with no categories:
tests/test_requirements_fix21_e227.py). Damage: wrapped lines with trailing spaces, a Latin letter,
a page number between paragraphs. A head whose labelled education is followed by the experience
words alone and lettered category lines still shares the education among them."""
import pytest

from extractors.requirements import read_requirements
from test_requirement_wordings import read

_RU = ("      7. Требования к квалификации кассира билетной кассы:\n"
       "      образование: общее среднее образование;\n"
       "      стаж работы: без предъявления требований к стажу·\n"
       "работы.\n"
       "\n"
       "3\n"
       "\n"
       "      8. Требования к квалификации администратора зала:\n"
       "      образование: техническое и профессиональное (среднее специальное) образованиe·\n"
       "по специальности \"Сервис\";\n"
       "      стаж работы: не менее 2 лет в должности кассира.\n"
       "      9. Требования к квалификации смотрителя зала:\n"
       "      образование – техническое и профессиональное образование;\n"
       "      стаж работы:\n"
       "      а) для первой категории – не менее 1 года по специальности;\n"
       "      б) для специалиста без категории – без предъявления требований к стажу работы.\n")

_KK = ("      7. Билет кассасының кассиріне қойылатын біліктілік талаптары:\n"
       "      білімі: жалпы орта білім;\n"
       "      жұмыс өтілі: жұмыс өтіліне талап·\n"
       "қойылмайды.\n"
       "\n"
       "3\n"
       "\n"
       "      8. Зал әкімшісіне қойылатын біліктілік талаптары:\n"
       "      білімі: \"Сервис\" мамандығы бойынша техникалық және кәсіптік (арнайы орта) білім;·\n"
       "      жұмыс өтілі: кассир лауазымында кемінде 2 жыл.\n"
       "      9. Зал күтушісіне қойылатын біліктілік талаптары:\n"
       "      білімі – техникалық және кәсіптік білім;\n"
       "      жұмыс өтілі:\n"
       "      а) бірінші санатты маман үшін – мамандығы бойынша кемінде 1 жыл;\n"
       "      б) санаты жоқ маман үшін – жұмыс өтіліне талап қойылмайды.\n")


def _records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return read_requirements(doc, [], lexicon)


@pytest.mark.parametrize("lang,body,cashier,keeper,attendant,where,specialty", [
    ("ru", _RU, "кассир билетной кассы", "администратор зала", "смотритель зала",
     "кассира", "по специальности"),
    ("kk", _KK, "билет кассасының кассирі", "зал әкімшісі", "зал күтушісі",
     "кассир", "мамандығы бойынша"),
])
def test_labelled_lines_under_a_head_without_categories_are_its_one_clause(
        lang, body, cashier, keeper, attendant, where, specialty):
    got = [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.min_experience_years, r.experience_in) for r in _records(body, lang)]
    assert got == [
        ("7", cashier, None, None, "general_secondary", None, None),
        ("8", keeper, None, None, "tvet", 2, where),
        ("9", attendant, None, "first", "tvet", 1, specialty),
        ("9", attendant, None, "none", "tvet", None, None),
    ]


@pytest.mark.parametrize("lang,body,first,second", [
    ("ru", _RU,
     "образование: общее среднее образование; стаж работы: без предъявления требований к стажу работы",
     "образование: техническое и профессиональное (среднее специальное) образование по специальности "
     "\"Сервис\"; стаж работы: не менее 2 лет в должности кассира"),
    ("kk", _KK,
     "білімі: жалпы орта білім; жұмыс өтілі: жұмыс өтіліне талап қойылмайды",
     "білімі: \"Сервис\" мамандығы бойынша техникалық және кәсіптік (арнайы орта) білім; жұмыс өтілі: "
     "кассир лауазымында кемінде 2 жыл"),
])
def test_the_clause_text_is_the_two_labelled_lines(lang, body, first, second):
    """As a category's labelled clause: label and all, the lines joined; it comes from both lines."""
    got = _records(body, lang)
    assert got[0].text == first
    assert got[1].text == second
    assert got[0].lines[0] < got[0].lines[1]
