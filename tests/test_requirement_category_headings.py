"""Requirement acts that print a position's CATEGORIES AS HEADINGS with the specialist levels
under each (`1) высшей категории:` / `специалист высшего уровня квалификации – …;`, `1) жоғары
санатты:` / `біліктілігі жоғары деңгейдегі маман – …;`): the reverse of the usual levels over
categories. Each level line is a clause of its level and of the heading's category; the years are
in words, a clause may offer a second, longer experience after `или` / `немесе` (the first is
the clause's), no experience is said in the passive, a paragraph may have one `без категории`
clause. Text (lines broken inside a clause, the heading and its clauses on one line) and PDF, in
both languages. A few lines of damaged input -> the records they must become."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from pdf_factory import MM, _Flow, _new_pdf, _style  # noqa: E402
from test_requirement_wordings import read  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.requirements import read_requirements  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402


def _record(r):
    return (r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.education_fields, r.min_experience_years, r.experience_in)


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


RU_PARAS = [
    "1. Настоящие требования распространяются на следующих работников центра: методист, консультант, "
    "помощник воспитателя.",
    "2. Квалификационные требования к методисту:",
    "1) высшей категории:",
    "специалист высшего уровня квалификации – высшее (педагогическое, психологическое) образование и стаж "
    "работы в должности специалиста высшего уровня квалификации первой категории не менее четырех лет;",
    "специалист среднего уровня квалификации – техническое и профессиональное (среднее специальное, среднее "
    "профессиональное) педагогическое образование и стаж работы в должности специалиста среднего уровня "
    "квалификации первой категории не менее пяти лет;",
    "2) без категории:",
    "специалист высшего уровня квалификации – высшее (педагогическое, психологическое) образование, "
    "требования к стажу работы не предъявляются;",
    "специалист среднего уровня квалификации – техническое и профессиональное (среднее специальное, среднее "
    "профессиональное) педагогическое образование, требования к стажу работы не предъявляются.",
    "3. Квалификационные требования к консультанту:",
    "специалист высшего уровня квалификации:",
    "высшей категории – высшее (социальное) образование и стаж работы в должности специалиста первой "
    "категории не менее трех лет или стаж работы с семьями не менее шести лет;",
    "без категории – высшее (социальное) образование, требования к стажу работы не предъявляются.",
    "4. Квалификационные требования к помощнику воспитателя:",
    "специалист среднего уровня квалификации:",
    "без категории – техническое и профессиональное (педагогическое) образование, требования к стажу работы "
    "не предъявляются.",
]

KK_PARAS = [
    "1. Осы талаптар орталықтың мынадай лауазымдарына қолданылады: әдіскер, кеңесші, тәрбиеші көмекшісі.",
    "2. Әдіскерге қойылатын біліктілік талаптары:",
    "1) жоғары санатты:",
    "біліктілігі жоғары деңгейдегі маман – жоғары (педагогикалық, психологиялық) білім және біліктілігі "
    "жоғары деңгейдегі бірінші санатты маман лауазымында кемінде төрт жыл жұмыс өтілі;",
    "біліктілігі орта деңгейдегі маман – техникалық және кәсіптік (орта арнаулы, орта кәсіптік) педагогикалық "
    "білім және біліктілігі орта деңгейдегі бірінші санатты маман лауазымында бес жылдан кем емес жұмыс өтілі;",
    "2) санатсыз:",
    "біліктілігі жоғары деңгейдегі маман – жоғары (педагогикалық, психологиялық) білім, жұмыс өтіліне "
    "талаптар қойылмайды;",
    "біліктілігі орта деңгейдегі маман – техникалық және кәсіптік (орта арнаулы, орта кәсіптік) педагогикалық "
    "білім, жұмыс өтіліне қойылатын талаптар қойылмайды.",
    "3. Кеңесшіге қойылатын біліктілік талаптары:",
    "біліктілігі жоғары деңгейдегі маман:",
    "жоғары санатты – жоғары (әлеуметтік) білім және бірінші санатты маман лауазымында кемінде үш жыл жұмыс "
    "өтілі немесе отбасылармен жұмыс өтілі кемінде алты жыл;",
    "санатсыз – жоғары (әлеуметтік) білім, жұмыс өтіліне талаптар қойылмайды.",
    "4. Тәрбиеші көмекшісіне қойылатын біліктілік талаптары:",
    "біліктілігі орта деңгейдегі маман:",
    "санатсыз – техникалық және кәсіптік (педагогикалық) білім, жұмыс өтіліне талаптар қойылмайды.",
]

_M, _MF = ["педагогическое", "психологическое"], ["педагогическое"]
RU_EXPECTED = [
    ("2", "методист", "high", "highest", "higher", _M, 4, "специалиста высшего уровня квалификации первой категории"),
    ("2", "методист", "middle", "highest", "tvet", _MF, 5, "специалиста среднего уровня квалификации первой категории"),
    ("2", "методист", "high", "none", "higher", _M, None, None),
    ("2", "методист", "middle", "none", "tvet", _MF, None, None),
    ("3", "консультант", "high", "highest", "higher", ["социальное"], 3, "специалиста первой категории"),
    ("3", "консультант", "high", "none", "higher", ["социальное"], None, None),
    ("4", "помощник воспитателя", "middle", "none", "tvet", ["педагогическое"], None, None),
]
_K, _KF = ["педагогикалық", "психологиялық"], ["педагогикалық"]
KK_EXPECTED = [
    ("2", "әдіскер", "high", "highest", "higher", _K, 4, "біліктілігі жоғары деңгейдегі бірінші санатты маман"),
    ("2", "әдіскер", "middle", "highest", "tvet", _KF, 5, "біліктілігі орта деңгейдегі бірінші санатты маман"),
    ("2", "әдіскер", "high", "none", "higher", _K, None, None),
    ("2", "әдіскер", "middle", "none", "tvet", _KF, None, None),
    ("3", "кеңесші", "high", "highest", "higher", ["әлеуметтік"], 3, "бірінші санатты маман"),
    ("3", "кеңесші", "high", "none", "higher", ["әлеуметтік"], None, None),
    ("4", "тәрбиеші көмекшісі", "middle", "none", "tvet", ["педагогикалық"], None, None),
]
PARAS = {"ru": RU_PARAS, "kk": KK_PARAS}
EXPECTED = {"ru": RU_EXPECTED, "kk": KK_EXPECTED}


def _text(paras: list[str], broken: bool = True) -> str:
    """The paragraphs indented as an act prints them; a long clause broken over two lines (its
    rest not indented), as a text export breaks it."""
    out = []
    for p in paras:
        cut = p.rfind(" ", 0, 90) if broken and len(p) > 100 else -1
        out.append(f"      {p[:cut]}·\n{p[cut + 1:]}" if cut > 0 else f"      {p}")
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_category_headings_with_levels_under_them(lang):
    """Each level line under a category heading is a clause of its level and that category; the
    paragraphs printed levels over categories after it read as before."""
    assert records(_text(PARAS[lang]), lang) == EXPECTED[lang]


def _one_line(paras: list[str]) -> list[str]:
    """Paragraph 2 printed on one line: the head, its category headings and their level clauses."""
    return [paras[0], " ".join(paras[1:8]), *paras[8:]]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_headings_and_their_clauses_on_the_heads_line(lang):
    """The head's colon, a heading's colon and each level clause after a `;` on one line."""
    assert records(_text(_one_line(PARAS[lang]), broken=False), lang) == EXPECTED[lang]


# headings without a number, printed in the other case (`высшая категория:`, `жоғары санаттағы:`),
# and a level before a colon instead of a dash
RU_PLAIN = """      2. Квалификационные требования к методисту:
      высшая категория:
      специалист высшего уровня квалификации: высшее (педагогическое) образование и стаж работы по специальности не менее двух лет;
      специалист среднего уровня квалификации: техническое и профессиональное (педагогическое) образование и стаж работы по специальности не менее трех лет;
      первая категория:
      специалист высшего уровня квалификации: высшее (педагогическое) образование и стаж работы по специальности не менее одного года.
