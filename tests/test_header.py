"""The act's header: title, issuer, number, dates, registration, status, entry into force."""
import datetime as dt

from extractors.header import read_header
from conftest import doc_from_text

KK_HEADER = """
Әлеуметтік қорғау саласындағы кәсіптік стандартты бекіту туралы

Қазақстан Республикасы Премьер-Министрінің орынбасары - Еңбек және халықты·
әлеуметтік қорғау министрінің 2023 жылғы 29 маусымдағы № 262 бұйрығы. Қазақстан·
Республикасының Әділет министрлігінде 2023 жылғы 29 маусымда № 32943 болып·
тіркелді
      ЗҚАИ-ның ескертпесі!
      Осы бұйрық 01.07.2023 бастап қолданысқа енгізіледі
      БҰЙЫРАМЫН:
""".replace("·\n", " \n")

KK_REPEALED = """
Әлеуметтік жұмыскерлерге қойылатын біліктілік талаптарын бекіту туралы

Күшін жойған
Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің·
2018 жылғы 14 тамыздағы № 350 бұйрығы. Қазақстан Республикасының Әділет·
министрлігінде 2018 жылғы 18 қыркүйекте № 17383 болып тіркелді. Күші·
жойылды - Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау·
министрінің 2023 жылғы 5 маусымдағы № 201 бұйрығымен.
      4. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік·
жиырма бір күн өткен соң қолданысқа енгізіледі.
""".replace("·\n", " \n")

RU_HEADER = """
Об утверждении профессионального стандарта в области социальной защиты

Приказ Заместителя Премьер-Министра - Министра труда и социальной защиты населения·
Республики Казахстан от 29 июня 2023 года № 262. Зарегистрирован в Министерстве·
юстиции Республики Казахстан 29 июня 2023 года № 32943
      Примечание ИЗПИ!
      Настоящий приказ вводится в действие с 01.07.2023
      ПРИКАЗЫВАЮ:
""".replace("·\n", " \n")

RU_REPEALED = """
Об утверждении квалификационных требований, предъявляемых к социальным работникам

Утративший силу
Приказ Министра труда и социальной защиты населения Республики Казахстан от 14 августа·
2018 года № 350. Зарегистрирован в Министерстве юстиции Республики Казахстан 18 сентября·
2018 года № 17383. Утратил силу приказом Министра труда и социальной защиты населения·
Республики Казахстан от 5 июня 2023 года № 201.
""".replace("·\n", " \n")


def header(text, lang):
    doc, _, _ = doc_from_text(text, lang)
    return read_header(doc)


def test_kazakh_header():
    h = header(KK_HEADER, "kk")
    assert (h.doc_id, h.title, h.act_type, h.act_number, h.act_date, h.registration_number, h.registration_date,
            h.status, h.effective_from) == (
        "V2300032943", "Әлеуметтік қорғау саласындағы кәсіптік стандартты бекіту туралы", "order", "262",
        dt.date(2023, 6, 29), "32943", dt.date(2023, 6, 29), "in_force", dt.date(2023, 7, 1))
    assert h.issuer == ("Қазақстан Республикасы Премьер-Министрінің орынбасары - Еңбек және халықты "
                        "әлеуметтік қорғау министрі")


def test_kazakh_repealed_act():
    h = header(KK_REPEALED, "kk")
    assert (h.doc_id, h.status, h.repealed_by_act_number, h.repealed_by_act_date, h.effective_from) == (
        "V1800017383", "repealed", "201", dt.date(2023, 6, 5), None)
    assert h.title == "Әлеуметтік жұмыскерлерге қойылатын біліктілік талаптарын бекіту туралы"


def test_russian_header():
    h = header(RU_HEADER, "ru")
    assert (h.doc_id, h.act_type, h.act_number, h.act_date, h.registration_date, h.status, h.effective_from) == (
        "V2300032943", "order", "262", dt.date(2023, 6, 29), dt.date(2023, 6, 29), "in_force", dt.date(2023, 7, 1))
    assert h.title == "Об утверждении профессионального стандарта в области социальной защиты"
    assert h.issuer == ("Заместитель Премьер-Министра - Министр труда и социальной защиты населения "
                        "Республики Казахстан")


def test_russian_repealed_act():
    h = header(RU_REPEALED, "ru")
    assert (h.doc_id, h.status, h.repealed_by_act_number, h.repealed_by_act_date) == (
        "V1800017383", "repealed", "201", dt.date(2023, 6, 5))


def test_text_without_an_act_header_has_no_id():
    h = header("Бұл жай мәтін.\n\nАкт емес.", "kk")
    assert h.doc_id is None


def test_seed_headers(seeds):
    want = {
        "000": ("V1800017383", "350", "repealed", "201", None),
        "001": ("V2300032943", "262", "in_force", None, dt.date(2023, 7, 1)),
        "002": ("V2300032744", "210", "in_force", None, dt.date(2023, 7, 1)),
        "003": ("V2200029880", "388", "in_force", None, None),
        "004": ("V2300033325", "146", "in_force", None, None),
    }
    for prefix, expected in want.items():
        _, ex = seeds.by_prefix(prefix)
        d = ex.document
        assert (d.doc_id, d.act_number, d.status, d.repealed_by_act_number, d.effective_from) == expected
