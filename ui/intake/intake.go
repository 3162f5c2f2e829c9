// Package intake is the workspace of phase 1 of the control loop,
// Fallidentifikation und Aufnahme (Intake): how the case came in, the first
// meeting, the screening of the eight areas, the cross-area conditions, the
// Zustimmung zum Fallmanagement and the decision with the Vereinbarung — in
// the order and the words of the Fachkonzept, under the intake checklist.
//
// The intake stays editable in every phase, because counselors complete it
// later; only a closed case shows it read-only.
package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// New builds the intake workspace of s.Case.
func New(s *kit.Session) fyne.CanvasObject { return build(s).root }

// workspace holds the parts that change when the case changes, so a save
// refreshes them in place.
type workspace struct {
	s        *kit.Session
	readOnly bool

	checklist *checklistView
	referral  *referralView
	meeting   *meetingView
	screening *screeningView
	consent   *consentView
	decision  *decisionView

	root fyne.CanvasObject
}

func build(s *kit.Session) *workspace {
	w := &workspace{s: s, readOnly: s.Case.Phase == model.PhaseClosed}
	w.checklist = newChecklistView(s)
	w.referral = newReferralView(w)
	w.meeting = newMeetingView(s)
	w.screening = newScreeningView(s)
	w.consent = newConsentView(s)
	w.decision = newDecisionView(s)

	parts := []fyne.CanvasObject{}
	if w.readOnly {
		parts = append(parts, notice(theme.InfoIcon(), s.T("Intake.ReadOnly"), widget.MediumImportance))
	}
	parts = append(parts,
		w.checklist.root,
		w.referral.root,
		w.meeting.root,
		w.screening.root,
		w.crossSection(),
		w.consent.root,
		w.decision.root,
	)
	w.root = container.NewVBox(parts...)
	if w.readOnly {
		w.freeze()
	}
	w.refresh()

	// The checklist and the consent status follow every save.
	s.OnRefresh(w.refresh)
	return w
}

// refresh redraws what is derived from the case.
func (w *workspace) refresh() {
	w.checklist.refresh()
	w.meeting.refreshDue()
	w.meeting.refreshReason()
	w.screening.refreshTitles()
	w.consent.refresh()
}

// freeze makes the workspace read-only.
func (w *workspace) freeze() { kit.Freeze(w.root) }

// notice is a fixed status line.
func notice(icon fyne.Resource, text string, imp widget.Importance) fyne.CanvasObject {
	l := newStatusLine()
	l.set(icon, text, imp)
	return l.root
}
