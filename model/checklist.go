package model

import "slices"

// CheckItem is one documentation item of a phase. An item that does not apply to the case (a review date
// once the case is closed, a phase the case never passed through) is
// NotApplicable: neither done nor missing, printed "entfällt".
type CheckItem struct {
	Key           CheckKey
	Done          bool
	NotApplicable bool
}

// Checklist is the documentation items of one phase.
type Checklist []CheckItem

// Missing returns the items not yet documented that apply.
func (cl Checklist) Missing() []CheckItem {
	var out []CheckItem
	for _, it := range cl {
		if !it.Done && !it.NotApplicable {
			out = append(out, it)
		}
	}
	return out
}

// Applicable counts the items that apply to the case.
func (cl Checklist) Applicable() int {
	n := 0
	for _, it := range cl {
		if !it.NotApplicable {
			n++
		}
	}
	return n
}

// Complete reports whether every item that applies is done.
func (cl Checklist) Complete() bool { return len(cl.Missing()) == 0 }

// FachkonzeptMinimum reports whether the checklist of phase is one of the
// Fachkonzept's lists of what is "mindestens zu dokumentieren" (assessment,
// planning, closure). The intake and monitoring lists are the program's own
// advice, and say so wherever they are shown.
func FachkonzeptMinimum(phase Phase) bool {
	return phase == PhaseAssessment || phase == PhasePlanning || phase == PhaseClosure
}

// Visited reports whether the case has been in phase: its timeline leads
// there, or it is there now.
func (c *Case) Visited(phase Phase) bool {
	if c.Phase == phase {
		return true
	}
	for _, ev := range c.Events {
		if ev.To == phase {
			return true
		}
	}
	return false
}

// ended reports whether the case has left the loop for its closure.
func (c *Case) ended() bool { return c.Phase == PhaseClosure || c.Phase == PhaseClosed }

func set(s string) bool { return trimmed(s) != "" }

// conferenceDone reports a conference documented as the Fachkonzept asks:
// "Durchführung/Beteiligte/Aufgaben mit Zuständigkeiten" — held on a date,
// with participants, and tasks that each name who is responsible.
func conferenceDone(cs ...Conference) bool {
	for _, c := range cs {
		if c.Held && c.Date.Valid() && (len(c.Attendees) > 0 || set(c.Participants)) && len(c.Tasks) > 0 && tasksAssigned(c.Tasks) {
			return true
		}
	}
	return false
}

func tasksAssigned(ts []Task) bool {
	for _, t := range ts {
		if !set(t.Responsible) {
			return false
		}
	}
	return true
}

// ChecklistFor computes the documentation checklist of phase for c. Intake and
// monitoring have checklists of their own steps; assessment, planning and
// closure carry the Fachkonzept's minimums. A case that ended skipped the
// phases it never reached: their items do not apply.
func ChecklistFor(c *Case, phase Phase) Checklist {
	cl := checklistFor(c, phase)
	if c.ended() && phase != PhaseClosure && !c.Visited(phase) {
		for i := range cl {
			cl[i].Done, cl[i].NotApplicable = false, true
		}
	}
	return cl
}

