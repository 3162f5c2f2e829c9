package model

import (
	"slices"
	"testing"
)

// Handing the plan over: plan and health covered → the whole plan, both
// categories disclosed; plan only → the extract, only the plan disclosed;
// nothing → not covered (the dialog asks first).
func TestPlanHandover(t *testing.T) {
	day := NewDate(2026, 5, 4)
	c := &Case{}
	consent := func(cats ...InfoCategory) {
		c.Consents = []Consent{{ID: "k", Partner: "p", Categories: cats, GivenOn: day.AddDays(-3), Form: FormWritten}}
	}
	if _, _, ok := PlanHandover(c, "p", day); ok {
		t.Error("no consent: handing over is not covered")
	}
	consent(InfoPlan, InfoWork)
	cats, extract, ok := PlanHandover(c, "p", day)
	if !ok || !extract || !slices.Equal(cats, []InfoCategory{InfoPlan}) {
		t.Errorf("plan without health: got %v extract=%v ok=%v, want the extract disclosing the plan only", cats, extract, ok)
	}
	consent(InfoPlan, InfoHealth)
	cats, extract, ok = PlanHandover(c, "p", day)
	if !ok || extract || !slices.Equal(cats, []InfoCategory{InfoPlan, InfoHealth}) {
		t.Errorf("plan with health: got %v extract=%v ok=%v, want the whole plan disclosing plan and health", cats, extract, ok)
	}
	if _, _, ok := PlanHandover(c, "other", day); ok {
		t.Error("a consent to another recipient covers nothing")
	}
}
