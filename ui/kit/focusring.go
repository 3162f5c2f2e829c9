package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// Fyne 2.7 marks a focused button, check, radio or drop-down only with a
// faint tint (its focus colour is the primary blue at 16 % opacity, about
// 1.2:1 against the page), and our own widgets marked it in their own
// ways. A frame draws one ring around whatever is focused inside it, in
// the primary colour, which has at least 3:1 against the page in both
// themes (TestFocusRingContrast): the FocusFollower puts it there.

// ringWidth is the ring's stroke; ringGap its distance from the widget.
const (
	ringWidth = 2
	ringGap   = 2
)

// ringLayer lays the ring out where the follower placed it; it adds
// nothing to the frame's size and takes no input, so clicks and the wheel
// reach the widgets below.
type ringLayer struct {
	ring *canvas.Rectangle
	pos  fyne.Position
	size fyne.Size
}

func (l *ringLayer) Layout([]fyne.CanvasObject, fyne.Size) {
	l.ring.Move(l.pos)
	l.ring.Resize(l.size)
}

func (l *ringLayer) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.Size{} }

// place draws the ring around a widget at pos (relative to the frame)
// of the given size.
func (l *ringLayer) place(pos fyne.Position, size fyne.Size) {
	out := float32(ringGap + ringWidth/2)
	l.pos = pos.SubtractXY(out, out)
	l.size = size.AddWidthHeight(2*out, 2*out)
	l.ring.StrokeColor = RingColor()
	l.ring.CornerRadius = theme.InputRadiusSize() + out
	l.ring.Move(l.pos)
	l.ring.Resize(l.size)
	if !l.ring.Visible() {
		l.ring.Show()
	}
	l.ring.Refresh()
}

func (l *ringLayer) hide() {
	if l.ring.Visible() {
		l.ring.Hide()
	}
}

// RingColor is the colour of the focus ring.
func RingColor() color.Color {
	return fyne.CurrentApp().Settings().Theme().Color(theme.ColorNamePrimary, Variant())
}

// Frame wraps content so that a FocusFollower draws the focus ring on it
// and knows which widgets lie inside: a window's content, a workspace
// page (NewPage), a dialog's form.
func Frame(content fyne.CanvasObject) *fyne.Container {
	ring := &canvas.Rectangle{FillColor: color.Transparent, StrokeWidth: ringWidth}
	ring.Hide()
	layer := &fyne.Container{Layout: &ringLayer{ring: ring}, Objects: []fyne.CanvasObject{ring}}
	return container.NewStack(content, layer)
}

// frameOf is o's ring layer when o was made by Frame.
func frameOf(o fyne.CanvasObject) (*fyne.Container, *ringLayer) {
	box, ok := o.(*fyne.Container)
	if !ok || len(box.Objects) != 2 {
		return nil, nil
	}
	layer, ok := box.Objects[1].(*fyne.Container)
	if !ok {
		return nil, nil
	}
	l, ok := layer.Layout.(*ringLayer)
	if !ok {
		return nil, nil
	}
	return box, l
}

// NewPage is the vertical scroll of a workspace or any long form: a
// FocusFollower given it keeps the focused widget inside in view and
// draws its ring, and the wheel moves it three lines a notch
// (pagewheel.go).
func NewPage(content fyne.CanvasObject) *container.Scroll {
	wheel := newPageWheel(content)
	sc := container.NewVScroll(Frame(wheel))
	wheel.page = sc
	return sc
}

// PageContent is what NewPage was given.
func PageContent(sc *container.Scroll) fyne.CanvasObject {
	box, _ := frameOf(sc.Content)
	if box == nil {
		return sc.Content
	}
	if w, ok := box.Objects[0].(*pageWheel); ok {
		return w.content
	}
	return box.Objects[0]
}
