package ui

import (
	"context"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// tapText taps the innermost tappable, enabled object that shows text,
// searching the top dialog first and then the window, as a user looks.
func tapText(t *testing.T, u *UI, text string) {
	t.Helper()
	var found fyne.Tappable
	walk := func(root fyne.CanvasObject) {
		uitest.Walk(root, func(o fyne.CanvasObject) {
			tp, ok := o.(fyne.Tappable)
			if d, can := o.(fyne.Disableable); !ok || can && d.Disabled() {
				return
			}
			if slices.Contains(uitest.Strings(o), text) {
				found = tp // deeper matches overwrite: innermost wins
			}
		})
	}
	if top := u.win.Canvas().Overlays().Top(); top != nil {
		walk(top)
	}
	if found == nil {
		walk(u.win.Content())
	}
	if found == nil {
		t.Fatalf("nothing to tap shows %q", text)
	}
	test.Tap(found)
}

// move takes the step labelled label on the transition bar and answers its
// one dialog as a counselor would: the day as offered, a reason when asked,
// the acknowledgement of missing documentation.
func move(t *testing.T, u *UI, label, reason string) {
	t.Helper()
	before := len(u.view.c.Events)
	tapText(t, u, label)
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatalf("%s: no step dialog", label)
	}
	seen := strings.Join(uitest.Strings(top), "|")
	if strings.Contains(seen, u.loc.T("Transition.Understood")) {
		t.Fatalf("%s is blocked: %s", label, seen)
	}
	if strings.Contains(seen, u.loc.T("Transition.Reason")) {
		var es []textEntry
		allEntries(top, &es)
		if len(es) < 2 {
			t.Fatalf("%s: step dialog without a reason entry", label)
		}
		test.Type(es[1], reason) // the day first, then the reason
	}
	if strings.Contains(seen, u.loc.T("Transition.Ack")) {
		tapText(t, u, u.loc.T("Transition.Ack"))
	}
	tapText(t, u, label)
	if len(u.view.c.Events) != before+1 {
		t.Fatalf("%s did not move the case (phase %s): %s", label, u.view.c.Phase, seen)
	}
}

// allEntries collects the visible text entries below o in order.
func allEntries(o fyne.CanvasObject, found *[]textEntry) {
	uitest.Visit(o, func(o fyne.CanvasObject) bool {
		if e, ok := o.(textEntry); ok {
			*found = append(*found, e)
			return false
		}
		return true
	})
}

type textEntry interface {
	fyne.Focusable
	SetText(string)
	SetPlaceHolder(string)
}

// walkToMonitoring takes the open case from intake to monitoring: the
// consent through the intake dialog, the decision, and a finalised plan
// with one goal (set on the case, as the workspaces would).
func walkToMonitoring(t *testing.T, u *UI) {
	t.Helper()
	c, loc := u.view.c, u.loc
	tapText(t, u, loc.T("Intake.ConsentRecord"))
	tapText(t, u, loc.Enum("ConsentForm", model.FormWritten))
	tapText(t, u, loc.T("Intake.InformedCM"))
	tapText(t, u, loc.T("Intake.ConsentConfirm"))
	if !c.CMConsent.Active(u.today()) {
		t.Fatalf("consent recorded through the dialog: %+v", c.CMConsent)
	}
	c.Intake.Decision = model.CMDecision{Need: model.AnswerYes, Justification: "gemeinsam entschieden", DecidedJointly: true, DecidedOn: u.today()}
	move(t, u, loc.T("Transition.Move.advance.assessment"), "")
	move(t, u, loc.T("Transition.Move.advance.planning"), "")
	c.CurrentPlan().Goals = []model.StrategicGoal{{ID: "s1", Area: model.AreaWork, Text: "Rückkehr an den Arbeitsplatz",
		Operational: []model.OperationalGoal{{ID: "o1", Text: "Sechs Stunden täglich", TargetDate: u.today().AddDays(90)}}}}
	if err := c.FinalizePlan(u.today()); err != nil {
		t.Fatal(err)
	}
	move(t, u, loc.T("Transition.Move.advance.monitoring"), "")
}

