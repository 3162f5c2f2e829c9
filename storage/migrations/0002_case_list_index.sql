-- Schema 2. A covering index for the case list, so listing reads the small
-- list columns from the index instead of walking every row of the table,
-- whose rows hold the whole case document (on average about 27 KB for the
-- generated demo cases: one 4 KB leaf page per case plus overflow pages).
-- Measured with 10,000 cases (docs/performance.md): ListCases 134 ms
-- without, see there for with. The order of the columns does not matter for
-- the list (it is sorted in Go); it only has to hold all of them. The cost is
-- one more small index entry written on each save.

CREATE INDEX cases_list ON cases (next_due, last_name, first_name, rvnr, phase, uid);
