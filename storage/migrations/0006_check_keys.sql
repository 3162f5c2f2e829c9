-- Schema 6. A timeline event names the checklist items acknowledged as
-- missing by the model's own stable key (model.CheckKey: "referral"), no
-- longer by the message ID of the item's text ("Check.referral"), so that
-- renaming a message cannot break what an old history says. Every message
-- ID stored so far was "Check." followed by the key (none was renamed
-- while it was stored), so the key is what follows the prefix. Case
-- documents and the earlier states kept of replaced cases are converted;
-- a document without such an ID is left byte for byte as it was.

CREATE TEMP TABLE check_keys_docs AS
WITH docs (tbl, id, doc) AS (
    SELECT 'cases', id, doc FROM cases
    UNION ALL
    SELECT 'case_versions', id, doc FROM case_versions)
SELECT tbl, id,
    -- json(...) around each built value keeps it JSON (an array, an
    -- object) instead of a string holding JSON text.
    json_set(doc, '$.events', json((
        SELECT json_group_array(json(CASE WHEN json_type(e.value, '$.missing') = 'array'
            THEN json_set(e.value, '$.missing', json((
                SELECT json_group_array(CASE WHEN m.type = 'text' AND m.value GLOB 'Check.*'
                    THEN substr(m.value, 7) ELSE m.value END ORDER BY m.key)
                FROM json_each(e.value, '$.missing') AS m)))
            ELSE e.value END) ORDER BY e.key)
        FROM json_each(docs.doc, '$.events') AS e))) AS doc
FROM docs
WHERE EXISTS (
    SELECT 1 FROM json_each(docs.doc, '$.events') AS e, json_each(e.value, '$.missing') AS m
    WHERE m.type = 'text' AND m.value GLOB 'Check.*');

UPDATE cases SET doc = n.doc
FROM temp.check_keys_docs AS n WHERE n.tbl = 'cases' AND n.id = cases.id;

UPDATE case_versions SET doc = n.doc
FROM temp.check_keys_docs AS n WHERE n.tbl = 'case_versions' AND n.id = case_versions.id;

DROP TABLE temp.check_keys_docs;
