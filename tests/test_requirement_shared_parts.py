"""Requirement acts that print a level's requirements in PARTS: the education once for the level
(`образование – …;`, `білімі – …;`), then the words for the experience alone (`стаж работы:`,
`жұмыс өтілі:`) and one lettered line per category that names its category as what it is for
(`а) для высшей категории – не менее …;`, `а) жоғары санатты маман үшін – кемінде …;`). A head that
ties its position to a level (`…, относящегося к специалистам среднего уровня квалификации`,
`Біліктілігі орта деңгейдегі мамандарға жататын …`), and a head of service with one clause and no
level or category. A few lines of damaged text -> the records they must become, in both languages."""
import pytest

from extractors.requirements import read_requirements
from test_requirement_wordings import read


def records(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return read_requirements(doc, [], lexicon)


def rows(body: str, lang: str):
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.min_experience_years, r.experience_in)
            for r in records(body, lang)]


RU_PARTS = """      2. Требования к квалификации руководителя службы дневного ухода: высшее·
(социальное, педагогическое) образование, стаж работы на руководящих должностях не менее 3 лет.
      3. Требования к квалификации сиделки:
      1) специалист высшего уровня квалификации:
      образование – высшее (медицинское,·
социальное);
      стаж работы:
      а) для высшей категории – не менее 3 лет в должности сиделки первой·
категории;
      б) для первой категории – не менее 2 лет по специальности;
      в) для специалиста без категории – без предъявления требований к стажу·
работы;
      2) специалист среднего уровня квалификации:
      образование – техническое и профессиональное (медицинское);
      стаж работы:
      а) для второй категории – не менее 1 года по специальности;
      б) для специалиста без категории – без предъявления требований к стажу работы.
      4. Требования к квалификации помощника сиделки, относящегося к специалистам среднего·
уровня квалификации:
      образование – техническое и профессиональное (медицинское);
      стаж работы:
      а) для высшей категории – не менее 2 лет по специальности;
      б) для специалиста без категории – без предъявления требований к стажу работы.
"""

KK_PARTS = """      2. Күндізгі күтім қызметінің басшысына қойылатын біліктілік талаптары: жоғары·
(әлеуметтік, педагогикалық) білім, басшылық лауазымдарда кемінде 3 жыл жұмыс өтілі.
      3. Күтушіге қойылатын біліктілік талаптары:
      1) біліктілігі жоғары деңгейдегі маман:
      білімі – жоғары (медициналық,·
әлеуметтік) білім;
      жұмыс өтілі:
      а) жоғары санатты маман үшін – бірінші санатты күтуші лауазымында кемінде·
3 жыл;
      б) бірінші санатты маман үшін – мамандығы бойынша кемінде 2 жыл;
      в) санаты жоқ маман үшін – жұмыс өтіліне талап·
қойылмайды;
      2) біліктілігі орта деңгейдегі маман:
      білімі – техникалық және кәсіптік (медициналық) білім;
      жұмыс өтілі: а) екінші санатты маман үшін – мамандығы бойынша кемінде 1 жыл;
      б) санаты жоқ маман үшін – жұмыс өтіліне талап қойылмайды.
      4. Біліктілігі орта деңгейдегі мамандарға жататын күтуші көмекшісіне қойылатын·
біліктілік талаптары:
      білімі – техникалық және кәсіптік (медициналық) білім;
      жұмыс өтілі:
      а) жоғары санатты маман үшін – мамандығы бойынша кемінде 2 жыл;
      б) санаты жоқ маман үшін – жұмыс өтіліне талап қойылмайды.
"""


@pytest.mark.parametrize("lang,body,names,where", [
    ("ru", RU_PARTS, ("руководитель службы дневного ухода", "сиделка", "помощник сиделки"),
     ("на руководящих должностях", "сиделки первой категории", "по специальности")),
    ("kk", KK_PARTS, ("күндізгі күтім қызметінің басшысы", "күтуші", "күтуші көмекшісі"),
     ("басшылық лауазымдарда", "бірінші санатты күтуші", "мамандығы бойынша")),
])
def test_each_category_line_is_a_clause_with_its_levels_education(lang, body, names, where):
    """The head of the day unit: one clause, no level, no category. Under each level heading the
    education printed once goes with every category line under it; the next level's with its own;
    the head that ties its position to a level gives that level and the position alone. The
    first category's line may follow the words for the experience on their line."""
    head, carer, helper = names
    managing, position, specialty = where
    assert rows(body, lang) == [
        ("2", head, None, None, "higher", 3, managing),
        ("3", carer, "high", "highest", "higher", 3, position),
        ("3", carer, "high", "first", "higher", 2, specialty),
        ("3", carer, "high", "none", "higher", None, None),
        ("3", carer, "middle", "second", "tvet", 1, specialty),
        ("3", carer, "middle", "none", "tvet", None, None),
        ("4", helper, "middle", "highest", "tvet", 2, specialty),
        ("4", helper, "middle", "none", "tvet", None, None),
    ]


@pytest.mark.parametrize("lang,body,first,last", [
    ("ru", RU_PARTS,
     "высшее (медицинское, социальное), стаж работы не менее 3 лет в должности сиделки первой категории",
     "техническое и профессиональное (медицинское), без предъявления требований к стажу работы"),
    ("kk", KK_PARTS,
     "жоғары (медициналық, әлеуметтік) білім, жұмыс өтілі бірінші санатты күтуші лауазымында кемінде 3 жыл",
     "техникалық және кәсіптік (медициналық) білім, жұмыс өтіліне талап қойылмайды"),
])
def test_a_clause_reads_as_its_parts_joined(lang, body, first, last):
    """The text is the education, the words for the experience (not where the category's line
    names the experience itself) and the category's line; its lines reach back to the education's."""
    got = records(body, lang)
    assert (got[1].text, got[-1].text) == (first, last)
    assert got[1].education_fields and got[1].lines[0] < got[1].lines[1]


# ---------------------------------------------------------------- the same printed in a PDF

import re  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).parent))
from pdf_factory import MM, _Flow, _new_pdf, _style  # noqa: E402

from extractors import language  # noqa: E402
from extractors.reading import read_document  # noqa: E402
from extractors.text import assemble, corpus_lexicon, prepare  # noqa: E402


@pytest.mark.parametrize("lang,body", [("ru", RU_PARTS), ("kk", KK_PARTS)])
def test_the_same_parts_printed_in_a_pdf(tmp_path, lang, body):
    """Each paragraph of the text typeset as a paragraph of a page: the same records."""
    pdf = _new_pdf()
    pdf.add_page()
    flow = _Flow(pdf, _style(0))
    for p in re.split(r"\n(?=      )", body):
        if p.strip():
            flow.paragraph(" ".join(p.replace("·\n", " ").split()), indent=12 * MM)
    path = tmp_path / f"parts_{lang}.pdf"
    pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, language.detect(raw.text))
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    got = [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
            r.min_experience_years, r.experience_in) for r in read_requirements(doc, [], lexicon)]
    assert got == rows(body, lang)
