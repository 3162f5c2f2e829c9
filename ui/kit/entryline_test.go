package kit_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// While the user types a date, half of it is no date: said at once under
// the field, the message pushed every field below down and the next click
// landed in another one. It is said when she leaves the field, in the
// entry's own line (which wraps), never in the form's one-line helper.
func TestADateIsJudgedWhenTheFieldIsLeft(t *testing.T) {
	s, _ := openSession(t)
	e := s.Date(&s.Case.Intake.Referral.ReceivedOn)
	below := widget.NewLabel("Nächstes Feld")
	form := s.Form(kit.Row{LabelID: "Intake.ReceivedOn", Field: e})
	win := test.NewTempWindow(t, container.NewVBox(form, below))
	win.Resize(fyne.NewSize(500, 300))
	s.Env.Win = win
	at := below.Position().Y

	win.Canvas().Focus(e)
	for _, r := range "31.02." {
		e.TypedRune(r)
	}
	if e.Line() != "" {
		t.Errorf("while typing the entry says %q under itself", e.Line())
	}
	win.Content().Refresh()
	if y := below.Position().Y; y != at {
		t.Errorf("the next field moved from %v to %v while the date was typed", at, y)
	}
	win.Canvas().Unfocus()
	if !strings.Contains(e.Line(), "kein gültiges Datum") {
		t.Errorf("after leaving the field its line says %q, want the date's problem", e.Line())
	}

	// Corrected, the line goes.
	win.Canvas().Focus(e)
	e.SetText("")
	for _, r := range "03.02.2026" {
		e.TypedRune(r)
	}
	win.Canvas().Unfocus()
	if e.Line() != "" {
		t.Errorf("a valid date left with the line %q", e.Line())
	}
	if got := s.Case.Intake.Referral.ReceivedOn.German(); got != "03.02.2026" {
		t.Errorf("the date is %q", got)
	}
}

// A save during a typing pause redraws what depends on the case only once
// the user leaves the field: a checklist or a warning above it would move
// it.
func TestRefreshWaitsUntilTheFieldIsLeft(t *testing.T) {
	s, _ := openSession(t)
	e := s.Text(&s.Case.Client.FirstName)
	win := test.NewTempWindow(t, e)
	s.Env.Win = win
	refreshed := 0
	s.OnRefresh(func() { refreshed++ })

	win.Canvas().Focus(e)
	e.TypedRune('x')
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if refreshed != 0 {
		t.Errorf("the workspace was redrawn %d times while the user typed", refreshed)
	}
	win.Canvas().Unfocus()
	if refreshed != 1 {
		t.Errorf("leaving the field redrew the workspace %d times, want once", refreshed)
	}
	if stored(t, s).Client.FirstName != s.Case.Client.FirstName {
		t.Error("the typed text was not saved")
	}
}
