"""Acts as adilet publishes them: saved HTML pages -> the act's own text, header and changes."""
import datetime as dt
import textwrap

import pytest

from conftest import REAL, needs_shared
from extractors import pipeline
from extractors.extract import NO_OCCUPATIONAL_CONTENT
from extractors.reading import BadInput, read_document

PAGE = textwrap.dedent("""\
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>Кіші мейірбике - "Әділет" АҚЖ</title>
    <script>var _gaq = [];</script></head><body>
    <div id="menu"><ul><li><a href="/kaz/docs/V2300033999">ҚАЗ</a></li><li><a href="/rus/docs/V2300033999">РУС</a></li>
    <li><a href="/kaz/index/docs">Іздеу</a></li></ul></div>
    <div class="container_alpha slogan">
    <h1>"Кіші мейірбике" кәсіптік стандартын бекіту туралы</h1>
    <span class="status status_new">Жаңа</span>
    <p>Қазақстан Республикасы Денсаулық сақтау министрінің 2023 жылғы 1 қыркүйектегі № ҚР ДСМ-150/2023 бұйрығы.
    Қазақстан Республикасының Әділет министрлігінде 2023 жылғы 5 қыркүйекте № 33999 болып тіркелді</p>
    </div>
    <ul class="tabs"><li class="selected"><a href="/kaz/docs/V2300033999">Мәтін</a></li>
    <li><a href="/kaz/docs/V2300033999/info">Ақпарат</a></li></ul>
    <article>
    <p id="z1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <b>БҰЙЫРАМЫН:</b></p>
    <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 1. Осы бұйрыққа <a href="/kaz/docs/V2300033999#z5">қосымшаға</a> сәйкес кәсіптік
    стандарт бекітілсін.</p>
    <h3>"Кіші мейірбике" кәсіп карточкасы</h3>
    <table border="1">
    <tr><td>Кәсіп коды:</td><td colspan="2">5321-1-001</td></tr>
    <tr><td>Топ коды</td><td colspan="2">5321-1</td></tr>
    <tr><td>Кәсіп атауы</td><td colspan="2">Кіші мейірбике</td></tr>
    <tr><td>СБШ бойынша біліктілік деңгейі</td><td colspan="2">3</td></tr>
    <tr><td rowspan="2">Еңбек функциялары</td><td>Міндетті еңбек функциялары</td>
        <td><p>1-еңбек функциясы</p><p>Пациенттерге күтім жасау.</p></td></tr>
    <tr><td>Қосымша еңбек функциялары</td><td>1-еңбек функциясы Үздіксіз кәсіби даму.</td></tr>
    <tr><td rowspan="2">1-еңбек функциясы<br>Пациенттерге күтім жасау.</td>
        <td>1-міндет<br>Пациенттің жеке гигиенасын қамтамасыз ету</td><td></td></tr>
    <tr><td>Біліктілік пен дағдылар:</td><td><p>1) пациентті жуындыру;</p><p>2) төсек жабдықтарын ауыстыру.</p></td></tr>
    <tr><td></td><td>Білім:</td><td><p>1) жеке гигиена ережелері;</p><p>2) инфекциялық қауіпсіздік.</p></td></tr>
    </table>
    </article>
    <div class="social-buttons"><a href="javascript:socialize('x')">Twitter</a></div>
    </body></html>
    """)


def _extract(paths):
    read = [pipeline.read_one(p, p.parent) for p in paths]
    prepared = [pipeline.prepare_one(r) for r in read]
    lexicons = pipeline.lexicons(prepared)
    return [pipeline.extract_one(p, lexicons[p.lang]) for p in prepared]


