"""An adilet card cell that prints its list one `<p>` per item, with no number and no `;`/`.`:
each paragraph of the page is an item, whatever its first letter and whatever the line before
ends on; a `<br>` inside a paragraph goes on the item, and a text (no paragraphs) reads as before."""
import pytest

from test_cards import fn_view
from test_html import _extract

from extractors.lists import Acc, split_items
from extractors.vocabulary import vocabulary

PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>card</title></head><body>
<div class="container_alpha slogan">
<h1>{title}</h1>
<p>{act_line}</p>
</div>
<article>
<p align="center"><b>{heading}</b></p>
<table border="1">
<tr><td>{code}</td><td colspan="3">7311-2-004</td></tr>
<tr><td>{level}</td><td colspan="3">3</td></tr>
<tr><td>{functions}</td><td colspan="3"><p>{mandatory}</p><p>{f1}</p></td></tr>
<tr><td>{fn_label}<br>{f1}</td><td>{task}<br>{t1}</td>
<td><p>{skills}</p>{skill_ps}</td>
<td><p>{knowledge}</p>{know_ps}</td></tr>
</table>
</article></body></html>
"""
WORDS = {
    "kk": dict(title='"Кітапхана ісі" кәсіптік стандартын бекіту туралы',
               act_line="Қазақстан Республикасы Мәдениет министрінің 2025 жылғы 12 мамырдағы № 77 бұйрығы. "
                        "Қазақстан Республикасының Әділет министрлігінде 2025 жылғы 15 мамырда № 35110 болып тіркелді",
               heading='"Кітапханашы" кәсіп карточкасы', code="Кәсіп коды",
               level="СБШ бойынша біліктілік деңгейі", functions="Еңбек функциялары",
               mandatory="Міндетті еңбек функциялары:", fn_label="Еңбек функциясы 1:", task="1-міндет:",
               skills="Дағдылар:", knowledge="Білім:",
               f1="Кітап қорын жүргізу", t1="Жаңа басылымдарды қабылдау",
               skill_items=["Басылымдарды тіркеу", "3D сканермен мұқабаларды түсіру",
                            "электрондық каталогты толтыру"],
               know_items=["Кітапхана қауіпсіздігі", "Қорды сақтау тәртібі", "библиографиялық сипаттама негіздері"],
               br_item=("Оқырмандарға қызмет", "көрсету ережелері")),
    "ru": dict(title='Об утверждении профессионального стандарта "Библиотечное дело"',
               act_line="Приказ Министра культуры Республики Казахстан от 12 мая 2025 года № 77. "
                        "Зарегистрирован в Министерстве юстиции Республики Казахстан 15 мая 2025 года № 35110",
               heading='Карточка профессии "Библиотекарь"', code="Код профессии",
               level="Уровень квалификации по ОРК", functions="Трудовые функции",
               mandatory="Обязательные трудовые функции:", fn_label="Трудовая функция 1:", task="Задача 1:",
               skills="Навыки:", knowledge="Знания:",
               f1="Ведение книжного фонда", t1="Прием новых изданий",
               skill_items=["Регистрировать издания", "3D-сканером снимать обложки",
                            "заполнять электронный каталог"],
               know_items=["Методы работы с базой данных", "Порядок хранения фонда",
                           "основы библиографического описания"],
               br_item=("Правила обслуживания", "читателей библиотеки")),
}


def _page(lang: str, br: bool = False) -> str:
    w = dict(WORDS[lang])
    know = list(w["know_items"])
    paras = "".join(f"<p>{x}</p>" for x in w["skill_items"])
    know_ps = "".join(f"<p>{x}</p>" for x in know)
    if br:
        know_ps += "<p>{}<br>{}</p>".format(*w["br_item"])
    return PAGE.format(skill_ps=paras, know_ps=know_ps, **w)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_each_paragraph_of_a_cell_is_an_item(lang, tmp_path):
    """An item opening in lower case, one opening with a digit, and one after a line that ends
    on a word which would go on (a genitive-looking ending) are items of their own."""
    w = WORDS[lang]
    (tmp_path / "act.html").write_text(_page(lang), encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    [card] = res.extraction.cards
    [(_, _, name, [(_, task, skills, knowledge)])] = fn_view(card)
    assert (name, task) == (w["f1"], w["t1"])
    assert skills == w["skill_items"]
    assert knowledge == w["know_items"]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_line_break_inside_a_paragraph_goes_on_the_item(lang, tmp_path):
    w = WORDS[lang]
    (tmp_path / "act.html").write_text(_page(lang, br=True), encoding="utf-8")
    [res] = _extract([tmp_path / "act.html"])
    [card] = res.extraction.cards
    [(_, _, _, [(_, _, _, knowledge)])] = fn_view(card)
    assert knowledge == w["know_items"] + [" ".join(w["br_item"])]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_text_without_paragraphs_reads_as_before(lang):
    """The same lines with no paragraph marks (a text, a PDF): a line after one that binds, or
    one opening in lower case, goes on the item before; with the marks each is an item."""
    items = WORDS[lang]["know_items"]
    text = " ".join(items)
    starts = [text.index(x) for x in items]
    plain = Acc(text, list(starts), [(s, k + 1) for k, s in enumerate(starts)])
    assert [i.text for i in split_items(plain, vocabulary(lang))] == [text]
    marked = Acc()
    for k, x in enumerate(items):
        marked.add(x, [0], [(0, k + 1)], " ", [0])
    assert [i.text for i in split_items(marked, vocabulary(lang))] == items
    assert [i.lines for i in split_items(marked, vocabulary(lang))] == [(1, 1), (2, 2), (3, 3)]
