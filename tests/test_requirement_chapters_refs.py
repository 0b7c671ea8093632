"""Requirement acts, further variations, each a few lines of damaged input -> the records it must
become, in both languages, text and HTML: the specialist level named only in the CHAPTER title
(its points carry none, the chapter's holds until the next chapter); categories worded with the
word for a qualification category (`бірінші біліктілік санаты бар –`, `біліктілік санаты жоқ –`;
`имеющий первую квалификационную категорию –`, `без квалификационной категории –`), also inside
the experience; a head and his DEPUTY sharing one clause with no level and no category (`… басшысы
мен оның орынбасары`, `… руководителю … и его заместителю`), the sentence saying so no part of it;
a point that REFERS to another point's requirements instead of giving its own; two educations
joined by `немесе` / `или`, one clause."""
from __future__ import annotations

import textwrap

import pytest

from extractors import pipeline
from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return list(read_requirements(doc, [], lexicon))


def short(rs):
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years) for r in rs]


KK_CHAPTERS = """      1. Осы біліктілік талаптары оңалту орталығының мынадай жұмыскерлеріне·
қолданылады:
      1) оңалту жөніндегі әдіскер;
      2) ересектер тобының тәрбиешісі.

2-тарау. Біліктілігі жоғары деңгейдегі мамандардың біліктілігіне қойылатын·
талаптар

      2. Оңалту жөніндегі әдіскердің біліктілігіне қойылатын талаптар:
      жоғары біліктілік санаты бар – жоғары (педагогикалық, әлеуметтік) білім және·
бірінші біліктілік санаты бар әдіскер лауазымында кемінде 4 жыл жұмыс өтілі;
      біліктілік санаты жоқ – жоғары (педагогикалық, әлеуметтік) білім, жұмыс өтіліне·
талап қойылмайды.

3-тарау. Біліктілігі орта деңгейдегі мамандардың біліктілігіне қойылатын



талаптар

      3. Ересектер тобы тәрбиешісінің біліктілігіне қойылатын талаптар:
      екінші біліктілік санаты бар – техникалық және кәсіптік (педагогикалық) білім және·
мамандығы бойынша кемінде 1 жыл жұмыс өтілі;
      біліктілік санаты жоқ – техникалық және кәсіптік (педагогикалық) білім, жұмыс·
өтіліне талап қойылмайды.

4-тарау. Қорытынды ережелер

      4. Жұмыскерге біліктілік санаты аттестаттау қорытындылары бойынша беріледі.
"""

RU_CHAPTERS = """      1. Настоящие квалификационные требования распространяются на следующих работников·
центра реабилитации:
      1) методист по реабилитации;
      2) воспитатель группы взрослых.

Глава 2. Квалификационные требования к должностям специалистов высшего уровня·
квалификации

      2. Квалификационные требования к методисту по реабилитации:
      имеющий высшую квалификационную категорию – высшее (педагогическое, социальное)·
образование и стаж работы в должности методиста, имеющего первую квалификационную·
категорию, не менее 4 лет;
      без квалификационной категории – высшее (педагогическое, социальное) образование,·
без предъявления требований к стажу работы.

Глава 3. Квалификационные требования к должностям специалистов среднего уровня



квалификации

      3. Квалификационные требования к воспитателю группы взрослых:
      имеющий вторую квалификационную категорию – техническое и профессиональное·
(педагогическое) образование и стаж работы по специальности не менее 1 года;
      без квалификационной категории – техническое и профессиональное (педагогическое)·
образование, без предъявления требований к стажу работы.

Глава 4. Заключительные положения

      4. Квалификационная категория присваивается по итогам аттестации.
"""


@pytest.mark.parametrize("lang,body,names,exp_in", [
    ("kk", KK_CHAPTERS, ("оңалту жөніндегі әдіскер", "ересектер тобының тәрбиешісі"),
     ("бірінші біліктілік санаты бар әдіскер", "мамандығы бойынша")),
    ("ru", RU_CHAPTERS, ("методист по реабилитации", "воспитатель группы взрослых"),
     ("методиста, имеющего первую квалификационную категорию", "по специальности")),
])
def test_the_chapter_names_the_level_and_the_categories_name_the_qualification_category(lang, body, names, exp_in):
    got = records(body, lang)
    assert short(got) == [
        ("2", names[0], "high", "highest", "higher", 4),
        ("2", names[0], "high", "none", "higher", None),
        ("3", names[1], "middle", "second", "tvet", 1),
        ("3", names[1], "middle", "none", "tvet", None),
    ]
    # the category inside the experience is what the experience must be in, not a clause of its own
    assert (got[0].experience_in, got[2].experience_in) == exp_in
    assert not any(w in got[0].text for w in ("–",))


