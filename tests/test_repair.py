"""Each repair on a few damaged lines, in Kazakh and in Russian, including where it must not act."""
from collections import Counter

import pytest

from extractors.joining import FREE, JOIN, SPLIT, boundary_kind, segment
from extractors.lexicon import Lexicon
from extractors.displaced_links import Evidence
from extractors.repair import (act_names, close_letter_spacing, fix_displaced_link, fix_homoglyphs,
                               fix_separator_before_word, remove_page_furniture, repair_lines, split_lines)
from extractors.vocabulary import vocabulary

KK, RU = vocabulary("kk"), vocabulary("ru")


# ---------------------------------------------------------------- letter spacing

@pytest.mark.parametrize("line,justified,expected", [
    ("к ө м е к т і ң", True, "көмектің"),
    ("б а с қ а  д а", True, "басқа да"),
    ("С Б Ш", True, "СБШ"),
    ("1 0 .  Ө р т", True, "10. Өрт"),
    ("5 .  Арнаулы", False, "5. Арнаулы"),
    ("Ж е к е", True, "Жеке"),
    ("4 S 0 9 1 1 0 1 0 3", True, "4S09110103"),
    ("с о ц и а л ь н о й  з а щ и т ы", True, "социальной защиты"),
])
def test_letter_spacing_is_closed_up(line, justified, expected):
    text, _ = close_letter_spacing(line, justified, KK if any(c in "әғқңөұүһі" for c in line.lower()) else RU)
    assert text == expected


@pytest.mark.parametrize("line,vocab", [
    ("образования и в организациях", RU),   # Russian one-letter words stay apart
    ("кемінде 3 жыл жұмыс өтілі", KK),       # a lone digit is a word
    ("жүзеге асыру,", KK),
])
def test_letter_spacing_leaves_real_words(line, vocab):
    text, free = close_letter_spacing(line, False, vocab)
    assert text == line and not free


def test_stretched_line_keeps_its_doubtful_gaps_open():
    # `әз ірлеу` and `жүзеге асыру` look alike; the lexicon decides later
    text, free = close_letter_spacing("әз ірлеу", True, KK)
    assert text == "әз ірлеу" and free == {0}


@pytest.mark.parametrize("line,vocab,expected", [
    # no trailing spaces to say the line was stretched: its long runs say it, and then its short
    # runs are words too, even where they could read as one-letter words (`н а`, `и`)
    ("з а я в и т е л я х  н а", RU, "заявителях на"),
    ("о б р а щ е н и й  и  ж а л о б", RU, "обращений и жалоб"),
    ("Е Т К С  и л и  К С", RU, "ЕТКС или КС"),
    ("ж ұ м ы с ы  д а", KK, "жұмысы да"),
])
def test_a_line_spread_out_as_a_whole_closes_every_run(line, vocab, expected):
    text, free = close_letter_spacing(line, False, vocab)
    assert text == expected and not free


def test_a_line_of_letter_pairs_with_a_one_letter_word_is_left_to_the_lexicon():
    # `и е` (the end of `Наименование` spread out), `е и` (its last letter, then `и`), `к а` (the
    # end of `Профилактика`) and `и в` (two words) look alike
    for line in ("и е", "е и", "н а", "к а", "и в"):
        text, free = close_letter_spacing(line, False, RU)
        assert text == line and free == {0}
    assert close_letter_spacing("3 и 4", False, RU) == ("3 и 4", set())


@pytest.mark.parametrize("text,expected", [
    ("2. Наименован\nи е\nдолжности", "2. Наименование должности"),
    ("Профилакти\nк а\nнарушений", "Профилактика нарушений"),
    ("Работа в учреждениях и в организациях, в школах и в колледжах.\nКонтроль в организациях\nи в\nучреждениях.",
     "Работа в учреждениях и в организациях, в школах и в колледжах. Контроль в организациях и в учреждениях."),
    ("Обеспечени\nе и\nконтроль", "Обеспечение и контроль"),
    ("Сбор\nс в е д е н и й  о\nз а я в и т е л я х  н а\nприеме", "Сбор сведений о заявителях на приеме"),
])
def test_letter_pairs_after_a_cut_word_are_read_with_the_words_around_them(text, expected):
    from conftest import doc_from_text

    doc, _, _ = doc_from_text(text, "ru")
    assert doc.render() == expected