// TestWholeCaseThroughTheWindow walks one case through the control loop in
// the main window: typed into "Neuer Fall", consent recorded in the intake
// dialog, every step taken with the transition buttons and their dialogs.
// The documentation itself is set on the open case as the workspaces would
// (their packages test each field), so the walk is about the loop.
func TestWholeCaseThroughTheWindow(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)
	typeInto(u, f.first, "Erika")
	typeInto(u, f.last, "Mustermann")
	f.route.SetSelectedIndex(1)
	test.Tap(f.createButton)
	if u.view.c == nil || u.view.c.Phase != model.PhaseIntake {
		t.Fatal("the new case opens in intake")
	}
	c := u.view.c
	loc := u.loc

	// Intake: the gate refuses until decision and consent are there.
	tapText(t, u, loc.T("Transition.Move.advance.assessment"))
	if seen := strings.Join(uitest.Strings(u.win.Canvas().Overlays().Top()), " "); !strings.Contains(seen, loc.T("Transition.Field.cmConsent.givenOn")) {
		t.Fatalf("the hard gate names the missing consent: %s", seen)
	}
	tapText(t, u, loc.T("Transition.Understood"))
	walkToMonitoring(t, u)
	move(t, u, loc.T("Transition.Move.reassess"), "")
	move(t, u, loc.T("Transition.Move.advance.planning"), "")
	// The finalised v1 still stands; a Fortschreibung from planning is v2.
	move(t, u, loc.T("Transition.Move.advance.monitoring"), "")
	move(t, u, loc.T("Transition.Move.replan"), "Neues Ziel nach Gespräch mit dem Arbeitgeber")
	if len(c.Plans) != 2 || c.Plans[0].Final() == false || c.Plans[1].Final() {
		t.Fatalf("Fortschreibung: want final v1 and draft v2, have %d versions", len(c.Plans))
	}
	if err := c.FinalizePlan(u.today()); err != nil {
		t.Fatal(err)
	}
	move(t, u, loc.T("Transition.Move.advance.monitoring"), "")
	move(t, u, loc.T("Transition.Move.closeRegular"), "")
	c.Closure.Date = u.today()
	c.Closure.WorkAbility = model.WorkAbilityYes
	c.Closure.Reintegration = model.ReintegrationPrevious
	l := 1
	c.Closure.SetFinalLevel("o1", &l)
	move(t, u, loc.T("Transition.Move.finish"), "")

	got, err := u.store.LoadCase(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Phase != model.PhaseClosed || len(got.Plans) != 2 || len(got.Assessments) != 2 || got.Closure.Form != model.EndingRegular {
		t.Fatalf("stored: phase %s, %d plans, %d assessments, form %q", got.Phase, len(got.Plans), len(got.Assessments), got.Closure.Form)
	}
	// The timeline shows every step: each phase with its dates, the loops
	// marked, closed as the current end.
	entered := map[model.Phase]int{}
	for _, s := range u.view.timeline.steps {
		entered[s.phase] = len(s.entered)
		if s.current != (s.phase == model.PhaseClosed) {
			t.Errorf("step %s current=%v", s.phase, s.current)
		}
		if len(s.entered) > 1 && !s.loopBox.Visible() {
			t.Errorf("step %s entered %d times shows no loop mark", s.phase, len(s.entered))
		}
	}
	want := map[model.Phase]int{model.PhaseIntake: 1, model.PhaseAssessment: 2, model.PhasePlanning: 3, model.PhaseMonitoring: 3, model.PhaseClosure: 1, model.PhaseClosed: 1}
	for p, n := range want {
		if entered[p] != n {
			t.Errorf("timeline: %s entered %d times, want %d", p, entered[p], n)
		}
	}
	if n := len(got.Events); n != 11 {
		t.Errorf("history has %d events, want 11 (opened + 10 steps)", n)
	}
}

// Text typed just before quitting is written, not lost with the pause.
func TestQuitWritesPendingText(t *testing.T) {
	u := openCase(t)
	c := u.view.sess.Case
	u.view.sess.Case.Intake.Referral.Notes = "gerade getippt"
	u.view.sess.Edited()
	u.onQuit()
	got, err := u.store.LoadCase(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Intake.Referral.Notes != "gerade getippt" {
		t.Errorf("after quitting the store has %q", got.Intake.Referral.Notes)
	}
}

// Switching to another case writes what was typed in the first.
func TestSwitchingCaseWritesPendingText(t *testing.T) {
	store := uitest.Store(t)
	a := addCase(t, store, "Erika", "Mustermann", "")
	b := addCase(t, store, "Jonas", "Beispiel", "")
	u := newTestUI(t, store)
	u.list.selectCase(a.ID)
	u.view.sess.Case.Client.Phone = "0123 456"
	u.view.sess.Edited()
	u.list.selectCase(b.ID)
	got, err := store.LoadCase(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Client.Phone != "0123 456" {
		t.Errorf("after switching the store has %q", got.Client.Phone)
	}
}

// Saving an open case does not read the deadlines of all cases again (the
// "Fällig" overview is hidden while a case is open), nor the case list:
// only the saved case's row changes (TestAutosaveUpdatesOnlyItsRow).
func TestAutosaveDoesNotReloadTheDueOverview(t *testing.T) {
	store := &countingStore{Store: uitest.Store(t)}
	c := addCase(t, store, "Erika", "Mustermann", "")
	u := newTestUI(t, store)
	u.list.selectCase(c.ID)
	before := store.lists
	u.view.sess.Case.Client.Phone = "0123"
	u.view.sess.Edited()
	if err := u.view.sess.Flush(); err != nil {
		t.Fatal(err)
	}
	if n := store.lists - before; n != 0 {
		t.Errorf("one save listed the cases %d times, want 0", n)
	}
}
