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
// the page (Session.Page). A single-line entry swallows the wheel too (its
// text scrolls sideways inside it), so it gets the same layer: in a form
// of entries the page then scrolls wherever the pointer is.

// CreateRenderer adds the wheel layer and, to every bound entry, the line that tells what is wrong with its text or that it
// is shown cut (Entry.line, see bind.go).
func (e *Entry) CreateRenderer() fyne.WidgetRenderer {
	r := e.Entry.CreateRenderer()
	if e.s == nil {
		return r
	}
	nr := &noteRenderer{WidgetRenderer: r, e: e}
	e.rend = nr
	nr.pass = &wheelPass{s: e.s}
	nr.pass.ExtendBaseWidget(nr.pass)
	return nr
}

type noteRenderer struct {
	fyne.WidgetRenderer
	e    *Entry
	pass *wheelPass
}

func (r *noteRenderer) Objects() []fyne.CanvasObject {
	objs := r.WidgetRenderer.Objects()
	out := append(make([]fyne.CanvasObject, 0, len(objs)+2), objs...)
	if r.pass != nil {
		out = append(out, r.pass)
	}
	if r.e.line != nil {
		out = append(out, r.e.line)
	}
	return out
}

// lineHeight is the height the line takes, with the gap to the entry;
// Entry.MinSize adds it.
func (e *Entry) lineHeight() float32 {
	if e.line == nil || !e.line.Visible() {
		return 0
	}
	return e.line.MinSize().Height + e.Theme().Size(theme.SizeNamePadding)
}

func (r *noteRenderer) Layout(size fyne.Size) {
	box := size
	if h := r.e.lineHeight(); h > 0 {
		box.Height = fyne.Max(0, size.Height-h)
		r.e.line.Move(fyne.NewPos(0, box.Height+r.e.Theme().Size(theme.SizeNamePadding)))
		r.e.line.Resize(fyne.NewSize(size.Width, h-r.e.Theme().Size(theme.SizeNamePadding)))
	}
	r.WidgetRenderer.Layout(box)
	if r.pass != nil {
		r.pass.Move(fyne.NewPos(0, 0))
		r.pass.Resize(box)
	}
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
func (e *Entry) grow() { e.growFor(e.Text) }

// growFor sets the rows for text before it is in the entry, which then
// lays the text out only once.
func (e *Entry) growFor(text string) {
	width := e.Size().Width
	charW := fyne.MeasureText("n", theme.TextSize(), e.TextStyle).Width
	perLine := 80
	if width > 0 && charW > 0 {
		perLine = max(20, int(width/charW)-4)
	}
	rows := 0
	for _, line := range strings.Split(text, "\n") {
		rows += 1 + len([]rune(line))/perLine
	}
	e.SetMinRowsVisible(max(3, rows))
}