# ---------------------------------------------------------------- homoglyphs

@pytest.mark.parametrize("word,vocab,expected", [
    ("Pеспублики", RU, "Республики"),        # first letter, a capital
    ("oбразование", RU, "образование"),
    ("кодекc", RU, "кодекс"),                # last letter
    ("ТPУДОВОЙ", RU, "ТРУДОВОЙ"),            # inside a word in capitals
    ("Eңбек", KK, "Еңбек"),
    ("бiлiктiлiк", KK, "біліктілік"),        # the same letter several times
    ("мамандығы", KK, "мамандығы"),
    ("eңбек", KK, "еңбек"),
    ("қауiпсiздiгi", KK, "қауіпсіздігі"),
    ("Үкiметiнiң", KK, "Үкіметінің"),
    ("coциальной", RU, "социальной"),
])
def test_latin_look_alikes_become_cyrillic(word, vocab, expected):
    assert fix_homoglyphs(word, vocab) == expected


def test_a_latin_letter_in_a_letter_spaced_word_is_fixed_once_the_word_is_closed():
    lines = repair_lines(["e ң б е к  ", "функциясы 1:", "c п о р т  "], "kk")
    assert [ln.text for ln in lines] == ["еңбек", "функциясы 1:", "спорт"]
    assert "homoglyph" in lines[0].fixes and "letter-spacing" in lines[0].fixes


@pytest.mark.parametrize("text", ["4S09110102 Дантист", "6B10 Денсаулық сақтау", "ДСМ-305/2020", "Excel файлы", "PDF"])
def test_real_latin_words_and_codes_are_left(text):
    assert fix_homoglyphs(text, KK) == text


# ---------------------------------------------------------------- displaced hyperlinks

@pytest.mark.parametrize("line,expected", [
    ("1. Қазақстан Республикасының ;Конституциясы", "1. Қазақстан Республикасының Конституциясы;"),
    ("2. Әлеуметтік .кодекс", "2. Әлеуметтік кодекс."),
    ("туралы ).заң", "туралы заң)."),
    (";нституциясы", "нституциясы;"),
    ("      :13-тармақта", "      13-тармақта:"),
    ("Арнаулы әлеуметтік қызметтер туралы ; заңды", "Арнаулы әлеуметтік қызметтер туралы заңды;"),
    ("2. Социальный .кодекс", "2. Социальный кодекс."),
])
def test_separator_moved_back_after_its_word(line, expected):
    text, moved = fix_separator_before_word(line)
    assert moved and text == expected


@pytest.mark.parametrize("line", ["6.1, 6.2, 6.3", "4.1", "т. б.);", "жеке тұлға", "2. Бала құқықтары туралы заң."])
def test_separator_rule_leaves_ordinary_text(line):
    assert fix_separator_before_word(line) == (line, False)


