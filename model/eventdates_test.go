package model_test

import (
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

// intakeCase is a documented case still in intake: the referral arrived
// on 20.01., the first meeting, consent, decision and agreement were on
// 28.01., the case was typed in on 21.01.
func intakeCase() *model.Case {
	c := documentedCase()
	c.Phase = model.PhaseIntake
	c.Assessments, c.Plans, c.Reviews, c.Closure = nil, nil, nil, model.Closure{}
	c.Events = c.Events[:1]
	return c
}

func TestOpenedOnIsTheReferralsReceipt(t *testing.T) {
	c := intakeCase()
	if got := c.OpenedOn(); got != day(2026, time.January, 20) {
		t.Errorf("OpenedOn = %v, want the referral's receipt 20.01.", got)
	}
	c.Intake.Referral.ReceivedOn = model.Date{}
	if got := c.OpenedOn(); got != model.DateOf(c.Events[0].At) {
		t.Errorf("without a receipt OpenedOn = %v, want the opening event %v", got, c.Events[0].At)
	}
}

func TestAStepTakesItsOwnDay(t *testing.T) {
	c := intakeCase()
	met := day(2026, time.January, 28)
	if got := c.StepDay(model.KindAdvance, model.DateOf(now)); got != met {
		t.Errorf("the admission defaults to %v, want the agreement's day %v", got, met)
	}
	if _, err := model.TransitionOn(c, model.KindAdvance, "", true, met, now); err != nil {
		t.Fatal(err)
	}
	ev := c.Events[len(c.Events)-1]
	if model.DateOf(ev.At) != met {
		t.Errorf("step dated %v, want %v", ev.At, met)
	}
	if c.Assessments[0].Date != met {
		t.Errorf("the assessment the step starts is dated %v, want %v", c.Assessments[0].Date, met)
	}
	if f := model.CheckCase(c); len(f.All()) > 0 {
		t.Errorf("a case walked with real dates has findings: %v", f.All())
	}
	// Two steps on one day keep their order on the timeline.
	if _, err := model.TransitionOn(c, model.KindAdvance, "", true, met, now); err != nil {
		t.Fatal(err)
	}
	if a, b := c.Events[1].At, c.Events[2].At; !b.After(a) {
		t.Errorf("second step of the day at %v, not after the first at %v", b, a)
	}
}

func TestAStepIsNotDatedImpossibly(t *testing.T) {
	today := model.DateOf(now)
	for _, tc := range []struct {
		name string
		day  model.Date
		code string
	}{
		{"tomorrow", today.AddDays(1), model.CodeGateFutureDate},
		{"before the consent", day(2026, time.January, 27), model.CodeGateNeedConsent},
		{"before the referral", day(2026, time.January, 10), model.CodeGateBeforePrevious},
	} {
		c := intakeCase()
		_, err := model.TransitionOn(c, model.KindAdvance, "", true, tc.day, now)
		ps, _ := err.(model.Problems)
		if !ps.Has(tc.code, "") {
			t.Errorf("%s: err %v, want %s", tc.name, err, tc.code)
		}
		if c.Phase != model.PhaseIntake || len(c.Events) != 1 {
			t.Errorf("%s: the refused step changed the case", tc.name)
		}
	}
	c := intakeCase()
	if _, err := model.TransitionOn(c, model.KindAdvance, "", true, day(2026, time.February, 10), now); err != nil {
		t.Fatal(err)
	}
	_, err := model.TransitionOn(c, model.KindAdvance, "", true, day(2026, time.February, 9), now)
	if ps, _ := err.(model.Problems); !ps.Has(model.CodeGateBeforePrevious, "") {
		t.Errorf("a step before the step before it: %v", err)
	}
}

func TestNothingHappensBeforeTheReferral(t *testing.T) {
	early := day(2026, time.January, 19)
	for path, set := range map[string]func(*model.Case){
		"cmConsent.givenOn":         func(c *model.Case) { c.CMConsent.GivenOn = early },
		"intake.agreement.date":     func(c *model.Case) { c.Intake.Agreement.Date = early },
		"intake.decision.decidedOn": func(c *model.Case) { c.Intake.Decision.DecidedOn = early },
		"contacts[0].date":          func(c *model.Case) { c.Contacts = []model.Contact{{ID: "k", Date: early, Kind: model.ContactPhone}} },
		"events[1].at": func(c *model.Case) {
			c.Events = append(c.Events, model.Event{At: early.Time(), Kind: model.KindAdvance, From: model.PhaseIntake, To: model.PhaseAssessment})
			c.Phase = model.PhaseAssessment
		},
	} {
		c := intakeCase()
		if hard, _ := model.DateProblems(c, path); len(hard) > 0 {
			t.Fatalf("%s: findings before the edit: %v", path, hard)
		}
		set(c)
		hard, _ := model.DateProblems(c, path)
		if !hard.Has(model.CodeRuleDateImpossible, path) {
			t.Errorf("%s before the referral: %v", path, hard)
		}
		// Moving the referral later makes the other date impossible too:
		// the problem is found from either side.
		c = intakeCase()
		c.Intake.Referral.ReceivedOn = day(2026, time.February, 1)
		if hard, _ := model.DateProblems(c, "intake.referral.receivedOn"); len(hard) == 0 {
			t.Errorf("a referral after the consent, decision and agreement is not refused")
		}
	}
}

func TestTransmissionNotBeforeClosure(t *testing.T) {
	c := documentedCase()
	path := "closure.transmittedOn"
	if got := model.DateProblemsIf(c, func(x *model.Case) { x.Closure.TransmittedOn = x.Closure.Date.AddDays(-1) }, path); !got.Has(model.CodeDateOrder, path) {
		t.Errorf("transmitted the day before the closure: %v", got)
	}
	if got := model.DateProblemsIf(c, func(x *model.Case) { x.Closure.TransmittedOn = x.Closure.Date }, path); len(got) > 0 {
		t.Errorf("transmitted on the closure's day: %v", got)
	}
	if c.Closure.TransmittedOn.Valid() {
		t.Error("DateProblemsIf changed the case itself")
	}
}

func TestMeasureEndsNotBeforeItStarts(t *testing.T) {
	c := documentedCase()
	if len(c.Plans) == 0 || len(c.Plans[0].Measures) == 0 {
		t.Fatal("fixture without measures")
	}
	path := "plans[0].measures[0].end"
	got := model.DateProblemsIf(c, func(x *model.Case) {
		m := &x.Plans[0].Measures[0]
		m.Start, m.End = day(2026, time.February, 10), day(2026, time.February, 9)
	}, path)
	if !got.Has(model.CodeDateOrder, path) {
		t.Errorf("a measure ending before it starts: %v", got)
	}
}

func TestIntakeEntriesDefaultToTheMeeting(t *testing.T) {
	c := intakeCase()
	today := model.DateOf(now)
	if got := c.MeetingDay(today); got != c.Intake.FirstMeeting.Date {
		t.Errorf("MeetingDay = %v, want the first meeting %v", got, c.Intake.FirstMeeting.Date)
	}
	c.Intake.FirstMeeting.Date = model.Date{}
	if got := c.MeetingDay(today); got != today {
		t.Errorf("without a meeting MeetingDay = %v, want today", got)
	}
	c = documentedCase()
	c.Phase = model.PhaseClosure
	if got := c.StepDay(model.KindFinish, today); got != c.Closure.Date {
		t.Errorf("closing the file defaults to %v, want the closure's date %v", got, c.Closure.Date)
	}
}

func TestMeasurePartnersAreLinkedWithTheirAreas(t *testing.T) {
	c := documentedCase()
	p := c.CurrentPlan()
	c.Partners = []model.PartnerLink{{Partner: "emp", Areas: []model.Area{model.AreaHealth}}}
	p.AreaPartners = []model.AreaPartner{{Area: model.AreaHealth, Partner: "doc", Role: "Hausarzt"}}
	p.Measures = []model.Measure{
		{ID: "m1", Partner: "emp", Area: model.AreaWork},
		{ID: "m2", Partner: "doc", Area: model.AreaHealth},
		{ID: "m3", Partner: "doc", Area: model.AreaHealth},
		{ID: "m4", Area: model.AreaWork},
	}
	if !c.LinkMeasurePartners() {
		t.Fatal("nothing linked")
	}
	want := []model.PartnerLink{
		{Partner: "emp", Areas: []model.Area{model.AreaHealth, model.AreaWork}},
		{Partner: "doc", Areas: []model.Area{model.AreaHealth}},
	}
	if !reflect.DeepEqual(c.Partners, want) {
		t.Errorf("links %+v, want %+v", c.Partners, want)
	}
	// The plan names each partner under the area of its measures, the
	// role left to the counselor.
	wantPlan := []model.AreaPartner{{Area: model.AreaHealth, Partner: "doc", Role: "Hausarzt"}, {Area: model.AreaWork, Partner: "emp"}}
	if !reflect.DeepEqual(p.AreaPartners, wantPlan) {
		t.Errorf("the plan's partners by area %+v, want %+v", p.AreaPartners, wantPlan)
	}
	if c.LinkMeasurePartners() {
		t.Error("linking again changed something")
	}
}
