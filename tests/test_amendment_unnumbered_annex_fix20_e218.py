"""Amending orders, in Kazakh and in Russian (fix20_e218 variations).

- The order's own annex numbers none of its instructions: under its heading a context line
  (`Көрсетілген бұйрықпен бекітілген … қағидаларында:`, `В Правилах …, утвержденных указанным
  приказом:`) and then one instruction a line. They are the changes the order's point announces.
- A hyperlink that ended one line (`қосымшаға`, `приложению`) was moved to the end of its
  paragraph, the next line's end, glued after its full stop; the line it left ends in the hole (two
  spaces). It goes back to where the next line starts.
- A short act's page number alone between two items of a list that end in `;` goes: the list goes
  on past it in lower case, as a sentence would.
"""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import doc_from_text  # noqa: E402
from test_amendment_rows_and_notes import _changes  # noqa: E402

from extractors.amendments import read_amendments  # noqa: E402
from extractors.header import read_header  # noqa: E402
from extractors.repair import repair_lines  # noqa: E402

# an order (No. 51 of 2 April 2026) amending order No. 9 of 4 May 2021 (reg. 22731) in its annex,
# whose instructions are not numbered
UNNUMBERED = {
    "ru": """
О внесении изменений в приказ № 9

Приказ Министра здравоохранения Республики Казахстан от 2·
апреля 2026 года № 51. Зарегистрирован в Министерстве юстиции Республики Казахстан·
8 апреля 2026 года № 37590
      ПРИКАЗЫВАЮ:
      1. Внести в приказ Министра здравоохранения Республики Казахстан от 4 мая 2021·
года № 9 «Об утверждении Правил аттестации медицинских сестер» (зарегистрирован·
в Реестре государственной регистрации нормативных правовых актов под № 22731)·
изменения согласно приложению к настоящему приказу.
      2. Настоящий приказ вводится в действие по истечении десяти календарных дней·
после дня его первого официального опубликования.
      Министр здравоохранения
Республики Казахстан

А. Сатыбалдиев


                                        Приложение к приказу
                                        Министра здравоохранения
                                        Республики Казахстан
                                        от 2 апреля 2026 года № 51

        Изменения, которые вносятся в приказ Министра здравоохранения Республики
          Казахстан от 4 мая 2021 года № 9 «Об утверждении Правил аттестации медицинских сестер»
      В Правилах аттестации медицинских сестер, утвержденных указанным приказом:
      пункт 4 изложить в следующей редакции:
      «4. Аттестация проводится один раз в три года.»;
      пункт 8 исключить.
""",
    "kk": """
№ 9 бұйрыққа өзгерістер енгізу туралы

Қазақстан Республикасы Денсаулық сақтау министрінің 2026 жылғы·
2 сәуірдегі № 51 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы·
8 сәуірде № 37590 болып тіркелді
      БҰЙЫРАМЫН:
      1. "Мейіргерлерді аттестаттау қағидаларын бекіту туралы" Қазақстан Республикасы·
Денсаулық сақтау министрінің 2021 жылғы 4 мамырдағы № 9 бұйрығына (Нормативтік·
құқықтық актілерді мемлекеттік тіркеу тізілімінде № 22731 болып тіркелген) осы·
бұйрыққа қосымшаға сәйкес өзгерістер енгізілсін.
      2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен·
соң қолданысқа енгізіледі.
      Қазақстан Республикасы
Денсаулық сақтау министрі

А. Сатыбалдиев


                                        Қазақстан Республикасы
                                        Денсаулық сақтау министрінің
                                        2026 жылғы 2 сәуірдегі
                                        № 51 бұйрығына
                                        қосымша

        Қазақстан Республикасы Денсаулық сақтау министрінің 2021 жылғы 4 мамырдағы
          № 9 бұйрығына енгізілетін өзгерістер
      Көрсетілген бұйрықпен бекітілген Мейіргерлерді аттестаттау қағидаларында:
      4-тармақ мынадай редакцияда жазылсын:
      "4. Аттестаттау үш жылда бір рет өткізіледі.";
      8-тармақ алып тасталсын.
""",
}
UNNUMBERED_RECORDS = {
    "ru": [("пункт 4", "replace", "4. Аттестация проводится один раз в три года."), ("пункт 8", "delete", None)],
    "kk": [("4-тармақ", "replace", "4. Аттестаттау үш жылда бір рет өткізіледі."), ("8-тармақ", "delete", None)],
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_an_annex_that_numbers_none_of_its_instructions(lang):
    doc, _, lexicon = doc_from_text(UNNUMBERED[lang].replace("·\n", " \n"), lang)
    warnings: list[str] = []
    got, _ = read_amendments(doc, read_header(doc), lexicon, warnings)
    assert warnings == []
    assert {a.target_doc for a in got} == {"V2100022731"}
    assert [(a.target_unit, a.operation, a.text) for a in got] == UNNUMBERED_RECORDS[lang]


@pytest.mark.parametrize("raw,lang,expected", [
    (["      1. Мейіргерлерді аттестаттау қағидаларын бекіту туралы бұйрыққа осы бұйрыққа  ",
      "сәйкес өзгерістер енгізілсін.қосымшаға"], "kk",
     ["1. Мейіргерлерді аттестаттау қағидаларын бекіту туралы бұйрыққа осы бұйрыққа",
      "қосымшаға сәйкес өзгерістер енгізілсін."]),
    (["      1. Внести в приказ об утверждении Правил аттестации медсестер изменения согласно  ",
      "к настоящему приказу.приложению"], "ru",
     ["1. Внести в приказ об утверждении Правил аттестации медсестер изменения согласно",
      "приложению к настоящему приказу."]),
])
def test_a_link_that_ended_a_line_goes_back_from_the_paragraphs_end(raw, lang, expected):
    assert [ln.text for ln in repair_lines(raw, lang)] == expected


@pytest.mark.parametrize("lang,raw,expected", [
    ("kk", ['      6-тармақ мынадай редакцияда жазылсын:', '      "6. Білуге тиіс:',
            "      мұрағат ісінің негіздерін;", "", "", "2", "", "", "", "      іс жүргізу қағидаларын.\";"],
     [("6-тармақ", "replace", "6. Білуге тиіс: мұрағат ісінің негіздерін; іс жүргізу қағидаларын.")]),
    ("ru", ['      пункт 6 изложить в следующей редакции:', '      «6. Должен знать:',
            "      основы архивного дела;", "", "", "2", "", "", "", "      правила делопроизводства.»;"],
     [("пункт 6", "replace", "6. Должен знать: основы архивного дела; правила делопроизводства.")]),
])
def test_the_page_number_between_two_list_items_goes(lang, raw, expected):
    assert _changes("\n".join(raw), lang) == expected
