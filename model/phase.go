package model

import (
	"slices"
	"time"
)

// Phase is where a case stands in the control loop.
type Phase string

const (
	PhaseIntake     Phase = "intake"
	PhaseAssessment Phase = "assessment"
	PhasePlanning   Phase = "planning"
	PhaseMonitoring Phase = "monitoring"
	PhaseClosure    Phase = "closure"
	PhaseClosed     Phase = "closed"
)

// LoopPhases are the five phases of the Regelkreis in order.
var LoopPhases = []Phase{PhaseIntake, PhaseAssessment, PhasePlanning, PhaseMonitoring, PhaseClosure}

// AllPhases includes the closed state.
var AllPhases = append(append([]Phase{}, LoopPhases...), PhaseClosed)

// Number is the phase's position 1–5 (6 for closed).
func (p Phase) Number() int {
	return slices.Index(AllPhases, p) + 1 // 0 for none of them
}

// TransitionKind names a move in the control loop.
type TransitionKind string

const (
	KindOpened         TransitionKind = "opened"         // the case was created
	KindAdvance        TransitionKind = "advance"        // 1→2, 2→3, 3→4
	KindNotAdmitted    TransitionKind = "notAdmitted"    // 1→closed
	KindReassess       TransitionKind = "reassess"       // 4→2
	KindBackToAssess   TransitionKind = "backToAssess"   // 3→2
	KindReplan         TransitionKind = "replan"         // 4→3, Fortschreibung
	KindCloseRegular   TransitionKind = "closeRegular"   // 2,3,4→5
	KindClosePremature TransitionKind = "closePremature" // 2,3,4→5 vorzeitig
	KindFinish         TransitionKind = "finish"         // 5→closed
	KindReopen         TransitionKind = "reopen"         // closed→4
)

type move struct {
	from, to    Phase
	kind        TransitionKind
	needsReason bool
}

// moves is the control loop of DESIGN.md; anything else is refused.
var moves = []move{
	{PhaseIntake, PhaseAssessment, KindAdvance, false},
	{PhaseIntake, PhaseClosed, KindNotAdmitted, true},
	{PhaseAssessment, PhasePlanning, KindAdvance, false},
	{PhasePlanning, PhaseMonitoring, KindAdvance, false},
	{PhaseMonitoring, PhaseAssessment, KindReassess, false},
	{PhaseMonitoring, PhasePlanning, KindReplan, true},
	{PhasePlanning, PhaseAssessment, KindBackToAssess, true},
	{PhaseAssessment, PhaseClosure, KindCloseRegular, false},
	{PhasePlanning, PhaseClosure, KindCloseRegular, false},
	{PhaseMonitoring, PhaseClosure, KindCloseRegular, false},
	{PhaseAssessment, PhaseClosure, KindClosePremature, true},
	{PhasePlanning, PhaseClosure, KindClosePremature, true},
	{PhaseMonitoring, PhaseClosure, KindClosePremature, true},
	{PhaseClosure, PhaseClosed, KindFinish, false},
	{PhaseClosed, PhaseMonitoring, KindReopen, true},
}

// Move is a transition available from a phase.
type Move struct {
	Kind        TransitionKind
	To          Phase
	NeedsReason bool
}

// MovesFrom lists the transitions the control loop allows from p.
func MovesFrom(p Phase) []Move {
	var out []Move
	for _, m := range moves {
		if m.from == p {
			out = append(out, Move{Kind: m.kind, To: m.to, NeedsReason: m.needsReason})
		}
	}
	return out
}

// RegularMove is the move that takes a case from p on its regular way
// through the control loop: forward to the next phase, from monitoring
// into closure, from closure to the closed file. The other moves (a loop
// back, a premature end, not admitted) are exceptions the counselor looks
// for. ok is false where no move is the regular one (a closed case).
func RegularMove(p Phase) (m Move, ok bool) {
	for _, kind := range []TransitionKind{KindAdvance, KindFinish, KindCloseRegular} {
		for _, m := range MovesFrom(p) {
			if m.Kind == kind {
				return m, true
			}
		}
	}
	return Move{}, false
}

// GateCheck is what stands between a case and a transition. Blocking
// problems are hard gates that nothing overrides; Missing are documentation
// items the user may acknowledge and move on.
type GateCheck struct {
	Blocking Problems
	Missing  []CheckItem
}

