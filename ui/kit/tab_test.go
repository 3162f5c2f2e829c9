package kit_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/kit"
)

// pressTab does what the desktop driver does with the Tab key (Fyne's
// glfw window.go): a focused widget that accepts tabs gets the key,
// otherwise the focus moves on.
func pressTab(c fyne.Canvas) {
	if tb, ok := c.Focused().(fyne.Tabbable); ok && tb.AcceptsTab() {
		c.Focused().TypedKey(&fyne.KeyEvent{Name: fyne.KeyTab})
		return
	}
	c.FocusNext()
}

// Tab leaves a note instead of typing a tab into it: three tab characters
// once landed in a client's notes this way.
func TestTabLeavesNotes(t *testing.T) {
	s, _ := openSession(t)
	note := s.Note(&s.Case.Intake.Referral.Notes)
	capped := kit.NewCappedNote()
	next := s.Text(&s.Case.Intake.Referral.Referrer)
	w := test.NewWindow(container.NewVBox(note, capped, next))
	defer w.Close()
	c := w.Canvas()

	c.Focus(note)
	test.Type(note, "erste Zeile")
	pressTab(c)
	if c.Focused() != capped {
		t.Fatalf("Tab in a note must move to the next field, focus is on %T", c.Focused())
	}
	pressTab(c)
	if c.Focused() != next {
		t.Fatalf("Tab in a dialog's note must move to the next field, focus is on %T", c.Focused())
	}
	if strings.Contains(note.Text, "\t") || strings.Contains(s.Case.Intake.Referral.Notes, "\t") {
		t.Errorf("a tab character went into the note: %q", note.Text)
	}
}
