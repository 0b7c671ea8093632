"""Requirement acts, further variations, each a few lines of damaged text -> the records it must
become, in both languages:

- the LEVEL OF EACH POSITION STATED ONCE in the general provisions (`… маманы … біліктілігі жоғары
  деңгейдегі мамандардың лауазымдарына … жатады`, `К должностям специалистов высшего уровня
  квалификации относятся …`), the requirement points naming no level, and a clause that opens with
  its EXPERIENCE and names the education after it;
- the CATEGORY WRITTEN INTO A TABLE'S POSITION NAME (`Методист первой категории`, `бірінші санатты
  әдіскер`), the bare name the position without a category, and a DASH for no experience; a chapter
  heading after a page break that follows the dash;
- a clause for SEVERAL CATEGORIES with the position named before the dash (`… әдіскер үшін –`, `для
  методиста …`) and its values listed RESPECTIVELY (`тиісінше кемінде 5, 3 және 1 жыл`,
  `соответственно не менее 5, 3 и 1 года`).
"""
from __future__ import annotations

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years, r.experience_in)
            for r in read_requirements(doc, [], lexicon)]


KK_STATED = """      1. Осы біліктілік талаптары қорлардың мынадай қызметкерлеріне қойылады:
      1) мұрағат жөніндегі маман;
      2) қор күзетшісі.
      2. Қордың мұрағат жөніндегі маманының лауазымы біліктілігі жоғары деңгейдегі·
мамандардың лауазымдарына, қор күзетшісінің лауазымы біліктілігі орта деңгейдегі·
мамандардың лауазымдарына жатады.
      3. Мұрағат жөніндегі маманның біліктілігіне қойылатын талаптар:
      жоғары санатты – бірінші санатты мұрағат жөніндегі маман лауазымында кемінде 3·
жыл жұмыс өтілі және жоғары (тарихи) білім;
      санаты жоқ – жұмыс өтіліне талап қойылмай, жоғары (тарихи) білім.
      4. Қор күзетшісінің біліктілігіне қойылатын талаптар:
      бірінші санатты – мамандығы бойынша кемінде 2 жыл жұмыс өтілі және техникалық·
және кәсіптік білім;
      санаты жоқ – жұмыс өтіліне талап қойылмай, техникалық және кәсіптік білім.
"""

RU_STATED = """      1. Настоящие квалификационные требования предъявляются к следующим работникам фондов:
      1) специалист по архиву;
      2) хранитель фонда.
      2. К должностям специалистов высшего уровня квалификации фонда относится·
специалист по архиву, к должностям специалистов среднего уровня квалификации –·
хранитель фонда.
      3. Квалификационные требования к специалисту по архиву:
      высшей категории – высшее (историческое) образование и стаж работы в должности·
специалиста по архиву первой категории не менее 3 лет;
      без категории – высшее (историческое) образование, без предъявления требований к стажу работы.
      4. Квалификационные требования к хранителю фонда:
      первой категории – техническое и профессиональное образование и стаж работы по·
специальности не менее 2 лет;
      без категории – техническое и профессиональное образование, без предъявления·
требований к стажу работы.
"""


def test_kk_levels_stated_once_and_experience_first():
    assert records(KK_STATED, "kk") == [
        ("3", "мұрағат жөніндегі маман", "high", "highest", "higher", 3, "бірінші санатты мұрағат жөніндегі маман"),
        ("3", "мұрағат жөніндегі маман", "high", "none", "higher", None, None),
        ("4", "қор күзетшісі", "middle", "first", "tvet", 2, "мамандығы бойынша"),
        ("4", "қор күзетшісі", "middle", "none", "tvet", None, None),
    ]


def test_ru_levels_stated_once_level_first():
    got = records(RU_STATED, "ru")
    assert [g[:5] for g in got] == [
        ("3", "специалист по архиву", "high", "highest", "higher"),
        ("3", "специалист по архиву", "high", "none", "higher"),
        ("4", "хранитель фонда", "middle", "first", "tvet"),
        ("4", "хранитель фонда", "middle", "none", "tvet"),
    ]


def test_a_level_named_for_other_positions_is_not_stated_for_one_without():
    # the level sentence names other positions; the head's position is named in another sentence
    body = RU_STATED.replace(
        "      2. К должностям специалистов высшего уровня квалификации фонда относится·\n"
        "специалист по архиву, к должностям специалистов среднего уровня квалификации –·\n"
        "хранитель фонда.\n",
        "      2. Должности специалиста по архиву подразделяются на должности специалистов высшего·\n"
        "и среднего уровня квалификации. По должности хранителя фонда уровень не устанавливается.\n")
    assert [g[2] for g in records(body, "ru")] == [None] * 4


