package assessment

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// The print button prints the assessment on screen: the newest one, or
// the earlier one the selector shows. Without a printer (Env.Print nil) it
// is not there.
func TestPrintButtonPrintsTheShownAssessment(t *testing.T) {
	c := newCase()
	c.Phase = model.PhaseMonitoring
	c.StartAssessment(model.NewDate(2025, 3, 9), "Wiedereingliederung abgebrochen")
	c.Phase = model.PhaseAssessment
	h := openHost(t, c, nil)
	if len(buttonsWith(h, "Bedarfsermittlung als PDF …")) != 0 {
		t.Fatal("a print button without a printer")
	}

	var printed []int
	h.S.Env.Print = func(s *kit.Session, d app.Document) {
		if s != h.S || d.Kind != model.DocAssessment {
			t.Errorf("printed %q of another session", d.Kind)
		}
		printed = append(printed, d.Version)
	}
	h.S.Rebuild()
	test.Tap(h.button("Bedarfsermittlung als PDF …"))
	h.selector().SetSelectedIndex(1) // the earlier one, newest first
	test.Tap(h.button("Bedarfsermittlung als PDF …"))
	if len(printed) != 2 || printed[0] != 2 || printed[1] != 1 {
		t.Errorf("printed %v, want the newest (2), then the shown earlier one (1)", printed)
	}
}

func buttonsWith(h host, text string) []string {
	var out []string
	for _, b := range uitest.All[*widget.Button](h.Root) {
		if b.Text == text {
			out = append(out, b.Text)
		}
	}
	return out
}
