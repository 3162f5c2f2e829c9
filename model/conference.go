package model

import "strings"

// Conferences share information. What a held Fall- or Teilhabekonferenz
// discussed (Conference.Shared) went to every network partner who took
// part, so it passes the consent rule as a disclosure does: each partner
// attendee needs an active consent covering the shared categories on the
// conference's day, and nothing is shared while the client has withdrawn
// the consent to case management. Persons of the client's circle take part
// at the client's own invitation and are not recipients of a consent.

// Codes of conferences (messages in locales/conference.*.json).
const (
	// An attendee naming both a partner and a person.
	CodeAttendeeBoth = "ErrAttendeeBoth"
	// A partner took part in a conference that shared what no consent
	// covers; Value: the day, Args: Partner (UID), Missing ([]InfoCategory).
	CodeRuleConferenceNotCovered = "RuleConferenceNotCovered"
)

// ConferenceGap is one partner attendee the consent rule does not allow to
// receive what the conference shared.
type ConferenceGap struct {
	Partner string
	Missing []InfoCategory
	// Withdrawn: the client had withdrawn the consent to case management.
	Withdrawn bool
}

// Shares reports a conference that passed information on: held, on a
// valid day, with something shared.
func (k Conference) Shares() bool {
	return k.Held && k.Date.Valid() && len(k.Shared) > 0
}

// PartnerAttendees are the UIDs of the partners who took part, once each.
func (k Conference) PartnerAttendees() []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range k.Attendees {
		if a.Partner != "" && !seen[a.Partner] {
			seen[a.Partner] = true
			out = append(out, a.Partner)
		}
	}
	return out
}

// ConferenceGaps lists the partner attendees of k whom no consent of c
// allows to receive what k shared, in the order they were recorded.
func ConferenceGaps(c *Case, k Conference) []ConferenceGap {
	if !k.Shares() {
		return nil
	}
	var gaps []ConferenceGap
	withdrawn := c.CMConsent.Withdrawn(k.Date)
	for _, uid := range k.PartnerAttendees() {
		cov := CheckCoverage(c, uid, k.Shared, k.Date)
		if withdrawn || !cov.Covered {
			gaps = append(gaps, ConferenceGap{Partner: uid, Missing: cov.Missing, Withdrawn: withdrawn})
		}
	}
	return gaps
}

// ConferenceDisclosures are the disclosures a conference's sharing is
// recorded as: one per partner attendee, on the conference's day, with
// the shared categories, through channel (the conference's name).
func ConferenceDisclosures(k Conference, channel string) []Disclosure {
	if !k.Shares() {
		return nil
	}
	var out []Disclosure
	for _, uid := range k.PartnerAttendees() {
		out = append(out, Disclosure{
			ID: NewID(), Date: k.Date, Partner: uid, Categories: append([]InfoCategory(nil), k.Shared...),
			Channel: channel, ConferenceID: k.ID,
		})
	}
	return out
}

// RecordConference stores k through put (which returns where the
// conference lives in c) and records its sharing as disclosures in place
// of those recorded for it before — only if every partner attendee is
// covered; otherwise nothing changes and the gaps are returned, so the
// window can ask for the missing consents. This is the one way a
// conference's attendees and sharing enter a case.
func (c *Case) RecordConference(k Conference, channel string, put func(*Case) *Conference) ([]ConferenceGap, error) {
	if k.ID == "" {
		k.ID = NewID()
	}
	if gaps := ConferenceGaps(c, k); len(gaps) > 0 {
		if gaps[0].Withdrawn {
			return gaps, &Problem{Path: "conference", Code: CodeGateWithdrawn, Value: c.CMConsent.LastWithdrawal(k.Date).ISO()}
		}
		return gaps, &Problem{Path: "conference", Code: "ErrNotCovered"}
	}
	kept := c.Disclosures[:0:0]
	for _, d := range c.Disclosures {
		if k.ID == "" || d.ConferenceID != k.ID {
			kept = append(kept, d)
		}
	}
	c.Disclosures = append(kept, ConferenceDisclosures(k, channel)...)
	*put(c) = k
	return nil, nil
}

// conferences: every partner attendee of a conference that shared
// information was covered on its day (CheckCase).
func (r *rules) conferences() {
	check := func(path string, k Conference) {
		for _, g := range ConferenceGaps(r.c, k) {
			at := path
			for i, a := range k.Attendees {
				if a.Partner == g.Partner {
					at = field(index(field(path, "attendees"), i), "partner")
					break
				}
			}
			if g.Withdrawn {
				r.hard(at, CodeRuleWithdrawnDisclosure, k.Date.ISO(), nil)
				continue
			}
			r.hard(at, CodeRuleConferenceNotCovered, k.Date.ISO(), map[string]any{"Partner": g.Partner, "Missing": g.Missing})
		}
	}
	for i, a := range r.c.Assessments {
		for j, k := range a.Conferences {
			check(index(field(index("assessments", i), "conferences"), j), k)
		}
	}
	for i, p := range r.c.Plans {
		check(field(index("plans", i), "conference"), p.Conference)
	}
}

// Who names everyone recorded as taking part: the attendees (partners by
// partnerName), then the free-text note on further participants.
func (k Conference) Who(partnerName func(uid string) string) string {
	var names []string
	for _, a := range k.Attendees {
		if a.Partner != "" {
			names = append(names, partnerName(a.Partner))
		} else {
			names = append(names, a.Person)
		}
	}
	if n := trimmed(k.Participants); n != "" {
		names = append(names, n)
	}
	return strings.Join(names, ", ")
}
