package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
)

// A counselor's laptop has 1366×768 pixels, often at 150 % scaling: 910×512
// points, less the title bar and the task bar. The window opens no larger
// than the screen, the case list can be hidden (Ctrl+L), and a low window
// shows the case header and the timeline in a compact form, so that the
// workspace keeps most of the height.

// compactHeight is the height of the case view below which its header
// and timeline are compact.
const compactHeight = 600

// listBesideCase is the least window width, in points, that shows the case
// list beside any case.
const listBesideCase = 800

// screenReserve is what the title bar and the task bar take of the
// screen's height, in points.
const screenReserve = 80

var shortcutCaseList = &desktop.CustomShortcut{KeyName: fyne.KeyL, Modifier: fyne.KeyModifierShortcutDefault}

// SetScreen tells the window the size of the screen it opens on, in
// pixels (after New, which creates the window Fyne needs before the screen
// can be asked); Show then opens it no larger than the screen.
func (u *UI) SetScreen(width, height int) {
	u.screen = fyne.NewSize(float32(width), float32(height))
}

// fitScreen makes the shown window fit the screen at the window's scale.
func (u *UI) fitScreen() {
	if u.screen.IsZero() {
		return
	}
	want := fyne.NewSize(windowWidth, windowHeight)
	fit := fitSize(want, u.screen, u.win.Canvas().Scale())
	if fit == want {
		return
	}
	// The case list beside a case is too wide for this screen: the case
	// gets the width, the list comes back with Ctrl+L.
	if !u.listHidden && fit.Width < listBesideCase {
		u.onToggleCaseList()
	}
	u.win.Resize(fit)
	u.win.CenterOnScreen()
}

// fitted is want, for a window of its own (the partner directory, the
// Auswertung), made no larger than the screen: at 1366×768 and 150 % a
// window of 640 points is taller than the screen, and the buttons of a
// form in it fell below the screen's edge.
func (u *UI) fitted(want fyne.Size) fyne.Size {
	if u.screen.IsZero() {
		return want
	}
	return fitSize(want, u.screen, u.win.Canvas().Scale())
}

// fitSize is want within a screen of px pixels shown at scale, in points.
func fitSize(want, px fyne.Size, scale float32) fyne.Size {
	if scale <= 0 {
		scale = 1
	}
	room := fyne.NewSize(px.Width/scale-2*theme.Padding(), px.Height/scale-screenReserve)
	return fyne.NewSize(min(want.Width, room.Width), min(want.Height, room.Height))
}

// onToggleCaseList hides or shows the case list; the open case gets the
// whole width.
func (u *UI) onToggleCaseList() {
	u.listHidden = !u.listHidden
	u.showCaseList()
	u.win.SetMainMenu(u.buildMainMenu())
}

func (u *UI) showCaseList() {
	if u.listHidden {
		u.split.Leading.Hide()
	} else {
		u.split.Leading.Show()
	}
	u.split.Refresh()
	u.view.listHidden = u.listHidden
	if u.view.hasCases {
		u.view.noneText.SetText(u.loc.T(u.view.noneSelectedID()))
	}
}

// noneSelectedID says how to open a case: from the list, or how to show it.
func (v *caseView) noneSelectedID() string {
	if v.listHidden {
		return "CaseView.NoneSelectedListHidden"
	}
	return "CaseView.NoneSelected"
}

// caseLayout puts the case header above the workspace and makes the header
// compact when the view is low.
type caseLayout struct{ v *caseView }

func (l caseLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	l.v.setCompact(size.Height < compactHeight)
	header, work := objs[0], objs[1]
	h := header.MinSize().Height + l.gap()
	header.Move(fyne.NewPos(0, 0))
	header.Resize(fyne.NewSize(size.Width, h-l.gap()))
	work.Move(fyne.NewPos(0, h))
	work.Resize(fyne.NewSize(size.Width, max(0, size.Height-h)))
}

func (l caseLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	header, work := objs[0].MinSize(), objs[1].MinSize()
	return fyne.NewSize(max(header.Width, work.Width), header.Height+l.gap()+work.Height)
}

// gap is the space between header and workspace; none in a low window.
func (l caseLayout) gap() float32 {
	if l.v.compact {
		return 0
	}
	return theme.Padding()
}

// setCompact shows the header in one line and the timeline without dates,
// or in full.
func (v *caseView) setCompact(compact bool) {
	if compact == v.compact {
		return
	}
	v.compact = compact
	v.meta.Hidden = compact
	v.timeline.setCompact(compact)
	if v.sess != nil {
		v.sess.SetCompact(compact)
	}
}
