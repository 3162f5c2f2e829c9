package model

import (
	"slices"
	"testing"
)

func conferenceCase(day Date) *Case {
	return &Case{
		CMConsent: CaseManagementConsent{GivenOn: day.AddDays(-30), Form: FormWritten},
		Consents:  []Consent{{ID: "k-emp", Partner: "emp", Categories: []InfoCategory{InfoWork, InfoCapability}, GivenOn: day.AddDays(-10), Form: FormWritten}},
		Plans:     []PlanVersion{{Version: 1}},
	}
}

// A held conference that shared something passes the consent rule for
// every partner at the table; persons of the client's circle, a
// conference not held and one that shared nothing need no consent.
func TestConferenceGaps(t *testing.T) {
	day := NewDate(2026, 3, 10)
	c := conferenceCase(day)
	k := Conference{ID: "conf", Held: true, Date: day, Shared: []InfoCategory{InfoWork},
		Attendees: []Attendee{{Partner: "emp"}, {Person: "Lena Mustermann"}}}
	if gaps := ConferenceGaps(c, k); len(gaps) != 0 {
		t.Errorf("employer covered for work, sister invited by the client: no gaps, got %+v", gaps)
	}
	k.Shared = []InfoCategory{InfoWork, InfoHealth}
	k.Attendees = append(k.Attendees, Attendee{Partner: "kasse"})
	gaps := ConferenceGaps(c, k)
	if len(gaps) != 2 || gaps[0].Partner != "emp" || !slices.Equal(gaps[0].Missing, []InfoCategory{InfoHealth}) ||
		gaps[1].Partner != "kasse" || !slices.Equal(gaps[1].Missing, []InfoCategory{InfoHealth, InfoWork}) {
		t.Errorf("health to the employer and anything to the insurer are not covered, got %+v", gaps)
	}
	planned := k
	planned.Held = false
	if gaps := ConferenceGaps(c, planned); len(gaps) != 0 {
		t.Errorf("a conference not yet held shared nothing, got %+v", gaps)
	}
	silent := k
	silent.Shared = nil
	if gaps := ConferenceGaps(c, silent); len(gaps) != 0 {
		t.Errorf("a conference that shared nothing needs no consent, got %+v", gaps)
	}
	c.CMConsent.WithdrawnOn = day.AddDays(-1)
	k.Shared, k.Attendees = []InfoCategory{InfoWork}, []Attendee{{Partner: "emp"}}
	if gaps := ConferenceGaps(c, k); len(gaps) != 1 || !gaps[0].Withdrawn {
		t.Errorf("after the withdrawal nothing is shared, got %+v", gaps)
	}
}

// RecordConference stores the conference and its sharing as disclosures
// only when covered; a correction replaces the disclosures it recorded
// before; CheckCase finds a conference stored around it.
func TestRecordConference(t *testing.T) {
	day := NewDate(2026, 3, 10)
	c := conferenceCase(day)
	put := func(c *Case) *Conference { return &c.Plans[0].Conference }
	k := Conference{Held: true, Date: day, Shared: []InfoCategory{InfoWork, InfoHealth}, Attendees: []Attendee{{Partner: "emp"}}}
	if gaps, err := c.RecordConference(k, "Teilhabekonferenz", put); err == nil || len(gaps) != 1 {
		t.Fatalf("uncovered: want the gap and an error, got %+v, %v", gaps, err)
	}
	if len(c.Disclosures) != 0 || len(c.Plans[0].Conference.Attendees) != 0 {
		t.Fatal("a refused conference changed the case")
	}
	k.Shared = []InfoCategory{InfoWork}
	if _, err := c.RecordConference(k, "Teilhabekonferenz", put); err != nil {
		t.Fatal(err)
	}
	stored := c.Plans[0].Conference
	if stored.ID == "" || len(c.Disclosures) != 1 {
		t.Fatalf("recorded: want an ID and one disclosure, got %q and %d", stored.ID, len(c.Disclosures))
	}
	d := c.Disclosures[0]
	if d.Partner != "emp" || d.Date != day || d.ConferenceID != stored.ID || d.Channel != "Teilhabekonferenz" || !slices.Equal(d.Categories, []InfoCategory{InfoWork}) {
		t.Errorf("the disclosure does not record the sharing: %+v", d)
	}
	// A correction (another day) replaces the disclosure, not adds one.
	stored.Date = day.AddDays(1)
	if _, err := c.RecordConference(stored, "Teilhabekonferenz", put); err != nil {
		t.Fatal(err)
	}
	if len(c.Disclosures) != 1 || c.Disclosures[0].Date != day.AddDays(1) {
		t.Errorf("the correction left %d disclosures: %+v", len(c.Disclosures), c.Disclosures)
	}
	// Around the rule: health added by hand is a hard finding at the attendee.
	c.Plans[0].Conference.Shared = append(c.Plans[0].Conference.Shared, InfoHealth)
	f := CheckCase(c)
	found := false
	for _, p := range f.Hard {
		if p.Code == CodeRuleConferenceNotCovered && p.Path == "plans[0].conference.attendees[0].partner" {
			found = true
		}
	}
	if !found {
		t.Errorf("CheckCase misses the uncovered conference: %v", f.Hard)
	}
}

// Who names attendees, then the free-text note of older case files.
func TestConferenceWho(t *testing.T) {
	k := Conference{Attendees: []Attendee{{Partner: "emp"}, {Person: "Lena Mustermann"}}, Participants: "Dolmetscherin"}
	if got := k.Who(func(uid string) string { return "Firma " + uid }); got != "Firma emp, Lena Mustermann, Dolmetscherin" {
		t.Errorf("Who = %q", got)
	}
}
