package model

import "slices"

// LinkMeasurePartners links the partners named as responsible for the
// measures of the case's current plan to the case, with the areas of
// those measures: a partner the plan relies on is a network partner of
// the case, and the plan prints it under its areas instead of "— nicht
// dokumentiert —". The plan names it as well among its network partners
// of that area (Plan.AreaPartners), with the role left for the counselor
// to say. Links already there keep their areas and gain the new ones;
// nothing is unlinked. It reports whether anything changed.
func (c *Case) LinkMeasurePartners() bool {
	p := c.CurrentPlan()
	if p == nil {
		return false
	}
	changed := false
	for _, m := range p.Measures {
		if m.Partner == "" {
			continue
		}
		i := slices.IndexFunc(c.Partners, func(l PartnerLink) bool { return l.Partner == m.Partner })
		if i < 0 {
			c.Partners = append(c.Partners, PartnerLink{Partner: m.Partner})
			i, changed = len(c.Partners)-1, true
		}
		if m.Area != "" && !slices.Contains(c.Partners[i].Areas, m.Area) {
			c.Partners[i].Areas = append(c.Partners[i].Areas, m.Area)
			changed = true
		}
		if m.Area != "" && !slices.ContainsFunc(p.AreaPartners, func(ap AreaPartner) bool { return ap.Area == m.Area && ap.Partner == m.Partner }) {
			p.AreaPartners = append(p.AreaPartners, AreaPartner{Area: m.Area, Partner: m.Partner})
			changed = true
		}
	}
	return changed
}
