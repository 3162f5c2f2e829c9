package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// KeyList is Fyne's list that passes on the keys it does not use, as
// KeyCheck does — Fyne's list keeps every key, so Escape on a focused list
// of a dialog closed nothing — and moves as far per notch of the wheel as
// a page.
type KeyList struct {
	widget.List
}

// NewList makes a KeyList; the arguments are widget.NewList's.
func NewList(length func() int, create func() fyne.CanvasObject, update func(widget.ListItemID, fyne.CanvasObject)) *KeyList {
	l := &KeyList{}
	l.Length, l.CreateItem, l.UpdateItem = length, create, update
	l.ExtendBaseWidget(l)
	return l
}

// Unwrap is Fyne's list inside, for tests that look for one.
func (l *KeyList) Unwrap() fyne.CanvasObject { return &l.List }

// TypedKey keeps the arrow keys (they move through the list) and Space
// (it chooses the item) and passes the others on.
func (l *KeyList) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp, fyne.KeyDown, fyne.KeySpace:
		l.List.TypedKey(ev)
	default:
		PassKey(l, ev)
	}
}

// FocusTop moves the list's keyboard mark to its first item, after its
// items changed under it (Fyne keeps the mark's number, which may lie
// beyond the new end).
func (l *KeyList) FocusTop(before int) {
	for range before {
		l.List.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	}
	l.ScrollToTop()
}

// CreateRenderer is Fyne's list with a layer over it that takes the
// wheel: Fyne's list moved 25 units (two thirds of a row) per notch while
// a page moves three lines (WheelStep); the list now moves as a page
// does. The layer takes no taps, so the rows below still get them.
func (l *KeyList) CreateRenderer() fyne.WidgetRenderer {
	r := l.List.CreateRenderer()
	var inner fyne.Scrollable
	for _, o := range r.Objects() {
		if s, ok := o.(fyne.Scrollable); ok {
			inner = s
		}
	}
	if inner == nil {
		return r
	}
	layer := &listWheel{inner: inner}
	layer.ExtendBaseWidget(layer)
	return &listRenderer{WidgetRenderer: r, layer: layer}
}

type listRenderer struct {
	fyne.WidgetRenderer
	layer *listWheel
}

func (r *listRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.layer.Resize(size)
}

func (r *listRenderer) Objects() []fyne.CanvasObject {
	return append(r.WidgetRenderer.Objects(), r.layer)
}

// listWheel hands the wheel to the list's own scroll, made as fast as a
// page's.
type listWheel struct {
	widget.BaseWidget
	inner fyne.Scrollable
}

func (w *listWheel) Scrolled(ev *fyne.ScrollEvent) { scrollPage(w.inner, ev) }

func (w *listWheel) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}
