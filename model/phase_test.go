package model_test

import (
	"encoding/json"
	"reflect"
	"sort"
	"testing"
	"time"

	"teilhabelotse/model"
)

var allKinds = []model.TransitionKind{
	model.KindOpened, model.KindAdvance, model.KindNotAdmitted, model.KindReassess, model.KindBackToAssess,
	model.KindReplan, model.KindCloseRegular, model.KindClosePremature, model.KindFinish, model.KindReopen,
	"jump", "",
}

type allowedMove struct {
	to          model.Phase
	needsReason bool
}

// controlLoop is DESIGN.md's list of transitions, written down
// independently of the model's table.
var controlLoop = map[model.Phase]map[model.TransitionKind]allowedMove{
	model.PhaseIntake: {
		model.KindAdvance:     {model.PhaseAssessment, false},
		model.KindNotAdmitted: {model.PhaseClosed, true},
	},
	model.PhaseAssessment: {
		model.KindAdvance:        {model.PhasePlanning, false},
		model.KindCloseRegular:   {model.PhaseClosure, false},
		model.KindClosePremature: {model.PhaseClosure, true},
	},
	model.PhasePlanning: {
		model.KindAdvance:        {model.PhaseMonitoring, false},
		model.KindBackToAssess:   {model.PhaseAssessment, true},
		model.KindCloseRegular:   {model.PhaseClosure, false},
		model.KindClosePremature: {model.PhaseClosure, true},
	},
	model.PhaseMonitoring: {
		model.KindReassess:       {model.PhaseAssessment, false},
		model.KindReplan:         {model.PhasePlanning, true},
		model.KindCloseRegular:   {model.PhaseClosure, false},
		model.KindClosePremature: {model.PhaseClosure, true},
	},
	model.PhaseClosure: {
		model.KindFinish: {model.PhaseClosed, false},
	},
	model.PhaseClosed: {
		model.KindReopen: {model.PhaseMonitoring, true},
	},
}

func caseIn(phase model.Phase) *model.Case {
	c := documentedCase()
	c.Phase = phase
	return c
}

func TestPhaseNumbers(t *testing.T) {
	want := []model.Phase{"intake", "assessment", "planning", "monitoring", "closure", "closed"}
	if !reflect.DeepEqual(model.AllPhases, want) {
		t.Fatalf("AllPhases = %v, want %v", model.AllPhases, want)
	}
	if !reflect.DeepEqual(model.LoopPhases, want[:5]) {
		t.Errorf("LoopPhases = %v, want %v", model.LoopPhases, want[:5])
	}
	for i, p := range want {
		if got := p.Number(); got != i+1 {
			t.Errorf("%s.Number() = %d, want %d", p, got, i+1)
		}
	}
	if got := model.Phase("x").Number(); got != 0 {
		t.Errorf("unknown phase Number() = %d, want 0", got)
	}
}

func TestMovesFrom(t *testing.T) {
	for _, from := range append(model.AllPhases, "", "x") {
		want := map[model.TransitionKind]allowedMove{}
		for k, m := range controlLoop[from] {
			want[k] = m
		}
		got := map[model.TransitionKind]allowedMove{}
		for _, m := range model.MovesFrom(from) {
			if _, dup := got[m.Kind]; dup {
				t.Errorf("MovesFrom(%s) lists %s twice", from, m.Kind)
			}
			got[m.Kind] = allowedMove{m.To, m.NeedsReason}
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("MovesFrom(%q) = %v, want %v", from, got, want)
		}
	}
}

// The regular way through the loop is one step per phase, to the next
// phase and from monitoring into closure; a closed case has none.
func TestRegularMove(t *testing.T) {
	want := map[model.Phase]model.Phase{
		model.PhaseIntake:     model.PhaseAssessment,
		model.PhaseAssessment: model.PhasePlanning,
		model.PhasePlanning:   model.PhaseMonitoring,
		model.PhaseMonitoring: model.PhaseClosure,
		model.PhaseClosure:    model.PhaseClosed,
	}
	for _, p := range model.AllPhases {
		m, ok := model.RegularMove(p)
		if to, regular := want[p]; ok != regular || m.To != to || m.NeedsReason {
			t.Errorf("RegularMove(%s) = %v, %v; want a move to %q", p, m, ok, to)
		}
	}
}

