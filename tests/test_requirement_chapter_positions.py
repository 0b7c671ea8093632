"""Requirements written as qualification characteristics: a chapter per position (its duties, a
numbered "must know" list, then the requirement lines under a point that names no position), the
act's list of positions giving each its level after a dash, a position with three categories only,
and, in a PDF, the numbered subpoints indented as a whole. Both languages."""
import pytest

from conftest import doc_from_text
from pdf_factory import CONTENT_W, MARGIN, MM, _Flow, _draw_text, _new_pdf, _style, _wrap

from extractors.extract import extract_document
from extractors.reading import read_document
from extractors.requirements import read_requirements
from extractors.text import assemble, corpus_lexicon, prepare
from extractors.pdf_reading import _goes_on
from extractors.pdf_words import PLine

KK_HEADER = """
Ауылдық мәдениет үйлері қызметкерлерінің біліктілік талаптарын бекіту туралы

Қазақстан Республикасы Мәдениет министрінің 2031 жылғы 4 наурыздағы № 88·
бұйрығы. Қазақстан Республикасының Әділет министрлігінде 2031 жылғы 9 наурызда·
№ 51234 болып тіркелді
      БҰЙЫРАМЫН:
      1. Қоса беріліп отырған біліктілік талаптары бекітілсін.
"""
RU_HEADER = """
Об утверждении квалификационных требований к работникам сельских домов культуры

Приказ Министра культуры Республики Казахстан от 4 марта 2031 года № 88.·
Зарегистрирован в Министерстве юстиции Республики Казахстан 9 марта 2031 года·
№ 51234
      ПРИКАЗЫВАЮ:
      1. Утвердить прилагаемые квалификационные требования.
"""

KK_CHAPTERS = KK_HEADER + """
1-тарау. Жалпы ережелер

      2. Біліктілік талаптары мынадай лауазымдарға белгіленеді:
      1) үйірме жетекшісі – біліктілігі жоғары деңгейдегі маман;
      2) мәдени іс-шаралар ұйымдастырушысы – біліктілігі орта деңгейдегі маман.

2-тарау. Үйірме жетекшісі

      3. Лауазымдық міндеттері: үйірме сабақтарын жүргізеді; қатысушылардың·
шығармашылық жұмыстарының көрмесін ұйымдастырады.
      4. Білуге тиіс:
      1) Қазақстан Республикасының Конституциясын;
      2) "Мәдениет туралы" Қазақстан Республикасының Заңын;
      3) үйірме жұмысын ұйымдастыру әдістемесін.
      5. Біліктілікке қойылатын талаптар:
      жоғары санатты – жоғары (немесе жоғары оқу орнынан кейінгі) (мәдениет,·
өнер) білім және бірінші санатты үйірме жетекшісі лауазымында кемінде төрт жыл·
еңбек өтілі;
      санаты жоқ – жоғары (немесе жоғары оқу орнынан кейінгі) (мәдениет, өнер)·
білім, еңбек өтіліне талап қойылмайды.

3-тарау. Мәдени іс-шаралар ұйымдастырушысы

      6. Лауазымдық міндеттері: мерекелік іс-шаралардың бағдарламасын әзірлейді.
      7. Білуге тиіс:
      1) Қазақстан Республикасының Конституциясын;
      2) еңбек қауіпсіздігі қағидаларын.
      8. Біліктілікке қойылатын талаптар:
      бірінші санатты – техникалық және кәсіптік (мәдениет) білім және мамандығы·
бойынша кемінде екі жыл еңбек өтілі;
      санаты жоқ – техникалық және кәсіптік (мәдениет) білім, еңбек өтіліне талап·
қойылмайды.
"""
RU_CHAPTERS = RU_HEADER + """
Глава 1. Общие положения

      2. Квалификационные требования устанавливаются к следующим должностям:
      1) руководитель кружка – специалист высшего уровня квалификации;
      2) организатор культурных мероприятий – специалист среднего уровня квалификации.

Глава 2. Руководитель кружка

      3. Должностные обязанности: проводит занятия кружка; организует выставки·
творческих работ участников.
      4. Должен знать:
      1) Конституцию Республики Казахстан;
      2) Закон Республики Казахстан "О культуре";
      3) методику организации работы кружка.
      5. Требования к квалификации:
      высшей категории – высшее (или послевузовское) (культура, искусство)·
образование и стаж работы в должности руководителя кружка первой категории не·
менее четырех лет;
      без категории – высшее (или послевузовское) (культура, искусство) образование,·
без предъявления требований к стажу работы.

Глава 3. Организатор культурных мероприятий

      6. Должностные обязанности: разрабатывает программу праздничных мероприятий.
      7. Должен знать:
      1) Конституцию Республики Казахстан;
      2) правила безопасности труда.
      8. Требования к квалификации:
      первой категории – техническое и профессиональное (культура) образование и·
стаж работы по специальности не менее двух лет;
      без категории – техническое и профессиональное (культура) образование, без·
предъявления требований к стажу работы.
"""


