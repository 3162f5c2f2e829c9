package model

import "sort"

// PartnerUIDs lists every directory partner the case refers to anywhere —
// employer, assessments, plan measures and area partners, contacts,
// consents, disclosures and partner links — sorted and without repeats. A
// case file carries exactly these partners so it can be read on its own.
func (c *Case) PartnerUIDs() []string {
	set := map[string]bool{}
	add := func(uids ...string) {
		for _, u := range uids {
			if u != "" {
				set[u] = true
			}
		}
	}
	add(c.Client.Employer, c.Commission.Partner)
	for _, a := range c.Assessments {
		add(a.NetworkPartners...)
		for _, k := range a.Conferences {
			add(k.PartnerAttendees()...)
		}
	}
	for _, p := range c.Plans {
		add(p.Conference.PartnerAttendees()...)
		for _, m := range p.Measures {
			add(m.Partner)
		}
		for _, ap := range p.AreaPartners {
			add(ap.Partner)
		}
	}
	for _, k := range c.Contacts {
		add(k.Partners...)
	}
	for _, k := range c.Consents {
		add(k.Partner)
	}
	for _, d := range c.Disclosures {
		add(d.Partner)
	}
	for _, l := range c.Partners {
		add(l.Partner)
	}
	out := make([]string, 0, len(set))
	for u := range set {
		out = append(out, u)
	}
	sort.Strings(out)
	return out
}
