package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/assessment"
	"teilhabelotse/ui/closure"
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/contacts"
	"teilhabelotse/ui/intake"
	"teilhabelotse/ui/kit"
	"teilhabelotse/ui/masterdata"
	"teilhabelotse/ui/monitoring"
	"teilhabelotse/ui/partners"
	"teilhabelotse/ui/planning"
	"teilhabelotse/ui/reading"
	"teilhabelotse/ui/transition"
)

// phaseWorkspaces builds the workspace of each phase of the loop.
var phaseWorkspaces = map[model.Phase]func(*kit.Session) fyne.CanvasObject{
	model.PhaseIntake:     intake.New,
	model.PhaseAssessment: assessment.New,
	model.PhasePlanning:   planning.New,
	model.PhaseMonitoring: monitoring.New,
	model.PhaseClosure:    closure.New,
}

// caseTabIDs are the tabs of a case after its phase's, in their order;
// the last, "Fristen und Ereignisse", is the case view's.
var caseTabIDs = []string{"Work.Reading", "Work.MasterData", "Work.Contacts", "Work.Consents", "Work.Partners", "Work.Audit", "CaseView.SideTab"}

// caseTabs build the tabs of caseTabIDs but the last.
var caseTabs = map[string]func(*kit.Session) fyne.CanvasObject{
	"Work.Reading":    reading.New,
	"Work.MasterData": masterdata.New,
	"Work.Contacts":   contacts.New,
	"Work.Consents":   consent.New,
	"Work.Partners":   partners.NewCaseLinks,
	"Work.Audit":      auditTab,
}

// workspaceOf is the phase whose workspace shows phase p: a closed case
// shows its closure.
func workspaceOf(p model.Phase) model.Phase {
	if p == model.PhaseClosed {
		return model.PhaseClosure
	}
	return p
}

// caseWork is the working area of an open case: the workspace of the
// phase chosen on the timeline (with the transition buttons when it is the
// current phase), the reading view, contacts, consents and partners.
type caseWork struct {
	sess  *kit.Session
	shown model.Phase

	tabs      *container.AppTabs
	phaseTab  *container.TabItem
	masterTab *container.TabItem
	builders  map[*container.TabItem]func(*kit.Session) fyne.CanvasObject
	frozen    map[*container.TabItem]bool // see frozenTabs
	scrolls   map[*container.TabItem]*container.Scroll
	onMoved   func()
	// bar is the transition bar under the phase's workspace, nil when
	// the shown phase has none (the saved notice keeps clear of it).
	bar fyne.CanvasObject
}

func newCaseWork(s *kit.Session, shown model.Phase, onMoved func()) *caseWork {
	w := &caseWork{sess: s, shown: workspaceOf(shown), onMoved: onMoved}
	w.phaseTab = container.NewTabItem("", widget.NewLabel(""))
	w.tabs = container.NewAppTabs(w.phaseTab)
	w.builders = map[*container.TabItem]func(*kit.Session) fyne.CanvasObject{}
	w.frozen = map[*container.TabItem]bool{}
	w.scrolls = map[*container.TabItem]*container.Scroll{}
	for _, id := range caseTabIDs[:len(caseTabIDs)-1] {
		// Built when first selected: opening a case builds only its phase.
		item := container.NewTabItem(s.T(id), widget.NewLabel(""))
		w.builders[item] = caseTabs[id]
		w.frozen[item] = frozenTabs[id]
		w.tabs.Append(item)
		if id == "Work.MasterData" {
			w.masterTab = item
		}
	}
	w.tabs.OnSelected = func(item *container.TabItem) {
		_ = s.Flush()
		w.rebuildSelected()
		if sc := w.scrolls[item]; sc != nil {
			s.Page = sc
		}
	}
	s.Rebuild = w.rebuildSelected
	w.showPhase(w.shown)
	return w
}

// showMasterData opens the Stammdaten tab (from the case header).
func (w *caseWork) showMasterData() {
	w.tabs.Select(w.masterTab)
}

// showPhase opens the workspace of phase p.
func (w *caseWork) showPhase(p model.Phase) {
	_ = w.sess.Flush()
	w.sess.ReplaceView()
	w.shown = workspaceOf(p)
	delete(w.scrolls, w.phaseTab) // another phase starts at its top
	w.phaseTab.Text = w.sess.T("Work.Phase", "Phase", w.sess.Env.Loc.Enum("PhaseShort", w.shown))
	w.phaseTab.Content = w.phaseContent()
	if w.tabs.Size().IsZero() {
		// Not shown yet: laid out once, when the case view places the
		// tabs. Laid out now, long notes would wrap at the width of a few
		// words first, which costs more than the real layout.
		w.tabs.SelectIndex(0)
		return
	}
	w.tabs.Select(w.phaseTab)
	w.tabs.Refresh()
}