@pytest.mark.parametrize("line,indent,expected", [
    ("Қазақстан Республикасының  (бұдан Кодексі", 0, "Қазақстан Республикасының Кодексі (бұдан"),
    ("Қазақстан Республикасының  (бұдан әрі + НекеКодексі", 0, "Қазақстан Республикасының Кодексі (бұдан әрі + Неке"),
    ("2. Қазақстан Республикасының Әлеуметтік  (кодексі", 0, "2. Қазақстан Республикасының Әлеуметтік кодексі ("),
    ("атқарушының 2017 жылғы 25 қазандағы № 360  (Нормативтік құқықтық актілерді бұйрығы", 0,
     "атқарушының 2017 жылғы 25 қазандағы № 360 бұйрығы (Нормативтік құқықтық актілерді"),
    ("бұйрықтың  сәйкес бекітілсін.қосымшасына", 0, "бұйрықтың қосымшасына сәйкес бекітілсін."),
    ("мынадай редакцияда жазылсын:2-тармақ", 7, "2-тармақ мынадай редакцияда жазылсын:"),
    ("министрінің 21.10.2024  (алғашқы ресми жарияланған күнінен кейін күнтізбелік № 403", 0,
     "министрінің 21.10.2024 № 403 (алғашқы ресми жарияланған күнінен кейін күнтізбелік"),
    ("бабы  отыз екінші абзацына сәйкес әзірленді және меншік нысаныны5) тармақшасының", 0,
     "бабы 5) тармақшасының отыз екінші абзацына сәйкес әзірленді және меншік нысаныны"),
    ("Республики Казахстан  (далее – Трудовой кодекс)Кодекс", 0, "Республики Казахстан Кодекс (далее – Трудовой кодекс)"),
    # a unit moved from the start of its line, glued after the comma that ended it
    ('"жоғары (немесе жоғары оқу орнынан кейінгі) (экономикалық,5-тармақтағы', 7,
     '5-тармақтағы "жоғары (немесе жоғары оқу орнынан кейінгі) (экономикалық,'),
])
def test_hyperlink_goes_back_into_its_hole(line, indent, expected):
    vocab = RU if "Республики" in line else KK
    text, _, moved = fix_displaced_link(line, indent, 6, 0, vocab)
    assert moved and text == expected


@pytest.mark.parametrize("line,indent,vocab,expected", [
    # glued after the dash or bracket its line ended with
    ("3. Бюджетный  Республики Казахстан (далее –кодекс", 0, RU, "3. Бюджетный кодекс Республики Казахстан (далее –"),
    ("Қазақстан Республикасының Салық  (бұдан әрі –кодексі", 0, KK,
     "Қазақстан Республикасының Салық кодексі (бұдан әрі –"),
    # glued to the word the line ended with: a long one, or one the language has alone (`О`)
    ("в порядке, установленном  статьи 7 Закона Республики Казахстанпунктом 3", 0, RU,
     "в порядке, установленном пунктом 3 статьи 7 Закона Республики Казахстан"),
    ('в соответствии с  статьи 9 Закона Республики Казахстан "Оподпунктом 5)', 0, RU,
     'в соответствии с подпунктом 5) статьи 9 Закона Республики Казахстан "О'),
    ("осы  сәйкес бекітілген тәртіппенқағидаларға", 0, KK, "осы қағидаларға сәйкес бекітілген тәртіппен"),
    # glued after a number, a sign, a hyphen at the line's end, a number's own word
    ("утверждены в соответствии с  Республики Казахстан от 16 мая 2014Законом", 0, RU,
     "утверждены в соответствии с Законом Республики Казахстан от 16 мая 2014"),
    ("Министра здравоохранения Республики Казахстан от 5 мая 2023 года №Приказ", 1, RU,
     "Приказ Министра здравоохранения Республики Казахстан от 5 мая 2023 года №"),
    ("официальное опубликование настоящего  и его размещение на интернет-приказа", 0, RU,
     "официальное опубликование настоящего приказа и его размещение на интернет-"),
    ("оқу өтіліне  қойылмайды. Ескерту. 4-тармақталап", 0, KK, "оқу өтіліне талап қойылмайды. Ескерту. 4-тармақ"),
    ("күні ішінде осы  2) және 3) тармақшаларындатармақтың", 0, KK,
     "күні ішінде осы тармақтың 2) және 3) тармақшаларында"),
    # a number moved with its sign, a number with its unit word
    ("министра от 05.03.2024  (вводится в действие с 1 июля 2024 года№ 55", 0, RU,
     "министра от 05.03.2024 № 55 (вводится в действие с 1 июля 2024 года"),
    ('в соответствии с  статьи 9 Закона Республики Казахстан "О подпунктом 5)', 0, RU,
     'в соответствии с подпунктом 5) статьи 9 Закона Республики Казахстан "О'),
    # several links of one line: several holes, filled in order (a link before a comma leaves a
    # space before it)
    ("предусмотренных  и  статьи 12 настоящего Закона.пунктами 2 3", 0, RU,
     "предусмотренных пунктами 2 и 3 статьи 12 настоящего Закона."),
    ("осы қаулының  және  тармақшаларында белгіленген талаптарды2) 4)", 0, KK,
     "осы қаулының 2) және 4) тармақшаларында белгіленген талаптарды"),
    ("бұйрықтың , ,  және  көзделген шаралардың 1) 2) 3) 4) тармақшаларында", 0, KK,
     "бұйрықтың 1), 2), 3) және 4) тармақшаларында көзделген шаралардың"),
    # a link that opened the line (its indent one space too deep)
    ("исключить;подпункт 4)", 7, RU, "подпункт 4) исключить;"),
])
def test_hyperlinks_of_every_shape_go_back(line, indent, vocab, expected):
    text, _, moved = fix_displaced_link(line, indent, 6, 0, vocab)
    assert moved and text == expected


