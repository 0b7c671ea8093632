"""A head that addresses the holders of a post as a group, in the plural (`Аудиторларға …`, `К
аудиторам …`), over subparagraphs that name the post itself around its category (`жоғары санатты
аудитор: …`, `аудитор высшей категории: …`): the position is the post the clauses name, in the
singular, not the head's group. A post with no categories of its own printed after them (`Бас
аудитор – …`) is one clause with category null (the project's convention: `none` is the category
"without a category", `без категории` / `санатсыз`, of a post that has categories)."""
import pytest

from test_requirement_wordings import clauses

_KK = ("      2. Аудиторларға мынадай біліктілік талаптары қойылады:\n"
       "      1) жоғары санатты аудитор: жоғары (экономикалық, қаржылық) білім және бірінші санатты аудитор·\n"
       "лауазымында кемінде төрт жыл жұмыс өтілі;\n"
       "      2) санатсыз аудитор: жоғары (экономикалық, қаржылық) білім, жұмыс өтіліне талап қойылмайды.\n"
       "      3. Бас аудитор – жоғары (экономикалық) білім және жоғары санатты аудитор лауазымында кемінде·\n"
       "екі жыл жұмыс өтілі.\n")
_RU = ("      2. К аудиторам предъявляются следующие квалификационные требования:\n"
       "      1) аудитор высшей категории: высшее (экономическое, финансовое) образование и стаж работы в·\n"
       "должности аудитора первой категории не менее четырех лет;\n"
       "      2) аудитор без категории: высшее (экономическое, финансовое) образование, без предъявления·\n"
       "требований к стажу работы.\n"
       "      3. Главный аудитор – высшее (экономическое) образование и стаж работы в должности аудитора·\n"
       "высшей категории не менее двух лет.\n")


@pytest.mark.parametrize("lang,body,post,chief", [
    ("kk", _KK, "аудитор", "бас аудитор"),
    ("ru", _RU, "аудитор", "главный аудитор"),
])
def test_a_plural_head_over_clauses_naming_the_post_gives_the_post(lang, body, post, chief):
    assert clauses(body, lang) == [
        ("2", post, None, "highest", "higher", 4),
        ("2", post, None, "none", "higher", None),
        ("3", chief, None, None, "higher", 2),
    ]


def test_a_multiword_post_addressed_in_the_plural():
    body = ("      2. Мансап жөніндегі кеңесшілерге мынадай біліктілік талаптары қойылады:\n"
            "      1) бірінші санатты мансап жөніндегі кеңесші – жоғары білім және кемінде үш жыл жұмыс өтілі;\n"
            "      2) санатсыз мансап жөніндегі кеңесші – жоғары білім, жұмыс өтіліне талап қойылмайды.\n")
    assert [c[1] for c in clauses(body, "kk")] == ["мансап жөніндегі кеңесші"] * 2