KK_SHARED = """      1. Осы біліктілік талаптары мынадай жұмыскерлерге қолданылады:
      1) күндізгі болу бөлімшесінің басшысы;
      2) күндізгі болу бөлімшесі басшысының орынбасары;
      3) ым тілі жөніндегі маман;
      4) сурдоаудармашы.
      2. Күндізгі болу бөлімшесінің басшысы мен оның орынбасарының біліктілігіне қойылатын·
талаптар: жоғары (әлеуметтік, педагогикалық) білім және мамандығы бойынша кемінде 3 жыл·
жұмыс өтілі. Бөлімше басшысы мен оның орынбасарының лауазымдары үшін біліктілік санаттары·
белгіленбейді.
      3. Ым тілі жөніндегі маманның біліктілігіне қойылатын талаптар (біліктілігі жоғары·
деңгейдегі маман):
      жоғары санатты – техникалық және кәсіптік (педагогикалық, филологиялық) білім немесе·
жоғары (педагогикалық) білім және мамандығы бойынша кемінде 2 жыл жұмыс өтілі;
      санаты жоқ – техникалық және кәсіптік (педагогикалық, филологиялық) білім немесе жоғары·
(педагогикалық) білім, жұмыс өтіліне талап қойылмайды.
      4. Сурдоаудармашының біліктілігіне осы Біліктілік талаптарының 3-тармағында белгіленген·
талаптар қойылады.
      5. Жұмыскерлердің біліктілігі аттестаттау кезінде расталады.
"""

RU_SHARED = """      1. Настоящие квалификационные требования распространяются на следующих работников:
      1) руководитель отделения дневного пребывания;
      2) заместитель руководителя отделения дневного пребывания;
      3) специалист по жестовому языку;
      4) сурдопереводчик.
      2. Квалификационные требования к руководителю отделения дневного пребывания и его·
заместителю: высшее (социальное, педагогическое) образование и стаж работы по·
специальности не менее 3 лет. Для должностей руководителя отделения и его заместителя·
квалификационные категории не устанавливаются.
      3. Квалификационные требования к специалисту по жестовому языку (специалист высшего·
уровня квалификации):
      высшей категории – техническое и профессиональное (педагогическое, филологическое)·
образование или высшее (педагогическое) образование и стаж работы по специальности не·
менее 2 лет;
      без категории – техническое и профессиональное (педагогическое, филологическое)·
образование или высшее (педагогическое) образование, без предъявления требований к стажу·
работы.
      4. К сурдопереводчику предъявляются требования, установленные пунктом 3 настоящих·
Квалификационных требований.
      5. Квалификация работников подтверждается при аттестации.
"""

SHARED = {
    "kk": (KK_SHARED, ("күндізгі болу бөлімшесінің басшысы", "күндізгі болу бөлімшесі басшысының орынбасары",
                       "ым тілі жөніндегі маман", "сурдоаудармашы"),
           ("жоғары (әлеуметтік, педагогикалық) білім және мамандығы бойынша кемінде 3 жыл жұмыс өтілі",
            "техникалық және кәсіптік (педагогикалық, филологиялық) білім немесе жоғары (педагогикалық) білім "
            "және мамандығы бойынша кемінде 2 жыл жұмыс өтілі")),
    "ru": (RU_SHARED, ("руководитель отделения дневного пребывания",
                       "заместитель руководителя отделения дневного пребывания",
                       "специалист по жестовому языку", "сурдопереводчик"),
           ("высшее (социальное, педагогическое) образование и стаж работы по специальности не менее 3 лет",
            "техническое и профессиональное (педагогическое, филологическое) образование или высшее "
            "(педагогическое) образование и стаж работы по специальности не менее 2 лет")),
}


def _shared_expected(names):
    return [
        ("2", names[0], None, None, "higher", 3),
        ("2", names[1], None, None, "higher", 3),
        ("3", names[2], "high", "highest", "tvet", 2),
        ("3", names[2], "high", "none", "tvet", None),
        # point 4 gives no clauses: those of point 3, under point 4, where point 4 stands
        ("4", names[3], "high", "highest", "tvet", 2),
        ("4", names[3], "high", "none", "tvet", None),
    ]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_head_and_deputy_share_a_clause_and_a_point_refers_to_another(lang):
    body, names, texts = SHARED[lang]
    got = records(body, lang)
    assert short(got) == _shared_expected(names)
    # the sentence that says no categories are set is no part of the shared clause
    assert [r.text for r in got[:2]] == [texts[0], texts[0]]
    # two educations joined by `немесе` / `или` stay one clause: the first is its level
    assert got[2].text == texts[1] and got[2].alternatives == ["higher"]
    # the referred clauses keep their text and the lines it is printed on
    assert [(r.text, r.lines) for r in got[4:]] == [(r.text, r.lines) for r in got[2:4]]


