package assessment

import (
	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// checklistView shows what the Fachkonzept asks to document at least in
// the Bedarfsermittlung, each item done or still open, and a count.
type checklistView struct {
	s    *kit.Session
	list *kit.Checklist
}

func newChecklistView(s *kit.Session) *checklistView {
	return &checklistView{s: s, list: s.Checklist(model.PhaseAssessment, 2)}
}

// update draws the checklist of the assessment at index i: the one shown,
// so an earlier assessment shows what it documented.
func (v *checklistView) update(i int) {
	c := *v.s.Case
	if i >= 0 && i < len(c.Assessments) {
		c.Assessments = c.Assessments[:i+1]
	}
	v.list.Set(model.ChecklistFor(&c, model.PhaseAssessment))
}

func (v *checklistView) object() fyne.CanvasObject {
	return v.s.Section("Assessment.ChecklistTitle", "Assessment.ChecklistSubtitle", v.list.Object())
}
