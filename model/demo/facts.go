package demo

import (
	"context"

	"teilhabelotse/model"
)

// FactsOf is what a store keeps of the cases for the evaluation, with the
// cases numbered 1, 2, … as a store would number them (they have no ID
// before they are saved), so evaluations of demo cases can be checked
// without a database.
func FactsOf(cases []*model.Case) []model.CaseFacts {
	fs := make([]model.CaseFacts, len(cases))
	for i, c := range cases {
		c.ID = int64(i + 1)
		fs[i] = model.FactsOf(c)
	}
	return fs
}

// store is the database the demo is saved to (storage.DB).
type store interface {
	SavePartner(ctx context.Context, p *model.Partner) error
	CreateCases(ctx context.Context, cases []*model.Case) error
}

// Save stores partners (their IDs are set in the caller's slice) and
// then cases, in one transaction, in db: the filled database the tests of
// storage and of the window start from.
func Save(ctx context.Context, db store, cases []*model.Case, partners []model.Partner) error {
	for i := range partners {
		if err := db.SavePartner(ctx, &partners[i]); err != nil {
			return err
		}
	}
	return db.CreateCases(ctx, cases)
}
