package kit_test

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// notch is the delta Fyne's desktop driver reports for one notch of the
// wheel turned towards the user (internal/driver/glfw/scroll_speed_default.go).
const notch = -25

// One notch of the mouse wheel moves a page three lines of text, as
// desktop programs do, not Fyne's two thirds of a row; a plain multi-line
// entry under the pointer still scrolls itself; a note hands the wheel to
// the page at the page's speed.
func TestOneNotchMovesAPageThreeLines(t *testing.T) {
	s, _ := openSession(t)
	plain := widget.NewMultiLineEntry()
	plain.SetText(strings.Repeat("eine Zeile\n", 40))
	note := s.Note(&s.Case.Intake.Referral.Notes)
	box := container.NewVBox()
	for range 10 {
		box.Add(widget.NewLabel("Zeile"))
	}
	box.Add(plain)
	box.Add(note)
	for range 60 {
		box.Add(widget.NewLabel("Zeile"))
	}
	page := kit.NewPage(box)
	s.Page = page
	w := test.NewTempWindow(t, page)
	w.Resize(fyne.NewSize(400, 400))
	c := w.Canvas()

	line := fyne.MeasureText("Ag", theme.TextSize(), fyne.TextStyle{}).Height
	if step := kit.WheelStep(); step < 2.5*line || step > 4*line {
		t.Fatalf("a notch is %.0f units, %.1f lines of text (want about three)", step, step/line)
	}

	// Over the empty right part of a label's row: nothing there takes the wheel itself.
	test.Scroll(c, fyne.NewPos(390, 10), 0, notch)
	if got := page.Offset.Y; got != kit.WheelStep() {
		t.Errorf("one notch moved the page by %.1f, want %.1f (three lines)", got, kit.WheelStep())
	}
	test.Scroll(c, fyne.NewPos(390, 10), 0, -notch)
	if page.Offset.Y != 0 {
		t.Errorf("a notch back left the page at %.1f", page.Offset.Y)
	}

	// Over the plain multi-line entry: its own text moves, the page does not.
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(plain).AddXY(plain.Size().Width/2, plain.Size().Height/2)
	test.Scroll(c, at, 0, notch)
	if page.Offset.Y != 0 {
		t.Errorf("the wheel over a multi-line entry moved the page to %.1f", page.Offset.Y)
	}
	if inner := innerScroll(plain); inner == nil || inner.Offset.Y == 0 {
		t.Error("the wheel over a multi-line entry did not scroll its text")
	}

	// Over a note: the page moves, as far as elsewhere.
	page.ScrollToOffset(fyne.NewPos(0, 0))
	at = fyne.CurrentApp().Driver().AbsolutePositionForObject(note).AddXY(note.Size().Width/2, 5)
	test.Scroll(c, at, 0, notch)
	if got := page.Offset.Y; got != kit.WheelStep() {
		t.Errorf("one notch over a note moved the page by %.1f, want %.1f", got, kit.WheelStep())
	}
}

// On a low page one notch keeps two lines of what was seen in view: it
// never jumps past what the reader was looking at.
func TestANotchKeepsPartOfALowPageInView(t *testing.T) {
	test.NewTempApp(t)
	box := container.NewVBox()
	for range 60 {
		box.Add(widget.NewLabel("Zeile"))
	}
	page := kit.NewPage(box)
	w := test.NewTempWindow(t, page)
	w.Resize(fyne.NewSize(300, 100))
	test.Scroll(w.Canvas(), fyne.NewPos(290, 10), 0, notch)
	line := kit.WheelStep() / 3
	if got, most := page.Offset.Y, page.Size().Height-2*line; got <= 0 || got > most+0.5 {
		t.Errorf("one notch on a page %.0f high moved it %.1f (want >0, ≤ %.1f)", page.Size().Height, got, most)
	}
}

// innerScroll is the scroll inside a Fyne entry's renderer.
func innerScroll(o fyne.CanvasObject) *container.Scroll {
	wid, ok := o.(fyne.Widget)
	if !ok {
		return nil
	}
	for _, ch := range test.WidgetRenderer(wid).Objects() {
		if sc, ok := ch.(*container.Scroll); ok {
			return sc
		}
		if sc := innerScroll(ch); sc != nil {
			return sc
		}
	}
	return nil
}

// A list (the partner directory) moves as far per notch as a page, not
// Fyne's 25 units; a click still reaches its rows.
func TestOneNotchMovesAListAsFarAsAPage(t *testing.T) {
	test.NewTempApp(t)
	chosen := -1
	l := kit.NewList(func() int { return 200 }, func() fyne.CanvasObject { return widget.NewLabel("Zeile") }, func(widget.ListItemID, fyne.CanvasObject) {})
	l.OnSelected = func(id widget.ListItemID) { chosen = id }
	w := test.NewTempWindow(t, l)
	w.Resize(fyne.NewSize(400, 400))
	c := w.Canvas()
	test.Scroll(c, fyne.NewPos(200, 200), 0, notch)
	if got := l.GetScrollOffset(); got != kit.WheelStep() {
		t.Errorf("one notch moved the list by %.1f, want %.1f (a page's)", got, kit.WheelStep())
	}
	l.ScrollToTop()
	test.TapCanvas(c, fyne.NewPos(100, 5))
	if chosen != 0 {
		t.Errorf("a click on the first row chose %d", chosen)
	}
}
