package assessment

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// checklistView shows what the Fachkonzept asks to document at least in
// the Bedarfsermittlung, each item done (✓) or still open, and a count.
type checklistView struct {
	s       *kit.Session
	summary *widget.Label
	rows    *fyne.Container // pairs of items; each pair as high as its longer text
	icons   []*widget.Icon
	labels  []*widget.Label
}

// The icons are made when drawn, not at start-up: theme icons need the
// running app.
func doneIcon() fyne.Resource { return theme.NewSuccessThemedResource(theme.ConfirmIcon()) }

// openIcon is an empty circle rather than a warning sign: an open item is
// work still to do, not an error.
func openIcon() fyne.Resource { return theme.NewWarningThemedResource(theme.RadioButtonIcon()) }

func newChecklistView(s *kit.Session) *checklistView {
	return &checklistView{
		s:       s,
		summary: &widget.Label{Wrapping: fyne.TextWrapWord},
		rows:    container.NewVBox(),
	}
}

// update draws the checklist of the assessment at index i: the one shown,
// so an earlier assessment shows what it documented.
func (v *checklistView) update(i int) {
	c := *v.s.Case
	if i >= 0 && i < len(c.Assessments) {
		c.Assessments = c.Assessments[:i+1]
	}
	items := model.ChecklistFor(&c, model.PhaseAssessment)
	for len(v.icons) < len(items) {
		ic := widget.NewIcon(openIcon())
		l := &widget.Label{Wrapping: fyne.TextWrapWord}
		v.icons = append(v.icons, ic)
		v.labels = append(v.labels, l)
		cell := container.NewBorder(nil, nil, container.NewCenter(ic), nil, l)
		if n := len(v.rows.Objects); len(v.icons)%2 == 0 && n > 0 {
			v.rows.Objects[n-1].(*fyne.Container).Add(cell)
		} else {
			v.rows.Add(container.NewGridWithColumns(2, cell))
		}
	}
	done := 0
	for n, it := range items {
		v.labels[n].SetText(v.s.T(it.Key))
		if it.Done {
			done++
			v.icons[n].SetResource(doneIcon())
		} else {
			v.icons[n].SetResource(openIcon())
		}
	}
	if done == len(items) {
		v.summary.SetText(v.s.T("Assessment.ChecklistComplete"))
		v.summary.Importance = widget.SuccessImportance
	} else {
		v.summary.SetText(v.s.T("Assessment.ChecklistCount", "Done", done, "Total", len(items)))
		v.summary.Importance = widget.MediumImportance
	}
	v.summary.Refresh()
}

func (v *checklistView) object() fyne.CanvasObject {
	return v.s.Section("Assessment.ChecklistTitle", "Assessment.ChecklistSubtitle", v.summary, v.rows)
}
