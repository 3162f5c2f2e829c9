package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path/filepath"
	"time"

	"teilhabelotse/model"
)

// ImportOptions say what an import may do beyond adding a clean new case.
type ImportOptions struct {
	// AcceptWarnings imports a case despite the whole-case check's
	// warnings (model.Findings.Warnings), once the user has seen them.
	AcceptWarnings bool
	// Duplicate is what happens to a case whose UID or RV-Nummer is
	// already here; the empty value refuses.
	Duplicate Duplicate
}

// Duplicate is what an import does with a case that is already here.
type Duplicate string

const (
	DuplicateRefuse  Duplicate = "refuse"  // import nothing, say which case it is (the default)
	DuplicateNew     Duplicate = "new"     // import as another case, with a new UID
	DuplicateReplace Duplicate = "replace" // the file's case replaces the one here
)

// Duplicates lists the choices, for the command line.
var Duplicates = []Duplicate{DuplicateRefuse, DuplicateNew, DuplicateReplace}

// DuplicateError refuses an import whose case is already here: the same
// UID (the same case file imported twice) or the same RV-Nummer (the same
// person from another file). Existing is the case here, Incoming the
// file's, so a dialog can show them side by side.
type DuplicateError struct {
	By       string // "uid" or "rvnr"
	Existing *model.Case
	Incoming *model.Case
}

func (e *DuplicateError) Error() string {
	return fmt.Sprintf("the case is already here as case %d (same %s)", e.Existing.ID, e.By)
}

// Cases are the case here and the file's, for a dialog (ui.DuplicateCases).
func (e *DuplicateError) Cases() (existing, incoming *model.Case, by string) {
	return e.Existing, e.Incoming, e.By
}

// Unwrap says the refusal as a model problem, so that a front end that
// does not ask (a list of problems) still names the case in words.
func (e *DuplicateError) Unwrap() error {
	return &model.Problem{Code: model.CodeDuplicateCase, Args: map[string]any{"ID": e.Existing.ID, "Name": e.Existing.Client.FullName()}}
}

// WarningsError refuses an import whose case has findings a person must
// accept first; it unwraps to them, so they are said like any problem.
type WarningsError struct {
	Warnings model.Problems
}

func (e *WarningsError) Error() string { return "warnings: " + e.Warnings.Error() }

func (e *WarningsError) Unwrap() error { return e.Warnings }

// ImportWarnings are the findings to accept (ui.ImportWarnings).
func (e *WarningsError) ImportWarnings() model.Problems { return e.Warnings }

// findDuplicate looks for a stored case with c's UID, then for one with
// its RV-Nummer (compared normalised: "10 010490 A 443" is 10010490A443).
func findDuplicate(ctx context.Context, q querier, c *model.Case) (*DuplicateError, error) {
	var id int64
	by := "uid"
	err := sql.ErrNoRows
	if c.UID != "" {
		err = q.QueryRowContext(ctx, `SELECT id FROM cases WHERE uid = ?`, c.UID).Scan(&id)
	}
	if errors.Is(err, sql.ErrNoRows) {
		if id, err = caseByRVNR(ctx, q, c.Client.RVNR); err == nil && id == 0 {
			return nil, nil
		}
		by = "rvnr"
	}
	if err != nil {
		return nil, err
	}
	existing, err := loadCase(ctx, q, id)
	if err != nil {
		return nil, err
	}
	return &DuplicateError{By: by, Existing: existing}, nil
}

// caseByRVNR returns the ID of the first case with the RV-Nummer rvnr, or 0.
func caseByRVNR(ctx context.Context, q querier, rvnr string) (int64, error) {
	want := model.NormalizeRVNR(rvnr)
	if want == "" {
		return 0, nil
	}
	rows, err := q.QueryContext(ctx, `SELECT id, rvnr FROM cases WHERE rvnr != '' ORDER BY id`)
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var have string
		if err := rows.Scan(&id, &have); err != nil {
			return 0, err
		}
		if model.NormalizeRVNR(have) == want {
			return id, nil
		}
	}
	return 0, rows.Err()
}

// beforeReplace writes a backup of the whole database before an import
// replaces a case, and returns its file name ("" when nothing will be
// replaced). It lies among the daily backups, so the restore dialog
// offers it, and is named for the day, so it is pruned with them.
func (d *DB) beforeReplace(ctx context.Context, c *model.Case, opts ImportOptions) (string, error) {
	if opts.Duplicate != DuplicateReplace {
		return "", nil
	}
	dup, err := findDuplicate(ctx, d.db, c)
	if err != nil || dup == nil {
		return "", err
	}
	dir := filepath.Join(filepath.Dir(d.path), BackupDir)
	if err := privateDir(dir); err != nil {
		return "", err
	}
	name := "teilhabelotse-" + d.now().Format("2006-01-02-150405") + "-vor-ersetzen.db"
	if err := d.Backup(ctx, filepath.Join(dir, name)); err != nil {
		return "", err
	}
	return name, nil
}

// replaceCase puts incoming in the place of existing: the case keeps its
// local ID and UID (the audit log and the counselor know it by them), the
// replaced state is kept in case_versions (erased with the case), and the
// log says it was replaced and where the backup is.
func replaceCase(ctx context.Context, tx *sql.Tx, existing, incoming *model.Case, s model.Settings, backup string, now time.Time) error {
	var old string
	if err := tx.QueryRowContext(ctx, `SELECT doc FROM cases WHERE id = ?`, existing.ID).Scan(&old); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO case_versions (case_id, replaced_at, doc) VALUES (?, ?, ?)`,
		existing.ID, now.Format(time.RFC3339Nano), old); err != nil {
		return err
	}
	c := *incoming
	c.ID, c.UID = existing.ID, existing.UID
	doc, err := marshalDoc(&c)
	if err != nil {
		return err
	}
	sum := c.Summarize(s)
	res, err := tx.ExecContext(ctx, `UPDATE cases SET first_name = ?, last_name = ?, rvnr = ?,
		phase = ?, next_due = ?, updated = ?, doc = ?, closed_on = ?, n_events = ?, n_disclosures = ?, n_broken = ?
		WHERE id = ?`,
		sum.FirstName, sum.LastName, sum.RVNR, string(sum.Phase), sum.NextDue.ISO(),
		c.Updated.UTC().Format(updatedLayout), string(doc), c.ClosedOn().ISO(), len(c.Events), len(c.Disclosures),
		sum.Broken, c.ID)
	if err != nil {
		return err
	}
	if err := mustAffect(res, "case", c.ID); err != nil {
		return err
	}
	return insertAudit(ctx, tx, model.AuditEntry{At: now, Kind: model.AuditReplace, Case: c.UID,
		Detail: map[string]string{"backup": backup}})
}

// CaseVersions counts the earlier states of case id that imports replaced.
func (d *DB) CaseVersions(ctx context.Context, id int64) (int, error) {
	var n int
	err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM case_versions WHERE case_id = ?`, id).Scan(&n)
	return n, err
}
