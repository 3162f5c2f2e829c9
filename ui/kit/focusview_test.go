package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/kit"
)

// A field that gains the focus below the visible part of the page scrolls
// into view, so what is typed next is seen where it goes.
func TestFocusedFieldScrollsIntoView(t *testing.T) {
	s, _ := openSession(t)
	box := container.NewVBox()
	var fields []*kit.Entry
	texts := make([]string, 30)
	for i := range texts {
		e := s.Text(&texts[i])
		fields = append(fields, e)
		box.Add(e)
	}
	page := container.NewVScroll(box)
	s.Page = page
	w := test.NewWindow(page)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))

	last := fields[len(fields)-1]
	w.Canvas().Focus(last)
	if !visible(page, last) {
		t.Fatalf("the focused last field is out of sight (offset %v)", page.Offset)
	}
	w.Canvas().Focus(fields[0])
	if page.Offset.Y != 0 || !visible(page, fields[0]) {
		t.Fatalf("the focused first field is out of sight (offset %v)", page.Offset)
	}
	middle := fields[3]
	w.Canvas().Focus(middle)
	if page.Offset.Y != 0 {
		t.Errorf("focusing a visible field moved the page to %v", page.Offset)
	}
}

func TestPageKeysScrollThePage(t *testing.T) {
	s, _ := openSession(t)
	box := container.NewVBox()
	texts := make([]string, 40)
	for i := range texts {
		box.Add(s.Text(&texts[i]))
	}
	page := container.NewVScroll(box)
	w := test.NewWindow(page)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	bottom := box.MinSize().Height - page.Size().Height

	key := func(name fyne.KeyName) float32 {
		t.Helper()
		if !kit.PageKey(page, &fyne.KeyEvent{Name: name}) {
			t.Fatalf("%s not taken", name)
		}
		return page.Offset.Y
	}
	if y := key(fyne.KeyPageDown); y <= 0 || y >= bottom {
		t.Errorf("PageDown scrolled to %v (bottom %v)", y, bottom)
	}
	if y := key(fyne.KeyEnd); y != bottom {
		t.Errorf("End scrolled to %v, want %v", y, bottom)
	}
	if y := key(fyne.KeyPageUp); y >= bottom {
		t.Errorf("PageUp stayed at %v", y)
	}
	if y := key(fyne.KeyHome); y != 0 {
		t.Errorf("Home scrolled to %v", y)
	}
	if kit.PageKey(page, &fyne.KeyEvent{Name: fyne.KeyA}) {
		t.Error("a letter must not scroll the page")
	}
}

// visible reports whether obj lies wholly in the visible part of sc.
func visible(sc *container.Scroll, obj fyne.CanvasObject) bool {
	d := fyne.CurrentApp().Driver()
	top := d.AbsolutePositionForObject(obj).Y - d.AbsolutePositionForObject(sc).Y
	return top >= 0 && top+obj.Size().Height <= sc.Size().Height
}
