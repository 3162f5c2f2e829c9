package model

// RoleCount is how often the case manager took one of the four roles of
// the Fachkonzept in the contacts of a case.
type RoleCount struct {
	Role  Role
	Count int
}

// RoleCounts counts, for each role in the order of Roles, the contacts of c
// in which the case manager took it. A role ticked twice in one contact
// counts once; values that are not one of Roles are not counted. The
// counts show whether a case leans on one role — support only, or
// gatekeeping only — so the counselor can see it.
func RoleCounts(c *Case) []RoleCount {
	out := make([]RoleCount, len(Roles))
	for i, r := range Roles {
		out[i].Role = r
	}
	for _, k := range c.Contacts {
		seen := map[Role]bool{}
		for _, r := range k.Roles {
			if seen[r] {
				continue
			}
			seen[r] = true
			for i := range out {
				if out[i].Role == r {
					out[i].Count++
				}
			}
		}
	}
	return out
}
