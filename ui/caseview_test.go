package ui

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

func day(d, m, h int) time.Time {
	return time.Date(2025, time.Month(m), d, h, 0, 0, 0, time.Local)
}

// reassessedCase went intake → assessment → planning → monitoring and back
// to assessment.
func reassessedEvents() []model.Event {
	return []model.Event{
		{At: day(10, 2, 9), Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment},
		{At: day(17, 2, 9), Kind: model.KindAdvance, From: model.PhaseAssessment, To: model.PhasePlanning},
		{At: day(24, 2, 9), Kind: model.KindAdvance, From: model.PhasePlanning, To: model.PhaseMonitoring},
		{At: day(5, 3, 14), Kind: model.KindReassess, From: model.PhaseMonitoring, To: model.PhaseAssessment,
			Reason: "Neue Diagnose", Missing: []model.CheckKey{model.CheckReview}},
	}
}

func TestTimelineShowsLoopDatesAndCurrentPhase(t *testing.T) {
	u := openCase(t, reassessedEvents()...)

	steps := map[model.Phase]*timelineStep{}
	for _, s := range u.view.timeline.steps {
		steps[s.phase] = s
	}
	if len(u.view.timeline.steps) != 6 {
		t.Fatalf("timeline has %d steps, want the five phases and the end marker", len(u.view.timeline.steps))
	}
	for i, p := range model.LoopPhases {
		if u.view.timeline.steps[i].phase != p {
			t.Fatalf("step %d is %s, want %s", i, u.view.timeline.steps[i].phase, p)
		}
	}

	want := map[model.Phase]string{
		model.PhaseIntake:     "03.02.2025",
		model.PhaseAssessment: "10.02.2025\n05.03.2025",
		model.PhasePlanning:   "17.02.2025",
		model.PhaseMonitoring: "24.02.2025",
		model.PhaseClosure:    "–",
		model.PhaseClosed:     "–",
	}
	for p, w := range want {
		if got := steps[p].dates.Text; got != w {
			t.Errorf("%s shows dates %q, want %q", p, got, w)
		}
	}

	a := steps[model.PhaseAssessment]
	if !a.loopBox.Visible() || a.loop.Text != "2× durchlaufen" {
		t.Errorf("assessment loop mark %q (visible %v)", a.loop.Text, a.loopBox.Visible())
	}
	if !a.current || !a.title.TextStyle.Bold || a.title.Importance != widget.HighImportance || !a.here.Visible() {
		t.Error("assessment is marked as the current phase")
	}
	if a.bg.StrokeWidth == 0 {
		t.Error("the current step is outlined")
	}
	for p, s := range steps {
		if p == model.PhaseAssessment {
			continue
		}
		if s.current || s.title.TextStyle.Bold || s.here.Visible() {
			t.Errorf("%s is not current", p)
		}
		if s.loopBox.Visible() {
			t.Errorf("%s has no loop mark", p)
		}
	}
	if got := steps[model.PhaseClosure].dates.Importance; got != widget.LowImportance {
		t.Error("phases not reached yet are shown quietly")
	}

	// The same is on screen, not only in the fields.
	onScreen := uitest.Strings(u.view.timeline)
	for _, s := range []string{"2× durchlaufen", "10.02.2025\n05.03.2025", "aktuelle Phase", u.loc.Enum("PhaseShort", model.PhaseIntake)} {
		if !slices.Contains(onScreen, s) {
			t.Errorf("timeline does not show %q: %q", s, onScreen)
		}
	}
}

