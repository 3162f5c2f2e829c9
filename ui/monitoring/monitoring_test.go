package monitoring

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

func TestNewReviewIsPrefilled(t *testing.T) {
	f := open(t, uitest.MonitoringCase(), nil)
	test.Tap(uitest.OneButton(t, f.Root, "Neue Überprüfung"))

	c := f.Saved()
	if len(c.Reviews) != 2 {
		t.Fatalf("%d reviews after adding one", len(c.Reviews))
	}
	r := c.Reviews[1]
	if r.ID == "" || r.ID == "r1" || r.Date != uitest.Today || r.Decision != "" {
		t.Errorf("new review = %+v", r)
	}
	if want := []model.GoalLevel{{GoalID: "o1", Level: -1}, {GoalID: "o2", Level: -1}}; !reflect.DeepEqual(r.Levels, want) {
		t.Errorf("levels = %+v, want the last level and the baseline %+v", r.Levels, want)
	}
	if want := []model.MeasureState{{MeasureID: "m1", Status: model.MeasureRunning}, {MeasureID: "m2", Status: model.MeasurePlanned}}; !reflect.DeepEqual(r.Measures, want) {
		t.Errorf("measures = %+v, want %+v", r.Measures, want)
	}

	// The new review is unfolded on top; the earlier one is folded and
	// can only be read.
	newest := uitest.Fold(t, f.Root, "Überprüfung vom "+uitest.Today.German())
	earlier := uitest.Fold(t, f.Root, "Überprüfung vom "+uitest.Today.AddDays(-40).German())
	if !newest.Open || earlier.Open {
		t.Errorf("unfolded: newest %v, earlier %v", newest.Open, earlier.Open)
	}
	sels := levelRows(newest.Detail)
	if len(sels) < 2 || sels[0].Selected != "−1" || len(statusRows(newest.Detail)) < 2 {
		t.Fatalf("the new review's first goal shows %q", sels[0].Selected)
	}
	for _, sel := range levelRows(earlier.Detail) {
		if !sel.Disabled() {
			t.Error("the earlier review can still be changed")
		}
	}
	for _, r := range statusRows(earlier.Detail) {
		if !r.Disabled() {
			t.Error("a measure's state in the earlier review can still be changed")
		}
	}
	for _, e := range uitest.AllDeep[*kit.Entry](earlier.Detail) {
		if !e.Disabled() {
			t.Error("a field of the earlier review can still be changed")
		}
	}
}

func TestLevelStatusAndDecisionPersist(t *testing.T) {
	c := uitest.MonitoringCase()
	c.Reviews = append(c.Reviews, c.NewReview(uitest.Today))
	f := open(t, c, nil)
	newest := uitest.Fold(t, f.Root, "Überprüfung vom "+uitest.Today.German()).Detail

	sels := levelRows(newest) // two goals
	states := statusRows(newest)
	if len(sels) != 2 || len(states) != 2 {
		t.Fatalf("%d levels and %d measure states in the review, want 2 goals + 2 measures", len(sels), len(states))
	}
	if states[0].Selected != "Laufend" || states[1].Selected != "Geplant" {
		t.Errorf("the measures show %q and %q, want their last states", states[0].Selected, states[1].Selected)
	}
	sels[0].SetSelected("0")
	sels[1].SetSelected("keine")
	states[0].SetSelected("Durchgeführt")
	if !labelled(newest, "Stufe 0: 6 Stunden") {
		t.Error("the level's description from the GAS scale is not shown")
	}
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, newest, "Unregelmäßigkeiten"), "PC-Kurs wegen Krankheit unterbrochen")
	uitest.Field[*fyne.Container](t, newest, "Entscheidung").Objects[0].(*kit.KeyRadio).SetSelected("Anpassung des Plans (Fortschreibung)")
	uitest.TypeInto(t, uitest.Field[*kit.Entry](t, newest, "Berichte der Netzwerkpartner"), "Bericht des Bildungsträgers liegt vor")

	r := f.Saved().Reviews[1]
	if want := []model.GoalLevel{{GoalID: "o1", Level: 0}}; !reflect.DeepEqual(r.Levels, want) {
		t.Errorf("levels = %+v, want %+v", r.Levels, want)
	}
	if want := []model.MeasureState{{MeasureID: "m1", Status: model.MeasureDone}, {MeasureID: "m2", Status: model.MeasurePlanned}}; !reflect.DeepEqual(r.Measures, want) {
		t.Errorf("measures = %+v, want %+v", r.Measures, want)
	}
	if r.Deviations != "PC-Kurs wegen Krankheit unterbrochen" || r.Decision != model.DecisionPlanAdjust || r.Reports != "Bericht des Bildungsträgers liegt vor" {
		t.Errorf("review = %+v", r)
	}
	if got := f.Saved().Reviews[0]; got.Levels[0].Level != -1 || got.Measures[0].Status != model.MeasureRunning {
		t.Errorf("the earlier review changed: %+v", got)
	}
	// The title follows the decision without a rebuild.
	if !strings.HasSuffix(uitest.Fold(t, f.Root, "Überprüfung vom "+uitest.Today.German()).Title, "Anpassung des Plans (Fortschreibung)") {
		t.Error("the review's title does not show the decision")
	}
}

