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
	switch {
	case top < 0 || h+2*pad > view:
		scrollToY(sc, sc.Offset.Y+top-pad)
	case top+h > view:
		scrollToY(sc, sc.Offset.Y+top+h-view+pad)
	}
}

// scrollToY scrolls sc to y, kept within the content.
func scrollToY(sc *container.Scroll, y float32) {
	bottom := fyne.Max(0, sc.Content.MinSize().Height-sc.Size().Height)
	sc.ScrollToOffset(fyne.NewPos(sc.Offset.X, fyne.Max(0, fyne.Min(y, bottom))))
}

// PageKey scrolls sc for PageUp, PageDown, Home and End and reports
// whether the key was one of them; the window calls it for keys that no
// focused field takes.
func PageKey(sc *container.Scroll, ev *fyne.KeyEvent) bool {
	if sc == nil {
		return false
	}
	y := sc.Offset.Y
	step := fyne.Max(sc.Size().Height-3*theme.TextSize(), theme.TextSize())
	switch ev.Name {
	case fyne.KeyPageUp:
		y -= step
	case fyne.KeyPageDown:
		y += step
	case fyne.KeyHome:
		y = 0
	case fyne.KeyEnd:
		y = sc.Content.MinSize().Height
	default:
		return false
	}
	scrollToY(sc, y)
	return true
}
