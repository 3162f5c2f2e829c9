package kit

import (
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7 moves the focus with Tab without scrolling, so text typed after
// a Tab could land in a field out of sight, and a Space on a button below
// the visible part of the page once created a review nobody saw. Fyne
// tells nobody but the widget itself that it gained the focus, and most
// focusable widgets of a workspace are Fyne's own (buttons, checks, the
// items of a radio group, drop-downs), so the window watches its focus
// instead: a FocusFollower looks a few times a second which widget has
// it, scrolls the page that holds it until it is in view, follows the
// caret of a note that grows below the page, and draws the focus ring
// (focusring.go) around it.

// FollowInterval is how often a started FocusFollower looks.
const FollowInterval = 60 * time.Millisecond

// FocusFollower keeps the focused widget of one window in view and ringed.
type FocusFollower struct {
	win   fyne.Window
	pages func() []*container.Scroll

	last  fyne.Focusable
	row   int // the caret row of the last focused note, -1 for other widgets
	ring  *ringLayer
	box   *fyne.Container   // the frame the ring is in
	page  *container.Scroll // the page the focused widget lies in, nil if none
	where fyne.Position     // of the focused widget, absolute
	size  fyne.Size
}

// NewFocusFollower follows the focus of win. pages names the scrolls made
// by NewPage that are shown now (the open workspace); the window's content
// should be a Frame, and a kit.Dialog open on win is followed by itself.
func NewFocusFollower(win fyne.Window, pages func() []*container.Scroll) *FocusFollower {
	if pages == nil {
		pages = func() []*container.Scroll { return nil }
	}
	return &FocusFollower{win: win, pages: pages, row: -1}
}

// Start looks every FollowInterval until stop is called. The headless
// tests call Check instead, where they want it to look.
func (f *FocusFollower) Start() (stop func()) {
	done := make(chan struct{})
	var queued atomic.Bool // a busy window gets one look, not a queue of them
	go func() {
		t := time.NewTicker(FollowInterval)
		defer t.Stop()
		for {
			select {
			case <-done:
				return
			case <-t.C:
				if queued.CompareAndSwap(false, true) {
					fyne.Do(func() { queued.Store(false); f.Check() })
				}
			}
		}
	}()
	var stopped bool
	return func() {
		if !stopped {
			stopped = true
			close(done)
		}
	}
}

// Check looks at the focus once: a widget that newly has it is scrolled
// into view, a note whose caret moved to another row shows that row, and
// the ring is drawn around the focused widget where it now is.
func (f *FocusFollower) Check() {
	c := f.win.Canvas()
	focused := c.Focused()
	obj, _ := focused.(fyne.CanvasObject)
	d := fyne.CurrentApp().Driver()
	if obj == nil || !shown(obj) {
		// Nothing focused, or a widget no longer shown (its tab closed, its
		// workspace rebuilt).
		f.hideRing()
		f.last, f.row = nil, -1
		return
	}
	row := caretRow(focused)
	if focused != f.last {
		f.hideRing()
		f.box, f.ring, f.page = f.frameFor(c, obj)
		if f.page != nil {
			reveal(f.page, obj, row)
		}
	} else if row != f.row && f.page != nil {
		revealCaret(f.page, obj, row)
	}
	f.last, f.row = focused, row
	if f.ring == nil {
		return
	}
	pos := d.AbsolutePositionForObject(obj)
	if pos == f.where && obj.Size() == f.size && f.ring.ring.Visible() {
		return
	}
	f.where, f.size = pos, obj.Size()
	f.ring.place(pos.Subtract(d.AbsolutePositionForObject(f.box)), obj.Size())
}

func (f *FocusFollower) hideRing() {
	if f.ring != nil {
		f.ring.hide()
	}
	f.ring, f.box, f.page = nil, nil, nil
}

// frameFor finds the innermost frame that holds obj: an open dialog's
// form, a page, the window's content.
func (f *FocusFollower) frameFor(c fyne.Canvas, obj fyne.CanvasObject) (*fyne.Container, *ringLayer, *container.Scroll) {
	if c.Overlays().Top() != nil {
		for i := len(openDialogs) - 1; i >= 0; i-- {
			dl := openDialogs[i]
			if dl.win != f.win {
				continue
			}
			if dl.scroll != nil {
				if box, l := frameOf(dl.scroll.Content); box != nil && inside(box, obj) {
					return box, l, dl.scroll
				}
			}
			if box, l := frameOf(dl.frame); box != nil && inside(box, obj) {
				return box, l, nil // a button below the form
			}
		}
		return nil, nil, nil // a dialog of Fyne's own: it marks its focus itself
	}
	for _, sc := range f.pages() {
		if sc == nil {
			continue
		}
		if box, l := frameOf(sc.Content); box != nil && inside(box, obj) {
			return box, l, sc
		}
	}
	if box, l := frameOf(c.Content()); box != nil {
		return box, l, nil
	}
	return nil, nil, nil
}

// inside reports whether obj, which is shown, lies inside box. Fyne has
// no way up the object tree nor into another widget's parts, but it finds
// an object's position by walking the visible tree: with box hidden for
// that one look-up, obj is inside exactly when it is no longer found.
// Nothing is drawn in between: both happen on the event goroutine.
func inside(box *fyne.Container, obj fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	was := box.Hidden
	box.Hidden = true
	pos := d.AbsolutePositionForObject(obj)
	box.Hidden = was
	return pos == d.AbsolutePositionForObject(nowhere)
}

// nowhere is on no canvas: its position is what the driver says for an
// object it does not find.
var nowhere = canvas.NewRectangle(nil)

// shown reports whether obj is in the visible object tree of a window.
func shown(obj fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(obj) != d.AbsolutePositionForObject(nowhere)
}

// caretRow is the caret's row in a multi-line entry, else -1.
func caretRow(f fyne.Focusable) int {
	switch e := f.(type) {
	case *Entry:
		if e.MultiLine {
			return e.CursorRow
		}
	case *widget.Entry:
		if e.MultiLine {
			return e.CursorRow
		}
	}
	return -1
}

// reveal scrolls sc so that obj is in view; of a note taller than the
// view, the caret's row.
func reveal(sc *container.Scroll, obj fyne.CanvasObject, row int) {
	if row >= 0 && obj.Size().Height+4*padding() > sc.Size().Height {
		revealCaret(sc, obj, row)
		return
	}
	ShowIn(sc, obj)
}

// revealCaret scrolls sc so that the caret's row of the note obj, with a
// row above and below, is in view.
func revealCaret(sc *container.Scroll, obj fyne.CanvasObject, row int) {
	if row < 0 {
		return
	}
	line := fyne.MeasureText("M", textSize(), fyne.TextStyle{}).Height
	y := padding() + float32(row-1)*line
	showRange(sc, obj, fyne.Max(0, y), 3*line)
}
