package assessment

import (
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// The print button prints the assessment on screen: the newest one, or
// the earlier one the selector shows. Without a printer (OnPrint nil) it
// is not there.
func TestPrintButtonPrintsTheShownAssessment(t *testing.T) {
	c := newCase()
	c.Phase = model.PhaseMonitoring
	c.StartAssessment(model.NewDate(2025, 3, 9), "Wiedereingliederung abgebrochen")
	c.Phase = model.PhaseAssessment
	h := openHost(t, c, nil)
	if len(buttonsWith(h, "Bedarfsermittlung als PDF …")) != 0 {
		t.Fatal("a print button without OnPrint")
	}

	var printed []int
	OnPrint = func(s *kit.Session, n int) {
		if s != h.S {
			t.Error("OnPrint got another session")
		}
		printed = append(printed, n)
	}
	t.Cleanup(func() { OnPrint = nil })
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
