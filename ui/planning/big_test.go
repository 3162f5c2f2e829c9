package planning

import (
	"fmt"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// bigPlan is a draft of 10 Teilhabeziele with 4 Handlungsziele each and
// 40 measures.
func bigPlan() *model.Case {
	c := planningCase()
	p := c.StartPlanVersion(uitest.Today, "")
	for i := 0; i < 10; i++ {
		g := model.StrategicGoal{ID: model.NewID(), Area: model.Areas[i%len(model.Areas)], Text: fmt.Sprintf("Teilhabeziel %d", i)}
		for j := 0; j < 4; j++ {
			o := model.OperationalGoal{ID: model.NewID(), Text: fmt.Sprintf("Handlungsziel %d.%d", i, j), TargetDate: uitest.Today.AddDays(30 * j)}
			g.Operational = append(g.Operational, o)
			p.Measures = append(p.Measures, model.Measure{ID: model.NewID(), Area: g.Area, GoalID: o.ID, What: fmt.Sprintf("Maßnahme %d.%d", i, j)})
		}
		p.Goals = append(p.Goals, g)
	}
	return c
}

// A plan of 40 Handlungsziele builds quickly enough to be rebuilt after
// every added entry, and starts folded.
func TestFortyGoalsStayUsable(t *testing.T) {
	f := open(t, bigPlan(), nil)
	start := time.Now()
	f.S.Rebuild()
	took := time.Since(start)
	t.Logf("building a plan of 40 goals took %v", took)
	if took > 5*time.Second { // generous: the test machine is shared
		t.Errorf("building a plan of 40 goals took %v", took)
	}
	if uitest.Fold(t, f.Root, "Arbeit und Beschäftigung").Open {
		t.Error("a long plan starts unfolded")
	}
}
