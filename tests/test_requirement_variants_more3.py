"""Qualification requirement acts printed otherwise once more, each a few lines of damaged text ->
the records it must become: a position named only by its paragraph's head, levels that name the
position before their colon, a position given its one clause after a dash."""
import pytest

from test_requirement_wordings import clauses

_HEADED_KK = (
    "      2. Логопедке қойылатын біліктілік талаптары:\n"
    "      1) жоғары санатты: жоғары педагогикалық (дефектология) білім және бірінші санатты·\n"
    "логопед лауазымындағы жұмыс өтілі кемінде 3 (үш) жыл;\n"
    "      2) санаты жоқ: жоғары педагогикалық (дефектология) білім, жұмыс өтіліне талап·\n"
    "қойылмайды.\n"
    "      3. Тәрбиешісіне қойылатын біліктілік талаптары:\n"
    "      1) біліктілігі жоғары деңгейдегі тәрбиешісі:\n"
    "      бірінші санатты – жоғары білім және тәрбиешісі лауазымындағы жұмыс өтілі кемінде·\n"
    "3 (үш) жыл;\n"
    "      санаты жоқ – жоғары білім, жұмыс өтіліне талап қойылмайды;\n"
    "      2) біліктілігі орта деңгейдегі тәрбиешісі:\n"
    "      бірінші санатты – техникалық және кәсіптік білім және жұмыс өтілі кемінде 4 (төрт) жыл.\n"
    "      4. Күзетші көмекшісі – жалпы орта білім, жұмыс өтіліне талап қойылмайды.\n"
    "      5. Педагогтер үшін жұмыс өтіліне білім беру ұйымдарындағы жұмыс уақыты есептеледі.\n"
)


def test_the_position_named_only_by_its_head_in_the_dative_is_each_clause_s_position():
    """No list of positions: `Логопедке қойылатын …` gives `логопед`, `Тәрбиешісіне …` `тәрбиешісі`."""
    got = clauses(_HEADED_KK, "kk")
    assert [g[:2] for g in got[:2]] == [("2", "логопед"), ("2", "логопед")]
    assert {g[1] for g in got if g[0] == "3"} == {"тәрбиешісі"}


def test_a_level_subparagraph_naming_the_position_before_its_colon_heads_its_categories():
    """`1) біліктілігі жоғары деңгейдегі тәрбиешісі:` is a level heading, not a clause."""
    assert [g for g in clauses(_HEADED_KK, "kk") if g[0] == "3"] == [
        ("3", "тәрбиешісі", "high", "first", "higher", 3),
        ("3", "тәрбиешісі", "high", "none", "higher", None),
        ("3", "тәрбиешісі", "middle", "first", "tvet", 4),
    ]


def test_a_position_after_a_head_with_its_one_clause_after_a_dash_is_a_clause_and_a_rule_is_none():
    assert [g for g in clauses(_HEADED_KK, "kk") if g[0] in ("4", "5")] == [
        ("4", "күзетші көмекшісі", None, None, "general_secondary", None),
    ]


@pytest.mark.parametrize("lang,body", [
    ("kk", "      4. Күзетші көмекшісі – жалпы орта білім, жұмыс өтіліне талап қойылмайды.\n"),
    ("ru", "      4. Помощник сторожа – общее среднее образование, без предъявления требований к стажу.\n"),
])
def test_a_name_and_a_dash_with_no_requirement_head_before_it_is_no_clause(lang, body):
    assert clauses(body, lang) == []


# a table whose level cell spans category rows and whose position cell spans level cells; a page
# break falls between two categories of the first row; a level or a category `-` is none
_SPANNED = {
    "ru": ("      2. Квалификационные требования к работникам центра:\n\n\n"
           "№·\nп/п\n\nНаименование·\nдолжности\n\nУ р о в е н ь·\nквалификации\n\nКатегория\n\n"
           "Квалификационные требования\n\n1\n\nЛ о г о п е д\n\nвысший уровень·\nквалификации\n\nвысшая\n\n"
           "высшее образование и стаж·\nработы по специальности не менее·\n4 (четырех) лет\n\n"
           "первая\n\nвысшее образование и стаж работы·\nпо специальности не менее 2 (двух) лет\n\n\n\n\n"
           "без·\nкатегории\n\nвысшее образование без·\nпредъявления требований к стажу·\nработы\n\n"
           "средний·\nуровень·\nквалификации\n\nпервая\n\nтехническое и профессиональное·\nобразование и стаж·\n"
           "работы не менее 3 (трех) лет\n\n2\n\nСторож\n\n-\n\n-\n\nобщее среднее образование без·\n"
           "предъявления требований к стажу\n\n"
           "      3. В стаж работы засчитывается стаж работы в организациях образования.\n"),
    "kk": ("      2. Орталық қызметкерлеріне қойылатын біліктілік талаптары:\n\n\n"
           "№·\nр/с\n\nЛауазымның·\nатауы\n\nБ і л і к т і л і к·\nдеңгейі\n\nСанаты\n\n"
           "Біліктілік талаптары\n\n1\n\nЛ о г о п е д\n\nжоғары·\nдеңгей\n\nжоғары·\nсанатты\n\n"
           "жоғары білім және мамандығы·\nбойынша кемінде 4 (төрт) жыл·\nжұмыс өтілі\n\n"
           "бірінші·\nсанатты\n\nжоғары білім және мамандығы бойынша·\nкемінде 2 (екі) жыл жұмыс өтілі\n\n\n\n\n"
           "санаты·\nжоқ\n\nжоғары білім, жұмыс өтіліне·\nталап қойылмайды\n\n"
           "орта·\nдеңгей\n\nбірінші·\nсанатты\n\nтехникалық және кәсіптік·\nбілім және кемінде·\n"
           "3 (үш) жыл жұмыс өтілі\n\n2\n\nКүзетші\n\n-\n\n-\n\nжалпы орта білім, жұмыс өтіліне·\n"
           "талап қойылмайды\n\n"
           "      3. Жұмыс өтіліне білім беру ұйымдарындағы жұмыс уақыты есептеледі.\n"),
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_table_whose_level_cell_spans_categories_cut_by_a_page_break_between_categories(lang):
    """The cells after the break open the next category's and the next level's sub-rows: no
    category glued onto the position, none lost."""
    first, other = ("логопед", "сторож") if lang == "ru" else ("логопед", "күзетші")
    assert clauses(_SPANNED[lang], lang) == [
        ("2", first, "high", "highest", "higher", 4),
        ("2", first, "high", "first", "higher", 2),
        ("2", first, "high", "none", "higher", None),
        ("2", first, "middle", "first", "tvet", 3),
        ("2", other, None, None, "general_secondary", None),
    ]