@pytest.mark.parametrize("line,indent,vocab", [
    # a name removed right after `2.` and appended to the same line: moved onto itself
    ("2.  Гражданский процессуальный кодекс", 0, RU),
    ("4.  Әкімшілік рәсімдік-процестік кодексі", 0, KK),
    ("Қазақстан Республикасының Еңбек  кодексі", 0, KK),
    ("12-бабының  7) тармақшасына", 0, KK),
    # the punctuation around a link stays in place: `заң);` was not moved
    ("(бұдан әрі – Мемлекеттік көмек туралы заң);", 1, KK),
])
def test_a_move_that_changes_nothing_is_not_made(line, indent, vocab):
    text, _, moved = fix_displaced_link(line, indent, 6, 0, vocab)
    assert not moved and text == line


def test_the_acts_own_word_pairs_decide_how_much_of_a_name_was_moved():
    line = "3. Применение норм  Республики Казахстан в работе Уголовно-исполнительный кодекс"
    # nothing to go on: the shortest link
    assert fix_displaced_link(line, 0, 6, 0, RU)[0] == \
        "3. Применение норм кодекс Республики Казахстан в работе Уголовно-исполнительный"
    # the act prints the name whole elsewhere: moving `кодекс` alone would break it
    evidence = Evidence([("Уголовно-исполнительный кодекс Республики Казахстан регулирует", 0)])
    assert fix_displaced_link(line, 0, 6, 0, RU, evidence)[0] == \
        "3. Применение норм Уголовно-исполнительный кодекс Республики Казахстан в работе"


def test_a_line_is_no_evidence_for_itself():
    # the line's own `Республики подпунктом` (the moved link next to the line's last word) does not
    # count for leaving the link where it is
    evidence = Evidence([("в соответствии с  статьи 12 Закона Республики подпунктом 7)", 0)])
    text, _, moved = fix_displaced_link("в соответствии с  статьи 12 Закона Республики подпунктом 7)", 0, 6, 0, RU,
                                        evidence)
    assert moved and text == "в соответствии с подпунктом 7) статьи 12 Закона Республики"



@pytest.mark.parametrize("line,vocab,expected", [
    # a narrow cell's line: the link went back only where the act's names confirm it
    # (a Kazakh name ends with its head word, `... Республикасының Конституциясы`: moved to
    # the line's end, it shows no damage)
    ("1.  Республики Конституция", RU, "1. Конституция Республики"),
    ("2.  Республики Трудовой кодекс", RU, "2. Трудовой кодекс Республики"),
])
def test_a_short_line_moves_a_link_the_acts_names_confirm(line, vocab, expected):
    text, _, moved = fix_displaced_link(line, 0, 6, 0, vocab, act_names(vocab.lang))
    assert moved and text == expected



