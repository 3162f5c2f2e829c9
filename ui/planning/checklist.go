package planning

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// checklistCard shows what the Fachkonzept asks to document in the
// planning phase, done or still open, and returns the function that
// recomputes it after a save.
func checklistCard(s *kit.Session) (fyne.CanvasObject, func()) {
	cl := s.Checklist(model.PhasePlanning, 2)
	refresh := func() { cl.Set(model.ChecklistFor(s.Case, model.PhasePlanning)) }
	refresh()
	return widget.NewCard(s.T("Planning.ChecklistTitle"), "", cl.Object()), refresh
}
