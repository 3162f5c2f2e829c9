package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// A header cut with Short shows its whole text while the pointer rests on
// it, in a tip that stays inside the window; a click still reaches the
// header below.
func TestWithTipShowsTheWholeTextInsideTheWindow(t *testing.T) {
	test.NewTempApp(t)
	whole := "Stufenweise Wiedereingliederung beim bisherigen Arbeitgeber mit zunächst vier Stunden täglich"
	tapped := 0
	header := widget.NewButton(kit.Short(whole, 32), func() { tapped++ })
	tipped := kit.WithTip(header, 0, func() (string, bool) { return whole, kit.Shortened(whole, 32) })
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.SetContent(kit.TipLayer(win, container.NewVBox(tipped)))
	win.Resize(fyne.NewSize(500, 300))

	area, ok := tipped.(*fyne.Container).Objects[1].(desktop.Hoverable)
	if !ok {
		t.Fatal("no hover area over the header")
	}
	area.MouseIn(&desktop.MouseEvent{PointEvent: fyne.PointEvent{AbsolutePosition: fyne.NewPos(480, 20)}})
	if got := kit.TipShown(win); got != whole {
		t.Fatalf("tip %q, want the whole text", got)
	}
	found := false
	for _, l := range uitest.All[*widget.Label](win.Canvas().Content()) {
		if l.Text == whole {
			found = true
			pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(l)
			if pos.X < 0 || pos.X+l.Size().Width > 500 || pos.Y+l.Size().Height > 300 {
				t.Errorf("the tip lies at %v size %v, outside the 500×300 window", pos, l.Size())
			}
		}
	}
	if !found {
		t.Error("the tip's text is not drawn in the window")
	}
	area.MouseOut()
	if kit.TipShown(win) != "" {
		t.Error("the tip stays after the pointer left")
	}
	test.TapCanvas(win.Canvas(), fyne.NewPos(20, 15))
	if tapped != 1 {
		t.Errorf("a click on the header reached it %d times, want once", tapped)
	}
}

// A label cut with "…" shows its whole text on hover; one shown whole
// shows no tip.
func TestCutLabelShowsItsWholeText(t *testing.T) {
	test.NewTempApp(t)
	long := kit.NewCutLabel("Katharina Vorlage · geb. 11.10.1974 · RV-Nummer 12 111074 V 123 · Deutsche Rentenversicherung Musterland")
	short := kit.NewCutLabel("Katharina Vorlage")
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.SetContent(kit.TipLayer(win, container.NewVBox(long, short)))
	win.Resize(fyne.NewSize(300, 200))
	at := &desktop.MouseEvent{PointEvent: fyne.PointEvent{AbsolutePosition: fyne.NewPos(20, 10)}}
	long.MouseIn(at)
	if kit.TipShown(win) != long.Text {
		t.Errorf("the cut label's tip is %q", kit.TipShown(win))
	}
	long.MouseOut()
	short.MouseIn(at)
	if got := kit.TipShown(win); got != "" {
		t.Errorf("a label shown whole gets a tip %q", got)
	}
}
