"""Requirement acts whose table is printed cell by cell with NO blank line between its cells (each
cell's lines wrapped at its narrow column, words cut), a level cell that prints its category after
the level (`Уровень квалификации и категория`), a requirement cell a page break cuts after fewer
lines than the level cell beside it, and the page's number and running header printed at the top
of the pages; a spread word followed by a one-letter word and ordinary words. A few lines of
damaged text -> the records they must become, in both languages."""
from extractors.repair import close_letter_spacing, remove_page_furniture, split_lines
from extractors.requirements import read_requirements
from extractors.vocabulary import vocabulary
from test_requirement_wordings import read


def rows(body: str, lang: str):
    doc, lexicon = read(body, lang)
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             r.education_fields, r.min_experience_years)
            for r in read_requirements(doc, [], lexicon)]


# the header's second cell wrapped over three lines (`квалифика` / `ции и`), its third letter-spaced
# up to a one-letter word; each row's level cell six lines, its clause cell wider; a page break
# inside row 3 after two lines of the clause cell
RU_FLAT = """      1. Настоящие требования распространяются на должность социального работника.
      2. Квалификационные требования к социальному работнику устанавливаются согласно·
таблице:

№ п/п
Уровень·
квалифика
ции и·
категория
Требования к  о б р а з о в а н и ю и опыту работы
1
специалист·
высшего·
уровня·
квалификаци
и первой·
категории
высшее или послевузовское (социальное, ·
юридическое) образование и стаж работы по ·
специальности не менее 2 лет
2
специалист·
высшего·
уровня·
квалификаци
и без·
категории
высшее или послевузовское (социальное, ·
юридическое) образование без предъявления ·
требований к стажу работы
3
специалист·
среднего·
уровня·
квалификаци
и первой·
категории
техническое и профессиональное, послесреднее ·
(социальное) образование
{break}
и стаж работы по специальности не менее 3·
лет
4
специалист·
среднего·
уровня·
квалификаци
и без·
категории
техническое и профессиональное, послесреднее ·
(социальное) образование без предъявления ·
требований к стажу работы

      3. Категория присваивается по результатам аттестации.
"""

# each page after the first opening with its number, then the running header
_PAGE = "\n\n\n{}\n\nТребования к социальным работникам\n"
RU_FLAT_PAGES = RU_FLAT.replace("      1. Настоящие", "      Текст приказа." + _PAGE.format(5) + "\n      1. Настоящие").replace(
    "{break}", _PAGE.format(6)).replace("      3. Категория", _PAGE.format(7) + "\n      3. Категория")
RU_FLAT = RU_FLAT.replace("{break}", "\n\n")

# the same in Kazakh, the level and the category in two columns of their own (three cells a row)
KK_FLAT = """      1. Осы талаптар әлеуметтік қызметкер лауазымына қолданылады.
      2. Әлеуметтік қызметкерге қойылатын біліктілік талаптары мынадай кестеде келтірілген:

Р/с №
Біліктілік·
деңгейі
Санаты
Біліктілік·
талаптары
1
біліктілігі·
жоғары·
деңгейдегі·
маман
бірінші·
санатты
жоғары (әлеуметтік, құқықтық) білім және мамандығы·
бойынша кемінде 2 жыл жұмыс өтілі
2
біліктілігі·
орта·
деңгейдегі·
маман
санатсыз
техникалық және кәсіптік (әлеуметтік) білім, жұмыс·
өтіліне талап қойылмайды

      3. Санат аттестация нәтижелері бойынша беріледі.
"""

WORKER = "социальный работник"
RU_RECORDS = [
    ("2", WORKER, "high", "first", "higher", ["социальное", "юридическое"], 2),
    ("2", WORKER, "high", "none", "higher", ["социальное", "юридическое"], None),
    ("2", WORKER, "middle", "first", "tvet", ["социальное"], 3),
    ("2", WORKER, "middle", "none", "tvet", ["социальное"], None),
]


def test_a_table_with_no_blank_line_between_its_cells_gives_a_clause_per_row():
    """Each row: its level and its category from the one level cell, its clause from the cell
    after it; the clause a page break cut goes on after the running header (its years counted)."""
    assert [r[2:] for r in rows(RU_FLAT, "ru")] == [r[2:] for r in RU_RECORDS]


def test_the_running_header_after_a_page_number_is_no_text():
    doc, lexicon = read(RU_FLAT_PAGES, "ru")
    assert "Требования к социальным работникам" not in [b.text for b in doc.blocks]
    assert [r[2:] for r in rows(RU_FLAT_PAGES, "ru")] == [r[2:] for r in RU_RECORDS]


def test_a_kazakh_table_with_no_blank_line_cuts_each_row_into_its_three_columns():
    assert [r[2:] for r in rows(KK_FLAT, "kk")] == [
        ("high", "first", "higher", ["әлеуметтік", "құқықтық"], 2),
        ("middle", "none", "tvet", ["әлеуметтік"], None),
    ]


def test_the_last_letter_of_a_spread_word_before_ordinary_words_is_left_to_the_lexicon():
    """`о б р а з о в а н и ю и опыту`: the `и` may end the spread word or be a word; the gap
    before it is free (the lexicon sees `образованию` and `и`), the word before it closed up."""
    text, free = close_letter_spacing("к  о б р а з о в а н и ю и опыту работы", False, vocabulary("ru"))
    assert text == "к образованию и опыту работы" and 1 in free


def test_a_running_header_that_starts_with_the_annex_is_removed():
    """A header printed on the last three pages of six (after each page's number), not on the
    order's pages before the annex."""
    raw = []
    for page in range(1, 4):
        raw += [f"приказ, страница {page}", "", f"{page}", "", "", ""]
    for page in range(4, 7):
        raw += [f"{page}", "", "Правила аттестации", "", f"пункт {page}", "", "", ""]
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert "Правила аттестации" not in texts and "пункт 6" in texts
