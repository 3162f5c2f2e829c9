package planning

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
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

func (f *fixture) rebuild() { f.s.ReplaceView(); f.win.SetContent(New(f.s)) }

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

// The deep tree helpers are shared with monitoring's tests (uitest).
func walk(o fyne.CanvasObject, visit func(fyne.CanvasObject)) { uitest.WalkDeep(o, visit) }
func fields(root fyne.CanvasObject, label string) []fyne.CanvasObject {
	return uitest.Fields(root, label)
}
func field[T fyne.CanvasObject](t *testing.T, root fyne.CanvasObject, label string) T {
	t.Helper()
	return uitest.Field[T](t, root, label)
}
func buttons(root fyne.CanvasObject, text string) []*widget.Button {
	return uitest.OneOfButtons(root, text)
}
func button(t *testing.T, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	return uitest.OneButton(t, root, text)
}
func fold(t *testing.T, root fyne.CanvasObject, prefix string) *widget.AccordionItem {
	t.Helper()
	return uitest.Fold(t, root, prefix)
}
func checkWith(t *testing.T, root fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	return uitest.CheckWith(t, root, text)
}
func selectOption(t *testing.T, sel *widget.Select, prefix string) {
	t.Helper()
	uitest.SelectOption(t, sel, prefix)
}
func typeInto(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	uitest.TypeInto(t, o, text)
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
