"""In the requirements table a clause outside the cards always names a category (the values of the
contract's enum that the gold uses): a position that has no categories at all is `none`, as one
printed `без категории` / `санатсыз` is. The records keep None (nothing printed); the table says it."""
import pyarrow.parquet as pq
import pytest

from extractors.quick import extract_files
from test_requirements import KK_HEADER, RU_HEADER

BODIES = {
    "ru": "      4. Квалификационные требования к архивисту:\n"
          "      техническое и профессиональное образование, без предъявления требований к стажу работы.\n",
    "kk": "      4. Мұрағатшыға мынадай талаптар қойылады: техникалық және кәсіптік білім, жұмыс өтіліне\n"
          "талап қойылмайды.\n",
}


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_a_position_without_categories_is_category_none_in_the_table(lang, tmp_path):
    act = tmp_path / f"act_{lang}.txt"
    header = RU_HEADER if lang == "ru" else KK_HEADER  # `·` marks a line's trailing space
    act.write_text((header + BODIES[lang]).replace("·\n", " \n"), encoding="utf-8")
    extract_files([act], tmp_path / "out", log=lambda m: None)
    rows = pq.read_table(tmp_path / "out" / "requirements.parquet").to_pylist()
    assert [(r["paragraph"], r["specialist_level"], r["category"], r["education_level"]) for r in rows] == [
        ("4", None, "none", "tvet")]