// TestEveryMove tries every kind from every phase on a fully documented
// case with a reason: the control loop's moves go through, all others are
// refused with GateNotAllowed and leave the case as it was.
func TestEveryMove(t *testing.T) {
	for _, from := range append(model.AllPhases, "") {
		for _, kind := range allKinds {
			c := caseIn(from)
			before := len(c.Events)
			ev, err := model.Transition(c, kind, "Begründung", true, now)
			want, allowed := controlLoop[from][kind]
			if !allowed {
				ps := problemsOf(t, err)
				if len(ps) != 1 || ps[0].Code != model.CodeGateNotAllowed {
					t.Errorf("%s --%s--> refused with %v, want exactly %s", from, kind, err, model.CodeGateNotAllowed)
				}
				if ev != nil || c.Phase != from || len(c.Events) != before {
					t.Errorf("%s --%s--> refused but changed the case (phase %s, %d events)", from, kind, c.Phase, len(c.Events))
				}
				continue
			}
			if err != nil {
				t.Errorf("%s --%s--> %s: %v", from, kind, want.to, err)
				continue
			}
			if c.Phase != want.to {
				t.Errorf("%s --%s--> phase %s, want %s", from, kind, c.Phase, want.to)
			}
			if len(c.Events) != before+1 || ev != &c.Events[len(c.Events)-1] {
				t.Fatalf("%s --%s--> did not append exactly one event", from, kind)
			}
			wantEv := model.Event{At: now, Kind: kind, From: from, To: want.to, Reason: "Begründung"}
			if !reflect.DeepEqual(*ev, wantEv) {
				t.Errorf("%s --%s--> event %+v, want %+v", from, kind, *ev, wantEv)
			}
		}
	}
}

func TestReasonRequired(t *testing.T) {
	for from, kinds := range controlLoop {
		for kind, m := range kinds {
			for _, reason := range []string{"", "  \t"} {
				c := caseIn(from)
				_, err := model.Transition(c, kind, reason, true, now)
				if !m.needsReason {
					if err != nil {
						t.Errorf("%s --%s--> without reason: %v, want no reason needed", from, kind, err)
					}
					continue
				}
				ps := problemsOf(t, err)
				if !hasProblem(ps, "reason", model.CodeGateNeedReason) {
					t.Errorf("%s --%s--> with reason %q: %v, want %s at reason", from, kind, reason, err, model.CodeGateNeedReason)
				}
				if c.Phase != from {
					t.Errorf("%s --%s--> without reason moved the case to %s", from, kind, c.Phase)
				}
			}
			if m.needsReason {
				c := caseIn(from)
				ev, err := model.Transition(c, kind, "  Zustimmung verweigert \n", true, now)
				if err != nil {
					t.Errorf("%s --%s--> with reason: %v", from, kind, err)
				} else if ev.Reason != "Zustimmung verweigert" {
					t.Errorf("%s --%s--> reason recorded as %q, want it trimmed", from, kind, ev.Reason)
				}
			}
		}
	}
}

