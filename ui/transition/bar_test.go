package transition

import (
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// intakeCase is a case in intake decided "yes"; consent makes the hard
// gate to the assessment pass. The rest of the intake is left open, so
// its checklist has gaps.
func intakeCase(consent bool) *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Now.AddDate(0, 0, -30))
	c.Intake.Decision = model.CMDecision{Need: model.AnswerYes, Justification: "Mehrere Bereiche betroffen", DecidedOn: model.DateOf(uitest.Now)}
	if consent {
		c.CMConsent = model.CaseManagementConsent{GivenOn: model.DateOf(uitest.Now).AddDays(-1), Form: model.FormWritten}
	}
	return c
}

func TestEveryMoveHasAClearLabel(t *testing.T) {
	for _, lang := range locales.Languages {
		loc := locales.New(lang)
		for _, p := range model.AllPhases {
			for _, m := range model.MovesFrom(p) {
				id := "Transition.Move." + string(m.Kind)
				if m.Kind == model.KindAdvance {
					id = "Transition.Move.advance." + string(m.To)
				}
				if !loc.Has(id) {
					t.Errorf("%s: move %s from %s has no label %q", lang, m.Kind, p, id)
				}
				if m.NeedsReason && !loc.Has("Transition.Explain."+string(m.Kind)) {
					t.Errorf("%s: move %s needs a reason but has no explanation", lang, m.Kind)
				}
			}
		}
	}
	f := newFixture(t, intakeCase(false), nil)
	if got := f.b.buttons[model.KindAdvance].Text; got != "Weiter zu Assessment" {
		t.Errorf("intake → assessment reads %q", got)
	}
	if got := f.b.buttons[model.KindNotAdmitted].Text; got != "Nicht aufgenommen" {
		t.Errorf("intake → closed reads %q", got)
	}
}

func TestHardGateExplainsAndDoesNotMove(t *testing.T) {
	f := newFixture(t, intakeCase(false), nil)
	f.tap(t, model.KindAdvance)
	sd := f.b.open
	if sd == nil || f.Win.Canvas().Overlays().Top() == nil {
		t.Fatal("the hard gate shows no dialog")
	}
	text := strings.Join(sd.lines, "\n")
	if !strings.Contains(text, "Zustimmung der versicherten Person zum Fallmanagement") || !strings.Contains(text, "Intake") {
		t.Errorf("the dialog does not say what is missing and where:\n%s", text)
	}
	if strings.Contains(text, "cmConsent") || strings.Contains(text, "Gate") {
		t.Errorf("the dialog shows codes or paths:\n%s", text)
	}
	if sd.ack != nil || sd.reason != nil || sd.confirm.Text != "Verstanden" {
		t.Error("a hard gate offers no way on, only closing")
	}
	test.Tap(sd.confirm)
	if f.b.open != nil {
		t.Error("Verstanden closes the dialog")
	}
	if f.S.Case.Phase != model.PhaseIntake || len(f.Stored().Events) != 1 || f.moved != 0 {
		t.Errorf("the case moved: phase %s, %d events, onMoved %d", f.S.Case.Phase, len(f.Stored().Events), f.moved)
	}
}

func TestClosingNeedsTheClosureRecord(t *testing.T) {
	c := intakeCase(true)
	c.Phase = model.PhaseClosure
	c.Closure.Form = model.EndingPremature
	f := newFixture(t, c, nil)
	f.tap(t, model.KindFinish)
	if f.b.open == nil {
		t.Fatal("no dialog")
	}
	text := strings.Join(f.b.open.lines, "\n")
	for _, want := range []string{"Für den Abschluss fehlt noch", "• Datum des Abschlusses", "• Grund der vorzeitigen Beendigung", "• Wiederherstellung der Arbeitsfähigkeit"} {
		if !strings.Contains(text, want) {
			t.Errorf("missing %q in\n%s", want, text)
		}
	}
	if strings.Count(text, "Für den Abschluss fehlt noch") != 1 {
		t.Errorf("the same message is repeated for every field:\n%s", text)
	}
	if strings.Contains(text, "• Form der Beendigung") {
		t.Errorf("the form of ending is recorded:\n%s", text)
	}
}

