package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// The notice of the document saved last ("Gespeichert: …" with Öffnen and
// Ordner zeigen, kit.ShowSaved) floats over the bottom of the window's
// content, right above the transition bar when one shows. It had a row of
// its own under the content, and the transition bar jumped up when it
// appeared and down when it went: a click meant for a step landed
// elsewhere. Floating, it moves nothing; it covers the bottom of the page,
// which scrolls, until it is closed or replaced.

// savedNoticeWidth is the widest the notice gets, in points.
const savedNoticeWidth = 640

// savedNoticeShare is the most of the view's width the notice takes
// beyond what its buttons need: on a small screen (1280×720 at 200 %) it
// spanned the whole page.
const savedNoticeShare = 0.75

// savedLayer is the layer over the window's content that holds the notice
// (at most one object). above is how far from the layer's top the notice
// must end, at most the layer's height; focus is where the focused widget
// lies in the layer, top to bottom, ok false when nothing is focused.
type savedLayer struct {
	above func(layer fyne.CanvasObject, height float32) float32
	focus func(layer fyne.CanvasObject) (top, bottom float32, ok bool)
	layer fyne.CanvasObject
}

// Layout puts the notice in the bottom right corner, or in the top right
// one when the field being edited lies where it would be.
func (l *savedLayer) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	bottom := size.Height
	if l.above != nil && l.layer != nil {
		bottom = min(size.Height, l.above(l.layer, size.Height))
	}
	pad := theme.Padding()
	for _, o := range objs {
		m := o.MinSize()
		w := min(max(m.Width, min(savedNoticeWidth, size.Width*savedNoticeShare)), size.Width-2*pad)
		y := max(0, bottom-m.Height-pad)
		if l.focus != nil && l.layer != nil {
			if top, end, ok := l.focus(l.layer); ok && top < y+m.Height && end > y {
				y = pad
			}
		}
		o.Resize(fyne.NewSize(w, m.Height))
		o.Move(fyne.NewPos(size.Width-w-pad, y))
	}
}

// MinSize is nothing: the notice floats, it neither widens nor heightens
// the window.
func (l *savedLayer) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// newSavedLayer is the empty layer; above says where the notice ends,
// focus where the focused widget is.
func newSavedLayer(above func(layer fyne.CanvasObject, height float32) float32, focus func(layer fyne.CanvasObject) (top, bottom float32, ok bool)) *fyne.Container {
	l := &savedLayer{above: above, focus: focus}
	c := container.New(l)
	l.layer = c
	return c
}

// noticeBox draws a notice as a card of its own over the page: the
// overlay background with a border, in the colours of the current theme.
type noticeBox struct {
	widget.BaseWidget
	content fyne.CanvasObject
}

func newNoticeBox(content fyne.CanvasObject) *noticeBox {
	b := &noticeBox{content: content}
	b.ExtendBaseWidget(b)
	return b
}

func (b *noticeBox) CreateRenderer() fyne.WidgetRenderer {
	bg := &canvas.Rectangle{StrokeWidth: 1, CornerRadius: theme.InputRadiusSize()}
	r := &noticeRenderer{b: b, bg: bg, box: container.NewStack(bg, container.NewPadded(b.content))}
	r.Refresh()
	return r
}

type noticeRenderer struct {
	b   *noticeBox
	bg  *canvas.Rectangle
	box *fyne.Container
}

func (r *noticeRenderer) Layout(size fyne.Size)        { r.box.Resize(size) }
func (r *noticeRenderer) MinSize() fyne.Size           { return r.box.MinSize() }
func (r *noticeRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box} }
func (r *noticeRenderer) Destroy()                     {}

func (r *noticeRenderer) Refresh() {
	th := r.b.Theme()
	v := kit.Variant()
	r.bg.FillColor = th.Color(theme.ColorNameOverlayBackground, v)
	r.bg.StrokeColor = th.Color(theme.ColorNameInputBorder, v)
	r.bg.Refresh()
	r.box.Refresh()
}

// noticeAbove is where the notice ends in layer: above the transition bar
// of the open case's workspace when it shows, else at the layer's bottom.
func (u *UI) noticeAbove(layer fyne.CanvasObject, height float32) float32 {
	bar := u.view.shownBar()
	if bar == nil {
		return height
	}
	d := fyne.CurrentApp().Driver()
	y := d.AbsolutePositionForObject(bar).Y - d.AbsolutePositionForObject(layer).Y
	if y <= 0 || y > height {
		return height
	}
	return y
}

// focusedIn is where the focused widget of the window lies in layer, top
// to bottom; ok is false when nothing is focused or a dialog is open.
func (u *UI) focusedIn(layer fyne.CanvasObject) (top, bottom float32, ok bool) {
	c := u.win.Canvas()
	obj, isObj := c.Focused().(fyne.CanvasObject)
	if !isObj || c.Overlays().Top() != nil {
		return 0, 0, false
	}
	d := fyne.CurrentApp().Driver()
	top = d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(layer).Y
	return top, top + obj.Size().Height, true
}

// placeNotice lays the notice out again after the open case, its tab or
// its phase changed, or the focus moved, so it keeps clear of the
// transition bar and of the field being edited.
func (u *UI) placeNotice() {
	if u.saved != nil && len(u.saved.Objects) > 0 {
		u.saved.Refresh()
	}
}
