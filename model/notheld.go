package model

// Not applicable is not missing. A conference the case did without is
// recorded as not held, with its reason; a client without an employer is
// recorded as such. Either is then a fact the documents print ("nicht
// durchgeführt: …", "kein Arbeitgeber") and the checklists do not count as
// a gap — where an empty record stays "not documented".

// Codes of the not-held and no-employer states (messages in
// locales/conference.*.json).
const (
	// A conference recorded as held and as not held.
	CodeConferenceHeldAndNot = "ErrConferenceHeldAndNot"
	// A conference not held with attendees or with something shared.
	CodeConferenceNotHeldAttendees = "ErrConferenceNotHeldAttendees"
	// A conference not held without the reason (warning).
	CodeRuleConferenceNoReason = "RuleConferenceNoReason"
	// An employer recorded for a client recorded as having none.
	CodeEmployerAndNone = "ErrEmployerAndNone"
)

// NotHeldDocumented reports a conference recorded as not held, with the
// reason why.
func (k Conference) NotHeldDocumented() bool { return k.NotHeld && set(k.NotHeldReason) }

// Recorded reports whether anything at all is recorded of k.
func (k Conference) Recorded() bool {
	return k.Held || k.NotHeld || k.Date.Valid() || len(k.Attendees) > 0 || len(k.Shared) > 0 ||
		set(k.Participants) || set(k.Notes) || set(k.NotHeldReason) || len(k.Tasks) > 0
}

// conferencesNotHeld reports that the conferences cs, one at least, were
// each documented as not held: their documentation item does not apply.
func conferencesNotHeld(cs ...Conference) bool {
	for _, k := range cs {
		if !k.NotHeldDocumented() {
			return false
		}
	}
	return len(cs) > 0
}

// conferenceItem is the checklist item key for the conferences cs: done
// when one was held and documented, not applicable when each was
// documented as not held.
func conferenceItem(key CheckKey, cs ...Conference) CheckItem {
	done := conferenceDone(cs...)
	return CheckItem{Key: key, Done: done, NotApplicable: !done && conferencesNotHeld(cs...)}
}

// notHeld checks the not-held state of a conference (Validate): it is not
// also held, and no one took part in it and nothing was shared there.
func (v *checker) notHeld(path string, k *Conference) {
	if !k.NotHeld {
		return
	}
	if k.Held {
		v.add(field(path, "notHeld"), CodeConferenceHeldAndNot, "", nil)
	}
	if len(k.Attendees) > 0 || len(k.Shared) > 0 {
		v.add(field(path, "attendees"), CodeConferenceNotHeldAttendees, "", nil)
	}
}

// notHeldReasons warns of a conference not held without the reason
// (CheckCase).
func (r *rules) notHeldReasons() {
	check := func(path string, k Conference) {
		if k.NotHeld && !set(k.NotHeldReason) {
			r.warn(field(path, "notHeldReason"), CodeRuleConferenceNoReason, "", nil)
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

// noEmployer checks that a client recorded without an employer has none
// recorded (Validate).
func (v *checker) noEmployer(path string, c *Client) {
	if c.NoEmployer && c.Employer != "" {
		v.add(field(path, "noEmployer"), CodeEmployerAndNone, "", nil)
	}
}
