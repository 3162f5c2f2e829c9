package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// The case list takes the focus by Tab; the arrow keys move through the
// cases without opening each, Enter opens the marked one.
func TestCaseListByKeyboard(t *testing.T) {
	u := windowWith(t, "Anna Albers", "Berta Brandt", "Carl Claasen")
	w := u.Window()
	w.Resize(fyne.NewSize(1200, 800))
	c := w.Canvas()

	// Tab from the search field and the phase filter reaches the list.
	c.Focus(u.list.search)
	for i := 0; i < 6 && c.Focused() != fyne.Focusable(u.list.list); i++ {
		test.FocusNext(c)
	}
	if c.Focused() != fyne.Focusable(u.list.list) {
		t.Fatalf("Tab never reached the case list (focus on %T)", c.Focused())
	}
	names := listNames(u)
	if len(names) != 3 {
		t.Fatalf("rows %v", names)
	}
	key := func(k fyne.KeyName) { c.Focused().TypedKey(&fyne.KeyEvent{Name: k}) }
	key(fyne.KeyDown)
	key(fyne.KeyDown)
	if u.view.c != nil {
		t.Fatalf("moving through the list opened %s", u.view.c.Client.LastName)
	}
	key(fyne.KeyUp)
	key(fyne.KeyReturn)
	opened := func() string {
		if u.view.c == nil {
			return ""
		}
		return listName(u.loc, u.view.c.Client.FirstName, u.view.c.Client.LastName)
	}
	if opened() != names[1] {
		t.Fatalf("Enter on the second row opened %q, want %q", opened(), names[1])
	}
	key(fyne.KeyEnd)
	key(fyne.KeySpace)
	if opened() != names[2] {
		t.Errorf("End and Space opened %q, want %q", opened(), names[2])
	}
	key(fyne.KeyHome)
	key(fyne.KeyEnter)
	if opened() != names[0] {
		t.Errorf("Home and Enter opened %q, want %q", opened(), names[0])
	}
	// Leaving and coming back starts at the open case.
	test.FocusNext(c)
	test.FocusPrevious(c)
	key(fyne.KeyDown)
	key(fyne.KeyReturn)
	if opened() != names[1] {
		t.Errorf("after coming back, Down and Enter opened %q, want %q", opened(), names[1])
	}
}