func TestIntakeHardGate(t *testing.T) {
	yesterday, tomorrow := today.AddDays(-1), today.AddDays(1)
	tests := []struct {
		name    string
		need    model.Answer
		consent model.CaseManagementConsent
		want    []string // codes; nil = allowed
	}{
		{"decision yes and consent", model.AnswerYes, model.CaseManagementConsent{GivenOn: yesterday}, nil},
		{"consent given today", model.AnswerYes, model.CaseManagementConsent{GivenOn: today}, nil},
		{"consent withdrawn later", model.AnswerYes, model.CaseManagementConsent{GivenOn: yesterday, WithdrawnOn: tomorrow}, nil},
		{"no decision", "", model.CaseManagementConsent{GivenOn: yesterday}, []string{model.CodeGateNeedDecision}},
		{"decision no", model.AnswerNo, model.CaseManagementConsent{GivenOn: yesterday}, []string{model.CodeGateNeedDecision}},
		{"decision unknown", model.AnswerUnknown, model.CaseManagementConsent{GivenOn: yesterday}, []string{model.CodeGateNeedDecision}},
		{"no consent", model.AnswerYes, model.CaseManagementConsent{}, []string{model.CodeGateNeedConsent}},
		{"consent only in the future", model.AnswerYes, model.CaseManagementConsent{GivenOn: tomorrow}, []string{model.CodeGateNeedConsent}},
		{"consent withdrawn", model.AnswerYes, model.CaseManagementConsent{GivenOn: yesterday, WithdrawnOn: yesterday}, []string{model.CodeGateWithdrawn}},
		{"consent withdrawn today", model.AnswerYes, model.CaseManagementConsent{GivenOn: yesterday, WithdrawnOn: today}, []string{model.CodeGateWithdrawn}},
		{"consent withdrawn and given again", model.AnswerYes, model.CaseManagementConsent{GivenOn: today,
			Earlier: []model.ConsentPeriod{{GivenOn: yesterday.AddDays(-5), WithdrawnOn: yesterday}}}, nil},
		{"consent date not a date", model.AnswerYes, model.CaseManagementConsent{GivenOn: model.Date{Raw: "gestern"}}, []string{model.CodeGateNeedConsent}},
		{"neither", "", model.CaseManagementConsent{}, []string{model.CodeGateNeedDecision, model.CodeGateNeedConsent}},
	}
	paths := map[string]string{
		model.CodeGateNeedDecision: "intake.decision.need",
		model.CodeGateNeedConsent:  "cmConsent.givenOn",
		model.CodeGateWithdrawn:    "cmConsent.withdrawnOn",
	}
	for _, tt := range tests {
		c := caseIn(model.PhaseIntake)
		c.Intake.Decision.Need = tt.need
		c.CMConsent = tt.consent
		g := model.CheckTransition(c, model.KindAdvance, "", today)
		// ack=true: a hard gate is never acknowledged away.
		_, err := model.Transition(c, model.KindAdvance, "", true, now)
		if tt.want == nil {
			if err != nil || len(g.Blocking) != 0 {
				t.Errorf("%s: refused: %v", tt.name, err)
			}
			if c.Phase != model.PhaseAssessment {
				t.Errorf("%s: phase %s, want assessment", tt.name, c.Phase)
			}
			continue
		}
		ps := problemsOf(t, err)
		var got []string
		for _, p := range ps {
			got = append(got, p.Code)
			if want := paths[p.Code]; p.Path != want {
				t.Errorf("%s: %s at path %q, want %q", tt.name, p.Code, p.Path, want)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("%s: problems %v, want %v", tt.name, got, tt.want)
		}
		if !reflect.DeepEqual(g.Blocking, ps) {
			t.Errorf("%s: CheckTransition blocking %v differs from Transition's %v", tt.name, g.Blocking, ps)
		}
		if c.Phase != model.PhaseIntake {
			t.Errorf("%s: case moved to %s past a hard gate", tt.name, c.Phase)
		}
	}
}

func TestFinalPlanHardGate(t *testing.T) {
	tests := []struct {
		name  string
		plans func() []model.PlanVersion
		ok    bool
	}{
		{"no plan", func() []model.PlanVersion { return nil }, false},
		{"draft only", func() []model.PlanVersion {
			p := fullPlan()
			p.FinalizedOn = model.Date{}
			return []model.PlanVersion{p}
		}, false},
		{"finalised", func() []model.PlanVersion { return []model.PlanVersion{fullPlan()} }, true},
		{"Fortschreibung still a draft", func() []model.PlanVersion {
			v2 := fullPlan()
			v2.Version, v2.FinalizedOn = 2, model.Date{}
			return []model.PlanVersion{fullPlan(), v2}
		}, false},
	}
	for _, tt := range tests {
		c := caseIn(model.PhasePlanning)
		c.Plans = tt.plans()
		// The plan's checklist is acknowledged; only the gate may refuse.
		_, err := model.Transition(c, model.KindAdvance, "", true, now)
		if tt.ok {
			if err != nil || c.Phase != model.PhaseMonitoring {
				t.Errorf("%s: %v, phase %s", tt.name, err, c.Phase)
			}
			continue
		}
		if ps := problemsOf(t, err); !hasProblem(ps, "plans", model.CodeGateNeedFinalPlan) {
			t.Errorf("%s: %v, want %s at plans", tt.name, err, model.CodeGateNeedFinalPlan)
		}
		if c.Phase != model.PhasePlanning {
			t.Errorf("%s: moved to %s", tt.name, c.Phase)
		}
	}
}

func TestClosureHardGate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *model.Case)
		paths  []string // nil = allowed
	}{
		{"complete", func(c *model.Case) {}, nil},
		{"premature with reason", func(c *model.Case) {
			c.Closure.Form, c.Closure.Reason = model.EndingPremature, model.ReasonEMPension
		}, nil},
		{"no goals, summary written", func(c *model.Case) { c.Plans, c.Closure.FinalLevels = nil, nil }, nil},
		{"no date", func(c *model.Case) { c.Closure.Date = model.Date{} }, []string{"closure.date"}},
		{"bad date", func(c *model.Case) { c.Closure.Date = model.Date{Raw: "x"} }, []string{"closure.date"}},
		{"no form of ending", func(c *model.Case) { c.Closure.Form = "" }, []string{"closure.form"}},
		{"premature without reason", func(c *model.Case) {
			c.Closure.Form, c.Closure.Reason = model.EndingPremature, ""
		}, []string{"closure.reason"}},
		{"no work ability result", func(c *model.Case) { c.Closure.WorkAbility = "" }, []string{"closure.workAbility"}},
		{"no reintegration result", func(c *model.Case) { c.Closure.Reintegration = "" }, []string{"closure.reintegration"}},
		{"a goal without final level", func(c *model.Case) { c.Closure.FinalLevels = c.Closure.FinalLevels[1:] }, []string{"closure.finalLevels"}},
		{"no goals, no summary", func(c *model.Case) {
			c.Plans, c.Closure.FinalLevels, c.Closure.Summary = nil, nil, ""
		}, []string{"closure.finalLevels"}},
		{"empty closure", func(c *model.Case) { c.Closure = model.Closure{} },
			[]string{"closure.date", "closure.form", "closure.workAbility", "closure.reintegration", "closure.finalLevels"}},
	}
	for _, tt := range tests {
		c := caseIn(model.PhaseClosure)
		tt.mutate(c)
		var got []string
		for _, p := range model.ClosureRequired(c) {
			if p.Code != model.CodeGateNeedClosure {
				t.Errorf("%s: ClosureRequired code %s, want %s", tt.name, p.Code, model.CodeGateNeedClosure)
			}
			got = append(got, p.Path)
		}
		if !reflect.DeepEqual(got, tt.paths) {
			t.Errorf("%s: ClosureRequired paths %v, want %v", tt.name, got, tt.paths)
		}
		_, err := model.Transition(c, model.KindFinish, "", true, now)
		if tt.paths == nil {
			if err != nil || c.Phase != model.PhaseClosed {
				t.Errorf("%s: finish refused: %v", tt.name, err)
			}
			continue
		}
		ps := problemsOf(t, err)
		for _, path := range tt.paths {
			if !hasProblem(ps, path, model.CodeGateNeedClosure) {
				t.Errorf("%s: finish: %v, want %s at %s", tt.name, err, model.CodeGateNeedClosure, path)
			}
		}
		if c.Phase != model.PhaseClosure {
			t.Errorf("%s: closed despite %v", tt.name, tt.paths)
		}
	}
}

