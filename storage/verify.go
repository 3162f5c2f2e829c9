package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"teilhabelotse/model"
)

// Backups that restore: every backup is checked as a restore would check
// it (integrity_check, schema) before it is reported as made or an older
// one is pruned. Damage only to an index — SQLite's lookup structures,
// rebuilt from the tables by REINDEX — leaves every word intact: it is
// said as such, repaired on request (check --repair), and a backup with
// it is repaired on restore.

// FaultIndex is damage to indexes only; the tables are intact.
const FaultIndex model.Fault = "index"

// indexProblem matches integrity_check's findings about an index.
var indexProblem = regexp.MustCompile(`^(row \d+ missing from index |wrong # of entries in index |non-unique entry in UNIQUE index )`)

// IndexOnly reports whether every finding is about an index.
func IndexOnly(problems []string) bool {
	for _, p := range problems {
		if !indexProblem.MatchString(p) {
			return false
		}
	}
	return len(problems) > 0
}

// verifyBackup checks the backup copy at path; damage is reported as a
// *model.StoreError: FaultIndex when only indexes are damaged, else
// FaultCorrupt.
func verifyBackup(path string) error {
	err := validateBackup(path)
	var damaged *model.DamagedError
	if errors.As(err, &damaged) {
		f := model.FaultCorrupt
		if IndexOnly(damaged.Problems) {
			f = FaultIndex
		}
		return &model.StoreError{Fault: f, Path: path, Err: fmt.Errorf("the backup copy fails the check: %w", err)}
	}
	return err
}

// Reindex rebuilds every index from its table and checks the database
// again. It is the repair for index-only damage (CheckReport.IndexOnly);
// the caller asks the user first.
func (d *DB) Reindex(ctx context.Context) (CheckReport, error) {
	if err := d.inTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "REINDEX")
		return err
	}); err != nil {
		return CheckReport{}, err
	}
	return d.Check(ctx)
}

// reindexFile rebuilds the indexes of the database file at path (a
// temporary copy of a backup being restored, never the user's file).
func reindexFile(path string) error {
	db, err := sql.Open("sqlite3", "file:"+escapePath(path)+"?_busy_timeout=5000")
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec("REINDEX")
	return err
}

// AuditOnly reports whether every finding is about the audit log (a
// missing trigger, an erased case back without an import): tampering, not
// damage to the file.
func AuditOnly(problems []string) bool {
	for _, p := range problems {
		if !strings.HasPrefix(p, auditFinding) {
			return false
		}
	}
	return len(problems) > 0
}

// RepairIndexes rebuilds the indexes of the database in dir, whose start
// check found damage to indexes only, and opens it checked. The user has
// agreed to it (the window asks). Nothing else is changed.
func RepairIndexes(ctx context.Context, dir string) (*DB, error) {
	path := filepath.Join(dir, FileName)
	if err := reindexFile(path); err != nil {
		return nil, Classify(err, path)
	}
	return OpenChecked(ctx, dir)
}
