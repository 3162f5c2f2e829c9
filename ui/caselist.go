package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// caseList is the left side of the main window: search, phase filter and
// the cases sorted by their next due date.
type caseList struct {
	loc    *locales.Localizer
	today  func() model.Date
	onOpen func(id int64)
	onNew  func()

	rows       []model.CaseSummary // as the store returned them
	index      *caseIndex          // rows prepared for searching
	shown      []model.CaseSummary // rows after search and filter
	selectedID int64
	syncing    bool // selecting a row programmatically, do not reopen

	newButton   *widget.Button
	search      *widget.Entry
	phase       *widget.Select
	list        *widget.List
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

	l.list = &widget.List{Length: l.length, CreateItem: l.createRow, UpdateItem: l.updateRow, OnSelected: l.onSelected}
	l.list.ExtendBaseWidget(l.list)

	l.emptyText = &widget.Label{Text: l.loc.T("CaseList.Empty"), Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	l.empty = container.NewVBox(l.emptyText, container.NewCenter(&widget.Button{Text: l.loc.T("CaseList.NewCase"), Icon: theme.ContentAddIcon(), OnTapped: l.onNew}))
	l.noMatchText = &widget.Label{Wrapping: fyne.TextWrapWord, Alignment: fyne.TextAlignCenter}
	l.noMatch = container.NewVBox(l.noMatchText, container.NewCenter(&widget.Button{Text: l.loc.T("CaseList.ResetSearch"), Icon: theme.ContentClearIcon(), OnTapped: l.clearFilter}))

	top := container.NewVBox(l.newButton, l.search, l.phase)
	center := container.NewStack(l.list, container.NewPadded(l.empty), container.NewPadded(l.noMatch))
	l.refresh()
	return container.NewBorder(top, nil, nil, nil, center)
}

// setRows replaces the cases (after a reload) keeping search, filter and
// the selected case.
func (l *caseList) setRows(rows []model.CaseSummary) {
	l.rows = rows
	l.index = newCaseIndex(rows)
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
// back to the store.
func (l *caseList) refresh() {
	if l.list == nil {
		return
	}
	if l.index == nil {
		l.index = newCaseIndex(l.rows)
	}
	l.shown = l.index.filter(l.search.Text, l.filterPhase())
	l.list.Refresh()
	l.syncSelection()

	switch {
	case len(l.rows) == 0:
		l.list.Hide()
		l.noMatch.Hide()
		l.empty.Show()
	case len(l.shown) == 0:
		l.list.Hide()
		l.empty.Hide()
		if q := strings.TrimSpace(l.search.Text); q != "" {
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

// syncSelection marks the selected case again after the rows changed, or
// clears the mark when the case is no longer shown.
func (l *caseList) syncSelection() {
	l.syncing = true
	defer func() { l.syncing = false }()
	for i, r := range l.shown {
		if r.ID == l.selectedID && l.selectedID != 0 {
			l.list.Select(i)
			return
		}
	}
	l.list.UnselectAll()
}

// selectCase marks the case with id in the list (when it is shown) and
// opens it.
func (l *caseList) selectCase(id int64) {
	l.selectedID = id
	l.syncSelection()
	for i, r := range l.shown {
		if r.ID == id {
			l.list.ScrollTo(i)
		}
	}
	l.onOpen(id)
}

func (l *caseList) clearFilter() {
	l.search.SetText("")
	l.phase.SetSelectedIndex(0)
}

func (l *caseList) onClearSearch() { l.search.SetText("") }

func (l *caseList) onSearchChanged(string) { l.refresh() }

func (l *caseList) onPhaseChanged(string) { l.refresh() }

func (l *caseList) onSelected(id widget.ListItemID) {
	if id < 0 || id >= len(l.shown) {
		return
	}
	caseID := l.shown[id].ID
	if l.syncing || caseID == l.selectedID {
		l.selectedID = caseID
		return
	}
	l.selectedID = caseID
	l.onOpen(caseID)
}

func (l *caseList) length() int { return len(l.shown) }

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
	return container.New(tight, name, container.NewBorder(nil, nil, nil, &widget.Label{}, phase))
}

func (l *caseList) updateRow(id widget.ListItemID, o fyne.CanvasObject) {
	if id < 0 || id >= len(l.shown) {
		return
	}
	r := rowTexts(l.loc, l.shown[id], l.today())
	row := o.(*fyne.Container)
	name := row.Objects[0].(*widget.RichText)
	line := row.Objects[1].(*fyne.Container)
	phase := line.Objects[0].(*widget.Label)
	due := line.Objects[1].(*widget.Label)

	name.Segments[0].(*widget.TextSegment).Text = r.name
	name.Refresh()
	phase.SetText(r.phase)
	due.Importance = widget.MediumImportance
	if r.overdue {
		due.Importance = widget.DangerImportance
	}
	due.SetText(r.due)
}

// caseRow is what one row of the list says.
type caseRow struct {
	name, phase, due string
	overdue          bool
}

func rowTexts(loc *locales.Localizer, s model.CaseSummary, today model.Date) caseRow {
	r := caseRow{name: listName(loc, s.FirstName, s.LastName), phase: loc.Enum("PhaseShort", s.Phase)}
	switch {
	case !s.NextDue.Valid():
		r.due = loc.T("CaseList.NoDue")
	case s.NextDue.Before(today):
		r.overdue = true
		r.due = loc.T("CaseList.Overdue", "Date", s.NextDue.German())
	default:
		r.due = loc.T("CaseList.Due", "Date", s.NextDue.German())
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
// on every keystroke cost most of the 5 ms a keystroke may take).
type caseIndex struct {
	rows        []model.CaseSummary
	first, last []string // folded names
	rvnr        []string // normalised RV-Nummern
}

func newCaseIndex(rows []model.CaseSummary) *caseIndex {
	ix := &caseIndex{rows: rows, first: make([]string, len(rows)), last: make([]string, len(rows)), rvnr: make([]string, len(rows))}
	for i, r := range rows {
		ix.first[i], ix.last[i], ix.rvnr[i] = foldName(r.FirstName), foldName(r.LastName), model.NormalizeRVNR(r.RVNR)
	}
	return ix
}

// filterCases keeps the rows whose name or RV-Nummer matches query and
// whose phase is phase ("" for every phase), in their order. Each word of
// the query must occur in the first or the last name — ignoring case and
// umlauts, so "muller" finds "Müller" — or, when it has a digit, in the
// RV-Nummer; a query with a digit also matches the RV-Nummer as a whole,
// ignoring spaces ("10 010490 A" finds 10010490A443).
func filterCases(rows []model.CaseSummary, query string, phase model.Phase) []model.CaseSummary {
	return newCaseIndex(rows).filter(query, phase)
}

// filter is filterCases on the prepared rows.
func (ix *caseIndex) filter(query string, phase model.Phase) []model.CaseSummary {
	words := strings.Fields(foldName(query))
	var rvnr string
	if hasDigit(query) {
		rvnr = model.NormalizeRVNR(query)
	}
	out := make([]model.CaseSummary, 0, len(ix.rows))
	for i, r := range ix.rows {
		if phase != "" && r.Phase != phase {
			continue
		}
		if len(words) > 0 && !ix.matches(i, words, rvnr) {
			continue
		}
		out = append(out, r)
	}
	return out
}

func (ix *caseIndex) matches(i int, words []string, rvnr string) bool {
	nr, first, last := ix.rvnr[i], ix.first[i], ix.last[i]
	if rvnr != "" && nr != "" && strings.Contains(nr, rvnr) {
		return true
	}
	for _, w := range words {
		if strings.Contains(first, w) || strings.Contains(last, w) {
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
