package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne 2.7 moves the focus with Tab without scrolling the page, so text
// typed after a Tab could land in a field out of sight. A field of the
// workspace therefore brings itself into view when it gains the focus.

// FocusGained scrolls the workspace page so that the entry is visible.
func (e *Entry) FocusGained() {
	e.Entry.FocusGained()
	if e.s == nil {
		return
	}
	if sc, ok := e.s.Page.(*container.Scroll); ok {
		ShowIn(sc, e)
	}
}

// ShowIn scrolls sc vertically so that obj, which must lie inside sc's
// content, is visible with a little room around it; a part already visible
// does not move.
func ShowIn(sc *container.Scroll, obj fyne.CanvasObject) {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc).Y
	h, view := obj.Size().Height, sc.Size().Height
	if view <= 0 {
		return
	}
	pad := theme.Padding() * 4
	off := sc.Offset
	switch {
	case top < 0 || h+2*pad > view:
		off.Y += top - pad
	case top+h > view:
		off.Y += top + h - view + pad
	default:
		return
	}
	max := sc.Content.MinSize().Height - view
	off.Y = fyne.Max(0, fyne.Min(off.Y, fyne.Max(0, max)))
	sc.ScrollToOffset(off)
}

// PageKey scrolls sc for PageUp, PageDown, Home and End and reports
// whether the key was one of them; the window calls it for keys that no
// focused field takes.
func PageKey(sc *container.Scroll, ev *fyne.KeyEvent) bool {
	if sc == nil {
		return false
	}
	off, view := sc.Offset, sc.Size().Height
	step := fyne.Max(view-3*theme.TextSize(), theme.TextSize())
	switch ev.Name {
	case fyne.KeyPageUp:
		off.Y -= step
	case fyne.KeyPageDown:
		off.Y += step
	case fyne.KeyHome:
		off.Y = 0
	case fyne.KeyEnd:
		off.Y = sc.Content.MinSize().Height
	default:
		return false
	}
	max := fyne.Max(0, sc.Content.MinSize().Height-view)
	off.Y = fyne.Max(0, fyne.Min(off.Y, max))
	sc.ScrollToOffset(off)
	return true
}
