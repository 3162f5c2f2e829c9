package ui

import (
	"slices"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// A premature end is marked on the closure with its reason; a regular one
// is not.
func TestTimelineMarksAPrematureEnd(t *testing.T) {
	test.NewTempApp(t)
	at := func(d int) time.Time { return time.Date(2025, time.March, d, 10, 0, 0, 0, time.Local) }
	c := model.NewCase(model.Client{LastName: "Früh"}, at(1))
	c.Events = append(c.Events,
		model.Event{At: at(2), Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment},
		model.Event{At: at(9), Kind: model.KindClosePremature, From: model.PhaseAssessment, To: model.PhaseClosure, Reason: "Klinikaufenthalt"})
	c.Phase = model.PhaseClosure
	c.Closure.Form, c.Closure.Reason = model.EndingPremature, model.ReasonIllness

	tl := newTimeline(locales.New("de"))
	test.NewTempWindow(t, tl)
	tl.setCase(c)
	var closure *timelineStep
	for _, s := range tl.steps {
		if s.phase == model.PhaseClosure {
			closure = s
		} else if s.earlyBox.Visible() {
			t.Errorf("%s carries the premature mark", s.phase)
		}
	}
	if !closure.earlyBox.Visible() || closure.earlyL.Text != "vorzeitig beendet: Erkrankung" {
		t.Errorf("closure step: mark %q (visible %v)", closure.earlyL.Text, closure.earlyBox.Visible())
	}
	if !slices.Contains(uitest.Strings(tl), "vorzeitig beendet: Erkrankung") {
		t.Errorf("the mark is not on screen: %q", uitest.Strings(tl))
	}

	c.Events[2].Kind, c.Closure.Form = model.KindCloseRegular, model.EndingRegular
	tl.setCase(c)
	if closure.earlyBox.Visible() {
		t.Error("a regular end is marked as premature")
	}
}
