package model

import (
	"fmt"
	"strconv"
	"strings"
)

// GoalNumbers numbers the goals of a plan as the plan is read and printed:
// strategic goals 1, 2, … area by area in the order of Areas (goals of an
// unknown or missing area last), their operational goals 1.1, 1.2, … Keys
// are goal IDs; goals without an ID get no number.
func (p *PlanVersion) GoalNumbers() map[string]string {
	nums := map[string]string{}
	n := 0
	for _, a := range p.GoalAreas() {
		for _, g := range p.Goals {
			if g.Area != a {
				continue
			}
			n++
			if g.ID != "" {
				nums[g.ID] = strconv.Itoa(n)
			}
			for j, o := range g.Operational {
				if o.ID != "" {
					nums[o.ID] = fmt.Sprintf("%d.%d", n, j+1)
				}
			}
		}
	}
	return nums
}

// GoalAreas lists the areas the plan's strategic goals are filed under, in
// the order of Areas, then any other value (such as none) in the order met.
func (p *PlanVersion) GoalAreas() []Area {
	as := make([]Area, len(p.Goals))
	for i, g := range p.Goals {
		as[i] = g.Area
	}
	return OrderAreas(as)
}

// MeasureAreas lists the areas of the plan's measures in the order of
// GoalAreas.
func (p *PlanVersion) MeasureAreas() []Area {
	as := make([]Area, len(p.Measures))
	for i, m := range p.Measures {
		as[i] = m.Area
	}
	return OrderAreas(as)
}

// OrderAreas lists each area of as once, in the order of Areas, then any
// other value (such as none) in the order met.
func OrderAreas(as []Area) []Area {
	seen := map[Area]bool{}
	for _, a := range as {
		seen[a] = true
	}
	var out []Area
	for _, a := range Areas {
		if seen[a] {
			out = append(out, a)
			delete(seen, a)
		}
	}
	for _, a := range as {
		if seen[a] {
			out = append(out, a)
			delete(seen, a)
		}
	}
	return out
}

// RemoveGoal removes the strategic or operational goal id from the plan.
// Measures that named it (or, for a strategic goal, one of its operational
// goals) keep their place in the plan but lose the reference, so the plan
// never points at a goal that is gone. It reports whether a goal was found.
func (p *PlanVersion) RemoveGoal(id string) bool {
	gone := map[string]bool{}
	found := false
	for i := range p.Goals {
		g := &p.Goals[i]
		if g.ID == id {
			gone[g.ID] = true
			for _, o := range g.Operational {
				gone[o.ID] = true
			}
			p.Goals = append(p.Goals[:i:i], p.Goals[i+1:]...)
			found = true
			break
		}
		for j := range g.Operational {
			if g.Operational[j].ID == id {
				gone[id] = true
				g.Operational = append(g.Operational[:j:j], g.Operational[j+1:]...)
				found = true
				break
			}
		}
		if found {
			break
		}
	}
	for i := range p.Measures {
		if gone[p.Measures[i].GoalID] {
			p.Measures[i].GoalID = ""
		}
	}
	return found
}

// GoalArea is the area of the strategic goal that id names, or that holds
// the operational goal id.
func (p *PlanVersion) GoalArea(id string) (Area, bool) {
	for _, g := range p.Goals {
		if g.ID == id {
			return g.Area, true
		}
		for _, o := range g.Operational {
			if o.ID == id {
				return g.Area, true
			}
		}
	}
	return "", false
}

// NewMeasure is a new, planned Maßnahme of the plan. Where the plan has
// one goal only — one Teilhabeziel with at most one Handlungsziel — the
// measure can serve no other: it starts under that goal (the
// Handlungsziel where there is one) and in its area, which the counselor
// still sees and may change.
func (p *PlanVersion) NewMeasure() Measure {
	m := Measure{ID: NewID(), Status: MeasurePlanned}
	if len(p.Goals) != 1 || len(p.Goals[0].Operational) > 1 {
		return m
	}
	g := p.Goals[0]
	m.GoalID, m.Area = g.ID, g.Area
	if len(g.Operational) == 1 {
		m.GoalID = g.Operational[0].ID
	}
	return m
}

// ParseWeight reads a GAS weight as typed ("2", "1,5", "1.5"); empty is 0,
// which counts as 1. Weights run from 0 to maxGoalWeight as Validate checks.
func ParseWeight(s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, nil
	}
	w, err := strconv.ParseFloat(strings.Replace(s, ",", ".", 1), 64)
	if err != nil || w < 0 || w > maxGoalWeight {
		return 0, &Problem{Code: CodeOutOfRange, Value: s, Args: map[string]any{"Min": 0, "Max": maxGoalWeight}}
	}
	return w, nil
}
