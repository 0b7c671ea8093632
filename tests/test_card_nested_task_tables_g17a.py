"""A card of two columns (label | value) whose function rows hold a table of their own in the value
cell: a header row of column labels (task | skills | knowledge), then one row per task, the task's
name and its two lists in their cells with no labels. The alternative names and the related
occupations may be such tables too (a header row of code | name, of level | name). Read from an
HTML page (the nested `<table>` in the cell) and from a text that prints the same card cell by cell."""
import textwrap

from extractors.reading import read_document

from test_html import _extract

KK = {
    "lang": "kaz", "doc": "V2600099101", "title": '"Зертханашы" кәсіптік стандартын бекіту туралы',
    "act": "Қазақстан Республикасы Ғылым министрінің 2026 жылғы 3 наурыздағы № 41 бұйрығы. Қазақстан "
           "Республикасының Әділет министрлігінде 2026 жылғы 6 наурызда № 99101 болып тіркелді",
    "order": "БҰЙЫРАМЫН:", "approve": "1. Осы бұйрыққа қосымшаға сәйкес кәсіптік стандарт бекітілсін.",
    "heading": '"Зертханашы" кәсіп карточкасы',
    "code": "Кәсіп коды", "name": "Кәсіп атауы", "level": "СБШ бойынша біліктілік деңгейі",
    "alt": "Кәсіптің басқа ықтимал атаулары", "list": "Еңбек функциялары", "mandatory": "Міндетті еңбек функциялары:",
    "fn1": "Еңбек функциясы 1:", "fn2": "Еңбек функциясы 2:",
    "h_task": "Міндет", "h_skills": "Дағдылар", "h_knowledge": "Білім",
    "related": "СБШ шеңберіндегі басқа кәсіптермен байланыс",
    "occupation": "Зертханашы", "alt_name": "Зертхана көмекшісі", "alt_name2": "Сынама алушы",
    "f1": "Сынамаларды дайындау", "f2": "Өлшеу нәтижелерін тіркеу",
    "t1": "Сынаманы қабылдау", "t2": "Ыдыстарды дайындау", "t3": "Журнал жүргізу",
    "s1": "сынаманы таңбалау", "s2": "сынаманы сақтау", "s3": "ыдысты жуу", "s4": "журналға жазу",
    "k1": "сынама алу ережелері", "k2": "сақтау шарттары", "k3": "жуу құралдары", "k4": "журнал нысандары",
    "rel": "Зертхана меңгерушісі",
}
RU = {
    "lang": "rus", "doc": "V2600099102", "title": 'Об утверждении профессионального стандарта "Лаборант"',
    "act": "Приказ Министра науки Республики Казахстан от 3 марта 2026 года № 42. Зарегистрирован в "
           "Министерстве юстиции Республики Казахстан 6 марта 2026 года № 99102",
    "order": "ПРИКАЗЫВАЮ:", "approve": "1. Утвердить профессиональный стандарт согласно приложению к настоящему приказу.",
    "heading": 'Карточка профессии "Лаборант"',
    "code": "Код профессии", "name": "Наименование профессии", "level": "Уровень квалификации по ОРК",
    "alt": "Другие возможные наименования профессии", "list": "Трудовые функции",
    "mandatory": "Обязательные трудовые функции:",
    "fn1": "Трудовая функция 1:", "fn2": "Трудовая функция 2:",
    "h_task": "Задача", "h_skills": "Умения и навыки", "h_knowledge": "Знания",
    "related": "Связь с другими профессиями в рамках ОРК",
    "occupation": "Лаборант", "alt_name": "Помощник лаборанта", "alt_name2": "Пробоотборщик",
    "f1": "Подготовка проб", "f2": "Регистрация результатов измерений",
    "t1": "Приемка проб", "t2": "Подготовка посуды", "t3": "Ведение журнала",
    "s1": "маркировать пробы", "s2": "хранить пробы", "s3": "мыть посуду", "s4": "вносить записи в журнал",
    "k1": "правила отбора проб", "k2": "условия хранения", "k3": "моющие средства", "k4": "формы журналов",
    "rel": "Заведующий лабораторией",
}


def _nested(header: list[str], rows: list[list[str]]) -> str:
    cells = lambda row, tag: "".join(f"<td>{c}</td>" for c in row)  # noqa: E731
    head = "".join(f"<td><p><b>{c}</b></p></td>" for c in header)
    return f'<table border="1"><tr>{head}</tr>' + "".join(f"<tr>{cells(r, 'td')}</tr>" for r in rows) + "</table>"


def _items(*items: str) -> str:
    return "".join(f"<p>{k}) {t}{';' if k < len(items) else '.'}</p>" for k, t in enumerate(items, start=1))


