package model

import (
	"slices"
	"sort"
)

// What the contact log needs beyond the case types: what a new contact
// lacks before it is logged, and the order the log is read in.

// Gaps of a contact being logged (messages "Consent.Gap.<key>" beside the
// other record gaps).
const (
	GapContactDate RecordGap = "contactDate" // no valid date of the contact
	GapKind        RecordGap = "kind"        // no kind of contact chosen
	GapMinutes     RecordGap = "minutes"     // duration not a number of minutes within a day
	GapPassed      RecordGap = "passed"      // a contact with a partner that does not say whether information was passed on
)

// ReachesPartner reports a contact with a network partner — one named, or
// one its kind implies (a visit at the company or at a partner, a
// conference) — where information about the client may have been passed
// on: the window asks whether it was.
func (k Contact) ReachesPartner() bool {
	switch k.Kind {
	case ContactVisitCompany, ContactVisitPartner, ContactCaseConf, ContactParticipation:
		return true
	}
	return len(k.Partners) > 0
}

// ContactGaps lists what k lacks before it is logged: the day it took place
// and its kind are what make it a contact; the duration may be left out
// (0) but, when given, lasts at most a day; a contact with a partner says
// whether information about the client was passed on (the consent rule
// asks for it then). Negative minutes stand for a
// duration that could not be read.
func ContactGaps(k Contact) []RecordGap {
	var gaps []RecordGap
	if !k.Date.Valid() {
		gaps = append(gaps, GapContactDate)
	}
	if !slices.Contains(ContactKinds, k.Kind) {
		gaps = append(gaps, GapKind)
	}
	if k.Minutes < 0 || k.Minutes > MaxContactMinutes {
		gaps = append(gaps, GapMinutes)
	}
	if k.ReachesPartner() && k.Passed != AnswerYes && k.Passed != AnswerNo {
		gaps = append(gaps, GapPassed)
	}
	return gaps
}

// ContactsNewestFirst returns the indexes of c.Contacts in reading order of
// the log: the latest day first and, within a day, the one logged last
// first. Contacts without a valid date come last.
func ContactsNewestFirst(c *Case) []int {
	idx := make([]int, len(c.Contacts))
	for i := range idx {
		idx[i] = len(idx) - 1 - i
	}
	sort.SliceStable(idx, func(a, b int) bool {
		da, db := c.Contacts[idx[a]].Date, c.Contacts[idx[b]].Date
		if da.Valid() != db.Valid() {
			return da.Valid()
		}
		return da.After(db)
	})
	return idx
}