func checklistFor(c *Case, phase Phase) Checklist {
	switch phase {
	case PhaseIntake:
		in := c.Intake
		// Each of the eight areas must be answered; an area answered twice
		// does not stand in for one left out.
		answered := map[ScreeningArea]bool{}
		for _, a := range in.Screening {
			if a.Answer != "" && slices.Contains(ScreeningAreas, a.Area) {
				answered[a.Area] = true
			}
		}
		return Checklist{
			{Key: CheckReferral, Done: in.Referral.Route != "" && in.Referral.ReceivedOn.Valid()},
			{Key: CheckFirstMeeting, Done: in.FirstMeeting.Date.Valid() && set(in.FirstMeeting.Place)},
			{Key: CheckScreening, Done: len(answered) == len(ScreeningAreas)},
			{Key: CheckDecision, Done: in.Decision.Need != "" && set(in.Decision.Justification)},
			{Key: CheckCMConsent, Done: c.CMConsent.GivenOn.Valid()},
			{Key: CheckIntensity, Done: in.ExpectedIntensity != ""},
			{Key: CheckAgreement, Done: in.Agreement.Concluded},
		}
	case PhaseAssessment:
		a := c.CurrentAssessment()
		if a == nil {
			a = &Assessment{}
		}
		fm := c.Intake.FirstMeeting
		return Checklist{
			{Key: CheckFirstMeeting, Done: fm.Date.Valid() && set(fm.Place)},
			{Key: CheckHealth, Done: set(a.Health)},
			{Key: CheckQualification, Done: set(a.Qualification)},
			{Key: CheckWork, Done: set(a.Work)},
			{Key: CheckEconomic, Done: set(a.Economic)},
			{Key: CheckDailyLiving, Done: set(a.DailyLiving)},
			{Key: CheckSocial, Done: set(a.Social)},
			{Key: CheckCultural, Done: set(a.Cultural)},
			{Key: CheckWishesGoals, Done: set(a.WishesGoals)},
			{Key: CheckInstruments, Done: len(a.Instruments) > 0},
			conferenceItem(CheckCaseConference, a.Conferences...),
			{Key: CheckNetworkPartners, Done: len(a.NetworkPartners) > 0},
		}
	case PhasePlanning:
		p := c.CurrentPlan()
		if p == nil {
			p = &PlanVersion{}
		}
		goalsOK := len(p.Goals) > 0
		for _, g := range p.Goals {
			if g.Area == "" || len(g.Operational) == 0 {
				goalsOK = false
			}
		}
		measuresOK := len(p.Measures) > 0
		for _, m := range p.Measures {
			if m.Area == "" {
				measuresOK = false
			}
		}
		return Checklist{
			{Key: CheckGoalsByArea, Done: goalsOK},
			{Key: CheckMeasuresByArea, Done: measuresOK},
			conferenceItem(CheckParticipationConference, p.Conference),
			{Key: CheckPartnersByArea, Done: len(p.AreaPartners) > 0},
			{Key: CheckFurtherParticipants, Done: len(p.FurtherParticipants) > 0 || len(c.Client.Relatives) > 0 || set(c.Client.Guardian.Name)},
		}
	case PhaseMonitoring:
		// A case that ended has no next review: its date is not missing.
		return Checklist{
			{Key: CheckReview, Done: len(c.Reviews) > 0},
			{Key: CheckNextReview, Done: c.NextReview.Valid() && !c.ended(), NotApplicable: c.ended()},
		}
	case PhaseClosure:
		cl := c.Closure
		return Checklist{
			{Key: CheckEndingForm, Done: cl.Form != "" && (cl.Form == EndingRegular || cl.Reason != "")},
			{Key: CheckWorkAbility, Done: cl.WorkAbility != ""},
			{Key: CheckReintegration, Done: cl.Reintegration != ""},
			{Key: CheckGoalAttainment, Done: goalAttainmentDone(c)},
		}
	}
	return nil
}

func goalAttainmentDone(c *Case) bool {
	p := c.CurrentPlan()
	if p == nil || len(p.OperationalGoals()) == 0 {
		return set(c.Closure.Summary)
	}
	have := map[string]bool{}
	for _, l := range c.Closure.FinalLevels {
		have[l.GoalID] = true
	}
	for _, g := range p.OperationalGoals() {
		if !have[g.Goal.ID] {
			return false
		}
	}
	return true
}

// ClosureRequired lists what the closure record lacks before the case can
// be closed: the date, the form of ending (with its reason when premature)
// and the results. These are a hard gate, not a warning.
func ClosureRequired(c *Case) Problems {
	var ps Problems
	cl := c.Closure
	req := func(ok bool, path string) {
		if !ok {
			ps = append(ps, &Problem{Path: path, Code: CodeGateNeedClosure})
		}
	}
	req(cl.Date.Valid(), "closure.date")
	req(cl.Form != "", "closure.form")
	req(cl.Form != EndingPremature || cl.Reason != "", "closure.reason")
	req(cl.WorkAbility != "", "closure.workAbility")
	req(cl.Reintegration != "", "closure.reintegration")
	req(goalAttainmentDone(c), "closure.finalLevels")
	return ps
}