@pytest.mark.parametrize("line,vocab,expected", [
    # a chain of units printed together at the line's end was one link: it goes back whole
    ('в  слова "по возрасту" заменить подпункте 2) пункта 3', RU,
     'в подпункте 2) пункта 3 слова "по возрасту" заменить'),
    ('көрсетілген  "жеке" деген сөз 3-тармағының 2) тармақшасында', KK,
     'көрсетілген 3-тармағының 2) тармақшасында "жеке" деген сөз'),
    # two links, the last of them the line's last word: its hole is right before the moved text
    ('"9. Должен знать:  Республики Казахстан; Социальный  Конституцию кодекс', RU,
     '"9. Должен знать: Конституцию Республики Казахстан; Социальный кодекс'),
    # no double space, a space left before a separator: a hole where the act's names confirm it
    ("Республикасының ; Ересектерді оқыту әдістері;Заңы", KK, "Республикасының Заңы; Ересектерді оқыту әдістері;"),
    ('Қазақстан Республикасының Еңбек ; "Сыбайлас кодексі', KK, 'Қазақстан Республикасының Еңбек кодексі; "Сыбайлас'),
])
def test_links_go_back_where_the_line_shows_little(line, vocab, expected):
    text, _, moved = fix_displaced_link(line, 6, 6, 0, vocab, act_names(vocab.lang))
    assert moved and text == expected


def test_a_space_before_a_separator_alone_moves_nothing_unconfirmed():
    line = "жұмыс істейді ; басқа да кодексі"
    assert fix_displaced_link(line, 6, 6, 0, KK, act_names("kk"))[:3:2] == (line, False)

@pytest.mark.parametrize("line,vocab", [
    ("1.  Основы трудового законодательства", RU),   # a word with a link's stem, no name it makes
    ("2.  Ведение учета приказов", RU),
    ("3.  Ұйымның ішкі бұйрықтары", KK),
])
def test_a_short_line_without_confirmation_stays_as_printed(line, vocab):
    text, _, moved = fix_displaced_link(line, 0, 6, 0, vocab, act_names(vocab.lang))
    assert not moved and text == line

@pytest.mark.parametrize("raw,lang,expected", [
    (["1. Гражданский кодекс Республики Казахстан.",
      "2.  Административный процедурно-процессуальный кодекс",
      "Республики Казахстан.",
      "3. Гражданский  Республики Казахстан (далее –кодекс",
      "Гражданский кодекс)."], "ru",
     ["1. Гражданский кодекс Республики Казахстан.",
      "2. Административный процедурно-процессуальный кодекс",
      "Республики Казахстан.",
      "3. Гражданский кодекс Республики Казахстан (далее –",
      "Гражданский кодекс)."]),
    (["1. Қазақстан Республикасының Азаматтық кодексі.",
      "2. \"Білім туралы\" Қазақстан Республикасының  (бұдан әрі –Заңы",
      "Заң)."], "kk",
     ["1. Қазақстан Республикасының Азаматтық кодексі.",
      "2. \"Білім туралы\" Қазақстан Республикасының Заңы (бұдан әрі –",
      "Заң)."]),
])
def test_a_documents_links_are_put_back_line_by_line(raw, lang, expected):
    assert [ln.text for ln in repair_lines(raw, lang)] == expected


@pytest.mark.parametrize("line,indent,trailing", [
    ("жеке  тұлға", 0, 2),                                  # a stretched line, not a hole
    ("8 деңгей Мекеменің (ұйымның) басшысы", 1, 0),         # a lost label left the space, no link moved
    ("осы бұйрыққа сәйкес бекітілсін", 0, 0),              # no hole at all
    ("Кәсіптік білім деңгейі  Жоғары білім", 0, 0),         # a hole but no link word at the end
])
def test_no_link_is_moved_without_the_damage(line, indent, trailing):
    text, _, moved = fix_displaced_link(line, indent, 6, trailing, KK)
    assert not moved and text == line


# ---------------------------------------------------------------- page furniture

