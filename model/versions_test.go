package model_test

import (
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

func TestNewCase(t *testing.T) {
	client := model.Client{FirstName: "Erika", LastName: "Muster"}
	c := model.NewCase(client, now)
	if c.Phase != model.PhaseIntake || c.UID == "" || !c.Created.Equal(now) || !c.Updated.Equal(now) || c.Client.FullName() != "Erika Muster" {
		t.Errorf("NewCase = %+v", c)
	}
	want := []model.Event{{At: now, Kind: model.KindOpened, To: model.PhaseIntake}}
	if !reflect.DeepEqual(c.Events, want) {
		t.Errorf("NewCase events = %+v, want %+v", c.Events, want)
	}
	if other := model.NewCase(client, now); other.UID == c.UID {
		t.Errorf("two cases share UID %s", c.UID)
	}
}

func TestNewID(t *testing.T) {
	seen := map[string]bool{}
	for i := 0; i < 1000; i++ {
		id := model.NewID()
		if len(id) != 16 || seen[id] {
			t.Fatalf("NewID() = %q (duplicate: %v)", id, seen[id])
		}
		seen[id] = true
	}
}

func TestStartAssessment(t *testing.T) {
	c := &model.Case{}
	if c.CurrentAssessment() != nil {
		t.Fatal("empty case has a current assessment")
	}
	first := c.StartAssessment(day(2026, time.February, 1), "")
	if first.ID == "" || first.Date != day(2026, time.February, 1) || first.Health != "" || c.CurrentAssessment() != first {
		t.Errorf("first assessment = %+v", first)
	}
	first.Health = "Rückenschmerzen"
	first.Instruments = []model.Instrument{{Name: "MELBA"}}
	first.ContextFactors = []model.ContextFactor{{Kind: model.FactorPersonal, Effect: model.EffectFacilitator, Description: "motiviert"}}
	kept := *first
	kept.Instruments = append([]model.Instrument{}, first.Instruments...)
	kept.ContextFactors = append([]model.ContextFactor{}, first.ContextFactors...)

	second := c.StartAssessment(day(2026, time.April, 1), "Verschlechterung")
	if len(c.Assessments) != 2 || c.CurrentAssessment() != second {
		t.Fatalf("%d assessments", len(c.Assessments))
	}
	if second.ID == kept.ID || second.Date != day(2026, time.April, 1) || second.Reason != "Verschlechterung" {
		t.Errorf("second assessment = %+v", second)
	}
	if second.Health != "Rückenschmerzen" || !reflect.DeepEqual(second.Instruments, kept.Instruments) {
		t.Errorf("second assessment not prefilled: %+v", second)
	}
	second.Instruments[0].Name = "IMBA"
	second.ContextFactors[0].Description = "anders"
	if !reflect.DeepEqual(c.Assessments[0], kept) {
		t.Errorf("the earlier assessment changed: %+v", c.Assessments[0])
	}
}

func TestPlanVersions(t *testing.T) {
	c := &model.Case{}
	if c.CurrentPlan() != nil || c.LatestFinalPlan() != nil {
		t.Fatal("empty case has a plan")
	}
	if err := c.FinalizePlan(today); err == nil {
		t.Error("FinalizePlan without a plan succeeded")
	}

	v1 := c.StartPlanVersion(day(2026, time.February, 18), "")
	if v1.Version != 1 || v1.Final() || v1.Created != day(2026, time.February, 18) || len(c.Plans) != 1 {
		t.Fatalf("first version = %+v", v1)
	}
	// A draft is edited in place, not versioned.
	if again := c.StartPlanVersion(day(2026, time.February, 19), ""); again != v1 || len(c.Plans) != 1 {
		t.Errorf("StartPlanVersion on a draft made a new version")
	}
	*v1 = fullPlan()
	v1.FinalizedOn = model.Date{}
	if c.LatestFinalPlan() != nil {
		t.Error("a draft counts as finalised")
	}
	if err := c.FinalizePlan(day(2026, time.February, 25)); err != nil {
		t.Fatal(err)
	}
	if !c.Plans[0].Final() || c.Plans[0].FinalizedOn != day(2026, time.February, 25) || c.LatestFinalPlan() != &c.Plans[0] {
		t.Errorf("after FinalizePlan: %+v", c.Plans[0])
	}
	if err := c.FinalizePlan(day(2026, time.February, 26)); err == nil {
		t.Error("a finalised version was finalised again")
	}
	if c.Plans[0].FinalizedOn != day(2026, time.February, 25) {
		t.Errorf("finalising again changed the date to %v", c.Plans[0].FinalizedOn)
	}

	frozen := deepCopyCase(t, c).Plans[0]
	v2 := c.StartPlanVersion(day(2026, time.March, 20), "Neuer Arbeitsplatz")
	if len(c.Plans) != 2 || v2.Version != 2 || v2.Final() || v2.Reason != "Neuer Arbeitsplatz" || v2.Created != day(2026, time.March, 20) {
		t.Fatalf("Fortschreibung = %+v", v2)
	}
	if v2.DiscussedOn.Valid() || v2.CopyHandedOn.Valid() {
		t.Error("Fortschreibung inherits the discussion and copy dates")
	}
	if !reflect.DeepEqual(v2.Goals, frozen.Goals) || !reflect.DeepEqual(v2.Measures, frozen.Measures) {
		t.Error("Fortschreibung not copied from the finalised version")
	}
	v2.Goals[0].Operational[0].GAS[4] = "anders"
	v2.Measures[0].What = "anders"
	v2.AreaPartners[0].Partner = "anders"
	if !reflect.DeepEqual(c.Plans[0], frozen) {
		t.Error("editing the Fortschreibung changed the finalised version")
	}
	// A second reason on the open draft replaces the first; an empty one does not.
	c.StartPlanVersion(today, "Zweiter Grund")
	c.StartPlanVersion(today, "")
	if len(c.Plans) != 2 || c.Plans[1].Reason != "Zweiter Grund" {
		t.Errorf("draft reason = %q with %d versions", c.Plans[1].Reason, len(c.Plans))
	}
	if err := c.FinalizePlan(today); err != nil {
		t.Fatal(err)
	}
	if v3 := c.StartPlanVersion(today, "Dritte"); v3.Version != 3 || len(c.Plans) != 3 {
		t.Errorf("third version = %d of %d", v3.Version, len(c.Plans))
	}
	// Version 1 was replaced by the finalised version 2; version 2 stays the
	// valid plan while version 3 is a draft, which nevertheless continues it.
	if by := c.SupersededBy(1); by == nil || by.Version != 2 {
		t.Errorf("SupersededBy(1) = %v", by)
	}
	if by := c.SupersededBy(2); by != nil {
		t.Errorf("a draft supersedes version 2: %d", by.Version)
	}
	if r := c.Replaces(3); r == nil || r.Version != 2 {
		t.Errorf("Replaces(3) = %v", r)
	}
	if r := c.Replaces(1); r != nil {
		t.Errorf("the first plan replaces version %d", r.Version)
	}
}

func TestOperationalGoalsAndLevels(t *testing.T) {
	p := fullPlan()
	var ids []string
	for _, g := range p.OperationalGoals() {
		ids = append(ids, g.Strategic.ID+"/"+g.Goal.ID)
	}
	if want := []string{"s1/g1", "s1/g2", "s2/g3"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("OperationalGoals = %v, want %v", ids, want)
	}
	// The refs point into the plan.
	p.OperationalGoals()[2].Goal.Text = "geändert"
	if p.Goals[1].Operational[0].Text != "geändert" {
		t.Error("OperationalGoals returns copies, not the plan's goals")
	}

	c := &model.Case{Reviews: []model.Review{
		{ID: "r1", Levels: []model.GoalLevel{{GoalID: "g1", Level: -2}, {GoalID: "g2", Level: -1}}},
		{ID: "r2", Levels: []model.GoalLevel{{GoalID: "g1", Level: 1}}},
		{ID: "r3"},
	}}
	for _, tt := range []struct {
		id    string
		level int
		ok    bool
	}{{"g1", 1, true}, {"g2", -1, true}, {"g3", 0, false}} {
		if l, ok := c.LatestLevel(tt.id); l != tt.level || ok != tt.ok {
			t.Errorf("LatestLevel(%s) = %d, %v; want %d, %v", tt.id, l, ok, tt.level, tt.ok)
		}
	}
}

func TestMeasureStatusFromReviews(t *testing.T) {
	c := &model.Case{}
	m := model.Measure{ID: "m1"}
	if got := c.MeasureStatus(m); got != model.MeasurePlanned {
		t.Errorf("no status, no review: %s, want planned", got)
	}
	m.Status = model.MeasureRunning
	c.Reviews = []model.Review{
		{ID: "r1", Measures: []model.MeasureState{{MeasureID: "m1", Status: model.MeasureCancelled}}},
		{ID: "r2", Measures: []model.MeasureState{{MeasureID: "m1", Status: model.MeasureDone}}},
		{ID: "r3", Measures: []model.MeasureState{{MeasureID: "other", Status: model.MeasureRunning}}},
	}
	if got := c.MeasureStatus(m); got != model.MeasureDone {
		t.Errorf("latest review says done, got %s", got)
	}
	c.Reviews = nil
	if got := c.MeasureStatus(m); got != model.MeasureRunning {
		t.Errorf("plan says running, got %s", got)
	}
}

func TestClosureRecorded(t *testing.T) {
	c := &model.Case{Events: []model.Event{{Kind: model.KindOpened, To: model.PhaseIntake}, {Kind: model.KindNotAdmitted, From: model.PhaseIntake, To: model.PhaseClosed}}}
	if c.ClosureRecorded() {
		t.Error("a case closed as not admitted has no closure record")
	}
	c.Events = append(c.Events, model.Event{Kind: model.KindCloseRegular, From: model.PhaseMonitoring, To: model.PhaseClosure})
	if !c.ClosureRecorded() {
		t.Error("a case that reached phase 5 has a closure to document")
	}
	if !(&model.Case{Closure: model.Closure{Date: model.NewDate(2026, 3, 1)}}).ClosureRecorded() {
		t.Error("a closure date counts as recorded")
	}
}

func TestConsentByIDAndPartnerIndex(t *testing.T) {
	c := &model.Case{Consents: []model.Consent{{ID: "k1", Partner: "p1"}, {ID: "k2", Partner: "p2"}}}
	if k, ok := c.ConsentByID("k2"); !ok || k.Partner != "p2" {
		t.Errorf("ConsentByID(k2) = %+v, %v", k, ok)
	}
	if _, ok := c.ConsentByID("nope"); ok {
		t.Error("unknown consent found")
	}
	idx := model.PartnerIndex([]model.Partner{{UID: "p1", Name: "Klinik"}, {UID: "p2", Name: "IFD"}})
	if idx["p2"].Name != "IFD" || len(idx) != 2 {
		t.Errorf("index = %+v", idx)
	}
}

func TestCloneSharesNothing(t *testing.T) {
	c := model.NewCase(model.Client{LastName: "Muster"}, now)
	c.ID = 7
	c.StartPlanVersion(model.NewDate(2026, 1, 1), "")
	c.Plans[0].Goals = []model.StrategicGoal{{ID: "g", Text: "Arbeit"}}
	cp := c.Clone()
	cp.Plans[0].Goals[0].Text = "geändert"
	if c.Plans[0].Goals[0].Text != "Arbeit" || cp.ID != 7 {
		t.Errorf("clone changed the original or lost the ID: %q, %d", c.Plans[0].Goals[0].Text, cp.ID)
	}
}
