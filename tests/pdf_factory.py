"""PDF fixture factory: occupation cards rendered like the acts on adilet.zan.kz.

Renders a document in the gold format (see ../shared/gold/SCHEMA.md) into a
PDF shaped like the official publications, so that a PDF reader can be tested
by round trip: data -> PDF -> reader -> same data.

Public API
----------
render_act_pdf(doc, path, lang="kk", layout="social", seed=0, body_paragraphs=None) -> Path
render_gold_cards(doc, path, lang="kk", layout="social", seed=0) -> Path   (alias)
render_params(seed) -> dict          the geometry / style chosen for a seed
random_card(rnd, lang, card_no) -> dict
random_act(rnd, lang, n_cards, layout="social") -> dict
doc_id_for(document) -> str          "V" + YY + registration number padded to 8

Geometry (unit: PDF points, 1 mm = 2.8346 pt; A4 = 595.28 x 841.89 pt)
- margins 20 mm (56.69 pt) on every side: text and rules stay inside
  x in [56.69, 538.58], y in [56.69, 785.20] (pdfplumber top-down coordinates);
- table width 170 mm (481.89 pt);
- label column 35 mm (99.21 pt) +-10 % by seed; task column (three-column
  rows) 50 mm (141.73 pt) +-10 % by seed; the value / skills column takes the rest.
Cell borders are drawn as separate line segments (``page.lines`` in
pdfplumber), never as rectangles: one horizontal line at the top of each row
(inside a function block whose first column spans several task rows, the line
between task rows starts at the task column), vertical lines at every column
edge, a closing horizontal line at the bottom of each table fragment. When a
table breaks across a page, the fragment on each page is closed by a full-width
horizontal line at the break (bottom of the first page, top of the next one),
and the cells' text continues on the next page in the same columns.
"""

from __future__ import annotations

import datetime as _dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF

__all__ = [
    "render_act_pdf",
    "render_gold_cards",
    "render_params",
    "random_card",
    "random_act",
    "doc_id_for",
    "LABELS",
    "FONT_DIR",
]

FONT_DIR = Path(__file__).resolve().parent / "fixtures" / "fonts"
FONT_FAMILY = "DejaVu"

MM = 72.0 / 25.4
PAGE_W, PAGE_H = 595.28, 841.89
MARGIN = 20 * MM
CONTENT_W = PAGE_W - 2 * MARGIN
EPS = 0.01

# --------------------------------------------------------------------------
# vocabulary

KK_MONTHS = {
    # month: (stem, attributive "-дағы" form (act date), locative "-да" form (registration))
    1: ("қаңтар", "қаңтардағы", "қаңтарда"),
    2: ("ақпан", "ақпандағы", "ақпанда"),
    3: ("наурыз", "наурыздағы", "наурызда"),
    4: ("сәуір", "сәуірдегі", "сәуірде"),
    5: ("мамыр", "мамырдағы", "мамырда"),
    6: ("маусым", "маусымдағы", "маусымда"),
    7: ("шілде", "шілдедегі", "шілдеде"),
    8: ("тамыз", "тамыздағы", "тамызда"),
    9: ("қыркүйек", "қыркүйектегі", "қыркүйекте"),
    10: ("қазан", "қазандағы", "қазанда"),
    11: ("қараша", "қарашадағы", "қарашада"),
    12: ("желтоқсан", "желтоқсандағы", "желтоқсанда"),
}

RU_MONTHS = {
    1: "января", 2: "февраля", 3: "марта", 4: "апреля", 5: "мая", 6: "июня",
    7: "июля", 8: "августа", 9: "сентября", 10: "октября", 11: "ноября", 12: "декабря",
}

LABELS = {
    "kk": {
        "card_social": "Мамандық картасы",
        "card_health": "кәсіп карточкасы",
        "annex": "{k} – қосымша",
        "code": "Кәсіп коды",
        "group_code": "Топ коды",
        "name": "Кәсіптің атауы",
        "level": "СБШ бойынша біліктілік деңгейі",
        "alt_names": "Кәсіптің басқа мүмкін атаулары",
        "requirements": "Біліктілікке қойылатын талаптар",
        "education": "Кәсіптік білім деңгейі",
        "functions": "Еңбек функциялары",
        "mandatory": "Міндетті еңбек функциялары:",
        "additional": "Қосымша еңбек функциялары:",
        "function": "Еңбек функциясы {n}:",
        "function_additional": "{n}-қосымша еңбек функциясы",
        "task": "Тапсырма:",
        "task_n": "{n}-міндет:",
        "skills": "Дағдылар:",
        "knowledge": "Білім:",
        "personal": "Жеке құзыреттерге қойылатын талаптар",
        "related": "СБШ шеңберіндегі басқа кәсіптермен байланыс",
        "related_item": "{level} деңгей {name}",
        "conditions": "Еңбек жағдайлары (мазмұны мен сапасы)",
    },
    "ru": {
        "card_social": "Карточка профессии",
        "card_health": "Карточка профессии",
        "annex": "Приложение {k}",
        "code": "Код профессии",
        "group_code": "Код группы",
        "name": "Наименование профессии",
        "level": "Уровень квалификации по ОРК",
        "alt_names": "Другие возможные наименования профессии",
        "requirements": "Квалификационные требования",
        "education": "Уровень профессионального образования",
        "functions": "Трудовые функции",
        "mandatory": "Обязательные трудовые функции:",
        "additional": "Дополнительные трудовые функции:",
        "function": "Трудовая функция {n}:",
        "function_additional": "Дополнительная трудовая функция {n}:",
        "task": "Задача:",
        "task_n": "Задача {n}:",
        "skills": "Навыки:",
        "knowledge": "Знания:",
        "personal": "Требования к личностным компетенциям",
        "related": "Связь с другими профессиями в рамках ОРК",
        "related_item": "{level} уровень {name}",
        "conditions": "Условия труда (содержание и качество)",
    },
}

