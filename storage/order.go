package storage

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"teilhabelotse/model"
)

// Names are compared the way a German reader expects: "Özdemir" next to
// "Otto", "de Vries" next to "Decker". SQLite's BINARY and NOCASE
// collations would put every umlaut after "Z". A Collator is not safe for
// concurrent use, so each sort makes its own.
func newCollator() *collate.Collator {
	return collate.New(language.German, collate.IgnoreCase)
}

// sortSummaries orders the case list: earliest deadline first, cases with
// nothing due last, then last name, first name, and ID so the order is
// stable between calls. The order lives in model, so that the case list
// can put a saved case back in its place without listing again.
func sortSummaries(s []model.CaseSummary) { model.SortSummaries(s) }

// sortPartners orders the directory by name, then UID.
func sortPartners(ps []model.Partner) {
	col := newCollator()
	sort.SliceStable(ps, func(i, j int) bool {
		if c := col.CompareString(ps[i].Name, ps[j].Name); c != 0 {
			return c < 0
		}
		return ps[i].UID < ps[j].UID
	})
}
