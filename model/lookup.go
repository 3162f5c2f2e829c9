package model

// PartnerIndex maps the directory by partner UID, as documents and
// coverage checks look partners up.
func PartnerIndex(ps []Partner) map[string]Partner {
	m := make(map[string]Partner, len(ps))
	for _, p := range ps {
		m[p.UID] = p
	}
	return m
}

// ConsentByID finds a disclosure consent of the case.
func (c *Case) ConsentByID(id string) (Consent, bool) {
	for _, k := range c.Consents {
		if k.ID == id {
			return k, true
		}
	}
	return Consent{}, false
}

// ClosureRecorded reports whether there is a closure to document: the case
// reached phase 5 or a closure date was entered. A case closed as "not
// admitted" never had one.
func (c *Case) ClosureRecorded() bool {
	if c.Closure.Date.Valid() {
		return true
	}
	for _, ev := range c.Events {
		if ev.To == PhaseClosure {
			return true
		}
	}
	return false
}
