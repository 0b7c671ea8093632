"""Russian acts, written by the project (tests/fixtures/ru/), read with the same code and the
Russian vocabulary, scored against their gold with the bars of the Kazakh acts."""
from pathlib import Path

import pytest

from extractors import language, pipeline
from conftest import FIXTURES, needs_shared
from scoring import f1, score_extractions

RU = FIXTURES / "ru"


@pytest.fixture(scope="module")
def ru_scored(tmp_path_factory):
    raws = [pipeline.read_one(p, RU) for p in sorted(RU.glob("*.txt"))]
    prepared = [pipeline.prepare_one(r) for r in raws]
    lexicons = pipeline.lexicons(prepared)
    results = [pipeline.extract_one(p, lexicons[p.lang]) for p in prepared]
    summary = score_extractions([r.extraction for r in results], RU, tmp_path_factory.mktemp("curated_ru"))
    return prepared, results, summary


@needs_shared
def test_russian_documents_are_detected_from_their_text(ru_scored):
    prepared, _, _ = ru_scored
    assert {p.lang for p in prepared} == {"ru"}


@needs_shared
def test_russian_acts_meet_the_bar(ru_scored):
    _, _, s = ru_scored
    found, total = s["cards_found"].split("/")
    assert found == total and s["cards_extra"] == 0, s["SUMMARY"]
    assert s["card_fields"] >= 0.98 and f1(s["skills"]) >= 0.97 and f1(s["knowledge"]) >= 0.97, s["SUMMARY"]
    assert f1(s["requirements"]) >= 0.98 and s["requirement_fields"] >= 0.98, s["SUMMARY"]
    assert f1(s["amendments"]) >= 0.95 and f1(s["knowledge_lists"]) >= 0.97, s["SUMMARY"]
    assert s["document_fields"] >= 0.98, s["SUMMARY"]


@pytest.mark.parametrize("encoding", ["cp1251", "utf-16", "utf-16-le"])
def test_russian_in_other_encodings_reads_the_same(tmp_path, encoding):
    src = RU / "ru_000_requirements.txt"
    text = src.read_text(encoding="utf-8")
    target = tmp_path / "act.txt"
    target.write_bytes(text.encode(encoding) if encoding != "utf-16" else text.encode("utf-16"))
    raw = pipeline.read_one(target, tmp_path)
    assert not isinstance(raw, pipeline.Quarantined), raw
    assert raw.lines == text.split("\n")
    p = pipeline.prepare_one(raw)
    res = pipeline.extract_one(p, pipeline.lexicons([p])["ru"])
    assert res.extraction.document.doc_id == "V1800017383" and len(res.extraction.requirements) == 32


def test_mixed_language_segments_are_tagged():
    assert language.segment_language(
        "КС сәйкес мамандық үшін біліктілік деңгейі, типовым квалификационным характеристикам "
        "должностей руководителей, специалистов и других служащих организаций внутренних дел") == "mixed"
    assert language.segment_language("Жұмысты ұйымдастыру, қарым-қатынас дағдылары") == "kk"
    assert language.segment_language("Организация работы, навыки общения и стрессоустойчивость") == "ru"
