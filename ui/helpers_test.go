package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// newTestUI builds the main window headless, in German, on store.
func newTestUI(t testing.TB, store model.Store) *UI {
	t.Helper()
	a := uitest.German(t)
	u := New(a, store, locales.New("de"), uitest.Clock)
	t.Cleanup(func() { u.Window().Close() })
	return u
}

// addCase stores a case for client with the given events; the first event
// is always "opened" (NewCase). It returns the stored case.
func addCase(t *testing.T, store model.Store, first, last, rvnr string, events ...model.Event) *model.Case {
	t.Helper()
	opened := time.Date(2025, time.February, 3, 10, 0, 0, 0, time.Local)
	c := model.NewCase(model.Client{FirstName: first, LastName: last, RVNR: rvnr}, opened)
	c.Intake.Referral = model.Referral{Route: model.RouteRehaAdvice, ReceivedOn: model.DateOf(opened)}
	for _, ev := range events {
		c.Events = append(c.Events, ev)
		c.Phase = ev.To
	}
	if err := store.CreateCase(context.Background(), c); err != nil {
		t.Fatalf("CreateCase %s: %v", last, err)
	}
	return c
}

// openCase is the window on a fresh store with one case of Erika
// Mustermann (addCase, with events) open in it: u.view.sess.Case.
func openCase(t *testing.T, events ...model.Event) *UI {
	t.Helper()
	store := uitest.Store(t)
	c := addCase(t, store, "Erika", "Mustermann", "", events...)
	u := newTestUI(t, store)
	u.list.selectCase(c.ID)
	return u
}

// windowWith is the window on a fresh store with a case for each client
// ("First Last").
func windowWith(t *testing.T, clients ...string) *UI {
	t.Helper()
	store := uitest.Store(t)
	for _, c := range clients {
		first, last, _ := strings.Cut(c, " ")
		addCase(t, store, first, last, "")
	}
	return newTestUI(t, store)
}

// listNames are the names shown in the rows of the case list: the first,
// bold segment of each row's text.
func listNames(u *UI) []string {
	var names []string
	uitest.Visit(u.list.list, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label: // the due date; a label draws through a RichText
			return false
		case *widget.RichText:
			names = append(names, x.Segments[0].(*widget.TextSegment).Text)
			return false
		}
		return true
	})
	return names
}

// typeShortcut sends a shortcut to the window's canvas as the driver does
// when nothing focused takes it.
func typeShortcut(w fyne.Window, s fyne.Shortcut) {
	w.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}