// CheckTransition evaluates the gates for moving c by kind on day today.
func CheckTransition(c *Case, kind TransitionKind, reason string, today Date) GateCheck {
	var g GateCheck
	m, ok := findMove(c.Phase, kind)
	if !ok {
		g.Blocking = append(g.Blocking, &Problem{Code: CodeGateNotAllowed, Args: map[string]any{"From": string(c.Phase), "Kind": string(kind)}})
		return g
	}
	if m.needsReason && trimmed(reason) == "" {
		g.Blocking = append(g.Blocking, &Problem{Path: "reason", Code: CodeGateNeedReason})
	}
	// After the client withdrew the consent to case management only the
	// ways out remain: a premature end, or the consent given again.
	withdrawn := forward(m.kind) && c.CMConsent.Withdrawn(today)
	if withdrawn {
		g.Blocking = append(g.Blocking, &Problem{Path: "cmConsent.withdrawnOn", Code: CodeGateWithdrawn,
			Value: c.CMConsent.LastWithdrawal(today).ISO()})
	}
	switch {
	case m.from == PhaseIntake && m.to == PhaseAssessment:
		if c.Intake.Decision.Need != AnswerYes {
			g.Blocking = append(g.Blocking, &Problem{Path: "intake.decision.need", Code: CodeGateNeedDecision})
		}
		if !withdrawn && !c.CMConsent.Active(today) {
			g.Blocking = append(g.Blocking, &Problem{Path: "cmConsent.givenOn", Code: CodeGateNeedConsent})
		}
	case m.from == PhasePlanning && m.to == PhaseMonitoring:
		// Monitoring steers by the plan in force: after a Fortschreibung the
		// new version must be finalised too, not only an older one.
		if p := c.CurrentPlan(); p == nil || !p.Final() {
			g.Blocking = append(g.Blocking, &Problem{Path: "plans", Code: CodeGateNeedFinalPlan})
		}
	case m.kind == KindReopen:
		// Reopening leads straight into monitoring: it must not bypass the
		// gates on the way there (a case closed as "not admitted" has
		// neither consent nor a plan).
		if !withdrawn && !c.CMConsent.Active(today) {
			g.Blocking = append(g.Blocking, &Problem{Path: "cmConsent.givenOn", Code: CodeGateNeedConsent})
		}
		if c.LatestFinalPlan() == nil {
			g.Blocking = append(g.Blocking, &Problem{Path: "plans", Code: CodeGateNeedFinalPlan})
		}
	case m.to == PhaseClosed && m.from == PhaseClosure:
		if ps := ClosureRequired(c); len(ps) > 0 {
			g.Blocking = append(g.Blocking, ps...)
		}
	}
	// Leaving a phase forward or out of the loop warns about its gaps.
	if m.kind != KindReopen && m.kind != KindNotAdmitted {
		g.Missing = ChecklistFor(c, c.Phase).Missing()
	}
	return g
}

// Transition moves c by kind if the hard gates allow it. Missing
// documentation must have been shown to the user: ack says they accepted it.
func Transition(c *Case, kind TransitionKind, reason string, ack bool, now time.Time) (*Event, error) {
	today := DateOf(now)
	g := CheckTransition(c, kind, reason, today)
	if len(g.Blocking) > 0 {
		return nil, g.Blocking
	}
	if len(g.Missing) > 0 && !ack {
		return nil, Problems{{Code: CodeGateNeedAck}}
	}
	m, _ := findMove(c.Phase, kind)
	ev := Event{At: now, Kind: kind, From: c.Phase, To: m.to, Reason: trimmed(reason)}
	for _, it := range g.Missing {
		ev.Missing = append(ev.Missing, it.Key)
	}
	c.Events = append(c.Events, ev)
	c.Phase = m.to
	switch kind {
	case KindNotAdmitted:
		c.NotAdmitted = ev.Reason
	case KindClosePremature:
		c.Closure.Form = EndingPremature
		if c.Closure.ReasonText == "" {
			c.Closure.ReasonText = ev.Reason
		}
	case KindCloseRegular:
		// The chosen move decides the form, also over one left from an
		// earlier, reopened closure.
		c.Closure.Form = EndingRegular
	case KindReassess, KindBackToAssess:
		c.StartAssessment(today, ev.Reason)
	case KindReplan:
		c.StartPlanVersion(today, ev.Reason)
	case KindAdvance:
		if m.to == PhaseAssessment && len(c.Assessments) == 0 {
			c.StartAssessment(today, "")
		}
		if m.to == PhasePlanning && len(c.Plans) == 0 {
			c.StartPlanVersion(today, "")
		}
	}
	return &c.Events[len(c.Events)-1], nil
}

func findMove(from Phase, kind TransitionKind) (move, bool) {
	for _, m := range moves {
		if m.from == from && m.kind == kind {
			return m, true
		}
	}
	return move{}, false
}

// Visit is one stay of a case in a phase, as drawn on the timeline.
type Visit struct {
	Phase Phase
	From  time.Time
	To    time.Time // zero while the case is still there
	Loop  bool      // entered again after the case had moved further
	// Kind and Reason are the move that entered the phase: a closure
	// entered by KindClosePremature is a premature end, Reason says why.
	Kind   TransitionKind
	Reason string
}

// Premature reports a stay in the closure phase entered by a premature end.
func (v Visit) Premature() bool { return v.Kind == KindClosePremature }

// PrematureEnd is the move by which the case last entered the closure
// phase when that was a premature end (vorzeitige Beendigung).
func (c *Case) PrematureEnd() (Event, bool) {
	for i := len(c.Events) - 1; i >= 0; i-- {
		if ev := c.Events[i]; ev.To == PhaseClosure {
			return ev, ev.Kind == KindClosePremature
		}
	}
	return Event{}, false
}

// Visits derives the phase stays from the events, oldest first.
func (c *Case) Visits() []Visit {
	var out []Visit
	seen := map[Phase]bool{}
	for i, ev := range c.Events {
		if n := len(out); n > 0 && out[n-1].To.IsZero() {
			out[n-1].To = ev.At
		}
		out = append(out, Visit{Phase: ev.To, From: c.eventTime(i), Loop: seen[ev.To], Kind: ev.Kind, Reason: ev.Reason})
		seen[ev.To] = true
	}
	return out
}
