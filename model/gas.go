package model

import "math"

// GASRho is the assumed inter-goal correlation of Kiresuk & Sherman.
const GASRho = 0.3

// TScore computes the Goal Attainment Scaling T-score
// T = 50 + 10·Σwx / √((1−ρ)Σw² + ρ(Σw)²). Weights ≤ 0 count as 1. With no
// goals the score is undefined and ok is false.
func TScore(levels []int, weights []float64) (t float64, ok bool) {
	if len(levels) == 0 {
		return 0, false
	}
	var swx, sw2, sw float64
	for i, x := range levels {
		w := 1.0
		if i < len(weights) && weights[i] > 0 {
			w = weights[i]
		}
		swx += w * float64(x)
		sw2 += w * w
		sw += w
	}
	return 50 + 10*swx/math.Sqrt((1-GASRho)*sw2+GASRho*sw*sw), true
}

// ValidLevel reports a GAS level in −2…+2.
func ValidLevel(l int) bool { return l >= -2 && l <= 2 }

// ClosureTScore is the T-score of the closure's final levels, weighted by
// the goals of the newest plan.
func (c *Case) ClosureTScore() (float64, bool) {
	weights := map[string]float64{}
	p := c.CurrentPlan()
	if p != nil {
		for _, g := range p.OperationalGoals() {
			weights[g.Goal.ID] = g.Goal.Weight
		}
	}
	var ls []int
	var ws []float64
	for _, l := range c.Closure.FinalLevels {
		w, inPlan := weights[l.GoalID]
		if p != nil && !inPlan {
			// A level left from a goal the newest plan no longer has (a
			// reopened case with a new plan) is not part of the score.
			continue
		}
		ls = append(ls, l.Level)
		ws = append(ws, w)
	}
	return TScore(ls, ws)
}