"""
KK_PLAIN = """      2. Әдіскерге қойылатын біліктілік талаптары:
      жоғары санаттағы:
      біліктілігі жоғары деңгейдегі маман: жоғары (педагогикалық) білім және мамандығы бойынша кемінде екі жыл жұмыс өтілі;
      біліктілігі орта деңгейдегі маман: техникалық және кәсіптік (педагогикалық) білім және мамандығы бойынша үш жылдан кем емес жұмыс өтілі;
      бірінші санаттағы:
      біліктілігі жоғары деңгейдегі маман: жоғары (педагогикалық) білім және мамандығы бойынша кемінде бір жыл жұмыс өтілі.
"""


@pytest.mark.parametrize("lang,body,field", [("ru", RU_PLAIN, "по специальности"), ("kk", KK_PLAIN, "мамандығы бойынша")])
def test_unnumbered_headings_and_levels_before_a_colon(lang, body, field):
    assert [(r[2], r[3], r[4], r[6], r[7]) for r in records(body, lang)] == [
        ("high", "highest", "higher", 2, field), ("middle", "highest", "tvet", 3, field),
        ("high", "first", "higher", 1, field)]


# guard: a category alone on its line whose clause is printed as subparagraphs stays one clause
RU_ITEMS = """      2. Квалификационные требования к методисту:
      высшей категории:
      1) высшее (педагогическое) образование;
      2) стаж работы по специальности не менее 4 лет.
"""


def test_a_category_over_its_clauses_subparagraphs_is_no_heading():
    assert [(r[3], r[4], r[6]) for r in records(RU_ITEMS, "ru")] == [("highest", "higher", 4)]


# ---------------------------------------------------------------- the same act in a PDF

def _pdf_records(tmp_path: Path, lang: str):
    flow = _Flow(_new_pdf(), _style(0))
    flow.pdf.add_page()
    for p in PARAS[lang]:
        flow.paragraph(p, indent=12 * MM)
    path = tmp_path / f"headings_{lang}.pdf"
    flow.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    return [_record(r) for r in read_requirements(doc, [], lexicon)]


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_the_same_act_in_a_pdf(tmp_path, lang):
    assert _pdf_records(tmp_path, lang) == EXPECTED[lang]
