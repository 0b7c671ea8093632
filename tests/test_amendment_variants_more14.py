"""Amending orders, in Kazakh and in Russian (round 14 variations): every change printed in the
order's own annex, its paragraph only pointing there (the annex's caption cut by a page break, a
heading naming the act again, a point whose lines are subpoints); a hyperlinked list of units moved
to the end of its line; the act's one annex renumbered; a subpoint added to a part of a point."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import doc_from_text  # noqa: E402
from test_amendment_rows_and_notes import _changes  # noqa: E402

from extractors.amendments import read_amendments  # noqa: E402
from extractors.header import read_header  # noqa: E402

# an order (No. 72 of 3 March 2026) amending order No. 18 of 9 February 2022 (reg. 26810), all of its
# changes in its annex; the caption of the annex is cut by a page break (three blank lines)
ANNEXED = {
    "ru": """
О внесении изменений в приказ № 18

Приказ Министра труда и социальной защиты населения Республики Казахстан от 3·
марта 2026 года № 72. Зарегистрирован в Министерстве юстиции Республики Казахстан·
10 марта 2026 года № 37410
      ПРИКАЗЫВАЮ:
      1. Внести в приказ Министра труда и социальной защиты населения Республики·
Казахстан от 9 февраля 2022 года № 18 «Об утверждении Правил наставничества»·
(зарегистрирован в Реестре государственной регистрации нормативных правовых актов·
под № 26810) изменения и дополнение согласно приложению к настоящему приказу.
      2. Настоящий приказ вводится в действие по истечении десяти календарных дней·
после дня его первого официального опубликования.
      Министр труда и социальной защиты
населения Республики Казахстан

Е. Иванов


                                        Приложение к приказу



                                        Министра труда и социальной
                                        защиты населения Республики Казахстан
                                        от 3 марта 2026 года № 72

        Изменения и дополнение, которые вносятся в приказ Министра труда
          и социальной защиты населения Республики Казахстан от 9 февраля
                  2022 года № 18 «Об утверждении Правил наставничества»
      1. В Правилах наставничества, утвержденных указанным приказом:
      1) пункт 3 изложить в следующей редакции:
      «3. Наставник назначается приказом руководителя.»;
      2) дополнить пунктом 5-1 следующего содержания:
      «5-1. Срок наставничества составляет шесть месяцев.»;
      3) пункт 9 исключить.
""",
    "kk": """
№ 18 бұйрыққа өзгерістер енгізу туралы

Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы·
3 наурыздағы № 72 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы·
10 наурызда № 37410 болып тіркелді
      БҰЙЫРАМЫН:
      1. "Тәлімгерлік қағидаларын бекіту туралы" Қазақстан Республикасы Еңбек және·
халықты әлеуметтік қорғау министрінің 2022 жылғы 9 ақпандағы № 18 бұйрығына·
(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 26810 болып·
тіркелген) осы бұйрыққа қосымшаға сәйкес өзгерістер мен толықтыру енгізілсін.
      2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен·
соң қолданысқа енгізіледі.
      Қазақстан Республикасы
Еңбек және халықты
әлеуметтік қорғау министрі

Е. Иванов


                                        Қазақстан Республикасы
                                        Еңбек және халықты



                                        әлеуметтік қорғау министрінің
                                        2026 жылғы 3 наурыздағы
                                        № 72 бұйрығына
                                        қосымша

        Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің
         2022 жылғы 9 ақпандағы № 18 бұйрығына енгізілетін өзгерістер мен толықтыру
      1. Көрсетілген бұйрықпен бекітілген Тәлімгерлік қағидаларында:
      1) 3-тармақ мынадай редакцияда жазылсын:
      "3. Тәлімгер басшының бұйрығымен тағайындалады.";
      2) мынадай мазмұндағы 5-1-тармақпен толықтырылсын:
      "5-1. Тәлімгерлік мерзімі алты ай.";
      3) 9-тармақ алып тасталсын.
""",
}
ANNEXED_RECORDS = {
    "ru": [("пункт 3", "replace", "3. Наставник назначается приказом руководителя."),
           ("пункт 5-1", "insert", "5-1. Срок наставничества составляет шесть месяцев."),
           ("пункт 9", "delete", None)],
    "kk": [("3-тармақ", "replace", "3. Тәлімгер басшының бұйрығымен тағайындалады."),
           ("5-1-тармақ", "insert", "5-1. Тәлімгерлік мерзімі алты ай."),
           ("9-тармақ", "delete", None)],
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_every_change_printed_in_the_orders_annex(lang):
    """Point 1 names the act and points to the annex; the annex's subpoints are the changes, made to
    that act; the heading that names the act again is no instruction."""
    doc, _, lexicon = doc_from_text(ANNEXED[lang].replace("·\n", " \n"), lang)
    warnings: list[str] = []
    got, _ = read_amendments(doc, read_header(doc), lexicon, warnings)
    assert warnings == []
    assert {a.target_doc for a in got} == {"V2200026810"}
    assert [(a.target_unit, a.operation, a.text) for a in got] == ANNEXED_RECORDS[lang]


def test_a_hyperlinked_list_of_subpoints_moved_to_the_line_end_kk():
    # `3-тармақтың 1), 2) және 4) тармақшаларындағы` (six words, commas inside) cut from the line's
    # start (one space too deep) and glued after its last word
    body = ('       "ескі сөз" деген3-тармақтың 1), 2) және 4) тармақшаларындағы\n'
            'сөздер "жаңа сөз" деген сөздермен ауыстырылсын;')
    # several subpoints named at once inside their point: as printed, the case ending dropped (the
    # convention of evalset27 e168 and evalset29 e180)
    assert _changes(body, "kk") == [("3-тармақтың 1), 2) және 4) тармақшалары", "amend", "жаңа сөз")]


def test_a_hyperlinked_list_of_subpoints_moved_to_the_line_end_ru():
    body = '      в пункте 3:\n      в  слова «старые слова» заменить словами «новые слова»;подпунктах 1), 2) и 4)'
    assert _changes(body, "ru") == [("подпункты 1), 2) и 4) пункта 3", "amend", "новые слова")]


@pytest.mark.parametrize("lang,body,unit", [
    ("kk", "      Қағидаларға қосымша Қағидаларға 1-қосымша болып есептелсін;", "қосымша"),
    ("ru", "      приложение к Правилам считать приложением 1 к Правилам;", "приложение"),
])
def test_the_acts_one_annex_renumbered(lang, body, unit):
    """The old annex named by its word alone, the new one by its number: the change is the old one's."""
    assert _changes(body, lang) == [(unit, "amend", None)]


@pytest.mark.parametrize("lang,body,unit,text", [
    ("kk", '      4-тармақтың бірінші бөлігі мынадай мазмұндағы 3) тармақшамен толықтырылсын:\n      "3) мәтін;";',
     "4-тармақ, бірінші бөлік, 3) тармақша", "3) мәтін;"),
    ("ru", "      часть первую пункта 4 дополнить подпунктом 3) следующего содержания:\n      «3) текст;»;",
     "пункт 4, часть первая, подпункт 3)", "3) текст;"),
])
def test_a_subpoint_added_to_a_part_of_a_point(lang, body, unit, text):
    """The part the formula names holds the new subpoint, though parts rank below subpoints."""
    assert _changes(body, lang) == [(unit, "insert", text)]
