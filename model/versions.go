package model

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"strings"
	"time"
)

// NewID returns a random identifier for a case, partner or an entry inside
// a case. Random rather than counted so that case files from two machines
// never collide.
func NewID() string {
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported systems
	}
	return hex.EncodeToString(b[:])
}

func trimmed(s string) string { return strings.TrimSpace(s) }

// deepCopy copies a value through JSON, which is exactly the data a case
// holds, so a copied version shares no slices with the original.
func deepCopy[T any](v T) T {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	var out T
	if err := json.Unmarshal(b, &out); err != nil {
		panic(err)
	}
	return out
}

// NewCase starts a case in intake for client, with its "opened" event.
func NewCase(client Client, now time.Time) *Case {
	c := &Case{UID: NewID(), Phase: PhaseIntake, Created: now, Updated: now, Client: client}
	c.Events = []Event{{At: now, Kind: KindOpened, To: PhaseIntake}}
	return c
}

// StartAssessment adds a new dated assessment prefilled from the last one,
// keeping the earlier ones unchanged.
func (c *Case) StartAssessment(day Date, reason string) *Assessment {
	var a Assessment
	if prev := c.CurrentAssessment(); prev != nil {
		a = deepCopy(*prev)
	}
	a.ID, a.Date, a.Reason = NewID(), day, reason
	c.Assessments = append(c.Assessments, a)
	return &c.Assessments[len(c.Assessments)-1]
}

// StartPlanVersion returns the plan version to edit: the current draft, or
// a new version copied from the last finalised one (Fortschreibung).
func (c *Case) StartPlanVersion(day Date, reason string) *PlanVersion {
	if cur := c.CurrentPlan(); cur != nil && !cur.Final() {
		if reason != "" {
			cur.Reason = reason
		}
		return cur
	}
	var p PlanVersion
	if prev := c.CurrentPlan(); prev != nil {
		p = deepCopy(*prev)
	}
	p.Version = len(c.Plans) + 1
	p.Created, p.Reason = day, reason
	p.FinalizedOn, p.DiscussedOn, p.CopyHandedOn = Date{}, Date{}, Date{}
	c.Plans = append(c.Plans, p)
	return &c.Plans[len(c.Plans)-1]
}

// FinalizePlan freezes the current draft on day.
func (c *Case) FinalizePlan(day Date) error {
	cur := c.CurrentPlan()
	if cur == nil || cur.Final() {
		return &Problem{Path: "plans", Code: CodeGateNotAllowed}
	}
	cur.FinalizedOn = day
	return nil
}

// Goals lists every operational goal of a plan with its strategic goal.
func (p *PlanVersion) OperationalGoals() []GoalRef {
	var out []GoalRef
	for i := range p.Goals {
		for j := range p.Goals[i].Operational {
			out = append(out, GoalRef{Strategic: &p.Goals[i], Goal: &p.Goals[i].Operational[j]})
		}
	}
	return out
}

// GoalRef is an operational goal with the strategic goal it belongs to.
type GoalRef struct {
	Strategic *StrategicGoal
	Goal      *OperationalGoal
}

// LatestLevel is the most recent GAS level recorded for goal id in a
// review, and whether there is one.
func (c *Case) LatestLevel(goalID string) (int, bool) {
	l, _, ok := c.LatestLevelOn(goalID)
	return l, ok
}

// LatestLevelOn is LatestLevel with the day of the review that recorded it.
func (c *Case) LatestLevelOn(goalID string) (int, Date, bool) {
	for i := len(c.Reviews) - 1; i >= 0; i-- {
		for _, l := range c.Reviews[i].Levels {
			if l.GoalID == goalID {
				return l.Level, c.Reviews[i].Date, true
			}
		}
	}
	return 0, Date{}, false
}

// MeasureStatus is a measure's status as last seen in a review, else as
// planned. Reviews record progress so that a finalised plan stays as agreed.
func (c *Case) MeasureStatus(m Measure) MeasureStatus {
	for i := len(c.Reviews) - 1; i >= 0; i-- {
		for _, s := range c.Reviews[i].Measures {
			if s.MeasureID == m.ID {
				return s.Status
			}
		}
	}
	if m.Status == "" {
		return MeasurePlanned
	}
	return m.Status
}

// Clone is a deep copy of the case, for work off the UI (a document being
// rendered while the counselor keeps typing).
func (c *Case) Clone() *Case {
	cp := deepCopy(*c)
	cp.ID = c.ID
	return &cp
}

// SupersededBy is the finalised version that replaced plan version v, or
// nil while v is still the valid plan (a Fortschreibung still in draft
// replaces nothing yet).
func (c *Case) SupersededBy(v int) *PlanVersion {
	for i := range c.Plans {
		if p := &c.Plans[i]; p.Version > v && p.Final() {
			return p
		}
	}
	return nil
}

// Replaces is the version that plan version v continues (Fortschreibung):
// the last finalised version before it, or nil for the first plan.
func (c *Case) Replaces(v int) *PlanVersion {
	var out *PlanVersion
	for i := range c.Plans {
		if p := &c.Plans[i]; p.Version < v && p.Final() && (out == nil || p.Version > out.Version) {
			out = p
		}
	}
	return out
}
