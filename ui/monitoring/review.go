package monitoring

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// gasMeaning are the message IDs of the standard meaning of the GAS
// levels −2…+2.
var gasMeaning = [5]string{"Monitoring.GASm2", "Monitoring.GASm1", "Monitoring.GAS0", "Monitoring.GASp1", "Monitoring.GASp2"}

// review shows one review: its date, the current level of every
// Handlungsziel, the status of every Maßnahme, what deviates, the decision
// and the partners' reports. Only the newest review of an open case is
// editable.
func (w *workspace) review(r *model.Review, editable bool) fyne.CanvasObject {
	s := w.s
	date := s.Form(kit.Row{LabelID: "Monitoring.ReviewDate", Field: s.Date(&r.Date)})

	var goalRows, measureRows []fyne.CanvasObject
	for _, g := range w.reviewGoals(r, editable) {
		goalRows = append(goalRows, w.goalRow(r, g))
	}
	for _, m := range w.reviewMeasures(r, editable) {
		measureRows = append(measureRows, w.measureRow(r, m))
	}
	goals := kit.List(container.NewVBox(), s.T("Monitoring.NoGoals"), goalRows...)
	measures := kit.List(container.NewVBox(), s.T("Monitoring.NoMeasures"), measureRows...)

	decision := kit.Radio(s, "Decision", model.Decisions, &r.Decision)
	decision.Horizontal = false
	rest := s.Form(
		kit.Row{LabelID: "Monitoring.Deviations", Field: s.Note(&r.Deviations)},
		kit.Row{LabelID: "Monitoring.Decision", Field: container.NewVBox(decision, kit.Explanation(s.T("Monitoring.DecisionHint")))},
		kit.Row{LabelID: "Monitoring.Reports", Field: s.Note(&r.Reports)},
		kit.Row{LabelID: "Monitoring.Notes", Field: s.Note(&r.Notes)},
	)
	rest.Orientation = widget.Vertical

	box := container.NewVBox(date, kit.Heading(s.T("Monitoring.GoalsHeading")))
	if editable {
		box.Add(kit.Explanation(s.T("Monitoring.GoalsHint")))
	}
	box.Add(goals)
	box.Add(kit.Heading(s.T("Monitoring.MeasuresHeading")))
	box.Add(measures)
	box.Add(rest)
	if !editable {
		kit.Freeze(box)
		return kit.Readable(box)
	}
	remove := s.RemoveButton(s.T("Monitoring.RemoveReview"), "Kit.RemoveTitle", "Kit.RemoveText", func(c *model.Case) {
		// A new array: what is bound into the old one must not see its entries shift.
		c.Reviews = slices.DeleteFunc(slices.Clone(c.Reviews), func(x model.Review) bool { return x.ID == r.ID })
	})
	box.Add(container.NewHBox(layoutSpacer(), remove))
	return box
}

// reviewedGoal is an operational goal as a review shows it.
type reviewedGoal struct {
	id, num string
	ref     model.GoalRef // Goal nil when the goal is in no plan version
}

// reviewGoals lists the goals of a review: for the review being edited
// every Handlungsziel of the newest finalised plan in the order the plan
// prints them, then goals the review rated that the plan no longer has;
// for an earlier review the goals it rated.
func (w *workspace) reviewGoals(r *model.Review, editable bool) []reviewedGoal {
	var out []reviewedGoal
	seen := map[string]bool{}
	if p := w.c.LatestFinalPlan(); p != nil && editable {
		nums := p.GoalNumbers()
		for _, a := range p.GoalAreas() {
			for i := range p.Goals {
				if p.Goals[i].Area != a {
					continue
				}
				for j := range p.Goals[i].Operational {
					o := &p.Goals[i].Operational[j]
					out = append(out, reviewedGoal{id: o.ID, num: nums[o.ID], ref: model.GoalRef{Strategic: &p.Goals[i], Goal: o}})
					seen[o.ID] = true
				}
			}
		}
	}
	var nums map[string]string
	if p := w.c.LatestFinalPlan(); p != nil {
		nums = p.GoalNumbers()
	}
	for _, l := range r.Levels {
		if seen[l.GoalID] {
			continue
		}
		seen[l.GoalID] = true
		ref, _ := w.c.FindGoal(l.GoalID)
		out = append(out, reviewedGoal{id: l.GoalID, num: nums[l.GoalID], ref: ref})
	}
	return out
}

