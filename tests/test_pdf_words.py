"""Words and line ends from PDF characters (extractors/pdf_words.py), on characters placed
the way other typesetters place them: letter-spaced narrow columns, words cut at the
cell's edge in the middle of a line, justified lines."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extractors.pdf_words import cell_lines, line_end, space_width  # noqa: E402

SIZE = 10.0
W = 6.0  # every letter 6 pt wide
SPACE = 3.0


def chars(text: str, x0: float = 50.0, top: float = 100.0, letter_gap: float = 0.0,
          stretch: float = 0.0, spaces: bool = True) -> list[dict]:
    """Characters of one printed line: `letter_gap` after every letter, a space `SPACE` wide
    plus `stretch` between words (printed as a character when `spaces`)."""
    out, x = [], x0
    for ch in text:
        if ch == " ":
            if spaces:
                out.append({"text": " ", "x0": x, "x1": x + SPACE, "top": top, "bottom": top + SIZE, "size": SIZE})
            x += SPACE + stretch
            continue
        out.append({"text": ch, "x0": x, "x1": x + W, "top": top, "bottom": top + SIZE, "size": SIZE})
        x += W + letter_gap
    return out


def read(*lines: list[dict], inner=(50.0, 110.0)):
    out = cell_lines([c for ln in lines for c in ln], 1, space_width([c for ln in lines for c in ln]) or None)
    for ln in out:
        ln.inner_left, ln.inner_right = inner
    return out


def test_letter_spaced_line_is_one_word():
    # `Е ң б е к`: one word spread over a narrow cell, the same wide gap after every letter
    (ln,) = read(chars("Еңбек", letter_gap=4.8))
    assert ln.words == ["Еңбек"]


def test_letter_spaced_words_split_where_the_gap_is_wider_than_the_letter_gap():
    (ln,) = read(chars("ab cd ef", letter_gap=2.0, spaces=False))
    assert ln.words == ["ab", "cd", "ef"]


def test_justified_line_splits_at_printed_spaces_only():
    (ln,) = read(chars("басқа да", stretch=9.0))
    assert ln.words == ["басқа", "да"]


def test_two_letters_spread_over_a_line_are_one_word_when_the_pdf_prints_spaces():
    # `и х`: too few gaps to measure the line's own letter gap; the document prints its spaces
    doc = read(chars("и оценка", top=100), chars("их", top=112, letter_gap=30.0))
    assert [ln.text for ln in doc] == ["и оценка", "их"]


def test_line_with_room_for_the_next_letter_ended_at_a_space():
    a, b = read(chars("ab", top=100), chars("cd", top=112))
    assert line_end(a, b) == " "


def test_full_line_cut_inside_a_long_word_is_left_to_the_lexicon():
    # `Үйде әле|уметтік`: a word wider than the cell, cut where the line was full, mid-line
    a, b = read(chars("ab cdefgh", top=100), chars("ijklmn", top=112), inner=(50.0, 104.0))
    assert line_end(a, b) is None


def test_pieces_that_fit_one_line_together_were_never_cut():
    # `в` | `ходе`: the line is full, but `входе` would have fitted a line of the cell whole,
    # and no typesetter cuts a word that fits
    a, b = read(chars("abcdefgh v", top=100), chars("hode xy", top=112), inner=(50.0, 113.0))
    assert line_end(a, b) == " "


def test_a_printed_space_at_the_line_end_is_a_space():
    a, b = read(chars("abcdefgh ", top=100), chars("ijklmnop", top=112), inner=(50.0, 101.0))
    assert line_end(a, b) == " "


def test_a_short_line_spread_far_wider_than_a_space_is_one_word_when_no_spaces_are_printed():
    # `т ы н`, the tail of a cut word spread over a narrow cell, in a PDF that prints no spaces
    doc = read(chars("Жеке құз", top=100, spaces=False), chars("тын", top=112, letter_gap=15.0, spaces=False))
    assert [ln.text for ln in doc] == ["Жеке құз", "тын"]


def test_a_short_line_set_with_a_plain_space_keeps_its_words_when_no_spaces_are_printed():
    doc = read(chars("Жеке құз", top=100, spaces=False), chars("и в", top=112, spaces=False))
    assert [ln.text for ln in doc] == ["Жеке құз", "и в"]


def test_a_letter_printed_twice_for_bold_is_one_letter():
    line = chars("Білім:")
    bold = [dict(c, x0=c["x0"] + 0.4, x1=c["x1"] + 0.4) for c in line]
    (ln,) = read(line + bold)
    assert ln.words == ["Білім:"]


def test_open_line_ends_inside_a_row_label_follow_the_label():
    from extractors.pdf_labels import label_ends

    lines = read(*(chars(t, top=100 + 12 * k) for k, t in enumerate(["Еңбек", "жағдайла", "ры", "(мазмұны", "мен",
                                                                      "сапасы)", "Жұмыс"])))
    assert label_ends(lines, [None] * 6, "kk") == [" ", "", " ", " ", " ", None]
