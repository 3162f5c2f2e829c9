package ui

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// Tab goes through every workspace of every curated demo case in reading
// order — top to bottom, left to right within a row — and whatever it
// reaches is scrolled into view (the window's FocusFollower, looking
// after each key as it does a few times a second), at the size of a
// 1366×768 screen at 150 %.
func TestTabGoesThroughEachWorkspaceInReadingOrderAndInView(t *testing.T) {
	u, cases := curatedUI(t)
	room := officeLaptopRoom()
	u.win.Resize(room)
	c := u.win.Canvas()
	// Each case in the workspace of its own phase (with the transition
	// bar); the case's other tabs of the case in monitoring, which has
	// the most in them. Tabbing is slow (Fyne walks the whole window per
	// key), so each kind of page is tabbed through once.
	tabsDone := false
	for _, k := range cases {
		u.onOpenCase(k.ID)
		u.win.Resize(room)
		shows := []func() string{func() string { return string(k.Phase) }}
		if k.Phase == model.PhaseMonitoring && !tabsDone {
			tabsDone = true
			for i, id := range caseTabIDs {
				shows = append(shows, func() string { u.view.work.tabs.SelectIndex(i + 1); return id })
			}
		}
		for _, show := range shows {
			where := fmt.Sprintf("%s %s, %s", k.Client.FirstName, k.Client.LastName, show())
			pages := u.view.pages()
			if len(pages) != 1 {
				t.Errorf("%s: %d pages", where, len(pages))
				continue
			}
			tabThrough(t, u, c, pages[0], where)
		}
	}
}

// tabThrough tabs once around the window and checks the widgets of page
// it reaches.
func tabThrough(t *testing.T, u *UI, c fyne.Canvas, page *container.Scroll, where string) {
	t.Helper()
	in := map[fyne.CanvasObject]bool{}
	uitest.Walk(page, func(o fyne.CanvasObject) { in[o] = true })
	page.ScrollToTop()
	c.Unfocus()
	test.FocusNext(c)
	first := c.Focused()
	var prev fyne.CanvasObject
	var prevAt fyne.Position
	reached := 0
	for step := 0; step < 3000; step++ {
		f := c.Focused()
		if f == nil || (step > 0 && f == first) {
			break
		}
		if o := f.(fyne.CanvasObject); in[o] {
			reached++
			u.focus.Check()
			if !visibleIn(page, o) {
				t.Errorf("%s: the focused %s is out of sight (page offset %v, height %v)", where, describe(o), page.Offset.Y, page.Size().Height)
			}
			at := contentPos(page, o)
			if prev != nil && !readsAfter(prevAt, prev.Size(), at) {
				t.Errorf("%s: Tab goes from %s at %v to %s at %v, against the reading order", where, describe(prev), prevAt, describe(o), at)
			}
			prev, prevAt = o, at
		}
		test.FocusNext(c)
	}
	if reached == 0 && !strings.Contains(where, "Work.Reading") && !strings.Contains(where, "SideTab") {
		t.Errorf("%s: Tab reaches nothing in the page", where)
	}
}

// readsAfter reports whether a widget at b comes after one at a of size
// sa in reading order: further down, or in the same row further right.
func readsAfter(a fyne.Position, sa fyne.Size, b fyne.Position) bool {
	const slack = 4
	if b.Y >= a.Y+sa.Height-slack {
		return true // a row further down
	}
	if b.Y < a.Y-slack {
		return false // above
	}
	return b.X > a.X // the same row
}

// contentPos is o's position in the page's content, wherever it scrolled.
func contentPos(page *container.Scroll, o fyne.CanvasObject) fyne.Position {
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(page)).Add(page.Offset)
}

// visibleIn reports whether o lies wholly in the visible part of page,
// also across: a page wider than the window cuts its right side off.
func visibleIn(page *container.Scroll, o fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	at := d.AbsolutePositionForObject(o).Subtract(d.AbsolutePositionForObject(page))
	return at.Y >= 0 && at.Y+fyne.Min(o.Size().Height, page.Size().Height) <= page.Size().Height+0.5 &&
		at.X >= 0 && at.X+o.Size().Width <= page.Size().Width+0.5
}

// describe names a widget by its type and the text it shows.
func describe(o fyne.CanvasObject) string {
	s := uitest.Texts(o)
	if len(s) > 40 {
		s = s[:40]
	}
	return fmt.Sprintf("%T %q", o, s)
}
