package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// KeyList is Fyne's list that passes on the keys it does not use, as
// KeyCheck does: Fyne's list keeps every key, so Escape on a focused list
// of a dialog closed nothing and PageDown scrolled nothing.
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