def _page(w: dict) -> str:
    tasks = [w["h_task"], w["h_skills"], w["h_knowledge"]]
    fn1 = _nested(tasks, [[f"<p>1. {w['t1']}</p>", _items(w["s1"], w["s2"]), _items(w["k1"], w["k2"])],
                          [f"<p>2. {w['t2']}</p>", _items(w["s3"]), _items(w["k3"])]])
    fn2 = _nested(tasks, [[f"<p>1. {w['t3']}</p>", _items(w["s4"]), _items(w["k4"])]])
    alt = _nested([w["code"], w["name"]], [["<p>-</p>", f"<p>{w['alt_name']}</p>"],
                                           ["<p>9999-0-001</p>", f"<p>{w['alt_name2']}</p>"]])
    rel = _nested([w["level"], w["name"]], [["<p>6</p>", f"<p>{w['rel']}</p>"]])
    row = lambda label, value: f"<tr><td><p>{label}</p></td><td>{value}</td></tr>"  # noqa: E731
    return textwrap.dedent(f"""\
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>{w['occupation']}</title></head><body>
        <div><h1>{w['title']}</h1><p>{w['act']}</p></div>
        <ul class="tabs"><li><a href="/{w['lang']}/docs/{w['doc']}">x</a></li>
        <li><a href="/{w['lang']}/docs/{w['doc']}/info">y</a></li></ul>
        <article>
        <p id="z1">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; <b>{w['order']}</b></p>
        <p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {w['approve']}</p>
        <p align="center"><b>{w['heading']}</b></p>
        <table border="1">
        {row(w['code'], '<p>3111-0-900</p>')}
        {row(w['name'], '<p>' + w['occupation'] + '</p>')}
        {row(w['level'], '<p>4</p>')}
        {row(w['alt'], alt)}
        {row(w['list'], '<p>' + w['mandatory'] + '</p><p>1. ' + w['f1'] + ';</p><p>2. ' + w['f2'] + '.</p>')}
        {row(w['fn1'] + '<br>' + w['f1'], fn1)}
        {row(w['fn2'] + '<br>' + w['f2'], fn2)}
        {row(w['related'], rel)}
        </table>
        </article></body></html>
        """)


def _card(tmp_path, w: dict, name: str = "act.html", text: str | None = None):
    (tmp_path / name).write_text(text or _page(w), encoding="utf-8")
    [res] = _extract([tmp_path / name])
    [card] = res.extraction.cards
    return card


def _tasks(card) -> list:
    return [(fn.kind, fn.no, fn.name, t.name, [s.text for s in t.skills], [k.text for k in t.knowledge])
            for fn in card.functions for t in fn.tasks]


def _expected(w: dict) -> list:
    return [("mandatory", 1, w["f1"], w["t1"], [w["s1"], w["s2"]], [w["k1"], w["k2"]]),
            ("mandatory", 1, w["f1"], w["t2"], [w["s3"]], [w["k3"]]),
            ("mandatory", 2, w["f2"], w["t3"], [w["s4"]], [w["k4"]])]


def test_a_nested_table_is_written_cell_by_cell_as_blocks(tmp_path):
    (tmp_path / "act.html").write_text(_page(RU), encoding="utf-8")
    raw = read_document(tmp_path / "act.html")
    at = raw.lines.index(RU["h_task"])
    # each cell of the inner table a block of its own, as a text prints a table
    assert raw.lines[at:at + 7] == [RU["h_task"], "", RU["h_skills"], "", RU["h_knowledge"], "", "1. " + RU["t1"]]
    outer = raw.layout["tables"][-1]
    first, last = outer[5][1]  # the function row's value cell spans its whole inner table
    assert raw.lines[first - 1] == RU["h_task"] and raw.lines[last - 1] == "1) " + RU["k3"] + "."


def test_tasks_of_a_nested_table_in_both_languages(tmp_path):
    for w in (KK, RU):
        card = _card(tmp_path, w, f"act_{w['lang']}.html")
        assert _tasks(card) == _expected(w)


def test_nested_name_tables_keep_their_header_out(tmp_path):
    for w in (KK, RU):
        card = _card(tmp_path, w, f"act_{w['lang']}.html")
        assert [(c, n) for c, n, *_ in card.alt_names] == [(None, w["alt_name"]), ("9999-0-001", w["alt_name2"])]
        assert [(lv, n) for lv, n, *_ in card.related] == [("6", w["rel"])]


def _text_form(w: dict) -> str:
    """The same card as a text prints it: each cell a block, the inner table's cells in row order."""
    blocks = [w["title"], w["act"], w["order"], w["approve"], w["heading"],
              w["code"], "3111-0-900", w["name"], w["occupation"], w["level"], "4",
              w["alt"], w["code"], w["name"], "-", w["alt_name"], "9999-0-001", w["alt_name2"],
              w["list"], f"{w['mandatory']}\n1. {w['f1']};\n2. {w['f2']}.",
              f"{w['fn1']}\n{w['f1']}", w["h_task"], w["h_skills"], w["h_knowledge"],
              f"1. {w['t1']}", f"1) {w['s1']};\n2) {w['s2']}.", f"1) {w['k1']};\n2) {w['k2']}.",
              f"2. {w['t2']}", f"1) {w['s3']}.", f"1) {w['k3']}.",
              f"{w['fn2']}\n{w['f2']}", w["h_task"], w["h_skills"], w["h_knowledge"],
              f"1. {w['t3']}", f"1) {w['s4']}.", f"1) {w['k4']}.",
              w["related"], w["level"], w["name"], "6", w["rel"]]
    return "\n\n".join(blocks) + "\n"


def test_the_text_form_of_the_same_card_in_both_languages(tmp_path):
    for w in (KK, RU):
        card = _card(tmp_path, w, f"act_{w['lang']}.txt", _text_form(w))
        assert _tasks(card) == _expected(w)
        assert [(c, n) for c, n, *_ in card.alt_names] == [(None, w["alt_name"]), ("9999-0-001", w["alt_name2"])]
