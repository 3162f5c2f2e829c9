package storage

import (
	"context"
	"database/sql"
	"fmt"
	"sort"

	"teilhabelotse/model"
)

// writeFacts stores the evaluation facts of case c (row id), replacing
// older ones; it runs in the transaction that writes the case.
func writeFacts(ctx context.Context, q querier, id int64, c *model.Case) error {
	f := model.FactsOf(c)
	first, last := f.Span()
	open := 0
	if f.Phase != model.PhaseClosed {
		open = 1
	}
	_, err := q.ExecContext(ctx, `INSERT OR REPLACE INTO case_facts (id, version, first_day, last_day, open, facts)
		VALUES (?, ?, ?, ?, ?, ?)`, id, model.FactsVersion, int64(first), int64(last), open, encodeFacts(&f))
	return err
}

const factsQuery = `SELECT id, facts FROM case_facts
	WHERE first_day BETWEEN 1 AND ? AND (last_day >= ? OR open = 1)`

// CaseFacts returns the facts of the cases that matter for period p
// (model.CaseFacts.Matters), in ID order. The query searches the index
// case_facts_span; ordering by ID in SQL would copy every row into a
// temporary B-tree, so the rows are sorted here.
func (d *DB) CaseFacts(ctx context.Context, p model.Period) ([]model.CaseFacts, error) {
	rows, err := d.db.QueryContext(ctx, factsQuery, int64(p.To.Day()), int64(p.From.Day()))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.CaseFacts
	var raw []byte
	dec := newFactsDecoder()
	for rows.Next() {
		var f model.CaseFacts
		if err := rows.Scan(&f.ID, &raw); err != nil {
			return nil, err
		}
		if err := dec.decode(raw, &f); err != nil {
			return nil, fmt.Errorf("facts of case %d: %w", f.ID, err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out, nil
}

// deriveFacts fills in the facts of every case that has none or has them
// from an older model.FactsVersion: after the upgrade to schema 4, and
// after a program whose FactsOf derives more. One transaction, so a crash
// leaves either all or none; with nothing to do it costs two counts.
func (d *DB) deriveFacts(ctx context.Context) error {
	var cases, current int
	err := d.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM cases),
		(SELECT count(*) FROM case_facts WHERE version = ?)`, model.FactsVersion).Scan(&cases, &current)
	if err != nil || cases == current {
		return err
	}
	return d.inTx(ctx, func(tx *sql.Tx) error {
		rows, err := tx.QueryContext(ctx, `SELECT c.id FROM cases AS c LEFT JOIN case_facts AS f ON f.id = c.id
			WHERE f.id IS NULL OR f.version <> ?`, model.FactsVersion)
		if err != nil {
			return err
		}
		var ids []int64
		for rows.Next() {
			var id int64
			if err := rows.Scan(&id); err != nil {
				rows.Close()
				return err
			}
			ids = append(ids, id)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return err
		}
		for _, id := range ids {
			c, err := loadCase(ctx, tx, id)
			if err != nil {
				return err
			}
			if err := writeFacts(ctx, tx, id, c); err != nil {
				return err
			}
		}
		return nil
	})
}
