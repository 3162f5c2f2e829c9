package closure

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

func lv(n int) *int { return &n }

// closing is a case in the closure phase whose plan has two operational
// goals, the first reviewed at −1 and then at +1.
func closing() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, time.Date(2024, 6, 1, 9, 0, 0, 0, time.Local))
	c.Phase = model.PhaseClosure
	c.Intake.ExpectedIntensity = model.IntensityB
	c.Plans = []model.PlanVersion{{Version: 1, Created: model.NewDate(2024, 7, 1), FinalizedOn: model.NewDate(2024, 7, 10),
		Goals: []model.StrategicGoal{{ID: "s1", Area: model.AreaWork, Text: "Rückkehr an den Arbeitsplatz", Operational: []model.OperationalGoal{
			{ID: "o1", Text: "Sechs Stunden täglich arbeiten", Baseline: lv(-1), GAS: model.GASLevels{"gar nicht", "zwei Stunden", "vier Stunden", "sechs Stunden", "Vollzeit"}},
			{ID: "o2", Text: "Arbeitsplatz anpassen"},
		}}}}}
	c.Reviews = []model.Review{
		{ID: "r1", Date: model.NewDate(2024, 9, 1), Levels: []model.GoalLevel{{GoalID: "o1", Level: -1}}},
		{ID: "r2", Date: model.NewDate(2024, 12, 1), Levels: []model.GoalLevel{{GoalID: "o1", Level: 1}}},
	}
	return c
}

func TestClosureFieldsPersist(t *testing.T) {
	h := uitest.Open(t, closing(), nil)
	s := h.S
	w := newWorkspace(s)
	test.NewTempWindow(t, w.build())
	test.Type(w.date, "03.03.2025")
	w.form.SetSelected(s.Env.Loc.Enum("EndingForm", model.EndingPremature))
	w.reason.SetSelected(s.Env.Loc.Enum("EndingReason", model.ReasonEMPension))
	test.Type(w.reasonText, "Leistungsvermögen unter drei Stunden")
	w.workAbility.SetSelected(s.Env.Loc.Enum("WorkAbility", model.WorkAbilityNo))
	// The results are one click each, every option in sight.
	test.Tap(uitest.Tappable(t, w.reintegration, s.Env.Loc.Enum("Reintegration", model.ReintegrationNone)))
	test.Type(w.summary, "Ziele teilweise erreicht")
	test.Type(w.helped, "„Dass jemand zugehört hat.“")
	test.Type(w.changed, "Mehr Ruhe im Alltag")
	test.Type(w.further, "Antrag auf Erwerbsminderungsrente gestellt")
	w.intensity.radio.SetSelected("Typ C")
	if !strings.HasPrefix(w.intensity.desc.Text, "Typ C – Beratung, intensive Begleitung") {
		t.Errorf("the chosen type is not described: %q", w.intensity.desc.Text)
	}
	test.Type(w.transmitted, "05.03.2025")
	w.goals.levels["o2"].SetSelectedIndex(1) // −2
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	got := h.Stored().Closure
	want := model.Closure{
		Date: model.NewDate(2025, 3, 3), Form: model.EndingPremature, Reason: model.ReasonEMPension,
		ReasonText: "Leistungsvermögen unter drei Stunden", WorkAbility: model.WorkAbilityNo, Reintegration: model.ReintegrationNone,
		FinalLevels: []model.GoalLevel{{GoalID: "o2", Level: -2}},
		Summary:     "Ziele teilweise erreicht", Helped: "„Dass jemand zugehört hat.“", Changed: "Mehr Ruhe im Alltag",
		FurtherSupport: "Antrag auf Erwerbsminderungsrente gestellt", FinalIntensity: model.IntensityC, TransmittedOn: model.NewDate(2025, 3, 5),
	}
	if got.Date != want.Date || got.Form != want.Form || got.Reason != want.Reason || got.ReasonText != want.ReasonText ||
		got.WorkAbility != want.WorkAbility || got.Reintegration != want.Reintegration || got.Summary != want.Summary ||
		got.Helped != want.Helped || got.Changed != want.Changed || got.FurtherSupport != want.FurtherSupport ||
		got.FinalIntensity != want.FinalIntensity || got.TransmittedOn != want.TransmittedOn ||
		len(got.FinalLevels) != 1 || got.FinalLevels[0] != want.FinalLevels[0] {
		t.Errorf("stored closure\n%+v\nwant\n%+v", got, want)
	}
}

