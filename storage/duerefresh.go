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
		return setEach(ctx, tx, where, "next_due", func(c *model.Case) any {
			if c == nil {
				return "" // as it is: a document that does not read has no deadline
			}
			return model.NextDue(c, s).ISO()
		})
	})
}
