"""Amending orders, in Kazakh and in Russian: a new wording printed in the order's own annex after the
signatures (its caption, the caption the unit carries in the amended act, a table whose header a page
prints again), in text and in PDF; acts repealed by a list in an annex headed by its title; one
language's text restated with the language named after the formula; a card row's label spread out
letter by letter with its opening quote."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
from conftest import doc_from_text  # noqa: E402
from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap  # noqa: E402
from test_amendment_rows_and_notes import _changes  # noqa: E402

from extractors import language  # noqa: E402
from extractors.amendments import read_amendments  # noqa: E402
from extractors.header import read_header  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.repair import close_letter_spacing  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402
from extractors.vocabulary import vocabulary  # noqa: E402

NBSP = "\u00a0"

# an order of the minister (No. 15 of 2 February 2026) amending order No. 40 of 5 May 2021; {body}: the
# instructions, {annexes}: what follows the signature
ORDER = {
    "ru": """
О внесении изменений в приказ № 40

Приказ Министра труда и социальной защиты населения Республики Казахстан от 2·
февраля 2026 года № 15. Зарегистрирован в Министерстве юстиции Республики Казахстан·
9 февраля 2026 года № 37001
      ПРИКАЗЫВАЮ:
      1. Внести в приказ Министра труда и социальной защиты населения Республики·
Казахстан от 5 мая 2021 года № 40 «Об утверждении правил аттестации» (зарегистрирован·
в Реестре государственной регистрации нормативных правовых актов под № 22600)·
следующие изменения:
{body}
      2. Настоящий приказ вводится в действие по истечении десяти календарных дней·
после дня его первого официального опубликования.
      Министр труда и социальной защиты
населения Республики Казахстан

Е. Иванов
{annexes}""",
    "kk": """
№ 40 бұйрыққа өзгерістер енгізу туралы

Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы·
2 ақпандағы № 15 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы·
9 ақпанда № 37001 болып тіркелді
      БҰЙЫРАМЫН:
      1. "Аттестаттау қағидаларын бекіту туралы" Қазақстан Республикасы Еңбек және·
халықты әлеуметтік қорғау министрінің 2021 жылғы 5 мамырдағы № 40 бұйрығына·
(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 22600 болып·
тіркелген) мынадай өзгерістер енгізілсін:
{body}
      2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен·
соң қолданысқа енгізіледі.
      Қазақстан Республикасы
Еңбек және халықты
әлеуметтік қорғау министрі

Е. Иванов
{annexes}""",
}


def _order(lang: str, body: str, annexes: str):
    text = ORDER[lang].replace("{body}", body.strip("\n")).replace("{annexes}", annexes.replace("~", NBSP))
    doc, _, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    warnings: list[str] = []
    got, lists = read_amendments(doc, read_header(doc), lexicon, warnings)
    return got, lists, warnings


def _records(got):
    return [(a.target_doc, a.target_unit, a.operation, a.text) for a in got]


# the caption of the order's annex (`~`: a line of one no-break space, as a saved page prints before
# each caption), in the layout the saved pages give it: its lines in pairs
CAPTION = {
    "ru": ("\n\n~\n\nПриложение{n} к приказу\nМинистра труда и социальной\n\nзащиты населения\n"
           "Республики Казахстан\n\nот 2 февраля 2026 года № 15\n\n\n"),
    "kk": ("\n\n~\n\nҚазақстан Республикасы\nЕңбек және халықты әлеуметтік\n\nқорғау министрінің\n"
           "2026 жылғы 2 ақпандағы\n\n№ 15 бұйрығына\n{n}қосымша\n\n\n"),
}
# the new annex 3 of the rules: its caption in the rules, its title, a table whose header the next
# page prints again
NEW_ANNEX = {
    "ru": ("~\n\nПриложение 3\nк Правилам проведения\n\nаттестации работников\n\n\n"
           "Перечень должностей и сроки их аттестации\n\n№\n\nДолжность\n\nСрок\n\n1\n\nСоциальный работник\n"
           "по уходу\n\n3 года\n\n\n\n~\n\n№\n\nДолжность\n\nСрок\n\n2\n\nКонсультант по социальной\nработе\n\n"
           "5 лет\n"),
    "kk": ("~\n\nАттестаттау қағидаларына\n3-қосымша\n\n\n"
           "Лауазымдар тізбесі және оларды аттестаттау мерзімдері\n\nР/с №\n\nЛауазым\n\nМерзім\n\n1\n\n"
           "Күтім жөніндегі әлеуметтік\nжұмыскер\n\n3 жыл\n\n\n\n~\n\nР/с №\n\nЛауазым\n\nМерзім\n\n2\n\n"
           "Әлеуметтік жұмыс жөніндегі\nкеңесші\n\n5 жыл\n"),
}
NEW_ANNEX_TEXT = {
    "ru": "Перечень должностей и сроки их аттестации № Должность Срок 1 Социальный работник по уходу 3 года "
          "2 Консультант по социальной работе 5 лет",
    "kk": "Лауазымдар тізбесі және оларды аттестаттау мерзімдері Р/с № Лауазым Мерзім 1 Күтім жөніндегі "
          "әлеуметтік жұмыскер 3 жыл 2 Әлеуметтік жұмыс жөніндегі кеңесші 5 жыл",
}
REPLACED_BY_ANNEX = {
    "ru": ("      приложение 3 к указанным Правилам изложить в новой редакции согласно·\n"
           "приложению к настоящему приказу.", "приложение 3"),
    "kk": ("      көрсетілген Қағидаларға 3-қосымша осы бұйрыққа қосымшаға сәйкес жаңа·\n"
           "редакцияда жазылсын.", "3-қосымша"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_unit_restated_in_the_orders_own_annex(lang):
    """The wording is the annex after its caption and the caption the unit carries in the amended
    act; the table's header the second page prints again is printed once."""
    body, unit = REPLACED_BY_ANNEX[lang]
    got, _, warnings = _order(lang, body, CAPTION[lang].replace("{n}", "") + NEW_ANNEX[lang])
    assert warnings == []
    assert _records(got) == [("V2100022600", unit, "replace", NEW_ANNEX_TEXT[lang])]


