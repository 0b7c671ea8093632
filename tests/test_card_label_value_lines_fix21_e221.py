"""A standard whose cards are printed as `label: value` lines, not as a table: each row's label
from the card template opens its line and its value follows the colon, up to the next label.
Around such a card:

- the standard's list of terms defines the card itself, in a paragraph of its own after a break (`3) кәсіп карточкасы – кәсіптік
  стандарттың ... бөлігі`, `3) карточка профессии – часть ...`): a term and its definition, not
  a card's heading (it took the first card's place and moved every card's rows one card on);
- several other names of the occupation share one cell, parted by `;`, without codes;
- a related occupation is named at a range of levels (`4-5 деңгей – Name`, `4-5 уровень – Name`);
- a page break cuts a list: the page's number and the order's annex caption printed once at the
  new page's head (`7` / `... бұйрығына қосымша`) are no part of the list or of its task.
"""
import pytest

from conftest import cards_from_text
from extractors.repair import remove_page_furniture, split_lines
from extractors.vocabulary import vocabulary
from test_cards import fn_view

KK = """\
      2. Осы кәсіптік стандартта мынадай терминдер мен анықтамалар қолданылады:
      1) біліктілік деңгейі – жұмыс күрделілігінің өлшемі;
      2) еңбек функциясы – кәсіптік қызметтің бөлігі;



      3) кәсіп карточкасы – кәсіптік стандарттың кәсіптің еңбек функцияларын сипаттайтын бөлігі.

"Мұражай ісі" кәсіптік стандартына
1-қосымша

Кәсіп карточкасы: "Мұражай қорларының сақтаушысы"

Топ коды: 2621-0
Кәсіп коды: 2621-0-011
Кәсіп атауы: Мұражай қорларының сақтаушысы
СБШ бойынша біліктілік деңгейі: 6
Кәсіптің басқа мүмкін атаулары: Қор сақтаушы; Мұражай заттарын есепке алу жөніндегі
маман; Экспонаттар сақтаушысы
Кәсіптік білім деңгейі: Жоғары білім
Еңбек функциялары:
Міндетті еңбек функциялары:
1-еңбек функциясы. Мұражай заттарын есепке алу.

1-еңбек функциясы: Мұражай заттарын есепке алу
Міндет: Түсім кітабын жүргізу
Дағдылар:
1) Заттарды қабылдау актісін жасау;
2) Заттың сипаттамасын жазу;



7

Мәдениет министрінің 2026 жылғы 3 наурыздағы № 15 бұйрығына қосымша

3) Түсім кітабына жазба енгізу.
Білім:
1) мұражай қорын есепке алу қағидалары;
2) сақтау режимінің талаптары.

СБШ шеңберіндегі басқа кәсіптермен байланыс:
4-5 деңгей – Мұражай экспонаттарының реставраторы
7 деңгей – Мұражай қорлары бөлімінің меңгерушісі
"""

RU = """\
      2. В настоящем профессиональном стандарте применяются следующие термины и определения:
      1) уровень квалификации – мера сложности работ;
      2) трудовая функция – часть профессиональной деятельности;



      3) карточка профессии – часть профессионального стандарта, описывающая трудовые функции.

Приложение 1
к профессиональному стандарту "Музейное дело"

Карточка профессии: "Хранитель музейных фондов"

Код группы: 2621-0
Код профессии: 2621-0-011
Наименование профессии: Хранитель музейных фондов
Уровень квалификации по ОРК: 6
Другие возможные наименования профессии: Хранитель фондов; Специалист по учету музейных
предметов; Хранитель экспонатов
Уровень профессионального образования: Высшее образование
Трудовые функции:
Обязательные трудовые функции:
1. Учет музейных предметов.

Трудовая функция 1: Учет музейных предметов
Задача 1: Ведение книги поступлений
Навыки:
1) Составление акта приема предметов;
2) Описание предмета;



7

Приложение к приказу Министра культуры от 3 марта 2026 года № 15

3) Внесение записи в книгу поступлений.
Знания:
1) правила учета музейного фонда;
2) требования режима хранения.

Связь с другими профессиями в рамках ОРК:
4-5 уровень – Реставратор музейных экспонатов
7 уровень – Заведующий отделом музейных фондов
"""

TEXT = {"kk": KK, "ru": RU}
TITLE = {"kk": "Мұражай қорларының сақтаушысы", "ru": "Хранитель музейных фондов"}
ALT = {"kk": ["Қор сақтаушы", "Мұражай заттарын есепке алу жөніндегі маман", "Экспонаттар сақтаушысы"],
       "ru": ["Хранитель фондов", "Специалист по учету музейных предметов", "Хранитель экспонатов"]}
RELATED = {"kk": [("4-5", "Мұражай экспонаттарының реставраторы"), ("7", "Мұражай қорлары бөлімінің меңгерушісі")],
           "ru": [("4-5", "Реставратор музейных экспонатов"), ("7", "Заведующий отделом музейных фондов")]}


def _card(lang):
    cards = cards_from_text(TEXT[lang], lang)
    assert len(cards) == 1  # the defined term is no card
    return cards[0]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_card_of_label_value_lines_reads_its_own_rows(lang):
    card = _card(lang)
    assert card.card_title == TITLE[lang] == card.name
    assert (card.code, card.group_code, card.qualification_level) == ("2621-0-011", "2621-0", "6")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_other_names_parted_by_semicolons_are_one_each(lang):
    assert [name for _, name, _ in _card(lang).alt_names] == ALT[lang]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_related_occupation_at_a_range_of_levels(lang):
    assert [(level, name) for level, name, _ in _card(lang).related] == RELATED[lang]


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_the_page_head_inside_a_list_is_left_out(lang):
    [(_, _, _, [(_, task, skills, knowledge)])] = fn_view(_card(lang))
    assert task.endswith(("жүргізу", "поступлений"))
    assert len(skills) == 3 and skills[1].endswith(("жазу", "предмета"))
    assert len(knowledge) == 2


@pytest.mark.parametrize("raw", [
    # a capital after the page head: a new sentence, the caption may be the annex's own heading
    ["Соңғы сөйлем аяқталды", "", "", "4", "", "Бұйрыққа қосымша", "", "Келесі бөлім"],
    # the line before closes its sentence
    ["Последнее предложение.", "", "", "4", "", "Приложение к приказу", "", "1) пункт"],
])
def test_a_page_head_that_cuts_nothing_stays(raw):
    lang = "kk" if "Бұйрыққа" in raw[5] else "ru"
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw), vocabulary(lang))]
    assert "4" in texts
