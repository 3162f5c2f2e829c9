package model_test

import (
	"math"
	"testing"

	"teilhabelotse/model"
)

func TestTScore(t *testing.T) {
	tests := []struct {
		name    string
		levels  []int
		weights []float64
		want    float64
	}{
		{"one goal at +1", []int{1}, nil, 60},
		{"one goal at 0", []int{0}, nil, 50},
		{"two goals at 0", []int{0, 0}, nil, 50},
		{"seven goals at 0", []int{0, 0, 0, 0, 0, 0, 0}, nil, 50},
		{"three goals at -2", []int{-2, -2, -2}, nil, 50 - 60/math.Sqrt(4.8)},
		{"three goals at -2 is about 22.6", []int{-2, -2, -2}, nil, 22.6},
		{"one goal at -2", []int{-2}, nil, 30},
		{"one goal at +2", []int{2}, nil, 70},
		{"symmetric", []int{2, -2}, nil, 50},
		{"two goals at +1", []int{1, 1}, nil, 50 + 20/math.Sqrt(0.7*2+0.3*4)},
		{"weights 2 and 1", []int{2, 0}, []float64{2, 1}, 50 + 40/math.Sqrt(6.2)},
		{"weight 0 counts as 1", []int{2, 0}, []float64{2, 0}, 50 + 40/math.Sqrt(6.2)},
		{"negative weight counts as 1", []int{1}, []float64{-3}, 60},
		{"missing weights count as 1", []int{1, 1}, []float64{1}, 50 + 20/math.Sqrt(0.7*2+0.3*4)},
		{"equal weights do not change the score", []int{2, -1, 0}, []float64{3, 3, 3}, 50 + 10/math.Sqrt(0.7*3+0.3*9)},
	}
	for _, tt := range tests {
		got, ok := model.TScore(tt.levels, tt.weights)
		if !ok {
			t.Errorf("%s: ok = false", tt.name)
			continue
		}
		if math.Abs(got-tt.want) > 0.05 {
			t.Errorf("%s: TScore(%v, %v) = %.4f, want %.4f", tt.name, tt.levels, tt.weights, got, tt.want)
		}
	}
}

func TestTScoreNoGoals(t *testing.T) {
	for _, levels := range [][]int{nil, {}} {
		if got, ok := model.TScore(levels, []float64{1}); ok {
			t.Errorf("TScore(%v) = %v, true; want ok = false (undefined without goals)", levels, got)
		}
	}
}

func TestValidLevel(t *testing.T) {
	for l := -4; l <= 4; l++ {
		if got, want := model.ValidLevel(l), l >= -2 && l <= 2; got != want {
			t.Errorf("ValidLevel(%d) = %v, want %v", l, got, want)
		}
	}
}

// planWithGoals returns a plan with one strategic goal holding operational
// goals of the given IDs and weights.
func planWithGoals(ids []string, weights []float64) model.PlanVersion {
	sg := model.StrategicGoal{ID: "s1", Area: model.AreaWork, Text: "Rückkehr an den Arbeitsplatz"}
	for i, id := range ids {
		sg.Operational = append(sg.Operational, model.OperationalGoal{ID: id, Text: "Ziel " + id, Weight: weights[i]})
	}
	return model.PlanVersion{Version: 1, Goals: []model.StrategicGoal{sg}}
}

func TestClosureTScore(t *testing.T) {
	tests := []struct {
		name   string
		plans  []model.PlanVersion
		levels []model.GoalLevel
		want   float64
		wantOK bool
	}{
		{
			name:   "no final levels",
			plans:  []model.PlanVersion{planWithGoals([]string{"g1"}, []float64{0})},
			wantOK: false,
		},
		{
			name:   "one goal at +1",
			plans:  []model.PlanVersion{planWithGoals([]string{"g1"}, []float64{0})},
			levels: []model.GoalLevel{{GoalID: "g1", Level: 1}},
			want:   60, wantOK: true,
		},
		{
			name:   "three goals at -2",
			plans:  []model.PlanVersion{planWithGoals([]string{"g1", "g2", "g3"}, []float64{0, 0, 0})},
			levels: []model.GoalLevel{{GoalID: "g1", Level: -2}, {GoalID: "g2", Level: -2}, {GoalID: "g3", Level: -2}},
			want:   22.6, wantOK: true,
		},
		{
			name:   "weights of the plan's goals",
			plans:  []model.PlanVersion{planWithGoals([]string{"g1", "g2"}, []float64{2, 1})},
			levels: []model.GoalLevel{{GoalID: "g1", Level: 2}, {GoalID: "g2", Level: 0}},
			want:   50 + 40/math.Sqrt(6.2), wantOK: true,
		},
		{
			name: "weights of the newest plan version",
			plans: []model.PlanVersion{
				planWithGoals([]string{"g1", "g2"}, []float64{1, 1}),
				planWithGoals([]string{"g1", "g2"}, []float64{2, 1}),
			},
			levels: []model.GoalLevel{{GoalID: "g1", Level: 2}, {GoalID: "g2", Level: 0}},
			want:   50 + 40/math.Sqrt(6.2), wantOK: true,
		},
		{
			name:   "a level of a goal the newest plan no longer has does not count",
			plans:  []model.PlanVersion{planWithGoals([]string{"g1"}, []float64{0})},
			levels: []model.GoalLevel{{GoalID: "g1", Level: 1}, {GoalID: "old", Level: -2}},
			want:   60, wantOK: true,
		},
		{
			name:   "no plan: weights 1",
			levels: []model.GoalLevel{{GoalID: "x", Level: 1}},
			want:   60, wantOK: true,
		},
	}
	for _, tt := range tests {
		c := &model.Case{Plans: tt.plans, Closure: model.Closure{FinalLevels: tt.levels}}
		got, ok := c.ClosureTScore()
		if ok != tt.wantOK {
			t.Errorf("%s: ok = %v, want %v", tt.name, ok, tt.wantOK)
			continue
		}
		if ok && math.Abs(got-tt.want) > 0.05 {
			t.Errorf("%s: ClosureTScore = %.4f, want %.4f", tt.name, got, tt.want)
		}
	}
}