func TestTScoreUpdatesLive(t *testing.T) {
	h := uitest.Open(t, closing(), nil)
	s := h.S
	w := newWorkspace(s)
	test.NewTempWindow(t, w.build())
	if got := w.goals.tscore.Text; got != "T = –" {
		t.Errorf("without final levels the score reads %q", got)
	}
	w.goals.levels["o1"].SetSelectedIndex(4) // +1, the user picking "Stufe +1"
	if got := w.goals.tscore.Text; got != "T = 60,0" {
		t.Errorf("one goal at +1: %q, want T = 60,0", got)
	}
	if !s.Dirty() {
		t.Error("the level is not saved yet, the score must not wait for it")
	}
	w.goals.levels["o2"].SetSelectedIndex(3) // 0
	if got := w.goals.tscore.Text; got != "T = 56,2" {
		t.Errorf("+1 and 0: %q, want T = 56,2", got)
	}
	if got := w.goals.rated.Text; !strings.HasPrefix(got, "2 von 2") {
		t.Errorf("rated: %q", got)
	}
	w.goals.levels["o2"].SetSelectedIndex(0) // not rated again
	if got := w.goals.tscore.Text; got != "T = 60,0" {
		t.Errorf("after clearing the second goal: %q", got)
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := h.Stored().Closure.FinalLevels; len(got) != 1 || got[0] != (model.GoalLevel{GoalID: "o1", Level: 1}) {
		t.Errorf("stored final levels %v", got)
	}
}

func TestGoalRowsShowWhereEachGoalStands(t *testing.T) {
	s := uitest.Open(t, closing(), nil).S
	w := newWorkspace(s)
	obj := w.build()
	test.NewTempWindow(t, obj)
	all := strings.Join(labels(obj), "\n")
	for _, want := range []string{
		"Arbeit und Beschäftigung", "Rückkehr an den Arbeitsplatz", // the strategic goal
		"Sechs Stunden täglich arbeiten", "Ausgangslage: −1 · Letzte Überprüfung: +1",
		"Arbeitsplatz anpassen", "Ausgangslage: nicht erfasst · Letzte Überprüfung: nicht erfasst",
		"Bei der Aufnahme erwartet: Typ B",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("the workspace does not show %q", want)
		}
	}
	w.goals.levels["o1"].SetSelectedIndex(5) // +2
	if all := strings.Join(labels(obj), "\n"); !strings.Contains(all, "Vollzeit") {
		t.Error("the chosen level's description from the GAS scale is not shown")
	}
}

func TestChecklistFollowsTheEdits(t *testing.T) {
	s := uitest.Open(t, closing(), nil).S
	w := newWorkspace(s)
	test.NewTempWindow(t, w.build())
	required := func() string { return strings.Join(labels(w.status.required), "\n") }
	if !strings.Contains(required(), "Datum des Abschlusses") || !strings.Contains(required(), "Abschlussstufe für jedes Handlungsziel") {
		t.Fatalf("a fresh closure lacks the date and the levels, shows:\n%s", required())
	}
	checklist := strings.Join(labels(w.status.items.Object()), "\n")
	if !strings.Contains(checklist, "Form der Beendigung (regulär oder vorzeitig)") {
		t.Errorf("checklist:\n%s", checklist)
	}
	test.Type(w.date, "03.03.2025")
	w.date.FocusLost() // the list follows once the field is left
	if strings.Contains(required(), "Datum des Abschlusses") {
		t.Errorf("after typing the date it is still missing:\n%s", required())
	}
	w.form.SetSelected(s.Env.Loc.Enum("EndingForm", model.EndingPremature))
	if !strings.Contains(required(), "Grund der vorzeitigen Beendigung") {
		t.Errorf("a premature ending asks for its reason:\n%s", required())
	}
	w.reason.SetSelected(s.Env.Loc.Enum("EndingReason", model.ReasonIllness))
	w.workAbility.SetSelected(s.Env.Loc.Enum("WorkAbility", model.WorkAbilityPartly))
	w.reintegration.SetSelected(s.Env.Loc.Enum("Reintegration", model.ReintegrationAdapted))
	w.goals.levels["o1"].SetSelectedIndex(4)
	w.goals.levels["o2"].SetSelectedIndex(3)
	if got := required(); got != "Alle Pflichtangaben sind vorhanden – der Fall kann geschlossen werden." {
		t.Errorf("everything filled, still open:\n%s", got)
	}
}