func TestSoftGateNeedsTheAcknowledgement(t *testing.T) {
	f := newFixture(t, intakeCase(true), nil)
	f.tap(t, model.KindAdvance)
	sd := f.b.open
	if sd == nil || sd.ack == nil {
		t.Fatal("missing documentation must be shown for acknowledgement")
	}
	text := strings.Join(sd.lines, "\n")
	for _, want := range []string{"Zugangsweg und Eingang der Information", "Relevante Informationen in allen acht Bereichen geprüft", "Vereinbarung geschlossen"} {
		if !strings.Contains(text, want) {
			t.Errorf("the list lacks %q:\n%s", want, text)
		}
	}
	if sd.ack.Text != "Ich habe die fehlenden Angaben zur Kenntnis genommen" || sd.confirm.Text != "Weiter zu Assessment" {
		t.Errorf("ack %q, confirm %q", sd.ack.Text, sd.confirm.Text)
	}
	if !sd.confirm.Disabled() || sd.hint.Text != "Bitte bestätigen, dass die fehlenden Angaben zur Kenntnis genommen wurden." {
		t.Fatalf("the step must wait for the acknowledgement and say so (%q)", sd.hint.Text)
	}
	test.Tap(sd.confirm)
	sd.ack.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if f.S.Case.Phase != model.PhaseIntake || f.b.open == nil {
		t.Fatal("the case moved without the acknowledgement")
	}
	test.Tap(sd.ack)
	if sd.confirm.Disabled() {
		t.Fatal("ticking the box enables the step")
	}
	test.Tap(sd.confirm)
	if f.b.open != nil {
		t.Error("the dialog stays open after moving")
	}
	got := f.Stored()
	if got.Phase != model.PhaseAssessment || len(got.Events) != 2 {
		t.Fatalf("stored phase %s with %d events", got.Phase, len(got.Events))
	}
	ev := got.Events[1]
	want := []model.CheckKey{model.CheckReferral, model.CheckFirstMeeting, model.CheckScreening, model.CheckIntensity, model.CheckAgreement}
	if ev.Kind != model.KindAdvance || !slices.Equal(ev.Missing, want) {
		t.Errorf("event %s records missing %v, want %v", ev.Kind, ev.Missing, want)
	}
	if f.moved != 1 {
		t.Errorf("onMoved ran %d times", f.moved)
	}
	if _, ok := f.b.buttons[model.KindClosePremature]; !ok {
		t.Error("the bar shows the moves from the assessment now")
	}
}

func TestEscapeCancels(t *testing.T) {
	f := newFixture(t, intakeCase(true), nil)
	f.tap(t, model.KindAdvance)
	f.b.open.ack.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.b.open != nil || f.S.Case.Phase != model.PhaseIntake {
		t.Fatal("Escape on the check box cancels")
	}
	f.tap(t, model.KindNotAdmitted)
	test.Type(f.b.open.reason, "Kein Bedarf")
	f.b.open.reason.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if f.b.open != nil || f.S.Case.Phase != model.PhaseIntake {
		t.Fatal("Escape in the reason cancels")
	}
	f.tap(t, model.KindNotAdmitted)
	f.Win.Canvas().OnTypedKey()(&fyne.KeyEvent{Name: fyne.KeyEscape}) // nothing focused
	if f.b.open != nil || f.S.Case.Phase != model.PhaseIntake {
		t.Fatal("Escape cancels when nothing has the focus")
	}
	if f.Win.Canvas().OnTypedKey() != nil {
		t.Error("the window's own key handler is not restored")
	}
	if len(f.Stored().Events) != 1 {
		t.Error("a cancelled step was recorded")
	}
}

