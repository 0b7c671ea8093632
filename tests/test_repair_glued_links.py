"""Hyperlinks the extraction appended glued to each other, or to a line that ends in a space."""
import pytest

from extractors.repair import repair_lines


# ---------------------------------------------------------------- links glued to each other

@pytest.mark.parametrize("raw,lang,expected", [
    # two links appended glued (`ЗаконЗакон`) to the line's last word: one hole each (the first
    # opened the line, its indent one space too deep)
    (["      3. Закон Республики Казахстан \"О браке\";",
      " Республики Казахстан \"О профилактике\";  РеспубликиЗаконЗакон",
      "Казахстан \"О правах ребенка\"."], "ru",
     ["3. Закон Республики Казахстан \"О браке\";",
      "Закон Республики Казахстан \"О профилактике\"; Закон Республики",
      "Казахстан \"О правах ребенка\"."]),
    # the last of two glued links was the line's last word: it goes back to the line's end, where
    # no gap shows its hole; the names of the catalogue's acts say which goes where. A space after
    # glued links is no sign the line is whole.
    (["      \"9. Должен знать:  Республики Казахстан; Социальный Конституциюкодекс ",
      "Республики Казахстан.\"."], "ru",
     ["\"9. Должен знать: Конституцию Республики Казахстан; Социальный кодекс",
      "Республики Казахстан.\"."]),
    (["      \"4. Білуге тиіс: Қазақстан Республикасының  және Еңбек Конституциясынкодексін ",
      "қағидаларын.\"."], "kk",
     ["\"4. Білуге тиіс: Қазақстан Республикасының Конституциясын және Еңбек кодексін",
      "қағидаларын.\"."]),
])
def test_links_glued_to_each_other_go_back_one_by_one(raw, lang, expected):
    assert [ln.text for ln in repair_lines(raw, lang)] == expected


@pytest.mark.parametrize("raw,lang,expected", [
    # a line with a trailing space whose moved link is glued to its last word: put back
    (["      1. В  Министра здравоохранения Республики Казахстанприказ ",
      "от 5 мая 2021 года № 40 изложить."], "ru",
     ["1. В приказ Министра здравоохранения Республики Казахстан", "от 5 мая 2021 года № 40 изложить."]),
    (["      1. Министрдің 2022 жылғы 18 сәуірдегі № 131",
      " (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 27702бұйрығына ",
      "болып тіркелген) мынадай өзгерістер енгізілсін:"], "kk",
     ["1. Министрдің 2022 жылғы 18 сәуірдегі № 131",
      "бұйрығына (Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 27702",
      "болып тіркелген) мынадай өзгерістер енгізілсін:"]),
    (["      7) көрсетілген бұйрықтың  осы бұйрыққа қосымшаға сәйкес жаңа2-қосымшасы ",
      "редакцияда жазылсын."], "kk",
     ["7) көрсетілген бұйрықтың 2-қосымшасы осы бұйрыққа қосымшаға сәйкес жаңа", "редакцияда жазылсын."]),
])
def test_a_glued_link_goes_back_from_a_line_with_trailing_spaces(raw, lang, expected):
    assert [ln.text for ln in repair_lines(raw, lang)] == expected


@pytest.mark.parametrize("raw,lang,expected", [
    # a link holding a list number (`подпункте 3) пункта 9`) glued after a closing quote that
    # follows a number (`«15»;подпункте`): all of it goes back, not only its last words
    (["      3) в  цифры «30» заменить цифрами «15»;подпункте 3) пункта 9"], "ru",
     ["3) в подпункте 3) пункта 9 цифры «30» заменить цифрами «15»;"]),
    # (guard: glued after a word, as the Kazakh formula prints it, this was read before)
    (["      3)  \"30\" деген цифрлар \"15\" деген цифрлармен ауыстырылсын;9-тармақтың 3) тармақшасында"], "kk",
     ["3) 9-тармақтың 3) тармақшасында \"30\" деген цифрлар \"15\" деген цифрлармен ауыстырылсын;"]),
])
def test_a_link_glued_after_a_quoted_number_goes_back_whole(raw, lang, expected):
    assert [ln.text for ln in repair_lines(raw, lang)] == expected
