package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// A second click on the chosen option keeps it: the walk cleared a
// closure's "Regulär" that way, and its checklist fell back to 3 of 4.
func TestSecondClickKeepsTheChoice(t *testing.T) {
	s, _ := openSession(t)
	mode := model.MeetingModes[0]
	r := kit.Radio(s, "MeetingMode", model.MeetingModes, &mode)
	w := test.NewTempWindow(t, r)
	w.Resize(fyne.NewSize(600, 100))
	var items []fyne.Tappable
	uitest.Walk(r, func(o fyne.CanvasObject) {
		if tp, ok := o.(fyne.Tappable); ok {
			items = append(items, tp)
		}
	})
	if len(items) != len(model.MeetingModes) {
		t.Fatalf("%d options to tap, want %d", len(items), len(model.MeetingModes))
	}
	test.Tap(items[1])
	if mode != model.MeetingModes[1] {
		t.Fatalf("tapping the second option chose %q", mode)
	}
	test.Tap(items[1])
	if mode != model.MeetingModes[1] || r.Selected == "" {
		t.Errorf("a second tap on the chosen option cleared it (%q)", mode)
	}
}
