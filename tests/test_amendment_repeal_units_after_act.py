"""A repeal list's item that names the units after the act (the Kazakh order: the act in the
genitive, its registration in brackets after the units): the units inside one another are written
as a path (`2-тармақ, 1) тармақша`, as a paragraph of the order repealing a subpoint is), and units
joined by `және` each by itself with the word between as printed. Before, only the last unit was
kept (`1) тармақша`), which named no point."""
import pytest

from conftest import doc_from_text
from extractors.amendments import read_amendments
from extractors.header import read_header
from test_amendment_repeal_only_annex18e import KK_ORDER

ITEM = ('      3. "Есеп нысандарын бекіту туралы" Қазақстан Республикасы Мәдениет министрінің·\n'
        '2020 жылғы 4 маусымдағы № 88 бұйрығының {units}·\n'
        '(Нормативтік құқықтық актілерді мемлекеттік тіркеу тізілімінде № 20811 болып тіркелген).\n')


@pytest.mark.parametrize("printed, written", [
    ("2-тармағының 1) тармақшасы", "2-тармақ, 1) тармақша"),
    ("2-тармағының 1) тармақшасы және 3-қосымшасы", "2-тармақ, 1) тармақша және 3-қосымша"),
    ("5-тармағы", "5-тармақ"),
])
def test_the_units_after_the_act_are_written_whole(printed, written):
    doc, _, lexicon = doc_from_text((KK_ORDER + ITEM.format(units=printed)).replace("·\n", " \n"), "kk")
    got, _ = read_amendments(doc, read_header(doc), lexicon)
    assert [(a.target_doc, a.target_unit) for a in got][-1] == ("V2000020811", written)
