package kit

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A wrapped multi-line entry in Fyne 2.7 scrolls itself and swallows the
// mouse wheel even when its text fits, so a long workspace stopped
// scrolling whenever the pointer rested on a note. Notes therefore grow
// with their text, and a transparent layer over them hands the wheel to
// the page (Session.Page).

// CreateRenderer adds the wheel layer to multi-line entries.
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	if !e.MultiLine || e.s == nil {
		return r
	}
	pass := &wheelPass{s: e.s}
	pass.ExtendBaseWidget(pass)
	return &noteRenderer{WidgetRenderer: r, pass: pass}
}

type noteRenderer struct {
	fyne.WidgetRenderer
	pass *wheelPass
}

func (r *noteRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	return append(append(make([]fyne.CanvasObject, 0, len(objs)+1), objs...), r.pass)
}

func (r *noteRenderer) Layout(size fyne.Size) {
	r.WidgetRenderer.Layout(size)
	r.pass.Move(fyne.NewPos(0, 0))
	r.pass.Resize(size)
}

// wheelPass passes scrolling on to the page; it takes no taps, so clicks
// and text selection still reach the entry below.
type wheelPass struct {
	widget.BaseWidget
	s *Session
}

func (w *wheelPass) Scrolled(ev *fyne.ScrollEvent) {
	if w.s.Page != nil {
		w.s.Page.Scrolled(ev)
	}
}

func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// grow shows as many rows as the text needs (at least three), so the
// note never has to scroll inside itself.
func (e *Entry) grow() {
	width := e.Size().Width
	charW := fyne.MeasureText("n", theme.TextSize(), e.TextStyle).Width
	perLine := 80
	if width > 0 && charW > 0 {
		perLine = max(20, int(width/charW)-4)
	}
	rows := 0
	for _, line := range strings.Split(e.Text, "\n") {
		rows += 1 + len([]rune(line))/perLine
	}
	e.SetMinRowsVisible(max(3, rows))
}
