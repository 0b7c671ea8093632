"""Fast checks of the PDF fixture factory (tests/pdf_factory.py)."""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

import pdfplumber
import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import pdf_factory as pf  # noqa: E402
from conftest import GOLD_KK as GOLD, needs_shared  # noqa: E402

KK_LETTERS = "әғқңөұүһі"


def _squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _skills_column_text(page, params) -> str:
    crop = page.crop((params["x_skills"], 0, params["table_right"] + 1, page.height))
    return crop.extract_text() or ""


def test_fonts_are_fixtures():
    assert (pf.FONT_DIR / "DejaVuSans.ttf").is_file()
    assert (pf.FONT_DIR / "DejaVuSans-Bold.ttf").is_file()
    assert pf.FONT_DIR.parent.name == "fixtures"


def test_random_act_renders_and_opens(tmp_path):
    doc = pf.random_act(random.Random(1), "kk", 2, "social")
    assert doc["doc_id"] == "V{}{:08d}".format(
        doc["document"]["registration_date"][2:4], int(doc["document"]["registration_number"]))
    out = pf.render_act_pdf(doc, tmp_path / "act.pdf", lang="kk", seed=1)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 2 + 1
        words = [w["text"] for w in pdf.pages[0].extract_words()]
        assert doc["document"]["registration_number"] in words
        assert doc["document"]["act_number"] in words
        first = pdf.pages[0].extract_text()
        assert "болып тіркелді" in first
        assert "министрінің" in first
        # every card starts on its own page with its heading
        starts = [i for i, p in enumerate(pdf.pages) if "Мамандық картасы" in (p.extract_text() or "")]
        assert len(starts) == 2 and starts[0] == 1


def test_header_wording_kk_and_ru():
    doc = {"title": "T", "issuer": "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі",
           "act_number": "388", "act_date": "2022-09-26",
           "registration_number": "29880", "registration_date": "2022-09-28"}
    kk = pf.header_text(doc, "kk")
    assert kk == ("Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің 2022 жылғы "
                  "26 қыркүйектегі № 388 бұйрығы. Қазақстан Республикасының Әділет министрлігінде "
                  "2022 жылғы 28 қыркүйекте № 29880 болып тіркелді")
    doc["issuer"] = "Министра труда и социальной защиты населения Республики Казахстан"
    ru = pf.header_text(doc, "ru")
    assert ru == ("Приказ Министра труда и социальной защиты населения Республики Казахстан от 26 сентября "
                  "2022 года № 388. Зарегистрирован в Министерстве юстиции Республики Казахстан "
                  "28 сентября 2022 года № 29880")
    assert pf.doc_id_for(doc) == "V2200029880"
    assert pf.KK_MONTHS[8][1:] == ("тамыздағы", "тамызда")
    assert pf.KK_MONTHS[4][1:] == ("сәуірдегі", "сәуірде")


def test_long_list_breaks_across_pages(tmp_path):
    rnd = random.Random(7)
    card = pf.random_card(rnd, "kk", 1)
    skills = [pf._phrase(rnd, "kk", 18, 25) for _ in range(40)]
    card["labor_functions"] = [{"no": 1, "kind": "mandatory", "name": "Қызметті ұйымдастыру",
                                "tasks": [{"no": 1, "name": "Жоспарлау", "skills": skills, "knowledge": []}]}]
    doc = {"document": {"title": "Сынақ", "registration_number": "12345", "registration_date": "2023-01-05"},
           "occupations": [card]}
    seed = 3
    params = pf.render_params(seed)
    out = pf.render_act_pdf(doc, tmp_path / "long.pdf", lang="kk", seed=seed)
    with pdfplumber.open(out) as pdf:
        pages = pdf.pages
        start = next(i for i, p in enumerate(pages) if "Мамандық картасы" in (p.extract_text() or ""))
        later = pages[start + 1:]
        assert len(later) >= 2, "40 long skills should run over 2+ further pages"
        for p in later:
            assert p.lines, "continuation pages must carry the table's ruled lines"
            assert not p.rects
            # the fragment on each page is closed at its top and at its bottom
            ys = sorted({round(ln["top"], 1) for ln in p.lines if ln["height"] == 0})
            assert ys[0] == pytest.approx(params["margin"], abs=0.5)
        assert any(_squash(skills[-1])[:30] in _squash(_skills_column_text(p, params)) for p in later)
        # the skills column, read page after page, gives back every item in order
        column = "".join(_squash(_skills_column_text(p, params)) for p in pages[start:])
        pos = 0
        for s in skills:
            pos = column.find(_squash(s), pos)
            assert pos >= 0, s
        # at least one item is cut by a page break
        per_page = [_squash(_skills_column_text(p, params)) for p in pages[start:]]
        assert any(not any(_squash(s) in t for t in per_page) for s in skills)