ACT_WORD = {
    "kk": {"order": "бұйрығы", "joint_order": "бірлескен бұйрығы", "resolution": "қаулысы"},
    "ru": {"order": "Приказ", "joint_order": "Совместный приказ", "resolution": "Постановление"},
}

# Words of the domain, taken from the seed acts (Kazakh) and written for the
# Russian texts. Words that start like a card label (еңбек, функция, міндет,
# тапсырма, дағды, білім, деңгей, кәсіп, код, ... / трудов, функци, задач,
# навык, знани, уровень, ...) are left out so that no generated text can be
# mistaken for a label.
KK_WORDS = """
әлеуметтік және заңды мен медициналық жұмыс жоғары бар мүгедектігі педагогикалық
психологиялық денсаулық сақтау көрсету жөніндегі орта бойынша арнаулы негіздерін
мемлекеттік қорғау көмек маман немесе адамдарды қызметтер саласындағы оқу орнынан
кейінгі қызмет балаларды қолдау қауіпсіздігі қағидаларын заңын өрт экономикалық
техникалық конституциясын халықты арқылы әдістерін түзеу жәрдемақылар жүргізу жеке
санаттағы медициналық-педагогикалық адамдарға құқықтары ерекшеліктерін арнайы кемінде
өтілі негізгі күту отбасы баланың жемқорлыққа қарсы сақтандыру сыбайлас алу күтім неке
ұйымдастыру құқықтық отандық денсаулығы қарттар халық үшін беру нормативтік
зейнетақымен қамсыздандыру даму ерлі-зайыптылық психология қамтамасыз жүйесі басқа
шетелдік педагогика ету қызметкер ұйымдастыруды олардың оның санаты орташа теориясы
әзірлеу ішінде кәсіби жұмыспен балаларға тәжірибені басқару өзара жүзеге құрылымдық
асыру бағалау жасау тұрмыстық мәселелері зорлық-зомбылық дене психологиясы
қарым-қатынас дейінгі жастан асқан пациентті лауазымында қамту қағидалары қызметті
оңалту заңнамасының көрсетуді актілерді дәрігерге ұйымдарының озық жұмыскер көмектің
талдау әдістемесін тиімді жұмыстың тіркеу тізілімінде сәйкес отырып уақыты ұйым адам
жұмысты қойылатын әдістері өзін-өзі социология аспектілерін анықтау көмекті белгіленген
өмірлік пациенттерді кезінде психоневрологиялық аурулары құжаттаманы жаңа принциптері
оқыту бейіні геронтология көрсетудің көрсеткіштерін этика айқындау отбасыларға тұлға
әлеуметтік-психологиялық органдары мамандарымен қызметтерге қиын халықаралық
пациенттер қатысу көрсететін гигиеналық ретінде берілетін бейінін түрлі ортадағы
тәсілдерін есепке ұжымдық қызметін тәжірибесін саласында құрбандарына қызметтерді
қызметтердің шарттары санатты пациенттердің ақпараттық сала мамандануы бағыттарын
шараларын әлеуметтік-тұрмыстық мұқтаж профилактика соғыс ардагерлері көрсетілетін
профилактикасы этикалық нысандары пен отбасылық шынықтыру кешенді ұсыну қоршаған
сараптама ынтымақтастық сертификат пациенттің актілер психолог клиенттерге
бағдарламаларын ақпарат қылмыстық қаржы-шаруашылық практикасын экономика халықтың
ұйымның тиімділігін тәртібін салық емдеу-профилактикалық дәрі-дәрмекпен өлшемшарттары
жетістіктерін заманауи тәрбиелеу азаматтардың санитариялық-гигиеналық үйде орындау
стандарттарын өзге балалы стандарттар консультант емдік сапасына
медициналық-әлеуметтік бақылау қолдану қабылдау ерекшеліктері негіздері орны демалыс
демалысының ұзақтығы төлеу заңнамасына белгіленеді күтімді санитариялық жеткіліксіз
пациентке белгілері пайдалану әртүрлі ведомствоаралық ұйымының психопатология
қамқорлықтағылар ұйымдастырады сапалы жұмысын жедел етуді емдеу қажеттілікті төмен
азаматтарға түрлерін жастағы кепілдіктер спорт жас көлемі қызметтерін әсер ортамен
мінез-құлық қауіпсіз кезек балалар бөлімшенің реттеу арттыру лауазымындағы
пациенттерге жылжыту пациент шешу рәсімдеу шартында мәселелер кеңес мамандары
жинау персоналын рұқсаттар хабарламалар шарттар бөлімшесінің гигиена клиникалық
инструменталдық зертханалық диагностиканың жалпы қағидаттары статистикасын медицинаның
ғылыми балалармен мәдени адамдардың бюджет персоналды статистикалық белгілеу
психологиясын зейнеткерлік қорғаншылықты қамқоршылықты шектеулі адамдар кепілдіктері
қызметінің тұлғаның тәрбие физиологиясы анатомия организміне тетіктерін
психотерапевтикалық жаттығуларының алғашқы мақсатта қалыптастыру оларды оңалтудың
әдістемесі қағидаттарды коммуналдық-тұрмыстық құжаттарды бөлімінің бөлімше мүмкіндігі
төтенше өткізу шараларды ескере алмасу жауапкершілік шарттарда эмоционалды тазартуда
өлшеу қауіп зардап өтініші әрекеттесу маманының жетекшілігімен бірлескен
бағдарламалары есептік құжаттамасын құру консультация клиенттердің әлеуметтену
ағарту шағын даярлық басшылары қызметшілері лауазымдарының үлгілік психопрофилактика
бейімдеу қаланың дамуының белсенді уақтылы қарттармен адамдармен балалардың
құқықтарын қабылдайды жүйесін нысандарын мақсатында жалғызілікті баланы жүргізеді
ұйымдардың тығыз әдістемелік уәкілетті жекелеген бағдарламалық-әдістемелік
көрсетеді мониторинг жоспарларын әзірлеуге ұйымдастырудың физикалық психикалық
емдік-профилактикалық құжаттардың нақты бақылауды ұйымдармен алдын контингенттің
аспектілері ақпаратты технологияларды қажетті ережелері режимі жоспарын үйлестіру
сапасы жәрдемдесу жасауды куәлік технологиялары антропометриялық көрсеткіштерді
алгоритмі көрсеткіштері сақтауға арналған заттарды меңгеру жәбірленушінің қауіпті
сипатын бейімделуіне аурудың мәселелерін қажеттіліктерді пациентпен сақтаудағы
ұсынылатын ресурстар мүшелерімен үздіксіз саладағы эмпатия тұрақтылық орындалу
эргономика принциптерін тасымалдау отбасыларына тәлімгерлік қызметкерлер бейімделу
формалары қызметтік алмасуды қызметкерлеріне консультациялар сипаттамаларын
психологиялық-әлеуметтік экстремалды ахуалдарды профпатология бағдарлау орталықтың
терапиясы әдіснамасын қаржылық шаруашылық инфрақұрылымын демографиялық ахуалын
өңірдің ауданның әлеуметтік-экономикалық өңір аудан қала перспективалары нарығы
үрдістері жәрдемдесудің заңнаманың диагностикалау көрсетуге
психологиялық-педагогикалық ғылым практика әдіснама қағидаттарын әдіснамалық дәрілік
заттармен сипаттайтын сақтауды түрлері саясатының науқасты жеңілдіктер басымдықтарды
ортада деонтология әдістемелерді үйдегі мұқтаждықты мүмкіндіктері ата-аналарына
түзету құқықтану саясаттану азаматтық зейнетақы құқығының қорғаудың негізін
зейнеткерлердің оқу-тәрбиелеу мекемелеріне басымдықтардың нормаларын материалдарды
саясаттың әкімшілік әдебиеттерді басымдықтар жүйелерін зейнеткерлер тұрмыс
жабдықтарды пайдаланудың қолданыстағы қауіпсіздік жаттығулар тағайындауға
консультациялық абилитациялау тұрақты науқас жиынтығын жұмысына қарт физиологиялық
қарттарды азаматтарды мүгедектерді стандартты секторының тобының сипаттамалары
заңгерлік ұйымдарында
""".split()

