package model_test

import (
	"errors"
	"testing"

	"teilhabelotse/model"
)

// After the client withdrew the consent to case management, the case goes
// on neither forward nor in the loop and passes nothing on; what remains is
// the premature end. A renewed consent opens the way again and keeps the
// withdrawn one in the history.
func TestWithdrawnConsentStopsTheCase(t *testing.T) {
	c := curatedCase(t, "Erika") // in monitoring
	today := model.DateOf(rulesNow)
	c.CMConsent.WithdrawnOn = today.AddDays(-2)

	for _, k := range []model.TransitionKind{model.KindReassess, model.KindReplan} {
		g := model.CheckTransition(c, k, "Grund", today)
		if !g.Blocking.Has(model.CodeGateWithdrawn, "cmConsent.withdrawnOn") {
			t.Errorf("%s while withdrawn: blocking %v, want %s", k, g.Blocking, model.CodeGateWithdrawn)
		}
	}
	d := model.Disclosure{Date: today, Partner: c.Consents[0].Partner, Categories: []model.InfoCategory{model.InfoContact}, Channel: "Telefon"}
	before := len(c.Disclosures)
	_, err := c.RecordDisclosure(d)
	var p *model.Problem
	if !errors.As(err, &p) || p.Code != model.CodeGateWithdrawn || len(c.Disclosures) != before {
		t.Errorf("disclosure while withdrawn: %v, %d disclosures (was %d)", err, len(c.Disclosures), before)
	}
	// The way out stays open.
	if g := model.CheckTransition(c, model.KindClosePremature, "Zustimmung widerrufen", today); len(g.Blocking) > 0 {
		t.Errorf("premature end while withdrawn: %v", g.Blocking)
	}

	old := c.CMConsent
	c.CMConsent = c.CMConsent.Renewed(model.CaseManagementConsent{GivenOn: today, Form: model.FormWritten})
	if g := model.CheckTransition(c, model.KindReassess, "", today); len(g.Blocking) > 0 {
		t.Errorf("after the renewed consent: %v", g.Blocking)
	}
	if _, err := c.RecordDisclosure(d); err != nil {
		t.Errorf("disclosure after the renewed consent: %v", err)
	}
	h := c.CMConsent.History()
	if len(h) != 2 || h[0].GivenOn != old.GivenOn || h[0].WithdrawnOn != old.WithdrawnOn || h[1].GivenOn != today || h[1].WithdrawnOn.Valid() {
		t.Errorf("history %+v, want the withdrawn consent and the renewed one", h)
	}
	// Days of the history: active before the withdrawal, not between, again after.
	for _, tt := range []struct {
		day               model.Date
		active, withdrawn bool
	}{{old.GivenOn, true, false}, {today.AddDays(-1), false, true}, {today, true, false}} {
		if a, w := c.CMConsent.Active(tt.day), c.CMConsent.Withdrawn(tt.day); a != tt.active || w != tt.withdrawn {
			t.Errorf("%s: active %v withdrawn %v, want %v %v", tt.day, a, w, tt.active, tt.withdrawn)
		}
	}
	if ps := c.Validate(nil); len(ps) > 0 {
		t.Errorf("a case with a consent history: %v", ps)
	}
	if f := model.CheckCase(c); !f.OK() {
		t.Errorf("whole-case check: %v", f.Hard)
	}
}

// A history out of order is malformed: a consent given again before the
// earlier one was withdrawn.
func TestConsentHistoryOrder(t *testing.T) {
	c := curatedCase(t, "Erika")
	day := c.CMConsent.GivenOn
	c.CMConsent.Earlier = []model.ConsentPeriod{{GivenOn: day.AddDays(-30), WithdrawnOn: day.AddDays(3)}}
	if ps := c.Validate(nil); !ps.Has(model.CodeDateOrder, "cmConsent.givenOn") {
		t.Errorf("given again before the withdrawal: %v", ps)
	}
	c.CMConsent.Earlier = []model.ConsentPeriod{{GivenOn: day.AddDays(-30)}}
	if ps := c.Validate(nil); !ps.Has(model.CodeRequired, "cmConsent.earlier[0].withdrawnOn") {
		t.Errorf("an earlier consent never withdrawn: %v", ps)
	}
}

// The commissioning carrier's office receives the reports on the strength
// of the Zustimmung zum Fallmanagement; every other DRV office needs a
// disclosure consent like any partner.
func TestCommissioningCarrierIsCoveredByTheConsentToCaseManagement(t *testing.T) {
	c := curatedCase(t, "Erika")
	office := c.Commission.Partner
	day := model.DateOf(rulesNow)
	report := []model.InfoCategory{model.InfoPlan, model.InfoHealth, model.InfoCapability}
	if office == "" {
		t.Fatal("the demo case names no office of its carrier")
	}
	if cov := model.CheckCoverage(c, office, report, day); !cov.Covered || cov.By[0] != model.CoveredByCMConsent {
		t.Errorf("report to the commissioning carrier: %+v", cov)
	}
	smd := "de" + "00000000000003" // the demo's Sozialmedizinischer Dienst
	if cov := model.CheckCoverage(c, smd, report, day); cov.Covered {
		t.Error("the SMD is covered without a disclosure consent")
	}
	c.CMConsent.WithdrawnOn = day.AddDays(-1)
	if cov := model.CheckCoverage(c, office, report, day); cov.Covered {
		t.Error("the carrier is covered after the withdrawal")
	}
	if cov := model.CheckCoverage(c, office, report, day.AddDays(-2)); !cov.Covered {
		t.Error("the carrier is not covered before the withdrawal")
	}
}
