package storage

import (
	"context"
	"database/sql"

	"teilhabelotse/model"
)

// refreshClosedDue gives the closed cases whose documentation was never
// sent the reminder date that model.Deadlines now has for them. Cases
// closed before that reminder existed were stored with no due date; a
// case that has one, or whose transmission is recorded, is not read, so
// after the first start this touches nothing.
func (d *DB) refreshClosedDue(ctx context.Context) error {
	const where = `WHERE phase = 'closed' AND next_due = ''
		AND coalesce(json_extract(doc, '$.closure.transmittedOn'), '') = ''`
	var n int
	if err := d.db.QueryRowContext(ctx, `SELECT count(*) FROM cases `+where).Scan(&n); err != nil || n == 0 {
		return err
	}
	return d.inTx(ctx, func(tx *sql.Tx) error {
		s, err := settingsIn(ctx, tx)
		if err != nil {
			return err
		}
		due := map[int64]string{}
		err = eachCase(ctx, tx, where, func(id int64, c *model.Case) {
			if c != nil {
				due[id] = model.NextDue(c, s).ISO()
			}
		})
		if err != nil {
			return err
		}
		for id, d := range due {
			if _, err := tx.ExecContext(ctx, `UPDATE cases SET next_due = ? WHERE id = ?`, d, id); err != nil {
				return err
			}
		}
		return nil
	})
}
