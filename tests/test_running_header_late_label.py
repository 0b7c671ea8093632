"""A line that opens some of the later pages is no running header: a card's row label the page
breaks happen to put at the top of four of the last six pages stays text. A running header opens
most of the document's pages, or nearly every page from the first it opens on (an annex's)."""
import pytest

from extractors.repair import remove_page_furniture, split_lines


def _pages(openers: dict[int, str], pages: int = 12) -> list[str]:
    raw = []
    for page in range(1, pages + 1):
        raw += ([openers[page], ""] if page in openers else []) + [f"мәтін {page}", "", "", ""]
    return raw


@pytest.mark.parametrize("label", ["Еңбек функциясы", "Трудовая функция"])
def test_a_row_label_at_the_top_of_some_later_pages_stays(label):
    raw = _pages({7: label, 8: label, 10: label, 12: label})
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert texts.count(label) == 4


@pytest.mark.parametrize("header", ["Аттестаттау қағидалары", "Правила аттестации"])
def test_a_header_on_every_page_from_the_annex_on_is_dropped(header):
    raw = _pages({page: header for page in range(8, 13)})
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert header not in texts and "мәтін 12" in texts
