package storage

import (
	"context"
	"database/sql"
	"time"

	"teilhabelotse/model"
)

// CreateCases stores many new cases in one transaction, as CreateCase does
// for one: each gets a UID when it has none, Created (when unset), Updated
// and its ID. It is for the demo command and other bulk loads: one commit
// (one fsync with synchronous=FULL) instead of one per case, so 10,000 cases
// take seconds, not minutes. On any error nothing is written and the cases
// are left unchanged.
func (d *DB) CreateCases(ctx context.Context, cases []*model.Case) error {
	if len(cases) == 0 {
		return nil
	}
	now := d.stamp()
	copies := make([]model.Case, len(cases))
	ids := make([]int64, len(cases))
	for i, c := range cases {
		copies[i] = *c
		stampNew(&copies[i], now)
	}
	err := d.inTx(ctx, func(tx *sql.Tx) error {
		s, err := settingsIn(ctx, tx)
		if err != nil {
			return err
		}
		for i := range copies {
			if err := ctx.Err(); err != nil {
				return err
			}
			if ids[i], err = insertCase(ctx, tx, &copies[i], s); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, c := range cases {
		cp := &copies[i]
		c.UID, c.Created, c.Updated, c.ID = cp.UID, cp.Created, cp.Updated, ids[i]
	}
	return nil
}

// stampNew gives a case about to be created what CreateCase gives it: a UID
// when it has none, Updated, and Created when unset.
func stampNew(c *model.Case, now time.Time) {
	if c.UID == "" {
		c.UID = model.NewID()
	}
	c.Updated = now
	if c.Created.IsZero() {
		c.Created = now
	}
}
