// Package closure is the workspace of phase 5, Abschluss und Evaluation des
// Einzelfalls: the form of ending, the results of the case management, the
// degree of goal attainment with its GAS T-score, the client's own
// evaluation, further support, the final intensity type and the date the
// Abschlussdokumentation went to the DRV.
package closure

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// workspace is the closure workspace of one session.
type workspace struct {
	s *kit.Session

	status *status // checklist and hard requirements, kept current
	goals  *goals  // goal attainment with the live T-score

	// The fields, kept for tests.
	date          *kit.Entry
	form          *kit.KeyRadio
	reason        *kit.KeySelect
	reasonText    *kit.Entry
	workAbility   *kit.KeyRadio
	reintegration *kit.KeyRadio
	summary       *kit.Entry
	helped        *kit.Entry
	changed       *kit.Entry
	further       *kit.Entry
	intensity     *intensityChoice
	transmitted   *kit.Entry
}

// New returns the closure workspace of the session's case. The host puts
// it in a vertical scroll.
func New(s *kit.Session) fyne.CanvasObject {
	return newWorkspace(s).build()
}

func newWorkspace(s *kit.Session) *workspace {
	return &workspace{s: s}
}

func (w *workspace) build() fyne.CanvasObject {
	s, cl := w.s, &w.s.Case.Closure
	if s.Case.ClosedNotAdmitted() {
		// Closed at intake: there was no case management to evaluate, only
		// the Rückmeldung an den Auftraggeber to write and send.
		return w.feedback()
	}
	w.status = newStatus(s)
	w.goals = newGoals(s, w.onEdit)

	w.date = s.DateAt(&cl.Date, "closure.date")
	w.form = kit.Radio(s, "EndingForm", model.EndingForms, &cl.Form)
	w.reason = kit.Select(s, "EndingReason", model.EndingReasons, &cl.Reason)
	w.reasonText = s.Note(&cl.ReasonText)
	w.workAbility = kit.Radio(s, "WorkAbility", model.WorkAbilities, &cl.WorkAbility)
	w.reintegration = kit.Radio(s, "Reintegration", model.Reintegrations, &cl.Reintegration)
	w.summary = s.Note(&cl.Summary)
	w.helped = s.Note(&cl.Helped)
	w.changed = s.Note(&cl.Changed)
	w.further = s.Note(&cl.FurtherSupport)
	// long results, one per line, each one click
	w.workAbility.Horizontal, w.reintegration.Horizontal = false, false
	w.further.SetPlaceHolder(s.T("Closure.FurtherExamples"))
	w.intensity = newIntensityChoice(s, &cl.FinalIntensity)
	w.transmitted = s.DateAt(&cl.TransmittedOn, "closure.transmittedOn")

	// Whatever decides the checklist refreshes it, so the list at the top
	// always says what is still open: a choice at once, a text after it is
	// saved — which waits until the user leaves the field (kit's refresh),
	// because the list above grows and shrinks and would move the field
	// she types in.
	s.OnRefresh(w.onEdit)
	for _, r := range []*kit.KeyRadio{w.form, w.workAbility, w.reintegration} {
		r.OnChanged = then(r.OnChanged, w.onEdit)
	}
	w.reason.OnChanged = then(w.reason.OnChanged, w.onEdit)

	ending := s.Section("Closure.EndingTitle", "", explain(s.T("Closure.EndingExplain")), s.Form(
		kit.Row{LabelID: "Closure.Date", Field: w.date},
		kit.Row{LabelID: "Closure.Form", Field: w.form},
		kit.Row{LabelID: "Closure.Reason", Field: w.reason, HintID: "Closure.ReasonHint"},
		kit.Row{LabelID: "Closure.ReasonText", Field: w.reasonText},
	))
	// The results' labels stand above their columns of options: beside
	// them the longest result ("Qualifizierung / Leistungen zur Teilhabe
	// am Arbeitsleben (LTA)") would widen the page past a small screen.
	resultsForm := s.Form(
		kit.Row{LabelID: "Closure.WorkAbility", Field: w.workAbility},
		kit.Row{LabelID: "Closure.Reintegration", Field: w.reintegration},
	)
	resultsForm.Orientation = widget.Vertical
	results := s.Section("Closure.ResultsTitle", "Closure.ResultsSubtitle", resultsForm)
	attainment := s.Section("Closure.GoalsTitle", "Closure.GoalsSubtitle",
		w.goals.build(),
		s.Form(kit.Row{LabelID: "Closure.Summary", Field: w.summary, HintID: "Closure.SummaryHint"}),
	)
	client := s.Section("Closure.ClientTitle", "Closure.ClientSubtitle", s.Form(
		kit.Row{LabelID: "Closure.Helped", Field: w.helped},
		kit.Row{LabelID: "Closure.Changed", Field: w.changed},
	))
	further := s.Section("Closure.FurtherTitle", "", s.Form(
		kit.Row{LabelID: "Closure.Further", Field: w.further},
	))
	intensity := s.Section("Closure.IntensityTitle", "", s.Form(
		kit.Row{LabelID: "Closure.FinalIntensity", Field: w.intensity.object()},
	), w.expectedIntensity())
	transmit := s.Section("Closure.TransmitTitle", "", explain(s.T("Closure.TransmitExplain")), s.Form(
		kit.Row{LabelID: "Closure.Transmitted", Field: w.transmitted},
	))

	record := container.NewVBox(ending, results, attainment, client, further, intensity)
	box := container.NewVBox()
	if note := w.phaseNote(); note != nil {
		box.Add(note)
	}
	box.Add(w.status.build())
	box.Add(record)
	box.Add(transmit)
	if s.Case.Phase == model.PhaseClosed {
		// A closed case keeps its closure record as it was closed; only the
		// transmission to the DRV, which follows the closing, stays open.
		kit.Freeze(record)
	}
	w.status.refresh()
	return box
}

