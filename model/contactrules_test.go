package model

import (
	"slices"
	"testing"
)

// A contact's word on passing information and its disclosures agree; each
// disagreement is a hard finding at its place.
func TestContactRules(t *testing.T) {
	day := NewDate(2026, 3, 10)
	base := func() *Case {
		return &Case{
			Consents:    []Consent{{ID: "k", Partner: "emp", Categories: []InfoCategory{InfoWork}, GivenOn: day.AddDays(-10), Form: FormWritten}},
			Contacts:    []Contact{{ID: "c1", Date: day, Kind: ContactPhone, Partners: []string{"emp"}, Passed: AnswerYes}},
			Disclosures: []Disclosure{{ID: "d1", Date: day, Partner: "emp", Categories: []InfoCategory{InfoWork}, ContactID: "c1"}},
		}
	}
	codes := func(c *Case) map[string]string {
		out := map[string]string{}
		for _, p := range CheckCase(c).Hard {
			out[p.Code] = p.Path
		}
		return out
	}
	if got := codes(base()); got[CodeRuleContactNoDisclosure] != "" || got[CodeRuleDisclosureContactDay] != "" || got[CodeRuleDisclosureContactPartner] != "" || got[CodeRuleContactPassedNo] != "" {
		t.Errorf("a consistent contact is reported: %v", got)
	}
	for _, tc := range []struct {
		name, code, path string
		change           func(c *Case)
	}{
		{"passed without disclosure", CodeRuleContactNoDisclosure, "contacts[0].passed", func(c *Case) { c.Disclosures = nil }},
		{"said no, has a disclosure", CodeRuleContactPassedNo, "contacts[0].passed", func(c *Case) { c.Contacts[0].Passed = AnswerNo }},
		{"disclosure on another day", CodeRuleDisclosureContactDay, "disclosures[0].date", func(c *Case) { c.Disclosures[0].Date = day.AddDays(-1) }},
		{"disclosure to someone not in the contact", CodeRuleDisclosureContactPartner, "disclosures[0].partner", func(c *Case) { c.Contacts[0].Partners = []string{"other"} }},
	} {
		c := base()
		tc.change(c)
		if got := codes(c)[tc.code]; got != tc.path {
			t.Errorf("%s: %s at %q, want %q", tc.name, tc.code, got, tc.path)
		}
	}
	// Entries made before the question: no answer, no finding.
	c := base()
	c.Contacts[0].Passed = ""
	if got := codes(c); got[CodeRuleContactNoDisclosure] != "" || got[CodeRuleContactPassedNo] != "" {
		t.Errorf("an older contact without answer is reported: %v", got)
	}
}

// The window asks a contact with a partner whether information was passed.
func TestContactGapPassed(t *testing.T) {
	k := Contact{Date: NewDate(2026, 3, 10), Kind: ContactPhone}
	if slices.Contains(ContactGaps(k), GapPassed) {
		t.Error("a phone call with nobody of the network needs no answer")
	}
	k.Partners = []string{"emp"}
	if !slices.Contains(ContactGaps(k), GapPassed) {
		t.Error("a contact with a partner must say whether information was passed")
	}
	k.Partners, k.Kind = nil, ContactVisitCompany
	if !slices.Contains(ContactGaps(k), GapPassed) {
		t.Error("a visit at the company must say whether information was passed")
	}
	k.Passed = AnswerNo
	if slices.Contains(ContactGaps(k), GapPassed) {
		t.Error("answered, no gap")
	}
}
