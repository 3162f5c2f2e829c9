package ui

import (
	"image/color"
	"math"
	"slices"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// caseList is the left side of the main window: search, phase filter and
// the cases sorted by their next due date.
type caseList struct {
	loc    *locales.Localizer
	today  func() model.Date
	onOpen func(id int64)
	onNew  func()
	// onDue shows the Fällig overview again, from any open case.
	onDue func()

	// index is the rows as the store listed them (or a save changed
	// them), prepared for searching. It is never changed in place: a
	// search running off the event goroutine may be reading it.
	index *caseIndex
	// shown is the index the visible rows come from and hits their
	// positions in it, after search and filter.
	shown      *caseIndex
	hits       []int32
	searches   latest // the search as the user types; the newest result wins
	less       func(a, b model.CaseSummary) bool
	selectedID int64
	syncing    bool // selecting a row programmatically, do not reopen
	scrollTo   bool // scroll to the selected case once the next result shows

	newButton   *widget.Button
	dueButton   *widget.Button
	search      *widget.Entry
	phase       *widget.Select
	list        *caseRows
	empty       *fyne.Container // no cases at all
	emptyText   *widget.Label
	noMatch     *fyne.Container // cases exist, none matches
	noMatchText *widget.Label
}

func newCaseList(loc *locales.Localizer, today func() model.Date, onOpen func(int64), onNew func()) *caseList {
	return &caseList{loc: loc, today: today, onOpen: onOpen, onNew: onNew}
}

// filterPhases are the phase filter's choices after "all phases".
var filterPhases = model.AllPhases

func (l *caseList) buildUI() fyne.CanvasObject {
	l.newButton = &widget.Button{Text: l.loc.T("CaseList.NewCase"), Icon: theme.ContentAddIcon(), Importance: widget.HighImportance, OnTapped: l.onNew}
	l.search = &widget.Entry{PlaceHolder: l.loc.T("CaseList.SearchPlaceholder"), OnChanged: l.onSearchChanged}
	l.search.ExtendBaseWidget(l.search)
	l.search.ActionItem = &widget.Button{Icon: theme.ContentClearIcon(), Importance: widget.LowImportance, OnTapped: l.onClearSearch}

	options := []string{l.loc.T("CaseList.AllPhases")}
	for _, p := range filterPhases {
		options = append(options, l.loc.Enum("Phase", p))
	}
	l.phase = &widget.Select{Options: options, OnChanged: l.onPhaseChanged}
	l.phase.ExtendBaseWidget(l.phase)
	l.phase.SetSelectedIndex(0)

	l.list = &caseRows{l: l}
	l.list.Length, l.list.CreateItem, l.list.UpdateItem, l.list.OnSelected = l.length, l.createRow, l.updateRow, l.onSelected
	l.list.ExtendBaseWidget(l.list)

	l.emptyText = &widget.Label{Text: l.loc.T("CaseList.Empty"), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	l.empty = container.NewVBox(l.emptyText, container.NewCenter(&widget.Button{Text: l.loc.T("CaseList.NewCase"), Icon: theme.ContentAddIcon(), OnTapped: l.onNew}))
	l.noMatchText = &widget.Label{Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	l.noMatch = container.NewVBox(l.noMatchText, container.NewCenter(&widget.Button{Text: l.loc.T("CaseList.ResetSearch"), Icon: theme.ContentClearIcon(), OnTapped: l.clearFilter}))

	l.dueButton = &widget.Button{Text: l.loc.T("CaseList.DueButton"), Icon: theme.HistoryIcon(), OnTapped: func() {
		if l.onDue != nil {
			l.onDue()
		}
	}}
	top := container.NewVBox(container.NewBorder(nil, nil, nil, l.dueButton, l.newButton), l.search, l.phase)
	center := container.NewStack(l.list, container.NewPadded(l.empty), container.NewPadded(l.noMatch))
	l.refresh()
	return kit.Border(top, nil, nil, nil, center)
}

// setRows replaces the cases (after a reload) keeping search, filter and
// the selected case.
func (l *caseList) setRows(rows []model.CaseSummary) {
	l.index = newCaseIndex(rows)
	l.refresh()
}

// updateCase puts the new list row of a saved case in place of its old
// one, at its place in the list's order, keeping search, filter and the
// selected case. It never goes back to the store: an autosave changes one
// row, and listing all cases again is the slow path at 10,000 cases
// (BenchmarkCaseListLoad in docs/performance.md).
func (l *caseList) updateCase(s model.CaseSummary) {
	if l.index == nil {
		l.index = newCaseIndex(nil)
	}
	if l.less == nil {
		l.less = model.SummaryLess()
	}
	ix, changed := l.index.with(s, l.less)
	if !changed {
		return // most saves change nothing the list shows
	}
	l.index = ix
	l.refresh()
}

// filterPhase is the phase chosen in the filter, "" for all.
func (l *caseList) filterPhase() model.Phase {
	i := l.phase.SelectedIndex()
	if i <= 0 || i > len(filterPhases) {
		return ""
	}
	return filterPhases[i-1]
}

// refresh applies search and filter to the rows in memory; it never goes
// back to the store. In the running app the search runs off the event
// goroutine and its result is shown when it is ready, unless a newer
// search has started by then (see latest).
func (l *caseList) refresh() {
	if l.list == nil {
		return
	}
	if l.index == nil {
		l.index = newCaseIndex(nil)
	}
	ix, query, phase := l.index, l.search.Text, l.filterPhase()
	var hits []int32
	l.searches.start(func() { hits = ix.filter(query, phase) }, func() { l.show(ix, hits, query) })
}

// show puts the result of a search on the screen.
func (l *caseList) show(ix *caseIndex, hits []int32, query string) {
	l.shown, l.hits = ix, hits
	l.list.followSelection()
	l.list.Refresh()
	l.syncSelection()
	if l.scrollTo {
		l.scrollTo = false
		l.scrollToSelected()
	}

	switch {
	case len(ix.rows) == 0:
		l.list.Hide()
		l.noMatch.Hide()
		l.empty.Show()
	case len(hits) == 0:
		l.list.Hide()
		l.empty.Hide()
		if q := strings.TrimSpace(query); q != "" {
			l.noMatchText.SetText(l.loc.T("CaseList.NoMatchQuery", "Query", q))
		} else {
			l.noMatchText.SetText(l.loc.T("CaseList.NoMatchPhase"))
		}
		l.noMatch.Show()
	default:
		l.empty.Hide()
		l.noMatch.Hide()
		l.list.Show()
	}
}

// row is the summary shown in row i of the list.
func (l *caseList) row(i int) model.CaseSummary { return l.shown.rows[l.hits[i]] }

// syncSelection marks the selected case again after the rows changed, or
// clears the mark when the case is no longer shown.
func (l *caseList) syncSelection() {
	l.syncing = true
	defer func() { l.syncing = false }()
	if i := l.shownAt(l.selectedID); i >= 0 {
		l.list.Select(i)
		return
	}
	l.list.UnselectAll()
}

// shownAt is the list row that shows the case with id, or -1.
func (l *caseList) shownAt(id int64) int {
	if id == 0 {
		return -1
	}
	for i, h := range l.hits {
		if l.shown.rows[h].ID == id {
			return i
		}
	}
	return -1
}

func (l *caseList) scrollToSelected() {
	if i := l.shownAt(l.selectedID); i >= 0 {
		l.list.ScrollTo(i)
	}
}

// selectCase marks the case with id in the list (when it is shown) and
// opens it. When a search is still running (a new case was just listed),
// its result scrolls to the case.
func (l *caseList) selectCase(id int64) {
	l.selectedID = id
	l.scrollTo = true
	l.syncSelection()
	if l.shownAt(id) >= 0 {
		l.scrollTo = false
		l.scrollToSelected()
	}
	l.onOpen(id)
}

// deselect clears the mark of the open case: none is open.
func (l *caseList) deselect() {
	l.selectedID = 0
	l.syncSelection()
}

func (l *caseList) clearFilter() {
	l.search.SetText("")
	l.phase.SetSelectedIndex(0)
}

func (l *caseList) onClearSearch() { l.search.SetText("") }

func (l *caseList) onSearchChanged(string) { l.refresh() }

func (l *caseList) onPhaseChanged(string) { l.refresh() }

func (l *caseList) onSelected(id widget.ListItemID) {
	if id < 0 || id >= len(l.hits) {
		return
	}
	caseID := l.row(id).ID
	if l.syncing || caseID == l.selectedID {
		l.selectedID = caseID
		return
	}
	l.selectedID = caseID
	l.onOpen(caseID)
}

func (l *caseList) length() int { return len(l.hits) }

// A row has two lines so that nothing is cut in a narrow list: the name
// ("Nachname, Vorname") in bold, below it the phase on the left and the
// next due date on the right.
func (l *caseList) createRow() fyne.CanvasObject {
	name := widget.NewRichText(&widget.TextSegment{Style: widget.RichTextStyleStrong})
	name.Truncation = fyne.TextTruncateEllipsis
	phase := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	// Labels carry their own inner padding; the negative spacing keeps the
	// two lines together as one entry.
	tight := layout.NewCustomPaddedVBoxLayout(-2 * theme.Padding())
	due := &widget.Label{Truncation: fyne.TextTruncateEllipsis}
	// The row the arrow keys are on is marked behind the text (caseRows).
	cursor := canvas.NewRectangle(color.Transparent)
	cursor.StrokeWidth = 2
	cursor.CornerRadius = theme.InputRadiusSize()
	return container.NewStack(cursor, container.New(tight, name, container.New(dueLine{}, phase, due)))
}

// dueLine lays the phase out on the left and the due date on the right of
// a row. In a narrow list both are cut with "…" rather than drawn over each
// other, the date keeping the larger part (it says what is urgent).
type dueLine struct{}

func (dueLine) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	phase, due := objs[0], objs[1]
	// The date gets all it needs as long as the phase keeps its own
	// width or at least a quarter of the row.
	dueW := min(textWidth(due), size.Width-min(textWidth(phase), size.Width*0.25))
	due.Move(fyne.NewPos(size.Width-dueW, 0))
	due.Resize(fyne.NewSize(dueW, size.Height))
	phase.Move(fyne.NewPos(0, 0))
	phase.Resize(fyne.NewSize(max(0, size.Width-dueW), size.Height))
}

// textWidth is what a label needs to show its text uncut. Fyne cuts a
// label's text when it is wider than the whole points of the room inside
// the label (it truncates at int(width)): a label exactly as wide as its
// measured text drew "fällig 05.12.20…". The width is rounded up to the
// next point, and one more for the rounding of the glyphs' advances.
func textWidth(o fyne.CanvasObject) float32 {
	var l *widget.Label
	switch x := o.(type) {
	case *widget.Label:
		l = x
	case *kit.CutLabel:
		l = &x.Label
	default:
		return o.MinSize().Width
	}
	size := theme.TextSize()
	if l.SizeName != "" {
		size = theme.Size(l.SizeName)
	}
	if l.Text == "" {
		return 0
	}
	w := fyne.MeasureText(l.Text, size, l.TextStyle).Width
	return float32(math.Ceil(float64(w))) + 1 + 2*theme.InnerPadding()
}

func (dueLine) MinSize(objs []fyne.CanvasObject) fyne.Size {
	a, b := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(a.Width+b.Width, max(a.Height, b.Height))
}

func (l *caseList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(l.hits) {
		return
	}
	r := rowTexts(l.loc, l.row(id), l.today())
	stack := o.(*fyne.Container)
	l.list.markCursor(stack.Objects[0].(*canvas.Rectangle), id)
	row := stack.Objects[1].(*fyne.Container)
	name := row.Objects[0].(*widget.RichText)
	line := row.Objects[1].(*fyne.Container)
	phase := line.Objects[0].(*widget.Label)
	due := line.Objects[1].(*widget.Label)

	name.Segments[0].(*widget.TextSegment).Text = r.name
	name.Refresh()
	phase.Importance = widget.MediumImportance
	if r.broken {
		phase.Importance = widget.DangerImportance
	}
	phase.SetText(r.phase)
	due.Importance = widget.MediumImportance
	if r.overdue {
		due.Importance = widget.DangerImportance
	}
	due.SetText(r.due)
	// dueLine shares the width by the texts: lay out again for the texts of
	// this row, not those the recycled row had.
	line.Refresh()
}

// caseRow is what one row of the list says.
type caseRow struct {
	name, phase, due string
	overdue          bool
	broken           bool // breaks a rule of the whole-case check
}

func rowTexts(loc *locales.Localizer, s model.CaseSummary, today model.Date) caseRow {
	r := caseRow{name: listName(loc, s.FirstName, s.LastName), phase: loc.Enum("PhaseShort", s.Phase)}
	if s.Broken > 0 {
		r.broken = true
		r.phase = loc.T("CaseList.Broken", "Phase", r.phase)
	}
	switch {
	case !s.NextDue.Valid():
		r.due = loc.T("CaseList.NoDue")
	case s.NextDue.Before(today):
		r.overdue = true
		r.due = loc.T("CaseList.Overdue", "Date", loc.Date(s.NextDue))
	default:
		r.due = loc.T("CaseList.Due", "Date", loc.Date(s.NextDue))
	}
	return r
}

// listName is "Nachname, Vorname", or the one that is set.
func listName(loc *locales.Localizer, first, last string) string {
	first, last = strings.TrimSpace(first), strings.TrimSpace(last)
	switch {
	case first == "":
		return last
	case last == "":
		return first
	}
	return loc.T("CaseList.Name", "First", first, "Last", last)
}

// caseIndex is the list rows with names and RV-Nummern folded once per
// load, so that a keystroke only compares strings (at 10,000 cases folding
// on every keystroke was most of a keystroke's time budget; see
// docs/performance.md). An index
// is not changed once made: with makes a new one.
type caseIndex struct {
	rows []model.CaseSummary
	keys []caseKey
}

// caseKey is what the search compares of a row.
type caseKey struct {
	name string // first and last name folded, one line each
	rvnr string // normalised RV-Nummer
}

func newCaseKey(r model.CaseSummary) caseKey {
	// A query word never holds a line break, so it matches the joined
	// names exactly when it matches one of them; one string per row
	// instead of two.
	return caseKey{name: foldName(r.FirstName + "\n" + r.LastName), rvnr: model.NormalizeRVNR(r.RVNR)}
}

func newCaseIndex(rows []model.CaseSummary) *caseIndex {
	ix := &caseIndex{rows: rows, keys: make([]caseKey, len(rows))}
	for i, r := range rows {
		ix.keys[i] = newCaseKey(r)
	}
	return ix
}

// with is ix with the row of case s.ID replaced by s, or s added, at its
// place in the order less gives (the order the rows are in). changed is
// false, and ix returned as it is, when the row is already s.
func (ix *caseIndex) with(s model.CaseSummary, less func(a, b model.CaseSummary) bool) (_ *caseIndex, changed bool) {
	old := slices.IndexFunc(ix.rows, func(r model.CaseSummary) bool { return r.ID == s.ID })
	if old >= 0 && ix.rows[old] == s {
		return ix, false
	}
	n := &caseIndex{rows: make([]model.CaseSummary, 0, len(ix.rows)+1), keys: make([]caseKey, 0, len(ix.rows)+1)}
	for i, r := range ix.rows {
		if i != old {
			n.rows = append(n.rows, r)
			n.keys = append(n.keys, ix.keys[i])
		}
	}
	at := sort.Search(len(n.rows), func(i int) bool { return less(s, n.rows[i]) })
	n.rows = slices.Insert(n.rows, at, s)
	n.keys = slices.Insert(n.keys, at, newCaseKey(s))
	return n, true
}

// filterCases keeps the rows whose name or RV-Nummer matches query and
// whose phase is phase ("" for every phase), in their order. Each word of
// the query must occur in the first or the last name — ignoring case and
// umlauts, so "muller" finds "Müller" — or, when it has a digit, in the
// RV-Nummer; a query with a digit also matches the RV-Nummer as a whole,
// ignoring spaces ("10 010490 A" finds 10010490A443).
func filterCases(rows []model.CaseSummary, query string, phase model.Phase) []model.CaseSummary {
	ix := newCaseIndex(rows)
	hits := ix.filter(query, phase)
	out := make([]model.CaseSummary, len(hits))
	for i, h := range hits {
		out[i] = rows[h]
	}
	return out
}

// filter is filterCases on the prepared rows: the positions of the rows
// that match. Positions, not copies of the rows: 4 bytes a hit instead of
// 128, which at 10,000 rows was 1.3 MB of garbage per keystroke.
func (ix *caseIndex) filter(query string, phase model.Phase) []int32 {
	words := strings.Fields(foldName(query))
	var rvnr string
	if hasDigit(query) {
		rvnr = model.NormalizeRVNR(query)
	}
	var out []int32
	if len(words) == 0 && phase == "" {
		out = make([]int32, 0, len(ix.rows))
	}
	for i, r := range ix.rows {
		if phase != "" && r.Phase != phase {
			continue
		}
		if len(words) > 0 && !ix.matches(i, words, rvnr) {
			continue
		}
		out = append(out, int32(i))
	}
	return out
}

func (ix *caseIndex) matches(i int, words []string, rvnr string) bool {
	nr, name := ix.keys[i].rvnr, ix.keys[i].name
	if rvnr != "" && nr != "" && strings.Contains(nr, rvnr) {
		return true
	}
	for _, w := range words {
		if strings.Contains(name, w) {
			continue
		}
		if hasDigit(w) && nr != "" && strings.Contains(nr, strings.ToUpper(w)) {
			continue
		}
		return false
	}
	return true
}

// umlauts maps the German special letters to their base letters.
var umlauts = strings.NewReplacer("ä", "a", "ö", "o", "ü", "u", "ß", "ss")

// foldName lower-cases s and drops the umlauts' dots, for matching names
// the way people type them.
func foldName(s string) string { return umlauts.Replace(strings.ToLower(s)) }

func hasDigit(s string) bool {
	return strings.ContainsAny(s, "0123456789")
}