func TestReasonRequiredForEndingEarly(t *testing.T) {
	c := intakeCase(true)
	c.Phase = model.PhaseMonitoring
	c.Reviews = []model.Review{{ID: "r1", Date: model.DateOf(uitest.Now)}}
	c.NextReview = model.DateOf(uitest.Now).AddDays(30)
	f := newFixture(t, c, nil)
	f.tap(t, model.KindClosePremature)
	sd := f.b.open
	if sd == nil || sd.reason == nil || sd.ending == nil {
		t.Fatal("Vorzeitig beenden asks for the reason and offers the reason of the ending")
	}
	if !sd.confirm.Disabled() {
		t.Fatal("confirming needs a reason")
	}
	test.Type(sd.reason, "   ")
	sd.reason.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if !sd.confirm.Disabled() || f.b.open != sd {
		t.Fatal("a blank reason is no reason")
	}
	sd.reason.SetText("")
	test.Type(sd.reason, "Erkrankung, Behandlung in einer Klinik")
	if sd.confirm.Disabled() {
		t.Fatal("with a reason the step can be confirmed")
	}
	sd.ending.SetSelected(f.S.Env.Loc.Enum("EndingReason", model.ReasonIllness))
	sd.reason.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter confirms
	if f.b.open != nil {
		t.Fatalf("monitoring is documented; no further dialog expected, got %v", f.b.open.lines)
	}
	got := f.Stored()
	ev := got.Events[len(got.Events)-1]
	if got.Phase != model.PhaseClosure || ev.Kind != model.KindClosePremature || ev.Reason != "Erkrankung, Behandlung in einer Klinik" {
		t.Errorf("stored phase %s, event %s %q", got.Phase, ev.Kind, ev.Reason)
	}
	if got.Closure.Form != model.EndingPremature || got.Closure.Reason != model.ReasonIllness {
		t.Errorf("closure form %q reason %q", got.Closure.Form, got.Closure.Reason)
	}
}

// step takes a move through the bar as a user would: it taps the button,
// gives the reason when asked, acknowledges missing documentation, and
// fails on a hard gate.
func (f *fixture) step(t *testing.T, kind model.TransitionKind, reason string, ending model.EndingReason) {
	t.Helper()
	f.Now = f.Now.Add(time.Hour)
	before := len(f.S.Case.Events)
	f.tap(t, kind)
	sd := f.b.open
	if sd == nil || sd.date == nil {
		t.Fatalf("%s from %s: no step dialog", kind, f.S.Case.Phase)
	}
	if sd.reason != nil {
		test.Type(sd.reason, reason)
	}
	if sd.ending != nil && ending != "" {
		sd.ending.SetSelected(f.S.Env.Loc.Enum("EndingReason", ending))
	}
	if sd.ack != nil {
		test.Tap(sd.ack)
	}
	test.Tap(sd.confirm)
	if f.b.open != nil {
		t.Fatalf("%s from %s is blocked: %v %q", kind, f.S.Case.Phase, sd.lines, sd.hint.Text)
	}
	if len(f.S.Case.Events) != before+1 {
		t.Fatalf("%s did not move the case (still %s)", kind, f.S.Case.Phase)
	}
}

