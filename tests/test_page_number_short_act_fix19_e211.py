"""A short act has one or two numbered pages, too few for page numbers to be told from values by
their rise (`2, 3, 4, …`). There a lone number at a page break, in a block of its own, is the
page's number where the sentence around it goes on over the break: the line before ends no
sentence and the line after goes on in lower case. It is dropped, and the sentence reads whole:
an item of a repeal list cut by it is still one item naming its act. A lone number that ends
its label's line, or is followed by a line that opens with a capital, is a value and stays."""
import pytest

from extractors.amendments import read_amendments
from extractors.header import read_header
from extractors.repair import remove_page_furniture, split_lines
from conftest import doc_from_text


@pytest.mark.parametrize("raw", [
    ["Маман білім беру ұйымында жұмыс", "істейді және есепті", "", "2", "", "", "жыл сайын тапсырады."],
    ["Специалист проводит занятия", "по утвержденному", "", "2", "", "", "расписанию и ведет журнал."],
])
def test_one_numbered_page_in_a_sentence_is_furniture(raw):
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert "2" not in texts
    assert texts[-1].endswith(("тапсырады.", "журнал."))


def test_two_numbered_pages_of_a_three_page_act_are_furniture():
    raw = ["Специалист составляет план", "", "2", "", "", "работы на год и согласует",
           "", "3", "", "", "его с руководителем."]
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert texts == ["Специалист составляет план", "работы на год и согласует", "его с руководителем."]


@pytest.mark.parametrize("raw", [
    ["Біліктілік деңгейі:", "", "2", "", "", "жұмыс өтілі талап етілмейді"],  # the label's line ends
    ["Уровень квалификации", "", "2", "", "", "Стаж работы не требуется"],  # a capital opens the next
    ["Уровень квалификации по отраслевой рамке", "2", "", "", "стаж работы не требуется"],  # not alone
])
def test_a_lone_value_at_a_page_break_stays(raw):
    assert "2" in [ln.text for ln in remove_page_furniture(split_lines(raw))]


RU_ORDER = """
О признании утратившими силу некоторых приказов Министра здравоохранения

Приказ Министра здравоохранения Республики Казахстан от 10 апреля 2025 года № 57.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 14 апреля 2025 года № 35902.
      В соответствии с пунктом 2 статьи 27 Закона Республики Казахстан "О правовых·
актах" ПРИКАЗЫВАЮ:
      1. Признать утратившими силу:
      1) приказ Министра здравоохранения Республики Казахстан от 2 июня 2018 года № 301·
"Об утверждении правил оказания помощи" (зарегистрирован в Реестре государственной·
регистрации нормативных правовых актов под № 17104);
      2) приказ Министра здравоохранения Республики Казахстан от 8 октября 2020 года·
№ 512 "О внесении изменений в приказ Министра здравоохранения Республики Казахстан·
от 2 июня 2018 года № 301 "Об утверждении правил оказания

2


помощи"" (зарегистрирован в Реестре государственной регистрации нормативных·
правовых актов под № 21466).
      2. Настоящий приказ вводится в действие со дня его первого официального опубликования.
"""

KK_ORDER = """
Денсаулық сақтау министрінің кейбір бұйрықтарының күші жойылды деп тану туралы

Қазақстан Республикасы Денсаулық сақтау министрінің 2025 жылғы 10 сәуірдегі № 57·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 14 сәуірде·
№ 35902 болып тіркелді.
      "Құқықтық актілер туралы" Қазақстан Республикасы Заңының 27-бабының 2-тармағына·
сәйкес БҰЙЫРАМЫН:
      1. Мыналардың күші жойылды деп танылсын:
      1) "Көмек көрсету қағидаларын бекіту туралы" Қазақстан Республикасы Денсаулық·
сақтау министрінің 2018 жылғы 2 маусымдағы № 301 бұйрығы (Нормативтік құқықтық·
актілерді мемлекеттік тіркеу тізілімінде № 17104 болып тіркелген);
      2) "Қазақстан Республикасы Денсаулық сақтау министрінің 2018 жылғы 2 маусымдағы·
№ 301 бұйрығына өзгерістер енгізу туралы" Қазақстан Республикасы Денсаулық сақтау·
министрінің 2020 жылғы 8 қазандағы № 512 бұйрығы (Нормативтік құқықтық актілерді

2


мемлекеттік тіркеу тізілімінде № 21466 болып тіркелген).
      2. Осы бұйрық алғашқы ресми жарияланған күнінен бастап қолданысқа енгізіледі.
"""


@pytest.mark.parametrize("lang, order", [("ru", RU_ORDER), ("kk", KK_ORDER)])
def test_a_repeal_item_cut_by_a_lone_page_number_is_read_whole(lang, order):
    doc, _, lexicon = doc_from_text(order.replace("·\n", " \n"), lang)
    got, _ = read_amendments(doc, read_header(doc), lexicon)
    assert [(a.target_doc, a.target_unit, a.operation) for a in got] == [
        ("V1800017104", None, "repeal"), ("V2000021466", None, "repeal")]