SEVERAL = {
    "ru": ("      пункт 5 изложить в редакции согласно приложению 1 к настоящему приказу;\n"
           "      дополнить приложением 4 согласно приложению 2 к настоящему приказу.",
           [("пункт 5", "replace", "5. Аттестация проводится один раз в три года."),
            ("приложение 4", "insert", "Форма аттестационного листа Фамилия, имя, отчество Должность")]),
    "kk": ("      5-тармақ осы бұйрыққа 1-қосымшаға сәйкес жаңа редакцияда жазылсын;\n"
           "      осы бұйрыққа 2-қосымшаға сәйкес 4-қосымшамен толықтырылсын.",
           [("5-тармақ", "replace", "5. Аттестаттау үш жылда бір рет өткізіледі."),
            ("4-қосымша", "insert", "Аттестаттау парағының нысаны Тегі, аты, әкесінің аты Лауазымы")]),
}
SEVERAL_ANNEXES = {
    "ru": ("      5. Аттестация проводится один раз в три года.\n",
           "~\n\nПриложение 4\nк Правилам проведения\n\nаттестации работников\n\n\n"
           "Форма аттестационного листа\n\nФамилия, имя, отчество\n\nДолжность\n"),
    "kk": ("      5. Аттестаттау үш жылда бір рет өткізіледі.\n",
           "~\n\nАттестаттау қағидаларына\n4-қосымша\n\n\n"
           "Аттестаттау парағының нысаны\n\nТегі, аты, әкесінің аты\n\nЛауазымы\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
@pytest.mark.parametrize("gaps", [True, False])
def test_each_wording_from_the_annex_its_instruction_names(lang, gaps):
    """Two annexes of the order, each named by its number: a paragraph restated by the first (no
    caption of the amended act), an annex added by the second; the captions set apart by the gap
    lines a saved page prints, or by single blank lines."""
    body, expected = SEVERAL[lang]
    first, second = SEVERAL_ANNEXES[lang]
    number = " 1" if lang == "ru" else "1-"
    caption = CAPTION[lang] if gaps else CAPTION[lang].replace("\n\n~\n\n", "\n\n").replace("\n\n\n", "\n\n")
    second = second if gaps else second.replace("~\n\n", "")
    annexes = (caption.replace("{n}", number) + first + caption.replace("{n}", number.replace("1", "2")) + second)
    got, _, warnings = _order(lang, body, annexes)
    assert warnings == []
    assert [(unit, op, text) for _, unit, op, text in _records(got)] == expected


REPEALED = {
    "ru": ("      2. Признать утратившими силу некоторые приказы Министерства труда и социальной·\n"
           "защиты населения Республики Казахстан согласно приложению к настоящему приказу.\n",
           "Перечень утративших силу некоторых приказов Министерства труда и социальной\n"
           "защиты населения Республики Казахстан\n\n"
           "      1. Приказ Министра труда и социальной защиты населения Республики Казахстан·\n"
           "от 3 апреля 2018 года № 70 «Об утверждении правил аттестации» (зарегистрирован·\n"
           "в Реестре государственной регистрации нормативных правовых актов под № 16800).\n"
           "      2. Приказ Министра труда и социальной защиты населения Республики Казахстан·\n"
           "от 1 июня 2020 года № 20 «О внесении изменения в приказ № 70» (зарегистрирован·\n"
           "в Реестре государственной регистрации нормативных правовых актов под № 20801).\n"),
    "kk": ("      2. Осы бұйрыққа қосымшаға сәйкес Қазақстан Республикасы Еңбек және халықты·\n"
           "әлеуметтік қорғау министрлігінің кейбір бұйрықтарының күші жойылды деп танылсын.\n",
           "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрлігінің\n"
           "күші жойылған кейбір бұйрықтарының тізбесі\n\n"
           "      1. \"Аттестаттау қағидаларын бекіту туралы\" Қазақстан Республикасы Еңбек және·\n"
           "халықты әлеуметтік қорғау министрінің 2018 жылғы 3 сәуірдегі № 70 бұйрығы·\n"
           "(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 16800 болып тіркелген).\n"
           "      2. \"№ 70 бұйрыққа өзгеріс енгізу туралы\" Қазақстан Республикасы Еңбек және·\n"
           "халықты әлеуметтік қорғау министрінің 2020 жылғы 1 маусымдағы № 20 бұйрығы·\n"
           "(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 20801 болып тіркелген).\n"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_acts_repealed_by_the_list_an_annex_heads_by_its_title(lang):
    """`Перечень утративших силу …`, `… күші жойылған … тізбесі`: each act it lists, repealed whole."""
    point, annex = REPEALED[lang]
    text = ORDER[lang].replace("{body}", "      пункт 5 исключить;" if lang == "ru" else "      5-тармақ алып тасталсын;")
    text = text.replace("      2. Настоящий", point + "      3. Настоящий").replace("      2. Осы бұйрық", point + "      3. Осы бұйрық")
    text = text.replace("{annexes}", CAPTION[lang].replace("{n}", "").replace("~", NBSP) + annex)
    doc, _, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    got, _ = read_amendments(doc, read_header(doc), lexicon)
    assert [(a.target_doc, a.target_unit, a.operation) for a in got if a.operation == "repeal"] == [
        ("V1800016800", None, "repeal"), ("V2000020801", None, "repeal")]


@pytest.mark.parametrize("lang,body,expected", [
    ("ru", '      пункт 6 изложить в следующей редакции на государственном языке, текст на русском языке·\n'
           'не меняется:\n      "6. Жаңа мәтін.";\n'
           '      пункт 7 изложить на русском языке в следующей редакции, текст на государственном языке·\n'
           'не изменяется:\n      "7. Новый текст.";',
     [("пункт 6", "replace", "6. Жаңа мәтін."), ("пункт 7", "replace", "7. Новый текст.")]),
    ("kk", '      6-тармақ мынадай редакцияда мемлекеттік тілде жазылсын, орыс тіліндегі мәтін·\n'
           'өзгермейді:\n      "6. Жаңа мәтін.";\n'
           '      7-тармақ орыс тілінде мынадай редакцияда жазылсын, мемлекеттік тілдегі мәтін·\n'
           'өзгермейді:\n      "7. Новый текст.";',
     [("6-тармақ", "replace", "6. Жаңа мәтін."), ("7-тармақ", "replace", "7. Новый текст.")]),
])
def test_one_languages_text_restated_with_the_language_named_after_the_formula(lang, body, expected):
    assert _changes(body, lang) == expected


@pytest.mark.parametrize("lang,body,expected", [
    ("ru", '      в приложении к профессиональному стандарту:\n'
           '      в карточке профессии "Социальный работник":\n'
           '      строку "Другие наименования профессии" изложить в следующей редакции:\n'
           '"Д р у г и е \nн а и м е н о в а н и я \nпрофессии\n\n3412-0-001 Социальный работник по уходу";',
     "Другие наименования профессии 3412-0-001 Социальный работник по уходу"),
    ("kk", '      кәсіптік стандартқа қосымшада:\n'
           '      "Әлеуметтік қызметкер" кәсіп карточкасында:\n'
           '      "Кәсіптің басқа атаулары" деген жол мынадай редакцияда жазылсын:\n'
           '"К ә с і п т і ң \nб а с қ а \nатаулары\n\n3412-0-001 Күтім жөніндегі әлеуметтік қызметкер";',
     "Кәсіптің басқа атаулары 3412-0-001 Күтім жөніндегі әлеуметтік қызметкер"),
])
def test_a_row_label_spread_letter_by_letter_after_its_opening_quote(lang, body, expected):
    ((_, operation, text),) = _changes(body, lang)
    assert (operation, text) == ("replace", expected)


@pytest.mark.parametrize("lang,line,expected", [
    ("ru", '"Д р у г и е', '"Другие'),
    ("ru", 'в о з м о ж н ы е",', 'возможные",'),
    ("ru", 'слова "к а р т а" заменить', 'слова "карта" заменить'),
    ("kk", '"Б і л і к т і л і к', '"Біліктілік'),
    ("kk", 'д е ң г е й і";', 'деңгейі";'),
    # a one-letter word before a letter with a closing mark, initials, and abbreviations stay
    ("ru", "и т. д.", "и т. д."),
    ("ru", "А. Иванов", "А. Иванов"),
    ("ru", "пункты 3 и 4,", "пункты 3 и 4,"),
])
def test_a_spread_word_closes_up_with_the_quote_or_mark_beside_its_letters(lang, line, expected):
    assert close_letter_spacing(line, False, vocabulary(lang))[0] == expected


# ---------------------------------------------------------------- the same annex in a PDF

PDF = {
    "ru": {
        "head": ["О внесении изменения в приказ № 40",
                 "Приказ Министра труда и социальной защиты населения Республики Казахстан от 2 февраля 2026 года "
                 "№ 15. Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2026 года № 37001."],
        "body": ["ПРИКАЗЫВАЮ:",
                 "1. Внести в приказ Министра труда и социальной защиты населения Республики Казахстан от 5 мая "
                 "2021 года № 40 «Об утверждении правил аттестации» (зарегистрирован в Реестре государственной "
                 "регистрации нормативных правовых актов под № 22600) следующее изменение:",
                 "приложение 3 к указанным Правилам изложить в новой редакции согласно приложению к настоящему "
                 "приказу.",
                 "2. Настоящий приказ вводится в действие по истечении десяти календарных дней после дня его "
                 "первого официального опубликования."],
        "sign": ["Министр труда и социальной защиты", "населения Республики Казахстан", "Е. Иванов"],
        "caption": ["Приложение к приказу", "Министра труда и социальной", "защиты населения",
                    "Республики Казахстан", "от 2 февраля 2026 года № 15"],
        "unit": ["Приложение 3", "к Правилам проведения", "аттестации работников"],
        "title": "Перечень должностей и сроки их аттестации",
        "rows": [["№", "Должность", "Срок"], ["1", "Социальный работник по уходу", "3 года"],
                 ["2", "Консультант по социальной работе", "5 лет"]],
        "expected": ("приложение 3", NEW_ANNEX_TEXT["ru"]),
    },
    "kk": {
        "head": ["№ 40 бұйрыққа өзгеріс енгізу туралы",
                 "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 2 ақпандағы "
                 "№ 15 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы 9 ақпанда № 37001 "
                 "болып тіркелді"],
        "body": ["БҰЙЫРАМЫН:",
                 "1. \"Аттестаттау қағидаларын бекіту туралы\" Қазақстан Республикасы Еңбек және халықты "
                 "әлеуметтік қорғау министрінің 2021 жылғы 5 мамырдағы № 40 бұйрығына (Нормативтік құқықтық "
                 "актілерді мемлекеттік тіркеу тізілімінде № 22600 болып тіркелген) мынадай өзгеріс енгізілсін:",
                 "көрсетілген Қағидаларға 3-қосымша осы бұйрыққа қосымшаға сәйкес жаңа редакцияда жазылсын.",
                 "2. Осы бұйрық алғашқы ресми жарияланған күнінен кейін күнтізбелік он күн өткен соң қолданысқа "
                 "енгізіледі."],
        "sign": ["Қазақстан Республикасы", "Еңбек және халықты", "әлеуметтік қорғау министрі", "Е. Иванов"],
        "caption": ["Қазақстан Республикасы", "Еңбек және халықты әлеуметтік", "қорғау министрінің",
                    "2026 жылғы 2 ақпандағы", "№ 15 бұйрығына", "қосымша"],
        "unit": ["Аттестаттау қағидаларына", "3-қосымша"],
        "title": "Лауазымдар тізбесі және оларды аттестаттау мерзімдері",
        "rows": [["Р/с №", "Лауазым", "Мерзім"], ["1", "Күтім жөніндегі әлеуметтік жұмыскер", "3 жыл"],
                 ["2", "Әлеуметтік жұмыс жөніндегі кеңесші", "5 жыл"]],
        "expected": ("3-қосымша", NEW_ANNEX_TEXT["kk"]),
    },
}
# the rules of the annex's table: number | position | term
XS = (MARGIN, MARGIN + 40.0, MARGIN + 300.0, MARGIN + CONTENT_W)


class _Sheet(_Flow):
    """An act's pages with a ruled table."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def row(self, cells: list[str]) -> None:
        size, lh = self.st.font_size, self.st.line_h
        wrapped = [_wrap(self.pdf, text, b - a - 8, False, size) for text, a, b in zip(cells, XS, XS[1:])]
        height = lh * max(map(len, wrapped)) + 8
        self.pdf.set_line_width(0.5)
        self.pdf.rect(XS[0], self.y, XS[-1] - XS[0], height)
        for x in XS[1:-1]:
            self.pdf.line(x, self.y, x, self.y + height)
        for x, lines in zip(XS, wrapped):
            for k, ln in enumerate(lines):
                _draw_text(self.pdf, x + 4, self.y + 4 + lh * k, ln, False, size, lh)
        self.y += height

    def page(self) -> None:
        self.pdf.add_page()
        self.y = MARGIN


def _pdf_changes(tmp_path: Path, lang: str):
    act, s = PDF[lang], _Sheet()
    for p in act["head"]:
        s.paragraph(p)
    for p in act["body"]:
        s.paragraph(p, indent=12 * MM)
    for p in act["sign"]:
        s.paragraph(p, align="L", space_after=0)
    s.page()
    for part in ("caption", "unit"):
        for p in act[part]:
            s.paragraph(p, align="R", space_after=0)
        s.y += 20
    s.paragraph(act["title"], align="C")
    header, *rows = act["rows"]
    s.row(header)
    s.row(rows[0])
    s.page()
    s.row(header)  # the header printed again at the top of the next page
    s.row(rows[1])
    path = tmp_path / f"own_annex_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    warnings: list[str] = []
    got, _ = read_amendments(doc, read_header(doc), lexicon, warnings)
    return [(a.target_unit, a.text) for a in got], warnings


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_orders_own_annex_in_a_pdf(tmp_path, lang):
    got, warnings = _pdf_changes(tmp_path, lang)
    assert warnings == []
    assert got == [PDF[lang]["expected"]]


@pytest.mark.parametrize("lang,body,expected", [
    ("ru", '      часть вторую пункта 3 изложить в следующей редакции:\n'
           '      "Правила применяются при аттестации.";\n'
           '      в абзаце втором пункта 4 слова "протезами" заменить словами "протезно-ортопедическими·\n'
           'изделиями";\n'
           '      абзац третий пункта 12 исключить;\n'
           '      главу 2 дополнить параграфом 4 следующего содержания:\n'
           '      "Параграф 4. Специалист по протезированию\n'
           '      13. Должностные обязанности: консультирует граждан.";',
     [("часть вторая пункта 3", "replace", "Правила применяются при аттестации."),
      ("абзац второй пункта 4", "amend", "протезно-ортопедическими изделиями"),
      ("абзац третий пункта 12", "delete", None),
      ("параграф 4 главы 2", "insert", "Параграф 4. Специалист по протезированию 13. Должностные обязанности: "
                                       "консультирует граждан.")]),
    ("kk", '      3-тармақтың екінші бөлігі мынадай редакцияда жазылсын:\n'
           '      "Қағидалар аттестаттау кезінде қолданылады.";\n'
           '      4-тармақтың екінші абзацындағы "протездермен" деген сөз "протездік-ортопедиялық·\n'
           'бұйымдармен" деген сөздермен ауыстырылсын;\n'
           '      12-тармақтың үшінші абзацы алып тасталсын;\n'
           '      2-тарау мынадай мазмұндағы 4-параграфпен толықтырылсын:\n'
           '      "4-параграф. Протездеу жөніндегі маман\n'
           '      13. Лауазымдық міндеттері: азаматтарға кеңес береді.";',
     [("3-тармақ, екінші бөлік", "replace", "Қағидалар аттестаттау кезінде қолданылады."),
      ("4-тармақ, екінші абзац", "amend", "протездік-ортопедиялық бұйымдармен"),
      ("12-тармақ, үшінші абзац", "delete", None),
      ("2-тарау, 4-параграф", "insert", "4-параграф. Протездеу жөніндегі маман 13. Лауазымдық міндеттері: "
                                        "азаматтарға кеңес береді.")]),
])
def test_a_part_words_in_a_paragraph_a_paragraph_deleted_and_a_section_added(lang, body, expected):
    """The same four changes in each language: a part of a point restated, words replaced inside an
    абзац, an абзац deleted, a section added to a chapter with its heading and points."""
    assert _changes(body, lang) == expected