RU_WORDS = """
социальной социальных социальные социального защиты населения помощи услуг услуги
специальных специальные оказания оказание организации организация организаций
планирование контроль контроля деятельности деятельность подразделения структурного
руководство руководителя работы работников работниками персонала кадров сотрудников
лиц граждан семей семьям детей ребенка пожилых инвалидностью инвалидов ветеранов
получателей клиентов клиентами пациентов пациента ухода уход медицинской медицинских
психологической психологических педагогической педагогических правовой правовых
нормативных правовые актов актами законодательства Конституции Республики Казахстан
порядок порядка правила правил методы методов методики методик основы основ
принципы принципов этики этические документации документов документацию отчетности
учета ведение ведения составление разработка разработки проведение проведения
мероприятий мероприятия программ программы индивидуальной индивидуальных плана планов
оценки оценка потребности потребностей нуждаемости выявление выявления реабилитации
реабилитация адаптации адаптация профилактики профилактика консультирование
консультирования взаимодействие взаимодействия межведомственного государственными
органами учреждениями специалистами коллегами информационных систем технологий
современных эффективных безопасности охраны пожарной санитарных гигиенических
норм стандартов качества мониторинг мониторинга анализ анализа
обеспечение обеспечения сопровождение сопровождения поддержки поддержка семейного
трудной жизненной ситуации насилия противодействия коррупции гражданского семейного
пенсионного обеспечения страхования бюджетного финансирования
документооборота делопроизводства территории региона района города населенного
пункта надомного стационарных полустационарных центров отделения
""".split()

KK_TITLE_ENDINGS = ["маманы", "жұмыскері", "бастығы", "меңгерушісі", "кеңесшісі", "қызметкері", "психологы"]
RU_TITLE_HEADS = ["Специалист", "Руководитель", "Заведующий", "Консультант", "Социальный работник", "Психолог"]

KK_CONDITIONS = (
    "Жұмысты орындау орны, жұмыс уақыты, демалыс уақыты режимі, еңбек демалысының "
    "ұзақтығы, еңбекке ақы төлеу шарттары және өзге де еңбек жағдайлары Қазақстан "
    "Республикасының еңбек заңнамасына сәйкес еңбек және ұжымдық шарттарда белгіленеді."
)
RU_CONDITIONS = (
    "Место выполнения работы, режим рабочего времени и времени отдыха, продолжительность "
    "трудового отпуска, условия оплаты труда и иные условия труда устанавливаются в "
    "трудовом и коллективном договорах в соответствии с трудовым законодательством "
    "Республики Казахстан."
)

# --------------------------------------------------------------------------
# style chosen by seed


@dataclass(frozen=True)
class Style:
    font_size: float
    line_h: float
    label_w: float      # label column (two- and three-column rows), pt
    task_w: float       # task column of the three-column rows, pt
    pad_x: float
    pad_y: float
    inline_short: bool  # code / group code / level rows as one "label: value" cell
    bold_labels: bool   # in-cell labels (Тапсырма:, Дағдылар:, ...) in bold
    item_sep: str       # separator printed after list items (";" or ".")
    num_fmt: str        # "{n}." or "{n})"
    heading_split: bool  # card heading word and the «title» on separate lines
    line_width: float

    @property
    def value_w(self) -> float:
        return CONTENT_W - self.label_w

    @property
    def skills_w(self) -> float:
        return CONTENT_W - self.label_w - self.task_w