// TestReopenGate: reopening leads straight into monitoring, so it must not
// slip past the gates on the way there — a case closed as "not admitted"
// has neither consent to case management nor a finalised plan.
func TestReopenGate(t *testing.T) {
	tests := []struct {
		name   string
		mutate func(c *model.Case)
		want   []string
	}{
		{"after a regular closure", func(c *model.Case) {}, nil},
		{"not admitted: no consent, no plan", func(c *model.Case) {
			c.CMConsent, c.Plans, c.Assessments = model.CaseManagementConsent{}, nil, nil
		}, []string{model.CodeGateNeedConsent, model.CodeGateNeedFinalPlan}},
		{"consent withdrawn", func(c *model.Case) { c.CMConsent.WithdrawnOn = today.AddDays(-3) }, []string{model.CodeGateWithdrawn}},
		{"no finalised plan", func(c *model.Case) { c.Plans[0].FinalizedOn = model.Date{} }, []string{model.CodeGateNeedFinalPlan}},
	}
	for _, tt := range tests {
		c := caseIn(model.PhaseClosed)
		tt.mutate(c)
		_, err := model.Transition(c, model.KindReopen, "Rückfall", true, now)
		if tt.want == nil {
			if err != nil || c.Phase != model.PhaseMonitoring {
				t.Errorf("%s: reopen: %v", tt.name, err)
			}
			continue
		}
		var got []string
		for _, p := range problemsOf(t, err) {
			got = append(got, p.Code)
		}
		sort.Strings(got)
		want := append([]string{}, tt.want...)
		sort.Strings(want)
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: reopen problems %v, want %v", tt.name, got, want)
		}
		if c.Phase != model.PhaseClosed {
			t.Errorf("%s: reopened to %s", tt.name, c.Phase)
		}
	}
}