// feedback is the workspace of a case not admitted: why, the other
// support discussed or arranged, and the day the Rückmeldung an den
// Auftraggeber went out — the fields that document prints.
func (w *workspace) feedback() fyne.CanvasObject {
	s, cl := w.s, &w.s.Case.Closure
	w.further = s.Note(&cl.FurtherSupport)
	w.further.SetPlaceHolder(s.T("Closure.FeedbackExamples"))
	w.transmitted = s.Date(&cl.TransmittedOn)
	return container.NewVBox(w.phaseNote(), s.Section("Closure.FeedbackTitle", "", explain(s.T("Closure.FeedbackExplain")), s.Form(
		kit.Row{LabelID: "Closure.FeedbackAlternative", Field: w.further},
		kit.Row{LabelID: "Closure.FeedbackTransmitted", Field: w.transmitted},
	)))
}

// onEdit runs after every edit that can change the checklist or the
// T-score.
func (w *workspace) onEdit() {
	w.status.refresh()
}

// explain is a wrapping line of guidance at the top of a section (a card's
// subtitle does not wrap and would widen the whole workspace).
func explain(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}
}

// then chains after behind an existing change handler.
func then(first func(string), after func()) func(string) {
	return func(v string) {
		if first != nil {
			first(v)
		}
		after()
	}
}

// phaseNote says where the case stands when that is not the closure
// phase itself, or nil.
func (w *workspace) phaseNote() fyne.CanvasObject {
	c := w.s.Case
	var text string
	switch {
	case c.ClosedNotAdmitted():
		text = w.s.T("Closure.NotAdmitted", "Reason", c.NotAdmitted)
	case c.Phase == model.PhaseClosed:
		text = w.s.T("Closure.ClosedNote")
	case c.Phase != model.PhaseClosure:
		text = w.s.T("Closure.NotYet", "Regular", w.s.T("Transition.Move.closeRegular"), "Premature", w.s.T("Transition.Move.closePremature"))
	default:
		return nil
	}
	l := kit.Wrapped(text)
	l.Importance = widget.WarningImportance
	return l
}

// expectedIntensity reminds of the type expected at intake, to compare.
func (w *workspace) expectedIntensity() fyne.CanvasObject {
	exp := w.s.Case.Intake.ExpectedIntensity
	if exp == "" {
		return kit.Wrapped(w.s.T("Closure.ExpectedNone"))
	}
	return kit.Wrapped(w.s.T("Closure.Expected", "Intensity", w.s.Env.Loc.Enum("Intensity", exp)))
}