def _style(seed) -> Style:
    rnd = random.Random(seed)
    size = rnd.choice([9.0, 9.5, 10.0, 10.5, 11.0])
    return Style(
        font_size=size,
        line_h=round(size * rnd.uniform(1.15, 1.3), 2),
        label_w=round(35 * MM * rnd.uniform(0.9, 1.1), 2),
        task_w=round(50 * MM * rnd.uniform(0.9, 1.1), 2),
        pad_x=round(rnd.uniform(2.5, 4.5), 2),
        pad_y=round(rnd.uniform(2.0, 3.5), 2),
        inline_short=rnd.random() < 0.3,
        bold_labels=rnd.random() < 0.3,
        item_sep=rnd.choice([";", "."]),
        num_fmt=rnd.choice(["{n}.", "{n})"]),
        heading_split=rnd.random() < 0.5,
        line_width=rnd.choice([0.5, 0.75]),
    )


def render_params(seed=0) -> dict:
    """The style and geometry `render_act_pdf` uses for `seed` (points)."""
    st = _style(seed)
    d = dict(st.__dict__)
    d.update(
        page_width=PAGE_W, page_height=PAGE_H, margin=MARGIN,
        table_left=MARGIN, table_right=MARGIN + CONTENT_W, table_width=CONTENT_W,
        value_w=st.value_w, skills_w=st.skills_w,
        x_value=MARGIN + st.label_w, x_task=MARGIN + st.label_w,
        x_skills=MARGIN + st.label_w + st.task_w,
    )
    return d


# --------------------------------------------------------------------------
# text helpers


def _date(s):
    if not s:
        return None
    if isinstance(s, (_dt.date, _dt.datetime)):
        return s
    return _dt.date.fromisoformat(str(s)[:10])


def _kk_genitive(issuer: str) -> str:
    issuer = issuer.strip()
    words = issuer.split(" ")
    last = words[-1]
    if last.lower().endswith("министрі"):
        words[-1] = last + "нің"
    elif last.endswith(("нің", "ның", "дің", "дың", "тің", "тың")):
        pass
    elif last.endswith(("і", "и")):
        words[-1] = last + "нің"
    elif last.endswith("ы"):
        words[-1] = last + "ның"
    return " ".join(words)


def _ru_genitive(issuer: str) -> str:
    issuer = issuer.strip()
    # the doc dict is expected to hold the genitive already; a nominative
    # leading "Министр" is put in the genitive, anything else passes through
    if issuer.startswith("Министр "):
        return "Министра " + issuer[len("Министр "):]
    return issuer


def header_text(document: dict, lang: str) -> str:
    """The header paragraph under the act's title."""
    act_type = document.get("act_type") or "order"
    act = ACT_WORD[lang].get(act_type, ACT_WORD[lang]["order"])
    d = _date(document.get("act_date"))
    rd = _date(document.get("registration_date"))
    n = document.get("act_number")
    rn = document.get("registration_number")
    issuer = document.get("issuer") or ""
    if lang == "kk":
        parts = [_kk_genitive(issuer)] if issuer else []
        if d:
            parts.append(f"{d.year} жылғы {d.day} {KK_MONTHS[d.month][1]}")
        if n:
            parts.append(f"№ {n}")
        text = " ".join(parts + [act]) + "."
        if rd or rn:
            reg = "Қазақстан Республикасының Әділет министрлігінде"
            if rd:
                reg += f" {rd.year} жылғы {rd.day} {KK_MONTHS[rd.month][2]}"
            if rn:
                reg += f" № {rn}"
            text += " " + reg + " болып тіркелді"
    else:
        parts = [act]
        if issuer:
            parts.append(_ru_genitive(issuer))
        if d:
            parts.append(f"от {d.day} {RU_MONTHS[d.month]} {d.year} года")
        if n:
            parts.append(f"№ {n}")
        text = " ".join(parts) + "."
        if rd or rn:
            reg = "Зарегистрирован в Министерстве юстиции Республики Казахстан"
            if rd:
                reg += f" {rd.day} {RU_MONTHS[rd.month]} {rd.year} года"
            if rn:
                reg += f" № {rn}"
            text += " " + reg
    return text


def doc_id_for(document: dict) -> str | None:
    rd = _date(document.get("registration_date"))
    rn = document.get("registration_number")
    if not rd or not rn:
        return None
    return f"V{rd.year % 100:02d}{int(rn):08d}"


# --------------------------------------------------------------------------
# layout primitives


@dataclass
class _Line:
    x: float
    top: float
    text: str
    bold: bool
    size: float


