package kit_test

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// Whatever gains the focus below the visible part of the page — a text
// field, a note, a check, an item of a radio group, a button, a
// drop-down — scrolls into view, so what is typed or pressed next is seen
// where it goes; the ring is drawn around it.
func TestFocusedWidgetScrollsIntoView(t *testing.T) {
	s, _ := openSession(t)
	box := container.NewVBox()
	texts := make([]string, 30)
	for i := range texts {
		box.Add(s.Text(&texts[i]))
	}
	note := s.Note(&s.Case.Intake.Referral.Notes)
	check := widget.NewCheck("Ja", nil)
	radio := widget.NewRadioGroup([]string{"eins", "zwei"}, nil)
	button := widget.NewButton("Weiter", nil)
	sel := widget.NewSelect([]string{"a", "b"}, nil)
	box.Add(note)
	box.Add(check)
	box.Add(radio)
	box.Add(sel)
	box.Add(button)
	for i := range texts {
		box.Add(widget.NewLabel(texts[i] + "Platz"))
	}
	page := kit.NewPage(box)
	s.Page = page
	w := test.NewWindow(kit.Frame(container.NewBorder(widget.NewButton("oben", nil), nil, nil, nil, page)))
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	f := kit.NewFocusFollower(w, func() []*container.Scroll { return []*container.Scroll{page} })
	c := w.Canvas()

	for _, o := range []fyne.Focusable{note, check, sel, button} {
		page.ScrollToTop()
		c.Focus(o)
		f.Check()
		if !visible(page, o.(fyne.CanvasObject)) {
			t.Errorf("the focused %T is out of sight (offset %v)", o, page.Offset)
		}
		if !ringAround(t, page, o.(fyne.CanvasObject)) {
			t.Errorf("no focus ring around the focused %T", o)
		}
	}
	// A radio group's items are Fyne's own, unexported: they take the
	// focus by Tab.
	page.ScrollToTop()
	c.Focus(sel)
	c.FocusPrevious()
	f.Check()
	if item := c.Focused().(fyne.CanvasObject); !visible(page, item) {
		t.Errorf("the focused radio item is out of sight (offset %v)", page.Offset)
	}

	// Focusing a field already in view does not move the page.
	page.ScrollToTop()
	c.Focus(box.Objects[3].(fyne.Focusable))
	f.Check()
	if page.Offset.Y != 0 {
		t.Errorf("focusing a visible field moved the page to %v", page.Offset)
	}
}

// A note that grows below the page while typing keeps its caret in view.
func TestCaretOfAGrowingNoteStaysInView(t *testing.T) {
	s, _ := openSession(t)
	box := container.NewVBox()
	texts := make([]string, 8)
	for i := range texts {
		box.Add(s.Text(&texts[i]))
	}
	note := s.Note(&s.Case.Intake.Referral.Notes)
	box.Add(note)
	page := kit.NewPage(box)
	s.Page = page
	w := test.NewWindow(page)
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	f := kit.NewFocusFollower(w, func() []*container.Scroll { return []*container.Scroll{page} })

	w.Canvas().Focus(note)
	f.Check()
	for i := 0; i < 40; i++ {
		test.Type(note, "Zeile")
		note.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		page.Refresh() // the next frame lays the grown note out
		f.Check()
	}
	d := fyne.CurrentApp().Driver()
	line := fyne.MeasureText("M", theme.TextSize(), fyne.TextStyle{}).Height
	caret := d.AbsolutePositionForObject(note).Y - d.AbsolutePositionForObject(page).Y + float32(note.CursorRow)*line
	if caret < 0 || caret+line > page.Size().Height {
		t.Errorf("the caret (row %d) is at %v, outside the page of %v", note.CursorRow, caret, page.Size().Height)
	}
}

