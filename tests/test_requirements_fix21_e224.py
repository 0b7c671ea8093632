"""Attestation rules that state the requirements by category outside any card: a head saying the
categories are given taking the requirements below into account, a clause per category as a
sentence naming the position (`Бірінші санатты әдіскерге: …`, `Методисту первой категории: …`);
a head naming its position in the genitive (`Әдіскердің біліктілігіне қойылатын талаптар:`); a
head naming its position in the dative with its level in brackets and no requirement words the
vocabulary knows. The position is read in the nominative."""
import pytest

from conftest import doc_from_text

from extractors.requirements import read_requirements

KK_HEADER = """
Мұражай қызметкерлерін аттестаттау қағидаларын бекіту туралы

Қазақстан Республикасы Мәдениет министрінің 2031 жылғы 4 наурыздағы № 88·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2031 жылғы 9 наурызда·
№ 51234 болып тіркелді
      БҰЙЫРАМЫН:
      1. Қоса беріліп отырған қағидалар бекітілсін.
"""
RU_HEADER = """
Об утверждении правил аттестации работников музеев

Приказ Министра культуры Республики Казахстан от 4 марта 2031 года № 88.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 марта 2031 года·
№ 51234
      ПРИКАЗЫВАЮ:
      1. Утвердить прилагаемые правила.
"""

KK_GIVEN = KK_HEADER + """
      5. Экскурсоводқа (біліктілігі жоғары деңгейдегі маман) біліктілік·
санаттары мынадай талаптар ескеріле отырып беріледі:
      Бірінші санатты экскурсоводқа: жоғары (немесе жоғары оқу орнынан кейінгі)·
білім (тарих) және санаты жоқ экскурсовод лауазымында жұмыс өтілі төрт жылдан·
кем емес.
      Санаты жоқ экскурсоводқа: жоғары (немесе жоғары оқу орнынан кейінгі) білім·
(тарих), жұмыс өтіліне талап қойылмайды.
      6. Мұражай қорлары сақтаушысының біліктілігіне қойылатын талаптар:
      бірінші санатты – жоғары (немесе жоғары оқу орнынан кейінгі) білім (тарих)·
және кемінде 3 жыл жұмыс өтілі;
      санаты жоқ – жоғары (немесе жоғары оқу орнынан кейінгі) білім (тарих),·
жұмыс өтіліне талап қойылмайды.
"""
RU_GIVEN = RU_HEADER + """
      5. Экскурсоводу (специалист высшего уровня квалификации) квалификационные·
категории присваиваются с учетом следующих требований:
      Экскурсоводу первой категории: высшее (или послевузовское) образование·
(история) и стаж работы в должности экскурсовода без категории не менее четырех лет.
      Экскурсоводу без категории: высшее (или послевузовское) образование·
(история), без предъявления требований к стажу работы.
"""


def extracted(text: str, lang: str):
    doc, _, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


def test_kk_categories_given_taking_requirements_into_account_read_a_sentence_per_category():
    assert extracted(KK_GIVEN, "kk")[:2] == [
        ("5", "экскурсовод", "high", "first", 4),
        ("5", "экскурсовод", "high", "none", None),
    ]


def test_ru_categories_assigned_with_regard_to_requirements_read_a_sentence_per_category():
    assert extracted(RU_GIVEN, "ru") == [
        ("5", "экскурсовод", "high", "first", 4),
        ("5", "экскурсовод", "high", "none", None),
    ]


def test_kk_head_naming_its_position_in_the_genitive_gives_it_in_the_nominative():
    assert extracted(KK_GIVEN, "kk")[2:] == [
        ("6", "мұражай қорлары сақтаушысы", None, "first", 3),
        ("6", "мұражай қорлары сақтаушысы", None, "none", None),
    ]


KK_DATIVE = KK_HEADER + """
      7. Зертханашыға (біліктілігі орта деңгейдегі маман) біліктілік санаттарын·
беру кезінде қойылатын талаптар:
      бірінші санатты – техникалық және кәсіптік білім (химия) және кемінде 2 жыл·
жұмыс өтілі;
      санаты жоқ – техникалық және кәсіптік білім (химия), жұмыс өтіліне талап·
қойылмайды.
"""


def test_kk_dative_head_with_its_level_in_brackets_gives_the_position_in_the_nominative():
    assert extracted(KK_DATIVE, "kk") == [
        ("7", "зертханашы", "middle", "first", 2),
        ("7", "зертханашы", "middle", "none", None),
    ]
