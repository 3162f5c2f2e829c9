package model_test

import (
	"reflect"
	"testing"
	"time"

	"teilhabelotse/model"
)

func ptr(i int) *int { return &i }

func reviewCase() *model.Case {
	c := &model.Case{Phase: model.PhaseMonitoring}
	c.Plans = []model.PlanVersion{{
		Version: 1, FinalizedOn: day(2026, time.January, 10),
		Goals: []model.StrategicGoal{{ID: "s", Area: model.AreaWork, Operational: []model.OperationalGoal{
			{ID: "a", Baseline: ptr(-2)}, {ID: "b", Baseline: ptr(-1)}, {ID: "c"},
		}}},
		Measures: []model.Measure{{ID: "m1", Status: model.MeasurePlanned}, {ID: "m2"}, {ID: "m3", Status: model.MeasureRunning}},
	}}
	return c
}

func TestNewReviewPrefillsLatestLevelsAndStatuses(t *testing.T) {
	c := reviewCase()
	first := c.NewReview(day(2026, time.February, 1))
	if first.ID == "" || first.Date != day(2026, time.February, 1) || first.Decision != "" {
		t.Errorf("first review = %+v", first)
	}
	// Before any review: the baselines; a goal without one stays unrated.
	if want := []model.GoalLevel{{GoalID: "a", Level: -2}, {GoalID: "b", Level: -1}}; !reflect.DeepEqual(first.Levels, want) {
		t.Errorf("levels = %+v, want %+v", first.Levels, want)
	}
	if want := []model.MeasureState{{"m1", model.MeasurePlanned}, {"m2", model.MeasurePlanned}, {"m3", model.MeasureRunning}}; !reflect.DeepEqual(first.Measures, want) {
		t.Errorf("measures = %+v, want %+v", first.Measures, want)
	}

	first.SetLevel("a", ptr(0))
	first.SetLevel("c", ptr(1))
	first.SetStatus("m1", model.MeasureDone)
	c.Reviews = append(c.Reviews, first)
	second := c.NewReview(day(2026, time.March, 1))
	if second.ID == first.ID {
		t.Error("the new review reuses the ID")
	}
	if want := []model.GoalLevel{{GoalID: "a", Level: 0}, {GoalID: "b", Level: -1}, {GoalID: "c", Level: 1}}; !reflect.DeepEqual(second.Levels, want) {
		t.Errorf("levels = %+v, want %+v", second.Levels, want)
	}
	if st, _ := second.Status("m1"); st != model.MeasureDone {
		t.Errorf("m1 = %q, want the status of the last review", st)
	}
	// The prefill is a copy: changing it leaves the earlier review alone.
	second.SetLevel("a", ptr(2))
	if l, _ := c.Reviews[0].Level("a"); l != 0 {
		t.Errorf("the earlier review changed to %d", l)
	}
}

func TestNewReviewUsesTheNewestFinalisedPlan(t *testing.T) {
	c := reviewCase()
	draft := c.StartPlanVersion(day(2026, time.February, 1), "Fortschreibung")
	draft.Goals[0].Operational = append(draft.Goals[0].Operational, model.OperationalGoal{ID: "d", Baseline: ptr(-2)})
	r := c.NewReview(day(2026, time.February, 2))
	if _, ok := r.Level("d"); ok {
		t.Error("a goal of the unfinished draft was prefilled")
	}
	empty := (&model.Case{}).NewReview(day(2026, time.February, 2))
	if len(empty.Levels) != 0 || len(empty.Measures) != 0 || empty.ID == "" {
		t.Errorf("review without a plan = %+v", empty)
	}
}

func TestReviewSetLevelAndStatus(t *testing.T) {
	var r model.Review
	r.SetLevel("a", ptr(1))
	r.SetLevel("a", ptr(-1))
	r.SetLevel("b", nil)
	if l, ok := r.Level("a"); !ok || l != -1 || len(r.Levels) != 1 {
		t.Errorf("levels = %+v", r.Levels)
	}
	r.SetLevel("a", nil)
	if _, ok := r.Level("a"); ok || len(r.Levels) != 0 {
		t.Errorf("after clearing: %+v", r.Levels)
	}
	r.SetStatus("m", model.MeasureRunning)
	r.SetStatus("m", model.MeasureCancelled)
	if st, ok := r.Status("m"); !ok || st != model.MeasureCancelled || len(r.Measures) != 1 {
		t.Errorf("measures = %+v", r.Measures)
	}
	r.SetStatus("m", "")
	if _, ok := r.Status("m"); ok {
		t.Error("status not cleared")
	}
}

func TestFindGoalAndMeasureAcrossVersions(t *testing.T) {
	c := reviewCase()
	v2 := c.StartPlanVersion(day(2026, time.February, 1), "Fortschreibung")
	v2.Goals[0].Operational = v2.Goals[0].Operational[1:] // goal a dropped
	v2.Goals[0].Operational[0].Text = "neu"
	v2.Measures = v2.Measures[1:]
	if g, ok := c.FindGoal("a"); !ok || g.Goal.ID != "a" || g.Strategic.ID != "s" {
		t.Errorf("FindGoal(a) = %+v, %v", g, ok)
	}
	if g, ok := c.FindGoal("b"); !ok || g.Goal.Text != "neu" {
		t.Errorf("FindGoal(b) should find the newest version: %+v", g.Goal)
	}
	if _, ok := c.FindGoal("zz"); ok {
		t.Error("found an unknown goal")
	}
	if m, ok := c.FindMeasure("m1"); !ok || m.ID != "m1" {
		t.Errorf("FindMeasure(m1) = %v, %v", m, ok)
	}
}

func TestSuggestedReviewIgnoresTheSetDate(t *testing.T) {
	c := reviewCase()
	c.Intake.ExpectedIntensity = model.IntensityC
	c.Reviews = []model.Review{{ID: "r", Date: day(2026, time.February, 1)}}
	c.NextReview = day(2026, time.June, 1)
	got, ok := model.SuggestedReview(c, model.Settings{})
	if !ok || got != day(2026, time.March, 1) {
		t.Errorf("SuggestedReview = %v, %v; want 4 weeks after the last review", got, ok)
	}
	if due, _ := model.ReviewDue(c, model.Settings{}); due != day(2026, time.June, 1) {
		t.Errorf("the set date was changed: %v", due)
	}
}
