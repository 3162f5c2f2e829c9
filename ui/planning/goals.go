package planning

import (
	"errors"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// foldGoalsAbove is the number of Handlungsziele above which the areas
// start folded: a plan of 40 goals must stay a list one can find things
// in, a small plan is read at a glance.
const foldGoalsAbove = 6

// gasLabels are the message IDs of the five GAS levels −2…+2.
var gasLabels = [5]string{"Planning.GASm2", "Planning.GASm1", "Planning.GAS0", "Planning.GASp1", "Planning.GASp2"}

// goalsCard lists the Teilhabeziele per participation area, each area a
// fold that shows how many goals it holds.
func (w *workspace) goalsCard() fyne.CanvasObject {
	s, p := w.s, w.p
	unfold := len(p.OperationalGoals()) <= foldGoalsAbove
	var folds []*widget.AccordionItem
	areas := append([]model.Area{}, model.Areas...)
	for _, a := range p.GoalAreas() {
		if !slices.Contains(model.Areas, a) {
			areas = append(areas, a) // goals without (a known) area
		}
	}
	for _, a := range areas {
		var goals []int
		ops := 0
		for i := range p.Goals {
			if p.Goals[i].Area == a {
				goals = append(goals, i)
				ops += len(p.Goals[i].Operational)
			}
		}
		title := w.areaTitle(a, len(goals), ops)
		folds = append(folds, w.v.Item("area:"+string(a), title, w.areaGoals(a, goals), unfold && len(goals) > 0))
	}
	acc, _ := kit.FoldStack(folds...)
	return card(s, "Planning.GoalsTitle", "Planning.GoalsSubtitle", acc)
}

// areaTitle is "Arbeit und Beschäftigung · Handlungsziele: 5" — short,
// since a fold's title does not wrap.
func (w *workspace) areaTitle(a model.Area, goals, ops int) string {
	name := areaName(w.s, a)
	if goals == 0 {
		return w.s.T("Planning.AreaEmpty", "Area", name)
	}
	return w.s.T("Planning.AreaCount", "Area", name, "Ops", ops)
}

// areaGoals is the content of one area's fold: its strategic goals and a
// button to add one more there.
func (w *workspace) areaGoals(a model.Area, goals []int) fyne.CanvasObject {
	// Built as a list and put in the box at once: each Add would lay the
	// box out again.
	var objs []fyne.CanvasObject
	for _, i := range goals {
		objs = append(objs, framed(w.s.Added(w.p.Goals[i].ID, w.strategicGoal(&w.p.Goals[i]))))
	}
	switch {
	case w.frozen && len(goals) == 0:
		objs = append(objs, w.none())
	case !w.frozen && len(goals) == 0:
		objs = append(objs, kit.Explanation(w.s.T("Planning.AreaNoGoals")))
	}
	if !w.frozen {
		add := kit.NewButton(w.s.T("Planning.AddGoal"), theme.ContentAddIcon(), func() {
			g := model.StrategicGoal{ID: model.NewID(), Area: a}
			w.s.Adding(g.ID, func() {
				_ = w.s.Change(func(*model.Case) error {
					w.p.Goals = append(w.p.Goals, g)
					w.v.Unfold("area:"+string(a), true)
					return nil
				})
			})
		})
		objs = append(objs, container.NewHBox(add))
	}
	return container.NewVBox(objs...)
}

// strategicGoal edits one Teilhabeziel with its Handlungsziele.
func (w *workspace) strategicGoal(g *model.StrategicGoal) fyne.CanvasObject {
	s := w.s
	head := container.NewHBox(kit.Heading(s.T("Planning.StrategicGoalN", "N", w.nums[g.ID])), spacer())
	if !w.frozen {
		id := g.ID
		head.Add(s.RemoveButton(s.T("Planning.RemoveGoal"), "Planning.RemoveGoalTitle", "Planning.RemoveGoalText", func(*model.Case) {
			w.p.RemoveGoal(id)
		}))
	}

	area := kit.Select(s, "Area", model.Areas, &g.Area)
	bound := area.OnChanged
	area.OnChanged = func(v string) {
		before := g.Area
		bound(v)
		if g.Area != before {
			// The goal moves to the fold of its new area; open it there.
			w.v.Unfold("area:"+string(g.Area), true)
			_ = s.Change(func(*model.Case) error { return nil })
		}
	}
	form := vertical(s.Form(
		kit.Row{LabelID: "Planning.GoalText", Field: rows(s.Note(&g.Text), 2), HintID: "Planning.GoalTextHint"},
		kit.Row{LabelID: "Planning.GoalArea", Field: area},
		kit.Row{LabelID: "Planning.ICF", Field: w.icfEntry(g), HintID: "Planning.ICFHint"},
	))

	items := make([]*widget.AccordionItem, len(g.Operational))
	for j := range g.Operational {
		o := &g.Operational[j]
		items[j] = w.v.Item("goal:"+o.ID, w.opTitle(o), s.Added(o.ID, w.operationalGoal(o)), false)
	}
	ops, accs := kit.FoldStack(items...)
	for j := range g.Operational {
		o := &g.Operational[j]
		w.titled(accs[j], items[j], func() string { return w.opTitle(o) })
		// The header cuts a long Handlungsziel; the pointer on it shows it
		// whole.
		for i, obj := range ops.Objects {
			if obj == accs[j] {
				ops.Objects[i] = kit.WithTip(accs[j], kit.HeaderHeight(), func() (string, bool) {
					return strings.TrimSpace(o.Text), kit.Shortened(o.Text, 40)
				})
			}
		}
	}
	objs := []fyne.CanvasObject{head, form, kit.Heading(s.T("Planning.OperationalGoals"))}
	if len(g.Operational) > 0 {
		objs = append(objs, indented(ops))
	} else {
		objs = append(objs, kit.Explanation(s.T("Planning.NoOperationalGoals")))
	}
	if !w.frozen {
		add := kit.NewButton(s.T("Planning.AddOperationalGoal"), theme.ContentAddIcon(), func() {
			o := model.OperationalGoal{ID: model.NewID()}
			s.Adding(o.ID, func() {
				_ = s.Change(func(*model.Case) error {
					g.Operational = append(g.Operational, o)
					w.v.Unfold("goal:"+o.ID, true)
					return nil
				})
			})
		})
		objs = append(objs, container.NewHBox(add))
	}
	return container.NewVBox(objs...)
}

// opTitle is "2.1 Handlungsziel … · bis 01.03.2026".
func (w *workspace) opTitle(o *model.OperationalGoal) string {
	text := kit.Short(o.Text, 40)
	if text == "" {
		text = w.s.T("Planning.Untitled")
	}
	title := strings.TrimSpace(w.nums[o.ID] + " " + text)
	if o.TargetDate.Valid() {
		title = w.s.T("Planning.OpTitleDue", "Title", title, "Date", w.s.Env.Loc.Date(o.TargetDate))
	}
	return title
}

// operationalGoal edits one Handlungsziel: text, target date, baseline,
// weight and the five described GAS levels.
func (w *workspace) operationalGoal(o *model.OperationalGoal) fyne.CanvasObject {
	s := w.s
	text := rows(s.Note(&o.Text), 2)
	form := s.Form(
		kit.Row{LabelID: "Planning.OpText", Field: text},
		kit.Row{LabelID: "Planning.TargetDate", Field: s.Date(&o.TargetDate)},
		kit.Row{LabelID: "Planning.Baseline", Field: s.Level(&o.Baseline), HintID: "Planning.BaselineHint"},
		kit.Row{LabelID: "Planning.Weight", Field: w.weightEntry(o), HintID: "Planning.WeightHint"},
	)
	gas := widget.NewForm()
	for i := range o.GAS {
		e := rows(s.Note(&o.GAS[i]), 2)
		gas.Items = append(gas.Items, &widget.FormItem{Text: s.T(gasLabels[i]), Widget: e})
	}
	objs := []fyne.CanvasObject{form, kit.Heading(s.T("Planning.GASTitle")), kit.Explanation(s.T("Planning.GASHint")), gas}
	if !w.frozen {
		id := o.ID
		remove := s.RemoveButton(s.T("Planning.RemoveOperationalGoal"), "Kit.RemoveTitle", "Kit.RemoveText", func(*model.Case) {
			w.p.RemoveGoal(id)
		})
		objs = append(objs, container.NewHBox(spacer(), remove))
	}
	return container.NewVBox(objs...)
}

// icfEntry edits the ICF codes of a goal as one line ("d850, b152"). Like a
// date, the line is taken over only while every part is a code; otherwise
// the field names the parts that are not.
func (w *workspace) icfEntry(g *model.StrategicGoal) *kit.Entry {
	s := w.s
	text := model.FormatICF(g.ICF)
	e := s.Text(&text)
	e.SetPlaceHolder(s.T("Planning.ICFPlaceholder"))
	bound := e.OnChanged
	e.Validator = func(v string) error {
		if _, bad := model.ParseICF(v); len(bad) > 0 {
			return errors.New(s.T("Planning.ICFInvalid", "Codes", strings.Join(bad, ", ")))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		codes, bad := model.ParseICF(v)
		if len(bad) > 0 {
			return
		}
		g.ICF = codes
		bound(v)
	}
	return e
}

// weightEntry edits the GAS weight of a goal; empty means 1.
func (w *workspace) weightEntry(o *model.OperationalGoal) *kit.Entry {
	s := w.s
	text := formatWeight(o.Weight, s.Env.Loc)
	e := s.Text(&text)
	bound := e.OnChanged
	e.Validator = func(v string) error {
		if _, err := model.ParseWeight(v); err != nil {
			return errors.New(s.Env.Loc.Error(err))
		}
		return nil
	}
	e.OnChanged = func(v string) {
		wt, err := model.ParseWeight(v)
		if err != nil {
			return
		}
		o.Weight = wt
		bound(v)
	}
	return e
}

// formatWeight writes a weight as it is typed in the user's language; 0
// (meaning 1) is left empty.
func formatWeight(w float64, loc *locales.Localizer) string {
	if w == 0 {
		return ""
	}
	return loc.Number(w, -1)
}
