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
// stable between calls.
func sortSummaries(s []model.CaseSummary) {
	col := newCollator()
	sort.SliceStable(s, func(i, j int) bool {
		a, b := s[i], s[j]
		if a.NextDue.Valid() != b.NextDue.Valid() {
			return a.NextDue.Valid()
		}
		if a.NextDue.Valid() && a.NextDue != b.NextDue {
			return a.NextDue.Before(b.NextDue)
		}
		if c := col.CompareString(a.LastName, b.LastName); c != 0 {
			return c < 0
		}
		if c := col.CompareString(a.FirstName, b.FirstName); c != 0 {
			return c < 0
		}
		return a.ID < b.ID
	})
}

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
