package model

// The whole-case check: every rule the window enforces while a case is
// worked on, asked of a finished case — one read from a case file, one
// about to be exported, one already in the database. Validate answers
// whether the data is well-formed; CheckCase answers whether a counselor
// following the control loop and the consent rule could have produced it.

// RulesVersion is raised whenever CheckCase changes what it finds, so that
// counts stored with the cases (CaseSummary.Broken) are computed anew.
const RulesVersion = 4

// Codes of the whole-case check (messages in locales/rules.*.json).
const (
	// A disclosure no active consent covers; Args: Missing ([]InfoCategory).
	CodeRuleNotCovered = "RuleNotCovered"
	// A disclosure while the Zustimmung zum Fallmanagement was withdrawn.
	CodeRuleWithdrawnDisclosure = "RuleWithdrawnDisclosure"
	// The case is past intake and has no timeline at all.
	CodeRuleNoEvents = "RuleNoEvents"
	// The timeline does not begin with the opening of the case.
	CodeRuleFirstEvent = "RuleFirstEvent"
	// A timeline step the control loop does not have; Args: From, To (Phase).
	CodeRuleEventMove = "RuleEventMove"
	// A timeline step that needs a reason and has none.
	CodeRuleEventReason = "RuleEventReason"
	// A timeline step dated before the one before it (warning).
	CodeRuleEventOrder = "RuleEventOrder"
	// The timeline ends elsewhere than the case's phase; Args: Phase, Last.
	CodeRuleEventPhase = "RuleEventPhase"
	// Admitted to case management without the decision "yes".
	CodeRuleNeedDecision = "RuleNeedDecision"
	// Admitted to case management, or moved on, without an active
	// Zustimmung zum Fallmanagement on that day.
	CodeRuleNeedConsent = "RuleNeedConsent"
	// Monitoring (or the step into it) without a finalised plan.
	CodeRuleNeedFinalPlan = "RuleNeedFinalPlan"
	// A case closed as not admitted without the reason.
	CodeRuleNotAdmittedReason = "RuleNotAdmittedReason"
	// A case closed without its required closure record; Path says which.
	CodeRuleClosureIncomplete = "RuleClosureIncomplete"
	// A date that cannot be: before the case was opened, or before the
	// client was born; Args: Other (path), OtherValue.
	CodeRuleDateImpossible = "RuleDateImpossible"
	// A date out of the loop's usual order (warning); Args: Other, OtherValue.
	CodeRuleDateOdd = "RuleDateOdd"
	// An imported case that is already here; Args: ID, Name (of the case here).
	CodeDuplicateCase = "ErrDuplicateCase"
)

// Findings is what CheckCase found. Hard findings describe a case the
// window could never have produced; nothing with one is imported or
// exported. Warnings are odd but possible: the user sees them and decides.
type Findings struct {
	Hard     Problems
	Warnings Problems
}

// OK reports no hard finding.
func (f Findings) OK() bool { return len(f.Hard) == 0 }

// All is the hard findings, then the warnings.
func (f Findings) All() Problems {
	return append(append(Problems{}, f.Hard...), f.Warnings...)
}

// CheckCase checks c against every rule of the control loop and the
// consent rule. Paths are relative to the case, as with Validate; a field
// Validate already refuses (a date that is not one) is not reported again.
func CheckCase(c *Case) Findings {
	r := &rules{c: c}
	r.disclosures()
	r.conferences()
	r.notHeldReasons()
	r.contacts()
	r.timeline()
	r.records()
	r.dates()
	if c.Client.RVNR != "" && ValidateRVNR(c.Client.RVNR) == nil && !RVNRMatchesBirth(c.Client.RVNR, c.Client.BirthDate) {
		r.warn("client.rvnr", CodeRVNRBirthDate, c.Client.RVNR, nil)
	}
	return r.f
}

type rules struct {
	c *Case
	f Findings
}

func (r *rules) hard(path, code, value string, args map[string]any) {
	r.f.Hard = append(r.f.Hard, &Problem{Path: path, Code: code, Value: value, Args: args})
}

func (r *rules) warn(path, code, value string, args map[string]any) {
	r.f.Warnings = append(r.f.Warnings, &Problem{Path: path, Code: code, Value: value, Args: args})
}

// disclosures: every disclosure is covered by consent on its day, and none
// falls while the client has withdrawn from case management.
func (r *rules) disclosures() {
	for i, d := range r.c.Disclosures {
		p := index("disclosures", i)
		if cov := CheckCoverage(r.c, d.Partner, d.Categories, d.Date); !cov.Covered {
			r.hard(p, CodeRuleNotCovered, d.Date.ISO(), map[string]any{"Missing": cov.Missing})
		}
		if d.Date.Valid() && r.c.CMConsent.Withdrawn(d.Date) {
			r.hard(p, CodeRuleWithdrawnDisclosure, d.Date.ISO(), nil)
		}
	}
}

