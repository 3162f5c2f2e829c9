package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"

	"teilhabelotse/model"
)

// recheckRules brings the stored count of hard findings (cases.n_broken)
// up to date: for the cases never checked (stored before schema 5), and
// for all of them when model.RulesVersion has changed since they were.
// It runs once at open; afterwards every write keeps the count.
func (d *DB) recheckRules(ctx context.Context) error {
	return d.inTx(ctx, func(tx *sql.Tx) error {
		var v int
		err := tx.QueryRowContext(ctx, `SELECT version FROM rules_checked WHERE id = 1`).Scan(&v)
		if err != nil && !errors.Is(err, sql.ErrNoRows) {
			return err
		}
		if v != model.RulesVersion {
			if _, err := tx.ExecContext(ctx, `UPDATE cases SET n_broken = -1`); err != nil {
				return err
			}
			if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO rules_checked (id, version) VALUES (1, ?)`, model.RulesVersion); err != nil {
				return err
			}
		}
		return setEach(ctx, tx, `WHERE n_broken = -1`, "n_broken", func(c *model.Case) any {
			if c == nil {
				return 1 // a document that does not read breaks every rule
			}
			return len(model.CheckCase(c).Hard)
		})
	})
}

// setEach sets column of every case matching where to what value says of
// the case (nil for a document that does not read). The values are all
// read first: the cursor over the cases is closed before the updates.
func setEach(ctx context.Context, tx *sql.Tx, where, column string, value func(c *model.Case) any) error {
	values := map[int64]any{}
	err := eachCase(ctx, tx, where, func(id int64, c *model.Case) { values[id] = value(c) })
	if err != nil {
		return err
	}
	for id, v := range values {
		if _, err := tx.ExecContext(ctx, `UPDATE cases SET `+column+` = ? WHERE id = ?`, v, id); err != nil {
			return err
		}
	}
	return nil
}

// eachCase calls fn with every stored case matching where (an SQL WHERE
// clause or ""), in ID order, one at a time; c is nil for a document that
// does not read.
func eachCase(ctx context.Context, q querier, where string, fn func(id int64, c *model.Case)) error {
	rows, err := q.QueryContext(ctx, `SELECT id, doc FROM cases `+where+` ORDER BY id`)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var doc string
		if err := rows.Scan(&id, &doc); err != nil {
			return err
		}
		var c model.Case
		if json.Unmarshal([]byte(doc), &c) != nil {
			fn(id, nil)
			continue
		}
		c.ID = id
		fn(id, &c)
	}
	return rows.Err()
}

// BrokenCase is a stored case that breaks a rule of the whole-case check.
type BrokenCase struct {
	Summary  model.CaseSummary
	Findings model.Problems // the hard findings, paths relative to the case
}

// BrokenCases checks every stored case against the whole-case check —
// anew, not trusting the stored counts — and lists those with a hard
// finding, in ID order. Cases imported before the rules held on every
// path may be among them.
func (d *DB) BrokenCases(ctx context.Context) ([]BrokenCase, error) {
	var out []BrokenCase
	err := eachCase(ctx, d.db, "", func(id int64, c *model.Case) {
		if c == nil {
			out = append(out, BrokenCase{Summary: model.CaseSummary{ID: id, Broken: 1},
				Findings: model.Problems{{Code: model.CodeBadJSON}}})
			return
		}
		if f := model.CheckCase(c); !f.OK() {
			out = append(out, BrokenCase{Summary: c.Summarize(model.Settings{}), Findings: f.Hard})
		}
	})
	return out, err
}
