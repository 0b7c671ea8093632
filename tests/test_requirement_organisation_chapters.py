"""Requirement acts grouped in chapters by ORGANISATION TYPE, each a few lines of damaged text ->
the records it must become, in both languages: the levels stated once in a SENTENCE of the general
provisions (no list of positions), each point's head naming the post together with its
organisation (`Қалалық музейдің экспозиция жөніндегі маманына`, `к специалисту по экспозиции
городского музея`), so the same post has one set of clauses per chapter, told apart by the point.
"""
from __future__ import annotations

import pytest

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


KK = """      1-тарау. Жалпы ережелер
      1. Осы біліктілік талаптары қалалық музейлердің және аудандық музейлердің·
қызметкерлеріне қойылады.
      2. Экспозиция жөніндегі маман лауазымы біліктілігі жоғары деңгейдегі мамандардың·
лауазымдарына, экскурсовод лауазымы біліктілігі орта деңгейдегі мамандардың·
лауазымдарына жатады.
      2-тарау. Қалалық музейлердің қызметкерлеріне қойылатын біліктілік талаптары
      3. Қалалық музейдің экспозиция жөніндегі маманына мынадай біліктілік талаптары·
қойылады:
      бірінші санатты – жоғары (тарихи) білім және музей ісі саласында кемінде 4 жыл·
жұмыс өтілі;
      санаты жоқ – жоғары (тарихи) білім, жұмыс өтіліне талап қойылмайды.
      3-тарау. Аудандық музейлердің қызметкерлеріне қойылатын біліктілік талаптары
      4. Аудандық музейдің экспозиция жөніндегі маманына мынадай біліктілік талаптары·
қойылады:
      бірінші санатты – жоғары (тарихи) білім және музей ісі саласында кемінде 2 жыл·
жұмыс өтілі;
      санаты жоқ – жоғары (тарихи) білім, жұмыс өтіліне талап қойылмайды.
      5. Аудандық музейдің экскурсоводына мынадай біліктілік талаптары қойылады:
      бірінші санатты – техникалық және кәсіптік білім және мамандығы бойынша кемінде·
1 жыл жұмыс өтілі;
      санаты жоқ – техникалық және кәсіптік білім, жұмыс өтіліне талап қойылмайды.
"""

RU = """      Глава 1. Общие положения
      1. Настоящие квалификационные требования предъявляются к работникам городских·
музеев и районных музеев.
      2. К должностям специалистов высшего уровня квалификации относится специалист·
по экспозиции, к должностям специалистов среднего уровня квалификации – экскурсовод.
      Глава 2. Квалификационные требования к работникам городских музеев
      3. К специалисту по экспозиции городского музея предъявляются следующие·
квалификационные требования:
      первой категории – высшее (историческое) образование и стаж работы в области·
музейного дела не менее 4 лет;
      без категории – высшее (историческое) образование, без предъявления требований к стажу работы.
      Глава 3. Квалификационные требования к работникам районных музеев
      4. К специалисту по экспозиции районного музея предъявляются следующие·
квалификационные требования:
      первой категории – высшее (историческое) образование и стаж работы в области·
музейного дела не менее 2 лет;
      без категории – высшее (историческое) образование, без предъявления требований к стажу работы.
      5. К экскурсоводу районного музея предъявляются следующие квалификационные требования:
      первой категории – техническое и профессиональное образование и стаж работы по·
специальности не менее 1 года;
      без категории – техническое и профессиональное образование, без предъявления·
требований к стажу работы.
"""


def test_kk_one_post_in_two_organisation_chapters_levels_in_a_sentence():
    assert records(KK, "kk") == [
        ("3", "экспозиция жөніндегі маман", "high", "first", "higher", 4),
        ("3", "экспозиция жөніндегі маман", "high", "none", "higher", None),
        ("4", "экспозиция жөніндегі маман", "high", "first", "higher", 2),
        ("4", "экспозиция жөніндегі маман", "high", "none", "higher", None),
        ("5", "экскурсовод", "middle", "first", "tvet", 1),
        ("5", "экскурсовод", "middle", "none", "tvet", None),
    ]


def test_ru_one_post_in_two_organisation_chapters_levels_in_a_sentence():
    assert records(RU, "ru") == [
        ("3", "специалист по экспозиции", "high", "first", "higher", 4),
        ("3", "специалист по экспозиции", "high", "none", "higher", None),
        ("4", "специалист по экспозиции", "high", "first", "higher", 2),
        ("4", "специалист по экспозиции", "high", "none", "higher", None),
        ("5", "экскурсовод", "middle", "first", "tvet", 1),
        ("5", "экскурсовод", "middle", "none", "tvet", None),
    ]


def _paragraphs(body: str) -> list[str]:
    return [p.strip() for p in body.replace("·\n", " ").splitlines() if p.strip()]


def _read_file(path, lang: str):
    from extractors.reading import read_document
    from extractors.text import assemble, document_lexicon, prepare
    raw = read_document(path)
    lines = prepare(raw, lang)
    lexicon = document_lexicon(lines, lang)
    doc = assemble(raw.source_file, lang, lines, lexicon)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_organisation_chapters_of_a_pdf(lang, tmp_path):
    from pdf_factory import render_act_pdf
    body = KK if lang == "kk" else RU
    path = render_act_pdf({}, tmp_path / "act.pdf", lang, body_paragraphs=_paragraphs(body))
    assert _read_file(path, lang) == records(body, lang)


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_organisation_chapters_of_a_web_page(lang, tmp_path):
    from html import escape
    body = KK if lang == "kk" else RU
    paras = "\n".join(f'<p id="z{k}">&nbsp;&nbsp;{escape(p)}</p>' for k, p in enumerate(_paragraphs(body)))
    page = f'<html><head><meta charset="utf-8"></head><body><div class="container_gamma text text_upd">{paras}</div></body></html>'
    (tmp_path / "act.html").write_text(page, encoding="utf-8")
    assert _read_file(tmp_path / "act.html", lang) == records(body, lang)
