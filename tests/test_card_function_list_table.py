"""A card whose functions are NAMED only in a list table of their own (`№ | name`, a spanning row
for each kind, each kind numbered from 1) and DESCRIBED in a second table headed once, whose
function cells give only the kind and number (`Міндетті еңбек функциясы 1`); tasks lettered in the
act's alphabet (`а)`, `ә)` / `а)`, `б)`). Related occupations as `level – name`. And the PDF form of
its key-value rows: horizontal rules only, shaded label cells, no vertical lines."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from test_card_variants import card_of, head_of  # noqa: E402
from test_cards import fn_view  # noqa: E402
from test_pdf_table_parts import XS, Sheet  # noqa: E402

from extractors.card_values import read_related  # noqa: E402
from extractors.lists import Acc  # noqa: E402
from extractors.vocabulary import vocabulary  # noqa: E402

TABLES = {
    "kk": """\
Еңбек функцияларының тізбесі

№

Еңбек функциясының атауы

Міндетті еңбек функциялары

1

Қор құжаттарын есепке алу

2

Оқырмандарға қызмет көрсету

Қосымша еңбек функциялары

1

Көрмелер ұйымдастыру

Еңбек функцияларының сипаттамасы

Еңбек функциясы

Міндеттер

Дағдылар мен біліктер

Білім

Міндетті еңбек
функциясы 1

а) Түскен басылымдарды
тіркеу

1) Кітаптарды
түгендеу;
2) Каталог

1) Кітапхана ісі
туралы заң;
2) Есеп



Еңбек функциясы

Міндеттер

Дағдылар мен біліктер

Білім

Міндетті еңбек
функциясы 1

және сақтау

жүргізу.

нысандары.

ә) Қорды тазарту

1) Ескі басылымдарды
іріктеу.

1) Есептен шығару
тәртібі.

Міндетті еңбек
функциясы 2

а) Оқырманды
тіркеу

1) Формулярды
толтыру.

1) Қызмет көрсету
қағидалары.

Қосымша еңбек
функциясы 1

а) Көрмені
безендіру

1) Тақырып таңдау.

1) Көрме
түрлері.
""",
    "ru": """\
Перечень трудовых функций

№

Наименование трудовой функции

Обязательные трудовые функции

1

Учет документов фонда

2

Обслуживание читателей

Дополнительные трудовые функции

1

Организация выставок

Описание трудовых функций

Трудовая функция

Задачи

Умения и навыки

Знания

Обязательная трудовая
функция 1

а) Регистрация поступивших
изданий

1) Инвентаризация
книг;
2) Ведение

1) Закон о
библиотечном деле;
2) Формы



Трудовая функция

Задачи

Умения и навыки

Знания

Обязательная трудовая
функция 1

и их хранение

каталога.

учета.

б) Очистка фонда

1) Отбор устаревших
изданий.

1) Порядок
списания.

Обязательная трудовая
функция 2

а) Запись
читателя

1) Заполнение
формуляра.

1) Правила
обслуживания.

Дополнительная трудовая
функция 1

а) Оформление
выставки

1) Выбор
темы.

1) Виды
выставок.
""",
}

WANT = {
    "kk": [
        ("mandatory", 1, "Қор құжаттарын есепке алу", [
            (1, "Түскен басылымдарды тіркеу және сақтау", ["Кітаптарды түгендеу", "Каталог жүргізу"],
             ["Кітапхана ісі туралы заң", "Есеп нысандары"]),
            (2, "Қорды тазарту", ["Ескі басылымдарды іріктеу"], ["Есептен шығару тәртібі"])]),
        ("mandatory", 2, "Оқырмандарға қызмет көрсету", [
            (1, "Оқырманды тіркеу", ["Формулярды толтыру"], ["Қызмет көрсету қағидалары"])]),
        ("additional", 1, "Көрмелер ұйымдастыру", [
            (1, "Көрмені безендіру", ["Тақырып таңдау"], ["Көрме түрлері"])]),
    ],
    "ru": [
        ("mandatory", 1, "Учет документов фонда", [
            (1, "Регистрация поступивших изданий и их хранение", ["Инвентаризация книг", "Ведение каталога"],
             ["Закон о библиотечном деле", "Формы учета"]),
            (2, "Очистка фонда", ["Отбор устаревших изданий"], ["Порядок списания"])]),
        ("mandatory", 2, "Обслуживание читателей", [
            (1, "Запись читателя", ["Заполнение формуляра"], ["Правила обслуживания"])]),
        ("additional", 1, "Организация выставок", [
            (1, "Оформление выставки", ["Выбор темы"], ["Виды выставок"])]),
    ],
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_functions_named_in_a_list_table_and_described_by_kind_and_number(lang):
    # the details table's header and the function cell are printed again after the page break;
    # the rest of the task's name, then of each list, follows in column order
    card = card_of(head_of(lang) + TABLES[lang], lang)
    assert fn_view(card) == WANT[lang]


@pytest.mark.parametrize("lang,text,want", [
    ("kk", "6 – Кітапхана меңгерушісі\n4 – Кітапханашы көмекшісі",
     [("6", "Кітапхана меңгерушісі"), ("4", "Кітапханашы көмекшісі")]),
    ("ru", "6 – Заведующий библиотекой\n4 – Помощник библиотекаря",
     [("6", "Заведующий библиотекой"), ("4", "Помощник библиотекаря")]),
])
def test_a_dash_parts_a_related_occupations_level_from_its_name(lang, text, want):
    acc = Acc()
    for k, line in enumerate(text.split("\n")):
        acc.add(line, [0], [(0, k + 1)], " " if k else "")
    assert [(level, name) for level, name, _ in read_related(acc, vocabulary(lang))] == want


@pytest.mark.parametrize("rows", [
    [("Кәсіп коды", "2622-0-011"), ("Кәсіп атауы", "Кітапханашы"), ("Біліктілік деңгейі", "5")],
    [("Код профессии", "2622-0-011"), ("Наименование профессии", "Библиотекарь"), ("Уровень квалификации", "5")],
])
def test_a_key_value_table_ruled_horizontally_with_shaded_labels(tmp_path, rows):
    # no vertical line anywhere: the shaded label cells alone are a table's column, and the rules
    # running on to the right edge close the value column
    s = Sheet()
    y = 80.0
    s.hrule(y)
    for label, value in rows:
        s.pdf.set_fill_color(230, 230, 230)
        s.pdf.rect(XS[0], y, XS[1] - XS[0], 30.0, style="F")
        s.text(XS[0], y, label)
        s.text(XS[1], y, value)
        y += 30.0
        s.hrule(y)
    assert s.read(tmp_path) == [x for row in rows for x in row]
