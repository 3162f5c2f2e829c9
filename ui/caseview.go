package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/due"
	"teilhabelotse/ui/kit"
)

// deadlineShare is the part of the "Fristen und Verlauf" tab the
// deadlines get above the history.
const deadlineShare = 0.35

// separator joins the parts of one line of text ("geb. … · RV-Nummer …").
const separator = " · "

// eventTimeLayout is how an event's moment is shown: TT.MM.JJJJ HH:MM.
const eventTimeLayout = model.GermanLayout + " 15:04"

// caseView is the right side of the main window: the open case with its
// header, the phase timeline, the open deadlines and the history.
type caseView struct {
	loc   *locales.Localizer
	today func() model.Date
	env   *kit.Env
	// onChanged tells the window a save changed the case (its list row).
	onChanged func(c *model.Case)
	// onPhaseShown runs after a step opened the new phase's workspace: the
	// window puts the focus on its first field (else the focus would be
	// restored where it was on the old phase's page, and the new page
	// would open scrolled as far down as the old one was).
	onPhaseShown func()

	c    *model.Case
	sess *kit.Session
	work *caseWork
	// left are sessions switched away from while their save failed: they
	// go on retrying, and quitting flushes them too (unsaved.go).
	left []*kit.Session

	none     *fyne.Container // shown while no case is open
	noneText *widget.Label
	body     *fyne.Container
	name     *kit.CutLabel
	meta     *kit.CutLabel
	timeline *timeline
	workHost *fyne.Container
	dueHost  *fyne.Container
	side     *container.Split
	// openAt opens a case in the workspace of a phase (from the due list).
	openAt func(id int64, p model.Phase)
	// openEvaluation opens the Auswertung (from the start screen).
	openEvaluation func()
	status         *kit.CutLabel
	deadlines      *fyne.Container
	events         *fyne.Container
	compact        bool // the header in one line, the timeline without dates (compact.go)
	hasCases       bool
	listHidden     bool // the case list is hidden: the empty view says how to show it
	// onWorkChanged follows a change of the open case, its tab or its
	// phase (the saved notice keeps clear of the transition bar).
	onWorkChanged func()
}

func newCaseView(env *kit.Env, onChanged func(*model.Case)) *caseView {
	return &caseView{loc: env.Loc, today: env.Today, env: env, onChanged: onChanged}
}