// forward reports a step that carries case management on; after a
// withdrawal only the ways out remain.
func forward(k TransitionKind) bool {
	switch k {
	case KindAdvance, KindReassess, KindBackToAssess, KindReplan, KindReopen:
		return true
	}
	return false
}

// timeline: the events are a walk through the control loop from the
// opening, each step one the loop has, with its reason where one is
// required and its hard gate holding on its day, ending in the case's phase.
func (r *rules) timeline() {
	c := r.c
	if len(c.Events) == 0 {
		// A case file written by hand for a new case may leave the
		// opening out; anywhere past intake the way there is missing.
		if c.Phase != PhaseIntake {
			r.hard("events", CodeRuleNoEvents, "", nil)
		}
		return
	}
	if e := c.Events[0]; e.Kind != KindOpened || e.To != PhaseIntake {
		r.hard("events[0]", CodeRuleFirstEvent, string(e.Kind), nil)
	}
	for i := 1; i < len(c.Events); i++ {
		e, prev := c.Events[i], c.Events[i-1]
		p := index("events", i)
		m, ok := findMove(prev.To, e.Kind)
		if !ok || m.to != e.To || (e.From != "" && e.From != prev.To) {
			r.hard(p, CodeRuleEventMove, string(e.Kind), map[string]any{"From": prev.To, "To": e.To})
			continue
		}
		if m.needsReason && trimmed(e.Reason) == "" {
			r.hard(field(p, "reason"), CodeRuleEventReason, string(e.Kind), nil)
		}
		if e.At.Before(c.eventTime(i - 1)) {
			r.warn(field(p, "at"), CodeRuleEventOrder, e.At.Format("2006-01-02 15:04"), nil)
		}
		day := DateOf(e.At)
		switch {
		case m.from == PhaseIntake && m.to == PhaseAssessment, m.kind == KindReopen:
			if !c.CMConsent.Active(day) {
				r.hard(p, CodeRuleNeedConsent, day.ISO(), nil)
			}
		case forward(m.kind) && c.CMConsent.Withdrawn(day):
			r.hard(p, CodeRuleNeedConsent, day.ISO(), nil)
		}
		if m.from == PhasePlanning && m.to == PhaseMonitoring && !finalisedBy(c, day) {
			r.hard(p, CodeRuleNeedFinalPlan, day.ISO(), nil)
		}
	}
	if last := c.Events[len(c.Events)-1]; last.To != c.Phase {
		r.hard("phase", CodeRuleEventPhase, string(c.Phase), map[string]any{"Phase": c.Phase, "Last": last.To})
	}
}

// finalisedBy reports a plan version finalised on or before day.
func finalisedBy(c *Case, day Date) bool {
	for _, p := range c.Plans {
		if p.FinalizedOn.Valid() && !p.FinalizedOn.After(day) {
			return true
		}
	}
	return false
}

// ClosedNotAdmitted reports a case closed at intake ("nicht aufgenommen":
// no need for case management, or no consent). Such a case has no
// Abschlussdokumentation; its paper is the Rückmeldung an den Auftraggeber.
func (c *Case) ClosedNotAdmitted() bool {
	n := len(c.Events)
	return c.Phase == PhaseClosed && n > 0 && c.Events[n-1].Kind == KindNotAdmitted
}

// records: what the case's phase presupposes is recorded — the hard gates
// of DESIGN.md asked of the records as they stand.
func (r *rules) records() {
	c := r.c
	admitted := c.Phase != PhaseIntake && c.Phase != "" && !c.ClosedNotAdmitted()
	if admitted {
		if c.Intake.Decision.Need != AnswerYes {
			r.hard("intake.decision.need", CodeRuleNeedDecision, string(c.Intake.Decision.Need), map[string]any{"Phase": c.Phase})
		}
		if !c.CMConsent.GivenOn.Valid() {
			r.hard("cmConsent.givenOn", CodeRuleNeedConsent, "", nil)
		}
	}
	if c.Phase == PhaseMonitoring && c.LatestFinalPlan() == nil {
		r.hard("plans", CodeRuleNeedFinalPlan, "", nil)
	}
	switch {
	case c.ClosedNotAdmitted():
		if trimmed(c.NotAdmitted) == "" {
			r.hard("notAdmitted", CodeRuleNotAdmittedReason, "", nil)
		}
	case c.Phase == PhaseClosed:
		for _, p := range ClosureRequired(c) {
			r.hard(p.Path, CodeRuleClosureIncomplete, "", nil)
		}
	}
}