// ringAround reports whether the ring of the page's frame is shown around obj.
func ringAround(t *testing.T, page *container.Scroll, obj fyne.CanvasObject) bool {
	t.Helper()
	box := page.Content.(*fyne.Container)
	ring := box.Objects[1].(*fyne.Container).Objects[0]
	d := fyne.CurrentApp().Driver()
	r, o := d.AbsolutePositionForObject(ring), d.AbsolutePositionForObject(obj)
	return ring.Visible() && r.X < o.X && r.Y < o.Y &&
		r.X+ring.Size().Width > o.X+obj.Size().Width && r.Y+ring.Size().Height > o.Y+obj.Size().Height
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

// A page rebuilt under the focus (an entry added or removed) does not send
// Tab back to the top of the window: the focus goes to the widget now
// where the focused one was.
func TestFocusStaysInARebuiltPage(t *testing.T) {
	test.NewTempApp(t)
	build := func() (*container.Scroll, []*widget.Entry) { return entryPage(10) }
	page, old := build()
	top := widget.NewButton("oben", nil)
	host := container.NewStack(page)
	w := test.NewWindow(kit.Frame(kit.Border(top, nil, nil, nil, host)))
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	f := kit.NewFocusFollower(w, func() []*container.Scroll { return []*container.Scroll{page} })
	c := w.Canvas()
	c.Focus(old[5])
	f.Check()

	page, fresh := build()
	host.Objects = []fyne.CanvasObject{page}
	host.Refresh()
	f.Check()
	if c.Focused() != fresh[5] {
		t.Fatalf("after the rebuild the focus is on %T %p, want the new sixth field", c.Focused(), c.Focused())
	}
	test.FocusNext(c)
	if c.Focused() != fresh[6] {
		t.Errorf("Tab after the rebuild went to %T, want the next field", c.Focused())
	}

	// The page's first field, and nothing outside it.
	if !kit.FocusFirstIn(c, page) || c.Focused() != fresh[0] {
		t.Errorf("FocusFirstIn focused %T", c.Focused())
	}
}

// A dialog with a scrolling form of its own (the conference dialog) does
// not take the page's spot: when saving it rebuilds the page, the focus
// comes back where it was on the page, not at the place the dialog's
// field had in the dialog — near the page's top, which scrolled the page
// thousands of pixels up (the scripted walk turned the wheel 51 and 44
// times to get back).
func TestADialogLeavesThePageSpotAlone(t *testing.T) {
	test.NewTempApp(t)
	build := func() (*container.Scroll, []*widget.Entry) { return entryPage(30) }
	page, old := build()
	host := container.NewStack(page)
	w := test.NewWindow(kit.Frame(host))
	defer w.Close()
	w.Resize(fyne.NewSize(500, 600))
	f := kit.NewFocusFollower(w, func() []*container.Scroll { return []*container.Scroll{page} })
	c := w.Canvas()
	c.Focus(old[25])
	f.Check()

	form, fields := entryBox(20)
	d := kit.NewDialog(w, "Konferenz", "Speichern", "Abbrechen", nil, nil)
	d.SetContent(form)
	d.Show()
	c.Focus(fields[1])
	f.Check()

	d.Hide()
	page, fresh := build()
	host.Objects = []fyne.CanvasObject{page}
	host.Refresh()
	f.Check()
	if c.Focused() != fresh[25] {
		t.Errorf("after the dialog the focus is on %T %p, want the page's 26th field where it was", c.Focused(), c.Focused())
	}
}

// entryPage is a page (kit.NewPage) of n empty entries.
func entryPage(n int) (*container.Scroll, []*widget.Entry) {
	box, es := entryBox(n)
	return kit.NewPage(box), es
}

// entryBox is a column of n empty entries.
func entryBox(n int) (*fyne.Container, []*widget.Entry) {
	var es []*widget.Entry
	box := container.NewVBox()
	for range n {
		e := widget.NewEntry()
		es = append(es, e)
		box.Add(e)
	}
	return box, es
}

// A look that finds the focus where it was returns early (the window
// looks every FollowInterval, also while the counselor types), yet the
// ring follows at once a widget that a change above it moved.
func TestRingFollowsAWidgetMovedFromAbove(t *testing.T) {
	s, _ := openSession(t)
	var text string
	field := s.Text(&text)
	inner := container.NewVBox(widget.NewLabel("Hinweis von"), field)
	above := widget.NewLabel("eine Zeile")
	outer := container.NewVBox(above, inner, widget.NewLabel("unten"))
	page := kit.NewPage(outer)
	w := test.NewWindow(kit.Frame(page))
	defer w.Close()
	w.Resize(fyne.NewSize(400, 300))
	f := kit.NewFocusFollower(w, func() []*container.Scroll { return []*container.Scroll{page} })
	c := w.Canvas()
	c.Focus(field)
	f.Check()
	if !ringAround(t, page, field) {
		t.Fatal("no ring around the focused field")
	}
	for _, r := range "abc" {
		field.TypedRune(r)
		f.Check()
	}
	if !ringAround(t, page, field) {
		t.Fatal("typing took the ring away")
	}

	// A taller row above: the page grows.
	above.SetText("eine Zeile\nund noch eine\nund eine dritte")
	page.Refresh()
	f.Check()
	if !ringAround(t, page, field) {
		t.Error("the ring stayed where the field was before the row above grew")
	}

	// The row above swaps places with one of the same height: the field's
	// place in its parent and its size stay.
	outer.Objects[0], outer.Objects[2] = outer.Objects[2], outer.Objects[0]
	outer.Objects[0].(*widget.Label).SetText("unten\nund noch eine\nund eine dritte")
	outer.Objects[2].(*widget.Label).SetText("eine Zeile")
	outer.Refresh()
	f.Check()
	if !ringAround(t, page, field) {
		t.Error("the ring did not follow the field moved by a row that changed places above it")
	}
}
