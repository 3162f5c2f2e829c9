package kit

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7 has no tooltips, and a pop-up cannot serve as one: while any
// overlay is shown the window gives the pointer to it alone, so the row
// under the pointer would lose it and the tip would flicker. The tip is
// therefore drawn in a layer of the window's own content, above
// everything else; it takes no pointer events, so what lies below stays
// hoverable and clickable.

// tipWidth is the widest a tip gets before its text wraps.
const tipWidth = 420

// tipLayers are the tip layers by window canvas (TipLayer).
var tipLayers = map[fyne.Canvas]*tipLayer{}

type tipLayer struct {
	box  *fyne.Container // the layer, without a layout: the tip is placed
	tip  *fyne.Container // background and text
	bg   *canvas.Rectangle
	text *widget.Label
}

// TipLayer puts content of win under a layer in which ShowTip draws; the
// caller sets the result as the window's content.
func TipLayer(win fyne.Window, content fyne.CanvasObject) fyne.CanvasObject {
	l := &tipLayer{text: &widget.Label{Wrapping: fyne.TextWrapWord}, bg: canvas.NewRectangle(color.Transparent)}
	l.bg.StrokeWidth = 1
	l.tip = container.NewStack(l.bg, l.text)
	l.tip.Hide()
	l.box = container.NewWithoutLayout(l.tip)
	tipLayers[win.Canvas()] = l
	return container.NewStack(content, l.box)
}

// ShowTip shows text in a small box below the pointer at (canvas
// position) at, over obj; HideTip takes it away. Without a tip layer in
// obj's window nothing is shown.
func ShowTip(obj fyne.CanvasObject, text string, at fyne.Position) {
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	l := tipLayers[c]
	if l == nil || text == "" {
		return
	}
	// The colours of the theme in use now: it may have been switched.
	l.bg.FillColor = theme.Color(theme.ColorNameOverlayBackground)
	l.bg.StrokeColor = theme.Color(theme.ColorNameForeground)
	l.bg.CornerRadius = theme.InputRadiusSize()
	l.text.SetText(text)
	pad := theme.Padding()
	one := fyne.MeasureText(text, theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.InnerPadding()
	w := fyne.Min(one, tipWidth)
	size := fyne.NewSize(w, tipHeight(text, w))
	// at is on the canvas; the layer may lie lower (under the main menu).
	at = at.Subtract(fyne.CurrentApp().Driver().AbsolutePositionForObject(l.box))
	canvasSize := l.box.Size()
	x := fyne.Max(pad, fyne.Min(at.X, canvasSize.Width-size.Width-pad))
	// Below the pointer in the upper half of the window, above it in the
	// lower half, so the tip is not cut at the window's edge.
	y := at.Y + 2*theme.TextSize()
	if at.Y > canvasSize.Height/2 {
		y = fyne.Max(pad, at.Y-size.Height-theme.TextSize())
	}
	l.tip.Move(fyne.NewPos(x, y))
	l.tip.Resize(size)
	l.tip.Show()
	l.box.Refresh()
}

// HideTip takes the tip of obj's window away.
func HideTip(obj fyne.CanvasObject) {
	if l := tipLayers[fyne.CurrentApp().Driver().CanvasForObject(obj)]; l != nil && l.tip.Visible() {
		l.tip.Hide()
		l.box.Refresh()
	}
}

// TipShown is the text of the tip shown in win, "" when none is.
func TipShown(win fyne.Window) string {
	if l := tipLayers[win.Canvas()]; l != nil && l.tip.Visible() {
		return l.text.Text
	}
	return ""
}

// Cut reports whether l, a label that cuts its text with "…", shows only
// part of it at its present size.
func Cut(l *widget.Label) bool {
	if l.Truncation == fyne.TextTruncateOff || l.Text == "" {
		return false
	}
	size := l.Theme().Size(theme.SizeNameText)
	if l.SizeName != "" {
		size = l.Theme().Size(l.SizeName)
	}
	need := fyne.MeasureText(l.Text, size, l.TextStyle).Width + 2*l.Theme().Size(theme.SizeNameInnerPadding)
	return need > l.Size().Width+0.5
}

// WithTip lays a layer over obj's top strip of height h (0: the whole of
// obj) that shows whole() while the pointer rests there, when it differs
// from what is shown — an accordion's header cut with Short. The layer
// takes no taps: a click still reaches obj.
func WithTip(obj fyne.CanvasObject, h float32, whole func() (text string, cut bool)) fyne.CanvasObject {
	t := &tipArea{whole: whole}
	t.ExtendBaseWidget(t)
	return container.New(&stripLayout{h: h}, obj, t)
}

type tipArea struct {
	widget.BaseWidget
	whole func() (string, bool)
}

func (t *tipArea) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

func (t *tipArea) MouseIn(ev *desktop.MouseEvent) {
	if text, cut := t.whole(); cut {
		ShowTip(t, text, ev.AbsolutePosition)
	}
}

func (t *tipArea) MouseMoved(*desktop.MouseEvent) {}

func (t *tipArea) MouseOut() { HideTip(t) }

// stripLayout gives the first object all the room and lays the second
// over its top strip of height h (all of it when h is 0).
type stripLayout struct{ h float32 }

func (s *stripLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
	h := s.h
	if h <= 0 || h > size.Height {
		h = size.Height
	}
	objs[1].Move(fyne.NewPos(0, 0))
	objs[1].Resize(fyne.NewSize(size.Width, h))
}

func (s *stripLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return objs[0].MinSize() }

// HeaderHeight is the height of an accordion item's header (a button
// with an icon, as Fyne draws it): the strip WithTip covers.
func HeaderHeight() float32 {
	return NewButton("Ag", theme.MenuDropDownIcon(), nil).MinSize().Height
}

// tipHeight is the height text needs wrapped at width w: a label's own
// minimum is known only after it was laid out.
func tipHeight(text string, w float32) float32 {
	inner := theme.InnerPadding()
	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height + theme.LineSpacing()
	rows := 0
	for _, par := range strings.Split(text, "\n") {
		width := fyne.MeasureText(par, theme.TextSize(), fyne.TextStyle{}).Width
		// A row partly filled counts whole.
		rows += 1 + int(width/(w-2*inner))
	}
	return float32(rows)*line + 2*inner
}

// CutLabel is a one-line label that cuts a text too long for its place
// with "…" and shows the whole text in a tip while the pointer rests on
// it. (Where the label lies in a row that reacts to the pointer itself,
// the row shows the tip instead: the label would take the pointer from it.)
type CutLabel struct {
	widget.Label
}

// NewCutLabel makes a CutLabel showing text.
func NewCutLabel(text string) *CutLabel {
	l := &CutLabel{}
	l.Text = text
	l.Truncation = fyne.TextTruncateEllipsis
	l.ExtendBaseWidget(l)
	return l
}

// MouseIn shows the whole text when the label cuts it.
func (l *CutLabel) MouseIn(ev *desktop.MouseEvent) {
	if Cut(&l.Label) {
		ShowTip(l, l.Text, ev.AbsolutePosition)
	}
}

// MouseMoved is needed for desktop.Hoverable.
func (l *CutLabel) MouseMoved(*desktop.MouseEvent) {}

// MouseOut takes the tip away.
func (l *CutLabel) MouseOut() { HideTip(l) }
