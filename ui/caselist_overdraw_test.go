package ui

import (
	"testing"

	"fyne.io/fyne/v2"

	"teilhabelotse/ui/internal/uitest"
)

// The list's phase and due texts never overlap, whatever tab of the open
// case is shown (the „Netzwerkpartner des Falls“ tab once squeezed the
// list below its width and the two drew over each other until another
// case was chosen).
func TestCaseListRowsDoNotOverlapUnderAnyTab(t *testing.T) {
	u, cases := curatedUI(t)
	u.onOpenCase(cases[3].ID)
	tabs := u.view.work.tabs
	for _, item := range tabs.Items {
		tabs.Select(item)
		u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
		rows := 0
		uitest.Walk(u.list.list, func(o fyne.CanvasObject) {
			line, ok := o.(*fyne.Container)
			if !ok || len(line.Objects) != 2 {
				return
			}
			if _, ok := line.Layout.(dueLine); !ok {
				return
			}
			rows++
			phase, due := line.Objects[0], line.Objects[1]
			if phase.Position().X+phase.Size().Width > due.Position().X+0.5 || due.Position().X+due.Size().Width > line.Size().Width+0.5 {
				t.Errorf("tab %q: phase %v+%v overlaps the due date %v+%v in a row %v wide", item.Text,
					phase.Position().X, phase.Size().Width, due.Position().X, due.Size().Width, line.Size().Width)
			}
		})
		if rows == 0 {
			t.Fatalf("tab %q: no list rows found", item.Text)
		}
	}
}
