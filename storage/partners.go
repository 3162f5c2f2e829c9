package storage

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"

	"teilhabelotse/model"
)

// Partners returns the whole partner directory sorted by name.
func (d *DB) Partners(ctx context.Context) ([]model.Partner, error) {
	out, err := partnersWhere(ctx, d.db, "")
	if err != nil {
		return nil, err
	}
	model.SortPartners(out)
	return out, nil
}

// SavePartner inserts a partner (ID 0; it gets a UID when it has none) or
// updates an existing one, and sets its ID.
func (d *DB) SavePartner(ctx context.Context, p *model.Partner) error {
	cp := *p
	if cp.UID == "" {
		cp.UID = model.NewID()
	}
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		if cp.ID == 0 {
			id, err := insertPartner(ctx, tx, &cp)
			cp.ID = id
			return err
		}
		doc, err := marshalDoc(&cp)
		if err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, `UPDATE partners SET uid = ?, name = ?, category = ?, doc = ? WHERE id = ?`,
			cp.UID, cp.Name, string(cp.Category), string(doc), cp.ID)
		if err != nil {
			return err
		}
		return mustAffect(res, "partner", cp.ID)
	})
	if err != nil {
		return err
	}
	p.ID, p.UID = cp.ID, cp.UID
	return nil
}

func insertPartner(ctx context.Context, q querier, p *model.Partner) (int64, error) {
	doc, err := marshalDoc(p)
	if err != nil {
		return 0, err
	}
	res, err := q.ExecContext(ctx, `INSERT INTO partners (uid, name, category, doc) VALUES (?, ?, ?, ?)`,
		p.UID, p.Name, string(p.Category), string(doc))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// partnersWhere reads partners matching an SQL condition (all when cond is
// empty), in ID order.
func partnersWhere(ctx context.Context, q querier, cond string, args ...any) ([]model.Partner, error) {
	query := `SELECT id, doc FROM partners`
	if cond != "" {
		query += " WHERE " + cond
	}
	rows, err := q.QueryContext(ctx, query+" ORDER BY id", args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []model.Partner
	for rows.Next() {
		var id int64
		var doc string
		if err := rows.Scan(&id, &doc); err != nil {
			return nil, err
		}
		var p model.Partner
		if err := json.Unmarshal([]byte(doc), &p); err != nil {
			return nil, fmt.Errorf("partner %d: %w", id, err)
		}
		p.ID = id
		out = append(out, p)
	}
	return out, rows.Err()
}

// partnerUIDs is the set of UIDs in the directory, for reference checks.
func partnerUIDs(ctx context.Context, q querier) (map[string]bool, error) {
	rows, err := q.QueryContext(ctx, `SELECT uid FROM partners`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	set := map[string]bool{}
	for rows.Next() {
		var uid string
		if err := rows.Scan(&uid); err != nil {
			return nil, err
		}
		set[uid] = true
	}
	return set, rows.Err()
}