func (w *caseWork) phaseContent() fyne.CanvasObject {
	body := w.scroll(w.phaseTab, freezeIfReadOnly(w.sess, phaseWorkspaces[w.shown](w.sess)))
	c := w.sess.Case
	var top, bottom fyne.CanvasObject
	var prints []*kit.Button
	if progress := w.progressButton(); progress != nil {
		prints = append(prints, progress)
	}
	if print := w.printButton(); print != nil {
		prints = append(prints, print)
		if w.shown == model.PhasePlanning || w.shown == model.PhaseMonitoring {
			prints = append(prints, kit.NewButton(w.sess.T("Handover.Button"), theme.MailSendIcon(), func() {
				_ = w.sess.Flush()
				handOverPlan(w.sess)
			}))
		}
	}
	docs := make([]fyne.CanvasObject, len(prints))
	for i, p := range prints {
		docs[i] = p
	}
	bar := container.NewHBox(append([]fyne.CanvasObject{layout.NewSpacer()}, docs...)...)
	if len(prints) > 0 {
		top = bar
	}
	w.bar = nil
	if workspaceOf(c.Phase) == w.shown && len(model.MovesFrom(c.Phase)) > 0 && !w.sess.Env.ReadOnly {
		// In a low window the document buttons join the compact
		// transition bar's row instead of taking a row of their own.
		bottom = container.NewVBox(widget.NewSeparator(), transition.New(w.sess, w.onMoved, compactDocuments(w.sess, prints, docs)...))
		w.bar = bottom
		w.sess.OnCompact(func(compact bool) {
			bar.Objects = append([]fyne.CanvasObject{layout.NewSpacer()}, docs...)
			if compact {
				bar.Objects = nil
			}
			bar.Hidden = compact
			bar.Refresh()
		})
	}
	return kit.Border(top, bottom, nil, nil, body)
}

// compactDocuments are the document buttons in the row of the compact
// transition bar: up to two as buttons, more as one menu „Dokumente“, so
// that the bar keeps to one row beside the regular next step and the menu
// of the others on a small screen.
func compactDocuments(s *kit.Session, prints []*kit.Button, docs []fyne.CanvasObject) []fyne.CanvasObject {
	if len(prints) <= 2 {
		return docs
	}
	var items []*fyne.MenuItem
	for _, p := range prints {
		items = append(items, fyne.NewMenuItem(p.Text, p.OnTapped))
	}
	return []fyne.CanvasObject{kit.MenuButton(s.T("Export.Documents"), items...)}
}

// progressButton offers the Verlaufsbericht of a case under way
// (model.Case.UnderWay) on the workspace of its current phase.
func (w *caseWork) progressButton() *kit.Button {
	c := w.sess.Case
	if !c.UnderWay() || workspaceOf(c.Phase) != w.shown {
		return nil
	}
	return kit.NewButton(w.sess.T("Export.PrintProgress"), theme.DocumentIcon(), func() {
		_ = w.sess.Flush()
		exportDocument(w.sess, doc(model.DocProgress))
	})
}

// printButton offers the document of the shown phase: the plan in
// planning and monitoring, the closure documentation once there is one,
// the feedback to the commissioning body for a case not admitted.
func (w *caseWork) printButton() *kit.Button {
	c := w.sess.Case
	var d document
	var label string
	switch {
	case (w.shown == model.PhasePlanning || w.shown == model.PhaseMonitoring) && len(c.Plans) > 0:
		d, label = doc(model.DocPlan), "Export.PrintPlan"
	case w.shown == model.PhaseClosure && c.ClosedNotAdmitted():
		d, label = doc(model.DocFeedback), "Export.PrintFeedback"
	case w.shown == model.PhaseClosure && c.ClosureRecorded():
		d, label = doc(model.DocClosure), "Export.PrintClosure"
	default:
		return nil
	}
	return kit.NewButton(w.sess.T(label), theme.DocumentPrintIcon(), func() {
		_ = w.sess.Flush()
		exportDocument(w.sess, d)
	})
}

// rebuildSelected redraws the open tab after a structural change, so its
// widgets bind to the case's fields where they now are.
func (w *caseWork) rebuildSelected() {
	sel := w.tabs.Selected()
	if sel == nil {
		return
	}
	w.sess.ReplaceView()
	if sel == w.phaseTab {
		sel.Content = w.phaseContent()
	} else if build := w.builders[sel]; build != nil {
		content := build(w.sess)
		if w.frozen[sel] {
			freezeIfReadOnly(w.sess, content)
		}
		sel.Content = w.scroll(sel, content)
	}
	w.tabs.Refresh()
}

// scroll puts a tab's content in a scroll that keeps the reading position
// of the one it replaces: adding an entry must not jump to the top.
func (w *caseWork) scroll(item *container.TabItem, content fyne.CanvasObject) *container.Scroll {
	sc := kit.NewPage(content)
	if old := w.scrolls[item]; old != nil {
		sc.Offset = old.Offset
	}
	w.scrolls[item] = sc
	w.sess.Page = sc
	return sc
}