func TestNotAdmitted(t *testing.T) {
	c := model.NewCase(model.Client{LastName: "Muster"}, now.AddDate(0, 0, -3))
	// An intake that ends without admission is not held up by its gaps.
	ev, err := model.Transition(c, model.KindNotAdmitted, "Kein Fallmanagementbedarf", false, now)
	if err != nil {
		t.Fatal(err)
	}
	if c.Phase != model.PhaseClosed || c.NotAdmitted != "Kein Fallmanagementbedarf" || len(ev.Missing) != 0 {
		t.Errorf("not admitted: phase %s, reason %q, missing %v", c.Phase, c.NotAdmitted, ev.Missing)
	}
}

func TestSoftGate(t *testing.T) {
	c := caseIn(model.PhaseAssessment)
	c.Assessments[0].Instruments = nil
	c.Assessments[0].NetworkPartners = nil
	wantMissing := []model.CheckKey{model.CheckInstruments, model.CheckNetworkPartners}

	g := model.CheckTransition(c, model.KindAdvance, "", today)
	if len(g.Blocking) != 0 || !reflect.DeepEqual(keys(g.Missing), wantMissing) {
		t.Fatalf("CheckTransition: blocking %v, missing %v; want none and %v", g.Blocking, keys(g.Missing), wantMissing)
	}

	before := deepCopyCase(t, c)
	ev, err := model.Transition(c, model.KindAdvance, "", false, now)
	ps := problemsOf(t, err)
	if ev != nil || len(ps) != 1 || ps[0].Code != model.CodeGateNeedAck {
		t.Fatalf("without ack: %v, want %s", err, model.CodeGateNeedAck)
	}
	if !reflect.DeepEqual(c, before) {
		t.Errorf("a refused transition changed the case")
	}

	ev, err = model.Transition(c, model.KindAdvance, "", true, now)
	if err != nil {
		t.Fatalf("with ack: %v", err)
	}
	if c.Phase != model.PhasePlanning || !reflect.DeepEqual(ev.Missing, wantMissing) {
		t.Errorf("with ack: phase %s, event missing %v; want planning and %v", c.Phase, ev.Missing, wantMissing)
	}

	// A documented phase needs no acknowledgement and records nothing missing.
	c = caseIn(model.PhaseAssessment)
	ev, err = model.Transition(c, model.KindAdvance, "", false, now)
	if err != nil || len(ev.Missing) != 0 {
		t.Errorf("documented phase: %v, missing %v", err, ev)
	}

	// Every phase's gaps are warned about when leaving it.
	for _, tc := range []struct {
		from model.Phase
		kind model.TransitionKind
		gap  func(c *model.Case)
		key  model.CheckKey
	}{
		{model.PhaseIntake, model.KindAdvance, func(c *model.Case) { c.Intake.Agreement.Concluded = false }, model.CheckAgreement},
		{model.PhasePlanning, model.KindAdvance, func(c *model.Case) { c.Plans[0].AreaPartners = nil }, model.CheckPartnersByArea},
		{model.PhasePlanning, model.KindClosePremature, func(c *model.Case) { c.Plans[0].AreaPartners = nil }, model.CheckPartnersByArea},
		{model.PhaseMonitoring, model.KindReassess, func(c *model.Case) { c.Reviews = nil }, model.CheckReview},
		{model.PhaseMonitoring, model.KindCloseRegular, func(c *model.Case) { c.NextReview = model.Date{} }, model.CheckNextReview},
	} {
		c := caseIn(tc.from)
		tc.gap(c)
		_, err := model.Transition(c, tc.kind, "Begründung", false, now)
		if ps := problemsOf(t, err); !hasProblem(ps, "", model.CodeGateNeedAck) {
			t.Errorf("%s --%s--> with %s missing: %v, want %s", tc.from, tc.kind, tc.key, err, model.CodeGateNeedAck)
		}
		ev, err := model.Transition(c, tc.kind, "Begründung", true, now)
		if err != nil || !reflect.DeepEqual(ev.Missing, []model.CheckKey{tc.key}) {
			t.Errorf("%s --%s--> acknowledged: %v, event %+v", tc.from, tc.kind, err, ev)
		}
	}
}

