package model

// NewReview is a monitoring review dated day, prefilled so that the
// counselor only changes what moved: every operational goal of the newest
// finalised plan at its latest reviewed level (or its baseline before the
// first review), every measure at its current status. Goals never rated
// stay unrated rather than being guessed. The review is not yet added to c.
func (c *Case) NewReview(day Date) Review {
	r := Review{ID: NewID(), Date: day}
	p := c.LatestFinalPlan()
	if p == nil {
		return r
	}
	for _, g := range p.OperationalGoals() {
		if l, ok := c.LatestLevel(g.Goal.ID); ok {
			r.Levels = append(r.Levels, GoalLevel{GoalID: g.Goal.ID, Level: l})
		} else if g.Goal.Baseline != nil && ValidLevel(*g.Goal.Baseline) {
			r.Levels = append(r.Levels, GoalLevel{GoalID: g.Goal.ID, Level: *g.Goal.Baseline})
		}
	}
	for _, m := range p.Measures {
		r.Measures = append(r.Measures, MeasureState{MeasureID: m.ID, Status: c.MeasureStatus(m)})
	}
	return r
}

// Level is the GAS level the review records for goal id.
func (r *Review) Level(goalID string) (int, bool) {
	for _, l := range r.Levels {
		if l.GoalID == goalID {
			return l.Level, true
		}
	}
	return 0, false
}

// SetLevel records level l for goal id; nil removes the rating.
func (r *Review) SetLevel(goalID string, l *int) {
	for i := range r.Levels {
		if r.Levels[i].GoalID != goalID {
			continue
		}
		if l == nil {
			r.Levels = append(r.Levels[:i:i], r.Levels[i+1:]...)
		} else {
			r.Levels[i].Level = *l
		}
		return
	}
	if l != nil {
		r.Levels = append(r.Levels, GoalLevel{GoalID: goalID, Level: *l})
	}
}

// Status is the status the review records for measure id.
func (r *Review) Status(measureID string) (MeasureStatus, bool) {
	for _, m := range r.Measures {
		if m.MeasureID == measureID {
			return m.Status, true
		}
	}
	return "", false
}

// SetStatus records status st for measure id; "" removes the entry.
func (r *Review) SetStatus(measureID string, st MeasureStatus) {
	for i := range r.Measures {
		if r.Measures[i].MeasureID != measureID {
			continue
		}
		if st == "" {
			r.Measures = append(r.Measures[:i:i], r.Measures[i+1:]...)
		} else {
			r.Measures[i].Status = st
		}
		return
	}
	if st != "" {
		r.Measures = append(r.Measures, MeasureState{MeasureID: measureID, Status: st})
	}
}

// FindGoal is the operational goal id in the newest plan version that has
// it: a review may rate a goal that a Fortschreibung has since dropped.
func (c *Case) FindGoal(id string) (GoalRef, bool) {
	for i := len(c.Plans) - 1; i >= 0; i-- {
		for _, g := range c.Plans[i].OperationalGoals() {
			if g.Goal.ID == id {
				return g, true
			}
		}
	}
	return GoalRef{}, false
}

// FindMeasure is the measure id in the newest plan version that has it.
func (c *Case) FindMeasure(id string) (*Measure, bool) {
	for i := len(c.Plans) - 1; i >= 0; i-- {
		for j := range c.Plans[i].Measures {
			if c.Plans[i].Measures[j].ID == id {
				return &c.Plans[i].Measures[j], true
			}
		}
	}
	return nil, false
}

// SuggestedReview is the review date the interval of the intensity type
// gives (after the last review, or after the case entered monitoring),
// ignoring a date set on the case: the default the counselor may take.
func SuggestedReview(c *Case, s Settings) (Date, bool) {
	cp := *c
	cp.NextReview = Date{}
	return ReviewDue(&cp, s)
}
