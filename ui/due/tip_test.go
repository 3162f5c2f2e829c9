package due

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// A name or a task too long for its column is cut with "…"; the pointer
// resting on the row shows it whole.
func TestACutEntryShowsWholeOnHover(t *testing.T) {
	test.NewTempApp(t)
	what := "Zieltermin eines Handlungsziels: Arbeitsversuch im bisherigen Betrieb mit vier Stunden täglich abschließen"
	long := newRow("04.12.2026 · morgen", "Monika Beispielmann-Oberhausen", what, false, nil)
	short := newRow("05.12.2026 · in 2 Tagen", "Aylin Musterfrau", "Erstgespräch", false, nil)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.SetContent(kit.TipLayer(win, container.NewVBox(long, short)))
	win.Resize(fyne.NewSize(640, 300))

	at := &desktop.MouseEvent{PointEvent: fyne.PointEvent{AbsolutePosition: fyne.NewPos(300, 10)}}
	long.MouseIn(at)
	if got, want := kit.TipShown(win), "Monika Beispielmann-Oberhausen\n"+what; got != want {
		t.Errorf("hovering a cut entry shows %q, want %q", got, want)
	}
	long.MouseOut()
	if got := kit.TipShown(win); got != "" {
		t.Errorf("the tip stays after the pointer left: %q", got)
	}
	short.MouseIn(at)
	if got := kit.TipShown(win); got != "" {
		t.Errorf("an entry shown whole gets a tip %q", got)
	}
}