func TestOverdueMeasureIsHighlighted(t *testing.T) {
	c := uitest.MonitoringCase()
	c.Reviews = append(c.Reviews, c.NewReview(uitest.Today))
	f := open(t, c, nil)

	measure := danger(f.Root, "Ende einer Maßnahme: Arbeitsversuch im Lager – fällig seit "+uitest.Today.AddDays(-5).German())
	goal := danger(f.Root, "Zieltermin eines Handlungsziels: PC-Kurs abschließen – fällig seit "+uitest.Today.AddDays(-10).German())
	if measure == nil || goal == nil {
		t.Fatalf("overdue measure shown: %v, overdue goal shown: %v", measure != nil, goal != nil)
	}
	if danger(f.Root, "Ende einer Maßnahme: PC-Grundkurs") != nil {
		t.Error("a measure that is not due is shown as overdue")
	}
	// In the review, the overdue measure's line is in the danger colour too.
	if danger(f.Root, uitest.Today.AddDays(-60).German()+" bis "+uitest.Today.AddDays(-5).German()+" · überfällig") == nil {
		t.Error("the overdue measure is not highlighted in the review")
	}

	// Once the review records the measure as done, it is no longer overdue.
	newest := uitest.Fold(t, f.Root, "Überprüfung vom "+uitest.Today.German()).Detail
	statusRows(newest)[0].SetSelected("Durchgeführt")
	_ = f.Saved()
	if danger(f.Root, "Ende einer Maßnahme: Arbeitsversuch im Lager") != nil {
		t.Error("the measure stays overdue after it was recorded as done")
	}
	if danger(f.Root, "Zieltermin eines Handlungsziels: PC-Kurs abschließen") == nil {
		t.Error("the overdue goal vanished with the measure")
	}
}

func TestNextReviewSuggestion(t *testing.T) {
	f := open(t, uitest.MonitoringCase(), nil)
	want := "Vorschlag nach Intensitätstyp B: alle 8 Wochen, also am " + uitest.Today.AddDays(16).German()
	if !labelled(f.Root, want) {
		t.Errorf("no hint %q", want)
	}
	test.Tap(uitest.OneButton(t, f.Root, uitest.Today.AddDays(16).German()+" übernehmen"))
	if got := f.Saved().NextReview; got != uitest.Today.AddDays(16) {
		t.Errorf("next review = %v", got)
	}
	e := uitest.Field[*kit.Entry](t, f.Root, "Nächste Überprüfung am")
	e.SetText("")
	test.Type(e, "01.06.2026")
	if got := f.Saved().NextReview; got != model.NewDate(2026, 6, 1) {
		t.Errorf("typed next review = %v", got)
	}
}

func TestClosedCaseIsReadOnly(t *testing.T) {
	c := uitest.MonitoringCase()
	c.Phase = model.PhaseClosed
	f := open(t, c, nil)
	if len(uitest.OneOfButtons(f.Root, "Neue Überprüfung")) > 0 {
		t.Error("a closed case offers a new review")
	}
	for _, sel := range levelRows(f.Root) {
		if !sel.Disabled() {
			t.Error("a review of a closed case can be changed")
		}
	}
}

// levelRows are the rows of a goal's level (one click each) below root.
func levelRows(root fyne.CanvasObject) []*widget.RadioGroup { return rowsOffering(root, "−2") }

// statusRows are the rows of a measure's state (one click each) below root.
func statusRows(root fyne.CanvasObject) []*widget.RadioGroup { return rowsOffering(root, "Laufend") }

// rowsOffering are the radio rows below root that offer option.
func rowsOffering(root fyne.CanvasObject, option string) []*widget.RadioGroup {
	var out []*widget.RadioGroup
	uitest.WalkDeep(root, func(o fyne.CanvasObject) {
		if r, ok := o.(*widget.RadioGroup); ok && slices.Contains(r.Options, option) {
			out = append(out, r)
		}
	})
	return out
}

// labelled reports a label below root that contains text.
func labelled(root fyne.CanvasObject, text string) bool {
	found := false
	uitest.WalkDeep(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && strings.Contains(l.Text, text) {
			found = true
		}
	})

	return found
}

// danger is the label in the danger colour below root that contains text.
func danger(root fyne.CanvasObject, text string) *widget.Label {
	var found *widget.Label
	uitest.WalkDeep(root, func(o fyne.CanvasObject) {
		if l, ok := o.(*widget.Label); ok && l.Importance == widget.DangerImportance && strings.Contains(l.Text, text) {
			found = l
		}
	})

	return found
}
