package model

import (
	"slices"
	"sort"
)

// DeadlineKind names what is due.
type DeadlineKind string

const (
	DueFirstMeeting  DeadlineKind = "firstMeeting"
	DueReview        DeadlineKind = "review"
	DueGoal          DeadlineKind = "goal"
	DueMeasure       DeadlineKind = "measure"
	DueTask          DeadlineKind = "task"
	DueConsentExpiry DeadlineKind = "consentExpiry"
	// A closed case whose Abschlussdokumentation, or a case not admitted
	// whose Rückmeldung an den Auftraggeber, has no transmission date.
	DueSendClosure  DeadlineKind = "sendClosure"
	DueSendFeedback DeadlineKind = "sendFeedback"
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

// FirstMeetingLate is how many days after its due day the first meeting
// took place; 0 when it was in time, has no date or no due day.
func FirstMeetingLate(c *Case, s Settings) int {
	due, ok := FirstMeetingDue(c, s)
	held := c.Intake.FirstMeeting.Date
	if !ok || !held.Valid() || !held.After(due) {
		return 0
	}
	return due.DaysUntil(held)
}

// ReviewDue is the next monitoring review: the date set on the case, or
// the interval of the intensity type after the last review (or after the
// case entered monitoring). A set date that a review has since been held
// on or after is fulfilled and no longer counts.
func ReviewDue(c *Case, s Settings) (Date, bool) {
	var last Date
	if n := len(c.Reviews); n > 0 {
		last = c.Reviews[n-1].Date
	}
	if c.NextReview.Valid() && (!last.Valid() || c.NextReview.After(last)) {
		return c.NextReview, true
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

// Deadlines lists what is open in c, earliest first. A closed case has
// only one: the reminder to send its Abschlussdokumentation (or, not
// admitted, its Rückmeldung) when no transmission date is recorded, due
// the configured number of days after the closing.
func Deadlines(c *Case, s Settings) []Deadline {
	var out []Deadline
	if c.Phase == PhaseClosed {
		closed := c.ClosedOn()
		if c.Closure.TransmittedOn.Valid() || !closed.Valid() {
			return nil
		}
		kind := DueSendClosure
		if c.ClosedNotAdmitted() {
			kind = DueSendFeedback
		}
		return []Deadline{{Kind: kind, Due: closed.AddDays(s.WithDefaults().TransmitReminderDays)}}
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
				if st := c.MeasureStatus(m); m.End.Valid() && (st == MeasurePlanned || st == MeasureRunning) {
					out = append(out, Deadline{Kind: DueMeasure, Due: m.End, Ref: m.ID, Label: m.What})
				}
			}
		}
	}
	// Tasks agreed in the case conferences and the participation conference.
	var confs []Conference
	if a := c.CurrentAssessment(); a != nil {
		confs = append(confs, a.Conferences...)
	}
	if p := c.CurrentPlan(); p != nil {
		confs = append(confs, p.Conference)
	}
	for _, conf := range confs {
		for _, t := range conf.Tasks {
			if !t.Done && t.Due.Valid() {
				out = append(out, Deadline{Kind: DueTask, Due: t.Due, Label: t.What})
			}
		}
	}
	warn := s.WithDefaults().ConsentWarnDays
	for i, k := range c.Consents {
		if k.ValidUntil.Valid() && !k.RevokedOn.Valid() && !renewed(c.Consents, i) {
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

// renewed reports whether consent i is superseded by another, unrevoked
// consent to the same recipient for at least the same categories that runs
// longer, so its expiry needs no warning any more.
func renewed(ks []Consent, i int) bool {
	k := ks[i]
	for j, o := range ks {
		if j == i || o.Partner != k.Partner || o.RevokedOn.Valid() || !o.GivenOn.Valid() {
			continue
		}
		if o.ValidUntil.Valid() && !o.ValidUntil.After(k.ValidUntil) {
			continue
		}
		all := true
		for _, cat := range k.Categories {
			if !slices.Contains(o.Categories, cat) {
				all = false
			}
		}
		if all {
			return true
		}
	}
	return false
}
