package model

import (
	"math"
	"testing"
)

func lv(n int) *int { return &n }

func TestFinalLevelGetSet(t *testing.T) {
	var cl Closure
	if cl.FinalLevel("a") != nil {
		t.Fatal("an empty closure has no level")
	}
	steps := []struct {
		goal  string
		level *int
		ok    bool
		want  []GoalLevel
	}{
		{"a", lv(1), true, []GoalLevel{{"a", 1}}},
		{"b", lv(-2), true, []GoalLevel{{"a", 1}, {"b", -2}}},
		{"a", lv(0), true, []GoalLevel{{"a", 0}, {"b", -2}}},  // replaced in place
		{"a", lv(3), false, []GoalLevel{{"a", 0}, {"b", -2}}}, // not a GAS level
		{"c", nil, true, []GoalLevel{{"a", 0}, {"b", -2}}},    // removing a missing one
		{"a", nil, true, []GoalLevel{{"b", -2}}},
		{"b", nil, true, nil},
	}
	for i, s := range steps {
		if ok := cl.SetFinalLevel(s.goal, s.level); ok != s.ok {
			t.Errorf("step %d: ok = %v", i, ok)
		}
		if len(cl.FinalLevels) != len(s.want) {
			t.Fatalf("step %d: levels %v, want %v", i, cl.FinalLevels, s.want)
		}
		for j := range s.want {
			if cl.FinalLevels[j] != s.want[j] {
				t.Errorf("step %d: levels %v, want %v", i, cl.FinalLevels, s.want)
			}
		}
	}
	cl.FinalLevels = []GoalLevel{{"a", 2}, {"a", -1}} // a duplicate from an old file
	if got := cl.FinalLevel("a"); got == nil || *got != 2 {
		t.Errorf("FinalLevel reads the first entry, got %v", got)
	}
	cl.SetFinalLevel("a", lv(1))
	if len(cl.FinalLevels) != 1 || cl.FinalLevels[0] != (GoalLevel{"a", 1}) {
		t.Errorf("setting a duplicated goal leaves one entry, got %v", cl.FinalLevels)
	}
	// The returned pointer is a copy: writing through it changes nothing.
	*cl.FinalLevel("a") = -2
	if cl.FinalLevels[0].Level != 1 {
		t.Error("FinalLevel must not hand out a pointer into the list")
	}
}

func TestFinalLevelsDriveTheTScore(t *testing.T) {
	c := &Case{Plans: []PlanVersion{{Version: 1, Goals: []StrategicGoal{{ID: "s", Operational: []OperationalGoal{{ID: "a"}, {ID: "b"}}}}}}}
	c.Closure.SetFinalLevel("a", lv(1))
	if got, ok := c.ClosureTScore(); !ok || math.Abs(got-60) > 1e-9 {
		t.Errorf("one goal at +1: T = %v, %v; want 60", got, ok)
	}
	c.Closure.SetFinalLevel("a", nil)
	if _, ok := c.ClosureTScore(); ok {
		t.Error("no rated goal: the T-score is undefined")
	}
}

func TestAdoptReviewLevels(t *testing.T) {
	c := &Case{
		Plans: []PlanVersion{{Version: 1, Goals: []StrategicGoal{{ID: "s", Operational: []OperationalGoal{{ID: "a"}, {ID: "b"}, {ID: "c"}}}}}},
		Reviews: []Review{
			{ID: "r1", Levels: []GoalLevel{{"a", -1}, {"b", 0}}},
			{ID: "r2", Levels: []GoalLevel{{"a", 1}}},
		},
	}
	c.Closure.SetFinalLevel("b", lv(2)) // already rated: kept
	if n := c.AdoptReviewLevels(); n != 1 {
		t.Errorf("adopted %d levels, want 1 (a)", n)
	}
	for goal, want := range map[string]*int{"a": lv(1), "b": lv(2), "c": nil} {
		got := c.Closure.FinalLevel(goal)
		if (got == nil) != (want == nil) || got != nil && *got != *want {
			t.Errorf("goal %s: final level %v, want %v", goal, got, want)
		}
	}
	if n := (&Case{}).AdoptReviewLevels(); n != 0 {
		t.Errorf("without a plan nothing is adopted, got %d", n)
	}
}