func TestFullWalkThroughTheBar(t *testing.T) {
	f := newFixture(t, intakeCase(true), nil)
	c := f.S.Case
	today := func() model.Date { return f.S.Env.Today() }

	f.step(t, model.KindAdvance, "", "") // intake → assessment
	f.step(t, model.KindAdvance, "", "") // → planning, plan v1 begun
	f.step(t, model.KindBackToAssess, "Arbeitsplatzanforderungen fehlen", "")
	f.step(t, model.KindAdvance, "", "")

	// Monitoring needs the plan finalised: the gate says so first.
	f.tap(t, model.KindAdvance)
	if f.b.open == nil || f.b.open.ack != nil || !strings.Contains(strings.Join(f.b.open.lines, " "), "festgeschrieben") {
		t.Fatal("planning → monitoring without a finalised plan must be blocked")
	}
	test.Tap(f.b.open.confirm)
	c.Plans[0].Goals = []model.StrategicGoal{{ID: "s1", Area: model.AreaWork, Text: "Rückkehr", Operational: []model.OperationalGoal{{ID: "o1", Text: "Sechs Stunden"}}}}
	if err := c.FinalizePlan(today()); err != nil {
		t.Fatal(err)
	}
	f.step(t, model.KindAdvance, "", "") // → monitoring

	f.step(t, model.KindReplan, "Neues Ziel nach Gespräch mit dem Arbeitgeber", "")
	if len(c.Plans) != 2 {
		t.Fatalf("Plan fortschreiben starts version 2, have %d versions", len(c.Plans))
	}
	if err := c.FinalizePlan(today()); err != nil {
		t.Fatal(err)
	}
	f.step(t, model.KindAdvance, "", "")
	f.step(t, model.KindReassess, "", "")
	f.step(t, model.KindAdvance, "", "") // the finalised v2 still holds
	f.step(t, model.KindAdvance, "", "")
	f.step(t, model.KindCloseRegular, "", "")

	c.Closure.Date = today()
	c.Closure.WorkAbility = model.WorkAbilityYes
	c.Closure.Reintegration = model.ReintegrationPrevious
	c.Closure.SetFinalLevel("o1", func() *int { l := 1; return &l }())
	// Closing the case file is asked for with what it means; cancelling
	// changes nothing.
	f.tap(t, model.KindFinish)
	if f.b.open == nil || !f.b.open.sure || !strings.Contains(strings.Join(f.b.open.lines, " "), "nur noch lesbar") {
		t.Fatal("closing the case file must be confirmed with what it means")
	}
	f.b.open.d.Cancel()
	if c.Phase != model.PhaseClosure || f.b.open != nil {
		t.Fatalf("a cancelled close moved the case to %s", c.Phase)
	}
	f.step(t, model.KindFinish, "", "")
	f.step(t, model.KindReopen, "Erneute Arbeitsunfähigkeit", "")
	f.step(t, model.KindClosePremature, "Erkrankung", model.ReasonIllness)
	f.step(t, model.KindFinish, "", "")

	got := f.Stored()
	want := []model.TransitionKind{
		model.KindOpened, model.KindAdvance, model.KindAdvance, model.KindBackToAssess, model.KindAdvance, model.KindAdvance,
		model.KindReplan, model.KindAdvance, model.KindReassess, model.KindAdvance, model.KindAdvance, model.KindCloseRegular,
		model.KindFinish, model.KindReopen, model.KindClosePremature, model.KindFinish,
	}
	var kinds []string
	for _, ev := range got.Events {
		kinds = append(kinds, string(ev.Kind))
	}
	var wantKinds []string
	for _, k := range want {
		wantKinds = append(wantKinds, string(k))
	}
	if strings.Join(kinds, " ") != strings.Join(wantKinds, " ") {
		t.Errorf("stored events\n%v\nwant\n%v", kinds, wantKinds)
	}
	if got.Phase != model.PhaseClosed || f.moved != len(want)-1 {
		t.Errorf("stored phase %s, onMoved %d", got.Phase, f.moved)
	}
	if got.Events[3].Reason != "Arbeitsplatzanforderungen fehlen" || got.Events[13].Reason != "Erneute Arbeitsunfähigkeit" {
		t.Errorf("reasons: %q, %q", got.Events[3].Reason, got.Events[13].Reason)
	}
	if got.Closure.Form != model.EndingPremature || got.Closure.Reason != model.ReasonIllness {
		t.Errorf("closure %q %q", got.Closure.Form, got.Closure.Reason)
	}
	if len(got.Assessments) != 3 {
		t.Errorf("two loops back to the assessment make three assessments, have %d", len(got.Assessments))
	}
	if _, ok := f.b.buttons[model.KindReopen]; !ok || len(f.b.buttons) != 1 {
		t.Errorf("a closed case offers only Wieder öffnen, has %v", f.b.buttons)
	}
}

