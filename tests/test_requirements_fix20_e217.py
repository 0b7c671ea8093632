"""Round-20 requirement variations (fix20_e217).

1. A requirements table whose short cells are printed side by side on one line, both languages:
   a row's number, its category and the first line of its education share one line
   (`2 бірінші санат жоғары (немесе …`), the experience cell is a block of its own, two header
   cells share a line (`Білімі Жұмыс өтілі`), and the column numbers are one block (`1 2 3 4`),
   printed again after a page break. Each row is its category's clause: the education cell, a
   comma and the experience cell.
2. A Kazakh clause joining its education and its experience with a comma, not `және`: what the
   experience is in starts after the comma (`… білім, бірінші санатты X лауазымында кемінде …`),
   also where the education itself holds `және` (`техникалық және кәсіптік … білім, X лауазымында`).
"""
import pytest

from conftest import doc_from_text

from extractors.extract import extract_document

KK_TABLE = """
Мемлекеттік мұрағаттардың қызметкерлеріне қойылатын біліктілік талаптарын бекіту туралы

Қазақстан Республикасы Мәдениет министрінің 2032 жылғы 3 наурыздағы № 71
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2032 жылғы 9 наурызда
№ 52014 болып тіркелді
      БҰЙЫРАМЫН:
      1. Қоса беріліп отырған біліктілік талаптары бекітілсін.

1-тарау. Жалпы ережелер

      1. Осы талаптар мынадай лауазымдарға қолданылады:
      1) мұрағатшы;
      2) қалпына келтіруші.

2-тарау. Біліктілік талаптары

      2. Мұрағатшыға қойылатын біліктілік талаптары мынадай кестеде келтірілген:
Р/с 
№

Біліктілік 
санаты

Білімі Жұмыс өтілі

1 2 3 4

1 бірінші санат жоғары (немесе жоғары 
оқу орнынан кейінгі) (
мұрағат ісі, тарих) 
білім

мамандығы бойынша 
кемінде 4 жыл

2 екінші санат техникалық және 
кәсіптік (мұрағат 
ісі) білім

мамандығы бойынша 
кемінде 1 жыл



2

      кестенің жалғасы
1 2 3 4

3 санатсыз техникалық және 
кәсіптік (мұрағат 
ісі) білім

талап етілмейді

      3. Қалпына келтірушіге мынадай талаптар қойылады:
      1) бірінші санатты қалпына келтіруші – жоғары (реставрация, бейнелеу өнері) білім,
екінші санатты қалпына келтіруші лауазымында кемінде төрт жыл жұмыс өтілі;
      2) екінші санатты қалпына келтіруші – техникалық және кәсіптік (реставрация) білім,
қалпына келтіруші лауазымында жұмыс өтілі кемінде 1 жыл.
"""

RU_TABLE = """
Об утверждении квалификационных требований к работникам государственных архивов

Приказ Министра культуры Республики Казахстан от 3 марта 2032 года № 71.
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 марта 2032 года
№ 52014
      ПРИКАЗЫВАЮ:
      1. Утвердить прилагаемые квалификационные требования.

Глава 1. Общие положения

      1. Требования распространяются на следующие должности:
      1) архивист;
      2) реставратор.

Глава 2. Квалификационные требования

      2. Квалификационные требования к архивисту приведены в таблице:
№ 
п/п

Квалификационная 
категория

Образование Стаж работы

1 2 3 4

1 первая категория высшее (или послевузовское) 
(архивное дело, история) 
образование

не менее 4 лет по 
специальности

2 вторая категория техническое и 
профессиональное (архивное 
дело) образование

не менее 1 года по 
специальности



2

      продолжение таблицы
1 2 3 4

3 без категории техническое и 
профессиональное (архивное 
дело) образование

не требуется
"""


def _records(text, lang):
    doc, raw, lexicon = doc_from_text(text, lang)
    return extract_document(doc, raw, lexicon).requirements


@pytest.mark.parametrize("lang,text,fields", [
    ("kk", KK_TABLE, [["мұрағат ісі", "тарих"], ["мұрағат ісі"], ["мұрағат ісі"]]),
    ("ru", RU_TABLE, [["архивное дело", "история"], ["архивное дело"], ["архивное дело"]]),
])
def test_table_with_cells_side_by_side_reads_a_clause_per_row(lang, text, fields):
    got = [(r.category, r.education_level, r.education_fields, r.min_experience_years)
           for r in _records(text, lang) if r.paragraph == "2"]
    assert got == [("first", "higher", fields[0], 4), ("second", "tvet", fields[1], 1),
                   ("none", "tvet", fields[2], None)]


def test_table_row_text_is_education_comma_experience():
    first = [r for r in _records(KK_TABLE, "kk") if r.paragraph == "2"][0]
    assert first.position == "мұрағатшы"
    education = "жоғары (немесе жоғары оқу орнынан кейінгі) (мұрағат ісі, тарих) білім"
    # the two cells joined as the table prints them side by side (a comma or a blank between)
    assert first.text in (f"{education}, мамандығы бойынша кемінде 4 жыл",
                          f"{education} мамандығы бойынша кемінде 4 жыл")


def test_experience_after_education_and_comma_kk():
    got = [(r.category, r.min_experience_years, r.experience_in)
           for r in _records(KK_TABLE, "kk") if r.paragraph == "3"]
    assert got == [("first", 4, "екінші санатты қалпына келтіруші"),
                   ("second", 1, "қалпына келтіруші")]
