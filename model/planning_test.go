package model_test

import (
	"errors"
	"reflect"
	"testing"

	"teilhabelotse/model"
)

func samplePlan() *model.PlanVersion {
	return &model.PlanVersion{
		Goals: []model.StrategicGoal{
			{ID: "w", Area: model.AreaWork, Operational: []model.OperationalGoal{{ID: "w1"}, {ID: "w2"}}},
			{ID: "n", Area: "", Operational: []model.OperationalGoal{{ID: "n1"}}},
			{ID: "h", Area: model.AreaHealth, Operational: []model.OperationalGoal{{ID: "h1"}}},
			{ID: "w3", Area: model.AreaWork},
		},
		Measures: []model.Measure{{ID: "m1", GoalID: "w1"}, {ID: "m2", GoalID: "w"}, {ID: "m3", GoalID: "h1"}, {ID: "m4"}},
	}
}

func TestGoalNumbersFollowTheAreas(t *testing.T) {
	p := samplePlan()
	want := map[string]string{"h": "1", "h1": "1.1", "w": "2", "w1": "2.1", "w2": "2.2", "w3": "3", "n": "4", "n1": "4.1"}
	if got := p.GoalNumbers(); !reflect.DeepEqual(got, want) {
		t.Errorf("GoalNumbers = %v, want %v", got, want)
	}
	if got := p.GoalAreas(); !reflect.DeepEqual(got, []model.Area{model.AreaHealth, model.AreaWork, ""}) {
		t.Errorf("GoalAreas = %v", got)
	}
}

func TestRemoveGoalClearsMeasureReferences(t *testing.T) {
	p := samplePlan()
	if !p.RemoveGoal("w1") {
		t.Fatal("operational goal not found")
	}
	if len(p.Goals[0].Operational) != 1 || p.Goals[0].Operational[0].ID != "w2" {
		t.Errorf("operational goals left: %+v", p.Goals[0].Operational)
	}
	if p.Measures[0].GoalID != "" || p.Measures[1].GoalID != "w" || len(p.Measures) != 4 {
		t.Errorf("measures after removing w1: %+v", p.Measures)
	}
	if !p.RemoveGoal("h") {
		t.Fatal("strategic goal not found")
	}
	if len(p.Goals) != 3 || p.Measures[2].GoalID != "" {
		t.Errorf("after removing h: goals %d, measure m3 names %q", len(p.Goals), p.Measures[2].GoalID)
	}
	if p.RemoveGoal("nope") {
		t.Error("an unknown goal was removed")
	}
	// The plan stays valid: no measure names a goal that is gone.
	c := &model.Case{UID: "x", Phase: model.PhasePlanning, Plans: []model.PlanVersion{*p}}
	c.Plans[0].Version = 1
	for _, pr := range c.Validate(nil) {
		if pr.Code == model.CodeUnknownReference {
			t.Errorf("dangling reference: %v", pr)
		}
	}
}

func TestGoalArea(t *testing.T) {
	p := samplePlan()
	if a, ok := p.GoalArea("w2"); !ok || a != model.AreaWork {
		t.Errorf("GoalArea(w2) = %q, %v", a, ok)
	}
	if a, ok := p.GoalArea("h"); !ok || a != model.AreaHealth {
		t.Errorf("GoalArea(h) = %q, %v", a, ok)
	}
	if _, ok := p.GoalArea("x"); ok {
		t.Error("GoalArea of an unknown goal")
	}
}

func TestParseWeight(t *testing.T) {
	for in, want := range map[string]float64{"": 0, " 2 ": 2, "1,5": 1.5, "1.5": 1.5, "100": 100, "0": 0} {
		if got, err := model.ParseWeight(in); err != nil || got != want {
			t.Errorf("ParseWeight(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"-1", "101", "zwei", "1,5,0"} {
		_, err := model.ParseWeight(in)
		var p *model.Problem
		if !errors.As(err, &p) || p.Code != model.CodeOutOfRange || p.Value != in {
			t.Errorf("ParseWeight(%q) error = %v", in, err)
		}
	}
}

// A new measure of a plan with one goal only serves that goal, in its
// area; with more goals to choose from it serves none until one is chosen.
func TestNewMeasureServesTheOnlyGoal(t *testing.T) {
	p := &model.PlanVersion{}
	if m := p.NewMeasure(); m.GoalID != "" || m.Area != "" || m.Status != model.MeasurePlanned || m.ID == "" {
		t.Errorf("a plan without goals: %+v", m)
	}
	p.Goals = []model.StrategicGoal{{ID: "g1", Area: model.AreaWork}}
	if m := p.NewMeasure(); m.GoalID != "g1" || m.Area != model.AreaWork {
		t.Errorf("one Teilhabeziel: %+v", m)
	}
	p.Goals[0].Operational = []model.OperationalGoal{{ID: "o1"}}
	if m := p.NewMeasure(); m.GoalID != "o1" || m.Area != model.AreaWork {
		t.Errorf("one Handlungsziel: %+v", m)
	}
	p.Goals[0].Operational = append(p.Goals[0].Operational, model.OperationalGoal{ID: "o2"})
	if m := p.NewMeasure(); m.GoalID != "" || m.Area != "" {
		t.Errorf("two Handlungsziele: %+v", m)
	}
	p.Goals = []model.StrategicGoal{{ID: "g1", Area: model.AreaWork}, {ID: "g2", Area: model.AreaHealth}}
	if m := p.NewMeasure(); m.GoalID != "" {
		t.Errorf("two Teilhabeziele: %+v", m)
	}
}