def test_kazakh_letters_round_trip(tmp_path):
    card = pf.random_card(random.Random(2), "kk", 1)
    card["name"] = card["card_title"] = "Әлеуметтік көмек ғылыми қызметкері өңір ұйымы " + KK_LETTERS
    card["personal_competencies"] = KK_LETTERS.upper() + " " + KK_LETTERS
    doc = {"document": {"title": "Кәсіптік стандартты бекіту туралы"}, "occupations": [card]}
    out = pf.render_act_pdf(doc, tmp_path / "kk.pdf", lang="kk", seed=0)
    with pdfplumber.open(out) as pdf:
        text = "\n".join(p.extract_text() or "" for p in pdf.pages)
    assert KK_LETTERS in text
    assert KK_LETTERS.upper() in text
    assert "Әлеуметтік көмек ғылыми" in text
    assert "Кәсіптік стандартты бекіту туралы" in text


def test_russian_health_layout(tmp_path):
    doc = pf.random_act(random.Random(4), "ru", 2, "health")
    out = pf.render_act_pdf(doc, tmp_path / "ru.pdf", lang="ru", layout="health", seed=5)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= 3
        assert "Зарегистрирован в Министерстве юстиции" in pdf.pages[0].extract_text()
        text = pdf.pages[1].extract_text()
        assert "Приложение 1" in text and "Карточка профессии" in text
        assert "Трудовые функции" in text or "Трудовые" in text


def test_same_seed_same_bytes(tmp_path):
    doc = pf.random_act(random.Random(9), "kk", 1, "social")
    a = pf.render_act_pdf(doc, tmp_path / "a.pdf", seed=11).read_bytes()
    b = pf.render_act_pdf(doc, tmp_path / "b.pdf", seed=11).read_bytes()
    assert a == b
    assert pf.render_params(11) == pf.render_params(11)
    widths = {round(pf.render_params(s)["label_w"]) for s in range(20)}
    assert len(widths) > 1 and all(89 <= w <= 110 for w in widths)


def test_random_card_follows_the_rules():
    rnd = random.Random(0)
    label_words = re.compile(r"(?i)еңбек|функция|міндет|тапсырма|дағды|білім|деңгей")
    for lang in ("kk", "ru"):
        for no in range(1, 8):
            card = pf.random_card(rnd, lang, no)
            assert card["code"] is None or re.fullmatch(r"\d{4}-\d-\d{3}", card["code"])
            assert re.fullmatch(r"[4-7](\.\d)?", card["qualification_level"])
            assert 1 <= len(card["labor_functions"]) <= 4
            assert not label_words.search(card["name"])
            for f in card["labor_functions"]:
                assert 1 <= len(f["tasks"]) <= 3
                for t in f["tasks"]:
                    for item in t["skills"] + t["knowledge"]:
                        assert ";" not in item and not re.search(r"[.;:,!?]$", item)
                        assert not re.match(r"\d", item) and 3 <= len(item.split()) <= 25
                        assert not label_words.search(item)
                    if t["no"] == 1:
                        assert 2 <= len(t["skills"]) <= 12 and 2 <= len(t["knowledge"]) <= 12


@needs_shared
def test_gold_card_renders(tmp_path):
    doc = json.loads((GOLD / "004.cards-1-3.json").read_text(encoding="utf-8"))
    out = pf.render_gold_cards(doc, tmp_path / "g.pdf", "kk", "health", 1)
    with pdfplumber.open(out) as pdf:
        assert len(pdf.pages) >= len(doc["occupations"]) + 1
        text = pdf.pages[1].extract_text()
        assert "1 – қосымша" in text and "кәсіп карточкасы" in text
        assert "33325" in pdf.pages[0].extract_text()