class _Strip:
    """A table laid out on an endless strip (y from 0 down), paginated later."""

    def __init__(self, pdf: FPDF, st: Style):
        self.pdf, self.st = pdf, st
        self.left, self.right = MARGIN, MARGIN + CONTENT_W
        self.y = 0.0
        self.texts: list[_Line] = []
        self.hrules: list[tuple[float, float, float]] = []   # y, x1, x2
        self.vrules: list[tuple[float, float, float]] = []   # x, y1, y2
        self.rows: list[tuple[float, float]] = []

    # -- text wrapping ------------------------------------------------------
    def wrap(self, text: str, width: float, bold=False) -> list[str]:
        return _wrap(self.pdf, text, width, bold, self.st.font_size)

    def cell_lines(self, paras, width) -> list[tuple[str, bool]]:
        """paras: list of (text, bold) -> wrapped lines for a cell of `width`."""
        inner = width - 2 * self.st.pad_x
        out = []
        for text, bold in paras:
            for ln in self.wrap(text, inner, bold):
                out.append((ln, bold))
        return out

    # -- rows -----------------------------------------------------------------
    def _cell_texts(self, x, top, lines):
        lh = self.st.line_h
        for i, (t, b) in enumerate(lines):
            if t:
                self.texts.append(_Line(x + self.st.pad_x, top + self.st.pad_y + i * lh, t, b, self.st.font_size))

    def _height(self, n_lines):
        return 2 * self.st.pad_y + max(1, n_lines) * self.st.line_h

    def add_row(self, cells):
        """cells: list of (x, w, paras)."""
        laid = [(x, w, self.cell_lines(p, w)) for x, w, p in cells]
        top = self.y
        h = self._height(max(len(ls) for _, _, ls in laid))
        self.hrules.append((top, self.left, self.right))
        for x, w, ls in laid:
            self.vrules.append((x, top, top + h))
            self._cell_texts(x, top, ls)
        self.vrules.append((self.right, top, top + h))
        self.rows.append((top, top + h))
        self.y = top + h

    def add_span_block(self, col1, sub_cells):
        """First column `col1` (x, w, paras) spans the sub-rows `sub_cells`
        (list of lists of (x, w, paras))."""
        x1, w1, p1 = col1
        l1 = self.cell_lines(p1, w1)
        laid = [[(x, w, self.cell_lines(p, w)) for x, w, p in cells] for cells in sub_cells]
        heights = [self._height(max(len(ls) for _, _, ls in cells)) for cells in laid]
        h1 = self._height(len(l1))
        if h1 > sum(heights):
            heights[-1] += h1 - sum(heights)
        top = self.y
        self._cell_texts(x1, top, l1)
        y = top
        for i, (cells, h) in enumerate(zip(laid, heights)):
            self.hrules.append((y, self.left if i == 0 else cells[0][0], self.right))
            for x, w, ls in cells:
                self.vrules.append((x, y, y + h))
                self._cell_texts(x, y, ls)
            self.vrules.append((self.right, y, y + h))
            self.rows.append((y, y + h))
            y += h
        self.vrules.append((x1, top, y))
        self.y = y

    def close(self):
        self.hrules.append((self.y, self.left, self.right))

    # -- pagination -----------------------------------------------------------
    def _cut(self, s: float, limit: float) -> float:
        cut = limit
        changed = True
        while changed:
            changed = False
            for t in self.texts:
                b = t.top + self.st.line_h
                if t.top < cut - EPS and b > cut + EPS:
                    cut = t.top
                    changed = True
            for rt, rb in self.rows:
                if rt + EPS < cut < rb - EPS and rt > s + EPS:
                    fits = any(t.top >= rt - EPS and t.top + self.st.line_h <= cut + EPS for t in self.texts)
                    if not fits:
                        cut = rt
                        changed = True
        return cut

    def render(self, y_start: float, page_top: float = MARGIN, page_bottom: float = PAGE_H - MARGIN):
        pdf, st = self.pdf, self.st
        total = self.y
        s, y0 = 0.0, y_start
        while True:
            avail = page_bottom - y0
            if total - s <= avail + EPS:
                e = total
            else:
                e = self._cut(s, s + avail)
                if e <= s + EPS:
                    # not even one line fits here: start on the next page
                    pdf.add_page()
                    y0 = page_top
                    continue
            off = y0 - s
            pdf.set_line_width(st.line_width)
            pdf.set_draw_color(0, 0, 0)
            # horizontal rules: inside the slice as laid out; the slice edges full width
            for y, xa, xb in self.hrules:
                if s + EPS < y < e - EPS:
                    pdf.line(xa, y + off, xb, y + off)
            for y in (s, e):   # each fragment is closed by full-width lines
                pdf.line(self.left, y + off, self.right, y + off)
            for x, ya, yb in self.vrules:
                a, b = max(ya, s), min(yb, e)
                if b - a > EPS:
                    pdf.line(x, a + off, x, b + off)
            for t in self.texts:
                if t.top >= s - EPS and t.top + st.line_h <= e + EPS:
                    _draw_text(pdf, t.x, t.top + off, t.text, t.bold, t.size, st.line_h)
            if e >= total - EPS:
                return y0 + (e - s)
            pdf.add_page()
            s, y0 = e, page_top


_WIDTHS: dict = {}


def _width(pdf: FPDF, s: str, bold: bool, size: float) -> float:
    """String width in points (memoised; DejaVu has no kerning here, so widths add up)."""
    key = (bold, size, s)
    w = _WIDTHS.get(key)
    if w is None:
        if len(_WIDTHS) > 200_000:
            _WIDTHS.clear()
        pdf.set_font(FONT_FAMILY, "B" if bold else "", size)
        w = _WIDTHS[key] = pdf.get_string_width(s)
    return w


def _wrap(pdf: FPDF, text: str, width: float, bold: bool, size: float, first_width: float | None = None) -> list[str]:
    """Greedy line breaking at spaces; a word wider than the line is broken
    between letters, as a narrow column of the official PDFs breaks it."""
    space = _width(pdf, " ", bold, size)
    words = str(text).split()
    lines: list[str] = []
    cur, cur_w = "", 0.0
    limit = first_width if first_width is not None else width
    for w in words:
        ww = _width(pdf, w, bold, size)
        if cur and cur_w + space + ww <= limit + EPS:
            cur, cur_w = cur + " " + w, cur_w + space + ww
            continue
        if not cur and ww <= limit + EPS:
            cur, cur_w = w, ww
            continue
        if cur:
            lines.append(cur)
            limit = width
            cur, cur_w = "", 0.0
        while ww > limit + EPS:
            k = 1
            while k < len(w) and _width(pdf, w[: k + 1], bold, size) <= limit + EPS:
                k += 1
            lines.append(w[:k])
            limit = width
            w = w[k:]
            ww = _width(pdf, w, bold, size)
        cur, cur_w = w, ww
    if cur or not lines:
        lines.append(cur)
    return lines


def _baseline(top: float, size: float, lh: float) -> float:
    return top + (lh - size) / 2 + 0.8 * size


