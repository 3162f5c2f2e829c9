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

// querier is what *sql.DB and *sql.Tx share, so helpers run inside or
// outside a transaction.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// updatedLayout has a fixed width so the column sorts as text.
const updatedLayout = "2006-01-02T15:04:05.000Z"

// stamp is the time a save happened: UTC, so a case file does not carry the
// counselor's time zone, and whole milliseconds, so it survives a round trip
// through the database unchanged.
func (d *DB) stamp() time.Time { return d.now().UTC().Truncate(time.Millisecond) }

func notFound(what string, id int64) error {
	return fmt.Errorf("%s %d: %w", what, id, model.ErrNotFound)
}

// ListCases returns the list rows of all cases: the earliest deadline first,
// cases with nothing due last, then by last and first name.
func (d *DB) ListCases(ctx context.Context) ([]model.CaseSummary, error) {
	rows, err := d.db.QueryContext(ctx,
		`SELECT id, uid, first_name, last_name, rvnr, phase, next_due, n_broken FROM cases`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.CaseSummary
	for rows.Next() {
		var s model.CaseSummary
		var phase, due string
		if err := rows.Scan(&s.ID, &s.UID, &s.FirstName, &s.LastName, &s.RVNR, &phase, &due, &s.Broken); err != nil {
			return nil, err
		}
		s.Phase = model.Phase(phase)
		if s.NextDue, err = model.ParseDate(due); err != nil {
			return nil, fmt.Errorf("case %d: next_due %q: %w", s.ID, due, err)
		}
		out = append(out, s)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	model.SortSummaries(out)
	return out, nil
}

// LoadCase reads the whole case; a missing one is model.ErrNotFound.
func (d *DB) LoadCase(ctx context.Context, id int64) (*model.Case, error) {
	return loadCase(ctx, d.db, id)
}

func loadCase(ctx context.Context, q querier, id int64) (*model.Case, error) {
	var doc string
	err := q.QueryRowContext(ctx, `SELECT doc FROM cases WHERE id = ?`, id).Scan(&doc)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, notFound("case", id)
	}
	if err != nil {
		return nil, err
	}
	var c model.Case
	if err := json.Unmarshal([]byte(doc), &c); err != nil {
		return nil, fmt.Errorf("case %d: %w", id, err)
	}
	c.ID = id
	return &c, nil
}

// CreateCase stores a new case, giving it a UID when it has none, and sets
// its ID, Created (when unset) and Updated.
func (d *DB) CreateCase(ctx context.Context, c *model.Case) error {
	cp := *c
	if cp.UID == "" {
		cp.UID = model.NewID()
	}
	cp.Updated = d.stamp()
	if cp.Created.IsZero() {
		cp.Created = cp.Updated
	}
	var id int64
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		s, err := settingsIn(ctx, tx)
		if err != nil {
			return err
		}
		id, err = insertCase(ctx, tx, &cp, s)
		return err
	})
	if err != nil {
		return err
	}
	c.UID, c.Created, c.Updated, c.ID = cp.UID, cp.Created, cp.Updated, id
	return nil
}

// SaveCase writes the whole case and its list row and sets Updated. On any
// error nothing is written and c keeps its old Updated.
//
// c.Updated is the version c was loaded (or last saved) at: when the
// stored case has another, someone else saved it meanwhile and SaveCase
// refuses with model.ErrConflict instead of overwriting their text. The new
// stamp is always later than the old one, so two saves within one
// millisecond are still two versions.
func (d *DB) SaveCase(ctx context.Context, c *model.Case) error {
	cp := *c
	base := c.Updated.UTC().Format(updatedLayout)
	cp.Updated = d.stamp()
	if !cp.Updated.After(c.Updated) {
		cp.Updated = c.Updated.UTC().Truncate(time.Millisecond).Add(time.Millisecond)
	}
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		var stored string
		err := tx.QueryRowContext(ctx, `SELECT updated FROM cases WHERE id = ?`, cp.ID).Scan(&stored)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("case", cp.ID)
		}
		if err != nil {
			return err
		}
		if stored != base {
			return fmt.Errorf("case %d: stored %s, loaded %s: %w", cp.ID, stored, base, model.ErrConflict)
		}
		s, err := settingsIn(ctx, tx)
		if err != nil {
			return err
		}
		doc, err := marshalDoc(&cp)
		if err != nil {
			return err
		}
		if err := auditNewHistory(ctx, tx, &cp); err != nil {
			return err
		}
		sum := cp.Summarize(s)
		res, err := tx.ExecContext(ctx, `UPDATE cases SET uid = ?, first_name = ?, last_name = ?, rvnr = ?,
			phase = ?, next_due = ?, updated = ?, doc = ?, closed_on = ?, n_events = ?, n_disclosures = ?, n_broken = ?
			WHERE id = ?`,
			cp.UID, sum.FirstName, sum.LastName, sum.RVNR, string(sum.Phase), sum.NextDue.ISO(),
			cp.Updated.Format(updatedLayout), string(doc), cp.ClosedOn().ISO(), len(cp.Events), len(cp.Disclosures),
			sum.Broken, cp.ID)
		if err != nil {
			return err
		}
		if err := mustAffect(res, "case", cp.ID); err != nil {
			return err
		}
		return writeFacts(ctx, tx, cp.ID, &cp)
	})
	if err != nil {
		return err
	}
	c.Updated = cp.Updated
	return nil
}

func mustAffect(res sql.Result, what string, id int64) error {
	n, err := res.RowsAffected()
	if err != nil {
		return err
	}
	if n == 0 {
		return notFound(what, id)
	}
	return nil
}

// insertCase writes c as it is (UID, timestamps and all) and returns its new
// ID; callers decide what to stamp.
func insertCase(ctx context.Context, q querier, c *model.Case, s model.Settings) (int64, error) {
	doc, err := marshalDoc(c)
	if err != nil {
		return 0, err
	}
	sum := c.Summarize(s)
	res, err := q.ExecContext(ctx, `INSERT INTO cases (uid, first_name, last_name, rvnr, phase, next_due, updated, doc,
		closed_on, n_events, n_disclosures, n_broken) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		c.UID, sum.FirstName, sum.LastName, sum.RVNR, string(sum.Phase), sum.NextDue.ISO(),
		c.Updated.UTC().Format(updatedLayout), string(doc), c.ClosedOn().ISO(), len(c.Events), len(c.Disclosures), sum.Broken)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	return id, writeFacts(ctx, q, id, c)
}