func deepCopyCase(t *testing.T, c *model.Case) *model.Case {
	t.Helper()
	b, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var out model.Case
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	out.ID = c.ID
	// time.Time values lose their monotonic clock reading in JSON.
	return &out
}

func TestReassessment(t *testing.T) {
	for _, tc := range []struct {
		from   model.Phase
		kind   model.TransitionKind
		reason string
	}{
		{model.PhaseMonitoring, model.KindReassess, "Neue Diagnose"},
		{model.PhaseMonitoring, model.KindReassess, ""},
		{model.PhasePlanning, model.KindBackToAssess, "Bedarfsermittlung unvollständig"},
	} {
		c := caseIn(tc.from)
		old := deepCopyCase(t, c).Assessments
		if _, err := model.Transition(c, tc.kind, tc.reason, true, now); err != nil {
			t.Fatalf("%s: %v", tc.kind, err)
		}
		if c.Phase != model.PhaseAssessment || len(c.Assessments) != 2 {
			t.Fatalf("%s: phase %s with %d assessments, want assessment with 2", tc.kind, c.Phase, len(c.Assessments))
		}
		if !reflect.DeepEqual(c.Assessments[:1], old) {
			t.Errorf("%s: the earlier assessment changed", tc.kind)
		}
		a, prev := c.Assessments[1], c.Assessments[0]
		if a.Date != today || a.Reason != tc.reason || a.ID == "" || a.ID == prev.ID {
			t.Errorf("%s: new assessment date %v reason %q id %q (old id %q)", tc.kind, a.Date, a.Reason, a.ID, prev.ID)
		}
		// Prefilled from the last one.
		a.ID, a.Date, a.Reason = prev.ID, prev.Date, prev.Reason
		if !reflect.DeepEqual(a, prev) {
			t.Errorf("%s: new assessment not prefilled from the last one:\n%+v\n%+v", tc.kind, a, prev)
		}
		// Editing the new one leaves the old one alone.
		c.Assessments[1].Instruments[0].Result = "geändert"
		c.Assessments[1].Conferences[0].Tasks[0].Done = true
		c.Assessments[1].NetworkPartners[0] = "p-other"
		if !reflect.DeepEqual(c.Assessments[:1], old) {
			t.Errorf("%s: editing the new assessment changed the old one", tc.kind)
		}
	}
}

