package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	sqlite3 "github.com/mattn/go-sqlite3"
)

// CheckReport is what (*DB).Check found. The database is fine when
// Problems is empty.
type CheckReport struct {
	SchemaVersion int      // PRAGMA user_version
	Cases         int      // number of cases, -1 when they cannot be counted
	Problems      []string // integrity_check and foreign_key_check findings, as SQLite says them
}

// OK reports whether the check found nothing wrong.
func (r CheckReport) OK() bool { return len(r.Problems) == 0 }

// maxProblems bounds what integrity_check reports: the first lines say
// enough, and a badly damaged file could list thousands.
const maxProblems = 20

// Check runs SQLite's own consistency checks over the whole file
// (PRAGMA integrity_check, PRAGMA foreign_key_check), reads the schema
// version and counts the cases. Damage that keeps SQLite from reading the
// file is a finding in the report, not an error; the error is for
// everything else (the database closed, the context cancelled).
func (d *DB) Check(ctx context.Context) (CheckReport, error) {
	return check(ctx, d.db)
}

func check(ctx context.Context, db *sql.DB) (CheckReport, error) {
	r := CheckReport{Cases: -1}
	// A finding is recorded and the remaining checks still run.
	note := func(what string, err error) error {
		if isCorrupt(err) {
			r.Problems = append(r.Problems, what+": "+err.Error())
			return nil
		}
		return fmt.Errorf("%s: %w", what, err)
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&r.SchemaVersion); err != nil {
		if err := note("user_version", err); err != nil {
			return r, err
		}
	}
	lines, err := queryStrings(ctx, db, fmt.Sprintf("PRAGMA integrity_check(%d)", maxProblems))
	if err != nil {
		if err := note("integrity_check", err); err != nil {
			return r, err
		}
	}
	// One row may hold several findings, one a line, under a heading.
	for _, row := range lines {
		for _, l := range strings.Split(row, "\n") {
			if l = strings.TrimSpace(l); l != "ok" && l != "" && !strings.HasPrefix(l, "*** ") {
				r.Problems = append(r.Problems, l)
			}
		}
	}
	fks, err := foreignKeyProblems(ctx, db)
	if err != nil {
		if err := note("foreign_key_check", err); err != nil {
			return r, err
		}
	}
	r.Problems = append(r.Problems, fks...)
	aps, err := auditProblems(ctx, db)
	if err != nil {
		if err := note("audit", err); err != nil {
			return r, err
		}
	}
	r.Problems = append(r.Problems, aps...)
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM cases").Scan(&r.Cases); err != nil {
		r.Cases = -1
		if err := note("cases", err); err != nil {
			return r, err
		}
	}
	return r, nil
}

// isCorrupt tells damage to the file from other failures.
func isCorrupt(err error) bool {
	var e sqlite3.Error
	if errors.As(err, &e) {
		return e.Code == sqlite3.ErrCorrupt || e.Code == sqlite3.ErrNotADB || e.Code == sqlite3.ErrFormat
	}
	return false
}

func queryStrings(ctx context.Context, db *sql.DB, q string, args ...any) ([]string, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var s string
		if err := rows.Scan(&s); err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, rows.Err()
}

// foreignKeyProblems lists rows whose reference points nowhere.
func foreignKeyProblems(ctx context.Context, db *sql.DB) ([]string, error) {
	rows, err := db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var table, parent string
		var rowid sql.NullInt64
		var fkid int
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return nil, err
		}
		if len(out) < maxProblems {
			out = append(out, fmt.Sprintf("foreign key: %s row %d refers to a missing %s", table, rowid.Int64, parent))
		}
	}
	return out, rows.Err()
}