func (v *caseView) buildUI() fyne.CanvasObject {
	v.noneText = &widget.Label{Text: v.loc.T("CaseView.NoneSelected"), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	// Before a case is open the right side shows what is due across all
	// cases, so the day starts with what needs doing.
	v.dueHost = container.NewStack()
	evaluation := kit.NewButton(v.loc.T("Due.Evaluation"), theme.GridIcon(), func() {
		if v.openEvaluation != nil {
			v.openEvaluation()
		}
	})
	evaluation.Importance = widget.LowImportance
	v.none = container.NewBorder(v.noneText, container.NewHBox(evaluation), nil, nil, v.dueHost)

	// Cut with "…" in a narrow window; the pointer on them shows them whole.
	v.name = kit.NewCutLabel("")
	v.name.TextStyle, v.name.SizeName = fyne.TextStyle{Bold: true}, theme.SizeNameSubHeadingText
	v.meta = kit.NewCutLabel("")
	v.timeline = newTimeline(v.loc)
	v.timeline.onTap = v.onShowPhase
	v.status = kit.NewCutLabel("")
	v.status.SizeName, v.status.Alignment = captionSize, fyne.TextAlignTrailing
	// The client's master data are a tab; the header reaches it from
	// the name, where a counselor looks to correct an address.
	master := kit.NewButton(v.loc.T("CaseView.MasterData"), theme.AccountIcon(), func() {
		if v.work != nil {
			v.work.showMasterData()
		}
	})
	master.Importance = widget.LowImportance
	// The save status shares the row with the name, right of it: beside
	// the Stammdaten button it pushed the button left and right as it
	// changed from "Wird gespeichert …" to "Alle Eingaben gespeichert"
	// while the counselor typed.
	row := container.NewBorder(nil, nil, nil, master, container.New(nameAndStatus{}, v.name, v.status))
	header := container.NewVBox(row, v.meta, v.timeline, widget.NewSeparator())

	v.workHost = container.NewStack()
	workspace := v.workHost

	v.deadlines = container.NewVBox()
	v.events = container.NewVBox()
	// Deadlines and the event history are a tab of the case, so the
	// workspace gets the full width.
	v.side = container.NewVSplit(
		section(v.loc.T("CaseView.Deadlines"), v.deadlines),
		section(v.loc.T("CaseView.History"), v.events),
	)
	v.side.Offset = deadlineShare

	v.body = container.New(caseLayout{v}, header, workspace)
	v.body.Hide()
	return container.NewStack(v.none, v.body)
}

// section is a heading over a scrolling column.
func section(title string, rows *fyne.Container) fyne.CanvasObject {
	heading := &widget.Label{Text: title, TextStyle: fyne.TextStyle{Bold: true}}
	return container.NewBorder(heading, nil, nil, nil, container.NewVScroll(rows))
}

// setHasCases chooses what the empty right side says: how to pick a case,
// or — before the first case exists — what will appear here.
func (v *caseView) setHasCases(has bool) {
	v.hasCases = has
	if has {
		v.noneText.SetText(v.loc.T(v.noneSelectedID()))
		// The overview shows only while no case is open; reading the
		// deadlines behind an open case would be wasted. It scrolls:
		// unscrolled, its rows set the window's minimum height (7,198 px
		// with 10,000 cases), and the window grew past the screen, with
		// framebuffers to match (docs/performance.md, RSS).
		if v.c == nil {
			v.dueHost.Objects = []fyne.CanvasObject{kit.NewPage(due.New(v.env, v.openAt))}
			v.dueHost.Refresh()
		}
	} else {
		v.noneText.SetText(v.loc.T("CaseView.NoCases"))
	}
}

// showOverview closes the open case — what was typed is written first —
// and shows what is due across all cases, read afresh.
func (v *caseView) showOverview() {
	v.flush()
	v.closeCase()
	v.setHasCases(true)
}

// setCase opens c for editing in the workspace of its current phase. What
// was typed in the case shown before is written first.
func (v *caseView) setCase(c *model.Case) {
	v.flush()
	v.c = c
	v.sess = kit.NewSession(v.env, c)
	v.sess.SetCompact(v.compact)
	v.sess.OnSaved = v.onSaved
	v.sess.OnStatus = v.showStatus
	v.work = newCaseWork(v.sess, c.Phase, v.onMoved)
	v.work.tabs.Append(container.NewTabItem(v.loc.T("CaseView.SideTab"), v.side))
	selected := v.work.tabs.OnSelected
	v.work.tabs.OnSelected = func(it *container.TabItem) {
		selected(it)
		v.workChanged()
	}
	v.workHost.Objects = []fyne.CanvasObject{v.work.tabs}
	v.workHost.Refresh()
	v.status.SetText("")
	v.refreshCase()
	v.timeline.setShown(v.work.shown)
	v.none.Hide()
	v.body.Show()
	v.workChanged()
}

// workChanged follows a change of what the case view shows. A tip shown
// over what went away goes too: the pointer did not leave it, so it would
// stay (the tip of a Fällig row stood over the case it opened).
func (v *caseView) workChanged() {
	if v.env.Win != nil {
		// the window's content: the driver knows the canvas of what it
		// has drawn, and the body may never have been drawn yet
		kit.HideTip(v.env.Win.Content())
	}
	if v.onWorkChanged != nil {
		v.onWorkChanged()
	}
}

// shownBar is the transition bar on screen, nil when none shows.
func (v *caseView) shownBar() fyne.CanvasObject {
	if v.work == nil || !v.body.Visible() || v.work.bar == nil || v.work.tabs.Selected() != v.work.phaseTab {
		return nil
	}
	return v.work.bar
}

// flush writes what is still pending in the open case. A session whose
// save fails is kept, so its text is saved by a later retry or offered
// for copying at quit.
// pages are the scrolls shown whose focused widget the window keeps in
// view: the open workspace, or the Fällig overview.
func (v *caseView) pages() []*container.Scroll {
	if v.body.Visible() {
		if v.sess == nil {
			return nil
		}
		if sc, ok := v.sess.Page.(*container.Scroll); ok {
			return []*container.Scroll{sc}
		}
		return nil
	}
	if len(v.dueHost.Objects) == 1 {
		if sc, ok := v.dueHost.Objects[0].(*container.Scroll); ok {
			return []*container.Scroll{sc}
		}
	}
	return nil
}

func (v *caseView) flush() {
	if v.sess != nil {
		if err := v.sess.Flush(); err != nil && !v.keeps(v.sess) {
			v.left = append(v.left, v.sess)
		}
	}
}

func (v *caseView) keeps(s *kit.Session) bool { return slices.Contains(v.left, s) }

// refreshCase redraws what is derived from the case: header, timeline,
// deadlines and history.
func (v *caseView) refreshCase() {
	c := v.c
	v.name.SetText(c.Client.FullName())
	v.meta.SetText(v.metaLine(c))
	v.timeline.setCase(c)
	v.showDeadlines(model.Deadlines(c, v.env.Settings))
	v.showEvents(c.Events)
}

func (v *caseView) onSaved() {
	v.refreshCase()
	if v.onChanged != nil {
		v.onChanged(v.c)
	}
}

// onMoved follows a phase transition: the timeline shows the new step at
// once and the workspace of the new phase opens.
func (v *caseView) onMoved() {
	v.onSaved()
	v.onShowPhase(v.c.Phase)
	if v.onPhaseShown != nil {
		v.onPhaseShown()
	}
}

func (v *caseView) onShowPhase(p model.Phase) {
	if v.work == nil {
		return
	}
	v.work.showPhase(p)
	v.timeline.setShown(v.work.shown)
	v.workChanged()
}

// statusLooks is how the save status line shows each state: its colour
// and its text (a failed save says why when it knows).
var statusLooks = map[kit.Status]struct {
	importance widget.Importance
	id         string
}{
	kit.Saved:    {widget.LowImportance, "Kit.StatusSaved"},
	kit.Pending:  {widget.LowImportance, "Kit.StatusPending"},
	kit.Failed:   {widget.DangerImportance, "Kit.StatusFailed"},
	kit.Invalid:  {widget.WarningImportance, "Kit.StatusInvalid"},
	kit.Conflict: {widget.DangerImportance, "Kit.StatusConflict"},
	kit.ReadOnly: {widget.DangerImportance, "Kit.StatusReadOnly"},
}

func (v *caseView) showStatus(st kit.Status) {
	look, ok := statusLooks[st]
	if !ok {
		return
	}
	v.status.Importance = look.importance
	text := v.loc.T(look.id)
	if err := v.sess.LastError(); st == kit.Failed && err != nil {
		text = v.loc.T("Kit.StatusFailedWhy", "Reason", v.loc.ErrorShort(err))
	}
	v.status.SetText(text)
}

// metaLine is "geb. TT.MM.JJJJ · RV-Nummer … · Phase: …", leaving out what
// is not recorded.
func (v *caseView) metaLine(c *model.Case) string {
	var parts []string
	if c.Client.BirthDate.Valid() {
		parts = append(parts, v.loc.T("CaseView.Born", "Date", v.loc.Date(c.Client.BirthDate)))
	}
	if c.Client.RVNR != "" {
		parts = append(parts, v.loc.T("CaseView.RVNR", "RVNR", formatRVNR(c.Client.RVNR)))
	}
	parts = append(parts, v.loc.T("CaseView.Phase", "Phase", v.loc.Enum("Phase", c.Phase)))
	return strings.Join(parts, separator)
}

// formatRVNR groups a Rentenversicherungsnummer as it is printed on the
// card: BB TTMMJJ A SSP.
func formatRVNR(s string) string {
	n := model.NormalizeRVNR(s)
	if len(n) != 12 {
		return s
	}
	return n[0:2] + " " + n[2:8] + " " + n[8:9] + " " + n[9:12]
}

func (v *caseView) showDeadlines(ds []model.Deadline) {
	today := v.today()
	rows := make([]fyne.CanvasObject, 0, len(ds))
	for _, d := range ds {
		rows = append(rows, v.deadlineRow(d, today))
	}
	if len(rows) == 0 {
		rows = append(rows, &widget.Label{Text: v.loc.T("CaseView.NoDeadlines")})
	}
	v.deadlines.Objects = rows
	v.deadlines.Refresh()
}

func (v *caseView) deadlineRow(d model.Deadline, today model.Date) fyne.CanvasObject {
	kind := v.loc.Enum("DeadlineKind", d.Kind)
	text := v.loc.T("CaseView.DeadlineDue", "Kind", kind, "Date", v.loc.Date(d.Due))
	l := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
	if d.Overdue(today) {
		l.Text = v.loc.T("CaseView.DeadlineOverdue", "Kind", kind, "Date", v.loc.Date(d.Due))
		l.Importance = widget.DangerImportance
	}
	if strings.TrimSpace(d.Label) == "" || d.Kind == model.DueConsentExpiry {
		return l
	}
	detail := &widget.Label{Text: d.Label, SizeName: captionSize, Wrapping: fyne.TextWrapWord}
	return container.NewVBox(l, detail)
}

// showEvents lists the timeline events, newest first.
func (v *caseView) showEvents(evs []model.Event) {
	rows := make([]fyne.CanvasObject, 0, 2*len(evs))
	for i := len(evs) - 1; i >= 0; i-- {
		rows = append(rows, v.eventRow(evs[i]))
		if i > 0 {
			rows = append(rows, widget.NewSeparator())
		}
	}
	v.events.Objects = rows
	v.events.Refresh()
}

func (v *caseView) eventRow(ev model.Event) fyne.CanvasObject {
	lines := eventLines(v.loc, ev)
	box := container.NewVBox(&widget.Label{Text: lines[0], TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord})
	for _, l := range lines[1:] {
		box.Add(&widget.Label{Text: l, Wrapping: fyne.TextWrapWord})
	}
	return box
}

// eventLines says an event: when and what, from where to where, the
// reason and the documentation items that were acknowledged as missing.
func eventLines(loc *locales.Localizer, ev model.Event) []string {
	lines := []string{
		loc.T("CaseView.EventHeader", "When", ev.At.Local().Format(eventTimeLayout), "Kind", loc.Enum("TransitionKind", ev.Kind)),
	}
	to := loc.Enum("Phase", ev.To)
	if ev.From == "" {
		lines = append(lines, loc.T("CaseView.EventTo", "To", to))
	} else {
		lines = append(lines, loc.T("CaseView.EventMove", "From", loc.Enum("Phase", ev.From), "To", to))
	}
	if r := strings.TrimSpace(ev.Reason); r != "" {
		lines = append(lines, loc.T("CaseView.EventReason", "Reason", r))
	}
	if len(ev.Missing) > 0 {
		items := make([]string, len(ev.Missing))
		for i, k := range ev.Missing {
			items[i] = loc.T(k.MessageID())
		}
		lines = append(lines, loc.T("CaseView.EventMissing", "Items", strings.Join(items, ", ")))
	}
	return lines
}

// nameAndStatus lays the client's name out on the left and the save status
// on the right of the rest of the row. The name keeps its whole width
// while the status fits beside it, and at least half the row; what does
// not fit is cut with "…" (the pointer on it shows it whole).
type nameAndStatus struct{}

func (nameAndStatus) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	name, status := objs[0], objs[1]
	nameW := min(textWidth(name), max(size.Width-textWidth(status), size.Width/2))
	name.Move(fyne.NewPos(0, 0))
	name.Resize(fyne.NewSize(nameW, size.Height))
	status.Move(fyne.NewPos(nameW, 0))
	status.Resize(fyne.NewSize(max(0, size.Width-nameW), size.Height))
}

func (nameAndStatus) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+b.Width, max(a.Height, b.Height))
}