def extracted(text: str, lang: str):
    doc, raw, lexicon = doc_from_text(text.replace("·\n", " \n"), lang)
    return extract_document(doc, raw, lexicon)


def rows(ex):
    return [(r.paragraph, r.position, r.specialist_level, r.category, r.education_level, r.min_experience_years)
            for r in ex.requirements]


@pytest.mark.parametrize("lang,text,first,second", [
    ("kk", KK_CHAPTERS, "үйірме жетекшісі", "мәдени іс-шаралар ұйымдастырушысы"),
    ("ru", RU_CHAPTERS, "руководитель кружка", "организатор культурных мероприятий"),
])
def test_a_chapter_per_position_names_the_position_of_its_requirements_point(lang, text, first, second):
    # the point under the chapter names no position: the chapter's title does, as the list names it
    # (without the level the list gives it after a dash, which is the clauses' level); the duties
    # and the "must know" items are no clauses; the years may be printed in words only
    assert rows(extracted(text, lang)) == [
        ("5", first, "high", "highest", "higher", 4),
        ("5", first, "high", "none", "higher", None),
        ("8", second, "middle", "first", "tvet", 2),
        ("8", second, "middle", "none", "tvet", None),
    ]


@pytest.mark.parametrize("lang,text,law", [
    ("kk", KK_CHAPTERS, '"Мәдениет туралы" Қазақстан Республикасының Заңын'),
    ("ru", RU_CHAPTERS, 'Закон Республики Казахстан "О культуре"'),
])
def test_a_must_know_point_of_the_act_is_a_knowledge_list_of_the_act_itself(lang, text, law):
    ex = extracted(text, lang)
    assert [(kl.target_doc, kl.target_unit, len(kl.items)) for kl in ex.knowledge_lists] == [
        (ex.document.doc_id, "4", 3), (ex.document.doc_id, "7", 2)]
    # each item without its number and its closing mark
    assert ex.knowledge_lists[0].items[1].text == law
    assert all(not i.text.endswith((";", ".")) and not i.text[:1].isdigit()
               for kl in ex.knowledge_lists for i in kl.items)


