package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// "Neuer Fall" by keyboard alone: Enter on the Zugangsweg creates the case,
// and the keyboard goes on in the new case's workspace.
func TestNewCaseByKeyboard(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)
	c := u.win.Canvas()
	test.Type(c.Focused(), "Erika")
	test.FocusNext(c)
	test.Type(c.Focused(), "Mustermann")
	for c.Focused() != fyne.Focusable(f.route) {
		test.FocusNext(c)
	}
	f.route.SetSelectedIndex(1)
	c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.newCase != nil || c.Overlays().Top() != nil || u.view.c == nil {
		t.Fatal("Enter on the Zugangsweg did not create the case")
	}
	u.focus.Check()
	in := map[fyne.CanvasObject]bool{}
	uitest.Walk(u.view.pages()[0], func(o fyne.CanvasObject) { in[o] = true })
	if o, _ := c.Focused().(fyne.CanvasObject); !in[o] {
		t.Errorf("after creating, the focus is on %T, not in the workspace", c.Focused())
	}
}
