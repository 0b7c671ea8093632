-- The analysts' views over the curated tables (`kzprof sql`, extractors/sqlviews.py).
-- Each statement follows a comment `-- name: what it answers`; the tables themselves are
-- views (or tables, in a database written with `kzprof sql --db`) of the same names.

-- acts: every act and language with what it holds (kind, short name) and how many cards, requirement clauses and amendments were read from it
CREATE OR REPLACE VIEW acts AS
SELECT d.doc_id, d.lang, d.act_kind, d.short_name, d.act_type, d.act_number, d.act_date, d.status, d.effective_from,
       (SELECT count(*) FROM occupations o WHERE o.doc_id = d.doc_id AND o.lang = d.lang) AS cards,
       (SELECT count(*) FROM requirements r WHERE r.doc_id = d.doc_id AND r.lang = d.lang) AS requirement_clauses,
       (SELECT count(*) FROM amendments a WHERE a.doc_id = d.doc_id AND a.lang = d.lang) AS amendments,
       d.title
FROM documents d;

-- occupation_cards: every occupation card with its level as numbers, its act, and the number of functions, tasks, skills and knowledge items
CREATE OR REPLACE VIEW occupation_cards AS
SELECT o.doc_id, o.lang, o.card_no, o.code, o.group_code, o.name, o.qualification_level, o.level, o.sublevel,
       d.short_name AS act, d.act_kind, d.status AS act_status,
       (SELECT count(*) FROM labor_functions f WHERE f.doc_id = o.doc_id AND f.lang = o.lang AND f.card_no = o.card_no) AS functions,
       (SELECT count(*) FROM tasks t WHERE t.doc_id = o.doc_id AND t.lang = o.lang AND t.card_no = o.card_no) AS tasks,
       (SELECT count(*) FROM skills s WHERE s.doc_id = o.doc_id AND s.lang = o.lang AND s.card_no = o.card_no) AS skills,
       (SELECT count(*) FROM knowledge k WHERE k.doc_id = o.doc_id AND k.lang = o.lang AND k.card_no = o.card_no) AS knowledge_items
FROM occupations o JOIN documents d USING (doc_id, lang);

-- occupation_items: an occupation with its level, functions, tasks, skills and knowledge, one row per skill or knowledge item (item_kind), in the card's order
CREATE OR REPLACE VIEW occupation_items AS
WITH items AS (
    SELECT doc_id, lang, card_no, function_kind, function_no, task_no, 'skill' AS item_kind, ordinal, text,
           NULL::VARCHAR AS ref_key
    FROM skills
    UNION ALL
    SELECT doc_id, lang, card_no, function_kind, function_no, task_no, 'knowledge', ordinal, text, ref_key
    FROM knowledge WHERE card_no IS NOT NULL
)
SELECT o.doc_id, o.lang, o.card_no, o.code, o.name AS occupation, o.qualification_level, o.level, o.sublevel,
       i.function_kind, i.function_no, f.name AS function, i.task_no, t.name AS task,
       i.item_kind, i.ordinal, i.text, i.ref_key
FROM items i
JOIN occupations o USING (doc_id, lang, card_no)
JOIN labor_functions f USING (doc_id, lang, card_no, function_kind, function_no)
JOIN tasks t USING (doc_id, lang, card_no, function_kind, function_no, task_no)
ORDER BY o.doc_id, o.lang, o.card_no, i.function_kind DESC, i.function_no, i.task_no, i.item_kind DESC, i.ordinal;

-- requirements_by_position: the requirement clauses per position, with the act they come from and whether it is in force
CREATE OR REPLACE VIEW requirements_by_position AS
SELECT r.position, r.specialist_level, r.category, r.education_level, r.alternatives, r.education_fields,
       r.min_experience_years, r.experience_in, r.paragraph, r.text,
       r.doc_id, r.lang, r.ordinal, d.short_name AS act, d.status AS act_status, d.act_kind
FROM requirements r JOIN documents d USING (doc_id, lang)
ORDER BY r.position, r.specialist_level, r.category, r.doc_id, r.lang, r.ordinal;

-- unit_current: the wording in force now of every unit an amendment in the corpus changed
CREATE OR REPLACE VIEW unit_current AS
SELECT target_doc, target_unit, lang, version, valid_from, text, set_by_doc, set_by_act_number
FROM unit_versions WHERE valid_to IS NULL;

-- unit_state_at: the state of every amended unit on a day: SELECT * FROM unit_state_at(DATE '2023-01-01')
CREATE OR REPLACE MACRO unit_state_at(day) AS TABLE
SELECT target_doc, target_unit, lang, version, valid_from, valid_to, text, set_by_doc, set_by_act_number
FROM unit_versions
WHERE valid_from <= day AND (valid_to IS NULL OR valid_to > day);
