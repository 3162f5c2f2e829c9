package model_test

import (
	"errors"
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

func TestConsentActive(t *testing.T) {
	on := day(2026, time.March, 10)
	before, after := on.AddDays(-1), on.AddDays(1)
	tests := []struct {
		name string
		k    model.Consent
		want bool
	}{
		{"given before", model.Consent{GivenOn: before}, true},
		{"given on the day", model.Consent{GivenOn: on}, true},
		{"given after the day", model.Consent{GivenOn: after}, false},
		{"never given", model.Consent{}, false},
		{"given-on not a date", model.Consent{GivenOn: model.Date{Raw: "x"}}, false},
		{"valid until the day", model.Consent{GivenOn: before, ValidUntil: on}, true},
		{"valid until later", model.Consent{GivenOn: before, ValidUntil: after}, true},
		{"expired the day before", model.Consent{GivenOn: before.AddDays(-5), ValidUntil: before}, false},
		{"revoked before", model.Consent{GivenOn: before.AddDays(-5), RevokedOn: before}, false},
		{"revoked on the day", model.Consent{GivenOn: before, RevokedOn: on}, false},
		{"revoked later", model.Consent{GivenOn: before, RevokedOn: after}, true},
	}
	for _, tt := range tests {
		if got := tt.k.Active(on); got != tt.want {
			t.Errorf("%s: Active = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestCaseManagementConsentActive(t *testing.T) {
	on := day(2026, time.March, 10)
	tests := []struct {
		name string
		k    model.CaseManagementConsent
		want bool
	}{
		{"given before", model.CaseManagementConsent{GivenOn: on.AddDays(-1)}, true},
		{"given on the day", model.CaseManagementConsent{GivenOn: on}, true},
		{"given later", model.CaseManagementConsent{GivenOn: on.AddDays(1)}, false},
		{"none", model.CaseManagementConsent{}, false},
		{"withdrawn before", model.CaseManagementConsent{GivenOn: on.AddDays(-9), WithdrawnOn: on.AddDays(-1)}, false},
		{"withdrawn on the day", model.CaseManagementConsent{GivenOn: on.AddDays(-9), WithdrawnOn: on}, false},
		{"withdrawn later", model.CaseManagementConsent{GivenOn: on.AddDays(-9), WithdrawnOn: on.AddDays(1)}, true},
	}
	for _, tt := range tests {
		if got := tt.k.Active(on); got != tt.want {
			t.Errorf("%s: Active = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func consentCase() *model.Case {
	return &model.Case{Consents: []model.Consent{
		{ID: "k1", Partner: "employer", Categories: []model.InfoCategory{model.InfoWork, model.InfoCapability},
			GivenOn: day(2026, time.February, 1), ValidUntil: day(2026, time.December, 31)},
		{ID: "k2", Partner: "employer", Categories: []model.InfoCategory{model.InfoContact},
			GivenOn: day(2026, time.March, 5)},
		{ID: "k3", Partner: "clinic", Categories: []model.InfoCategory{model.InfoHealth, model.InfoWork},
			GivenOn: day(2026, time.February, 1), ValidUntil: day(2026, time.February, 28)},
		{ID: "k4", Partner: "agency", Categories: []model.InfoCategory{model.InfoFinances, model.InfoSocial},
			GivenOn: day(2026, time.February, 1), RevokedOn: day(2026, time.March, 3)},
		{ID: "k5", Partner: "empty", Categories: nil, GivenOn: day(2026, time.February, 1)},
		{ID: "k6", Partner: "", Categories: model.InfoCategories, GivenOn: day(2026, time.February, 1)},
		{ID: "k7", Partner: "odd", Categories: []model.InfoCategory{"diagnosis"}, GivenOn: day(2026, time.February, 1)},
	}}
}

func TestCheckCoverage(t *testing.T) {
	cats := func(cs ...model.InfoCategory) []model.InfoCategory { return cs }
	tests := []struct {
		name    string
		partner string
		cats    []model.InfoCategory
		on      model.Date
		covered bool
		missing []model.InfoCategory
		by      []string
	}{
		{"right recipient, all categories", "employer", cats(model.InfoWork), day(2026, time.March, 10), true, nil, []string{"k1"}},
		{"both categories of one consent", "employer", cats(model.InfoCapability, model.InfoWork), day(2026, time.March, 10), true, nil, []string{"k1"}},
		{"another recipient's consent does not count", "clinic", cats(model.InfoCapability), day(2026, time.February, 10),
			false, cats(model.InfoCapability), nil},
		{"unknown recipient", "nobody", cats(model.InfoWork), day(2026, time.March, 10), false, cats(model.InfoWork), nil},
		{"a category not consented to", "employer", cats(model.InfoWork, model.InfoHealth), day(2026, time.March, 10),
			false, cats(model.InfoHealth), []string{"k1"}},
		{"all categories needed, missing named in order", "employer", cats(model.InfoPlan, model.InfoHealth, model.InfoWork), day(2026, time.March, 10),
			false, cats(model.InfoHealth, model.InfoPlan), []string{"k1"}},
		{"given after the day", "employer", cats(model.InfoContact), day(2026, time.March, 4), false, cats(model.InfoContact), nil},
		{"given on the day", "employer", cats(model.InfoContact), day(2026, time.March, 5), true, nil, []string{"k2"}},
		{"before any consent", "employer", cats(model.InfoWork), day(2026, time.January, 31), false, cats(model.InfoWork), nil},
		{"valid until the day", "clinic", cats(model.InfoHealth), day(2026, time.February, 28), true, nil, []string{"k3"}},
		{"expired", "clinic", cats(model.InfoHealth), day(2026, time.March, 1), false, cats(model.InfoHealth), nil},
		{"before revocation", "agency", cats(model.InfoFinances), day(2026, time.March, 2), true, nil, []string{"k4"}},
		{"revoked on the day", "agency", cats(model.InfoFinances), day(2026, time.March, 3), false, cats(model.InfoFinances), nil},
		{"revoked before the day", "agency", cats(model.InfoSocial), day(2026, time.March, 10), false, cats(model.InfoSocial), nil},
		{"two consents together", "employer", cats(model.InfoContact, model.InfoWork), day(2026, time.March, 10), true, nil, []string{"k1", "k2"}},
		{"two consents, one not yet given", "employer", cats(model.InfoContact, model.InfoWork), day(2026, time.March, 1),
			false, cats(model.InfoContact), []string{"k1"}},
		{"same category twice", "employer", cats(model.InfoWork, model.InfoWork), day(2026, time.March, 10), true, nil, []string{"k1"}},
		{"no categories: never covered", "employer", nil, day(2026, time.March, 10), false, nil, nil},
		{"no categories, empty consent", "empty", cats(), day(2026, time.March, 10), false, nil, nil},
		{"consent without categories covers nothing", "empty", cats(model.InfoContact), day(2026, time.March, 10), false, cats(model.InfoContact), nil},
		{"no recipient: never covered", "", cats(model.InfoContact), day(2026, time.March, 10), false, cats(model.InfoContact), nil},
		{"unknown category: never covered", "odd", cats("diagnosis"), day(2026, time.March, 10), false, cats("diagnosis"), nil},
		{"unknown category beside a known one", "employer", cats(model.InfoWork, "diagnosis"), day(2026, time.March, 10),
			false, cats("diagnosis"), []string{"k1"}},
		{"no date", "employer", cats(model.InfoWork), model.Date{}, false, cats(model.InfoWork), nil},
		{"bad date", "employer", cats(model.InfoWork), model.Date{Raw: "morgen"}, false, cats(model.InfoWork), nil},
	}
	for _, tt := range tests {
		c := consentCase()
		got := model.CheckCoverage(c, tt.partner, tt.cats, tt.on)
		if got.Covered != tt.covered {
			t.Errorf("%s: Covered = %v, want %v", tt.name, got.Covered, tt.covered)
		}
		if !reflect.DeepEqual(got.Missing, tt.missing) {
			t.Errorf("%s: Missing = %v, want %v", tt.name, got.Missing, tt.missing)
		}
		if !reflect.DeepEqual(got.By, tt.by) {
			t.Errorf("%s: By = %v, want %v", tt.name, got.By, tt.by)
		}
	}
}

func TestRecordDisclosure(t *testing.T) {
	refused := []model.Disclosure{
		{Date: day(2026, time.March, 10), Partner: "employer", Categories: []model.InfoCategory{model.InfoHealth}, Channel: "E-Mail"},
		{Date: day(2026, time.March, 10), Partner: "clinic", Categories: []model.InfoCategory{model.InfoHealth}},
		{Date: day(2026, time.March, 10), Partner: "employer"},
		{Date: day(2026, time.March, 10), Partner: "", Categories: []model.InfoCategory{model.InfoWork}},
		{Partner: "employer", Categories: []model.InfoCategory{model.InfoWork}},
	}
	for _, d := range refused {
		c := consentCase()
		cov, err := c.RecordDisclosure(d)
		if err == nil {
			t.Errorf("RecordDisclosure(%+v) recorded an uncovered disclosure", d)
			continue
		}
		var p *model.Problem
		if !errors.As(err, &p) || p.Code != "ErrNotCovered" {
			t.Errorf("RecordDisclosure(%+v): %v, want ErrNotCovered", d, err)
		}
		if cov.Covered {
			t.Errorf("RecordDisclosure(%+v): coverage says covered", d)
		}
		if len(c.Disclosures) != 0 {
			t.Errorf("RecordDisclosure(%+v) added %v", d, c.Disclosures)
		}
	}

	c := consentCase()
	d := model.Disclosure{Date: day(2026, time.March, 10), Partner: "employer",
		Categories: []model.InfoCategory{model.InfoWork, model.InfoContact}, Channel: "Telefon", Note: "Rückkehrgespräch"}
	cov, err := c.RecordDisclosure(d)
	if err != nil || !cov.Covered {
		t.Fatalf("covered disclosure refused: %v, %+v", err, cov)
	}
	if len(c.Disclosures) != 1 {
		t.Fatalf("%d disclosures recorded, want 1", len(c.Disclosures))
	}
	got := c.Disclosures[0]
	if got.ID == "" {
		t.Errorf("recorded disclosure has no ID")
	}
	got.ID = ""
	if !reflect.DeepEqual(got, d) {
		t.Errorf("recorded %+v, want %+v", got, d)
	}
	d.ID = "given"
	if _, err := c.RecordDisclosure(d); err != nil || c.Disclosures[1].ID != "given" {
		t.Errorf("a disclosure's own ID is kept: %v, %+v", err, c.Disclosures)
	}
}
