"""Amending orders, in Kazakh and in Russian: a range of units named in one formula (ordinals or
numbers joined by a dash, or by the words of a range: `абзацы с третьего по пятый`, `үшіншіден
бастап бесіншіге дейінгі абзацтар`) is one unit, as printed, as a list of units is; and a
paragraph of the order that ends in a list of the acts it declares repealed (`3. Признать
утратившими силу:`, `3. Мыналардың күші жойылды деп танылсын:`) gives one repeal per subparagraph,
also for an act whose title quotes the title of the act it amended."""
import pytest

from extractors import units
from extractors.amendments import read_amendments
from extractors.header import read_header
from test_amendments import KK_ORDER, RU_ORDER, changes_of
from conftest import doc_from_text


def _changes(body: str, lang: str):
    got, _, warnings = changes_of(body, lang)
    assert warnings == [], warnings
    return [(a.target_unit, a.operation, a.text) for a in got]


CHANGES = {
    "paragraphs of a point deleted by a range with a dash": [
        ("kk", '      6-тармақтың екінші – төртінші абзацтары алып тасталсын;',
         [("6-тармақ, екінші – төртінші абзацтар", "delete", None)]),
        ("ru", '      абзацы второй – четвертый пункта 6 исключить;',
         [("абзацы второй – четвертый пункта 6", "delete", None)]),
    ],
    "paragraphs of a point deleted by a range in words": [
        ("kk", '      6-тармақтың екіншіден бастап төртіншіге дейінгі абзацтары алып тасталсын;',
         [("6-тармақ, екіншіден бастап төртіншіге дейінгі абзацтар", "delete", None)]),
        ("ru", '      абзацы со второго по четвертый пункта 6 исключить;',
         [("абзацы со второго по четвертый пункта 6", "delete", None)]),
    ],
    "a range of paragraphs under a context line": [
        ("kk", '      11-тармақта:\n'
               '      үшінші–бесінші абзацтар алып тасталсын;',
         [("11-тармақ, үшінші–бесінші абзацтар", "delete", None)]),
        ("ru", '      в пункте 11:\n'
               '      абзацы третий–пятый исключить;',
         [("абзацы третий–пятый пункта 11", "delete", None)]),
    ],
    "a range of points deleted": [
        ("kk", '      21 – 23-тармақтар алып тасталсын;',
         [("21 – 23-тармақтар", "delete", None)]),
        ("ru", '      пункты 21–23 исключить;',
         [("пункты 21–23", "delete", None)]),
    ],
    "points restated in one formula and one pair of quotes stay one change": [
        ("kk", '      7 және 8-тармақтар мынадай редакцияда жазылсын:\n'
               '      "7. Өтінім бір күнде қаралады.\n'
               '      8. Шешім өтініш берушіге жіберіледі.";',
         [("7 және 8-тармақтар", "replace", "7. Өтінім бір күнде қаралады. 8. Шешім өтініш берушіге жіберіледі.")]),
        ("ru", '      пункты 7 и 8 изложить в следующей редакции:\n'
               '      "7. Заявка рассматривается в течение одного дня.\n'
               '      8. Решение направляется заявителю.";',
         [("пункты 7 и 8", "replace", "7. Заявка рассматривается в течение одного дня. 8. Решение направляется заявителю.")]),
    ],
}


@pytest.mark.parametrize("variation", CHANGES)
def test_changes(variation):
    for lang, body, expected in CHANGES[variation]:
        got = [(u, op, " ".join(t.split()) if t else t) for u, op, t in _changes(body, lang)]
        assert got == expected, lang


def test_a_hyphenated_number_is_no_range_and_a_number_after_the_sign_is_no_unit():
    assert units.write_unit("пункт 9-1", "ru", []) == "пункт 9-1"
    assert units.write_unit("9-1-тармақ", "kk", []) == "9-1-тармақ"
    assert units.write_unit("№ 40 – 3-тармақ", "kk", []) == "3-тармақ"


RU_REPEALS = """      3. Признать утратившими силу:
      1) приказ Министра здравоохранения Республики Казахстан от 5 мая 2021 года № 40·
"Об утверждении стандарта" (зарегистрирован в Реестре государственной регистрации·
нормативных правовых актов под № 22801);
      2) приказ Министра здравоохранения Республики Казахстан от 2 июня 2022 года № 75·
"О внесении изменения в приказ Министра здравоохранения Республики Казахстан от 5 мая·
2021 года № 40 "Об утверждении стандарта"" (зарегистрирован в Реестре государственной·
регистрации нормативных правовых актов под № 28410).
      4. Департаменту обеспечить:
      1) государственную регистрацию настоящего приказа (под № 35702);
"""

KK_REPEALS = """      3. Мыналардың күші жойылды деп танылсын:
      1) "Стандартты бекіту туралы" Қазақстан Республикасы Денсаулық сақтау министрінің·
2021 жылғы 5 мамырдағы № 40 бұйрығы (Нормативтік құқықтық актілерді мемлекеттік тіркеу·
тізілімінде № 22801 болып тіркелген);
      2) "Қазақстан Республикасы Денсаулық сақтау министрінің 2021 жылғы 5 мамырдағы № 40·
"Стандартты бекіту туралы" бұйрығына өзгеріс енгізу туралы" Қазақстан Республикасы·
Денсаулық сақтау министрінің 2022 жылғы 2 маусымдағы № 75 бұйрығы (Нормативтік құқықтық·
актілерді мемлекеттік тіркеу тізілімінде № 28410 болып тіркелген).
      4. Департамент мыналарды қамтамасыз етсін:
      1) осы бұйрықты мемлекеттік тіркеуді (№ 35702);
"""


@pytest.mark.parametrize("lang, order, repeals, deleted", [
    ("ru", RU_ORDER.replace("следующие изменения:\n{body}", "следующее изменение:\n      пункт 2 исключить."),
     RU_REPEALS, "пункт 2"),
    ("kk", KK_ORDER.replace("өзгерістер енгізілсін:\n{body}", "өзгеріс енгізілсін:\n      2-тармақ алып тасталсын."),
     KK_REPEALS, "2-тармақ"),
])
def test_a_paragraph_that_lists_the_acts_it_repeals(lang, order, repeals, deleted):
    text = order.rstrip("\n") + "\n" + repeals
    doc, _, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    got, _ = read_amendments(doc, read_header(doc), lexicon)
    assert [(a.target_doc, a.target_unit, a.operation) for a in got] == [
        ("V2300033518", deleted, "delete"),
        ("V2100022801", None, "repeal"), ("V2200028410", None, "repeal")]
