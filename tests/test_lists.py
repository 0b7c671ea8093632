"""Cell text -> items, the way the act numbers them."""
from extractors.lists import Acc, split_items


def acc_of(*lines: str) -> Acc:
    """An accumulated cell: each argument is a printed line that starts at a word boundary."""
    acc = Acc()
    for k, ln in enumerate(lines):
        acc.add(ln, [0], [(0, k + 1)], " ")
    return acc


def items(*lines):
    return [i.text for i in split_items(acc_of(*lines))]


def test_numbered_items_run_to_the_next_number_and_may_hold_semicolons():
    assert items("1. Қызмет көрсету аймағында тұратын", "жалғызілікті қарттарды; қызмет көрсету аймағында",
                 "тұратын мүгедек балаларды анықтайды;", "2. Тамақ дайындауға көмек көрсету.") == [
        "Қызмет көрсету аймағында тұратын жалғызілікті қарттарды; қызмет көрсету аймағында тұратын мүгедек балаларды анықтайды",
        "Тамақ дайындауға көмек көрсету"]


def test_unnumbered_run_is_split_at_semicolons_even_mid_line():
    assert items("ұйымның бейінін, мамандануын және ерекшеліктерін; шаруашылық", "инфрақұрылымын;",
                 "демографиялық ахуалын;") == [
        "ұйымның бейінін, мамандануын және ерекшеліктерін", "шаруашылық инфрақұрылымын", "демографиялық ахуалын"]


def test_unnumbered_items_after_the_last_number_are_items():
    assert items("8. Жұмысқа талдау жүргізеді.", "9. Тілдер туралы заң;", "әлеуметтік жұмыс теориясы;",
                 "психология негіздері; этика негіздері.") == [
        "Жұмысқа талдау жүргізеді", "Тілдер туралы заң", "әлеуметтік жұмыс теориясы", "психология негіздері",
        "этика негіздері"]


def test_lead_in_and_sub_items_are_items_of_their_own():
    assert items("1. Жарақат кезінде көмек көрсету.", "2. Дәрігерге дейінгі көмек көрсету кезінде келесі",
                 "дағдыларды меңгеру қажет:", "1) факторлардың әсерін жою;", "2) зардап шегушіні жеткізу.") == [
        "Жарақат кезінде көмек көрсету", "Дәрігерге дейінгі көмек көрсету кезінде келесі дағдыларды меңгеру қажет:",
        "факторлардың әсерін жою", "зардап шегушіні жеткізу"]


def test_a_lower_case_continuation_stays_in_its_item():
    assert items("3. Көрсетілетін қызметтердің сапасы мен түрлерін талдау.", "олардың даму перспективаларын болжау.",
                 "4. Ұсыныстар әзірлеу.") == [
        "Көрсетілетін қызметтердің сапасы мен түрлерін талдау. олардың даму перспективаларын болжау",
        "Ұсыныстар әзірлеу"]


def test_an_unnumbered_sentence_under_a_numbered_item_is_an_item():
    assert items("1. Әлеуметтік көмек көрсету қағидалары.", "Қорғаншылықты ресімдеу тәртібін реттейтін актілер.",
                 "2. Жәрдемақылардың түрлері.") == [
        "Әлеуметтік көмек көрсету қағидалары", "Қорғаншылықты ресімдеу тәртібін реттейтін актілер",
        "Жәрдемақылардың түрлері"]


def test_number_in_mid_line_when_it_is_the_next_one():
    assert items("6. Іс-шаралар жоспарын әзірлеу 7. Пациенттің дамуын бақылау.", "8. Бағалау.") == [
        "Іс-шаралар жоспарын әзірлеу", "Пациенттің дамуын бақылау", "Бағалау"]


def test_an_abbreviation_does_not_end_an_item():
    assert items("4. Бос уақытын ұйымдастырады (ойындар, кітап оқу және т.", "б.);") == [
        "Бос уақытын ұйымдастырады (ойындар, кітап оқу және т. б.)"]


def test_russian_lists():
    assert items("1. Конституция Республики Казахстан;", "2. Трудовой кодекс Республики Казахстан;",
                 "основы трудового законодательства; правила пожарной безопасности.") == [
        "Конституция Республики Казахстан", "Трудовой кодекс Республики Казахстан",
        "основы трудового законодательства", "правила пожарной безопасности"]


def test_items_keep_their_raw_lines():
    out = split_items(acc_of("1. Бірінші", "жалғасы.", "2. Екінші."))
    assert [(i.text, i.lines) for i in out] == [("Бірінші жалғасы", (1, 2)), ("Екінші", (3, 3))]


