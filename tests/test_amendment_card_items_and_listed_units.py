"""Amending orders, in Kazakh and in Russian: the act's title and a paragraph changed by one formula,
an item added to a list of an occupation card's task, a whole card deleted, a repeal list item that
names paragraphs of another act's list, and a list of row numbers whose annex link the extraction
moved to the end of the line."""
from extractors.displaced_links import Evidence, fix_displaced_link
from extractors.vocabulary import vocabulary
from extractors.amendments import _repealed_act
from test_amendment_rows_and_notes import _changes

KK = ('      тақырыбы мен 1-тармағындағы "егде адамдар" деген сөздер "егде жастағы адамдар" деген сөздермен'
      ' ауыстырылсын;\n'
      '      кәсіптік стандартқа 1-қосымшада:\n'
      '      "Әлеуметтік қызметкер" кәсіп карточкасында:\n'
      '      1-еңбек функциясының 2-міндетінде "Дағдылар мен іскерліктер:" деген баған мынадай мазмұндағы'
      ' 4-тармақпен толықтырылсын:\n'
      '      "4. Жеке жоспарды келісу.";\n'
      '      "Көмекші" кәсіп карточкасы алып тасталсын;')
RU = ('      в заголовке и пункте 1 слова "пожилых людей" заменить словами "лиц пожилого возраста";\n'
      '      в приложении 1 к профессиональному стандарту:\n'
      '      в карточке профессии "Социальный работник":\n'
      '      в трудовой функции 1 "Помощь" в задаче 2 "Планирование" графу "Умения и навыки:" дополнить'
      ' пунктом 4 следующего содержания:\n'
      '      "4. Согласование плана.";\n'
      '      карточку профессии "Помощник" исключить;')


def test_title_and_paragraph_in_one_formula_and_changes_inside_cards():
    """Units each named alone in one formula are one change, as printed; a path through a card is
    written from the annex in, an item added to a task's list inside the column the card labels."""
    annex, card = "кәсіптік стандартқа 1-қосымша", '"Әлеуметтік қызметкер" кәсіп карточкасы'
    assert _changes(KK, "kk") == [
        ("тақырып мен 1-тармақ", "amend", "егде жастағы адамдар"),
        (f"{annex}, {card}, 1-еңбек функциясы, 2-міндет, Дағдылар мен іскерліктер, 4-тармақ", "insert",
         "4. Жеке жоспарды келісу."),
        (f'{annex}, "Көмекші" кәсіп карточкасы', "delete", None)]
    annex, card = "приложение 1 к профессиональному стандарту", 'карточка профессии "Социальный работник"'
    assert _changes(RU, "ru") == [
        ("заголовок и пункт 1", "amend", "лиц пожилого возраста"),
        (f"{annex}, {card}, трудовая функция 1, задача 2, Умения и навыки, пункт 4", "insert",
         "4. Согласование плана."),
        (f'{annex}, карточка профессии "Помощник"', "delete", None)]


def test_units_of_different_paths_are_still_one_change_each():
    assert _changes('      в абзаце втором пункта 2 и пункте 7 слова "года" исключить;', "ru") == [
        ("абзац второй пункта 2", "amend", None), ("пункт 7", "amend", None)]


def test_a_list_of_row_numbers_keeps_its_numbers_when_the_annex_link_went_back():
    """`нөмірлері 3,` waits for the list's next number: the link glued after the list (`…5-жолдар1-қосымшада`)
    goes back into the hole alone, not the list's last numbers with it."""
    kk = "Нормативтерге  реттік нөмірлері 2, 6 және 7-жолдар1-қосымшада"
    got, _, moved = fix_displaced_link(kk, 6, 6, 0, vocabulary("kk"), Evidence())
    assert moved and got == "Нормативтерге 1-қосымшада реттік нөмірлері 2, 6 және 7-жолдар"


def test_a_repeal_list_item_that_names_paragraphs_of_another_acts_list():
    ru = ('2) пункты 4 и 5 Перечня приказов, в которые вносятся изменения, утвержденного приказом Министра '
          'труда от 3 марта 2021 года № 55 (зарегистрирован в Реестре государственной регистрации '
          'нормативных правовых актов под № 22301).')
    assert _repealed_act(ru, "ru") == ("V2100022301", "пункты 4 и 5")
    whole = ('1) приказ Министра труда от 3 марта 2021 года № 55 "Об утверждении правил" (зарегистрирован в '
             'Реестре государственной регистрации нормативных правовых актов под № 22301);')
    assert _repealed_act(whole, "ru") == ("V2100022301", None)
