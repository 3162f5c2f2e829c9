package model

import (
	"slices"
	"time"
)

// Real dates. A counselor often documents a meeting days later: every step
// of the loop, every consent, decision, agreement and contact carries the
// day it happened, not the day it was typed. The order of those days is
// judged by the same rules for the window, the case file and the command
// line — Validate's date order and CheckCase's impossible and odd dates —
// asked here of one date at a time.

// Codes of a step's own date (messages in locales/model.*.json).
const (
	// A step dated after today; Value: the day.
	CodeGateFutureDate = "GateFutureDate"
	// A step dated before the step before it; Value: the day, Args: Other
	// (the previous step's day).
	CodeGateBeforePrevious = "GateBeforePrevious"
)

// OpenedOn is the day the case was opened: the day the information about
// the possible need was received (the referral's receipt); for a case
// without one, the day it was created here.
func (c *Case) OpenedOn() Date {
	if d := c.Intake.Referral.ReceivedOn; d.Valid() {
		return d
	}
	if len(c.Events) > 0 && !c.Events[0].At.IsZero() {
		return DateOf(c.Events[0].At)
	}
	if !c.Created.IsZero() {
		return DateOf(c.Created)
	}
	return Date{}
}

// eventTime is when the i-th step of the timeline happened. The opening
// happened on the referral's receipt, which is often earlier than the day
// the case was typed in (the opening event's own time).
func (c *Case) eventTime(i int) time.Time {
	at := c.Events[i].At
	if i == 0 && c.Events[0].Kind == KindOpened && !at.IsZero() {
		if d := c.OpenedOn(); d.Valid() && d.Before(DateOf(at)) {
			return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, at.Location())
		}
	}
	return at
}

// MeetingDay is the day the intake's entries of the first meeting default
// to — consent, decision and agreement are usually all made there: the
// first meeting's date once it is known, today otherwise.
func (c *Case) MeetingDay(today Date) Date {
	if d := c.Intake.FirstMeeting.Date; d.Valid() && !d.After(today) {
		return d
	}
	return today
}

// StepDay is the day a step of the loop defaults to: today, unless the
// case already knows when it happened — the admission is decided in the
// first meeting (the decision's day, or the agreement's), the case file is
// closed on the closure's date.
func (c *Case) StepDay(kind TransitionKind, today Date) Date {
	known := Date{}
	switch {
	case c.Phase == PhaseIntake:
		for _, d := range []Date{c.Intake.Agreement.Date, c.Intake.Decision.DecidedOn, c.CMConsent.GivenOn} {
			if d.Valid() {
				known = d
				break
			}
		}
	case kind == KindFinish:
		known = c.Closure.Date
	}
	if !known.Valid() || known.After(today) {
		return today
	}
	if n := len(c.Events); n > 0 && known.Before(DateOf(c.eventTime(n-1))) {
		return today
	}
	return known
}

// CheckStepDay says what is wrong with day as the day of the next step:
// a step cannot lie in the future or before the step before it.
func CheckStepDay(c *Case, day, today Date) Problems {
	var ps Problems
	if !day.Valid() {
		return Problems{{Path: "at", Code: CodeRequired}}
	}
	if day.After(today) {
		ps = append(ps, &Problem{Path: "at", Code: CodeGateFutureDate, Value: day.ISO()})
	}
	if n := len(c.Events); n > 0 && !c.Events[n-1].At.IsZero() {
		if prev := DateOf(c.eventTime(n - 1)); day.Before(prev) {
			ps = append(ps, &Problem{Path: "at", Code: CodeGateBeforePrevious, Value: day.ISO(), Args: map[string]any{"Other": prev.ISO()}})
		}
	}
	return ps
}

// stepTime is the time stamp of a step taken on day: now when that is
// today; otherwise noon of the day, and never before the step before it,
// so the timeline keeps its order within one day.
func stepTime(c *Case, day Date, now time.Time) time.Time {
	if DateOf(now) == day {
		return now
	}
	at := time.Date(day.Y, day.M, day.D, 12, 0, 0, 0, now.Location())
	if n := len(c.Events); n > 0 {
		if prev := c.eventTime(n - 1); !at.After(prev) && DateOf(prev) == day {
			at = prev.Add(time.Minute)
		}
	}
	return at
}

// TransitionOn is Transition dated day: the gates are asked for that day
// (the consent in force then, the plan finalised by then), and new
// assessments and plan versions the step starts carry it.
func TransitionOn(c *Case, kind TransitionKind, reason string, ack bool, day Date, now time.Time) (*Event, error) {
	if ps := CheckStepDay(c, day, DateOf(now)); len(ps) > 0 {
		return nil, ps
	}
	if ps := DateProblemsIf(c, func(x *Case) { x.Events = append(x.Events, Event{At: stepTime(c, day, now), Kind: kind}) }, field(index("events", len(c.Events)), "at")); len(ps) > 0 {
		return nil, ps
	}
	return Transition(c, kind, reason, ack, stepTime(c, day, now))
}

// dateCodes are the findings about the order of dates.
var dateCodes = []string{CodeDateOrder, CodeRuleDateImpossible, CodeRuleDateOdd, CodeRuleEventOrder}

// DateProblems is what the rules find about the date at path of c (or
// about another date because of it): hard problems — a date order
// Validate refuses, a date CheckCase finds impossible — and warnings, an
// order that is odd but possible. A front end refuses the hard ones and
// says the warnings.
func DateProblems(c *Case, path string) (hard, warn Problems) {
	concerns := func(p *Problem) bool {
		if !slices.Contains(dateCodes, p.Code) {
			return false
		}
		other, _ := p.Args["Other"].(string)
		return p.Path == path || other == path
	}
	for _, p := range c.Validate(nil) {
		if concerns(p) {
			hard = append(hard, p)
		}
	}
	f := CheckCase(c)
	for _, p := range f.Hard {
		if concerns(p) {
			hard = append(hard, p)
		}
	}
	for _, p := range f.Warnings {
		if concerns(p) {
			warn = append(warn, p)
		}
	}
	return hard, warn
}

// DateProblemsIf is the hard DateProblems of path once edit is made to a
// copy of c — for a dialog whose entry is not yet in the case.
func DateProblemsIf(c *Case, edit func(*Case), path string) Problems {
	cp := c.Clone()
	edit(cp)
	hard, _ := DateProblems(cp, path)
	return hard
}
