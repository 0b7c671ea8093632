"""Requirement acts whose positions are all SUBPOINTS of ONE point, each naming its position with
its LEVEL IN BRACKETS (`1) инструктор по адаптивному спорту (специалист высшего уровня
квалификации):`, `1) бейімделген спорт жөніндегі нұсқаушы (біліктілігі жоғары деңгейдегі
маман):`), the categories under it LETTERED (`а) высшей категории – …;`, and in Kazakh acts in the
Kazakh alphabet: `а) … ә) … б) … в) …`), the experience worded `жұмыс стажы` as well as `жұмыс
өтілі`. Each clause is the subpoint's position's, of the bracket's level, of the point's number;
the position is printed without its level's bracket (with any
bracket of its own name). A few lines of damaged text -> the records."""
from __future__ import annotations

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years) for r in read_requirements(doc, [], lexicon)]


RU_ITEMS = """      1. Настоящие квалификационные требования распространяются на работников·
центров адаптивного спорта.
      2. К должностям работников центров предъявляются следующие квалификационные·
требования:
      1) инструктор по адаптивному спорту (специалист высшего уровня·
квалификации):
      а) высшей категории – высшее (или послевузовское) (физическая культура)·
образование и стаж работы по специальности не менее 4 лет;
      б) первой категории – высшее (или послевузовское) (физическая культура)·
образование и стаж работы по специальности не менее 2 лет;
      в) без категории – высшее (или послевузовское) (физическая культура)
образование, без предъявления требований к стажу работы;
      2) методист центра (филиала) (специалист среднего уровня квалификации):
      а) высшей категории – техническое и профессиональное (физическая культура)·
образование и стаж работы по специальности не менее 3 лет;
      б) без категории – техническое и профессиональное (физическая культура)·
образование, без предъявления требований к стажу работы.
      3. Стаж работы по специальности включает периоды работы в организациях спорта.
"""

KK_ITEMS = """      1. Осы біліктілік талаптары бейімделген спорт орталықтарының·
қызметкерлеріне қолданылады.
      2. Орталықтар қызметкерлерінің лауазымдарына мынадай біліктілік талаптары·
қойылады:
      1) бейімделген спорт жөніндегі нұсқаушы (біліктілігі жоғары деңгейдегі·
маман):
      а) жоғары санатты – жоғары (немесе жоғары оқу орнынан кейінгі) (дене·
шынықтыру) білім және мамандығы бойынша кемінде 4 жыл жұмыс стажы;
      ә) бірінші санатты – жоғары (немесе жоғары оқу орнынан кейінгі) (дене·
шынықтыру) білім және мамандығы бойынша кемінде 2 жыл жұмыс стажы;
      б) санаты жоқ – жоғары (немесе жоғары оқу орнынан кейінгі) (дене шынықтыру)·
білім, жұмыс стажына талаптар қойылмайды;
      2) орталықтың (филиалдың) әдіскері (біліктілігі орта деңгейдегі маман):
      а) жоғары санатты – техникалық және кәсіптік (дене шынықтыру) білім және·
мамандығы бойынша кемінде 3 жыл жұмыс стажы;
      ә) санаты жоқ – техникалық және кәсіптік (дене шынықтыру) білім, жұмыс·
стажына талаптар қойылмайды.
      3. Мамандығы бойынша жұмыс стажына спорт ұйымдарында жұмыс істеген кезеңдер енгізіледі.
"""


def test_ru_positions_as_subpoints_with_bracketed_levels():
    trainer, methodist = "инструктор по адаптивному спорту", "методист центра (филиала)"
    assert records(RU_ITEMS, "ru") == [
        ("2", trainer, "high", "highest", "higher", 4),
        ("2", trainer, "high", "first", "higher", 2),
        ("2", trainer, "high", "none", "higher", None),
        ("2", methodist, "middle", "highest", "tvet", 3),
        ("2", methodist, "middle", "none", "tvet", None),
    ]


def test_kk_positions_as_subpoints_with_bracketed_levels_kazakh_letters():
    trainer, methodist = "бейімделген спорт жөніндегі нұсқаушы", "орталықтың (филиалдың) әдіскері"
    assert records(KK_ITEMS, "kk") == [
        ("2", trainer, "high", "highest", "higher", 4),
        ("2", trainer, "high", "first", "higher", 2),
        ("2", trainer, "high", "none", "higher", None),
        ("2", methodist, "middle", "highest", "tvet", 3),
        ("2", methodist, "middle", "none", "tvet", None),
    ]
