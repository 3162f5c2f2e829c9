package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// Text that cannot be saved (here not a date) lives only in its field: the
// status line says so, and quitting asks before it is lost.
func TestQuitAsksBeforeLosingAnUnsavedInput(t *testing.T) {
	u := openCase(t)
	received := uitest.EntryWith(t, u.win.Content(), "03.02.2025")
	received.SetText("")
	test.Type(received, "31.02.2025")
	if err := u.view.sess.Flush(); err != nil { // the typing pause
		t.Fatal(err)
	}
	if got := u.view.status.Text; got != "Eine rot markierte Eingabe ist nicht gespeichert" {
		t.Errorf("status line %q", got)
	}

	u.onQuit()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("quitting with an unsaved input asked nothing")
	}
	if got := strings.Join(uitest.Strings(top), " "); !strings.Contains(got, "Eingabe nicht gespeichert") || !strings.Contains(got, "Zurück zum Feld") {
		t.Errorf("the question: %s", got)
	}
	tapText(t, u, "Zurück zum Feld")
	if received.Text != "31.02.2025" {
		t.Errorf("the field lost its text: %q", received.Text)
	}

	received.SetText("")
	test.Type(received, "28.02.2025")
	if err := u.view.sess.Flush(); err != nil {
		t.Fatal(err)
	}
	if u.view.sess.Unsaved() || u.view.status.Text != "Alle Eingaben gespeichert" {
		t.Errorf("after the correction: unsaved %v, status %q", u.view.sess.Unsaved(), u.view.status.Text)
	}
}