RU_NAMED_TABLE = """      3. Квалификационные требования к должностям специалистов высшего уровня·
квалификации приведены в следующей таблице:
№ п/п

Наименование должности

Требования к образованию

Требования к стажу работы

1

Методист первой
категории

высшее (педагогическое)
образование

не менее 2 лет по
специальности

2

Методист

высшее (педагогическое)
образование

–



Глава 3. Заключительные положения

      4. Квалификационная категория присваивается по результатам аттестации.
"""

KK_NAMED_TABLE = """      3. Біліктілігі жоғары деңгейдегі мамандардың лауазымдарына қойылатын·
біліктілік талаптары мына кестеде келтірілген:
№ р/с

Лауазымның атауы

Біліміне қойылатын талаптар

Жұмыс өтіліне қойылатын талаптар

1

Бірінші санатты
әдіскер

жоғары (педагогикалық)
білім

мамандығы бойынша кемінде 2
жыл

2

Әдіскер

жоғары (педагогикалық)
білім

–



4-тарау. Қорытынды ережелер

      4. Біліктілік санаты аттестаттау қорытындысы бойынша беріледі.
"""


def test_ru_category_in_the_position_name_and_a_dash():
    doc, lexicon = read(RU_NAMED_TABLE, "ru")
    got = read_requirements(doc, [], lexicon)
    assert [(r.position, r.specialist_level, r.category, r.min_experience_years) for r in got] == [
        ("методист", "high", "first", 2), ("методист", "high", "none", None)]
    # the dash requires nothing; the chapter heading after the page break is no part of the row
    assert got[1].text == "высшее (педагогическое) образование"


def test_kk_category_in_the_position_name_and_a_dash():
    doc, lexicon = read(KK_NAMED_TABLE, "kk")
    got = read_requirements(doc, [], lexicon)
    assert [(r.position, r.specialist_level, r.category, r.min_experience_years) for r in got] == [
        ("әдіскер", "high", "first", 2), ("әдіскер", "high", "none", None)]
    assert got[1].text == "жоғары (педагогикалық) білім"


KK_RESPECTIVELY = """      3. Біліктілігі жоғары деңгейдегі әдіскердің біліктілігіне қойылатын талаптар:
      жоғары, бірінші және екінші санатты әдіскер үшін – жоғары (педагогикалық) білім және·
білім беру саласында тиісінше кемінде 5, 3 және 1 жыл жұмыс өтілі;
      санаты жоқ әдіскер үшін – жоғары (педагогикалық) білім, жұмыс өтіліне талап қойылмайды.
      4. Біліктілігі жоғары деңгейдегі кураторның біліктілігіне қойылатын талаптар:
      жоғары және бірінші санатты куратор үшін – жоғары (педагогикалық) білім және тиісінше·
бірінші және екінші санатты куратор лауазымында кемінде 4 және 2 жыл жұмыс өтілі;
      санаты жоқ куратор үшін – жоғары (педагогикалық) білім, жұмыс өтіліне талап қойылмайды.
"""

RU_RESPECTIVELY = """      3. Квалификационные требования к методисту (специалист высшего уровня квалификации):
      для методиста высшей, первой и второй категорий – высшее (педагогическое) образование и·
стаж работы в сфере образования соответственно не менее 5, 3 и 1 года;
      для методиста без категории – высшее (педагогическое) образование, без предъявления·
требований к стажу работы.
"""


def test_kk_categories_with_values_respectively():
    got = records(KK_RESPECTIVELY, "kk")
    assert [g[:4] + g[5:6] for g in got] == [
        ("3", "әдіскер", "high", "highest", 5), ("3", "әдіскер", "high", "first", 3),
        ("3", "әдіскер", "high", "second", 1), ("3", "әдіскер", "high", "none", None),
        ("4", "куратор", "high", "highest", 4), ("4", "куратор", "high", "first", 2),
        ("4", "куратор", "high", "none", None),
    ]
    # the post the experience is in, by its place in the list too
    assert [g[6] for g in got[4:6]] == ["бірінші санатты куратор", "екінші санатты куратор"]


def test_kk_respectively_keeps_the_line_as_text():
    doc, lexicon = read(KK_RESPECTIVELY, "kk")
    got = read_requirements(doc, [], lexicon)
    assert got[0].text == got[1].text == got[2].text == (
        "жоғары (педагогикалық) білім және білім беру саласында тиісінше кемінде 5, 3 және 1 жыл жұмыс өтілі")


def test_ru_categories_with_values_respectively():
    got = records(RU_RESPECTIVELY, "ru")
    assert [(g[1], g[3], g[5]) for g in got] == [
        ("методист", "highest", 5), ("методист", "first", 3), ("методист", "second", 1),
        ("методист", "none", None)]
