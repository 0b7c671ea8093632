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
