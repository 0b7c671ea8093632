"""Round-18 requirement variation (r18b), both languages: each point only refers to a numbered,
captioned table (`приведены в таблице 1`, `1-кестеде келтірілген`; a caption, a title line, then
a ruled table category | education | experience), whose education cell is merged down the category
rows: printed once, with the first row it covers, the rows after it print only their category and
experience, and take the last education printed above. A row may print its own education (the
highest category asking postgraduate education, its fields in a bracket before the noun)."""
import pytest

from conftest import doc_from_text

from extractors.extract import extract_document

RU = """
Об утверждении квалификационных требований к работникам архивов

Приказ Министра культуры Республики Казахстан от 4 марта 2031 года № 91.
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 марта 2031 года
№ 51240
      ПРИКАЗЫВАЮ:
      1. Утвердить прилагаемые квалификационные требования.

Глава 1. Общие положения

      2. Квалификационные требования устанавливаются к следующим должностям:
      1) архивист – специалист высшего уровня квалификации;
      2) реставратор документов – специалист среднего уровня квалификации.

Глава 2. Квалификационные требования

      3. Квалификационные требования к архивисту приведены в таблице 1.

Таблица 1
Квалификационные требования к архивисту

Квалификационная
категория

Требования к образованию

Требования к стажу работы

Высшая категория

послевузовское (историческое)
образование

стаж работы по специальности
не менее 4 лет

Первая категория

высшее (или послевузовское)
(историческое, юридическое)
образование

стаж работы по специальности
не менее 2 лет

Без категории

без предъявления требований к
стажу работы


      4. Квалификационные требования к реставратору документов приведены в
таблице 2.

Таблица 2
Квалификационные требования к реставратору документов

Квалификационная
категория

Требования к образованию

Требования к стажу работы

Первая категория

техническое и профессиональное
(художественное) образование

стаж работы по специальности
не менее 3 лет

Вторая категория

стаж работы по специальности
не менее 1 года

Без категории

без предъявления требований к
стажу работы

"""
KK = """
Мұрағат қызметкерлеріне қойылатын біліктілік талаптарын бекіту туралы

Қазақстан Республикасы Мәдениет министрінің 2031 жылғы 4 наурыздағы № 91
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2031 жылғы 9 наурызда
№ 51240 болып тіркелді
      БҰЙЫРАМЫН:
      1. Қоса беріліп отырған біліктілік талаптары бекітілсін.

1-тарау. Жалпы ережелер

      2. Біліктілік талаптары мынадай лауазымдарға белгіленеді:
      1) мұрағатшы – біліктілігі жоғары деңгейдегі маман;
      2) құжаттарды қалпына келтіруші – біліктілігі орта деңгейдегі маман.

2-тарау. Біліктілік талаптары

      3. Мұрағатшыға қойылатын біліктілік талаптары 1-кестеде келтірілген.

1-кесте
Мұрағатшыға қойылатын біліктілік талаптары

Біліктілік санаты

Біліміне қойылатын талаптар

Жұмыс өтіліне қойылатын талаптар

Жоғары санат

жоғары оқу орнынан кейінгі
(тарихи) білім

мамандығы бойынша кемінде 4 жыл
жұмыс өтілі

Бірінші санат

жоғары (немесе жоғары оқу орнынан
кейінгі) (тарихи, заңгерлік) білім

мамандығы бойынша кемінде 2 жыл
жұмыс өтілі

Санаты жоқ

жұмыс өтіліне талап қойылмайды


      4. Құжаттарды қалпына келтірушіге қойылатын біліктілік талаптары
2-кестеде келтірілген.

2-кесте
Құжаттарды қалпына келтірушіге қойылатын біліктілік талаптары

Біліктілік санаты

Біліміне қойылатын талаптар

Жұмыс өтіліне қойылатын талаптар

Бірінші санат

техникалық және кәсіптік (көркем)
білім

мамандығы бойынша кемінде 3 жыл
жұмыс өтілі

Екінші санат

мамандығы бойынша кемінде 1 жыл
жұмыс өтілі

Санаты жоқ

жұмыс өтіліне талап қойылмайды

"""


def _rows(ex):
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level,
             sorted(r.education_fields), r.min_experience_years) for r in ex.requirements]


@pytest.mark.parametrize("lang,text,names,fields", [
    ("ru", RU, ("архивист", "реставратор документов"),
     (["историческое"], ["историческое", "юридическое"], ["художественное"])),
    ("kk", KK, ("мұрағатшы", "құжаттарды қалпына келтіруші"),
     (["тарихи"], ["заңгерлік", "тарихи"], ["көркем"])),
])
def test_an_education_cell_merged_down_the_rows_is_each_rows_education(lang, text, names, fields):
    doc, raw, lexicon = doc_from_text(text, lang)
    first, second = names
    own, merged, tvet = fields
    assert _rows(extract_document(doc, raw, lexicon)) == [
        ("3", first, "high", "highest", "postgraduate", own, 4),
        ("3", first, "high", "first", "higher", merged, 2),
        ("3", first, "high", "none", "higher", merged, None),
        ("4", second, "middle", "first", "tvet", tvet, 3),
        ("4", second, "middle", "second", "tvet", tvet, 1),
        ("4", second, "middle", "none", "tvet", tvet, None),
    ]


@pytest.mark.parametrize("lang,text,education,line", [
    ("ru", RU, "техническое и профессиональное (художественное) образование, ", "техническое и профессиональное"),
    ("kk", KK, "техникалық және кәсіптік (көркем) білім, ", "техникалық және кәсіптік (көркем)"),
])
def test_a_row_under_a_merged_cell_reads_education_comma_experience_with_the_cells_lines(lang, text, education, line):
    doc, raw, lexicon = doc_from_text(text, lang)
    second = [r for r in extract_document(doc, raw, lexicon).requirements if r.paragraph == "4"]
    assert all(r.text.startswith(education) for r in second)
    # the merged cell's lines are each row's too: every row's provenance holds the printed cell
    printed = text.lstrip("\n").split("\n").index(line) + 1
    assert all(r.lines[0] <= printed <= r.lines[1] for r in second)
