package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

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

// On an item of a radio group PageDown and End scroll the page (Fyne's
// own items dropped every key), the arrow keys move the focus along the
// group without choosing, Space chooses the focused item.
func TestRadioItemsPassPageKeysAndMoveByArrows(t *testing.T) {
	s, _ := openSession(t)
	mode := model.MeetingModes[0]
	r := kit.Radio(s, "MeetingMode", model.MeetingModes, &mode)
	box := container.NewVBox(r)
	for i := 0; i < 40; i++ {
		box.Add(widget.NewLabel("Zeile"))
	}
	page := kit.NewPage(box)
	w := test.NewWindow(page)
	defer w.Close()
	w.Resize(fyne.NewSize(600, 300))
	c := w.Canvas()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) { kit.PageKey(page, ev) })

	c.Focus(nil)
	test.FocusNext(c)
	first := c.Focused()
	if first == nil {
		t.Fatal("Tab reached no item of the group")
	}
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	if page.Offset.Y <= 0 {
		t.Errorf("PageDown on a focused radio item did not scroll the page")
	}
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if page.Offset.Y != 0 {
		t.Errorf("Home on a focused radio item left the page at %v", page.Offset.Y)
	}

	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	second := c.Focused()
	if second == first || second == nil {
		t.Fatalf("the right arrow did not move the focus to the next item")
	}
	if mode != model.MeetingModes[0] {
		t.Errorf("the arrow chose %q; only Space or a click chooses", mode)
	}
	second.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
	second.TypedRune(' ')
	if mode != model.MeetingModes[1] {
		t.Errorf("Space on the second item chose %q", mode)
	}
	second.TypedKey(&fyne.KeyEvent{Name: fyne.KeyLeft})
	if c.Focused() != first {
		t.Errorf("the left arrow did not go back to the first item")
	}
	first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyUp})
	if c.Focused() != first {
		t.Errorf("the up arrow left the group from its first item")
	}
	r.Disable()
	c.Focus(nil)
	test.FocusNext(c)
	if c.Focused() != nil {
		t.Errorf("Tab reached an item of a disabled group")
	}
}