func TestAdoptReviewLevels(t *testing.T) {
	h := uitest.Open(t, closing(), nil)
	s := h.S
	w := newWorkspace(s)
	test.NewTempWindow(t, w.build())
	if w.goals.adopt.Disabled() {
		t.Fatal("a reviewed, unrated goal can be adopted")
	}
	test.Tap(w.goals.adopt)
	if got := w.goals.levels["o1"].SelectedIndex(); got != 4 {
		t.Errorf("o1 shows index %d, want 4 (+1 from the latest review)", got)
	}
	if got := w.goals.levels["o2"].SelectedIndex(); got != 0 {
		t.Errorf("o2 was never reviewed and stays unrated, shows %d", got)
	}
	if got := w.goals.tscore.Text; got != "T = 60,0" {
		t.Errorf("score after adopting: %q", got)
	}
	if !w.goals.adopt.Disabled() {
		t.Error("nothing left to adopt")
	}
	if got := h.Stored().Closure.FinalLevels; len(got) != 1 || got[0].Level != 1 {
		t.Errorf("adopted levels are saved at once, stored %v", got)
	}
}

func TestClosedCaseIsReadOnlyButTransmission(t *testing.T) {
	c := closing()
	c.Phase = model.PhaseClosed
	s := uitest.Open(t, c, nil).S
	w := newWorkspace(s)
	test.NewTempWindow(t, w.build())
	for name, d := range map[string]fyne.Disableable{"date": w.date, "form": w.form, "summary": w.summary, "level": w.goals.levels["o1"], "adopt": w.goals.adopt} {
		if !d.Disabled() {
			t.Errorf("%s can still be changed in a closed case", name)
		}
	}
	if w.transmitted.Disabled() {
		t.Error("the transmission date follows the closing and stays editable")
	}
}

func TestNotAdmittedCaseShowsWhyAndItsFeedback(t *testing.T) {
	c := closing()
	c.Phase, c.NotAdmitted = model.PhaseClosed, "Kein Fallmanagementbedarf"
	c.Events = append(c.Events, model.Event{At: time.Date(2025, 2, 1, 10, 0, 0, 0, time.UTC), Kind: model.KindNotAdmitted,
		From: model.PhaseIntake, To: model.PhaseClosed, Reason: c.NotAdmitted})
	h := uitest.Open(t, c, nil)
	s := h.S
	w := newWorkspace(s)
	obj := w.build()
	test.NewTempWindow(t, obj)
	all := strings.Join(labels(obj), "\n")
	if !strings.Contains(all, "Der Fall wurde nicht ins Fallmanagement aufgenommen: Kein Fallmanagementbedarf") ||
		strings.Contains(all, s.T("Closure.EndingTitle")) {
		t.Errorf("a case closed at intake shows:\n%s", all)
	}
	// What the Rückmeldung prints is entered here.
	test.Type(w.further, "Beratung durch die EUTB vermittelt")
	test.Type(w.transmitted, "03.02.2025")
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := h.Stored().Closure; got.FurtherSupport != "Beratung durch die EUTB vermittelt" || got.TransmittedOn != model.NewDate(2025, 2, 3) {
		t.Errorf("stored feedback fields %+v", got)
	}
}

// labels are the texts of the labels, cards and form rows below o,
// folded or not.
func labels(o fyne.CanvasObject) []string {
	var out []string
	uitest.WalkDeep(o, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.Card:
			out = append(out, x.Title, x.Subtitle)
		case *widget.Form:
			for _, it := range x.Items {
				out = append(out, it.Text)
			}
		}
	})
	return out
}
