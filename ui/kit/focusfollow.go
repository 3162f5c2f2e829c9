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
	// Moved, if set, runs after another widget took the focus, once it is
	// scrolled into view: what floats over the window (the "Gespeichert"
	// notice) moves out of its way.
	Moved func()

	last  fyne.Focusable
	row   int // the caret row of the last focused note, -1 for other widgets
	ring  *ringLayer
	box   *fyne.Container   // the frame the ring is in
	page  *container.Scroll // the page the focused widget lies in, nil if none
	where fyne.Position     // of the focused widget, absolute
	size  fyne.Size
	// spot is where in its page's content the last focused widget of a
	// page was; restored the stale widget the focus was last moved from.
	spot     *fyne.Position
	restored fyne.Focusable
	// wantFirst: the first widget of the page is to get the focus once
	// it is shown (FocusPage).
	wantFirst bool
	// seen is what the last full look saw; a look that finds the same
	// returns after one search for the focused widget (quiet).
	seen  glance
	quiet int           // looks in a row that returned early
	none  fyne.Position // what the driver says for an object it does not find
}

// glance is what a look compares to tell that nothing it scrolls or
// draws for can have changed: the same widget focused, with the caret in
// the same row, of the same size and at the same place in the window,
// under the same dialog. Its place takes one search of the window for the
// widget, which a look needs anyway to see that the widget is still shown
// (a page rebuilt under the focus); the rest of a full look — the frame,
// the page, the place in the page, the ring — is skipped.
type glance struct {
	focused fyne.Focusable
	row     int
	at      fyne.Position // absolute
	size    fyne.Size
	top     fyne.CanvasObject
}

// fullLookEvery bounds the looks in a row that return early, for what a
// glance does not see (a frame that moved under a widget that did not).
const fullLookEvery = 8

// FocusPage puts the focus on the first widget of the page shown — a
// workspace opened by its shortcut, a case just created — now if the page
// is laid out, else as soon as it is.
func (f *FocusFollower) FocusPage() {
	f.wantFirst = true
	f.Check()
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
	if f.wantFirst && c.Overlays().Top() == nil {
		for _, sc := range f.pages() {
			if sc != nil && FocusFirstIn(c, sc) {
				f.wantFirst = false
				break
			}
		}
	}
	focused := c.Focused()
	obj, _ := focused.(fyne.CanvasObject)
	now := f.glance(c, focused, obj)
	if !f.wantFirst && obj != nil && now == f.seen && now.at != f.none && f.quiet < fullLookEvery &&
		f.ring != nil && f.ring.ring.Visible() {
		// Typing in one field, or nothing at all: nothing to scroll or
		// to draw. This is what the window pays every FollowInterval.
		// Without a ring drawn (a dialog just opening, not laid out yet)
		// every look is a full one until it is.
		f.quiet++
		return
	}
	f.quiet = 0
	f.none = fyne.CurrentApp().Driver().AbsolutePositionForObject(nowhere)
	defer func() { f.seen = f.glance(c, c.Focused(), f.focusedObject(c)) }()
	d := fyne.CurrentApp().Driver()
	if obj != nil && !shown(obj) && c.Overlays().Top() == nil && focused != f.restored {
		// The page was rebuilt under the focus (an entry added or removed,
		// a step taken): Tab would start again at the top of the window.
		// The focus goes to the widget now where the old one was.
		f.restored = focused
		if f.refocus(c) {
			focused = c.Focused()
			obj, _ = focused.(fyne.CanvasObject)
		}
	}
	if obj == nil || !shown(obj) {
		// Nothing focused, or a widget no longer shown (its tab closed).
		f.hideRing()
		f.last, f.row = nil, -1
		return
	}
	row := caretRow(focused)
	if focused != f.last && f.Moved != nil {
		defer f.Moved()
	}
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
	switch {
	case c.Overlays().Top() != nil:
		// A dialog's own scrolling form is no place on the workspace's
		// page: the page's spot is kept for when the dialog has closed
		// (its save may have rebuilt the page).
	case f.page != nil:
		at := contentPos(f.page, obj)
		f.spot = &at
	default:
		f.spot = nil
	}
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

// glance is what Check compares between looks (see glance).
func (f *FocusFollower) glance(c fyne.Canvas, focused fyne.Focusable, obj fyne.CanvasObject) glance {
	g := glance{focused: focused, row: caretRow(focused), top: c.Overlays().Top()}
	if obj != nil {
		g.at, g.size = fyne.CurrentApp().Driver().AbsolutePositionForObject(obj), obj.Size()
	}
	return g
}

func (f *FocusFollower) focusedObject(c fyne.Canvas) fyne.CanvasObject {
	obj, _ := c.Focused().(fyne.CanvasObject)
	return obj
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
	if !shown(obj) {
		return false // not drawn yet: the driver knows no position of it at all
	}
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

// contentPos is obj's position in the content of page, wherever it is
// scrolled to.
func contentPos(page *container.Scroll, obj fyne.CanvasObject) fyne.Position {
	d := fyne.CurrentApp().Driver()
	return d.AbsolutePositionForObject(obj).Subtract(d.AbsolutePositionForObject(page)).Add(page.Offset)
}

// refocus focuses the first widget of the page shown that is at or after
// the spot of the widget focused before the page was rebuilt, else the
// last one before it; without a spot (the focus was on the transition
// bar) the page's first. It reports whether it found one.
func (f *FocusFollower) refocus(c fyne.Canvas) bool {
	for _, sc := range f.pages() {
		box, _ := frameOf(sc.Content)
		if sc == nil || box == nil || !shown(box) {
			continue
		}
		var before fyne.Focusable
		found := eachFocusable(c, box, func(w fyne.Focusable) bool {
			if f.spot == nil {
				return true // from outside the page (a step of the bar): its first field
			}
			p := contentPos(sc, w.(fyne.CanvasObject))
			if p.Y > f.spot.Y || p.Y >= f.spot.Y-1 && p.X >= f.spot.X-1 {
				return true
			}
			before = w
			return false
		})
		switch {
		case found != nil:
			c.Focus(found)
		case before != nil:
			c.Focus(before)
		default:
			return false
		}
		return true
	}
	return false
}

// FocusFirstIn moves the focus to the first widget Tab reaches inside the
// page sc (a workspace just opened by its shortcut) and reports whether
// there was one.
func FocusFirstIn(c fyne.Canvas, sc *container.Scroll) bool {
	box, _ := frameOf(sc.Content)
	if box == nil || !shown(box) {
		return false // not drawn yet
	}
	w := eachFocusable(c, box, func(fyne.Focusable) bool { return true })
	if w == nil {
		c.Unfocus()
		return false
	}
	c.Focus(w)
	return true
}

// eachFocusable goes through the widgets inside box in Tab order until
// stop says so, and returns that widget (nil: none). Fyne gives no list of
// them but its own Tab: the focus moves through the window once; the
// caller focuses what it wants afterwards.
func eachFocusable(c fyne.Canvas, box *fyne.Container, stop func(fyne.Focusable) bool) fyne.Focusable {
	c.Unfocus()
	var first fyne.Focusable
	for i := 0; i < 5000; i++ {
		c.FocusNext()
		w := c.Focused()
		if w == nil || w == first {
			break
		}
		if first == nil {
			first = w
		}
		if o, ok := w.(fyne.CanvasObject); ok && inside(box, o) && stop(w) {
			return w
		}
	}
	return nil
}