func TestFirstAssessmentAndPlanCreated(t *testing.T) {
	c := caseIn(model.PhaseIntake)
	c.Assessments, c.Plans = nil, nil
	if _, err := model.Transition(c, model.KindAdvance, "", true, now); err != nil {
		t.Fatal(err)
	}
	if len(c.Assessments) != 1 || c.Assessments[0].Date != today {
		t.Errorf("entering assessment: %d assessments %+v, want one dated today", len(c.Assessments), c.Assessments)
	}
	if _, err := model.Transition(c, model.KindAdvance, "", true, now); err != nil {
		t.Fatal(err)
	}
	if len(c.Plans) != 1 || c.Plans[0].Version != 1 || c.Plans[0].Final() || c.Plans[0].Created != today {
		t.Errorf("entering planning: plans %+v, want one draft version 1", c.Plans)
	}
}

func TestReplan(t *testing.T) {
	c := caseIn(model.PhaseMonitoring)
	old := deepCopyCase(t, c).Plans
	if _, err := model.Transition(c, model.KindReplan, "Arbeitsplatz entfällt", true, now); err != nil {
		t.Fatal(err)
	}
	if c.Phase != model.PhasePlanning || len(c.Plans) != 2 {
		t.Fatalf("replan: phase %s with %d plans, want planning with 2", c.Phase, len(c.Plans))
	}
	if !reflect.DeepEqual(c.Plans[:1], old) {
		t.Errorf("the finalised version changed")
	}
	p, prev := c.Plans[1], c.Plans[0]
	if p.Version != 2 || p.Final() || p.Reason != "Arbeitsplatz entfällt" || p.Created != today {
		t.Errorf("new version: %d final=%v reason %q created %v", p.Version, p.Final(), p.Reason, p.Created)
	}
	if p.DiscussedOn.Valid() || p.CopyHandedOn.Valid() {
		t.Errorf("new version inherits discussed/copy dates of the old one")
	}
	if !reflect.DeepEqual(p.Goals, prev.Goals) || !reflect.DeepEqual(p.Measures, prev.Measures) ||
		!reflect.DeepEqual(p.Conference, prev.Conference) || p.Disorder != prev.Disorder {
		t.Errorf("new version not copied from the finalised one")
	}
	c.Plans[1].Goals[0].Operational[0].Text = "geändert"
	c.Plans[1].Goals[0].ICF[0] = "d845"
	c.Plans[1].Measures[0].Status = model.MeasureCancelled
	c.Plans[1].FurtherParticipants[0].Name = "jemand"
	if !reflect.DeepEqual(c.Plans[:1], old) {
		t.Errorf("editing the new version changed the finalised one")
	}
	if c.LatestFinalPlan() != &c.Plans[0] || c.CurrentPlan() != &c.Plans[1] {
		t.Errorf("LatestFinalPlan/CurrentPlan do not point at versions 1 and 2")
	}
}

