package model

import "sort"

// DeadlineKind names what is due.
type DeadlineKind string

const (
	DueFirstMeeting  DeadlineKind = "firstMeeting"
	DueReview        DeadlineKind = "review"
	DueGoal          DeadlineKind = "goal"
	DueMeasure       DeadlineKind = "measure"
	DueTask          DeadlineKind = "task"
	DueConsentExpiry DeadlineKind = "consentExpiry"
)

// Deadline is one thing due in a case. Ref is the ID of the goal, measure
// or consent it concerns; Label a short text of the user's own (goal text,
// measure, partner UID) for display.
type Deadline struct {
	Kind  DeadlineKind
	Due   Date
	Ref   string
	Label string
}

// Overdue reports whether the deadline has passed on today.
func (d Deadline) Overdue(today Date) bool { return d.Due.Before(today) }

// FirstMeetingDue is the day the first meeting is due: the configured
// number of days after the referral arrived.
func FirstMeetingDue(c *Case, s Settings) (Date, bool) {
	if !c.Intake.Referral.ReceivedOn.Valid() {
		return Date{}, false
	}
	return c.Intake.Referral.ReceivedOn.AddDays(s.WithDefaults().FirstMeetingDays), true
}

// ReviewDue is the next monitoring review: the date set on the case, or
// the interval of the intensity type after the last review (or after the
// case entered monitoring).
func ReviewDue(c *Case, s Settings) (Date, bool) {
	if c.NextReview.Valid() {
		return c.NextReview, true
	}
	var last Date
	if n := len(c.Reviews); n > 0 {
		last = c.Reviews[n-1].Date
	}
	if !last.Valid() {
		for i := len(c.Events) - 1; i >= 0; i-- {
			if c.Events[i].To == PhaseMonitoring {
				last = DateOf(c.Events[i].At)
				break
			}
		}
	}
	if !last.Valid() {
		return Date{}, false
	}
	return last.AddDays(s.ReviewDays(c.Intake.ExpectedIntensity)), true
}

// Deadlines lists what is open in c, earliest first. Closed cases have none.
func Deadlines(c *Case, s Settings) []Deadline {
	var out []Deadline
	if c.Phase == PhaseClosed {
		return nil
	}
	if c.Phase == PhaseIntake && !c.Intake.FirstMeeting.Date.Valid() {
		if due, ok := FirstMeetingDue(c, s); ok {
			out = append(out, Deadline{Kind: DueFirstMeeting, Due: due})
		}
	}
	if c.Phase == PhaseMonitoring {
		if due, ok := ReviewDue(c, s); ok {
			out = append(out, Deadline{Kind: DueReview, Due: due})
		}
	}
	if c.Phase == PhaseMonitoring || c.Phase == PhasePlanning {
		if p := c.LatestFinalPlan(); p != nil {
			for _, g := range p.OperationalGoals() {
				lvl, ok := c.LatestLevel(g.Goal.ID)
				if g.Goal.TargetDate.Valid() && (!ok || lvl < 0) {
					out = append(out, Deadline{Kind: DueGoal, Due: g.Goal.TargetDate, Ref: g.Goal.ID, Label: g.Goal.Text})
				}
			}
			for _, m := range p.Measures {
				if m.End.Valid() && (m.Status == "" || m.Status == MeasurePlanned || m.Status == MeasureRunning) {
					out = append(out, Deadline{Kind: DueMeasure, Due: m.End, Ref: m.ID, Label: m.What})
				}
			}
		}
	}
	if a := c.CurrentAssessment(); a != nil {
		for _, conf := range a.Conferences {
			for _, t := range conf.Tasks {
				if !t.Done && t.Due.Valid() {
					out = append(out, Deadline{Kind: DueTask, Due: t.Due, Label: t.What})
				}
			}
		}
	}
	warn := s.WithDefaults().ConsentWarnDays
	for _, k := range c.Consents {
		if k.ValidUntil.Valid() && !k.RevokedOn.Valid() {
			out = append(out, Deadline{Kind: DueConsentExpiry, Due: k.ValidUntil.AddDays(-warn), Ref: k.ID, Label: k.Partner})
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Due.Before(out[j].Due) })
	return out
}

// NextDue is the earliest open deadline of c, or the zero Date.
func NextDue(c *Case, s Settings) Date {
	if d := Deadlines(c, s); len(d) > 0 {
		return d[0].Due
	}
	return Date{}
}
