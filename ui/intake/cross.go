package intake

import (
	"fyne.io/fyne/v2"

	"teilhabelotse/ui/kit"
)

// crossSection is "Bereichsübergreifend": the aggravating conditions across
// the areas (Problemketten, trouble reaching providers) and the
// Förderfaktoren that may put a large need into perspective.
func (w *workspace) crossSection() fyne.CanvasObject {
	s := w.s
	ag := &s.Case.Intake.Aggravating
	fa := &s.Case.Intake.Facilitators
	agNotes := s.Note(&ag.Notes)
	agNotes.SetPlaceHolder(s.T("Intake.AggravatingNotes"))
	faNotes := s.Note(&fa.Notes)
	faNotes.SetPlaceHolder(s.T("Intake.FacilitatorsNotes"))
	return s.Section("Intake.Cross", "",
		kit.Wrapped(s.T("Intake.CrossIntro")),
		kit.Heading(s.T("Intake.Aggravating")),
		flag(s, "Intake.ProblemChains", &ag.ProblemChains),
		flag(s, "Intake.ProviderTrouble", &ag.ProviderTrouble),
		agNotes,
		kit.Heading(s.T("Intake.Facilitators")),
		flag(s, "Intake.Resilience", &fa.Resilience),
		flag(s, "Intake.SocialTies", &fa.SocialTies),
		flag(s, "Intake.Finances", &fa.Finances),
		faNotes,
	)
}