def _draw_text(pdf, x, top, text, bold, size, lh):
    pdf.set_font(FONT_FAMILY, "B" if bold else "", size)
    pdf.text(x, _baseline(top, size, lh), text)


# --------------------------------------------------------------------------
# page-flow text (title, header, body paragraphs, card headings)


class _Flow:
    def __init__(self, pdf: FPDF, st: Style):
        self.pdf, self.st = pdf, st
        self.y = MARGIN

    def ensure(self, h):
        if self.y + h > PAGE_H - MARGIN + EPS:
            self.pdf.add_page()
            self.y = MARGIN

    def paragraph(self, text, align="J", bold=False, size=None, indent=0.0, space_after=None):
        pdf = self.pdf
        size = size or self.st.font_size
        lh = size * self.st.line_h / self.st.font_size
        lines = _wrap(pdf, text, CONTENT_W, bold, size, first_width=CONTENT_W - indent)
        pdf.set_font(FONT_FAMILY, "B" if bold else "", size)
        for i, ln in enumerate(lines):
            self.ensure(lh)
            x0 = MARGIN + (indent if i == 0 else 0.0)
            width = CONTENT_W - (indent if i == 0 else 0.0)
            base = _baseline(self.y, size, lh)
            w = pdf.get_string_width(ln)
            if align == "C":
                pdf.text(MARGIN + (CONTENT_W - w) / 2, base, ln)
            elif align == "R":
                pdf.text(MARGIN + CONTENT_W - w, base, ln)
            elif align == "J" and i < len(lines) - 1 and " " in ln:
                words = ln.split(" ")
                total = sum(pdf.get_string_width(t) for t in words)
                gap = (width - total) / (len(words) - 1)
                x = x0
                for t in words:
                    pdf.text(x, base, t)
                    x += pdf.get_string_width(t) + gap
            else:
                pdf.text(x0, base, ln)
            self.y += lh
        self.y += self.st.line_h * 0.5 if space_after is None else space_after


# --------------------------------------------------------------------------
# cards


def _item(st: Style, n: int, text: str, last: bool) -> str:
    text = str(text).strip()
    num = st.num_fmt.format(n=n)
    if not text:
        return num
    if re.search(r"[.;:,!?]$", text):
        return f"{num} {text}"
    return f"{num} {text}{'.' if last else st.item_sep}"


def _numbered(st: Style, items) -> list[str]:
    items = list(items)
    return [_item(st, i + 1, t, i == len(items) - 1) for i, t in enumerate(items)]


def _render_card(pdf: FPDF, st: Style, card: dict, lang: str, layout: str, k: int):
    L = LABELS[lang]
    pdf.add_page()
    flow = _Flow(pdf, st)
    title = card.get("card_title") or card.get("name") or ""
    hsize = st.font_size + 1
    if layout == "health":
        flow.paragraph(L["annex"].format(k=k), align="R", size=st.font_size, space_after=st.line_h * 0.3)
        if lang == "kk":
            flow.paragraph(f"«{title}» {L['card_health']}", align="C", bold=True, size=hsize)
        else:
            flow.paragraph(f"{L['card_health']} «{title}»", align="C", bold=True, size=hsize)
    else:
        if st.heading_split:
            flow.paragraph(L["card_social"], align="C", bold=True, size=hsize, space_after=0)
            flow.paragraph(f"«{title}»", align="C", bold=True, size=hsize)
        else:
            flow.paragraph(f"{L['card_social']} «{title}»", align="C", bold=True, size=hsize)
    flow.y += st.line_h * 0.5

    strip = _Strip(pdf, st)
    xl, xv = MARGIN, MARGIN + st.label_w
    xt, xs = xv, xv + st.task_w
    lab = st.bold_labels

    def two(label, values, short=False):
        values = [v for v in values if v is not None]
        if short and st.inline_short:
            text = f"{label}: {' '.join(str(v) for v in values)}"
            strip.add_row([(xl, CONTENT_W, [(text, False)])])
        else:
            strip.add_row([(xl, st.label_w, [(label, False)]), (xv, st.value_w, [(str(v), False) for v in values])])

    def lab_para(text):
        return (text, lab)

    two(L["code"], [card.get("code") or "-"], short=True)
    if card.get("group_code"):
        two(L["group_code"], [card["group_code"]], short=True)
    two(L["name"], [card.get("name") or ""])
    two(L["level"], [card.get("qualification_level") or "-"], short=True)
    alt = card.get("alt_names") or []
    if alt:
        two(L["alt_names"], [f"{a['code']} {a['name']}" if a.get("code") else a["name"] for a in alt])
    if card.get("qualification_requirements_text"):
        two(L["requirements"], [card["qualification_requirements_text"]])
    if card.get("education_level_text"):
        two(L["education"], [card["education_level_text"]])

    functions = card.get("labor_functions") or []
    mand = [f for f in functions if f.get("kind", "mandatory") != "additional"]
    addl = [f for f in functions if f.get("kind") == "additional"]
    if functions:
        paras = []
        if mand:
            paras.append(lab_para(L["mandatory"]))
            paras += [(t, False) for t in _numbered_fn(st, mand)]
        if addl:
            paras.append(lab_para(L["additional"]))
            paras += [(t, False) for t in _numbered_fn(st, addl)]
        strip.add_row([(xl, st.label_w, [(L["functions"], False)]), (xv, st.value_w, paras)])

    for f in functions:
        n = f.get("no") or 1
        key = "function_additional" if f.get("kind") == "additional" else "function"
        col1 = [lab_para(L[key].format(n=n)), (f.get("name") or "", False)]
        tasks = f.get("tasks") or []

        def lists(t):
            p = []
            if t.get("skills"):
                p.append(lab_para(L["skills"]))
                p += [(s, False) for s in _numbered(st, t["skills"])]
            if t.get("knowledge"):
                p.append(lab_para(L["knowledge"]))
                p += [(s, False) for s in _numbered(st, t["knowledge"])]
            return p

        def task_paras(t, single):
            p = [lab_para(L["task"] if single else L["task_n"].format(n=t.get("no") or 1))]
            if t.get("name"):
                p.append((t["name"], False))
            return p

        if len(tasks) <= 1:
            t = tasks[0] if tasks else {}
            col2 = task_paras(t, True) if t.get("name") else []
            strip.add_row([(xl, st.label_w, col1), (xt, st.task_w, col2), (xs, st.skills_w, lists(t) if t else [])])
        elif all(not t.get("skills") and not t.get("knowledge") for t in tasks[1:]):
            col2 = []
            for t in tasks:
                col2 += task_paras(t, False)
            strip.add_row([(xl, st.label_w, col1), (xt, st.task_w, col2), (xs, st.skills_w, lists(tasks[0]))])
        else:
            subs = [[(xt, st.task_w, task_paras(t, False)), (xs, st.skills_w, lists(t))] for t in tasks]
            strip.add_span_block((xl, st.label_w, col1), subs)

    if card.get("personal_competencies"):
        two(L["personal"], [card["personal_competencies"]])
    rel = card.get("related_occupations") or []
    if rel:
        two(L["related"], [L["related_item"].format(level=r.get("level") or "", name=r.get("name") or "").strip() for r in rel])
    if card.get("working_conditions"):
        two(L["conditions"], [card["working_conditions"]])
    strip.close()
    strip.render(flow.y)


