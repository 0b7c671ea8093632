"""More wordings of amending orders, in Kazakh and in Russian: an order that amends two acts from
an annexed list, registration of the amended act in other formulas, changes numbered `1)`, a title,
a unit inside the unit a context line names, a subparagraph added to a paragraph."""
from test_amendments import changes_of

RU_LIST = """
      1) в приказ Министра здравоохранения Республики Казахстан от 1 марта 2020 года № 12 «Об·
утверждении правил» (зарегистрирован в Реестре государственной регистрации нормативных правовых·
актов под № 20123, опубликован в Эталонном контрольном банке нормативных правовых актов·
Республики Казахстан в электронном виде 9 марта 2020 года):
      пункт 2 исключить;
      2) в приказ Министра здравоохранения Республики Казахстан от 5 мая 2021 года № 40 «Об·
утверждении стандарта» (зарегистрированный в Реестре государственной регистрации нормативных·
правовых актов за № 22801):
      пункт 6 исключить;"""

KK_LIST = """
      1) "Қағидаларды бекіту туралы" Қазақстан Республикасы Денсаулық сақтау министрінің 2020 жылғы·
1 наурыздағы № 12 бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде·
№ 20123 болып тіркелген, "Әділет" ақпараттық-құқықтық жүйесінде 2020 жылғы 9 наурызда жарияланған):
      2-тармақ алып тасталсын;
      2) "Стандартты бекіту туралы" Қазақстан Республикасы Денсаулық сақтау министрінің 2021 жылғы·
5 мамырдағы № 40 бұйрығына (Қазақстан Республикасының Әділет министрлігінде 2021 жылғы·
7 мамырда № 22801 болып тіркелген):
      6-тармақ алып тасталсын;"""


def test_each_act_of_a_list_is_named_by_its_registration_in_either_formula():
    for body, lang, units in ((RU_LIST, "ru", ("пункт 2", "пункт 6")), (KK_LIST, "kk", ("2-тармақ", "6-тармақ"))):
        got, _, warnings = changes_of(body, lang)
        assert [(a.target_doc, a.target_unit, a.operation) for a in got] == [
            ("V2000020123", units[0], "delete"), ("V2100022801", units[1], "delete")], lang
        assert warnings == []


def test_a_title_changed_by_a_numbered_instruction():
    kk = '      1) тақырыбы мынадай редакцияда жазылсын:\n      "Жаңа атауы";\n      2) 3-тармақ алып тасталсын;'
    ru = ('      1) в заголовке слова «центров поддержки» заменить словами «центров поддержки семьи»;\n'
          '      2) пункт 3 исключить;')
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(kk, "kk")[0]] == [
        ("тақырыбы", "replace", "Жаңа атауы"), ("3-тармақ", "delete", None)]
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(ru, "ru")[0]] == [
        ("заголовок", "amend", "центров поддержки семьи"), ("пункт 3", "delete", None)]


def test_changes_under_a_context_line_take_its_unit():
    ru = ('      1) в пункте 3:\n      подпункт 2) изложить в следующей редакции:\n      «2) текст;»;\n'
          '      подпункт 5) исключить;\n      2) пункт 4 исключить;')
    kk = ('      1) 6-тармақта:\n      2) тармақша мынадай редакцияда жазылсын:\n      "2) мәтін;";\n'
          '      мынадай мазмұндағы 2-1) тармақшамен толықтырылсын:\n      "2-1) мәтін;";\n'
          '      2) 7-тармақ алып тасталсын;')
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(ru, "ru")[0]] == [
        ("подпункт 2) пункта 3", "replace", "2) текст;"), ("подпункт 5) пункта 3", "delete", None),
        ("пункт 4", "delete", None)]
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(kk, "kk")[0]] == [
        ("6-тармақ, 2) тармақша", "replace", "2) мәтін;"), ("6-тармақ, 2-1) тармақша", "insert", "2-1) мәтін;"),
        ("7-тармақ", "delete", None)]


def test_a_unit_read_under_a_context_is_written_as_printed_in_one_phrase():
    # `в пункте 3:` / `абзац второй …` is the unit `абзац второй пункта 3` prints, whichever way it is read
    ru = ('      в пункте 3:\n      абзац второй изложить в следующей редакции:\n      «текст»;\n'
          '      в главе 2:\n      заголовок параграфа 1 изложить в следующей редакции:\n      «Параграф 1. Текст»;\n'
          '      в абзаце втором пункта 3:\n      слово «всех» исключить;')
    got = [a.target_unit for a in changes_of(ru, "ru")[0]]
    assert got == ["абзац второй пункта 3", "параграф 1 главы 2, заголовок", "абзац второй пункта 3"]


def test_a_subparagraph_added_to_a_paragraph():
    ru = '      2) пункт 5 дополнить подпунктом 4) следующего содержания:\n      «4) текст;»;'
    kk = '      5) 10-тармақ мынадай мазмұндағы 4) тармақшамен толықтырылсын:\n      "4) мәтін;";'
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(ru, "ru")[0]] == [
        ("подпункт 4) пункта 5", "insert", "4) текст;")]
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(kk, "kk")[0]] == [
        ("10-тармақ, 4) тармақша", "insert", "4) мәтін;")]


def test_words_deleted_inside_a_unit_and_an_annex_replaced():
    ru = ('      3) в абзаце втором пункта 7 слово «социальной» исключить;\n'
          '      4) приложение 2 к указанному приказу изложить в новой редакции согласно приложению к настоящему·\n'
          'перечню.')
    kk = ('      4) 8-тармақтың үшінші абзацындағы "әлеуметтік" деген сөз алып тасталсын;\n'
          '      5) 12-тармақтағы ", тәрбиешілер" деген сөз алып тасталсын;\n'
          '      6) көрсетілген бұйрықтың 2-қосымшасы осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын.')
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(ru, "ru")[0]] == [
        ("абзац второй пункта 7", "amend", None), ("приложение 2", "replace", None)]
    assert [(a.target_unit, a.operation, a.text) for a in changes_of(kk, "kk")[0]] == [
        ("8-тармақ, үшінші абзац", "amend", None), ("12-тармақ", "amend", None), ("2-қосымша", "replace", None)]