def test_page_breaks_blocks_and_provenance():
    lines = split_lines(["бір", "екі", "", "үш", "", "", "", "төрт"])
    assert [(ln.text, ln.lineno, ln.block, ln.page_break_before) for ln in lines] == [
        ("бір", 1, 0, False), ("екі", 2, 0, False), ("үш", 4, 1, False), ("төрт", 8, 2, True)]


def test_page_numbers_and_running_headers_are_removed():
    raw = []
    for page in range(1, 5):
        raw += ["Кәсіптік стандарт", f"мәтін {page} бетте", "", f"{page}", "", "", ""]
    lines = remove_page_furniture(split_lines(raw))
    texts = [ln.text for ln in lines]
    assert "Кәсіптік стандарт" not in texts
    assert not any(t.isdigit() for t in texts)
    assert [t for t in texts if t.startswith("мәтін")] == [f"мәтін {p} бетте" for p in range(1, 5)]


def test_a_lone_number_that_is_a_value_stays():
    lines = remove_page_furniture(split_lines(["СБШ бойынша біліктілік деңгейі", "", "7", "", "", "", "Келесі бет"]))
    assert "7" in [ln.text for ln in lines]


def test_repair_lines_keeps_the_raw_line_number():
    lines = repair_lines(["", "к ө м е к т і ң  ", "", "", "", "Еңбек .кодексі"], "kk")
    assert [(ln.lineno, ln.text) for ln in lines] == [(2, "көмектің"), (6, "Еңбек кодексі.")]
    assert "letter-spacing" in lines[0].fixes and "link" in lines[1].fixes


# ---------------------------------------------------------------- line-end joins

@pytest.mark.parametrize("left,right,kept,kind", [
    ("Әлеуметті", "к", False, FREE),
    ("қорғау", "ұйымының", True, SPLIT),            # a space kept at the line end
    ("бөлімін", ",", False, JOIN),                   # punctuation opens the next line
    ("бағдарламалық-", "әдістемелік", False, JOIN),  # wrapped after a hyphen
    ("медициналық-педаго", "гикалық", False, FREE),  # wrapped inside a word: for the lexicon
    ("(", "отбасына)", False, JOIN),
    ("функциясы", "Пациенттерге", False, SPLIT),     # a capital cannot continue a word
    ("кемінде", "3", False, SPLIT),
    ("туралы", '"', False, JOIN),                    # a closing quote wrapped alone
    ("басқару.", "Білім", False, SPLIT),
    ("қазандағы", "№", False, SPLIT),                # a sign that opens a number never ends a word
    ("года №", "347", False, SPLIT),                 # ... nor joins the number after it
])
def test_typography_settles_what_it_can(left, right, kept, kind):
    assert boundary_kind(left, right, kept) == kind


def _lexicon(text: str) -> Lexicon:
    return Lexicon.from_words(Counter(w.casefold() for w in text.split()))


PROSE_KK = ("әлеуметтік қорғау ұйымының құрылымдық бөлімшесін басқару әлеуметтік көмек көрсету "
            "мен және бағдарламаларын әзірлеу мамандармен байланыс") * 3
PROSE_RU = "социальной защиты населения организация оказания специальных социальных услуг и в по" * 3


@pytest.mark.parametrize("pieces,lexicon,expected", [
    (["Әлеуметті", "к"], PROSE_KK, "Әлеуметтік"),
    (["ұйымыны", "ң"], PROSE_KK, "ұйымының"),
    (["құрылым", "дық"], PROSE_KK, "құрылымдық"),
    (["әлеуметтік", "қорғау"], PROSE_KK, "әлеуметтік қорғау"),   # two words the corpus shows stay two
    (["бағдарлам", "аларын"], PROSE_KK, "бағдарламаларын"),
    (["социально", "й"], PROSE_RU, "социальной"),
    (["оказания", "специальных"], PROSE_RU, "оказания специальных"),
])
def test_free_line_ends_are_decided_by_the_corpus(pieces, lexicon, expected):
    joined, _ = segment(pieces, [FREE] * (len(pieces) - 1), _lexicon(lexicon))
    out = pieces[0]
    for j, p in zip(joined, pieces[1:]):
        out += ("" if j else " ") + p
    assert out == expected


