"""Further wordings of amending orders, in Kazakh and in Russian: two changes in one sentence, a
change to one language's text only, a new annex printed as an annex of the order, a new chapter that
holds a must-know list, a point of another act repealed, and a repealed act whose title quotes the
act it once amended."""
from extractors.amendments import read_amendments
from extractors.header import read_header
from test_amendments import KK_ORDER, RU_ORDER, changes_of
from conftest import doc_from_text


def _changes(body: str, lang: str):
    got, lists, warnings = changes_of(body, lang)
    assert warnings == [], warnings
    return [(a.target_unit, a.operation, a.text) for a in got], lists


def test_two_changes_in_one_sentence_change_the_same_unit():
    kk = ('      3-тармақтағы "әлеуметтік көмек" деген сөздер "атаулы әлеуметтік көмек" деген·\n'
          'сөздермен ауыстырылсын, "және қолдау" деген сөздер алып тасталсын;\n'
          '      5-тармақ алып тасталсын;')
    ru = ('      1) в пункте 2 слова «один раз в год» заменить словами «два раза в год», слова·\n'
          '«в письменной форме» исключить;\n      2) пункт 5 исключить;')
    assert _changes(kk, "kk")[0] == [("3-тармақ", "amend", "атаулы әлеуметтік көмек"), ("3-тармақ", "amend", None),
                                     ("5-тармақ", "delete", None)]
    assert _changes(ru, "ru")[0] == [("пункт 2", "amend", "два раза в год"), ("пункт 2", "amend", None),
                                     ("пункт 5", "delete", None)]


def test_a_comma_inside_quoted_words_does_not_split_a_change():
    ru = '      в пункте 2 слова «врач, фельдшер» заменить словами «медицинский работник»;'
    kk = '      4-тармақтағы "дәрігер, фельдшер" деген сөздер "медицина қызметкері" деген сөздермен ауыстырылсын;'
    assert _changes(ru, "ru")[0] == [("пункт 2", "amend", "медицинский работник")]
    assert _changes(kk, "kk")[0] == [("4-тармақ", "amend", "медицина қызметкері")]


def test_a_change_to_the_other_language_text_only():
    kk = ('      8-тармаққа орыс тілінде өзгеріс енгізіледі, қазақ тіліндегі мәтін өзгермейді;\n'
          '      9-тармақ алып тасталсын;')
    ru = ('      1) пункт 6 на казахском языке изложить в следующей редакции:\n'
          '      «6. Комиссия құрамы бес адамнан тұрады.»,\n'
          '      текст на русском языке не меняется;\n'
          '      2) в пункте 7 изменение вносится на казахском языке, текст на русском языке не меняется;')
    assert _changes(kk, "kk")[0] == [("8-тармақ", "amend", None), ("9-тармақ", "delete", None)]
    assert _changes(ru, "ru")[0] == [("пункт 6", "replace", "6. Комиссия құрамы бес адамнан тұрады."),
                                     ("пункт 7", "amend", None)]


def test_a_new_annex_printed_as_an_annex_of_the_order():
    ru = '      дополнить приложением 4 согласно приложению 2 к настоящему приказу.'
    kk = '      осы бұйрыққа 2-қосымшаға сәйкес 4-қосымшамен толықтырылсын.'
    assert _changes(ru, "ru")[0] == [("приложение 4", "insert", None)]
    assert _changes(kk, "kk")[0] == [("4-қосымша", "insert", None)]


def test_a_must_know_list_inside_a_new_chapter():
    kk = ('      мынадай мазмұндағы 2-1-тараумен толықтырылсын:\n'
          '      "2-1-тарау. Аға маман\n'
          '      9-1. Лауазымдық міндеттері: өтініштерді қарайды.\n'
          '      9-2. Білуге тиіс:\n'
          '      Қазақстан Республикасының Конституциясын;\n'
          '      іс жүргізу қағидаларын.\n'
          '      9-3. Біліктілікке қойылатын талаптар: жоғары білім.".')
    ru = ('      дополнить главой 2-1 следующего содержания:\n'
          '      «Глава 2-1. Старший специалист\n'
          '      9-1. Должностные обязанности: рассматривает обращения.\n'
          '      9-2. Должен знать:\n'
          '      Конституцию Республики Казахстан;\n'
          '      правила делопроизводства.\n'
          '      9-3. Требования к квалификации: высшее образование.».')
    for body, lang, unit, want in ((kk, "kk", "2-1-тарау", ["Қазақстан Республикасының Конституциясын",
                                                           "іс жүргізу қағидаларын"]),
                                   (ru, "ru", "глава 2-1", ["Конституцию Республики Казахстан",
                                                           "правила делопроизводства"])):
        got, lists = _changes(body, lang)
        assert [(u, op) for u, op, _ in got] == [(unit, "insert")]
        assert [(kl.target_doc, kl.target_unit, [i.text for i in kl.items]) for kl in lists] == [
            ("V2300033518", "9-2", want)]


def _order_with_paragraph_2(order: str, intro_end: str, paragraph_2: str, lang: str):
    text = order.replace(intro_end + "\n{body}", intro_end + "\n" + ("      пункт 2 исключить;" if lang == "ru"
                                                                    else "      2-тармақ алып тасталсын;"))
    closing = "      2. Настоящий приказ" if lang == "ru" else "      2. Осы бұйрық"
    text = text.replace(closing, paragraph_2 + "\n" + closing.replace("2.", "3."))
    doc, _, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    got, _ = read_amendments(doc, read_header(doc), lexicon)
    return [(a.target_doc, a.target_unit, a.operation) for a in got if a.operation == "repeal"]


def test_a_point_of_another_act_declared_invalid():
    kk = ('      2. "Кейбір бұйрықтарға өзгерістер енгізу туралы" Қазақстан Республикасы Денсаулық·\n'
          'сақтау министрінің 2022 жылғы 12 мамырдағы № 158 бұйрығының (Нормативтік құқықтық·\n'
          'актілерді мемлекеттік тіркеу тізілімінде № 28507 болып тіркелген) 3-тармағының·\n'
          'күші жойылды деп танылсын.')
    ru = ('      2. Признать утратившим силу пункт 3 приказа Министра здравоохранения Республики·\n'
          'Казахстан от 12 мая 2022 года № 158 «О внесении изменений в некоторые приказы»·\n'
          '(зарегистрирован в Реестре государственной регистрации нормативных правовых актов под № 28507).')
    assert _order_with_paragraph_2(KK_ORDER, "өзгерістер енгізілсін:", kk, "kk") == [("V2200028507", "3-тармақ", "repeal")]
    assert _order_with_paragraph_2(RU_ORDER, "следующие изменения:", ru, "ru") == [("V2200028507", "пункт 3", "repeal")]


def test_a_repealed_act_is_dated_by_its_own_line_not_by_the_act_its_title_quotes():
    ru = ('      2. Признать утратившим силу приказ Министра здравоохранения Республики Казахстан·\n'
          'от 14 марта 2023 года № 84 «О внесении изменения в приказ Министра здравоохранения Республики·\n'
          'Казахстан от 20 июня 2021 года № 228 «Об утверждении Правил»» (зарегистрирован в Реестре·\n'
          'государственной регистрации нормативных правовых актов под № 32110).')
    assert _order_with_paragraph_2(RU_ORDER, "следующие изменения:", ru, "ru") == [("V2300032110", None, "repeal")]