def test_html_is_detected_from_the_bytes_not_the_name(tmp_path):
    (tmp_path / "act.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "plain.html").write_text("Жай мәтін.\nАкт емес.\n", encoding="utf-8")
    assert read_document(tmp_path / "act.txt").source_format == "html"
    assert read_document(tmp_path / "plain.html").source_format == "txt"


def test_page_furniture_is_dropped_and_the_act_kept(tmp_path):
    (tmp_path / "act.html").write_text(PAGE, encoding="utf-8")
    raw = read_document(tmp_path / "act.html")
    text = "\n".join(raw.lines)
    for furniture in ("Іздеу", "ҚАЗ", "Ақпарат", "Twitter", "_gaq", "Жаңа", "<"):
        assert furniture not in text
    assert raw.lines[0] == '"Кіші мейірбике" кәсіптік стандартын бекіту туралы'
    assert raw.lines[2].startswith("Қазақстан Республикасы Денсаулық сақтау министрінің")
    assert "      1. Осы бұйрыққа қосымшаға сәйкес кәсіптік стандарт бекітілсін." in raw.lines
    assert raw.layout["page"]["doc_id"] == "V2300033999"


def test_table_cells_come_from_the_markup(tmp_path):
    (tmp_path / "act.html").write_text(PAGE, encoding="utf-8")
    raw = read_document(tmp_path / "act.html")
    grid = raw.layout["tables"][0]
    cell = lambda r, c: [raw.lines[n - 1] for n in range(grid[r][c][0], grid[r][c][1] + 1)]  # noqa: E731
    assert cell(0, 1) == ["5321-1-001"]
    assert cell(4, 2) == ["1-еңбек функциясы", "Пациенттерге күтім жасау."]  # one line per paragraph
    assert cell(6, 0) == ["1-еңбек функциясы", "Пациенттерге күтім жасау."]  # a <br> starts a line
    assert grid[6][2] is None  # an empty cell
    assert len(grid) == 9


def test_a_card_read_from_html_needs_no_repair(tmp_path):
    (tmp_path / "act.html").write_text(PAGE, encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    ex = res.extraction
    d = ex.document
    assert (d.doc_id, d.act_number, d.registration_number, d.source_format, d.title) == (
        "V2300033999", "ҚР ДСМ-150/2023", "33999", "html", '"Кіші мейірбике" кәсіптік стандартын бекіту туралы')
    [card] = ex.cards
    assert (card.code, card.group_code, card.name, card.qualification_level) == ("5321-1-001", "5321-1", "Кіші мейірбике", "3")
    fn = card.functions[0]
    assert (fn.kind, fn.no, fn.name) == ("mandatory", 1, "Пациенттерге күтім жасау")
    task = fn.tasks[0]
    assert [s.text for s in task.skills] == ["пациентті жуындыру", "төсек жабдықтарын ауыстыру"]
    assert [k.text for k in task.knowledge] == ["жеке гигиена ережелері", "инфекциялық қауіпсіздік"]


def test_a_page_with_no_text_is_refused_with_its_reason(tmp_path):
    (tmp_path / "empty.html").write_text("<!DOCTYPE html><html><head><script>x()</script></head><body>"
                                         "<div><ul><li></li></ul></div></body></html>", encoding="utf-8")
    with pytest.raises(BadInput) as err:
        read_document(tmp_path / "empty.html")
    assert err.value.reason == "empty" and "empty.html" in str(err.value)


# --------------------------------------------------------------------------- the real pages

@pytest.fixture(scope="module")
def real_pages():
    results = _extract(sorted((REAL / "adilet-html").glob("*.html")))
    assert not [r.quarantined for r in results if r.quarantined]
    return {r.source_file.removesuffix(".html"): r.extraction for r in results}


@needs_shared
def test_real_amending_order_header_in_both_languages(real_pages):
    kk, ru = real_pages["kk_V1600014606"].document, real_pages["ru_V1600014606"].document
    for d in (kk, ru):
        assert (d.doc_id, d.act_type, d.act_number, d.act_date, d.registration_number, d.registration_date,
                d.status, d.repealed_by_act_number, d.repealed_by_act_date, d.effective_from, d.source_format) == (
            "V1600014606", "order", "688", dt.date(2016, 12, 26), "14606", dt.date(2016, 12, 27),
            "repealed", "293", dt.date(2025, 6, 10), None, "html")
    assert kk.issuer == "Қазақстан Республикасы Қаржы министрі"
    assert ru.issuer == "Министр финансов Республики Казахстан"
    assert kk.title == ('"Шығыстардың экономикалық сыныптамасы ерекшеліктерінің, оның ішінде жасалған '
                        'азаматтық-құқықтық мәмілелерді тіркеу міндетті болып табылатын шығыстар түрлерінің '
                        'тізбесін бекіту туралы" Қазақстан Республикасы Қаржы министрінің 2016 жылғы 27 '
                        'қаңтардағы № 30 бұйрығына өзгеріс енгізу туралы')
    assert ru.title == ('О внесении изменения в приказ Министра финансов Республики Казахстан от 27 января '
                        '2016 года № 30 "Об утверждении перечня специфик экономической классификации расходов, '
                        'в том числе видов расходов, по которым регистрация заключенных гражданско-правовых '
                        'сделок является обязательной"')


@needs_shared
def test_real_pair_aligns_on_its_id_its_note_and_its_change(real_pages):
    def facts(ex):
        return sorted((a.kind, a.target_doc, a.operation, a.amending_act_number, a.amending_act_date)
                      for a in ex.amendments)
    kk, ru = real_pages["kk_V1600014606"], real_pages["ru_V1600014606"]
    assert kk.document.doc_id == ru.document.doc_id
    assert facts(kk) == facts(ru) == [
        ("change", "V1600013301", "replace", "688", dt.date(2016, 12, 26)),  # the change it made
        ("note", "V1600014606", "repeal", "293", dt.date(2025, 6, 10)),  # the note on its repeal
    ]
    change = next(a for a in ru.amendments if a.kind == "change")
    assert change.text.startswith("Кроме гражданско-правовых сделок на поставку товаров")
    assert not kk.warnings and not ru.warnings


@needs_shared
def test_real_order_with_no_occupational_content_is_a_document(real_pages):
    ex = real_pages["ru_V1600014592"]
    d = ex.document
    assert (d.doc_id, d.title, d.act_type, d.issuer, d.act_number, d.act_date, d.registration_number,
            d.registration_date, d.status) == (
        "V1600014592", "Об установлении лимитов долга местных исполнительных органов на 2017 год", "order",
        "Министр национальной экономики Республики Казахстан", "525", dt.date(2016, 12, 23), "14592",
        dt.date(2016, 12, 27), "in_force")
    assert [(a.kind, a.target_unit, a.operation, a.amending_act_number) for a in ex.amendments] == [
        ("note", "Лимиты", "replace", "314")]
    assert ex.warnings == [NO_OCCUPATIONAL_CONTENT]


@needs_shared
def test_real_page_tables_keep_rows_and_cells():
    raw = read_document(REAL / "adilet-html" / "ru_V1600014592.html")
    limits = max(raw.layout["tables"], key=len)
    assert len(limits) == 18 and all(len(row) == 3 for row in limits)
    region = [raw.lines[limits[16][c][0] - 1] for c in range(3)]  # after the heading and column numbers
    assert region == ["15", "город Алматы", "43 504 563,9"]
    assert "Обновленный" not in raw.lines and not any("Главная" in ln for ln in raw.lines)


def test_a_page_in_its_declared_charset(tmp_path):
    """Markup (Latin) outweighs the Cyrillic text: the charset the page declares decides."""
    page = textwrap.dedent("""\
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
        <script src="/tpl/etherna/js/impaired.js"></script><link rel="stylesheet" href="/tpl/etherna/css/style.css"/>
        </head><body><div class="container_alpha slogan"><h1>О занятости населения</h1>
        <p>Закон Республики Казахстан от 6 апреля 2016 года № 482-V ЗРК.</p></div>
        <article><p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Статья 1.</p></article></body></html>
        """)
    (tmp_path / "act.htm").write_bytes(page.encode("cp1251"))
    raw = read_document(tmp_path / "act.htm")
    assert (raw.source_format, raw.encoding, raw.lines[0]) == ("html", "windows-1251", "О занятости населения")
    [res] = _extract([tmp_path / "act.htm"])
    d = res.extraction.document
    assert (d.doc_id, d.act_type, d.act_number) == ("law-20160406-482-V", "law", "482-V")
    assert res.extraction.warnings == [NO_OCCUPATIONAL_CONTENT]


def test_a_page_without_an_article_is_read_from_its_text(tmp_path):
    """A mirror's page: no <article>, the title inside the text's own container."""
    page = textwrap.dedent("""\
        <html><head><meta charset="utf-8"></head><body>
        <div class="menu"><a href="/">Басты бет</a></div>
        <div class="document"><h1>Халықты жұмыспен қамту туралы</h1>
        <p>Қазақстан Республикасының 2016 жылғы 6 сәуірдегі № 482-V ҚРЗ Заңы.</p>
        <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Осы Заң халықты жұмыспен қамту саласындағы қоғамдық қатынастарды реттейді.</p>
        <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; 1-бап. Осы Заңда пайдаланылатын негізгі ұғымдар</p></div>
        </body></html>
        """)
    (tmp_path / "law.html").write_text(page, encoding="utf-8")
    raw = read_document(tmp_path / "law.html")
    assert raw.lines[:3] == ["Халықты жұмыспен қамту туралы", "",
                             "      Қазақстан Республикасының 2016 жылғы 6 сәуірдегі № 482-V ҚРЗ Заңы."]
    assert not any("Басты бет" in ln for ln in raw.lines) and len(raw.lines) == 5
    [res] = _extract([tmp_path / "law.html"])
    d = res.extraction.document
    assert (d.doc_id, d.title, d.act_type, d.issuer) == (
        "law-20160406-482-V", "Халықты жұмыспен қамту туралы", "law", "Қазақстан Республикасы")


def test_the_status_word_of_a_page_is_kept_where_the_act_line_leaves_the_repeal_out(tmp_path):
    """The site's status word is dropped from the text but kept as a fact of the page: a repealed
    act whose act line and notes do not say so is read as repealed all the same."""
    page = (PAGE.replace('<span class="status status_new">Жаңа</span>',
                         '<span class="status status_lost">Күшін жойған</span>')
            .replace("V2300033999", "V2300033998").replace("№ 33999", "№ 33998"))
    (tmp_path / "act.html").write_text(page, encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    d = res.extraction.document
    assert (d.doc_id, d.status, d.act_number) == ("V2300033998", "repealed", "ҚР ДСМ-150/2023")
    (tmp_path / "act.html").write_text(PAGE, encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    assert res.extraction.document.status == "in_force"
