package model_test

import (
	"testing"

	"teilhabelotse/model"
)

func TestAssessmentEditable(t *testing.T) {
	c := &model.Case{Phase: model.PhaseAssessment}
	if c.AssessmentEditable(0) || c.AssessmentEditable(-1) {
		t.Error("a case without assessments has nothing to edit")
	}
	c.StartAssessment(model.NewDate(2026, 1, 5), "")
	c.StartAssessment(model.NewDate(2026, 3, 2), "neue Befunde")
	for _, p := range []model.Phase{model.PhaseIntake, model.PhaseAssessment, model.PhasePlanning, model.PhaseMonitoring, model.PhaseClosure} {
		c.Phase = p
		if !c.AssessmentEditable(1) {
			t.Errorf("%s: the newest assessment must stay editable while the case is open", p)
		}
		if c.AssessmentEditable(0) {
			t.Errorf("%s: an earlier assessment must be read-only", p)
		}
		if c.AssessmentEditable(2) {
			t.Errorf("%s: index beyond the list must not be editable", p)
		}
	}
	c.Phase = model.PhaseClosed
	if c.AssessmentEditable(1) {
		t.Error("a closed case is read-only")
	}
}