def test_a_number_alone_on_its_line_does_not_end_its_item():
    """`3.` printed on a line of its own in a narrow column: the period is the number's, so a
    capitalised word later in the item (`Конституции`) starts no new item."""
    assert items("1. Основы проведения качества.", "2. Порядок санитарных норм.", "3.", "Отделения",
                 "гигиенических", "правил", "Конституции", "руководство этики.") == [
        "Основы проведения качества", "Порядок санитарных норм",
        "Отделения гигиенических правил Конституции руководство этики"]
    assert items("1.", "Өрт", "қауіпсіздігі", "Қағидаларын;", "2.", "Қазақстан Республикасының", "Еңбек кодексін.") == [
        "Өрт қауіпсіздігі Қағидаларын", "Қазақстан Республикасының Еңбек кодексін"]


def test_a_short_line_without_its_separator_before_a_capital_ends_an_item():
    # the list's own separator was lost at the end of a short line: the capital opens the next item
    assert items("Құжаттармен жұмыс істеу дағдысы;", "Ұйымдастыру", "Клиентпен қарым-қатынас орнату дағдысы;") == [
        "Құжаттармен жұмыс істеу дағдысы", "Ұйымдастыру", "Клиентпен қарым-қатынас орнату дағдысы"]


def test_an_unnumbered_lead_in_keeps_its_colon_and_the_lines_under_it_are_items():
    assert items("Негізгі білім:", "заңнама негіздері;", "әдістемелер.") == [
        "Негізгі білім:", "заңнама негіздері", "әдістемелер"]


def test_after_the_last_numbered_item_a_semicolon_cuts_only_at_a_line_end():
    assert items("1. Бірінші; жалғасы;", "келесі элемент;") == ["Бірінші; жалғасы", "келесі элемент"]


def test_an_accumulated_text_reads_as_its_pieces_joined():
    """A cell's pieces are kept apart until the text is read (a paragraph of many lines is not
    copied once per line); what is read, its line starts and provenance are those of the pieces
    joined, and it survives a copy to another process."""
    import pickle

    acc = Acc()
    acc.add("Білім", [0], [(0, 10)])
    acc.add("және дағдылар", [0], [(0, 11)], "\n")
    acc.add("", [0], [(0, 12)])  # nothing to add
    acc.add("талаптары", [0, 5], [(0, 13)], " ")
    assert acc.text == "Білім\nжәне дағдылар талаптары"
    assert acc.starts == [0, 20, 25] and acc.marks == [(0, 10), (6, 11), (20, 13)]
    assert acc.span(6, 19) == (11, 11)
    assert pickle.loads(pickle.dumps(acc)) == acc
    assert Acc("x", [0], [(0, 1)]).text == "x" and Acc().empty


def test_a_bulleted_list_has_an_item_at_every_bullet():
    assert items("- Құжаттарды сипаттау. Жалпы", "талаптар;", "- Жазбалар жасау;", "• Шолулар құрастыру.") == [
        "Құжаттарды сипаттау. Жалпы талаптар", "Жазбалар жасау", "Шолулар құрастыру"]


def test_a_dash_opening_a_line_of_a_numbered_list_is_a_wrapped_dash():
    assert items("1. Работа с детьми", "– свидетелями насилия;", "2. Учет.") == [
        "Работа с детьми – свидетелями насилия", "Учет"]


def test_a_short_line_that_cannot_end_an_item_loses_no_separator():
    # with the language's vocabulary: a name's first word (`Қазақстан` / `Республикасының`, a
    # genitive) or a word that needs the next goes on into the capitalised line after it
    from extractors.vocabulary import vocabulary
    kk = [i.text for i in split_items(acc_of("Қазақстан", "Республикасының Конституциясы; Әлеуметтік кодекс;",
                                             "мүгедектігі бар адамдарды оңалту негіздері."), vocabulary("kk"))]
    assert kk == ["Қазақстан Республикасының Конституциясы", "Әлеуметтік кодекс",
                  "мүгедектігі бар адамдарды оңалту негіздері"]
    ru = [i.text for i in split_items(acc_of("Конституция", "Республики Казахстан; Социальный кодекс;",
                                             "основы реабилитации лиц с инвалидностью."), vocabulary("ru"))]
    assert ru[0] == "Конституция Республики Казахстан"
    # a short line ending a word that can end an item still loses its separator
    assert [i.text for i in split_items(acc_of("Эмпатия", "Тактичность; коммуникабельность и ответственность;",
                                               "внимательность к деталям и точность."), vocabulary("ru"))][0] == "Эмпатия"
