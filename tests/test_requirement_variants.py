"""Further variants of qualification requirement acts, each a few lines of damaged text -> the records
it must become, in both languages: levels numbered with roman numerals and categories with letters,
the years printed before the education, a requirement printed as numbered subparagraphs, the
education in the genitive after `при наличии`, and the new wording of an amending order (not the
act's own requirements)."""
import pytest

from test_requirement_wordings import clauses

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
