package model

import "slices"

// CheckItem is one documentation item of a phase (Fachkonzept,
// "mindestens … zu dokumentieren"). Key is a message ID "Check.<name>".
type CheckItem struct {
	Key  string
	Done bool
}

// Checklist is the documentation items of one phase.
type Checklist []CheckItem

// Missing returns the items not yet documented.
func (cl Checklist) Missing() []CheckItem {
	var out []CheckItem
	for _, it := range cl {
		if !it.Done {
			out = append(out, it)
		}
	}
	return out
}

// Complete reports whether every item is done.
func (cl Checklist) Complete() bool { return len(cl.Missing()) == 0 }

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
// closure carry the Fachkonzept's minimums.
func ChecklistFor(c *Case, phase Phase) Checklist {
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
			{"Check.referral", in.Referral.Route != "" && in.Referral.ReceivedOn.Valid()},
			{"Check.firstMeeting", in.FirstMeeting.Date.Valid() && set(in.FirstMeeting.Place)},
			{"Check.screening", len(answered) == len(ScreeningAreas)},
			{"Check.decision", in.Decision.Need != "" && set(in.Decision.Justification)},
			{"Check.cmConsent", c.CMConsent.GivenOn.Valid()},
			{"Check.intensity", in.ExpectedIntensity != ""},
			{"Check.agreement", in.Agreement.Concluded},
		}
	case PhaseAssessment:
		a := c.CurrentAssessment()
		if a == nil {
			a = &Assessment{}
		}
		fm := c.Intake.FirstMeeting
		return Checklist{
			{"Check.firstMeeting", fm.Date.Valid() && set(fm.Place)},
			{"Check.health", set(a.Health)},
			{"Check.qualification", set(a.Qualification)},
			{"Check.work", set(a.Work)},
			{"Check.economic", set(a.Economic)},
			{"Check.dailyLiving", set(a.DailyLiving)},
			{"Check.social", set(a.Social)},
			{"Check.cultural", set(a.Cultural)},
			{"Check.wishesGoals", set(a.WishesGoals)},
			{"Check.instruments", len(a.Instruments) > 0},
			{"Check.caseConference", conferenceDone(a.Conferences...)},
			{"Check.networkPartners", len(a.NetworkPartners) > 0},
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
			{"Check.goalsByArea", goalsOK},
			{"Check.measuresByArea", measuresOK},
			{"Check.participationConference", conferenceDone(p.Conference)},
			{"Check.partnersByArea", len(p.AreaPartners) > 0},
			{"Check.furtherParticipants", len(p.FurtherParticipants) > 0 || len(c.Client.Relatives) > 0 || set(c.Client.Guardian.Name)},
		}
	case PhaseMonitoring:
		return Checklist{
			{"Check.review", len(c.Reviews) > 0},
			{"Check.nextReview", c.NextReview.Valid()},
		}
	case PhaseClosure:
		cl := c.Closure
		return Checklist{
			{"Check.endingForm", cl.Form != "" && (cl.Form == EndingRegular || cl.Reason != "")},
			{"Check.workAbility", cl.WorkAbility != ""},
			{"Check.reintegration", cl.Reintegration != ""},
			{"Check.goalAttainment", goalAttainmentDone(c)},
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
