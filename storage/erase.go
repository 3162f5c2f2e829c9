package storage

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"teilhabelotse/model"
)

// ClosedCases lists the closed cases with the day each was closed, the
// longest closed first, for the retention screen.
func (d *DB) ClosedCases(ctx context.Context) ([]model.ClosedCase, error) {
	rows, err := d.db.QueryContext(ctx, `SELECT id, uid, first_name, last_name, rvnr, closed_on
		FROM cases WHERE phase = 'closed' ORDER BY closed_on, last_name, first_name`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.ClosedCase
	for rows.Next() {
		var c model.ClosedCase
		var closed string
		if err := rows.Scan(&c.ID, &c.UID, &c.FirstName, &c.LastName, &c.RVNR, &closed); err != nil {
			return nil, err
		}
		c.Phase = model.PhaseClosed
		if c.ClosedOn, err = model.ParseDate(closed); err != nil {
			return nil, fmt.Errorf("case %d: closed_on %q: %w", c.ID, closed, err)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

// EraseCase deletes the case for good — after the retention period, or on
// the client's request — and records the deletion in the audit log; a
// missing case is model.ErrNotFound. secure_delete (see dsn) zeroes the
// freed pages, and the checkpoint moves them from the write-ahead log into
// the database file and empties the log, so no copy of the case's text is
// left in either file. Backups made before keep it until they are pruned.
func (d *DB) EraseCase(ctx context.Context, id int64) error {
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		var uid string
		err := tx.QueryRowContext(ctx, `SELECT uid FROM cases WHERE id = ?`, id).Scan(&uid)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("case", id)
		}
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM cases WHERE id = ?`, id); err != nil {
			return err
		}
		return insertAudit(ctx, tx, model.AuditEntry{At: d.stamp(), Kind: model.AuditDeletion, Case: uid})
	})
	if err != nil {
		return err
	}
	return d.scrubLog(ctx)
}

// scrubLog moves everything from the write-ahead log into the database
// file and empties the log. A reader holding an old snapshot makes
// SQLite give up after busy_timeout and say so in the result row, not in
// an error.
func (d *DB) scrubLog(ctx context.Context) error {
	var busy, logPages, done int
	err := d.db.QueryRowContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`).Scan(&busy, &logPages, &done)
	if err != nil {
		return err
	}
	if busy != 0 || logPages != done {
		return model.ErrScrubPending
	}
	return nil
}
