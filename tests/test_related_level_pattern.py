"""A related occupation's level is checked as printed: one level, a list, or a range (`4-5 деңгей`)."""
import re

import pytest

from extractors.schema import LEVEL_LIST_PATTERN


@pytest.mark.parametrize("level", ["8", "6.1", "4.2, 4.3", "4-5", "4-5, 6", "5.1-5.2"])
def test_printed_levels_pass(level):
    assert re.match(LEVEL_LIST_PATTERN, level)


@pytest.mark.parametrize("level", ["9", "4-", "4,,5", "уровень 4", "4 - 5 - 6"])
def test_other_text_does_not(level):
    assert not re.match(LEVEL_LIST_PATTERN, level)
