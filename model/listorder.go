package model

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// NameCollator compares names the way a German reader expects: "Özdemir"
// next to "Otto", "de Vries" next to "Decker", case ignored. SQLite's BINARY
// and NOCASE collations would put every umlaut after "Z". A Collator is not
// safe for concurrent use, so each sort asks for its own.
func NameCollator() *collate.Collator {
	return collate.New(language.German, collate.IgnoreCase)
}

// SummaryLess returns the order of the case list as a less function:
// earliest deadline first, cases with nothing due last, then last name,
// first name, and ID, so the order is total and stable between calls.
// Names are compared the way a German reader expects ("Özdemir" next to
// "Otto", "de Vries" next to "Decker"), not byte by byte.
//
// storage sorts ListCases with it and the case list uses it to put a saved
// case back in its place without reading the list again. The function
// holds a collator, which is not safe for concurrent use: each goroutine
// needs its own.
func SummaryLess() func(a, b CaseSummary) bool {
	col := NameCollator()
	return func(a, b CaseSummary) bool {
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
	}
}

// SortSummaries puts s in the order of the case list (SummaryLess).
func SortSummaries(s []CaseSummary) {
	less := SummaryLess()
	sort.SliceStable(s, func(i, j int) bool { return less(s[i], s[j]) })
}

// SortPartners orders the partner directory by name (NameCollator), then
// UID, so storage and the directory window show the same order.
func SortPartners(ps []Partner) {
	col := NameCollator()
	sort.SliceStable(ps, func(i, j int) bool {
		if c := col.CompareString(ps[i].Name, ps[j].Name); c != 0 {
			return c < 0
		}
		return ps[i].UID < ps[j].UID
	})
}