def _numbered_fn(st: Style, fns) -> list[str]:
    out = []
    for i, f in enumerate(fns):
        out.append(_item(st, f.get("no") or i + 1, f.get("name") or "", i == len(fns) - 1))
    return out


# --------------------------------------------------------------------------
# public API


def _new_pdf() -> FPDF:
    pdf = FPDF(orientation="P", unit="pt", format="A4")
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(False)
    pdf.add_font(FONT_FAMILY, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT_FAMILY, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.set_creation_date(_dt.datetime(2024, 1, 1, tzinfo=_dt.timezone.utc))
    pdf.set_creator("kzprof tests/pdf_factory.py")
    return pdf


def render_act_pdf(doc: dict, path, lang: str = "kk", layout: str = "social", seed=0,
                   body_paragraphs: list[str] | None = None, running_head: str | None = None) -> Path:
    """Render `doc` (gold format: {"document": {...}, "occupations": [...]})
    into an A4 PDF at `path` and return the path.

    Page 1: title (bold, centred), header paragraph, optional body paragraphs.
    Then every card from a new page, as ruled tables that break across pages.
    `seed` picks small variations (see `render_params`); same seed, same bytes.
    """
    if lang not in LABELS:
        raise ValueError(f"lang must be 'kk' or 'ru', not {lang!r}")
    if layout not in ("social", "health"):
        raise ValueError(f"layout must be 'social' or 'health', not {layout!r}")
    st = _style(seed)
    path = Path(path)
    pdf = _new_pdf()
    document = doc.get("document") or {}
    pdf.set_title(document.get("title") or "")
    pdf.add_page()
    flow = _Flow(pdf, st)
    if document.get("title"):
        flow.paragraph(document["title"], align="C", bold=True, size=st.font_size + 2, space_after=st.line_h)
    if document:
        flow.paragraph(header_text(document, lang), align="J")
    for p in body_paragraphs or []:
        flow.paragraph(p, align="J", indent=12 * MM, space_after=st.line_h * 0.3)
    for i, card in enumerate(doc.get("occupations") or []):
        _render_card(pdf, st, card, lang, layout, card.get("card_no") or i + 1)
    if running_head:
        _furniture(pdf, st, running_head)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))
    return path


def _furniture(pdf: FPDF, st: Style, head: str) -> None:
    """A running head at the top of every page after the first and a page number at the foot
    of every page, in the margins above and below the tables."""
    pages = pdf.page
    for n in range(1, pages + 1):
        pdf.page = n
        pdf.set_font(FONT_FAMILY, "", st.font_size - 1)
        if n > 1:
            pdf.text(MARGIN, MARGIN * 0.55, head)
        pdf.text(pdf.w / 2, pdf.h - MARGIN * 0.45, str(n))
    pdf.page = pages


# --------------------------------------------------------------------------
# PDFs that cannot be read


def render_encrypted_pdf(path, text: str = "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрінің бұйрығы") -> Path:
    """A PDF that opens only with a password."""
    pdf = _new_pdf()
    pdf.set_encryption(owner_password="owner", user_password="secret")
    pdf.add_page()
    pdf.set_font(FONT_FAMILY, "", 11)
    pdf.text(40, 40, text)
    pdf.output(str(path))
    return Path(path)


def render_scanned_pdf(path) -> Path:
    """A PDF whose page is only a picture (no text layer), as a scan is."""
    pdf = _new_pdf()
    pdf.add_page()
    pdf.rect(20, 20, 170, 250, style="F")
    pdf.output(str(path))
    return Path(path)


def render_gold_cards(doc: dict, path, lang: str = "kk", layout: str = "social", seed=0) -> Path:
    return render_act_pdf(doc, path, lang=lang, layout=layout, seed=seed)


# --------------------------------------------------------------------------
# random data in the gold format


def _words(lang):
    return KK_WORDS if lang == "kk" else RU_WORDS


def _phrase(rnd: random.Random, lang: str, lo: int, hi: int, commas=True) -> str:
    ws = [rnd.choice(_words(lang)) for _ in range(rnd.randint(lo, hi))]
    if commas and len(ws) > 4 and rnd.random() < 0.4:
        i = rnd.randint(1, len(ws) - 2)
        ws[i] = ws[i] + ","
    s = " ".join(ws)
    return s[0].upper() + s[1:]


def _code(rnd):
    return f"{rnd.randint(1000, 9999)}-{rnd.randint(0, 9)}-{rnd.randint(1, 999):03d}"


