package model_test

import (
	"encoding/json"
	"math"
	"reflect"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// evalCase builds a case on the days given as "YYYY-MM-DD": received, and
// transitions as kind@day pairs.
type evalCase struct {
	c *model.Case
}

func iso(s string) model.Date {
	d, err := model.ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

func at(s string) time.Time { return iso(s).Time().Add(10 * time.Hour) }

func newEvalCase(id int64, received string) *evalCase {
	c := &model.Case{ID: id, UID: "uid-" + received + "-" + string(rune('a'+id)), Phase: model.PhaseIntake}
	c.Intake.Referral.ReceivedOn = iso(received)
	c.Events = []model.Event{{At: at(received), Kind: model.KindOpened, To: model.PhaseIntake}}
	return &evalCase{c: c}
}

func (e *evalCase) move(kind model.TransitionKind, to model.Phase, on string) *evalCase {
	e.c.Events = append(e.c.Events, model.Event{At: at(on), Kind: kind, From: e.c.Phase, To: to})
	e.c.Phase = to
	return e
}

// admitted: first meeting, decision yes with consent, into assessment.
func (e *evalCase) admitted(met string, intensity model.Intensity) *evalCase {
	e.c.Intake.FirstMeeting.Date = iso(met)
	e.c.Intake.Decision.Need = model.AnswerYes
	e.c.Intake.ExpectedIntensity = intensity
	e.c.CMConsent.GivenOn = iso(met)
	return e.move(model.KindAdvance, model.PhaseAssessment, met)
}

func (e *evalCase) closed(closure model.Closure, onClosure, onFinish string) *evalCase {
	e.c.Closure = closure
	e.move(model.KindCloseRegular, model.PhaseClosure, onClosure)
	if closure.Form == model.EndingPremature {
		e.c.Events[len(e.c.Events)-1].Kind = model.KindClosePremature
	}
	return e.move(model.KindFinish, model.PhaseClosed, onFinish)
}

func facts(cs ...*evalCase) []model.CaseFacts {
	var out []model.CaseFacts
	for _, e := range cs {
		out = append(out, model.FactsOf(e.c))
	}
	return out
}

func evaluate(p model.Period, cs ...*evalCase) *model.Evaluation {
	return model.Evaluate(facts(cs...), nil, p, model.Filter{}, model.Settings{})
}

func bar(t *testing.T, bars []model.Bar, key string) model.Count {
	t.Helper()
	for _, b := range bars {
		if b.Key == key {
			return b.Count
		}
	}
	return model.Count{}
}

func near(a, b float64) bool { return math.Abs(a-b) < 0.005 }

func TestSpreadQuartilesAsSpreadsheets(t *testing.T) {
	s := model.SpreadOf([]float64{4, 1, 3, 2})
	want := model.Spread{N: 4, Min: 1, Q1: 1.75, Median: 2.5, Q3: 3.25, Max: 4, Mean: 2.5}
	if s != want {
		t.Errorf("SpreadOf(1..4) = %+v, want %+v", s, want)
	}
	if s := model.SpreadOf([]float64{7}); s != (model.Spread{N: 1, Min: 7, Q1: 7, Median: 7, Q3: 7, Max: 7, Mean: 7}) {
		t.Errorf("one value: %+v", s)
	}
	if s := model.SpreadOf(nil); s.N != 0 {
		t.Errorf("no values: %+v", s)
	}
	if _, ok := (model.Rate{}).Percent(); ok {
		t.Error("a rate of nothing has a percentage")
	}
}

func TestDayRoundTrip(t *testing.T) {
	for _, s := range []string{"0001-01-01", "1970-01-01", "2024-02-29", "9999-12-31"} {
		d := iso(s)
		if got := d.Day().Date(); got != d {
			t.Errorf("%s → %d → %s", s, d.Day(), got)
		}
	}
	if iso("0001-01-01").Day() != 1 || (model.Date{}).Day() != 0 {
		t.Error("day numbers start at 1, unset is 0")
	}
	if iso("2025-03-01").Day()-iso("2025-02-28").Day() != 1 {
		t.Error("consecutive days differ by one")
	}
}

func TestEvaluationWithoutClosedCases(t *testing.T) {
	e := evaluate(model.YearPeriod(2025), newEvalCase(1, "2025-03-01"))
	if e.Received.N != 1 || e.Opened.N != 1 || e.Closed.N != 0 || e.Duration.N != 0 || e.TScore.N != 0 {
		t.Errorf("received %d opened %d closed %d duration %+v", e.Received.N, e.Opened.N, e.Closed.N, e.Duration)
	}
	if got := bar(t, e.OpenByPhase, "intake"); got.N != 1 || got.Cases[0] != 1 {
		t.Errorf("open in intake: %+v", got)
	}
	if _, ok := e.FirstMeetingInTime.Percent(); ok {
		t.Error("a first-meeting rate without first meetings")
	}
	if bar(t, e.Endings, "regular").N != 0 || len(e.Intensity) != 0 {
		t.Error("endings without closed cases")
	}
	empty := evaluate(model.YearPeriod(2025))
	if empty.Considered != 0 || empty.Active.N != 0 || len(empty.Partners) != 0 {
		t.Errorf("no cases: %+v", empty)
	}
}

// oneCase goes through the whole loop in 2025; every figure is counted by
// hand in the comments.
func oneCase() *evalCase {
	e := newEvalCase(7, "2025-01-10").admitted("2025-01-20", model.IntensityB)
	c := e.c
	e.move(model.KindAdvance, model.PhasePlanning, "2025-02-01")
	c.Plans = []model.PlanVersion{{Version: 1, FinalizedOn: iso("2025-02-15"),
		Goals: []model.StrategicGoal{
			{ID: "s1", Area: model.AreaHealth, Operational: []model.OperationalGoal{{ID: "o1"}}},
			{ID: "s2", Area: model.AreaWork, Operational: []model.OperationalGoal{{ID: "o2"}}},
		},
		Measures: []model.Measure{
			{ID: "m1", Area: model.AreaWork, Partner: "p-emp", Status: model.MeasureRunning},
			{ID: "m2", Area: model.AreaHealth, Partner: "p-klinik", Status: model.MeasureRunning},
			{ID: "m3", Area: model.AreaHealth, Partner: "p-klinik", Status: model.MeasurePlanned},
		}}}
	e.move(model.KindAdvance, model.PhaseMonitoring, "2025-02-15")
	c.Reviews = []model.Review{
		{Date: iso("2025-03-20"), Measures: []model.MeasureState{{MeasureID: "m1", Status: model.MeasureDone}}},
		{Date: iso("2025-06-01"), Measures: []model.MeasureState{{MeasureID: "m2", Status: model.MeasureCancelled}}},
	}
	c.Contacts = []model.Contact{
		{Date: iso("2025-01-20"), Minutes: 90, Roles: []model.Role{model.RoleSupporter}},
		{Date: iso("2025-03-20"), Minutes: 60, Roles: []model.Role{model.RoleSupporter, model.RoleBroker}},
		{Date: iso("2024-12-30"), Minutes: 10, Roles: []model.Role{model.RoleGatekeeper}}, // before the period
	}
	c.Consents = []model.Consent{
		{GivenOn: iso("2025-01-20"), ValidUntil: iso("2025-06-30")},                               // expires 1 July
		{GivenOn: iso("2025-01-20"), ValidUntil: iso("2025-12-31"), RevokedOn: iso("2025-05-01")}, // revoked
	}
	return e.closed(model.Closure{Date: iso("2025-06-10"), Form: model.EndingRegular, WorkAbility: model.WorkAbilityPartly,
		Reintegration: model.ReintegrationAdapted, FinalIntensity: model.IntensityC, TransmittedOn: iso("2025-06-20"),
		FinalLevels: []model.GoalLevel{{GoalID: "o1", Level: 1}, {GoalID: "o2", Level: 0}}}, "2025-06-10", "2025-06-12")
}

func TestEvaluationOfOneCaseCountedByHand(t *testing.T) {
	partners := []model.Partner{
		{UID: "p-emp", Name: "Stadtwerke", Category: model.PartnerEmployer},
		{UID: "p-klinik", Name: "Rehaklinik am See", Category: model.PartnerMedicalRehab},
	}
	e := model.Evaluate(facts(oneCase()), partners, model.YearPeriod(2025), model.Filter{}, model.Settings{})
	for name, got := range map[string]int{
		"received": e.Received.N, "opened": e.Opened.N, "admitted": e.Admitted.N, "closed": e.Closed.N,
		"active": e.Active.N, "transmitted": e.Transmitted.N, "not transmitted": e.NotTransmitted.N,
		"contacts": e.Contacts.N, "minutes": e.Minutes, "consents given": e.ConsentsGiven.N,
		"consents revoked": e.ConsentsRevoked.N, "consents expired": e.ConsentsExpired.N, "cm given": e.CMGiven.N,
	} {
		want := map[string]int{"received": 1, "opened": 1, "admitted": 1, "closed": 1, "active": 1, "transmitted": 1,
			"not transmitted": 0, "contacts": 2, "minutes": 150, "consents given": 2, "consents revoked": 1,
			"consents expired": 1, "cm given": 1}[name]
		if got != want {
			t.Errorf("%s = %d, want %d", name, got, want)
		}
	}
	// 10 January → 12 June: 21 + 28 + 31 + 30 + 31 + 12 days.
	if e.Duration != (model.Spread{N: 1, Min: 153, Q1: 153, Median: 153, Q3: 153, Max: 153, Mean: 153}) {
		t.Errorf("duration %+v, want 153 days", e.Duration)
	}
	if e.ToFirstMeeting.Median != 10 || e.FirstMeetingInTime != (model.Rate{Num: 1, Den: 1}) {
		t.Errorf("first meeting after %v days, in time %+v", e.ToFirstMeeting.Median, e.FirstMeetingInTime)
	}
	if e.ToPlan.Median != 26 { // 20 January → 15 February
		t.Errorf("first meeting → plan %v days, want 26", e.ToPlan.Median)
	}
	if e.ToTransmission.Median != 10 {
		t.Errorf("closure → transmission %v days, want 10", e.ToTransmission.Median)
	}
	// Intensity B: every 56 days. 15 Feb → 20 Mar is 33 days (on time);
	// 20 Mar → 1 Jun is 73 days (late).
	if e.ReviewsOnTime != (model.Rate{Num: 1, Den: 2}) {
		t.Errorf("reviews on time %+v, want 1 of 2", e.ReviewsOnTime)
	}
	if bar(t, e.Endings, "regular").N != 1 || bar(t, e.WorkAbility, "partly").N != 1 || bar(t, e.Reintegration, "adaptedWorkplace").N != 1 {
		t.Errorf("endings %+v, work ability %+v, reintegration %+v", e.Endings, e.WorkAbility, e.Reintegration)
	}
	// Levels +1 and 0: T = 50 + 10·1/√(0.7·2 + 0.3·4) = 56.20.
	if e.TScore.N != 1 || !near(e.TScore.Median, 56.20) || bar(t, e.THistogram, "50").N != 1 {
		t.Errorf("T-score %+v, histogram %+v", e.TScore, e.THistogram)
	}
	if bar(t, e.GASLevels, "1").N != 1 || bar(t, e.GASLevels, "0").N != 1 || bar(t, e.GASLevels, "-1").N != 0 {
		t.Errorf("GAS levels %+v", e.GASLevels)
	}
	wantAreas := []model.AreaAttainment{
		{Area: model.AreaHealth, Goals: 1, Levels: [5]int{0, 0, 0, 1, 0}, Mean: 1},
		{Area: model.AreaWork, Goals: 1, Levels: [5]int{0, 0, 1, 0, 0}, Mean: 0},
	}
	if !reflect.DeepEqual(e.Areas, wantAreas) {
		t.Errorf("areas %+v", e.Areas)
	}
	if len(e.Intensity) != 1 || e.Intensity[0].Expected != model.IntensityB || e.Intensity[0].Final != model.IntensityC {
		t.Errorf("intensity %+v, want B → C", e.Intensity)
	}
	// Roles: supporter twice, broker once in 2025; the gatekeeper contact
	// lies in 2024.
	if bar(t, e.Roles, "supporter").N != 2 || bar(t, e.Roles, "broker").N != 1 || bar(t, e.Roles, "gatekeeper").N != 0 {
		t.Errorf("roles %+v", e.Roles)
	}
	if e.RoleShares[0] != (model.Rate{Num: 2, Den: 3}) {
		t.Errorf("supporter share %+v, want 2 of 3", e.RoleShares[0])
	}
	wantPartners := []model.PartnerRow{
		{UID: "p-klinik", Name: "Rehaklinik am See", Category: model.PartnerMedicalRehab, Cases: model.Count{N: 1, Cases: []int64{7}}, MeasureCounts: model.MeasureCounts{Measures: 2, Cancelled: 1, Ongoing: 1}},
		{UID: "p-emp", Name: "Stadtwerke", Category: model.PartnerEmployer, Cases: model.Count{N: 1, Cases: []int64{7}}, MeasureCounts: model.MeasureCounts{Measures: 1, Done: 1}},
	}
	if !reflect.DeepEqual(e.Partners, wantPartners) {
		t.Errorf("partners\n got %+v\nwant %+v", e.Partners, wantPartners)
	}
	if len(e.Categories) != 2 || e.Categories[0].Category != model.PartnerMedicalRehab || e.Categories[1].Done != 1 {
		t.Errorf("categories %+v", e.Categories)
	}
	if len(e.OpenByPhase) != 5 || bar(t, e.OpenByPhase, "monitoring").N != 0 {
		t.Errorf("open at the end %+v", e.OpenByPhase)
	}

	// The first quarter sees the same case open in monitoring.
	q1 := model.Evaluate(facts(oneCase()), partners, model.QuarterPeriod(2025, 1), model.Filter{}, model.Settings{})
	if q1.Closed.N != 0 || bar(t, q1.OpenByPhase, "monitoring").N != 1 || bar(t, q1.OpenByIntensity, "B").N != 1 {
		t.Errorf("Q1: closed %d, open %+v by intensity %+v", q1.Closed.N, q1.OpenByPhase, q1.OpenByIntensity)
	}
	if q1.ReviewsOnTime != (model.Rate{Num: 1, Den: 1}) {
		t.Errorf("Q1 reviews on time %+v", q1.ReviewsOnTime)
	}
}

func TestEvaluationAcrossThePeriodBoundary(t *testing.T) {
	span := func() *evalCase {
		return newEvalCase(3, "2024-11-15").admitted("2024-11-25", model.IntensityA).
			closed(model.Closure{Date: iso("2025-01-08"), Form: model.EndingPremature, Reason: model.ReasonIllness,
				WorkAbility: model.WorkAbilityNo, Reintegration: model.ReintegrationNone}, "2025-01-08", "2025-01-09")
	}
	y24 := evaluate(model.YearPeriod(2024), span())
	if y24.Received.N != 1 || y24.Admitted.N != 1 || y24.Closed.N != 0 || bar(t, y24.OpenByPhase, "assessment").N != 1 {
		t.Errorf("2024: received %d admitted %d closed %d open %+v", y24.Received.N, y24.Admitted.N, y24.Closed.N, y24.OpenByPhase)
	}
	y25 := evaluate(model.YearPeriod(2025), span())
	if y25.Received.N != 0 || y25.Closed.N != 1 || y25.Active.N != 1 || bar(t, y25.OpenByPhase, "assessment").N != 0 {
		t.Errorf("2025: received %d closed %d active %d", y25.Received.N, y25.Closed.N, y25.Active.N)
	}
	if bar(t, y25.Endings, "premature").N != 1 || bar(t, y25.PrematureReasons, "illness").N != 1 {
		t.Errorf("2025 endings %+v reasons %+v", y25.Endings, y25.PrematureReasons)
	}
	if y25.Duration.Median != 55 { // 15 Nov 2024 → 9 Jan 2025: 15 + 31 + 9
		t.Errorf("duration %v, want 55", y25.Duration.Median)
	}
	if y25.NotTransmitted.N != 1 {
		t.Errorf("not transmitted %d, want 1", y25.NotTransmitted.N)
	}
	y26 := evaluate(model.YearPeriod(2026), span())
	if y26.Active.N != 0 || y26.Closed.N != 0 {
		t.Errorf("2026: a case closed in 2025 is active %d / closed %d", y26.Active.N, y26.Closed.N)
	}
}

func TestEvaluationOfReopenedCases(t *testing.T) {
	cl := model.Closure{Date: iso("2025-03-01"), Form: model.EndingRegular, WorkAbility: model.WorkAbilityYes, Reintegration: model.ReintegrationPrevious}
	// Closed in March, reopened in April, closed again in May.
	again := newEvalCase(1, "2025-01-02").admitted("2025-01-05", model.IntensityB).closed(cl, "2025-03-01", "2025-03-01")
	again.move(model.KindReopen, model.PhaseMonitoring, "2025-04-01").closed(cl, "2025-05-01", "2025-05-01")
	// Closed in March, reopened in April and still open.
	open := newEvalCase(2, "2025-01-02").admitted("2025-01-05", model.IntensityB).closed(cl, "2025-03-01", "2025-03-01")
	open.move(model.KindReopen, model.PhaseMonitoring, "2025-04-01")

	y := evaluate(model.YearPeriod(2025), again, open)
	if y.Closed.N != 1 || y.Closed.Cases[0] != 1 || y.Reopened.N != 2 || bar(t, y.OpenByPhase, "monitoring").N != 1 {
		t.Errorf("2025: closed %+v reopened %d open %+v", y.Closed, y.Reopened.N, y.OpenByPhase)
	}
	if y.Duration.Median != 119 { // 2 Jan → 1 May
		t.Errorf("duration %v, want 119 (to the last closing)", y.Duration.Median)
	}
	q1 := evaluate(model.QuarterPeriod(2025, 1), again, open)
	if q1.Closed.N != 2 || q1.Reopened.N != 0 {
		t.Errorf("Q1: closed %d reopened %d, want 2 and 0", q1.Closed.N, q1.Reopened.N)
	}
	q2 := evaluate(model.QuarterPeriod(2025, 2), again, open)
	if q2.Closed.N != 1 || q2.Active.N != 2 {
		t.Errorf("Q2: closed %d active %d, want 1 and 2", q2.Closed.N, q2.Active.N)
	}
}

func TestEvaluationNotAdmittedAndFilters(t *testing.T) {
	noNeed := newEvalCase(1, "2025-02-01")
	noNeed.c.Intake.Decision.Need = model.AnswerNo
	noNeed.c.Intake.ExpectedIntensity = model.IntensityA
	noNeed.move(model.KindNotAdmitted, model.PhaseClosed, "2025-02-10")
	noConsent := newEvalCase(2, "2025-02-01")
	noConsent.c.Intake.Decision.Need = model.AnswerYes
	noConsent.c.Intake.ExpectedIntensity = model.IntensityC
	noConsent.move(model.KindNotAdmitted, model.PhaseClosed, "2025-02-12")
	e := evaluate(model.YearPeriod(2025), noNeed, noConsent)
	if bar(t, e.NotAdmitted, "noNeed").N != 1 || bar(t, e.NotAdmitted, "noConsent").N != 1 || e.Closed.N != 0 {
		t.Errorf("not admitted %+v, closed %d", e.NotAdmitted, e.Closed.N)
	}
	fs := facts(noNeed, noConsent)
	if got := model.Evaluate(fs, nil, model.YearPeriod(2025), model.Filter{Intensity: model.IntensityC}, model.Settings{}); got.Considered != 1 || got.Received.Cases[0] != 2 {
		t.Errorf("intensity filter: %d considered", got.Considered)
	}
	// Without a carrier of its own a case belongs to the settings' carrier.
	s := model.Settings{Carrier: "DRV Bund"}
	if got := model.Evaluate(fs, nil, model.YearPeriod(2025), model.Filter{Carrier: "drv bund"}, s); got.Considered != 2 {
		t.Errorf("carrier filter on the default carrier: %d considered, want 2", got.Considered)
	}
	if got := model.Evaluate(fs, nil, model.YearPeriod(2025), model.Filter{Carrier: "DRV Nord"}, s); got.Considered != 0 {
		t.Errorf("carrier filter on another carrier: %d considered, want 0", got.Considered)
	}
	noConsent.c.Commission.Carrier = " DRV Nord "
	fs = facts(noNeed, noConsent)
	if got := model.Evaluate(fs, nil, model.YearPeriod(2025), model.Filter{Carrier: "DRV Nord"}, s); got.Considered != 1 || got.Received.Cases[0] != 2 {
		t.Errorf("carrier filter on the case's own carrier: %d considered, want 1", got.Considered)
	}
}

func TestFactsHoldNoPersonalData(t *testing.T) {
	cases, _ := demo.Cases(demo.Curated, 3, time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC))
	for _, c := range cases {
		f := model.FactsOf(c)
		if f.Key == c.UID || len(f.Key) != 12 || f.Key != model.CaseKey(c.UID) {
			t.Errorf("key %q of %s", f.Key, c.UID)
		}
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, s := range []string{c.Client.FirstName, c.Client.LastName, c.Client.RVNR, c.UID, c.Intake.Referral.Notes[:20]} {
			if strings.Contains(string(b), s) {
				t.Errorf("the facts of %s hold %q", c.Client.FullName(), s)
			}
		}
	}
}

// The curated demo cases, evaluated over the year up to the demo's day;
// each figure is counted by hand from model/demo/curated.go (days relative
// to "today").
func TestEvaluationOfTheCuratedDemoCases(t *testing.T) {
	now := time.Date(2025, 11, 20, 9, 0, 0, 0, time.UTC)
	cases, partners := demo.Cases(demo.Curated, 3, now)
	fs := demo.FactsOf(cases)
	today := model.DateOf(now)
	p := model.Period{From: today.AddDays(-364), To: today}
	e := model.Evaluate(fs, partners, p, model.Filter{}, model.Settings{})
	// Referrals on days −19, −60, −95, −200, −300, −12, −330, −75 (and
	// −420, before the period).
	if e.Received.N != 8 {
		t.Errorf("received %d, want 8", e.Received.N)
	}
	// Into the assessment on −45, −84, −183, −288, −315 (−404 before).
	if e.Admitted.N != 5 {
		t.Errorf("admitted %d, want 5", e.Admitted.N)
	}
	if bar(t, e.NotAdmitted, "noNeed").N != 1 {
		t.Errorf("not admitted %+v", e.NotAdmitted)
	}
	// Katharina Vorlage: referral −420, closed −27, transmitted −27.
	if e.Closed.N != 1 || e.Duration.Median != 393 || e.Transmitted.N != 1 || e.ToTransmission.Median != 3 {
		t.Errorf("closed %d after %v days, transmitted %d after %v", e.Closed.N, e.Duration.Median, e.Transmitted.N, e.ToTransmission.Median)
	}
	if bar(t, e.Endings, "regular").N != 1 || bar(t, e.WorkAbility, "yes").N != 1 || bar(t, e.Reintegration, "adaptedWorkplace").N != 1 {
		t.Errorf("outcome %+v %+v %+v", e.Endings, e.WorkAbility, e.Reintegration)
	}
	want := map[string]int{"intake": 2, "assessment": 1, "planning": 1, "monitoring": 2, "closure": 1}
	for ph, n := range want {
		if got := bar(t, e.OpenByPhase, ph).N; got != n {
			t.Errorf("open in %s: %d, want %d", ph, got, n)
		}
	}
	// First meetings on −6, −66, −52, −88, −190, −322, −293 after
	// referrals 12, 75, 60, 95, 200, 330, 300 days ago: 6, 9, 8, 7, 10, 8, 7.
	if e.ToFirstMeeting != (model.Spread{N: 7, Min: 6, Q1: 7, Median: 8, Q3: 8.5, Max: 10, Mean: 55.0 / 7}) ||
		e.FirstMeetingInTime != (model.Rate{Num: 7, Den: 7}) {
		t.Errorf("first meeting %+v in time %+v", e.ToFirstMeeting, e.FirstMeetingInTime)
	}
	// Monika Beispielmann went back from monitoring to the assessment once.
	if e.Reassessments.Num != 1 || e.Fortschreibungen.Num != 0 || e.CasesWithLoop.N != 1 {
		t.Errorf("loops %+v %+v", e.Reassessments, e.Fortschreibungen)
	}
	if e.Active.N != 9 {
		t.Errorf("active %d, want 9", e.Active.N)
	}
}

func TestCaseRowsAndTheSmallCellRule(t *testing.T) {
	e := oneCase()
	e.c.UID = "uid-one"
	rows := model.CaseRows(facts(e), model.YearPeriod(2025), model.Filter{}, model.Settings{Carrier: "DRV Bund"})
	want := model.CaseRow{Key: model.CaseKey("uid-one"), Carrier: "DRV Bund", Expected: "B", Final: "C", PhaseEnd: "closed",
		Received: "2025-01", Closed: "2025-06", Ending: "regular", Work: "partly", Reinteg: "adaptedWorkplace",
		TScore: "56.20", Goals: 2, Duration: 153, ToMeeting: 10, InTime: "yes", Contacts: 2, Minutes: 150, MeasureCounts: model.MeasureCounts{Measures: 3, Done: 1, Cancelled: 1, Ongoing: 1}}
	if len(rows) != 1 || rows[0] != want {
		t.Fatalf("rows\n got %+v\nwant %+v", rows, want)
	}
	if got, _ := model.SuppressSmallCells(rows); got != nil {
		t.Errorf("a table of one case is not withheld: %+v", got)
	}
	// Three cases share carrier, intensity and phase; one ends differently.
	var cs []*evalCase
	for i := int64(1); i <= 4; i++ {
		c := newEvalCase(i, "2025-02-01").admitted("2025-02-05", model.IntensityB)
		cs = append(cs, c)
	}
	cs[3].c.Intake.ExpectedIntensity = model.IntensityC
	rows = model.CaseRows(facts(cs...), model.YearPeriod(2025), model.Filter{}, model.Settings{Carrier: "DRV Bund"})
	got, hidden := model.SuppressSmallCells(rows)
	if len(got) != 4 || got[0].Expected != "B" || got[3].Expected != model.Suppressed || got[0].Carrier != "DRV Bund" {
		t.Errorf("suppressed rows %+v", got)
	}
	if hidden != 1 || rows[3].Expected != "C" {
		t.Errorf("hidden %d (want 1); the input changed: %+v", hidden, rows[3])
	}
}

func TestPartnersShownOnlyWithThreeCases(t *testing.T) {
	rows := []model.PartnerRow{{UID: "a", Cases: model.Count{N: 3}}, {UID: "b", Cases: model.Count{N: 2}}}
	shown, left := model.PartnersShown(rows)
	if len(shown) != 1 || shown[0].UID != "a" || left != 1 {
		t.Errorf("shown %+v, left out %d", shown, left)
	}
}
