package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/ui/internal/uitest"
)

// The repair window's buttons form one row at the bottom right, Beenden
// left of the action, as in every dialog — not stacked; Enter presses
// the action, Escape quits.
func TestStartProblemButtonsInOneRow(t *testing.T) {
	a := test.NewTempApp(t)
	loc := locales.New("de")
	repaired := 0
	w := NewStartProblem(a, loc, "Verzeichnisse beschädigt", "Die Daten sind unversehrt.", "",
		StartAction{Text: loc.T("Repair.Button"), Do: func() { repaired++ }})
	w.Resize(fyne.NewSize(600, 320))
	w.Show()
	quit := uitest.Button(t, w.Content(), loc.T("StartProblem.Quit"))
	repair := uitest.Button(t, w.Content(), loc.T("Repair.Button"))
	pq, pr := fyne.CurrentApp().Driver().AbsolutePositionForObject(quit), fyne.CurrentApp().Driver().AbsolutePositionForObject(repair)
	if pq.Y != pr.Y || pq.X >= pr.X {
		t.Errorf("Beenden at %v, %q at %v: want one row, Beenden on the left", pq, repair.Text, pr)
	}
	if right := pr.X + repair.Size().Width; right < w.Canvas().Size().Width-40 {
		t.Errorf("the action ends at x=%v of %v: want the row at the right", right, w.Canvas().Size().Width)
	}
	w.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if repaired != 1 {
		t.Errorf("Enter pressed the action %d times, want 1", repaired)
	}
}