func TestCaseViewHistoryNewestFirst(t *testing.T) {
	u := openCase(t, reassessedEvents()...)

	got := uitest.Strings(u.view.events)
	loc := u.loc
	want := []string{
		"05.03.2025 14:00 · " + loc.Enum("TransitionKind", model.KindReassess),
		loc.Enum("Phase", model.PhaseMonitoring) + " → " + loc.Enum("Phase", model.PhaseAssessment),
		"Begründung: Neue Diagnose",
		"Als noch fehlend bestätigt: " + loc.T(model.CheckReview.MessageID()),
	}
	if len(got) < len(want) {
		t.Fatalf("history shows %q", got)
	}
	for i, w := range want {
		if got[i] != w {
			t.Errorf("history line %d = %q, want %q", i, got[i], w)
		}
	}
	last := got[len(got)-2:]
	if last[0] != "03.02.2025 10:00 · "+loc.Enum("TransitionKind", model.KindOpened) || last[1] != "→ "+loc.Enum("Phase", model.PhaseIntake) {
		t.Errorf("the oldest event (opened) comes last: %q", last)
	}

	if got := u.view.work.tabs.Selected().Text; got != "Arbeitsbereich: "+loc.Enum("PhaseShort", model.PhaseAssessment) {
		t.Errorf("the case opens in the workspace of its phase, tab says %q", got)
	}
	if !slices.Contains(uitest.Strings(u.view.deadlines), "Keine offenen Fristen.") {
		t.Errorf("deadlines show %q", uitest.Strings(u.view.deadlines))
	}
}

func TestCaseViewDeadlinesMarkOverdue(t *testing.T) {
	u := openCase(t)

	want := u.loc.Enum("DeadlineKind", model.DueFirstMeeting) + ": überfällig seit 17.02.2025"
	l := uitest.Label(u.view.deadlines, want)
	if l == nil {
		t.Fatalf("deadlines show %q, want %q", uitest.Strings(u.view.deadlines), want)
	}
	if l.Importance != widget.DangerImportance {
		t.Error("an overdue deadline is in the danger colour")
	}
}

func TestFormatRVNR(t *testing.T) {
	for in, want := range map[string]string{
		"10010490A443":    "10 010490 A 443",
		"10 010490 a 443": "10 010490 A 443",
		"123":             "123",
	} {
		if got := formatRVNR(in); got != want {
			t.Errorf("formatRVNR(%q) = %q, want %q", in, got, want)
		}
	}
}

// The tip of a cut Fällig row stood over the case the row opened, until
// the pointer moved: the row went away under the pointer, which never
// left it. Opening a case, switching its tab and going back to the
// overview take a tip away.
func TestOpeningACaseTakesTheTipAway(t *testing.T) {
	u, cases := curatedUI(t)
	at := fyne.NewPos(400, 300)
	kit.ShowTip(u.view.dueHost, "Zieltermin eines Handlungsziels: Arbeitsweg …", at)
	if kit.TipShown(u.win) == "" {
		t.Fatal("no tip shows over the overview")
	}
	u.onOpenCase(cases[0].ID)
	if got := kit.TipShown(u.win); got != "" {
		t.Errorf("after the case opened the tip %q still shows", got)
	}
	kit.ShowTip(u.view.body, "Stufenweise Wiedereingliederung …", at)
	u.view.work.tabs.SelectIndex(2)
	if got := kit.TipShown(u.win); got != "" {
		t.Errorf("after another tab was chosen the tip %q still shows", got)
	}
	kit.ShowTip(u.view.body, "Stufenweise Wiedereingliederung …", at)
	u.onDue()
	if got := kit.TipShown(u.win); got != "" {
		t.Errorf("after going back to Fällig the tip %q still shows", got)
	}
}

// While the counselor typed, the save status beside the Stammdaten button
// changed from "Wird gespeichert …" to "Alle Eingaben gespeichert" and
// pushed the button left and right. The status now lies between name and
// button: whatever it says, nothing else in the window moves.
func TestSaveStatusMovesNothing(t *testing.T) {
	u, cases := curatedUI(t)
	room := officeLaptopRoom()
	u.onOpenCase(cases[0].ID)
	u.win.Resize(room)
	root := u.win.Content()
	uitest.Settle(root)
	before := places(root)
	inStatus := map[fyne.CanvasObject]bool{}
	uitest.Walk(u.view.status, func(o fyne.CanvasObject) { inStatus[o] = true })
	for _, st := range []kit.Status{kit.Pending, kit.Saved, kit.Invalid, kit.Failed, kit.Pending} {
		u.view.showStatus(st)
		uitest.Settle(root)
		after := places(root)
		for o := range inStatus {
			delete(after, o)
		}
		samePlaces(t, "status "+u.view.status.Text, before, after)
		if got := drawnText(&u.view.status.Label); st != kit.Failed && got != u.view.status.Text {
			t.Errorf("the status shows %q of %q", got, u.view.status.Text)
		}
	}
}
