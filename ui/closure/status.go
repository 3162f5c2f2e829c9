package closure

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// status shows, at the top of the workspace, the closure's documentation
// checklist of the Fachkonzept and the hard requirements that "Fall
// schließen" checks, both as they stand after the latest edit.
type status struct {
	s        *kit.Session
	items    *kit.Checklist
	required *fyne.Container // what "Fall schließen" still lacks
}

func newStatus(s *kit.Session) *status {
	return &status{s: s, items: s.Checklist(model.PhaseClosure, 1), required: container.NewVBox()}
}

// build lays out the checklist beside the requirements; a closed case has
// passed the requirements, so it shows the checklist alone.
func (st *status) build() fyne.CanvasObject {
	s := st.s
	left := container.NewVBox(heading(s.T("Closure.ChecklistHeading")), st.items.Object())
	if s.Case.Phase == model.PhaseClosed {
		return s.Section("Closure.StatusTitle", "", left)
	}
	right := container.NewVBox(heading(s.T("Closure.RequiredHeading", "Move", s.T("Transition.Move.finish"))), st.required)
	return s.Section("Closure.StatusTitle", "Closure.StatusSubtitle", container.NewGridWithColumns(2, left, right))
}

// refresh recomputes both lists from the case.
func (st *status) refresh() {
	s, c := st.s, st.s.Case
	st.items.Set(model.ChecklistFor(c, model.PhaseClosure))

	var rows []fyne.CanvasObject
	ps := model.ClosureRequired(c)
	if len(ps) == 0 {
		rows = append(rows, iconRow(theme.NewSuccessThemedResource(theme.ConfirmIcon()), s.T("Closure.RequiredDone"), widget.SuccessImportance))
	}
	for _, p := range ps {
		rows = append(rows, iconRow(theme.NewErrorThemedResource(theme.ErrorIcon()), st.requirement(p), widget.MediumImportance))
	}
	st.required.Objects = rows
	st.required.Refresh()
}

// requirementLabels names the fields behind the paths ClosureRequired
// reports, in the words of the form.
var requirementLabels = map[string]string{
	"closure.date":          "Closure.Date",
	"closure.form":          "Closure.Form",
	"closure.reason":        "Closure.ReasonPremature",
	"closure.workAbility":   "Closure.WorkAbility",
	"closure.reintegration": "Closure.Reintegration",
}

// requirement says what a problem of ClosureRequired asks for.
func (st *status) requirement(p *model.Problem) string {
	if p.Path == "closure.finalLevels" {
		if plan := st.s.Case.CurrentPlan(); plan != nil && len(plan.OperationalGoals()) > 0 {
			return st.s.T("Closure.NeedFinalLevels")
		}
		return st.s.T("Closure.NeedSummary")
	}
	if id, ok := requirementLabels[p.Path]; ok {
		return st.s.T(id)
	}
	return st.s.Env.Loc.Error(p)
}

// heading is a bold line that wraps.
func heading(text string) *widget.Label {
	return &widget.Label{Text: text, TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
}

// iconRow is an icon before a wrapping text.
func iconRow(icon fyne.Resource, text string, imp widget.Importance) fyne.CanvasObject {
	l := kit.Wrapped(text)
	l.Importance = imp
	return container.NewBorder(nil, nil, container.NewCenter(widget.NewIcon(icon)), nil, l)
}