def test_a_point_that_refers_to_itself_or_to_another_act_takes_nothing():
    body = SHARED["ru"][0].replace("пунктом 3 настоящих·\nКвалификационных требований",
                                   "пунктом 3 Правил аттестации")
    assert [r.paragraph for r in records(body, "ru")] == ["2", "2", "3", "3"]


PAGE = textwrap.dedent("""\
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>{title}</title></head><body>
    <div class="container_alpha slogan"><h1>{title}</h1><p>{act_line}</p></div>
    <article>
    {paras}
    </article></body></html>
    """)

HEADS = {
    "kk": ("Жұмыскерлерге қойылатын біліктілік талаптарын бекіту туралы",
           "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2026 жылғы 3 ақпандағы "
           "№ 12 бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2026 жылғы 9 ақпанда № 40111 болып тіркелді",
           "2-тарау. Біліктілігі жоғары деңгейдегі мамандардың біліктілігіне қойылатын талаптар"),
    "ru": ("Об утверждении квалификационных требований к работникам",
           "Приказ Министра труда и социальной защиты населения Республики Казахстан от 3 февраля 2026 года "
           "№ 12. Зарегистрирован в Министерстве юстиции Республики Казахстан 9 февраля 2026 года № 40111",
           "Глава 2. Квалификационные требования к специалистам высшего уровня квалификации"),
}


def _blocks(body: str) -> list[tuple[bool, str]]:
    """The paragraphs of a body as a page prints them whole: (a chapter heading?, its text)."""
    blocks: list[list] = []
    fresh = True
    for line in body.replace("·\n", " \n").replace("\n\n\n\n", "\n").split("\n"):
        if not line.strip():
            fresh = True
            continue
        if line.startswith("      ") or fresh:
            blocks.append([not line.startswith(" "), line.strip()])
        else:
            blocks[-1][1] += " " + line.strip()
        fresh = False
    return [(chapter, " ".join(text.split())) for chapter, text in blocks]


def _page(lang: str, body: str, chapter_before: str = "") -> str:
    """An act's body as an adilet page: `<p>` paragraphs with indents, its chapters `<h3>` (and
    `chapter_before` over the point that opens so), the reference a link inside its sentence."""
    title, act_line, chapter = HEADS[lang]
    html = []
    for k, (is_chapter, text) in enumerate(_blocks(body)):
        if is_chapter:
            html.append(f"<h3>{text}</h3>")
            continue
        if chapter_before and text.startswith(chapter_before):
            html.append(f"<h3>{chapter}</h3>")
        for word in ("3-тармағында", "пунктом 3"):
            text = text.replace(word, f'<a href="/kk/docs/V2600040111#z3">{word}</a>')
        html.append(f'<p id="z{k + 5}">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; {text}</p>')
    return PAGE.format(title=title, act_line=act_line, paras="\n".join(html))


def _page_requirements(tmp_path, lang: str, page: str):
    path = tmp_path / f"act_{lang}.html"
    path.write_text(page, encoding="utf-8")
    prepared = pipeline.prepare_one(pipeline.read_one(path, tmp_path))
    return pipeline.extract_one(prepared).extraction.requirements


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_head_and_deputy_and_a_reference_on_a_page(tmp_path, lang):
    # the chapter's level holds for point 3, which names the same one itself
    got = _page_requirements(tmp_path, lang, _page(lang, SHARED[lang][0], chapter_before="3."))
    assert short(got) == _shared_expected(SHARED[lang][1])


@pytest.mark.parametrize("lang,body,names", [
    ("kk", KK_CHAPTERS, ("оңалту жөніндегі әдіскер", "ересектер тобының тәрбиешісі")),
    ("ru", RU_CHAPTERS, ("методист по реабилитации", "воспитатель группы взрослых")),
])
def test_the_chapter_names_the_level_on_a_page(tmp_path, lang, body, names):
    got = _page_requirements(tmp_path, lang, _page(lang, body))
    assert [(r.position, r.specialist_level, r.category) for r in got] == [
        (names[0], "high", "highest"), (names[0], "high", "none"),
        (names[1], "middle", "second"), (names[1], "middle", "none")]
