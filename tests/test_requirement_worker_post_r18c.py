"""Requirement acts, a WORKER POST with ONE requirement, each a few lines of damaged text -> the
records they must become, in both languages:

- the act's list of posts names a post whose name is the first words of the other posts' names
  (`көмекші` beside `көмекшілер жөніндегі әдіскер`) and calls it a WORKER POST, not a specialist
  (`3) көмекші – жұмысшы лауазымы.`, `3) помощник – рабочая должность.`);
- its point states ONE requirement in the head's sentence (`Көмекшіге мынадай талаптар қойылады:
  негізгі орта білім, …, жұмыс өтіліне талап қойылмайды.`, `К помощнику предъявляются следующие
  требования: основное среднее образование, …, без предъявления требований к стажу работы.`) with
  BASIC SECONDARY education, and a sentence that sets no categories for it: the clause has no level
  and no category, and the others' levels stay those the list gives them.
"""
from __future__ import annotations

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years, r.text)
            for r in read_requirements(doc, [], lexicon)]


KK = """      1. Біліктілік талаптары ұйымның мынадай лауазымдарына белгіленеді:
      1) көмекшілер жөніндегі әдіскер – біліктілігі жоғары деңгейдегі маман;
      2) көмекші – жұмысшы лауазымы.
      2. Көмекшілер жөніндегі әдіскерге мынадай біліктілік талаптары қойылады:
      бірінші санатты – жоғары (педагогикалық) білім және мамандығы бойынша кемінде 2·
жыл жұмыс өтілі;
      санаты жоқ – жоғары (педагогикалық) білім, жұмыс өтіліне талап қойылмайды.
      3. Көмекшіге мынадай талаптар қойылады: негізгі орта білім, оқу курсынан·
өткені туралы куәлік, жұмыс өтіліне талап қойылмайды. Көмекші лауазымы үшін·
біліктілік санаттары белгіленбейді.
"""

RU = """      1. Квалификационные требования устанавливаются к следующим должностям организации:
      1) методист по помощникам – специалист высшего уровня квалификации;
      2) помощник – рабочая должность.
      2. К методисту по помощникам предъявляются следующие квалификационные требования:
      первой категории – высшее (педагогическое) образование и стаж работы по·
специальности не менее 2 лет;
      без категории – высшее (педагогическое) образование, без предъявления требований к стажу работы.
      3. К помощнику предъявляются следующие требования: основное среднее образование,·
удостоверение о прохождении учебного курса, без предъявления требований к стажу·
работы. Квалификационные категории для должности помощника не устанавливаются.
"""


def test_kk_worker_post_has_no_level_and_basic_secondary_education():
    got = records(KK, "kk")
    assert [r[:6] for r in got] == [
        ("2", "көмекшілер жөніндегі әдіскер", "high", "first", "higher", 2),
        ("2", "көмекшілер жөніндегі әдіскер", "high", "none", "higher", None),
        ("3", "көмекші", None, None, "basic_secondary", None),
    ]
    assert got[-1][6] == ("негізгі орта білім, оқу курсынан өткені туралы куәлік, "
                          "жұмыс өтіліне талап қойылмайды")


def test_ru_worker_post_has_no_level_and_basic_secondary_education():
    got = records(RU, "ru")
    assert [r[:6] for r in got] == [
        ("2", "методист по помощникам", "high", "first", "higher", 2),
        ("2", "методист по помощникам", "high", "none", "higher", None),
        ("3", "помощник", None, None, "basic_secondary", None),
    ]
    assert got[-1][6] == ("основное среднее образование, удостоверение о прохождении учебного курса, "
                          "без предъявления требований к стажу работы")
