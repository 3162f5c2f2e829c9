package model

// The final GAS levels of the closure are kept as a list of (goal, level)
// pairs; the closure workspace edits them one goal at a time. These helpers
// give that list the shape of one optional level per goal, so a widget can
// bind to it like to any other optional field.

// FinalLevel returns the final GAS level recorded for goalID, or nil when
// the goal has not been rated at the closure.
func (cl *Closure) FinalLevel(goalID string) *int {
	for _, l := range cl.FinalLevels {
		if l.GoalID == goalID {
			v := l.Level
			return &v
		}
	}
	return nil
}

// SetFinalLevel records level as the final GAS level of goalID, replacing
// an earlier rating; nil removes the rating. A level outside −2…+2 is not
// a GAS level and is refused (the list stays unchanged, ok is false).
func (cl *Closure) SetFinalLevel(goalID string, level *int) (ok bool) {
	if level != nil && !ValidLevel(*level) {
		return false
	}
	out := cl.FinalLevels[:0:0]
	found := false
	for _, l := range cl.FinalLevels {
		if l.GoalID != goalID {
			out = append(out, l)
			continue
		}
		if level != nil && !found {
			out = append(out, GoalLevel{GoalID: goalID, Level: *level})
			found = true
		}
	}
	if level != nil && !found {
		out = append(out, GoalLevel{GoalID: goalID, Level: *level})
	}
	if len(out) == 0 {
		out = nil
	}
	cl.FinalLevels = out
	return true
}

// AdoptReviewLevels sets the final level of every operational goal of the
// newest plan that has none yet to the level of the latest review, so the
// counselor only corrects what changed since. Ratings already made are
// kept. It returns how many goals it set.
func (c *Case) AdoptReviewLevels() int {
	p := c.CurrentPlan()
	if p == nil {
		return 0
	}
	n := 0
	for _, g := range p.OperationalGoals() {
		if c.Closure.FinalLevel(g.Goal.ID) != nil {
			continue
		}
		if l, ok := c.LatestLevel(g.Goal.ID); ok && c.Closure.SetFinalLevel(g.Goal.ID, &l) {
			n++
		}
	}
	return n
}
