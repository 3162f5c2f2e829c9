// Package planning is the workspace of phase 3, the Reha- und
// Teilhabeplan: its versions (draft, festgeschrieben, Fortschreibung), the
// client's situation, Teilhabeziele with Handlungsziele and their GAS
// scales, Maßnahmen, the Teilhabekonferenz, network partners and further
// participants per area, and what § 19 SGB IX adds where "Leistungen
// verschiedener Leistungsgruppen oder mehrerer Rehabilitationsträger
// erforderlich sind".
package planning

import (
	"image/color"
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// workspace is one build of the planning workspace for the version shown.
type workspace struct {
	s *kit.Session
	v *view
	c *model.Case
	p *model.PlanVersion // the version shown
	// frozen is set for a finalised version: it stays readable, but
	// nothing in it can be changed any more.
	frozen bool
	// current is set when the version shown is the newest one.
	current bool
	nums    map[string]string // goal numbers as the plan prints them
	// areaPartners holds the list of the plan's partners by area.
	areaPartners *fyne.Container
}

// New builds the planning workspace of the case open in s.
func New(s *kit.Session) fyne.CanvasObject {
	v := viewOf(s)
	v.Harvest()
	checklist, refresh := checklistCard(s)
	s.OnRefresh(refresh)
	c := s.Case
	if len(c.Plans) == 0 {
		return container.NewVBox(checklist, emptyState(s, v))
	}
	w := &workspace{s: s, v: v, c: c}
	w.p = w.shownVersion()
	// A closed case's plan is the record of what was agreed.
	w.frozen = w.p.Final() || c.Phase == model.PhaseClosed
	w.current = w.p == c.CurrentPlan()
	w.nums = w.p.GoalNumbers()

	content := []fyne.CanvasObject{
		w.contextCard(),
		w.goalsCard(),
		w.measuresCard(),
		w.conferenceCard(),
		w.areaPartnersCard(),
		w.participantsCard(),
		w.section19Card(),
	}
	if w.frozen {
		for i, o := range content {
			kit.Freeze(o)
			content[i] = kit.Readable(o)
		}
	}
	all := append([]fyne.CanvasObject{checklist, w.versionCard()}, content...)
	all = append(all, w.discussionCard())
	return container.NewVBox(all...)
}

// titled keeps the title of fold it of acc as title() says after each
// save.
func (w *workspace) titled(acc *kit.KeyAccordion, it *widget.AccordionItem, title func() string) {
	w.s.OnRefresh(func() {
		if t := title(); t != it.Title {
			it.Title = t
			acc.Refresh()
		}
	})
}

// shownVersion is the version chosen in the selector, the newest by default.
func (w *workspace) shownVersion() *model.PlanVersion {
	for i := range w.c.Plans {
		if w.c.Plans[i].Version == w.v.version {
			return &w.c.Plans[i]
		}
	}
	return w.c.CurrentPlan()
}

// emptyState invites to start the first version of the plan.
func emptyState(s *kit.Session, v *view) fyne.CanvasObject {
	start := kit.NewButton(s.T("Planning.StartFirst"), nil, func() {
		_ = s.Change(func(c *model.Case) error {
			c.StartPlanVersion(s.Env.Today(), "")
			v.version = 0
			return nil
		})
	})
	start.Importance = widget.HighImportance
	if s.Case.Phase == model.PhaseClosed {
		return s.Section("Planning.EmptyTitle", "", kit.Wrapped(s.T("Planning.EmptyText")))
	}
	return s.Section("Planning.EmptyTitle", "", kit.Wrapped(s.T("Planning.EmptyText")), container.NewHBox(start))
}

// repeat is kit.Repeat for the version being edited; a finalised version
// lists its entries without add and remove buttons, or says it has none.
func repeat[T any](w *workspace, items *[]T, addID string, fresh func() T, item func(i int, it *T) fyne.CanvasObject) fyne.CanvasObject {
	if !w.frozen {
		return kit.Repeat(w.s, items, addID, fresh, item)
	}
	var objs []fyne.CanvasObject
	for i := range *items {
		objs = append(objs, item(i, &(*items)[i]), widget.NewSeparator())
	}
	if len(*items) == 0 {
		objs = append(objs, w.none())
	}
	return container.NewVBox(objs...)
}

// none says that a finalised version has no entries of a kind.
func (w *workspace) none() fyne.CanvasObject {
	l := widget.NewLabel(w.s.T("Planning.NoEntries"))
	l.Importance = widget.LowImportance
	return l
}

// vertical lays a form out with the labels above the fields: long texts
// get the whole width.
func vertical(f *widget.Form) *widget.Form {
	f.Orientation = widget.Vertical
	return f
}

// rows makes a multi-line entry show n lines.
func rows(e *kit.Entry, n int) *kit.Entry {
	e.SetMinRowsVisible(n)
	return e
}

// card is a titled block whose title stays short (card titles do not
// wrap) with its explanation as wrapping text below it.
func card(s *kit.Session, titleID, introID string, content ...fyne.CanvasObject) *widget.Card {
	if introID != "" {
		content = append([]fyne.CanvasObject{kit.Explanation(s.T(introID))}, content...)
	}
	return kit.Card(s.T(titleID), "", content...)
}

// framed draws a thin rounded border around o, so that one goal with its
// Handlungsziele reads as one block among many.
func framed(o fyne.CanvasObject) fyne.CanvasObject {
	border := canvas.NewRectangle(color.Transparent)
	border.StrokeColor = theme.Color(theme.ColorNameInputBorder)
	border.StrokeWidth = 1
	border.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(border, container.NewPadded(o))
}

// indented shifts o to the right, under the heading it belongs to.
func indented(o fyne.CanvasObject) fyne.CanvasObject {
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(theme.Padding()*3, 0))
	return container.NewBorder(nil, nil, gap, nil, o)
}

// areaName is the area's label without its explanation in brackets, for
// titles that must stay on one line.
func areaName(s *kit.Session, a model.Area) string {
	if a == "" || !slices.Contains(model.Areas, a) {
		return s.T("Planning.NoArea")
	}
	name := s.Env.Loc.Enum("Area", a)
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	return name
}
