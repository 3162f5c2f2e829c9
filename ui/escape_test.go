package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"

	"teilhabelotse/ui/internal/uitest"
)

// Escape closes every dialog and the windows beside the main one: a
// confirmation of Fyne's own in the main window, the partner directory,
// the Auswertung.
func TestEscapeClosesDialogsAndSideWindows(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	c := u.win.Canvas()
	escape := func(c fyne.Canvas) { c.OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) }

	dialog.NewConfirm("Wirklich?", "Text", func(bool) {}, u.win).Show()
	escape(c)
	if c.Overlays().Top() != nil {
		t.Error("Escape left the confirmation open")
	}

	u.onPartners()
	escape(u.partnerWin.Canvas())
	if u.partnerWin != nil {
		t.Error("Escape left the partner directory open")
	}
	u.onEvaluation()
	escape(u.evalWin.Canvas())
	if u.evalWin != nil {
		t.Error("Escape left the Auswertung open")
	}
}
