package assessment

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// testNow is the fixed "now" of the tests: Monday, 10 March 2025, 09:30.
var testNow = uitest.Now

// host plays the application around the workspace: it stores the case in
// a real database, puts the workspace in a scroll in a window and builds it
// again on Session.Rebuild, as the case view does.
type host struct {
	t   *testing.T
	s   *kit.Session
	db  *storage.DB
	win fyne.Window
	obj fyne.CanvasObject
}

// openHost opens c; onSaved, if given, is the host's own callback, set
// before the workspace is built as the case view does.
func openHost(t *testing.T, c *model.Case, partners []model.Partner, onSaved ...func()) *host {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	if err := db.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: func() time.Time { return testNow }, Partners: partners}
	h := &host{t: t, s: kit.NewSession(env, c), db: db}
	for _, f := range onSaved {
		h.s.OnSaved = f
	}
	h.obj = New(h.s)
	h.win = test.NewTempWindow(t, container.NewVScroll(h.obj))
	env.Win = h.win
	h.win.Resize(fyne.NewSize(1000, 800))
	h.s.Rebuild = h.rebuild
	return h
}

// rebuild builds the workspace again, as the host does.
func (h *host) rebuild() {
	h.s.ReplaceView()
	h.obj = New(h.s)
	h.win.SetContent(container.NewVScroll(h.obj))
}

// stored loads the case back from the database.
func (h *host) stored() *model.Case {
	h.t.Helper()
	if err := h.s.Flush(); err != nil {
		h.t.Fatal(err)
	}
	c, err := h.db.LoadCase(context.Background(), h.s.Case.ID)
	if err != nil {
		h.t.Fatal(err)
	}
	return c
}

// newCase is a case in the assessment phase with one assessment.
func newCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Aylin", LastName: "Musterfrau"}, testNow.Add(-30*24*time.Hour))
	c.Phase = model.PhaseAssessment
	c.StartAssessment(model.NewDate(2025, 2, 2), "")
	return c
}

// walk visits o and everything drawn below it, widgets through their
// renderers.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, fn)
		}
	}
}

// all returns every object of type T below o, in drawing order.
func all[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	walk(o, func(c fyne.CanvasObject) {
		if x, ok := c.(T); ok {
			out = append(out, x)
		}
	})
	return out
}

// button finds the button with text.
func (h *host) button(text string) *widget.Button {
	h.t.Helper()
	for _, b := range all[*widget.Button](h.obj) {
		if b.Text == text {
			return b
		}
	}
	h.t.Fatalf("no button %q", text)
	return nil
}

// input finds the n-th input labelled label: a form item with that text,
// or the first input after a label with that text in the same box.
func (h *host) input(label string, n int) fyne.CanvasObject {
	h.t.Helper()
	var found []fyne.CanvasObject
	walk(h.obj, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Form:
			for _, it := range x.Items {
				if it.Text == label {
					found = append(found, it.Widget)
				}
			}
		case *fyne.Container:
			for i, c := range x.Objects {
				if l, ok := c.(*widget.Label); ok && l.Text == label {
					if in := firstInput(x.Objects[i+1:]); in != nil {
						found = append(found, in)
					}
				}
			}
		}
	})
	if n >= len(found) {
		h.t.Fatalf("input %q #%d not found (%d found)", label, n, len(found))
	}
	return found[n]
}

func firstInput(objs []fyne.CanvasObject) fyne.CanvasObject {
	for _, o := range objs {
		var in fyne.CanvasObject
		walk(o, func(c fyne.CanvasObject) {
			if in != nil {
				return
			}
			switch c.(type) {
			case *kit.Entry, *widget.Select, *widget.Check:
				in = c
			}
		})
		if in != nil {
			return in
		}
	}
	return nil
}

// entry is input as a bound entry.
func (h *host) entry(label string, n int) *kit.Entry {
	h.t.Helper()
	e, ok := h.input(label, n).(*kit.Entry)
	if !ok {
		h.t.Fatalf("%q is a %T, not an entry", label, h.input(label, n))
	}
	return e
}

// chartTexts returns the texts the chart draws, by their string.
func chartTexts(c *profileChart) map[string]*canvas.Text {
	out := map[string]*canvas.Text{}
	for _, o := range test.WidgetRenderer(c).Objects() {
		if t, ok := o.(*canvas.Text); ok && t.Text != "" {
			out[t.Text] = t
		}
	}
	return out
}
