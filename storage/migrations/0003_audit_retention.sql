-- Schema 3. The audit log and what erasure after the retention period needs.
--
-- audit: append-only; the triggers refuse any UPDATE or DELETE, also the
-- program's own. An entry names its case by UID (not by id, which SQLite
-- may hand out again after a deletion) and holds no client data (see
-- model.AuditEntry), so it may outlive an erased case as the proof of its
-- erasure.
CREATE TABLE audit (
    id     INTEGER PRIMARY KEY,
    at     TEXT    NOT NULL,                 -- RFC 3339, UTC
    kind   TEXT    NOT NULL,
    case_uid TEXT  NOT NULL DEFAULT '',      -- '' for the whole database
    detail TEXT    NOT NULL DEFAULT '{}' CHECK (json_valid(detail))
) STRICT;

CREATE INDEX audit_case ON audit (case_uid, id);

CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;

-- Derived from the document on every save, like the list columns:
-- closed_on (YYYY-MM-DD of the last closing, '' while open) for the
-- retention list, and how many transitions and disclosures the document
-- holds, so a save sees which ones are new and logs them without parsing
-- the stored document.
ALTER TABLE cases ADD COLUMN closed_on TEXT NOT NULL DEFAULT '';
ALTER TABLE cases ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
ALTER TABLE cases ADD COLUMN n_disclosures INTEGER NOT NULL DEFAULT 0;

UPDATE cases SET
    n_events = coalesce(json_array_length(doc, '$.events'), 0),
    n_disclosures = coalesce(json_array_length(doc, '$.disclosures'), 0),
    -- As model.Case.ClosedOn: the last closing event, else the closure
    -- date, else the day of the last change; never before year 1.
    closed_on = CASE WHEN phase = 'closed' THEN coalesce(max(coalesce((
        SELECT substr(json_extract(e.value, '$.at'), 1, 10)
        FROM json_each(cases.doc, '$.events') AS e
        WHERE json_extract(e.value, '$.to') = 'closed'
        ORDER BY e.key DESC LIMIT 1),
        CASE WHEN json_extract(doc, '$.closure.date') GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'
            THEN json_extract(doc, '$.closure.date') END,
        substr(json_extract(doc, '$.updated'), 1, 10)), '0001-01-01'), '') ELSE '' END;

-- The retention screen lists closed cases only.
CREATE INDEX cases_closed ON cases (closed_on, last_name, first_name, rvnr, uid)
    WHERE phase = 'closed';
