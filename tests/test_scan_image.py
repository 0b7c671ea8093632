"""A scanned page's picture: set straight, its table borders found, and whited out for OCR.

The pictures are drawn here (no tesseract needed): a ruled table of three rows and two
columns on an A4 page at 300 dpi, as a scanner gives it back, askew, faint, noisy."""
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFilter

from extractors import scan_image

DPI = 300
SCALE = 72 / DPI
LEFT, RIGHT, TOP, ROW = 250, 2200, 600, 150  # pixels


def page_with_table(ink: int = 0, width: int = 3, words: bool = False) -> Image.Image:
    page = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(page)
    for k in range(4):
        draw.line([(LEFT, TOP + k * ROW), (RIGHT, TOP + k * ROW)], fill=ink, width=width)
    for x in (LEFT, 900, RIGHT):
        draw.line([(x, TOP), (x, TOP + 3 * ROW)], fill=ink, width=width)
    if words:  # a blurred bold word: letters touching along its middle, strokes above and below
        for k in range(12):
            draw.rectangle([300 + k * 40, 660, 330 + k * 40, 700], fill=0)
        draw.rectangle([300, 678, 780, 684], fill=0)
    return page


def scanned(page: Image.Image, degrees: float = 0.0, blur: float = 0.0, noise: float = 0.0) -> Image.Image:
    page = page.rotate(degrees, resample=Image.BICUBIC, fillcolor=255)
    if blur:
        page = page.filter(ImageFilter.GaussianBlur(blur))
    if noise:
        pixels = np.asarray(page).astype(float) + np.random.default_rng(7).normal(0, noise, (page.height, page.width))
        page = Image.fromarray(np.clip(pixels, 0, 255).astype("uint8"))
    return page


def long_lines(lines: tuple[list[dict], list[dict]]) -> tuple[int, int]:
    """How many horizontal and vertical borders run (nearly) the table's whole width and height."""
    horizontal, vertical = lines
    whole_width, whole_height = (RIGHT - LEFT) * SCALE * 0.95, 3 * ROW * SCALE * 0.95
    return (sum(1 for ln in horizontal if ln["x1"] - ln["x0"] >= whole_width),
            sum(1 for ln in vertical if ln["bottom"] - ln["top"] >= whole_height))


def test_a_straight_table_has_its_four_rules_and_three_columns():
    lines = scan_image.rulings(page_with_table(), SCALE)
    assert long_lines(lines) == (4, 3)
    assert len(lines[0]) == 4 and len(lines[1]) == 3  # no more than drawn


@pytest.mark.parametrize("degrees", [0.8, -1.2, 2.0])
def test_a_page_scanned_askew_is_set_straight_and_keeps_its_borders(degrees):
    page = scanned(page_with_table(), degrees)
    measured = scan_image.skew_degrees(page)
    assert abs(measured + degrees) < 0.1
    assert long_lines(scan_image.rulings(scan_image.upright(page), SCALE)) == (4, 3)


def test_a_straight_page_is_left_as_scanned():
    page = page_with_table()
    assert scan_image.upright(page) is page


def test_a_faint_blurred_noisy_border_is_still_a_border():
    # a thin grey line blurred over four rows: none of its pixels is black, its middle ~150
    page = scanned(page_with_table(ink=90, width=2), blur=1.0, noise=12)
    assert long_lines(scan_image.rulings(page, SCALE)) == (4, 3)


def test_the_touching_letters_of_a_bold_word_are_no_border():
    horizontal, _ = scan_image.rulings(page_with_table(words=True), SCALE)
    assert len(horizontal) == 4


def test_the_borders_are_whited_out_for_the_reader_and_the_words_kept():
    page = page_with_table(words=True)
    lines = scan_image.rulings(page, SCALE)
    clean = np.asarray(scan_image.without_rulings(page, lines, SCALE))
    assert (clean[TOP - 3:TOP + 4, LEFT:RIGHT] == 255).all()
    assert (clean[660:700, 300:330] == 0).all()  # a letter inside the cell stays
    assert (np.asarray(page)[TOP, LEFT:RIGHT] == 0).all()  # the page itself is not changed
