-- Schema 4. What the Auswertung needs of each case (model.CaseFacts: dates,
-- keys and counts, no names and no typed text), derived from the document
-- on every save like the list columns, so that evaluating thousands of
-- cases reads a few hundred bytes per case instead of its whole document.
--
-- The facts are derived in Go (model.FactsOf), not in SQL: Open fills in
-- the rows that are missing or were derived by an older FactsVersion, so
-- this migration only creates the table (docs/evaluation.md,
-- docs/performance.md).
CREATE TABLE case_facts (
    id        INTEGER PRIMARY KEY REFERENCES cases (id) ON DELETE CASCADE,
    version   INTEGER NOT NULL,             -- model.FactsVersion
    first_day INTEGER NOT NULL,             -- model.CaseFacts.Span, as model.Day
    last_day  INTEGER NOT NULL,
    open      INTEGER NOT NULL,             -- 1 while the case is not closed
    facts     BLOB    NOT NULL              -- storage/factscodec.go
) STRICT;

-- A period reads the cases that matter for it (model.CaseFacts.Matters):
-- first_day <= end AND (last_day >= start OR open).
CREATE INDEX case_facts_span ON case_facts (first_day, last_day, open);
