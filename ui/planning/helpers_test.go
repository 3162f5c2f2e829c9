package planning

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/kit"
)

// testNow is the fixed "now" of the tests: Tuesday, 10 March 2026, 09:30.
var testNow = time.Date(2026, time.March, 10, 9, 30, 0, 0, time.Local)

var today = model.DateOf(testNow)

// fixture is a case stored in a real database, open in a session whose
// workspace sits in a test window and is rebuilt as the application does.
type fixture struct {
	t   *testing.T
	db  *storage.DB
	s   *kit.Session
	win fyne.Window
}

func open(t *testing.T, c *model.Case, partners []model.Partner) *fixture {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	for i := range partners {
		partners[i].ID = 0
		if err := db.SavePartner(ctx, &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: func() time.Time { return testNow }, Partners: partners}
	f := &fixture{t: t, db: db, s: kit.NewSession(env, c)}
	f.win = test.NewTempWindow(t, widget.NewLabel(""))
	env.Win = f.win
	f.s.Rebuild = f.rebuild
	f.rebuild()
	f.win.Resize(fyne.NewSize(1000, 800))
	return f
}

func (f *fixture) rebuild() { f.win.SetContent(New(f.s)) }

func (f *fixture) root() fyne.CanvasObject { return f.win.Content() }

// stored reads the case back from the database.
func (f *fixture) stored() *model.Case {
	f.t.Helper()
	if err := f.s.Flush(); err != nil {
		f.t.Fatal(err)
	}
	c, err := f.db.LoadCase(context.Background(), f.s.Case.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// planningCase is a case in the planning phase.
func planningCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann", BirthDate: model.NewDate(1970, 4, 1)}, testNow.AddDate(0, -3, 0))
	c.Phase = model.PhasePlanning
	return c
}

// walk visits o and everything below it, also inside forms, cards,
// accordions (folded or not) and the dialogs' pop-ups.
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) {
	if o == nil {
		return
	}
	visit(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			walk(c, visit)
		}
	case *widget.Card:
		walk(x.Content, visit)
	case *widget.Form:
		for _, it := range x.Items {
			walk(it.Widget, visit)
		}
	case *widget.Accordion:
		for _, it := range x.Items {
			walk(it.Detail, visit)
		}
	case *container.Scroll:
		walk(x.Content, visit)
	case *kit.Entry, *widget.Entry, *widget.Select, *widget.Check, *widget.Button, *widget.Label,
		*widget.RadioGroup, *widget.CheckGroup, *widget.Icon, *widget.Separator:
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			walk(c, visit)
		}
	}
}

// fields are the widgets of every form row labelled label below root.
func fields(root fyne.CanvasObject, label string) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	walk(root, func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					out = append(out, it.Widget)
				}
			}
		}
	})
	return out
}

// field is the only form row labelled label below root.
func field[T fyne.CanvasObject](t *testing.T, root fyne.CanvasObject, label string) T {
	t.Helper()
	fs := fields(root, label)
	if len(fs) != 1 {
		t.Fatalf("%d fields labelled %q, want 1", len(fs), label)
	}
	w, ok := fs[0].(T)
	if !ok {
		t.Fatalf("field %q is a %T", label, fs[0])
	}
	return w
}

// buttons are the buttons below root whose text is text.
func buttons(root fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	walk(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			out = append(out, b)
		}
	})
	return out
}

func button(t *testing.T, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	bs := buttons(root, text)
	if len(bs) != 1 {
		t.Fatalf("%d buttons %q, want 1", len(bs), text)
	}
	return bs[0]
}

// fold is the accordion item whose title starts with prefix.
func fold(t *testing.T, root fyne.CanvasObject, prefix string) *widget.AccordionItem {
	t.Helper()
	var found []*widget.AccordionItem
	walk(root, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok {
			for _, it := range a.Items {
				if strings.HasPrefix(it.Title, prefix) {
					found = append(found, it)
				}
			}
		}
	})
	if len(found) != 1 {
		t.Fatalf("%d folds titled %q…, want 1", len(found), prefix)
	}
	return found[0]
}

// checkWith is the check box below root labelled text.
func checkWith(t *testing.T, root fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	var found *widget.Check
	walk(root, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Text == text {
			found = c
		}
	})
	if found == nil {
		t.Fatalf("no check box %q", text)
	}
	return found
}

// dialogRoot is the pop-up shown over the window.
func (f *fixture) dialogRoot() fyne.CanvasObject {
	f.t.Helper()
	top := f.win.Canvas().Overlays().Top()
	if top == nil {
		f.t.Fatal("no dialog is shown")
	}
	return top
}

// selectOption picks the option of sel that starts with prefix.
func selectOption(t *testing.T, sel *widget.Select, prefix string) {
	t.Helper()
	for _, o := range sel.Options {
		if strings.HasPrefix(o, prefix) {
			sel.SetSelected(o)
			return
		}
	}
	t.Fatalf("no option %q… in %q", prefix, sel.Options)
}

func typeInto(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	e, ok := o.(*kit.Entry)
	if !ok {
		t.Fatalf("%T is not an entry", o)
	}
	test.Type(e, text)
}
