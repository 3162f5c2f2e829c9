package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

func padding() float32  { return theme.Padding() }
func textSize() float32 { return theme.TextSize() }

// ShowIn scrolls sc vertically so that obj, which must lie inside sc's
// content, is visible with a little room around it; a part already visible
// does not move.
func ShowIn(sc *container.Scroll, obj fyne.CanvasObject) {
	showRange(sc, obj, 0, obj.Size().Height)
}

// showRange scrolls sc so that the part of obj from y to y+h (relative to
// obj) is visible; a part already visible does not move.
func showRange(sc *container.Scroll, obj fyne.CanvasObject, y, h float32) {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc).Y + y
	view := sc.Size().Height
	if view <= 0 {
		return
	}
	pad := padding() * 4
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