def _level(rnd):
    return rnd.choice(["4", "5", "6", "7", "4.1", "4.2", "5.1", "6.1", "6.2"])


def _occupation_name(rnd, lang):
    if lang == "kk":
        return f"{_phrase(rnd, lang, 2, 6, commas=False)} {rnd.choice(KK_TITLE_ENDINGS)}"
    return f"{rnd.choice(RU_TITLE_HEADS)} {_phrase(rnd, lang, 2, 6, commas=False).lower()}"


def random_card(rnd: random.Random, lang: str, card_no: int) -> dict:
    """A plausible occupation card in the gold format."""
    name = _occupation_name(rnd, lang)
    code = _code(rnd) if rnd.random() < 0.85 else None
    group_code = f"{code[:4] if code else rnd.randint(1000, 9999)}-{rnd.randint(0, 9)}" if rnd.random() < 0.2 else None
    functions = []
    n_mand = rnd.randint(1, 4)
    n_add = rnd.randint(0, 1) if n_mand < 4 else 0
    for kind, count in (("mandatory", n_mand), ("additional", n_add)):
        for no in range(1, count + 1):
            n_tasks = rnd.randint(1, 3)
            shared = n_tasks > 1 and rnd.random() < 0.4
            tasks = []
            for tno in range(1, n_tasks + 1):
                empty = shared and tno > 1
                tasks.append({
                    "no": tno,
                    "name": _phrase(rnd, lang, 3, 10, commas=False),
                    "skills": [] if empty else [_phrase(rnd, lang, 3, 25) for _ in range(rnd.randint(2, 12))],
                    "knowledge": [] if empty else [_phrase(rnd, lang, 3, 25) for _ in range(rnd.randint(2, 12))],
                })
            functions.append({"no": no, "kind": kind, "name": _phrase(rnd, lang, 3, 12, commas=False), "tasks": tasks})
    return {
        "card_no": card_no,
        "card_title": name,
        "code": code,
        "group_code": group_code,
        "name": name,
        "qualification_level": _level(rnd),
        "alt_names": [
            {"code": _code(rnd) if rnd.random() < 0.3 else None, "name": _occupation_name(rnd, lang)}
            for _ in range(rnd.choice([0, 0, 1, 2]))
        ],
        "qualification_requirements_text": _phrase(rnd, lang, 10, 40) + ".",
        "education_level_text": _phrase(rnd, lang, 4, 15) + ".",
        "labor_functions": functions,
        "personal_competencies": ", ".join(_phrase(rnd, lang, 1, 3, commas=False) for _ in range(rnd.randint(3, 8))) + ".",
        "related_occupations": [
            {"level": _level(rnd), "name": _occupation_name(rnd, lang)} for _ in range(rnd.randint(1, 2))
        ],
        "working_conditions": (KK_CONDITIONS if lang == "kk" else RU_CONDITIONS) if rnd.random() < 0.85 else None,
    }


def random_act(rnd: random.Random, lang: str, n_cards: int, layout: str = "social") -> dict:
    """A plausible act (top-level gold format with "document" and n_cards cards)."""
    act_date = _dt.date(2015, 1, 1) + _dt.timedelta(days=rnd.randint(0, 365 * 10))
    reg_date = act_date + _dt.timedelta(days=rnd.randint(0, 20))
    if layout == "health":
        title = {"kk": "\"Денсаулық сақтау саласындағы әлеуметтік жұмыскер\" кәсіптік стандартын бекіту туралы",
                 "ru": "Об утверждении профессионального стандарта \"Социальный работник в области здравоохранения\""}[lang]
        issuer = {"kk": "Қазақстан Республикасы Денсаулық сақтау министрі",
                  "ru": "Министра здравоохранения Республики Казахстан"}[lang]
    else:
        title = {"kk": "Әлеуметтік қорғау саласындағы кәсіптік стандартты бекіту туралы",
                 "ru": "Об утверждении профессионального стандарта в области социальной защиты"}[lang]
        issuer = {"kk": "Қазақстан Республикасы Еңбек және халықты әлеуметтік қорғау министрі",
                  "ru": "Министра труда и социальной защиты населения Республики Казахстан"}[lang]
    document = {
        "title": title,
        "act_type": "order",
        "issuer": issuer,
        "act_number": str(rnd.randint(1, 500)),
        "act_date": act_date.isoformat(),
        "registration_number": str(rnd.randint(10000, 39999)),
        "registration_date": reg_date.isoformat(),
        "status": "in_force",
        "repealed_by": None,
        "effective_from": None,
        "cards_total": n_cards,
    }
    doc_id = doc_id_for(document)
    return {
        "source": f"{doc_id}.pdf",
        "doc_id": doc_id,
        "lang": lang,
        "document": document,
        "occupations": [random_card(rnd, lang, i + 1) for i in range(n_cards)],
        "requirements": [],
        "amendments": [],
        "knowledge_lists": [],
    }


def render_image_pdf(src, path, dpi: int = 200, pages: int | None = None, turns: tuple[int, ...] = ()) -> Path:
    """The pages of the PDF `src` (the first `pages` of them) as pictures only, with no text
    layer: a scan of a printed act. `turns`: per page, degrees (counter-clockwise, quarter turns)
    the sheet was fed turned by; a page turned sideways is a landscape page."""
    import pdfplumber

    out = _new_pdf()
    with pdfplumber.open(src) as pdf:
        for k, page in enumerate(pdf.pages[:pages]):
            image = page.to_image(resolution=dpi).original.convert("L")
            turn = turns[k] if k < len(turns) else 0
            if turn:
                image = image.rotate(turn, expand=True, fillcolor=255)
            out.add_page(orientation="L" if turn % 180 else "P")
            out.image(image, x=0, y=0, w=out.w, h=out.h)
    out.output(str(path))
    return Path(path)
