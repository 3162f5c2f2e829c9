package model

import (
	"slices"
	"testing"
)

// A release from confidentiality lets the doctor report to the case
// manager; it never covers passing information to the doctor, and a
// disclosure consent never covers obtaining reports.
func TestReleaseAndDisclosureAreTwoDirections(t *testing.T) {
	day := NewDate(2026, 3, 10)
	c := &Case{Consents: []Consent{{ID: "r", Kind: ConsentRelease, Partner: "doc", Categories: []InfoCategory{InfoHealth, InfoCapability},
		GivenOn: day.AddDays(-5), Form: FormWritten}}}
	if cov := CheckCoverage(c, "doc", []InfoCategory{InfoHealth}, day); cov.Covered {
		t.Error("a release covers a disclosure to the doctor")
	}
	if cov := CheckRelease(c, "doc", []InfoCategory{InfoHealth}, day); !cov.Covered {
		t.Errorf("the release does not cover obtaining health reports: %+v", cov)
	}
	if cov := CheckRelease(c, "doc", []InfoCategory{InfoHealth, InfoWork}, day); cov.Covered || !slices.Equal(cov.Missing, []InfoCategory{InfoWork}) {
		t.Errorf("missing work: %+v", cov)
	}
	if cov := CheckRelease(c, "doc", []InfoCategory{InfoHealth}, day.AddDays(-6)); cov.Covered {
		t.Error("a release before it was given covers")
	}
	c.Consents[0].Kind = ConsentDisclosure
	if cov := CheckRelease(c, "doc", []InfoCategory{InfoHealth}, day); cov.Covered {
		t.Error("a disclosure consent releases from confidentiality")
	}
	c.Consents[0].Kind = "both"
	if ps := c.Validate(nil); !slices.ContainsFunc(ps, func(p *Problem) bool { return p.Path == "consents[0].kind" && p.Code == CodeUnknownValue }) {
		t.Errorf("an unknown kind is not refused: %v", ps)
	}
}
