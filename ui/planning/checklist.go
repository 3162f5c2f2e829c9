package planning

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// checklistCard shows what the Fachkonzept asks to document in the
// planning phase, done or still open, and returns the function that
// recomputes it after a save.
func checklistCard(s *kit.Session) (fyne.CanvasObject, func()) {
	rows := container.NewGridWithColumns(2)
	summary := kit.Wrapped("")
	card := widget.NewCard(s.T("Planning.ChecklistTitle"), "", container.NewVBox(summary, rows))
	refresh := func() {
		cl := model.ChecklistFor(s.Case, model.PhasePlanning)
		missing := len(cl.Missing())
		if missing == 0 {
			summary.SetText(s.T("Planning.ChecklistComplete"))
		} else {
			summary.SetText(s.T("Planning.ChecklistCount", "Done", len(cl)-missing, "All", len(cl)))
		}
		rows.Objects = rows.Objects[:0]
		for _, it := range cl {
			rows.Add(checkRow(s.T(it.Key), it.Done))
		}
		rows.Refresh()
	}
	refresh()
	return card, refresh
}

// checkRow is one documentation item: a tick when it is documented, an
// open circle when not — a reminder, never a block.
func checkRow(text string, done bool) fyne.CanvasObject {
	icon := theme.NewWarningThemedResource(theme.RadioButtonIcon())
	if done {
		icon = theme.NewSuccessThemedResource(theme.ConfirmIcon())
	}
	l := kit.Wrapped(text)
	return container.NewBorder(nil, nil, widget.NewIcon(icon), nil, l)
}
