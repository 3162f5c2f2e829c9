-- Schema 5. Earlier states of a case that an imported case file replaced
-- (import --duplicate=replace). They are the case's own data: erasing the
-- case erases them (ON DELETE CASCADE), and the audit log only says that a
-- replacement happened.
CREATE TABLE case_versions (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
    replaced_at TEXT    NOT NULL,                          -- RFC 3339, UTC
    doc         TEXT    NOT NULL CHECK (json_valid(doc))
) STRICT;

CREATE INDEX case_versions_case ON case_versions (case_id);

-- How many hard findings the whole-case check (model.CheckCase) has for
-- the case, so the case list can mark a case that breaks a rule without
-- loading it; -1 until the program has checked it (after this migration,
-- and whenever model.RulesVersion changes: see rules_checked).
ALTER TABLE cases ADD COLUMN n_broken INTEGER NOT NULL DEFAULT -1;

-- The list's covering index holds every column the list reads.
DROP INDEX cases_list;
CREATE INDEX cases_list ON cases (next_due, last_name, first_name, rvnr, phase, uid, n_broken);

-- The model.RulesVersion that n_broken was computed with.
CREATE TABLE rules_checked (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    version INTEGER NOT NULL
) STRICT;
