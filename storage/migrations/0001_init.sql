-- Schema 1. Each case and partner is kept whole as its JSON document (doc),
-- the same encoding as in a case file, so the schema does not change with
-- every new field of the domain model. Beside it sit only the columns the
-- lists need, derived from the document on every save.
--
-- STRICT: a value of the wrong type is an error instead of being stored
-- silently.

CREATE TABLE cases (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL UNIQUE,      -- identifies the case in case files
    first_name TEXT    NOT NULL DEFAULT '',
    last_name  TEXT    NOT NULL DEFAULT '',
    rvnr       TEXT    NOT NULL DEFAULT '',
    phase      TEXT    NOT NULL,
    next_due   TEXT    NOT NULL DEFAULT '',  -- YYYY-MM-DD, '' when nothing is due
    updated    TEXT    NOT NULL,             -- RFC 3339, UTC
    doc        TEXT    NOT NULL CHECK (json_valid(doc))
) STRICT;

-- No index for the case list: it is read whole (a counselor has a few
-- hundred cases at most, 30-80 open) and sorted in Go with German collation,
-- which SQLite's built-in collations get wrong for umlauts. An index would
-- only cost time on every save. The UNIQUE constraint on uid already indexes
-- the look-up that imports make.

CREATE TABLE partners (
    id       INTEGER PRIMARY KEY,
    uid      TEXT    NOT NULL UNIQUE,        -- referred to from case documents
    name     TEXT    NOT NULL,
    category TEXT    NOT NULL DEFAULT '',
    doc      TEXT    NOT NULL CHECK (json_valid(doc))
) STRICT;

-- One row: the counselor's settings.
CREATE TABLE settings (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    doc TEXT    NOT NULL CHECK (json_valid(doc))
) STRICT;
