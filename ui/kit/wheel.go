package kit

import (
	"image/color"
	"strings"
	"unicode/utf8"

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
		scrollPage(w.s.Page, ev)
	}
}

func (w *wheelPass) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(canvas.NewRectangle(color.Transparent))
}

// grow shows as many rows as the text needs (at least three), so the
// note never has to scroll inside itself.
func (e *Entry) grow() { e.growFor(e.Text) }

// A note's rows are kept here rather than in Fyne's SetMinRowsVisible: that
// lays the whole text out again at once, and before the note has its width
// it lays it out at the width of a few characters — thousands of rows, each
// converting the whole text (Fyne 2.7's text renderer copies the text once
// per row). Opening a workspace of ten long notes took seconds. MinSize adds
// the rows beyond Fyne's three; the text is laid out once, when the note
// gets its size, and while typing only by the entry itself.

// SetMinRowsVisible sets the least number of rows the note shows, however
// short its text.
func (e *Entry) SetMinRowsVisible(n int) {
	e.minRows = n
	if e.MultiLine {
		e.growFor(e.Text)
	}
}

// growFor sets the rows for text before it is in the entry.
func (e *Entry) growFor(text string) {
	width := e.Size().Width
	charW := fyne.MeasureText("n", theme.TextSize(), e.TextStyle).Width
	perLine := 80
	if width > 0 && charW > 0 {
		perLine = max(20, int(width/charW)-4)
	}
	rows := 0
	for line := range strings.SplitSeq(text, "\n") {
		rows += 1 + utf8.RuneCountInString(line)/perLine
	}
	least := defaultRows
	if e.minRows > 0 {
		least = e.minRows
	}
	if rows = max(least, rows); rows != e.rows {
		e.rows = rows
		// A shown note's parent lays it out again around the new height
		// on the next frame; a typed character refreshes the entry anyway.
		canvas.Refresh(e)
	}
}

// defaultRows is how many rows a Fyne multi-line entry shows.
const defaultRows = 3

// rowsHeight is the height the rows beyond Fyne's three add.
func (e *Entry) rowsHeight() float32 {
	if !e.MultiLine || e.rows == defaultRows || e.rows == 0 {
		return 0
	}
	th := e.Theme()
	return float32(e.rows-defaultRows) * fyne.MeasureText("M", th.Size(theme.SizeNameText), e.TextStyle).Height
}