func TestClosingSetsForm(t *testing.T) {
	c := caseIn(model.PhaseMonitoring)
	c.Closure = model.Closure{}
	if _, err := model.Transition(c, model.KindClosePremature, "Erkrankung", true, now); err != nil {
		t.Fatal(err)
	}
	if c.Closure.Form != model.EndingPremature || c.Closure.ReasonText != "Erkrankung" {
		t.Errorf("premature: form %q reason %q", c.Closure.Form, c.Closure.ReasonText)
	}

	c = caseIn(model.PhaseMonitoring)
	c.Closure = model.Closure{}
	if _, err := model.Transition(c, model.KindCloseRegular, "", true, now); err != nil {
		t.Fatal(err)
	}
	if c.Closure.Form != model.EndingRegular {
		t.Errorf("regular: form %q", c.Closure.Form)
	}

	// A case closed prematurely, reopened and then closed regularly is a
	// regular closure: the old form must not survive.
	c = caseIn(model.PhaseClosed)
	c.Closure.Form, c.Closure.Reason = model.EndingPremature, model.ReasonIllness
	if _, err := model.Transition(c, model.KindReopen, "Genesung", true, now); err != nil {
		t.Fatal(err)
	}
	if _, err := model.Transition(c, model.KindCloseRegular, "", true, now); err != nil {
		t.Fatal(err)
	}
	if c.Closure.Form != model.EndingRegular {
		t.Errorf("regular closure after reopening: form %q, want regular", c.Closure.Form)
	}
}

func TestVisits(t *testing.T) {
	c := caseIn(model.PhaseIntake)
	c.Events = c.Events[:1]
	c.Events[0].At = now
	steps := []struct {
		kind model.TransitionKind
		to   model.Phase
		loop bool
	}{
		{model.KindAdvance, model.PhaseAssessment, false},
		{model.KindAdvance, model.PhasePlanning, false},
		{model.KindAdvance, model.PhaseMonitoring, false},
		{model.KindReassess, model.PhaseAssessment, true},
		{model.KindAdvance, model.PhasePlanning, true},
		{model.KindAdvance, model.PhaseMonitoring, true},
		{model.KindReplan, model.PhasePlanning, true},
		{model.KindAdvance, model.PhaseMonitoring, true},
		{model.KindCloseRegular, model.PhaseClosure, false},
		{model.KindFinish, model.PhaseClosed, false},
		{model.KindReopen, model.PhaseMonitoring, true},
	}
	at := func(i int) time.Time { return now.Add(time.Duration(i) * 24 * time.Hour) }
	for i, s := range steps {
		if _, err := model.Transition(c, s.kind, "Grund", true, at(i+1)); err != nil {
			t.Fatalf("step %d %s: %v", i, s.kind, err)
		}
		if s.kind == model.KindReplan {
			// The Fortschreibung is finalised before monitoring resumes.
			if err := c.FinalizePlan(model.DateOf(at(i + 1))); err != nil {
				t.Fatal(err)
			}
		}
	}
	vs := c.Visits()
	if len(vs) != len(steps)+1 {
		t.Fatalf("%d visits, want %d", len(vs), len(steps)+1)
	}
	// The intake begins on the referral's receipt, before the case was
	// typed in.
	rec := c.Intake.Referral.ReceivedOn
	if !rec.Before(model.DateOf(now)) {
		t.Fatalf("fixture: referral %v not before the opening %v", rec, now)
	}
	if vs[0].Phase != model.PhaseIntake || vs[0].Loop || model.DateOf(vs[0].From) != rec || !vs[0].To.Equal(at(1)) {
		t.Errorf("visit 0 = %+v, want from the referral %v", vs[0], rec)
	}
	for i, s := range steps {
		v := vs[i+1]
		if v.Phase != s.to || v.Loop != s.loop || !v.From.Equal(at(i+1)) {
			t.Errorf("visit %d = %+v, want %s from %v loop=%v", i+1, v, s.to, at(i+1), s.loop)
		}
		last := i == len(steps)-1
		if last && !v.To.IsZero() {
			t.Errorf("the current visit has an end %v", v.To)
		}
		if !last && !v.To.Equal(at(i+2)) {
			t.Errorf("visit %d ends %v, want %v", i+1, v.To, at(i+2))
		}
	}
}