KK_THREE = KK_HEADER + """
      2. Біліктілік талаптары мынадай лауазымдарға белгіленеді:
      1) мәдени мұра жөніндегі жетекші әдіскер – біліктілігі жоғары деңгейдегі маман;
      2) мәдени мұра жөніндегі әдіскер – біліктілігі жоғары деңгейдегі маман.
      3. Мәдени мұра жөніндегі жетекші әдіскерге мынадай біліктілік талаптары·
қойылады:
      жоғары санатты – жоғары (мәдениет) білім және бірінші санатты жетекші әдіскер·
лауазымында кемінде 4 жыл жұмыс өтілі;
      бірінші санатты – жоғары (мәдениет) білім және жоғары санатты әдіскер·
лауазымында кемінде 2 жыл жұмыс өтілі;
      екінші санатты – жоғары (мәдениет) білім және мәдениет саласында кемінде 6 жыл·
жұмыс өтілі.
      Санаты жоқ жетекші әдіскер лауазымы көзделмейді.
      4. Мәдени мұра жөніндегі әдіскерге мынадай біліктілік талаптары қойылады:
      санаты жоқ – жоғары (мәдениет) білім, жұмыс өтіліне талап қойылмайды.
"""
RU_THREE = RU_HEADER + """
      2. Квалификационные требования устанавливаются к следующим должностям:
      1) ведущий методист по культурному наследию – специалист высшего уровня квалификации;
      2) методист по культурному наследию – специалист высшего уровня квалификации.
      3. К ведущему методисту по культурному наследию предъявляются следующие·
требования:
      высшей категории – высшее (культура) образование и стаж работы в должности·
ведущего методиста первой категории не менее 4 лет;
      первой категории – высшее (культура) образование и стаж работы в должности·
методиста высшей категории не менее 2 лет;
      второй категории – высшее (культура) образование и стаж работы в сфере культуры·
не менее 6 лет.
      4. К методисту по культурному наследию предъявляются следующие требования:
      без категории – высшее (культура) образование, без предъявления требований к·
стажу работы.
"""


@pytest.mark.parametrize("lang,text,lead,plain,lower", [
    ("kk", KK_THREE, "мәдени мұра жөніндегі жетекші әдіскер", "мәдени мұра жөніндегі әдіскер",
     "жоғары санатты әдіскер"),
    ("ru", RU_THREE, "ведущий методист по культурному наследию", "методист по культурному наследию",
     "методиста высшей категории"),
])
def test_a_dative_head_over_three_categories_with_experience_in_a_lower_post(lang, text, lead, plain, lower):
    # the head names the position in the dative: the list's name, its level from the list; the
    # sentence that the position has no uncategorised grade is no clause; the lower post as printed
    ex = extracted(text, lang)
    assert rows(ex) == [
        ("3", lead, "high", "highest", "higher", 4),
        ("3", lead, "high", "first", "higher", 2),
        ("3", lead, "high", "second", "higher", 6),
        ("4", plain, "high", "none", "higher", None),
    ]
    assert ex.requirements[1].experience_in == lower


def _line(x0: float, x1: float, text: str, first_word: float = 30.0) -> PLine:
    return PLine(text.split(), x0, x1, 100.0, 111.0, 11.0, x1 - x0, 6.0, page=1, word_ws=(first_word, 20.0))


@pytest.mark.parametrize("before,line,goes_on", [
    # a subpoint indented as a whole ran full and ends no sentence: its next line goes on with it
    (_line(85, 540, "1) үйірме жетекшісі – біліктілігі жоғары"), _line(85, 300, "деңгейдегі маман;"), True),
    # a subpoint that ends its sentence, or left room for the next line's first word: a new one
    (_line(85, 540, "1) руководитель кружка – специалист;"), _line(85, 300, "2) организатор"), False),
    (_line(85, 400, "1) Конституцию Республики Казахстан"), _line(85, 300, "2) правила"), False),
    # a line at another indent (a first-line indent, a right-aligned stamp) is not concerned
    (_line(85, 540, "2. Квалификационные требования устанавливаются"), _line(57, 300, "к должностям"), False),
    (_line(400, 540, "Қазақстан Республикасы"), _line(400, 540, "Мәдениет министрінің"), False),
])
def test_a_pdf_subpoint_indented_as_a_whole_goes_on_over_its_lines(before, line, goes_on):
    assert _goes_on(before, line, margin=57.0, right=540.0) is goes_on


