// Package assessment is the workspace of phase 2 of the control loop,
// Assessment und Bedarfsermittlung: the dated assessments of a case, the
// documentation checklist the Fachkonzept asks for, the seven areas, the
// client's "Sicht der Dinge", ICF context factors, instruments, the
// Profilvergleich with its chart, the employer's side, case conferences
// and the network partners involved.
//
// A re-assessment adds a new dated assessment and keeps the earlier ones;
// they stay readable here but cannot be changed (model.AssessmentEditable).
package assessment

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/app"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// New builds the assessment workspace of the session's case. The host puts
// it in a vertical scroll and builds it again after structural changes.
func New(s *kit.Session) fyne.CanvasObject {
	w := &workspace{s: s, kept: kit.State[shown](s)}
	if len(s.Case.Assessments) == 0 {
		return w.emptyState()
	}
	w.checklist = newChecklistView(s)
	w.selector = kit.NewSelect(nil, nil, nil)
	w.shown = w.initialIndex()
	w.fillSelector()
	w.selector.OnChanged = func(string) { w.onSelect() }
	w.notice = container.NewVBox()
	w.body = container.NewVBox()
	w.showAssessment(w.shown)
	s.OnRefresh(w.refresh)

	var print fyne.CanvasObject
	if s.Env.Print != nil {
		// Prints the assessment on screen, an earlier one too.
		print = kit.NewButton(s.T("Assessment.Print"), theme.DocumentPrintIcon(), func() {
			_ = s.Flush()
			s.Env.Print(s, app.Document{Kind: model.DocAssessment, Version: w.shown + 1})
		})
	}
	top := container.NewBorder(nil, nil, kit.Heading(s.T("Assessment.Shown")), print, w.selector)
	return container.NewVBox(top, w.notice, w.checklist.object(), w.body)
}

// workspace is one drawing of the assessment workspace.
type workspace struct {
	s    *kit.Session
	kept *shown

	selector  *kit.KeySelect
	order     []int // selector option → index in Case.Assessments, newest first
	shown     int   // index of the assessment on screen
	notice    *fyne.Container
	checklist *checklistView
	body      *fyne.Container
	chart     *profileChart
	editable  bool
}

// initialIndex is the assessment the user was reading before the rebuild,
// else the newest.
func (w *workspace) initialIndex() int {
	as := w.s.Case.Assessments
	for i, a := range as {
		if w.kept.id != "" && a.ID == w.kept.id {
			return i
		}
	}
	return len(as) - 1
}

// title is the selector's name of assessment i: "Bedarfsermittlung vom
// TT.MM.JJJJ" for the first, "Re-Assessment vom … (Grund: …)" after it.
func (w *workspace) title(i int) string {
	a := w.s.Case.Assessments[i]
	date := w.s.Env.Loc.Date(a.Date)
	if date == "" {
		date = w.s.T("Assessment.NoDate")
	}
	var t string
	switch reason := strings.TrimSpace(a.Reason); {
	case i == 0:
		t = w.s.T("Assessment.Initial", "Date", date)
	case reason != "":
		t = w.s.T("Assessment.ReassessmentReason", "Date", date, "Reason", shorten(reason, 70))
	default:
		t = w.s.T("Assessment.Reassessment", "Date", date)
	}
	if i == len(w.s.Case.Assessments)-1 && i > 0 {
		t = w.s.T("Assessment.CurrentMark", "Title", t)
	}
	return t
}

// fillSelector lists the assessments newest first without firing
// OnChanged, so a refresh after a save does not redraw the fields under
// the user's cursor.
func (w *workspace) fillSelector() {
	n := len(w.s.Case.Assessments)
	w.order = w.order[:0]
	opts := make([]string, 0, n)
	for i := n - 1; i >= 0; i-- {
		w.order = append(w.order, i)
		opts = append(opts, w.title(i))
	}
	w.selector.Options = opts
	w.selector.Selected = opts[n-1-w.shown]
	w.selector.Refresh()
}

func (w *workspace) onSelect() {
	k := w.selector.SelectedIndex()
	if k < 0 || k >= len(w.order) || w.order[k] == w.shown {
		return
	}
	_ = w.s.Flush()
	w.shown = w.order[k]
	w.kept.id = ""
	if w.shown != len(w.s.Case.Assessments)-1 {
		w.kept.id = w.s.Case.Assessments[w.shown].ID
	}
	w.showAssessment(w.shown)
}

// showAssessment draws assessment i below the selector, frozen unless it
// is the current one of an open case.
func (w *workspace) showAssessment(i int) {
	s := w.s
	a := &s.Case.Assessments[i]
	w.editable = s.Case.AssessmentEditable(i)
	w.chart = nil
	content := container.NewVBox(
		w.dateSection(a, i),
		w.areasSection(a),
		w.clientSection(a),
		w.factorsSection(a),
		w.instrumentsSection(a),
		w.profileSection(a),
		w.employerSection(a),
		w.conferencesSection(a),
		w.partnersSection(a),
	)
	var shown fyne.CanvasObject = content
	w.notice.RemoveAll()
	if !w.editable {
		shown = frozen(content)
		msg := s.T("Assessment.ReadOnlyEarlier")
		if s.Case.Phase == model.PhaseClosed {
			msg = s.T("Assessment.ReadOnlyClosed")
		}
		w.notice.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.InfoIcon()), nil, &widget.Label{Text: msg, Wrapping: fyne.TextWrapWord, Importance: widget.WarningImportance}))
	}
	w.checklist.update(i)
	w.body.Objects = []fyne.CanvasObject{shown}
	w.body.Refresh()
}

// refresh follows a save: the checklist, the selector's dates and the
// chart show what was just written.
func (w *workspace) refresh() {
	if w.shown >= len(w.s.Case.Assessments) {
		return
	}
	w.checklist.update(w.shown)
	w.fillSelector()
	if w.chart != nil {
		w.chart.Refresh()
	}
}

// emptyState is shown before the first assessment: what it is for and a
// button that starts it. A closed case has nothing to start.
func (w *workspace) emptyState() fyne.CanvasObject {
	s := w.s
	text := kit.Wrapped(s.T("Assessment.EmptyText"))
	if s.Case.Phase == model.PhaseClosed {
		return s.Section("Assessment.EmptyTitle", "", kit.Wrapped(s.T("Assessment.EmptyClosed")))
	}
	start := kit.NewButton(s.T("Assessment.Start"), theme.ContentAddIcon(), func() {
		_ = s.Change(func(c *model.Case) error {
			c.StartAssessment(s.Env.Today(), "")
			return nil
		})
	})
	start.Importance = widget.HighImportance
	return s.Section("Assessment.EmptyTitle", "", text, container.NewHBox(start))
}

// shorten cuts text to at most n characters with "…".
func shorten(text string, n int) string {
	rs := []rune(strings.Join(strings.Fields(text), " "))
	if len(rs) <= n {
		return string(rs)
	}
	return strings.TrimSpace(string(rs[:n-1])) + "…"
}
