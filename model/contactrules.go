package model

import "slices"

// A contact that passes information to a partner is a disclosure
// (DESIGN.md, Contacts and roles): the disclosure it is recorded as names
// the contact (Disclosure.ContactID) and passes the consent rule like any
// other. CheckCase also asks that the two agree — a contact that says it
// passed information has its disclosure, one that says it did not has
// none, and a disclosure made in a contact lies on the contact's day and
// goes to one of the partners of that contact — so that a case file
// cannot hang an old, covered disclosure on a new contact.

// Codes of contacts under the consent rule (messages in
// locales/contactrules.*.json).
const (
	// A contact that passed information on with no disclosure recording it.
	CodeRuleContactNoDisclosure = "RuleContactNoDisclosure"
	// A contact that says nothing was passed on, with a disclosure.
	CodeRuleContactPassedNo = "RuleContactPassedNo"
	// A disclosure made in a contact dated on another day; Args: Other
	// (the contact's day).
	CodeRuleDisclosureContactDay = "RuleDisclosureContactDay"
	// A disclosure made in a contact to a partner not in that contact.
	CodeRuleDisclosureContactPartner = "RuleDisclosureContactPartner"
)

// contacts: a contact's word on passing information and its disclosures
// agree (CheckCase).
func (r *rules) contacts() {
	c := r.c
	linked := map[string]int{}
	for i, d := range c.Disclosures {
		if d.ContactID == "" {
			continue
		}
		j := slices.IndexFunc(c.Contacts, func(k Contact) bool { return k.ID == d.ContactID })
		if j < 0 {
			continue // Validate reports the reference
		}
		linked[d.ContactID]++
		k, p := c.Contacts[j], index("disclosures", i)
		if d.Date.Valid() && k.Date.Valid() && d.Date != k.Date {
			r.hard(field(p, "date"), CodeRuleDisclosureContactDay, d.Date.ISO(), map[string]any{"Other": k.Date.ISO()})
		}
		if !slices.Contains(k.Partners, d.Partner) {
			r.hard(field(p, "partner"), CodeRuleDisclosureContactPartner, d.Partner, nil)
		}
	}
	for i, k := range c.Contacts {
		p := field(index("contacts", i), "passed")
		switch {
		case k.Passed == AnswerYes && linked[k.ID] == 0:
			r.hard(p, CodeRuleContactNoDisclosure, k.Date.ISO(), nil)
		case k.Passed == AnswerNo && linked[k.ID] > 0:
			r.hard(p, CodeRuleContactPassedNo, k.Date.ISO(), nil)
		}
	}
}
