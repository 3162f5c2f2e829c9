package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// decisionView is the Entscheidung über das Fallmanagement, the expected
// intensity type and the Vereinbarung.
type decisionView struct {
	s *kit.Session

	need          *kit.KeyRadio
	justification *kit.Entry
	jointly       *option
	decidedOn     *kit.Entry
	intensity     []*option
	intensityInfo *widget.Label

	concluded     *kit.KeyCheck
	agreementDate *kit.Entry
	agreementNote *kit.Entry

	root fyne.CanvasObject
}

func newDecisionView(s *kit.Session) *decisionView {
	in := &s.Case.Intake
	d := &in.Decision
	ag := &in.Agreement
	v := &decisionView{
		s:             s,
		need:          kit.Radio(s, "Answer", []model.Answer{model.AnswerYes, model.AnswerNo}, &d.Need),
		justification: s.Note(&d.Justification),
		jointly:       flag(s, "Intake.JointlyText", &d.DecidedJointly),
		decidedOn:     s.DateAt(&d.DecidedOn, "intake.decision.decidedOn"),
		intensityInfo: kit.Wrapped(""),
		concluded:     s.Check("Intake.Concluded", &ag.Concluded),
		agreementDate: s.DateAt(&ag.Date, "intake.agreement.date"),
		agreementNote: s.Note(&ag.Notes),
	}
	v.justification.SetPlaceHolder(s.T("Intake.JustificationPlaceholder"))
	// Decision and agreement are made in the first meeting as a rule: the
	// day is filled in with the meeting's when the decision is chosen or
	// the agreement ticked, instead of being typed again.
	dated(s, &v.need.OnChanged, v.decidedOn, &d.DecidedOn)
	dated(s, &v.concluded.OnChanged, v.agreementDate, &ag.Date)
	labels := make([]string, len(model.Intensities))
	for i, x := range model.Intensities {
		labels[i] = s.Env.Loc.Enum("Intensity", x)
	}
	v.intensity = radioSet(s, labels, model.Intensities, &in.ExpectedIntensity, v.refreshIntensity)
	v.intensityInfo.SizeName = theme.SizeNameCaptionText
	v.refreshIntensity()

	v.root = s.Section("Intake.Decision", "",
		kit.Wrapped(s.T("Intake.DecisionIntro")),
		s.Form(
			kit.Row{LabelID: "Intake.Need", Field: v.need},
			kit.Row{LabelID: "Intake.Justification", Field: v.justification},
			kit.Row{LabelID: "Intake.Jointly", Field: v.jointly},
			kit.Row{LabelID: "Intake.DecidedOn", Field: v.decidedOn},
			kit.Row{LabelID: "Intake.Intensity", Field: container.NewVBox(column(v.intensity), v.intensityInfo)},
		),
		widget.NewSeparator(),
		kit.Heading(s.T("Intake.Agreement")),
		kit.Wrapped(s.T("Intake.AgreementIntro")),
		s.Form(
			kit.Row{LabelID: "Intake.AgreementStatus", Field: v.concluded},
			kit.Row{LabelID: "Intake.AgreementDate", Field: v.agreementDate},
			kit.Row{LabelID: "Intake.Notes", Field: v.agreementNote},
		),
	)
	return v
}

// refreshIntensity explains the chosen intensity type in the Fachkonzept's
// words, so the choice can be checked against what it means.
func (v *decisionView) refreshIntensity() {
	x := v.s.Case.Intake.ExpectedIntensity
	if x == "" {
		v.intensityInfo.SetText(v.s.T("Intake.IntensityNone"))
		return
	}
	v.intensityInfo.SetText(v.s.T("IntensityInfo." + string(x)))
}

// dated wraps the bound handler of a choice so that making it (choosing an
// answer, ticking the box) fills in an empty date with the first meeting's
// day (or today). The entry is bound to the date, so setting its text
// validates and saves it like typing would.
func dated[T comparable](s *kit.Session, changed *func(T), date *kit.Entry, p *model.Date) {
	kit.Then(changed, func(v T) {
		var none T
		if v == none || !p.IsZero() || date.Disabled() {
			return
		}
		date.SetText(s.Case.MeetingDay(s.Env.Today()).German())
	})
}
