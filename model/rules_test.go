package model_test

import (
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

var rulesNow = time.Date(2026, time.December, 3, 10, 0, 0, 0, time.UTC)

// The demo's cases are what the window produces: the whole-case check has
// nothing to say about any of them, curated or generated.
func TestDemoCasesPassTheWholeCaseCheck(t *testing.T) {
	cases, _ := demo.Cases(300, 7, rulesNow)
	for i, c := range cases {
		f := model.CheckCase(c)
		if !f.OK() {
			t.Errorf("demo case %d (%s, %s): hard findings %v", i+1, c.Client.FullName(), c.Phase, f.Hard)
		}
		if i < demo.Curated && len(f.Warnings) > 0 {
			t.Errorf("curated case %d (%s): warnings %v", i+1, c.Client.FullName(), f.Warnings)
		}
	}
}

// Each way around the rules that issue #13 found is a hard finding.
func TestEveryBypassIsAHardFinding(t *testing.T) {
	for _, b := range demo.Bypasses(rulesNow) {
		t.Run(b.Name, func(t *testing.T) {
			if ps := b.Case.Validate(nil); len(ps) > 0 {
				t.Fatalf("the bypass is not even well-formed, so it tests Validate instead: %v", ps)
			}
			f := model.CheckCase(b.Case)
			if !f.Hard.Has(b.Code, b.Path) {
				t.Errorf("want hard %s at %s…, got hard %v, warnings %v", b.Code, b.Path, f.Hard, f.Warnings)
			}
		})
	}
}

func curatedCase(t *testing.T, first string) *model.Case {
	t.Helper()
	cases, _ := demo.Cases(0, 1, rulesNow)
	for _, c := range cases {
		if c.Client.FirstName == first {
			return c
		}
	}
	t.Fatalf("no curated case for %s", first)
	return nil
}

func TestRVNRAgainstBirthDateIsAWarning(t *testing.T) {
	c := curatedCase(t, "Erika")
	c.Client.RVNR = "10010490A443" // born 01.04.1990 by its digits
	c.Client.BirthDate = model.NewDate(1991, time.April, 1)
	f := model.CheckCase(c)
	if !f.OK() || !f.Warnings.Has(model.CodeRVNRBirthDate, "client.rvnr") {
		t.Errorf("want only the warning %s, got hard %v, warnings %v", model.CodeRVNRBirthDate, f.Hard, f.Warnings)
	}
	c.Client.BirthDate = model.NewDate(1990, time.April, 1)
	if f := model.CheckCase(c); len(f.Warnings) > 0 {
		t.Errorf("matching birth date: warnings %v", f.Warnings)
	}
}

// Out of the loop's usual order, but possible (an assessment entered with
// an earlier date than the first meeting): a warning, not a refusal.
func TestOddDateOrderIsAWarning(t *testing.T) {
	c := curatedCase(t, "Erika")
	c.Assessments[0].Date = c.Intake.FirstMeeting.Date.AddDays(-1)
	f := model.CheckCase(c)
	if !f.OK() || !f.Warnings.Has(model.CodeRuleDateOdd, "assessments[0].date") {
		t.Errorf("want the warning %s, got hard %v, warnings %v", model.CodeRuleDateOdd, f.Hard, f.Warnings)
	}
}

// A disclosure after the client withdrew from case management is refused
// even when a disclosure consent covers it.
func TestDisclosureWhileWithdrawn(t *testing.T) {
	c := curatedCase(t, "Erika")
	last := c.Disclosures[len(c.Disclosures)-1]
	c.CMConsent.WithdrawnOn = last.Date
	f := model.CheckCase(c)
	if !f.Hard.Has(model.CodeRuleWithdrawnDisclosure, "disclosures[") {
		t.Errorf("want %s, got %v", model.CodeRuleWithdrawnDisclosure, f.Hard)
	}
}

func TestTimelineSteps(t *testing.T) {
	c := curatedCase(t, "Erika")
	c.Events[2].Kind = model.KindFinish // planning reached by "finish"
	if f := model.CheckCase(c); !f.Hard.Has(model.CodeRuleEventMove, "events[2]") {
		t.Errorf("want %s at events[2], got %v", model.CodeRuleEventMove, f.Hard)
	}
	c = curatedCase(t, "Erika")
	c.Events = nil
	if f := model.CheckCase(c); !f.Hard.Has(model.CodeRuleNoEvents, "events") {
		t.Errorf("want %s, got %v", model.CodeRuleNoEvents, f.Hard)
	}
}

func TestNotAdmittedNeedsItsReason(t *testing.T) {
	c := curatedCase(t, "Andreas")
	c.NotAdmitted = ""
	if f := model.CheckCase(c); !f.Hard.Has(model.CodeRuleNotAdmittedReason, "notAdmitted") {
		t.Errorf("want %s, got %v", model.CodeRuleNotAdmittedReason, f.Hard)
	}
}
