package ui

import (
	"slices"
	"strings"
	"testing"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// A case under way offers its Verlaufsbericht on its current phase; the
// file proposed is named as one. A closed case does not offer it.
func TestProgressReportIsOffered(t *testing.T) {
	store := uitest.Store(t)
	open := addCase(t, store, "Erika", "Mustermann", "", reassessedEvents()...)
	closed := addCase(t, store, "Clara", "Zu", "",
		model.Event{At: day(10, 2, 9), Kind: model.KindNotAdmitted, From: model.PhaseIntake, To: model.PhaseClosed, Reason: "kein Bedarf"})
	u := newTestUI(t, store)
	label := u.loc.T("Export.PrintProgress")

	u.list.selectCase(open.ID)
	if !slices.Contains(uitest.Strings(u.view.work.phaseTab.Content), label) {
		t.Fatalf("the assessment of an open case does not offer %q: %q", label, uitest.Strings(u.view.work.phaseTab.Content))
	}
	if name := (doc(model.DocProgress)).fileName(u.env, u.view.sess.Case); !strings.HasPrefix(name, "Verlaufsbericht_Mustermann_") {
		t.Errorf("file name %q", name)
	}
	u.list.selectCase(closed.ID)
	if slices.Contains(uitest.Strings(u.view.work.phaseTab.Content), label) {
		t.Errorf("a closed case offers %q", label)
	}
	// It offers its Rückmeldung an den Auftraggeber instead.
	if !slices.Contains(uitest.Strings(u.view.work.phaseTab.Content), u.loc.T("Export.PrintFeedback")) {
		t.Errorf("a case not admitted does not offer its Rückmeldung: %q", uitest.Strings(u.view.work.phaseTab.Content))
	}
}