def test_only_the_words_around_a_free_gap_are_scored():
    """Forced splits end words whatever the words: a run is decided between them, and a word
    with no free gap at its edges is never scored (the decision is the same)."""
    lex = _lexicon(PROSE_KK)
    scored = []
    logp = lex.logp
    lex.logp = lambda token: scored.append(token) or logp(token)
    pieces = ["әлеуметтік", "қорғау", "ұйымыны", "ң", "құрылымдық", "бөлімшесін"]
    joined, _ = segment(pieces, [SPLIT, SPLIT, FREE, SPLIT, SPLIT], lex)
    assert joined == [False, False, True, False, False]
    assert set(scored) == {"ұйымыны", "ң", "ұйымының"}


def test_a_chain_of_narrow_fragments_is_one_word():
    lex = _lexicon("сотталғандарға қылмыстық жазаны орындау кезеңінде " * 3)
    pieces = ["Сот", "талғ", "анда", "рға"]
    joined, settled = segment(pieces, [FREE] * 3, lex)
    assert joined == [True, True, True] and all(settled)


def test_a_document_read_alone_knows_its_languages_common_words():
    """A Russian line that ends in the preposition `с` with no space kept, in a document too short
    to show either word whole: pymorphy3's dictionary knows `с` as a preposition (a common word)
    and `трудовым` as a form, and `струдовым` as nothing, so the line end is a space."""
    from conftest import doc_from_text

    doc, _, _ = doc_from_text("""
        устанавливаются в трудовом и коллективном договорах в соответствии с
        трудовым законодательством Республики Казахстан.
        """, "ru")
    assert "в соответствии с трудовым законодательством" in doc.render()


def test_a_form_the_russian_dictionary_knows_beats_a_fragment_and_a_common_word():
    """`конституци` / `и`: the document never shows `конституции` whole and `и` is the
    commonest Russian word, but pymorphy3's dictionary knows the joined form and not the
    fragment."""
    from conftest import doc_from_text

    from extractors.morphology import known_form

    assert known_form("ru")("конституции") and not known_form("ru")("конституци")
    doc, _, _ = doc_from_text("""
        права граждан, закрепленные в Конституци
        и Республики Казахстан.
        """, "ru")
    assert "закрепленные в Конституции Республики Казахстан." in doc.render()


def test_a_dictionary_word_beats_a_one_letter_word_and_a_dictionary_form_the_act_does_not_use():
    """`О` / `браке` and `о` / `правах`: the act prints `о` and `правах` as words, the dictionary
    knows `оправах` only as a rare form and `обраке` not at all: two words, both times."""
    from conftest import doc_from_text

    doc, _, _ = doc_from_text("""
        Кодекс Республики Казахстан "О
        браке (супружестве) и семье". Закон о правах ребенка, о правах человека,
        о порядке, о правах граждан. Закон о
        правах ребенка.
        """, "ru")
    assert '"О браке (супружестве) и семье"' in doc.render()
    assert doc.render().endswith("Закон о правах ребенка.")


@pytest.mark.parametrize("text,expected", [
    # the Kazakh dictionary (hunspell-kk) knows the joined form, not the fragment
    ("1. Құрылымд\nық бөлімшенің жұмысын ұйымдастыру.", "1. Құрылымдық бөлімшенің жұмысын ұйымдастыру."),
    # a dictionary word with endings it lists for no stem: айналым + ы + на
    ("3. Құжат айналымы\nна қойылатын талаптар.", "3. Құжат айналымына қойылатын талаптар."),
    ("Қызмет алушылардың денсаулығ\nына қатысты мәліметтерді жинау.",
     "Қызмет алушылардың денсаулығына қатысты мәліметтерді жинау."),
    # a loanword the dictionary does not know: the character model of its stems decides
    ("2. Еңбек ресурстар\nын басқару және жоспарлау.", "2. Еңбек ресурстарын басқару және жоспарлау."),
    ("Жұмыс жоспарларын дайындау және келісу, есептерді тапсыр\nу.",
     "Жұмыс жоспарларын дайындау және келісу, есептерді тапсыру."),
])
def test_a_kazakh_document_read_alone_joins_with_the_general_dictionary(text, expected):
    """A few lines that never show the cut word whole: the joins come from the bundled Kazakh
    dictionary and its endings, not from any other act."""
    from conftest import doc_from_text

    doc, _, _ = doc_from_text(text, "kk")
    assert doc.render() == expected


