package ui

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
)

// testNow is the fixed "now" of the tests: Monday, 10 March 2025, 09:30.
var testNow = uitest.Now

func fixedNow() time.Time { return testNow }

// openStore opens a real database in a temporary folder.
func openStore(t *testing.T) *storage.DB {
	t.Helper()
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatalf("storage.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// newTestUI builds the main window headless, in German, on store.
func newTestUI(t *testing.T, store model.Store) *UI {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	a := test.NewTempApp(t)
	u := New(a, store, locales.New("de"), fixedNow)
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

// texts collects the text of every visible label and canvas text under o,
// in drawing order, looking into widgets through their renderers.
func texts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
			return
		case *widget.RichText:
			out = append(out, x.String())
			return
		case *canvas.Text:
			out = append(out, x.Text)
			return
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
			return
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(o)
	return out
}

// listNames are the names shown in the rows of the case list: the first,
// bold segment of each row's text.
func listNames(u *UI) []string {
	var names []string
	var walk func(fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Label: // the due date; a label draws through a RichText
		case *widget.RichText:
			names = append(names, x.Segments[0].(*widget.TextSegment).Text)
		case *fyne.Container:
			for _, c := range x.Objects {
				walk(c)
			}
		case fyne.Widget:
			for _, c := range test.WidgetRenderer(x).Objects() {
				walk(c)
			}
		}
	}
	walk(u.list.list)
	return names
}

// typeShortcut sends a shortcut to the window's canvas as the driver does
// when nothing focused takes it.
func typeShortcut(w fyne.Window, s fyne.Shortcut) {
	w.Canvas().(fyne.Shortcutable).TypedShortcut(s)
}

// findLabel finds the visible label with text under o.
func findLabel(o fyne.CanvasObject, text string, found **widget.Label) {
	if o == nil || !o.Visible() || *found != nil {
		return
	}
	switch x := o.(type) {
	case *widget.Label:
		if x.Text == text {
			*found = x
		}
	case *fyne.Container:
		for _, c := range x.Objects {
			findLabel(c, text, found)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			findLabel(c, text, found)
		}
	}
}