class _Page(_Flow):
    """An act's page flow whose numbered subpoints are indented as a whole, every line of them."""

    def __init__(self):
        pdf = _new_pdf()
        pdf.add_page()
        super().__init__(pdf, _style(0))

    def subpoint(self, text: str, indent: float = 10 * MM):
        size, lh = self.st.font_size, self.st.line_h
        lines = _wrap(self.pdf, text, CONTENT_W - indent, False, size)
        for k, ln in enumerate(lines):
            words = ln.split(" ")
            if k < len(lines) - 1 and len(words) > 1:  # justified: a full line reaches the right edge
                gap = (CONTENT_W - indent - sum(self.pdf.get_string_width(w) for w in words)) / (len(words) - 1)
                x = MARGIN + indent
                for w in words:
                    _draw_text(self.pdf, x, self.y, w, False, size, lh)
                    x += self.pdf.get_string_width(w) + gap
            else:
                _draw_text(self.pdf, MARGIN + indent, self.y, ln, False, size, lh)
            self.y += lh
        self.y += lh * 0.5


PDF_PAGES = {
    "kk": dict(general="1. Осы біліктілік талаптары мәдениет үйлерінің қызметкерлеріне қойылатын біліктілікке, "
                       "біліміне және еңбек өтіліне қойылатын талаптарды айқындайды және аттестаттау кезінде "
                       "қолданылады.",
               intro="2. Біліктілік талаптары мынадай лауазымдарға белгіленеді:",
               items=["1) мәдениет үйіндегі балалар шығармашылығы үйірмесінің жетекшісі – "
                      "біліктілігі жоғары деңгейдегі маман;",
                      "2) ауылдық мәдениет үйлеріндегі мерекелік және мәдени іс-шаралар ұйымдастырушысы – "
                      "біліктілігі орта деңгейдегі маман."],
               chapter="2-тарау. Мәдениет үйіндегі балалар шығармашылығы үйірмесінің жетекшісі",
               head="3. Біліктілікке қойылатын талаптар:",
               lines=["санаты жоқ – жоғары (мәдениет) білім, еңбек өтіліне талап қойылмайды."],
               name="мәдениет үйіндегі балалар шығармашылығы үйірмесінің жетекшісі"),
    "ru": dict(general="1. Настоящие квалификационные требования определяют требования к образованию и "
                       "стажу работы работников домов культуры и применяются при их аттестации в порядке, "
                       "установленном законодательством.",
               intro="2. Квалификационные требования устанавливаются к следующим должностям:",
               items=["1) руководитель кружка детского творчества дома культуры – "
                      "специалист высшего уровня квалификации;",
                      "2) организатор праздничных и культурных мероприятий сельского дома культуры – "
                      "специалист среднего уровня квалификации."],
               chapter="Глава 2. Руководитель кружка детского творчества дома культуры",
               head="3. Требования к квалификации:",
               lines=["без категории – высшее (культура) образование, без предъявления требований к стажу работы."],
               name="руководитель кружка детского творчества дома культуры"),
}


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_pdf_list_of_positions_indented_as_a_whole_names_the_chapters_position(tmp_path, lang):
    page, s = PDF_PAGES[lang], _Page()
    s.paragraph(page["general"], indent=10 * MM)  # its next lines start at the margin
    s.paragraph(page["intro"], indent=10 * MM)
    for item in page["items"]:
        s.subpoint(item)
    s.paragraph(page["chapter"], align="C", bold=True)
    s.paragraph(page["head"], indent=10 * MM)
    for line in page["lines"]:
        s.paragraph(line, indent=10 * MM)
    path = tmp_path / f"subpoints_{lang}.pdf"
    s.pdf.output(str(path))
    raw = read_document(path, tmp_path)
    prepared = prepare(raw, lang)
    lexicon = corpus_lexicon([prepared], lang)
    doc = assemble(path.name, lang, prepared, lexicon)
    got = [(r.paragraph, r.position, r.specialist_level, r.category) for r in read_requirements(doc, [], lexicon)]
    assert got == [("3", page["name"], "high", "none")]
