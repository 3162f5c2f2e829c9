package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// caseRows is the list of cases for the keyboard too: Tab reaches it, the
// arrow keys, PageUp, PageDown, Home and End move a marked row through
// the cases, and Enter or Space opens the marked case. Moving does not
// open: opening builds the whole workspace, and a counselor looking for
// a case passes many. Fyne's own list keeps its keyboard row private and
// starts it at the top, not at the open case, so the row is kept here.
type caseRows struct {
	widget.List
	l       *caseList
	cursor  int  // the marked row
	focused bool // the keyboard is in the list
}

// FocusGained marks the open case's row, or the first.
func (r *caseRows) FocusGained() {
	r.focused = true
	if i := r.l.shownAt(r.l.selectedID); i >= 0 {
		r.cursor = i
	}
	r.clamp()
	r.List.ScrollTo(r.cursor)
	r.Refresh()
}

// FocusLost takes the mark away.
func (r *caseRows) FocusLost() {
	r.focused = false
	r.Refresh()
}

// TypedKey moves the mark and opens the marked case.
func (r *caseRows) TypedKey(ev *fyne.KeyEvent) {
	n := r.l.length()
	if n == 0 {
		return
	}
	page := max(1, int(r.Size().Height/fyne.Max(1, r.rowHeight()))-1)
	switch ev.Name {
	case fyne.KeyDown:
		r.cursor++
	case fyne.KeyUp:
		r.cursor--
	case fyne.KeyPageDown:
		r.cursor += page
	case fyne.KeyPageUp:
		r.cursor -= page
	case fyne.KeyHome:
		r.cursor = 0
	case fyne.KeyEnd:
		r.cursor = n - 1
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		r.clamp()
		r.open()
		return
	default:
		return
	}
	r.clamp()
	r.List.ScrollTo(r.cursor)
	r.Refresh()
}

// open opens the marked case, also when it is the one open (the
// workspace comes back to it from the Fällig overview).
func (r *caseRows) open() {
	id := r.l.row(r.cursor).ID
	if id == r.l.selectedID {
		r.l.onOpen(id)
		return
	}
	r.List.Select(r.cursor)
}

// followSelection keeps the mark on the open case when the rows change
// under it (a step taken moves the case in the order of the list).
func (r *caseRows) followSelection() {
	if i := r.l.shownAt(r.l.selectedID); i >= 0 {
		r.cursor = i
	}
	r.clamp()
}

func (r *caseRows) clamp() {
	r.cursor = max(0, min(r.cursor, r.l.length()-1))
}

func (r *caseRows) rowHeight() float32 {
	if r.CreateItem == nil {
		return 0
	}
	return r.CreateItem().MinSize().Height + 4
}

// markCursor draws the mark on row id's background when it is the
// marked row and the list has the keyboard.
func (r *caseRows) markCursor(bg *canvas.Rectangle, id widget.ListItemID) {
	var c color.Color = color.Transparent
	if r.focused && id == r.cursor {
		c = kit.RingColor()
	}
	if bg.StrokeColor != c {
		bg.StrokeColor = c
		bg.Refresh()
	}
}
