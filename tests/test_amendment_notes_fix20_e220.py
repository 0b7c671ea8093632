"""Editorial notes of a consolidated text on a document the act approves, named by its own words
in the case the note's verb governs (`Ескерту. Нұсқаулыққа өзгерістер енгізілді – …`): the unit is
that document in the nominative, as a unit named by its word is (`Кестеге` -> `кесте`). A Russian
note names the document in the nominative already, and is written as printed."""
import datetime as dt

import pytest

from test_amendment_rows_and_notes import _notes

D = dt.date(2025, 3, 4)

NOTES = {
    "the approved requirements changed, in the dative plural": [
        ("kk", '      Ескерту. Зертханашыларға қойылатын талаптарға өзгерістер енгізілді – ҚР Ауыл·\n'
               'шаруашылығы министрінің 04.03.2025 № 77 бұйрығымен.\n',
         [("note", "Зертханашыларға қойылатын талаптар", "amend", "77", D, None)]),
        ("ru", '      Сноска. Требования к лаборантам с изменениями, внесенными приказом Министра·\n'
               'сельского хозяйства РК от 04.03.2025 № 77.\n',
         [("note", "Требования к лаборантам", "amend", "77", D, None)]),
    ],
    "the approved instruction, in the dative after a consonant": [
        ("kk", '      Ескерту. Нұсқаулыққа өзгеріс енгізілді – ҚР Ауыл шаруашылығы министрінің·\n'
               '04.03.2025 № 77 бұйрығымен.\n',
         [("note", "Нұсқаулық", "amend", "77", D, None)]),
    ],
    "the approved standard named with its qualifier, in the possessive dative": [
        ("kk", '      Ескерту. Кәсіптік стандартына өзгеріс енгізілді – ҚР Ауыл шаруашылығы министрінің·\n'
               '04.03.2025 № 77 бұйрығымен.\n',
         [("note", "Кәсіптік стандарты", "amend", "77", D, None)]),
        ("ru", '      Сноска. Профессиональный стандарт с изменениями, внесенными приказом Министра·\n'
               'сельского хозяйства РК от 04.03.2025 № 77.\n',
         [("note", "Профессиональный стандарт", "amend", "77", D, None)]),
    ],
    "the approved methodology, in the dative after a vowel": [
        ("kk", '      Ескерту. Бағалау әдістемесіне өзгерістер енгізілді – ҚР Ауыл шаруашылығы·\n'
               'министрінің 04.03.2025 № 77 бұйрығымен.\n',
         [("note", "Бағалау әдістемесі", "amend", "77", D, None)]),
        ("ru", '      Сноска. Методика оценки с изменениями, внесенными приказом Министра сельского·\n'
               'хозяйства РК от 04.03.2025 № 77.\n',
         [("note", "Методика оценки", "amend", "77", D, None)]),
    ],
    "a scope that names no document stays as printed": [
        ("kk", '      Ескерту. Бүкіл мәтін бойынша "агроном" деген сөз "бас агроном" деген сөзбен·\n'
               'ауыстырылды – ҚР Ауыл шаруашылығы министрінің 04.03.2025 № 77 бұйрығымен.\n',
         [("note", "Бүкіл мәтін бойынша", "amend", "77", D, "бас агроном")]),
    ],
}


@pytest.mark.parametrize("variation", NOTES)
def test_notes_on_an_approved_document(variation):
    for lang, body, expected in NOTES[variation]:
        assert _notes(body, lang) == expected, lang
