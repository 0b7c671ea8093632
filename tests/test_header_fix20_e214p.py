"""A title a PDF prints right under the act line and its registration, with no gap before it, so
that it lands in the act line's own block (the text version prints a blank line there, and the
title is the next block):

- the lines after the registration's are the title where they have a title's shape, in both
  languages, up to a note, a point or the preamble that opens the act's body;
- where the registration's own line goes on (a repeal printed after it), or the lines under it
  have no title's shape (a preamble), no title is read there.
"""
import pytest

from extractors.header import read_header
from conftest import doc_from_text

KK_TITLE_UNDER = """
Қазақстан Республикасы Денсаулық сақтау министрінің 2027 жылғы 3 ақпандағы № 112·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2027 жылғы 9 ақпанда № 48810·
болып тіркелді·
«Зертханалық диагностика» кәсіптік·
стандартын бекіту туралы

      ЗҚАИ-ның ескертпесі!
      Бұйрықтың қолданысқа енгізілу тәртібін 4-т. қараңыз.
"""

RU_TITLE_UNDER = """
Приказ Министра здравоохранения Республики Казахстан от 3 февраля 2027 года № 112.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2027 года № 48810·
Об утверждении профессионального стандарта·
«Лабораторная диагностика»

      Примечание ИЗПИ!
      Порядок введения в действие приказа см. п. 4.
"""

# no gap before the note either: the note ends the title
RU_TITLE_THEN_NOTE = """
Приказ Министра здравоохранения Республики Казахстан от 3 февраля 2027 года № 112.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2027 года № 48810·
Об утверждении профессионального стандарта «Лабораторная диагностика»·
Примечание ИЗПИ!·
Порядок введения в действие приказа см. п. 4.
"""

# no gap before the preamble: its opening words end the title
RU_TITLE_THEN_PREAMBLE = """
Приказ Министра здравоохранения Республики Казахстан от 3 февраля 2027 года № 112.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2027 года № 48810·
Об утверждении профессионального стандарта «Лабораторная диагностика»·
В соответствии с подпунктом 16) статьи 5 Трудового кодекса·
Республики Казахстан ПРИКАЗЫВАЮ:
"""

KK_PREAMBLE_UNDER = """
Қазақстан Республикасы Денсаулық сақтау министрінің 2027 жылғы 3 ақпандағы № 112·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2027 жылғы 9 ақпанда № 48810·
болып тіркелді·
Қазақстан Республикасы Еңбек кодексінің 5-бабына сәйкес БҰЙЫРАМЫН:
"""

RU_REPEAL_ON_ITS_LINE = """
Приказ Министра здравоохранения Республики Казахстан от 3 февраля 2027 года № 112.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2027 года № 48810. Утратил·
силу приказом Министра здравоохранения Республики Казахстан от 1 марта 2028 года № 40·
Об утверждении профессионального стандарта «Лабораторная диагностика»
"""


def header(text, lang):
    doc, _, _ = doc_from_text(text.replace("·\n", " \n"), lang)
    return read_header(doc)


@pytest.mark.parametrize("text,lang,title", [
    (KK_TITLE_UNDER, "kk", "«Зертханалық диагностика» кәсіптік стандартын бекіту туралы"),
    (RU_TITLE_UNDER, "ru", "Об утверждении профессионального стандарта «Лабораторная диагностика»"),
    (RU_TITLE_THEN_NOTE, "ru", "Об утверждении профессионального стандарта «Лабораторная диагностика»"),
    (RU_TITLE_THEN_PREAMBLE, "ru", "Об утверждении профессионального стандарта «Лабораторная диагностика»"),
])
def test_a_title_printed_under_the_registration_in_its_block(text, lang, title):
    h = header(text, lang)
    assert (h.title, h.act_number, h.registration_number, h.doc_id) == (title, "112", "48810", "V2700048810")
    assert h.issuer.endswith(("Денсаулық сақтау министрі", "Министр здравоохранения Республики Казахстан"))


@pytest.mark.parametrize("text,lang", [(KK_PREAMBLE_UNDER, "kk"), (RU_REPEAL_ON_ITS_LINE, "ru")])
def test_a_preamble_or_a_repeal_under_the_registration_is_no_title(text, lang):
    h = header(text, lang)
    assert (h.title, h.act_number, h.registration_number) == (None, "112", "48810")
    assert h.status == ("repealed" if text is RU_REPEAL_ON_ITS_LINE else "in_force")
