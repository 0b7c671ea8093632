"""Requirement acts, further variations, each a few lines of damaged text -> the records it must
become, in both languages:

- requirements GROUPED BY CATEGORY: a point per category (`к работникам первой категории:`,
  `бірінші санатты қызметкерлерге …:`) and under it a subparagraph per position, the short form the
  list of positions defines (`(далее – методист)`), a dash and the clause; the position's full name
  and its level come from the list (`– специалист высшего уровня квалификации`); a shorter
  experience for a master's degree in brackets does not change the years required;
- each clause a FULL SENTENCE whose subject is the position with its category and whose verb says
  it must have (`… болуы тиіс.`, `… должен иметь …`), the point's other clauses unnumbered
  paragraphs, the level from the chapter heading, a footnote mark on the field of experience
  (`саласында*`) kept in the text and left out of the field; the list of positions under a point
  that names the categories is no clause.
"""
from __future__ import annotations

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years, r.experience_in)
            for r in read_requirements(doc, [], lexicon)]


def texts(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [r.text for r in read_requirements(doc, [], lexicon)]


RU_GROUPED = """      1. Требования устанавливаются к следующим должностям работников центров:
      1) методист по инклюзивному образованию (далее – методист) – специалист·
высшего уровня квалификации;
      2) тьютор – специалист среднего уровня квалификации.
      2. Квалификационные требования к работникам первой категории:
      1) методист – высшее (педагогическое) образование, стаж работы в должности·
методиста второй категории не менее 4-х лет (для лиц, имеющих степень·
магистра, – не менее 3-х лет);
      2) тьютор – техническое и профессиональное (педагогическое) образование, стаж·
работы по специальности не менее 2 лет.
      3. Квалификационные требования к работникам без категории:
      1) методист – высшее (педагогическое) образование, без предъявления требований·
к стажу работы;
      2) тьютор – техническое и профессиональное (педагогическое) образование, без·
предъявления требований к стажу работы.
"""

KK_GROUPED = """      1. Талаптар орталықтардың мынадай лауазымдарына қойылады:
      1) оңалту жөніндегі әдіскер (бұдан әрі – әдіскер) – біліктілігі·
жоғары деңгейдегі маман;
      2) тьютор – біліктілігі орта деңгейдегі маман.
      2. Бірінші санатты қызметкерлерге қойылатын біліктілік талаптары:
      1) әдіскер – жоғары (педагогикалық) білім, екінші санатты әдіскер лауазымында·
кемінде 4 жыл жұмыс өтілі;
      2) тьютор – техникалық және кәсіптік (педагогикалық) білім, мамандығы бойынша·
кемінде 2 жыл жұмыс өтілі.
      3. Санаты жоқ қызметкерлерге қойылатын біліктілік талаптары:
      1) әдіскер – жоғары (педагогикалық) білім, жұмыс өтіліне талап қойылмайды;
      2) тьютор – техникалық және кәсіптік (педагогикалық) білім, жұмыс өтіліне талап·
қойылмайды.
"""


def test_grouped_by_category_ru():
    full = "методист по инклюзивному образованию"
    assert records(RU_GROUPED, "ru") == [
        ("2", full, "high", "first", "higher", 4, "методиста второй категории"),
        ("2", "тьютор", "middle", "first", "tvet", 2, "по специальности"),
        ("3", full, "high", "none", "higher", None, None),
        ("3", "тьютор", "middle", "none", "tvet", None, None),
    ]
    # the bracket with the master's shorter experience stays in the clause's text
    assert texts(RU_GROUPED, "ru")[0].endswith("не менее 4-х лет (для лиц, имеющих степень магистра, – не менее 3-х лет)")


def test_grouped_by_category_kk():
    full = "оңалту жөніндегі әдіскер"
    got = records(KK_GROUPED, "kk")
    assert [r[:6] for r in got] == [
        ("2", full, "high", "first", "higher", 4),
        ("2", "тьютор", "middle", "first", "tvet", 2),
        ("3", full, "high", "none", "higher", None),
        ("3", "тьютор", "middle", "none", "tvet", None),
    ]


KK_SENTENCES = """      1. Біліктілік талаптары мынадай лауазымдар бойынша бірінші санатты және санаты·
жоқ мамандар үшін белгіленеді:
      1) спорт мектебінің жаттықтырушысы;
      2) жатақхана тәрбиешісі.
2-тарау. Біліктілігі жоғары деңгейдегі мамандарға қойылатын талаптар
      2. Спорт мектебінің бірінші санатты жаттықтырушысының жоғары (педагогикалық)·
білімі және спорт саласында* кемінде 2 жыл жұмыс өтілі болуы тиіс.
      Спорт мектебінің санаты жоқ жаттықтырушысының жоғары (педагогикалық) білімі·
болуы тиіс, жұмыс өтіліне талаптар қойылмайды.
3-тарау. Біліктілігі орта деңгейдегі мамандарға қойылатын талаптар
      3. Жатақхананың бірінші санатты тәрбиешісінің техникалық және кәсіптік·
(педагогикалық) білімі және мамандығы бойынша кемінде 1 жыл жұмыс өтілі болуы тиіс.
"""

RU_SENTENCES = """      1. Квалификационные требования устанавливаются для первой категории и без·
категории к следующим должностям:
      1) тренер спортивной школы;
      2) воспитатель общежития.
Глава 2. Требования к специалистам высшего уровня квалификации
      2. Тренер спортивной школы первой категории должен иметь высшее·
(педагогическое) образование и стаж работы в сфере спорта* не менее 2 лет.
      Тренер спортивной школы без категории должен иметь высшее (педагогическое)·
образование, без предъявления требований к стажу работы.
Глава 3. Требования к специалистам среднего уровня квалификации
      3. Воспитатель общежития первой категории должен иметь техническое и·
профессиональное (педагогическое) образование и стаж работы по специальности не менее 1 года.
"""


def test_sentences_kk():
    got = records(KK_SENTENCES, "kk")
    assert [r[:6] for r in got] == [
        ("2", "спорт мектебінің жаттықтырушысы", "high", "first", "higher", 2),
        ("2", "спорт мектебінің жаттықтырушысы", "high", "none", "higher", None),
        ("3", "жатақхана тәрбиешісі", "middle", "first", "tvet", 1),
    ]
    assert "*" not in got[0][6]
    # the sentence as printed, footnote mark and all, without its point's number and its stop
    assert texts(KK_SENTENCES, "kk")[0] == ("Спорт мектебінің бірінші санатты жаттықтырушысының жоғары (педагогикалық) "
                                            "білімі және спорт саласында* кемінде 2 жыл жұмыс өтілі болуы тиіс")


def test_sentences_ru():
    got = records(RU_SENTENCES, "ru")
    assert [r[:6] for r in got] == [
        ("2", "тренер спортивной школы", "high", "first", "higher", 2),
        ("2", "тренер спортивной школы", "high", "none", "higher", None),
        ("3", "воспитатель общежития", "middle", "first", "tvet", 1),
    ]
    assert "*" not in got[0][6]


def test_head_with_colon_is_no_sentence():
    # `… должен иметь:` opens a head over its clauses, as before: not a sentence clause
    body = """      1. Тренер спортивной школы должен иметь:
      высшее (педагогическое) образование и стаж работы по специальности не менее 3 лет.
"""
    assert [r[1] for r in records(body, "ru")] == ["тренер спортивной школы"]
