package model

import "strings"

// GASGap is a Handlungsziel whose Goal Attainment Scale lacks the
// description of some levels: without them the level reached cannot be
// judged in the reviews, and the plan printed for the client shows gaps.
type GASGap struct {
	Goal   string // the operational goal's ID
	Text   string
	Levels []int // −2…+2, the levels without a description
}

// GASGaps lists the Handlungsziele of p with levels not described, in the
// plan's order. Finalising warns about them; it does not refuse.
func (p *PlanVersion) GASGaps() []GASGap {
	var out []GASGap
	for _, g := range p.Goals {
		for _, o := range g.Operational {
			var missing []int
			for i, d := range o.GAS {
				if strings.TrimSpace(d) == "" {
					missing = append(missing, i-2)
				}
			}
			if len(missing) > 0 {
				out = append(out, GASGap{Goal: o.ID, Text: o.Text, Levels: missing})
			}
		}
	}
	return out
}