// After the client withdrew the consent to case management, a step
// forward is refused with the message that says why, and the dialog
// offers the premature end with the reason filled in.
func TestWithdrawnConsentOffersThePrematureEnd(t *testing.T) {
	c := intakeCase(true)
	c.Phase = model.PhaseMonitoring
	c.Reviews = []model.Review{{ID: "r1", Date: model.DateOf(uitest.Now)}}
	c.NextReview = model.DateOf(uitest.Now).AddDays(30)
	c.CMConsent.WithdrawnOn = model.DateOf(uitest.Now).AddDays(-1)
	f := newFixture(t, c, nil)
	f.tap(t, model.KindReassess)
	sd := f.b.open
	if sd == nil || sd.confirm.Text != "Vorzeitig beenden …" {
		t.Fatalf("the blocked step offers no premature end: %+v", sd)
	}
	if text := strings.Join(sd.lines, "\n"); !strings.Contains(text, "widerrufen") || !strings.Contains(text, "erneute") && !strings.Contains(text, "neue Zustimmung") {
		t.Errorf("the dialog does not name both ways:\n%s", text)
	}
	test.Tap(sd.confirm)
	sd = f.b.open
	if sd == nil || sd.reason == nil || sd.reason.Text == "" ||
		sd.ending.Selected != f.S.Env.Loc.Enum("EndingReason", model.ReasonWithdrawn) {
		t.Fatalf("the premature end is not prefilled: %+v", sd)
	}
	if sd.ack != nil {
		test.Tap(sd.ack)
	}
	test.Tap(sd.confirm)
	got := f.Stored()
	if got.Phase != model.PhaseClosure || got.Closure.Form != model.EndingPremature || got.Closure.Reason != model.ReasonWithdrawn {
		t.Errorf("stored phase %s, closure %q %q", got.Phase, got.Closure.Form, got.Closure.Reason)
	}
}

// A step documented afterwards takes the day it happened: the dialog
// offers the day the case knows (the decision in the first meeting),
// refuses a day in the future or before the last step with the model's
// words, and the timeline and the assessment the step starts carry the day.
func TestAStepTakesTheDayItHappened(t *testing.T) {
	c := intakeCase(true)
	met := model.DateOf(uitest.Now).AddDays(-3)
	c.Intake.Referral.ReceivedOn = met.AddDays(-10)
	c.Intake.FirstMeeting.Date = met
	c.Intake.Decision.DecidedOn = met
	c.CMConsent.GivenOn = met
	f := newFixture(t, c, nil)
	f.tap(t, model.KindAdvance)
	sd := f.b.open
	if sd == nil || sd.date == nil || sd.date.Text != met.German() {
		t.Fatalf("the step offers %q, want the decision's day %s", sd.date.Text, met.German())
	}
	test.Tap(sd.ack)
	for _, bad := range []struct{ day, says string }{
		{model.DateOf(uitest.Now).AddDays(1).German(), "Zukunft"},
		{met.AddDays(-1).German(), "Zustimmung"}, // no consent in force yet
		{uitest.Now.AddDate(0, 0, -40).Format("02.01.2006"), "vor dem letzten Schritt"},
		{"31.02.2025", ""},
	} {
		sd.date.SetText(bad.day)
		if !sd.confirm.Disabled() {
			t.Errorf("a step on %s can be confirmed", bad.day)
		}
		if bad.says != "" && !strings.Contains(sd.hint.Text, bad.says) {
			t.Errorf("a step on %s: hint %q, want it to say %q", bad.day, sd.hint.Text, bad.says)
		}
	}
	sd.date.SetText(met.AddDays(1).German())
	if sd.confirm.Disabled() {
		t.Fatalf("a step the day after the meeting is refused: %q", sd.hint.Text)
	}
	test.Tap(sd.confirm)
	got := f.Stored()
	if n := len(got.Events); n != 2 || model.DateOf(got.Events[1].At) != met.AddDays(1) {
		t.Fatalf("stored events %+v, want the step on %s", got.Events, met.AddDays(1).German())
	}
	if got.Assessments[0].Date != met.AddDays(1) {
		t.Errorf("the assessment is dated %s, want the step's day", got.Assessments[0].Date.German())
	}
	if f := model.CheckCase(got); len(f.All()) > 0 {
		t.Errorf("findings after a step with its real day: %v", f.All())
	}
}
