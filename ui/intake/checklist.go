package intake

import (
	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// checklistView is the intake checklist on top of the workspace: what is
// documented and what is still missing, refreshed after every save.
type checklistView struct {
	s    *kit.Session
	list *kit.Checklist
	root fyne.CanvasObject
}

func newChecklistView(s *kit.Session) *checklistView {
	v := &checklistView{s: s, list: s.Checklist(model.PhaseIntake, 1)}
	v.root = s.Section("Intake.Checklist", "", v.list.Object())
	return v
}

func (v *checklistView) refresh() {
	v.list.Set(model.ChecklistFor(v.s.Case, model.PhaseIntake))
}
