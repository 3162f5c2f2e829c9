package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/test"

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

// Escape closes the partner directory and the Auswertung also from every
// part Tab reaches in them — a field, a drop-down, a list, a button — not
// only where nothing has the focus.
func TestEscapeClosesSideWindowsFromEveryPart(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	for _, w := range []struct {
		name string
		open func() fyne.Window
	}{
		{"the partner directory", func() fyne.Window { u.onPartners(); return u.partnerWin }},
		{"the Auswertung", func() fyne.Window { u.onEvaluation(); return u.evalWin }},
	} {
		win := w.open()
		c := win.Canvas()
		var parts []fyne.Focusable
		for range 100 {
			test.FocusNext(c)
			f := c.Focused()
			if f == nil || slices.Contains(parts, f) {
				break
			}
			parts = append(parts, f)
		}
		if len(parts) < 3 {
			t.Fatalf("%s: Tab reached only %d parts", w.name, len(parts))
		}
		win.Close()
		t.Logf("%s: Escape pressed on %d parts", w.name, len(parts))
		for i := range parts {
			win = w.open()
			c = win.Canvas()
			for range i + 1 {
				test.FocusNext(c)
			}
			f := c.Focused()
			f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
			if open := w.open(); open == win {
				t.Errorf("%s: Escape on %s left it open", w.name, describe(f.(fyne.CanvasObject)))
				win.Close()
			} else {
				open.Close()
			}
		}
	}
}
