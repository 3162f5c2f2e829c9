package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// checklistView is the intake checklist on top of the workspace: what is
// documented and what is still missing, refreshed after every save.
type checklistView struct {
	s       *kit.Session
	summary *widget.Label
	rows    []*statusLine
	root    fyne.CanvasObject
}

func newChecklistView(s *kit.Session) *checklistView {
	v := &checklistView{s: s, summary: kit.Wrapped("")}
	// Tighter than a VBox: seven short lines should not fill the screen.
	box := container.New(layout.NewCustomPaddedVBoxLayout(0))
	for range model.ChecklistFor(s.Case, model.PhaseIntake) {
		r := newStatusLine()
		v.rows = append(v.rows, r)
		box.Add(r.root)
	}
	v.root = s.Section("Intake.Checklist", "", v.summary, box)
	return v
}

func (v *checklistView) refresh() {
	cl := model.ChecklistFor(v.s.Case, model.PhaseIntake)
	done := 0
	for i, it := range cl {
		if i >= len(v.rows) {
			break
		}
		text := v.s.T(it.Key)
		if it.Done {
			done++
			v.rows[i].set(theme.ConfirmIcon(), text, widget.SuccessImportance)
		} else {
			v.rows[i].set(theme.WarningIcon(), v.s.T("Intake.CheckMissing", "Item", text), widget.WarningImportance)
		}
	}
	v.summary.SetText(v.s.T("Intake.ChecklistCount", "Done", done, "Total", len(cl)))
}