// dates: the case's own work cannot lie before the case was opened (the
// referral's receipt) or before the client was born; within the loop,
// first meeting, assessments, plans, reviews and closure follow each other
// — out of that order is odd, but a late entry may explain it.
func (r *rules) dates() {
	c := r.c
	type dated struct {
		path string
		d    Date
	}
	opened := dated{"intake.referral.receivedOn", c.Intake.Referral.ReceivedOn}
	if !opened.d.Valid() && len(c.Events) > 0 && !c.Events[0].At.IsZero() {
		opened = dated{"events[0].at", DateOf(c.Events[0].At)}
	}
	birth := dated{"client.birthDate", c.Client.BirthDate}
	impossible := func(earlier dated, later dated) {
		if earlier.d.Valid() && later.d.Valid() && later.d.Before(earlier.d) {
			r.hard(later.path, CodeRuleDateImpossible, later.d.ISO(), map[string]any{"Other": earlier.path, "OtherValue": earlier.d.ISO()})
		}
	}
	odd := func(earlier dated, later dated) {
		if earlier.d.Valid() && later.d.Valid() && later.d.Before(earlier.d) {
			r.warn(later.path, CodeRuleDateOdd, later.d.ISO(), map[string]any{"Other": earlier.path, "OtherValue": earlier.d.ISO()})
		}
	}
	// The work of the case, in the loop's order.
	meeting := dated{"intake.firstMeeting.date", c.Intake.FirstMeeting.Date}
	work := []dated{meeting}
	for i, a := range c.Assessments {
		work = append(work, dated{field(index("assessments", i), "date"), a.Date})
	}
	for i, p := range c.Plans {
		pp := index("plans", i)
		work = append(work, dated{field(pp, "created"), p.Created})
		impossible(dated{field(pp, "created"), p.Created}, dated{field(pp, "finalizedOn"), p.FinalizedOn})
	}
	for i, v := range c.Reviews {
		work = append(work, dated{field(index("reviews", i), "date"), v.Date})
	}
	closure := dated{"closure.date", c.Closure.Date}
	work = append(work, closure)

	impossible(birth, opened)
	for _, w := range work {
		impossible(opened, w)
		impossible(birth, w)
	}
	// Nothing the counselor did with the client — the consent, the
	// decision, the agreement, a contact, a step of the loop — comes
	// before the information about the case arrived.
	impossible(opened, dated{"intake.decision.decidedOn", c.Intake.Decision.DecidedOn})
	impossible(opened, dated{"intake.agreement.date", c.Intake.Agreement.Date})
	impossible(opened, dated{"cmConsent.givenOn", c.CMConsent.GivenOn})
	impossible(birth, dated{"cmConsent.givenOn", c.CMConsent.GivenOn})
	for i, k := range c.Contacts {
		impossible(opened, dated{field(index("contacts", i), "date"), k.Date})
	}
	if opened.path == "intake.referral.receivedOn" {
		for i := 1; i < len(c.Events); i++ {
			if at := c.Events[i].At; !at.IsZero() {
				impossible(opened, dated{field(index("events", i), "at"), DateOf(at)})
			}
		}
	}

	// Each kind of entry after the kind before it: the first assessment
	// after the first meeting, the first plan after the first assessment,
	// the first review after the first finalised plan, the closure after
	// the last review. Later entries of a kind follow the loop, not this order.
	var firstAssessment, firstPlan, firstFinal, firstReview, lastReview dated
	if len(c.Assessments) > 0 {
		firstAssessment = dated{"assessments[0].date", c.Assessments[0].Date}
	}
	if len(c.Plans) > 0 {
		firstPlan = dated{"plans[0].created", c.Plans[0].Created}
	}
	for i, p := range c.Plans {
		if p.FinalizedOn.Valid() {
			firstFinal = dated{field(index("plans", i), "finalizedOn"), p.FinalizedOn}
			break
		}
	}
	for i, v := range c.Reviews {
		d := dated{field(index("reviews", i), "date"), v.Date}
		if !firstReview.d.Valid() {
			firstReview = d
		}
		if d.d.Valid() && (!lastReview.d.Valid() || lastReview.d.Before(d.d)) {
			lastReview = d
		}
	}
	odd(meeting, firstAssessment)
	odd(firstAssessment, firstPlan)
	odd(firstFinal, firstReview)
	odd(lastReview, closure)
}
