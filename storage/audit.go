package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"teilhabelotse/model"
)

// Audit appends an entry to the audit log in a transaction of its own.
func (d *DB) Audit(ctx context.Context, e model.AuditEntry) error {
	if d.readOnly {
		return d.auditReadOnly(ctx, e)
	}
	if e.At.IsZero() {
		e.At = d.stamp()
	}
	return d.inTx(ctx, func(tx *sql.Tx) error { return insertAudit(ctx, tx, e) })
}

// AuditEntries lists the entries of one case, oldest first.
func (d *DB) AuditEntries(ctx context.Context, caseUID string) ([]model.AuditEntry, error) {
	return auditWhere(ctx, d.db, `WHERE case_uid = ?`, caseUID)
}

// AllAuditEntries lists the whole log, oldest first, for the command line.
func (d *DB) AllAuditEntries(ctx context.Context) ([]model.AuditEntry, error) {
	return auditWhere(ctx, d.db, ``)
}

func auditWhere(ctx context.Context, q querier, cond string, args ...any) ([]model.AuditEntry, error) {
	rows, err := q.QueryContext(ctx, `SELECT at, kind, case_uid, detail FROM audit `+cond+` ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.AuditEntry
	for rows.Next() {
		var at, kind, uid, detail string
		if err := rows.Scan(&at, &kind, &uid, &detail); err != nil {
			return nil, err
		}
		e := model.AuditEntry{Kind: model.AuditKind(kind), Case: uid}
		if e.At, err = time.Parse(time.RFC3339Nano, at); err != nil {
			return nil, fmt.Errorf("audit entry at %q: %w", at, err)
		}
		if err := json.Unmarshal([]byte(detail), &e.Detail); err != nil {
			return nil, fmt.Errorf("audit entry at %s: %w", at, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// insertAudit writes e inside the caller's transaction, so an entry exists
// exactly when what it records was committed.
func insertAudit(ctx context.Context, q querier, e model.AuditEntry) error {
	detail := []byte("{}")
	if len(e.Detail) > 0 {
		var err error
		if detail, err = json.Marshal(e.Detail); err != nil {
			return err
		}
	}
	_, err := q.ExecContext(ctx, `INSERT INTO audit (at, kind, case_uid, detail) VALUES (?, ?, ?, ?)`,
		e.At.UTC().Format(updatedLayout), string(e.Kind), e.Case, string(detail))
	return err
}

// auditNewHistory logs the transitions and disclosures c holds beyond the
// counts stored with its row: those made since the last save. Counting
// instead of comparing documents keeps the autosave from parsing the stored
// case.
func auditNewHistory(ctx context.Context, tx *sql.Tx, c *model.Case) error {
	var nEvents, nDisclosures int
	err := tx.QueryRowContext(ctx, `SELECT n_events, n_disclosures FROM cases WHERE id = ?`, c.ID).
		Scan(&nEvents, &nDisclosures)
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("case", c.ID)
	}
	if err != nil {
		return err
	}
	for i := nEvents; i < len(c.Events); i++ {
		if err := insertAudit(ctx, tx, model.TransitionAudit(c.UID, c.Events[i])); err != nil {
			return err
		}
	}
	for i := nDisclosures; i < len(c.Disclosures); i++ {
		d := c.Disclosures[i]
		var p model.Partner
		var category string
		err := tx.QueryRowContext(ctx, `SELECT name, category FROM partners WHERE uid = ?`, d.Partner).Scan(&p.Name, &category)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		p.Category = model.PartnerCategory(category)
		if err := insertAudit(ctx, tx, model.DisclosureAudit(c.UID, d, p, c.Updated)); err != nil {
			return err
		}
	}
	return nil
}