// goalRow shows one Handlungsziel with its target date and the level it
// has reached, and says what that level means for this goal.
func (w *workspace) goalRow(r *model.Review, g reviewedGoal) fyne.CanvasObject {
	s := w.s
	text := s.T("Monitoring.GoalGone")
	var meta []string
	var gas model.GASLevels
	if g.ref.Goal != nil {
		text = strings.TrimSpace(g.num + " " + g.ref.Goal.Text)
		gas = g.ref.Goal.GAS
		if g.ref.Strategic != nil && strings.TrimSpace(g.ref.Strategic.Text) != "" {
			meta = append(meta, s.T("Monitoring.GoalOf", "Goal", kit.Short(g.ref.Strategic.Text, 60)))
		}
		if d := g.ref.Goal.TargetDate; d.Valid() {
			meta = append(meta, s.T("Monitoring.TargetDate", "Date", s.Env.Loc.Date(d)))
		}
		if b := g.ref.Goal.Baseline; b != nil {
			meta = append(meta, s.T("Monitoring.Baseline", "Level", model.LevelText(*b)))
		}
	}
	title := kit.Wrapped(text)
	title.TextStyle.Bold = true
	info := kit.Wrapped(strings.Join(meta, " · "))
	if w.overdue[g.id] {
		info.SetText(strings.Join(append(meta, s.T("Monitoring.IsOverdue")), " · "))
		info.Importance = widget.DangerImportance
	}
	meaning := kit.Explanation("")
	var level *int
	if l, ok := r.Level(g.id); ok {
		level = &l
	}
	explain := func() {
		if level == nil || !model.ValidLevel(*level) {
			meaning.SetText(s.T("Monitoring.NotRated"))
			return
		}
		what := strings.TrimSpace(gas[*level+2])
		if what == "" {
			what = s.T(gasMeaning[*level+2])
		}
		meaning.SetText(s.T("Monitoring.LevelMeans", "Level", model.LevelText(*level), "Text", what))
	}
	explain()
	sel := s.Level(&level)
	kit.Then(&sel.OnChanged, func(v string) {
		r.SetLevel(g.id, level)
		explain()
	})
	// The row of levels is wider than a drop-down: it stands under the
	// goal, whose text keeps the width of the page.
	return container.NewVBox(title, info, sel, meaning)
}

// reviewMeasures lists the measures of a review: for the review being
// edited every measure of the newest finalised plan, then those the
// review recorded that the plan no longer has; for an earlier review the
// measures it recorded.
func (w *workspace) reviewMeasures(r *model.Review, editable bool) []*model.Measure {
	var out []*model.Measure
	seen := map[string]bool{}
	if p := w.c.LatestFinalPlan(); p != nil && editable {
		for i := range p.Measures {
			out = append(out, &p.Measures[i])
			seen[p.Measures[i].ID] = true
		}
	}
	for _, st := range r.Measures {
		if seen[st.MeasureID] {
			continue
		}
		seen[st.MeasureID] = true
		if m, ok := w.c.FindMeasure(st.MeasureID); ok {
			out = append(out, m)
		} else {
			out = append(out, &model.Measure{ID: st.MeasureID})
		}
	}
	return out
}

// measureRow shows one measure with who and when, and its status as seen
// in this review.
func (w *workspace) measureRow(r *model.Review, m *model.Measure) fyne.CanvasObject {
	s := w.s
	text := strings.TrimSpace(m.What)
	if text == "" {
		text = s.T("Monitoring.MeasureGone")
	}
	title := kit.Wrapped(text)
	title.TextStyle.Bold = true
	var meta []string
	if m.Partner != "" {
		meta = append(meta, s.Env.PartnerName(m.Partner))
	}
	if p := strings.TrimSpace(m.Person); p != "" {
		meta = append(meta, p)
	}
	switch {
	case m.Start.Valid() && m.End.Valid():
		meta = append(meta, s.T("Monitoring.Period", "Start", s.Env.Loc.Date(m.Start), "End", s.Env.Loc.Date(m.End)))
	case m.End.Valid():
		meta = append(meta, s.T("Monitoring.Until", "End", s.Env.Loc.Date(m.End)))
	}
	info := kit.Wrapped(strings.Join(meta, " · "))
	if w.overdue[m.ID] {
		info.SetText(strings.Join(append(meta, s.T("Monitoring.IsOverdue")), " · "))
		info.Importance = widget.DangerImportance
	}
	// Four short states side by side under the measure: one click, not a
	// drop-down's two.
	status, _ := r.Status(m.ID)
	radio := kit.Radio(s, "MeasureStatus", model.MeasureStatuses, &status)
	kit.Then(&radio.OnChanged, func(v string) {
		r.SetStatus(m.ID, status)
	})
	return container.NewVBox(title, info, radio)
}
