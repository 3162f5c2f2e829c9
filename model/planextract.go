package model

// PlanHandover decides what handing the plan to partner on day discloses:
// the whole plan when the consents cover the plan and health data, else the
// Auszug ohne Angaben zur Gesundheit (extract) when they cover the plan —
// the full plan holds the health section, which such a consent excludes.
// cats are the categories of the disclosure to record; ok is false when
// not even the plan is covered (the consent dialog asks for it first).
func PlanHandover(c *Case, partner string, day Date) (cats []InfoCategory, extract, ok bool) {
	full := []InfoCategory{InfoPlan, InfoHealth}
	if CheckCoverage(c, partner, full, day).Covered {
		return full, false, true
	}
	part := []InfoCategory{InfoPlan}
	if CheckCoverage(c, partner, part, day).Covered {
		return part, true, true
	}
	return part, true, false
}
