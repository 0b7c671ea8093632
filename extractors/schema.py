"""The curated schema: the one place that says what the published tables are.

Contract v1 (../shared/contract.md) plus the columns and tables the project
adds; nothing here may be renamed, dropped or retyped without a new contract
version. Each table is described once, below: its columns (type, meaning,
whether a value is always present, allowed values, pattern), its key and the
parent every row belongs to. Everything else is derived from these
descriptions: the Arrow schemas the tables are written with (with the
descriptions and keys in their metadata), the checks of the curated stage
(`quality.schema_expectations`), the Frictionless Data Package published beside
the tables (`datapackage.py`) and the data dictionary (`curated/README.md`,
`datadict.py`).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

import pyarrow as pa

CONTRACT_VERSION = "1"

LANGS = ("kk", "ru")
ACT_TYPES = ("order", "joint_order", "resolution", "decision", "law", "decree", "code", "disposition", "rules")
# what an act holds, read from what the extraction found (`act_kinds.py`)
ACT_KINDS = ("standard", "qualification_requirements", "rules", "amending_order", "other")
STATUSES = ("in_force", "repealed")
SOURCE_FORMATS = ("txt", "pdf", "pdf-ocr", "html")
FUNCTION_KINDS = ("mandatory", "additional")
SPECIALIST_LEVELS = ("high", "middle")
CATEGORIES = ("highest", "first", "second", "none")
EDUCATION_LEVELS = ("higher", "postgraduate", "tvet", "basic_secondary", "general_secondary")
AMENDMENT_KINDS = ("change", "note")
OPERATIONS = ("replace", "amend", "insert", "delete", "repeal")
LEGAL_REF_KINDS = ("constitution", "code", "law", "rules")
VALID_FROM_BASES = ("effective_from", "registration_date", "act_date", "amending_act_date")

CODE_PATTERN = r"^\d{4}-\d-\d{3}$"
GROUP_CODE_PATTERN = r"^\d{4}-\d$"
LEVEL_PATTERN = r"^[1-8](?:\.[1-9])?(?:\s*-\s*[1-8](?:\.[1-9])?)?$"
_ONE_LEVEL = r"[1-8](?:\.[1-9])?(?:\s*-\s*[1-8](?:\.[1-9])?)?"  # a level or a range (`4-5`)
LEVEL_LIST_PATTERN = rf"^{_ONE_LEVEL}(?:\s*,\s*{_ONE_LEVEL})*$"
# the adilet id (`V2300032943`; laws `Z…`, resolutions `P…`), or, for an act that prints none and
# is not registered, the stable id built from its kind, date and number (`law-20151123-414-V`)
# an adilet id: a letter, the two-digit year, then the registration number, with the letters of a
# region's register where a local justice department registered the act (`V16UL003811`, `P03000150AZ`)
ADILET_ID = r"[A-Z]\d{9,10}_?|[A-Z]\d{2}[A-Z\d]{7}[A-Z\d_]"
DOC_ID_PATTERN = rf"^(?:{ADILET_ID}|[a-z_]+-\d{{8}}-\S+)$"
SHA256_PATTERN = r"^[0-9a-f]{64}$"

s, i32, d32, b = pa.string(), pa.int32(), pa.date32(), pa.bool_()
str_list = pa.list_(s)


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    description: str
    required: bool = False  # never null: written non-nullable, checked before publishing
    enum: tuple[str, ...] = ()
    pattern: str | None = None
    added: bool = False  # a column the project adds to the contract's

    def arrow_field(self, nullable: bool | None = None) -> pa.Field:
        return pa.field(self.name, self.type, nullable=not self.required if nullable is None else nullable,
                        metadata={"description": self.description})


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    columns: tuple[Column, ...]
    key: tuple[str, ...]
    parent: tuple[str, tuple[str, ...]] | None = None  # every row's parent row: (table, shared columns)
    # further links, checked where all their columns are set: (columns, table, its columns)
    references: tuple[tuple[tuple[str, ...], str, tuple[str, ...]], ...] = ()
    # further column sets unique besides the key: a card printed twice in an act gets a new
    # card_no, but keeps its code, name and level
    unique: tuple[tuple[str, ...], ...] = ()
    label: tuple[str, ...] = ()  # the columns that name a row for a person (reports)
    notes: str = ""  # what a consumer must know beyond the columns (the data dictionary prints it)
    added: bool = False

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)

    @property
    def required(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns if c.required)

    def arrow_schema(self, relaxed: bool = False) -> pa.Schema:
        meta = {"kzprof.table": self.name, "description": self.description,
                "kzprof.contract_version": CONTRACT_VERSION, "kzprof.primary_key": json.dumps(list(self.key))}
        if self.parent:
            meta["kzprof.parent"] = json.dumps({"table": self.parent[0], "columns": list(self.parent[1])})
        return pa.schema([c.arrow_field(True if relaxed else None) for c in self.columns], metadata=meta)


def _col(name, type_, description, **kw) -> Column:
    return Column(name, type_, description, **kw)


# --------------------------------------------------------------------------- columns shared by tables
DOC_ID = _col("doc_id", s, "adilet id of the act (V + two-digit registration year + 8-digit registration number, or "
              "the id the page prints, `V16UL003811` for an act of a local register), or the stable id of an "
              "unregistered act (see above)",
              required=True, pattern=DOC_ID_PATTERN)
LANG = _col("lang", s, "language of the text the row was read from", required=True, enum=LANGS)
CARD_NO = _col("card_no", i32, "order of the occupation card in the act, from 1", required=True)
FUNCTION_KIND = _col("function_kind", s, "mandatory or additional labour function", required=True,
                     enum=FUNCTION_KINDS)
FUNCTION_NO = _col("function_no", i32, "number of the function within its kind (additional functions are "
                   "numbered from 1 again)", required=True)
TASK_NO = _col("task_no", i32, "number of the task within its function", required=True)
ORDINAL = _col("ordinal", i32, "position of the row among its siblings, from 1", required=True)
SOURCE_LINES_COL = _col("source_lines", s, "span of raw-file lines the row was read from (`247-258`), to trace a "
                        "value back to its source", added=True)
# kept for readers of the previous module
SOURCE_LINES = SOURCE_LINES_COL.arrow_field()

CARD = (DOC_ID, LANG, CARD_NO)
FUNCTION = CARD + (FUNCTION_KIND, FUNCTION_NO)
TASK = FUNCTION + (TASK_NO,)
LEVEL = _col("level", i32, "the qualification level as a number: `4.1` -> 4, `6` -> 6; a range such as `6-7` "
             "gives its lowest level, 6", added=True)
SUBLEVEL = _col("sublevel", i32, "the sublevel of a printed `4.1` (1); null for a plain level and for a range",
                added=True)


def _optional(c: Column, description: str | None = None) -> Column:
    return Column(c.name, c.type, description or c.description, False, c.enum, c.pattern, c.added)


SPECS: tuple[Table, ...] = (
    Table("documents", "One row per act and language.", (
        DOC_ID, LANG,
        _col("title", s, "the act's title (without the status word the site prints beside it: `Жаңа`, "
             "`Утративший силу`)", required=True),
        _col("act_type", s, "the legal form: order, joint_order, resolution, decision, law, decree, code, "
             "disposition, rules", enum=ACT_TYPES),
        _col("issuer", s, "who adopted it, in the nominative (`... министрі`, `Алматинский областной "
             "маслихат`); the parties of a joint act joined by `; `"),
        _col("act_number", s, "as printed (`262`, `237-ө`, `ҚР ДСМ-303/2020`, `414-V`; the type after a "
             "law's number, `ЗРК`, left out); a joint act's first party's"),
        _col("act_date", d32, "the day the act was signed"),
        _col("registration_number", s, "state registration number (ministry of justice, a regional justice "
             "department or the register); null for kinds not registered"),
        _col("registration_date", d32, "day of state registration"),
        _col("status", s, "`in_force`, `repealed` (the repeal printed after the registration, a note "
             "opening with it, or the site's status word)", required=True, enum=STATUSES),
        _col("repealed_by_act_number", s, "null unless repealed"),
        _col("repealed_by_act_date", d32, "null unless repealed"),
        _col("effective_from", d32, "from the act's entry-into-force clause or note; null where it gives no date"),
        _col("source_file", s, "path of the raw file, relative to the raw-docs folder", required=True),
        _col("source_sha256", s, "sha256 of the raw file's bytes", required=True, pattern=SHA256_PATTERN),
        _col("source_format", s, "`txt`, `pdf`, `pdf-ocr` (a scanned PDF read by OCR), `html` (an adilet page: "
             "the act's own text and tables read from the markup)", required=True, enum=SOURCE_FORMATS),
        _col("cards_total", i32, "number of occupation cards the act declares in its own list of occupations "
             "(an occupation listed at levels 4-6 has three), else the number of cards read; null for acts "
             "without cards; a difference from the cards read is a reader warning",
             added=True),
        _col("act_kind", s, "what the act holds: a professional standard (it has occupation cards), qualification "
             "requirements (requirement clauses), rules (its title says so), an amending order (it changes other "
             "acts), other", required=True, enum=ACT_KINDS, added=True),
        _col("short_name", s, "a short name for lists: the standard's quoted name, else the title without its "
             "approving or amending formula, at most 120 characters", added=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang"), label=("title",),
        notes="The Kazakh and Russian rows of one act share `doc_id`. `act_type` is the legal form (order, "
              "resolution, ...); `act_kind` what the act holds, so a standard is `act_kind = 'standard'`. "
              "Any act whose header can be read is a row here, whatever its kind; only files that cannot "
              "be read are quarantined. An act with no cards, requirement clauses, changes to other acts "
              "or \"must know\" lists (a law, a budget order) is listed among the report's reader "
              "warnings as `no occupational content`."),

    Table("occupations", "One row per occupation card.", CARD + (
        _col("card_title", s, "the card's heading (the occupation's name where the heading prints none)"),
        _col("code", s, "occupation code `NNNN-N-NNN`; null where the card prints `-` or nothing",
             pattern=CODE_PATTERN),
        _col("group_code", s, "`NNNN-N` where the card has a group-code row", pattern=GROUP_CODE_PATTERN),
        _col("name", s, "the \"name of the occupation\" row", required=True),
        _col("qualification_level", s, "as printed: `4`, `6-7`, `6.1`", pattern=LEVEL_PATTERN),
        LEVEL, SUBLEVEL,
        _col("qualification_requirements_text", s, "the whole requirements cell"),
        _col("education_level_text", s, "the professional-education-level cell"),
        _col("personal_competencies", s, "the personal-competencies cell"),
        _col("working_conditions", s, "null where the card has none"),
        _col("qualification_link", s, "the row linking the card to the qualification handbooks (\"Біліктілік "
             "байланысы\" / \"Связь с ЕТКС или КС\"); null where absent"),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no"), parent=("documents", ("doc_id", "lang")), label=("name",),
        unique=(("doc_id", "lang", "code", "name", "qualification_level"),)),

    Table("occupation_alt_names", "Other names of an occupation, as its card lists them.", CARD + (
        ORDINAL,
        _col("code", s, "occupation code; null where none is printed", pattern=CODE_PATTERN),
        _col("name", s, "the other name", required=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no", "ordinal"), parent=("occupations", ("doc_id", "lang", "card_no")),
        label=("name",)),

    Table("related_occupations", "Occupations a card names as related, with their levels.", CARD + (
        ORDINAL,
        _col("level", s, "level(s) as printed: `8`, `4.2, 4.3`, `4-5`", pattern=LEVEL_LIST_PATTERN),
        _col("name", s, "the related occupation", required=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no", "ordinal"), parent=("occupations", ("doc_id", "lang", "card_no")),
        label=("name",)),

    Table("labor_functions", "The labour functions of a card.", FUNCTION + (
        _col("name", s, "the wording of the function's own row", required=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no", "function_kind", "function_no"),
        parent=("occupations", ("doc_id", "lang", "card_no")), label=("name",),
        notes="A card numbers its additional functions from 1 again, so a function is "
              "`(doc_id, lang, card_no, function_kind, function_no)`."),

    Table("tasks", "The tasks of a labour function.", TASK + (
        _col("name", s, "the task; null where the card names none"),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no"),
        parent=("labor_functions", ("doc_id", "lang", "card_no", "function_kind", "function_no")), label=("name",)),

    Table("skills", "The skills a task asks for, one row per item.", TASK + (
        ORDINAL,
        _col("text", s, "the skill", required=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no", "ordinal"),
        parent=("tasks", ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no")), label=("text",),
        notes="Where a card prints one skills cell for a function with several tasks, the items are under the "
              "function's first task."),

    Table("knowledge", "Every \"knowledge\" / \"must know\" item: of a card's task, or of a unit of another act.", (
        DOC_ID, LANG,
        _optional(CARD_NO, "the card; null for a \"must know\" list an act sets for another act"),
        _optional(FUNCTION_KIND), _optional(FUNCTION_NO), _optional(TASK_NO),
        _col("target_doc", s, "the act whose unit a \"must know\" list is set for; null inside cards",
             pattern=DOC_ID_PATTERN),
        _col("target_unit", s, "the unit (paragraph number) of target_doc; null inside cards"),
        ORDINAL,
        _col("text", s, "the item", required=True),
        _col("ref_key", s, "the act the item names, under a key both languages share (`code.labour`); null when "
             "it names none; an act outside the catalogue gets a key of its own language", added=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no", "target_doc", "target_unit",
            "ordinal"),
        parent=("documents", ("doc_id", "lang")),
        references=((("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no"), "tasks",
                     ("doc_id", "lang", "card_no", "function_kind", "function_no", "task_no")),
                    (("ref_key",), "legal_refs", ("ref_key",))),
        label=("text",),
        notes="Items of a card have `card_no`, `function_kind`, `function_no`, `task_no` set and `target_doc` "
              "null; a \"must know\" list an amending act sets for another act (`2. Білуге тиіс: ...`) has "
              "`card_no` null, `target_doc` the act changed and `target_unit` its paragraph. The key's card and "
              "target columns are null in turn: a row is one of the two kinds."),

    Table("requirements", "Qualification requirement clauses.", (
        DOC_ID, LANG,
        _optional(CARD_NO, "the card the clause is in; null outside cards"),
        _col("ordinal", i32, "position of the clause in the act, from 1", required=True, added=True),
        _col("paragraph", s, "the paragraph number of the clause"),
        _col("position", s, "the position (job) the clause is for"),
        _col("specialist_level", s, "specialist level the clause is for", enum=SPECIALIST_LEVELS),
        _col("category", s, "qualification category the clause is for (none: without a category, printed "
             "so or a position that has none; null on a card's rows)", enum=CATEGORIES),
        _col("education_level", s, "the first education the clause requires (`tvet` = technical and vocational)",
             enum=EDUCATION_LEVELS),
        _col("education_fields", str_list, "fields of education the clause names (list of strings)",
             required=True),
        _col("min_experience_years", i32, "years of work experience required, whole years (rounded down where "
             "the clause counts months); null when none is"),
        _col("min_experience_months", i32, "the same experience in months, exact (`кемінде 6 (алты) ай` -> 6, "
             "`не менее 2 лет` -> 24); null when none is required", added=True),
        _col("experience_in", s, "where the experience must have been gained"),
        _col("alternatives", str_list, "other education levels the clause also admits (list of strings)",
             required=True, added=True),
        _col("text", s, "the clause", required=True),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "ordinal"), parent=("documents", ("doc_id", "lang")), label=("position", "text"),
        notes="`education_level` is the first education a clause requires; `alternatives` lists the other levels "
              "it also admits (`... немесе негізгі орта білім ...` -> `[\"basic_secondary\"]`). `ordinal` numbers "
              "the clauses of an act in the order they are printed."),

    Table("amendments", "Changes an act makes to another act, and editorial notes of changes.", (
        DOC_ID, LANG,
        _col("ordinal", i32, "position of the change or note in the act, from 1", required=True, added=True),
        _col("kind", s, "`change`: what doc_id does to target_doc; `note`: an editorial note in doc_id's "
             "consolidated text about a change an amending act made to it", required=True, enum=AMENDMENT_KINDS),
        _col("target_doc", s, "the act changed", pattern=DOC_ID_PATTERN),
        _col("target_unit", s, "the unit changed, normalised (`1-тармақ`, `13-тармақ, үшінші абзац`); null when "
             "the whole act is meant"),
        _col("operation", s, "what is done to the unit", required=True, enum=OPERATIONS),
        _col("amending_act_number", s, "number of the amending act"),
        _col("amending_act_date", d32, "date of the amending act"),
        _col("text", s, "the new wording, where the act gives it"),
        SOURCE_LINES_COL,
    ), key=("doc_id", "lang", "ordinal"), parent=("documents", ("doc_id", "lang")),
        label=("target_doc", "target_unit", "operation"),
        notes="For a `change`, `target_doc` is built from the registration number the act prints, the "
              "registration year taken as the year the changed act was signed. `ordinal` numbers the changes "
              "and notes of an act in the order they are printed; `unit_versions` refers to them by it."),

    Table("occupation_labels", "Each card of any act with its names in both languages.", (
        _col("doc_id", s, DOC_ID.description, required=True, pattern=DOC_ID_PATTERN),
        _col("card_no", i32, CARD_NO.description, required=True),
        _col("code", s, "occupation code", pattern=CODE_PATTERN),
        _col("group_code", s, "group code", pattern=GROUP_CODE_PATTERN),
        _col("qualification_level", s, "as printed"),
        LEVEL, SUBLEVEL,
        _col("name_kk", s, "the Kazakh name"), _col("name_ru", s, "the Russian name"),
        _col("card_title_kk", s, "the Kazakh card heading"), _col("card_title_ru", s, "the Russian card heading"),
        _col("in_kk", b, "the card is read in Kazakh", required=True),
        _col("in_ru", b, "the card is read in Russian", required=True),
        _col("agrees", b, "the Kazakh and Russian texts agree on the card (code, level, numbers of functions, "
             "tasks, items); null where only one language of the act is in the corpus"),
    ), key=("doc_id", "card_no"), parent=("occupations", ("doc_id", "card_no")), label=("name_kk", "name_ru"),
        added=True,
        notes="Every disagreement is listed in `manifest.json` under `alignment` (act, card, what, the Kazakh "
              "and the Russian value)."),

    Table("legal_refs", "Every act a knowledge item names.", (
        _col("ref_key", s, "the key both languages share (knowledge.ref_key)", required=True),
        _col("kind", s, "kind of act", required=True, enum=LEGAL_REF_KINDS),
        _col("title_kk", s, "official Kazakh title for catalogue acts, else the first mention as printed"),
        _col("title_ru", s, "official Russian title for catalogue acts, else the first mention as printed"),
        _col("in_catalogue", b, "the act is in the bilingual catalogue (extractors/vocab/legal_acts.tsv)",
             required=True),
        _col("mentions_kk", i32, "knowledge rows naming it in Kazakh", required=True),
        _col("mentions_ru", i32, "knowledge rows naming it in Russian", required=True),
    ), key=("ref_key",), label=("title_kk", "title_ru"), added=True,
        notes="An act outside the catalogue is counted, not aligned across languages; the run report lists "
              "them by name."),

    Table("unit_versions", "The state, as amended, of every unit an amendment in the corpus replaces.", (
        _col("target_doc", s, "the amended act", required=True, pattern=DOC_ID_PATTERN),
        _col("target_unit", s, "the unit (`(whole act)` for the act itself)", required=True),
        _col("version", i32, "1 for the first wording the corpus knows, then in order of valid_from",
             required=True),
        _col("valid_from", d32, "first day the wording holds"),
        _col("valid_to", d32, "the day the next version took over; null while still in force"),
        _col("text", s, "the wording; null for a deletion or repeal and for versions known only from a note"),
        _col("set_by_doc", s, "the amending act in the corpus; null for versions known from a note",
             pattern=DOC_ID_PATTERN),
        _col("set_by_act_number", s, "number of the amending act"),
        _col("lang", s, LANG.description, required=True, enum=LANGS),
        _col("valid_from_basis", s, "where valid_from comes from: the amending act's stated entry into force, "
             "its registration (the earliest day it can hold), its signing date, or the date a note gives",
             required=True, enum=VALID_FROM_BASES),
        _col("doc_id", s, "the act whose amendments row gave this version (the amending act for a change, the "
             "noted act for a note)", required=True, pattern=DOC_ID_PATTERN),
        _col("amendment_ordinal", i32, "that amendments row's ordinal", required=True),
    ), key=("target_doc", "target_unit", "lang", "version"), parent=("documents", ("doc_id", "lang")),
        references=((("doc_id", "lang", "amendment_ordinal"), "amendments", ("doc_id", "lang", "ordinal")),),
        label=("target_doc", "target_unit"), added=True,
        notes="The wording of a unit on a day is the version with `valid_from <= day < valid_to` "
              "(`valid_to` null: still in force)."),
)

SPEC: dict[str, Table] = {t.name: t for t in SPECS}

TABLES: dict[str, pa.Schema] = {t.name: t.arrow_schema() for t in SPECS}
# the same schemas with every column nullable: tables are built with these, and written with TABLES
# once nothing required is missing (else the checks name the rows and the run does not publish)
RELAXED: dict[str, pa.Schema] = {t.name: t.arrow_schema(relaxed=True) for t in SPECS}

# keys: the columns that identify a row (checked unique before publishing)
KEYS: dict[str, tuple[str, ...]] = {t.name: t.key for t in SPECS}

# child table -> (parent table, join columns): every row has its parent row
PARENTS: dict[str, tuple[str, tuple[str, ...]]] = {t.name: t.parent for t in SPECS if t.parent}

# child table -> further links (columns, table, its columns), checked where all the columns are set
REFERENCES: dict[str, tuple] = {t.name: t.references for t in SPECS if t.references}

# natural keys: table -> the column sets that must be unique besides the key
UNIQUE: dict[str, tuple[tuple[str, ...], ...]] = {t.name: t.unique for t in SPECS if t.unique}

# the tables no other table's rows hang from: the acts, and the catalogue of acts knowledge names
ROOTS = tuple(t.name for t in SPECS if not t.parent)


def empty_table(name: str) -> pa.Table:
    return TABLES[name].empty_table()


def doc_id(registration_year: int, registration_number: str) -> str:
    """The adilet identifier: V + two-digit registration year + 8-digit registration number."""
    return f"V{registration_year % 100:02d}{int(registration_number):08d}"
