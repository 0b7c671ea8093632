"""The seed acts against the visible gold (../shared/gold), scored with ../shared/tools/score_gold.py.
The seeds are read exactly today, so every measure is asserted at 1.000: a regression fails."""
import pytest

from extractors import pipeline
from conftest import GOLD_KK, needs_shared
from scoring import f1, score_extractions

pytestmark = needs_shared


@pytest.fixture(scope="module")
def scored(seeds, tmp_path_factory):
    extractions = list(seeds.extractions.values())
    pipeline.link_documents(extractions)
    return score_extractions(extractions, GOLD_KK, tmp_path_factory.mktemp("curated"))


def test_all_gold_cards_found_none_extra(scored):
    found, total = scored["cards_found"].split("/")
    assert found == total and scored["cards_extra"] == 0, scored["SUMMARY"]


def test_card_fields_and_lists(scored):
    assert scored["card_fields"] == 1.0, scored["SUMMARY"]
    for key in ("functions", "tasks", "skills", "knowledge", "alt_names", "related"):
        assert f1(scored[key]) == 1.0, (key, scored["SUMMARY"])


def test_requirements_amendments_documents(scored):
    assert f1(scored["requirements"]) == 1.0 and scored["requirement_fields"] == 1.0, scored["SUMMARY"]
    assert f1(scored["amendments"]) == 1.0, scored["SUMMARY"]
    assert f1(scored["knowledge_lists"]) == 1.0, scored["SUMMARY"]
    assert scored["document_fields"] == 1.0, scored["SUMMARY"]
