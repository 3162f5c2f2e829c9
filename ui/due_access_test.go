package ui

import (
	"testing"

	"teilhabelotse/ui/internal/uitest"

	"fyne.io/fyne/v2/test"
)

// The Fällig overview is one click (the list header's button) or Ctrl+D
// (Ansicht › Fällig) away from any open case; what was typed in the case
// is written first.
func TestDueOverviewFromAnOpenCase(t *testing.T) {
	store := uitest.Store(t)
	c := addCase(t, store, "Erika", "Mustermann", "")
	u := newTestUI(t, store)
	overview := func() bool {
		return u.view.c == nil && u.view.none.Visible() && !u.view.body.Visible() && len(u.view.dueHost.Objects) == 1
	}

	for _, open := range []struct {
		how string
		do  func()
	}{
		{"the list's button", func() { test.Tap(u.list.dueButton) }},
		{"Ctrl+D", func() { typeShortcut(u.win, shortcutDue) }},
		{"the menu", func() { menuItem(t, u, "Ansicht", "Fällig – alle Fälle").Action() }},
	} {
		u.list.selectCase(c.ID)
		if u.view.c == nil || overview() {
			t.Fatalf("%s: the case did not open", open.how)
		}
		u.view.c.Client.Address = "Hauptstraße 1 (" + open.how + ")"
		u.view.sess.Edited()
		open.do()
		if !overview() {
			t.Fatalf("%s does not show the Fällig overview", open.how)
		}
		if u.list.selectedID != 0 {
			t.Errorf("%s: the list still marks the case", open.how)
		}
		got, err := store.LoadCase(u.ctx(), c.ID)
		if err != nil {
			t.Fatal(err)
		}
		if got.Client.Address != "Hauptstraße 1 ("+open.how+")" {
			t.Errorf("%s: what was typed is lost: %q", open.how, got.Client.Address)
		}
	}
	// The case opens again from the list.
	u.list.selectCase(c.ID)
	if u.view.c == nil || u.view.c.ID != c.ID {
		t.Error("the case does not open again after the overview")
	}
}
