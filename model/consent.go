package model

import "slices"

// Coverage is the answer to "may this information go to this recipient on
// this day?". Covered is true only when every category is covered by one or
// more active consents to that recipient; Missing names the rest.
type Coverage struct {
	Covered bool
	Missing []InfoCategory
	// Consents that cover part of the request, for display.
	By []string
}

// Active reports whether the consent is in force on day: given on or
// before it, not yet expired, not revoked by then.
func (k Consent) Active(day Date) bool {
	if !k.GivenOn.Valid() || k.GivenOn.After(day) {
		return false
	}
	if k.ValidUntil.Valid() && k.ValidUntil.Before(day) {
		return false
	}
	return !k.RevokedOn.Valid() || k.RevokedOn.After(day)
}

// PlanWithoutHealth reports categories that allow the plan but not health
// data: the full plan holds the health section (disorder, consequences,
// ICF codes), so the recipient may only get it without that section.
func PlanWithoutHealth(cats []InfoCategory) bool {
	return slices.Contains(cats, InfoPlan) && !slices.Contains(cats, InfoHealth)
}

// CoveredByCMConsent stands in Coverage.By for the Zustimmung zum
// Fallmanagement, which covers reports to the commissioning carrier.
const CoveredByCMConsent = "cmConsent"

// CheckCoverage decides whether the case's disclosure consents cover
// passing categories to partner on day. No categories at all is never
// covered: a disclosure must say what it passes on. Neither is a disclosure
// without recipient, nor a category that is not one of InfoCategories.
func CheckCoverage(c *Case, partner string, categories []InfoCategory, day Date) Coverage {
	covered := map[InfoCategory]bool{}
	var by []string
	// The commissioning carrier receives what the Fachkonzept sends it —
	// plan, interim report, closure documentation, feedback on a case not
	// admitted — on the strength of the Zustimmung zum Fallmanagement.
	if trimmed(partner) != "" && partner == c.Commission.Partner && c.CMConsent.Active(day) {
		for _, cat := range categories {
			if slices.Contains(InfoCategories, cat) {
				covered[cat] = true
			}
		}
		by = append(by, CoveredByCMConsent)
	}
	for _, k := range c.Consents {
		// A release from confidentiality lets the partner tell the case
		// manager; it never lets the case manager tell the partner.
		if trimmed(partner) == "" || k.Partner != partner || !k.Active(day) || k.Kind == ConsentRelease {
			continue
		}
		used := false
		for _, cat := range k.Categories {
			if slices.Contains(InfoCategories, cat) && slices.Contains(categories, cat) && !covered[cat] {
				covered[cat] = true
				used = true
			}
		}
		if used {
			by = append(by, k.ID)
		}
	}
	// Missing: the known categories in their order, then unknown ones as
	// requested — every requested category not covered is named.
	var missing []InfoCategory
	for _, cat := range InfoCategories {
		if slices.Contains(categories, cat) && !covered[cat] {
			missing = append(missing, cat)
		}
	}
	for _, cat := range categories {
		if !slices.Contains(InfoCategories, cat) && !slices.Contains(missing, cat) {
			missing = append(missing, cat)
		}
	}
	return Coverage{Covered: len(categories) > 0 && len(missing) == 0, Missing: missing, By: by}
}

// RecordDisclosure adds d to c only if consent covers it; otherwise it
// returns the coverage so the UI can ask for the missing consent. This is
// the one way a disclosure enters a case.
func (c *Case) RecordDisclosure(d Disclosure) (Coverage, error) {
	if d.Date.Valid() && c.CMConsent.Withdrawn(d.Date) {
		return Coverage{}, &Problem{Path: "disclosure", Code: CodeGateWithdrawn, Value: c.CMConsent.LastWithdrawal(d.Date).ISO()}
	}
	cov := CheckCoverage(c, d.Partner, d.Categories, d.Date)
	if !cov.Covered {
		return cov, &Problem{Path: "disclosure", Code: "ErrNotCovered"}
	}
	if d.ID == "" {
		d.ID = NewID()
	}
	c.Disclosures = append(c.Disclosures, d)
	return cov, nil
}
