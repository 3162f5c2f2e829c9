package planning

import (
	"strings"

	"fmt"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// measuresCard lists the Maßnahmen, each folded to one line (what, area,
// status) so that a long plan stays a list.
func (w *workspace) measuresCard() fyne.CanvasObject {
	s, p := w.s, w.p
	fresh := func() model.Measure {
		m := p.NewMeasure()
		w.v.Unfold("measure:"+m.ID, true)
		return m
	}
	list := repeat(w, &p.Measures, "Planning.AddMeasure", fresh, func(_ int, m *model.Measure) fyne.CanvasObject {
		var it *widget.AccordionItem
		acc := kit.NewAccordion()
		// The header names the measure's area: choosing its goal or area
		// retitles it at once, not only after the next save (whose redraw
		// waits while the cursor is in a field).
		retitle := func() {
			if t := w.measureTitle(m); t != it.Title {
				it.Title = t
				acc.Refresh()
			}
		}
		it = w.v.Item("measure:"+m.ID, w.measureTitle(m), w.measure(m, retitle), false)
		acc.Append(it)
		w.titled(acc, it, func() string { return w.measureTitle(m) })
		// The header cuts a long measure; the pointer on it shows it whole.
		return kit.WithTip(acc, kit.HeaderHeight(), func() (string, bool) {
			area := areaName(w.s, m.Area)
			return strings.TrimSpace(m.What + "\n" + area), kit.Shortened(m.What, 32) || kit.Shortened(area, 22)
		})
	})
	return card(s, "Planning.MeasuresTitle", "Planning.MeasuresSubtitle", list)
}

// measureTitle is "Stufenweise Wiedereingliederung · Arbeit und
// Beschäftigung".
func (w *workspace) measureTitle(m *model.Measure) string {
	what := kit.Short(m.What, 32)
	if what == "" {
		what = w.s.T("Planning.Untitled")
	}
	return w.s.T("Planning.MeasureTitle", "What", what, "Area", kit.Short(areaName(w.s, m.Area), 22))
}

// measure edits one Maßnahme: what, area and goal, who, when, status.
// retitle names the area in the measure's header.
func (w *workspace) measure(m *model.Measure, retitle func()) fyne.CanvasObject {
	s := w.s
	area := kit.Select(s, "Area", model.Areas, &m.Area)
	kit.Then(&area.OnChanged, func(v string) {
		retitle()
	})
	goal := w.goalSelect(m, func(id string) {
		// A measure serves the area of its goal; fill it in when empty.
		if a, ok := w.p.GoalArea(id); ok && m.Area == "" && a != "" {
			if i := slices.Index(model.Areas, a); i >= 0 {
				area.SetSelectedIndex(i + 1)
			}
		}
	})
	// A measure cannot end before it starts: the model's rule, the same
	// the case-file import applies.
	path := w.measurePath(m)
	start, end := s.DateAt(&m.Start, path+".start"), s.DateAt(&m.End, path+".end")
	return s.Form(
		kit.Row{LabelID: "Planning.MeasureWhat", Field: rows(s.Note(&m.What), 2)},
		kit.Row{LabelID: "Planning.MeasureGoal", Field: goal},
		kit.Row{LabelID: "Planning.MeasureArea", Field: w.linked(area)},
		kit.Row{LabelID: "Planning.MeasurePartner", Field: w.linked(kit.PartnerSelect(s, &m.Partner))},
		kit.Row{LabelID: "Planning.MeasurePerson", Field: s.Text(&m.Person)},
		kit.Row{LabelID: "Planning.MeasureStart", Field: start},
		kit.Row{LabelID: "Planning.MeasureEnd", Field: end},
		kit.Row{LabelID: "Planning.MeasureStatus", Field: kit.Select(s, "MeasureStatus", model.MeasureStatuses, &m.Status), HintID: "Planning.MeasureStatusHint"},
	)
}

// goalSelect chooses the goal a measure serves among the plan's goals, in
// the order and with the numbers the plan prints: each Teilhabeziel and its
// Handlungsziele. A reference to a goal that is not in this version stays
// as it is until another goal is chosen.
func (w *workspace) goalSelect(m *model.Measure, chosen func(id string)) *kit.KeySelect {
	s, p := w.s, w.p
	ids := []string{""}
	labels := []string{s.T("Planning.NoGoal")}
	add := func(id, text string) {
		if id == "" {
			return
		}
		t := kit.Short(text, 48)
		if t == "" {
			t = s.T("Planning.Untitled")
		}
		ids = append(ids, id)
		labels = append(labels, w.nums[id]+"  "+t)
	}
	for _, a := range p.GoalAreas() {
		for i := range p.Goals {
			g := &p.Goals[i]
			if g.Area != a {
				continue
			}
			add(g.ID, g.Text)
			for j := range g.Operational {
				add(g.Operational[j].ID, g.Operational[j].Text)
			}
		}
	}
	selected := 0
	for i, id := range ids {
		if id != "" && id == m.GoalID {
			selected = i
		}
	}
	if selected == 0 && m.GoalID != "" {
		ids = append(ids, m.GoalID)
		labels = append(labels, s.T("Planning.GoalUnknown"))
		selected = len(ids) - 1
	}
	sel := kit.NewSelect(labels, nil, nil)
	sel.SetSelectedIndex(selected)
	sel.OnChanged = func(string) {
		i := sel.SelectedIndex()
		if i < 0 || ids[i] == m.GoalID {
			return
		}
		m.GoalID = ids[i]
		s.Edited()
		chosen(m.GoalID)
	}
	return sel
}

// measurePath is the JSON path of m in the case ("plans[1].measures[0]"),
// by which the model names its dates.
func (w *workspace) measurePath(m *model.Measure) string {
	pi, mi := 0, 0
	for i := range w.s.Case.Plans {
		if &w.s.Case.Plans[i] == w.p {
			pi = i
		}
	}
	for i := range w.p.Measures {
		if &w.p.Measures[i] == m {
			mi = i
		}
	}
	return fmt.Sprintf("plans[%d].measures[%d]", pi, mi)
}

// linked makes choosing a measure's partner or area link the partner to
// the case with that area (model.LinkMeasurePartners), so the plan names it
// among the case's network partners and under „Netzwerkpartner“ of its
// area, where only its role is left to say.
func (w *workspace) linked(sel *kit.KeySelect) *kit.KeySelect {
	kit.Then(&sel.OnChanged, func(v string) {
		if w.s.Case.LinkMeasurePartners() {
			w.s.Edited()
			w.showAreaPartners()
		}
	})
	return sel
}