def test_an_ending_the_act_prints_as_a_word_does_not_make_a_join():
    """`мен` is an ending (`-мен`, with) and a word (`мен`, and). Where the act prints it as a
    word, `өтінімдері` / `мен` stays two words: the dictionary's `өтінімдерімен` proves nothing."""
    from conftest import doc_from_text

    doc, _, _ = doc_from_text("""
        Мектеп пен отбасы, ата-аналар мен мұғалімдер, оқушылар мен тәрбиешілер,
        мемлекеттік органдар мен қоғамдық бірлестіктер.
        Азаматтардың өтінімдері
        мен өтініштерін қарау.
        """, "kk")
    assert doc.render().endswith("Азаматтардың өтінімдері мен өтініштерін қарау.")


def test_a_long_word_no_lexicon_knows_has_a_finite_cost():
    """Letters set apart at random (a hostile file) are joined into long candidate words whose
    character-model probability is below the smallest float: their cost stays a number."""
    lex = Lexicon.from_words(Counter({"сөз": 3, "жол": 2}))
    long_word = "қөһзьъжфщцүұ" * 40
    assert -1e6 < lex.logp(long_word) < lex.logp("сөз")


@pytest.mark.parametrize("text,lang,expected", [
    # a cell's edge cut the word and the line still kept a space: the pieces are no words of the
    # language, the joined form is one
    ("Психологичес \nкая помощь лицам.", "ru", "Психологическая помощь лицам."),
    ("Профилактика профессионал \nьного выгорания.", "ru", "Профилактика профессионального выгорания."),
    ("Библиографиял \nық ақпарат беру.", "kk", "Библиографиялық ақпарат беру."),
    # the cut word follows a line end with no space kept, after a word of its own
    ("Мемлекеттік әлеуметтік\nжәрдемақыла \nрды тағайындау.", "kk", "Мемлекеттік әлеуметтік жәрдемақыларды тағайындау."),
    ("Развитие личностных\nкомпетенци \nй работников.", "ru", "Развитие личностных компетенций работников."),
    # two words the language knows stay two, whatever their joined form
    ("Еңбек жағдайлары (мазмұны \nмен сапасы).", "kk", "Еңбек жағдайлары (мазмұны мен сапасы)."),
    ("в соответствии с \nтрудовым законодательством.", "ru", "в соответствии с трудовым законодательством."),
    # a compound wrapped at its hyphen joins, space kept or not
    ("Оқырмандарға кітапханалық- \nақпараттық қызмет көрсету.", "kk",
     "Оқырмандарға кітапханалық-ақпараттық қызмет көрсету."),
    ("Информационно- \nпрофилактическая работа.", "ru", "Информационно-профилактическая работа."),
])
def test_a_kept_line_end_space_gives_way_only_to_a_word_cut_in_two(text, lang, expected):
    from conftest import doc_from_text

    doc, _, _ = doc_from_text(text, lang)
    assert doc.render() == expected


def test_a_card_heading_alone_that_opens_every_card_s_page_is_no_running_header():
    # every card is an annex of its own that opens a page with `КӘСІП КАРТОЧКАСЫ` alone: it heads
    # a card, though it opens most pages
    raw = []
    for page in range(1, 5):
        raw += ["КӘСІП КАРТОЧКАСЫ", f"Кәсіптің атауы: маман {page}", "", "", ""]
    texts = [ln.text for ln in remove_page_furniture(split_lines(raw))]
    assert texts.count("КӘСІП КАРТОЧКАСЫ") == 4
