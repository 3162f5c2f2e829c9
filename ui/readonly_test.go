package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// On a database opened read-only the window does not take typing it
// cannot keep: the case's forms are frozen, the transition bar is gone,
// the plan can still be printed — and a save that fails anyway says that
// the database is write-protected, not that it will be retried.
func TestReadOnlyDatabaseFreezesTheCaseAndSaysWhy(t *testing.T) {
	dir := t.TempDir()
	rw, err := storage.Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	c := addCase(t, rw, "Erika", "Muster", "", model.Event{From: model.PhaseIntake, To: model.PhaseAssessment},
		model.Event{From: model.PhaseAssessment, To: model.PhasePlanning})
	c.Plans = []model.PlanVersion{{}}
	if err := rw.SaveCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	rw.Close()
	db, err := storage.OpenReadOnly(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })

	u := newTestUI(t, db)
	if !u.env.ReadOnly {
		t.Fatal("the window's environment does not know that the database is read-only")
	}
	u.onOpenCase(c.ID)
	root := u.view.work.tabs
	var enabled []string
	uitest.Walk(u.view.work.phaseTab.Content, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && !e.Disabled() {
			enabled = append(enabled, e.PlaceHolder)
		}
	})
	if len(enabled) > 0 {
		t.Errorf("%d fields of the planning workspace take typing on a read-only database", len(enabled))
	}
	if len(uitest.Buttons(root, u.loc.T("Export.PrintPlan"))) != 1 {
		t.Error("the plan cannot be printed on a read-only database")
	}
	if strings.Contains(strings.Join(uitest.Strings(root), " "), u.loc.T("Transition.Lead")) {
		t.Error("the transition bar is offered on a read-only database")
	}
	u.view.work.tabs.Select(u.view.work.masterTab)
	uitest.Walk(u.view.work.masterTab.Content, func(o fyne.CanvasObject) {
		if e, ok := o.(*kit.Entry); ok && !e.Disabled() {
			t.Errorf("a master data field takes typing on a read-only database")
		}
	})

	// A change that reaches the session anyway is not saved, and the
	// status line tells the truth; nothing is scheduled.
	s := u.view.sess
	s.Case.Intake.Referral.Referrer = "getippt"
	s.Edited()
	if err := s.Flush(); !storage.IsReadOnlyFault(err) {
		t.Fatalf("Flush on a read-only database: %v, want the read-only fault", err)
	}
	if got := u.view.status.Text; got != u.loc.T("Kit.StatusReadOnly") || strings.Contains(got, "erneut versucht") {
		t.Errorf("status %q, want %q", got, u.loc.T("Kit.StatusReadOnly"))
	}
	if !s.NextRetry().IsZero() {
		t.Error("a retry is scheduled on a read-only database")
	}
}
