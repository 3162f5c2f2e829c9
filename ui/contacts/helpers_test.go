package contacts

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
	"teilhabelotse/ui/consent"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// testNow is the fixed "now" of the tests: Monday, 10 March 2025, 09:30.
var testNow = time.Date(2025, time.March, 10, 9, 30, 0, 0, time.Local)

var today = model.DateOf(testNow)

type fixture struct {
	t   *testing.T
	s   *kit.Session
	db  *storage.DB
	win fyne.Window
	// doctor and employer are directory partners.
	doctor, employer model.Partner
	rebuilt          int
}

// newFixture opens a real store with two partners and a case in
// assessment, in German, in a 1000×800 test window.
func newFixture(t *testing.T, consents ...model.Consent) *fixture {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	f := &fixture{t: t, db: db}
	f.doctor = model.Partner{Name: "Hausarztpraxis Dr. Beispiel", Category: model.PartnerPersonal}
	f.employer = model.Partner{Name: "Kanzlei Muster & Partner", Category: model.PartnerEmployer, ContactPerson: "Oliver Beispiel"}
	for _, p := range []*model.Partner{&f.doctor, &f.employer} {
		if err := db.SavePartner(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	ps, err := db.Partners(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, testNow.Add(-30*24*time.Hour))
	c.Phase = model.PhaseAssessment
	for i := range consents {
		if consents[i].ID == "" {
			consents[i].ID = model.NewID()
		}
	}
	c.Consents = consents
	if err := db.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	f.win = test.NewTempWindow(t, widget.NewLabel(""))
	f.win.Resize(fyne.NewSize(1000, 800))
	env := &kit.Env{Loc: locales.New("de"), Win: f.win, Store: db, Now: func() time.Time { return testNow }, Partners: ps}
	f.s = kit.NewSession(env, c)
	f.s.Rebuild = func() { f.rebuilt++ }
	return f
}

// stored reads the case back from the database.
func (f *fixture) stored() *model.Case {
	f.t.Helper()
	c, err := f.db.LoadCase(context.Background(), f.s.Case.ID)
	if err != nil {
		f.t.Fatal(err)
	}
	return c
}

// show puts o into the window, as the host does.
func (f *fixture) show(o fyne.CanvasObject) {
	f.win.SetContent(o)
	f.win.Resize(fyne.NewSize(1000, 800))
}

// overlay is the dialog on top, or nil.
func (f *fixture) overlay() fyne.CanvasObject { return f.win.Canvas().Overlays().Top() }

// The tree helpers are shared with the other ui packages' tests.
func walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) { uitest.Walk(o, fn) }
func texts(o fyne.CanvasObject) string                     { return uitest.Texts(o) }
func button(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	return uitest.Button(t, o, text)
}
func buttons(o fyne.CanvasObject, text string) []*widget.Button { return uitest.Buttons(o, text) }
func all[T fyne.CanvasObject](o fyne.CanvasObject) []T          { return uitest.All[T](o) }

// selectWith is the dialog drop-down offering option.
func selectWith(t *testing.T, o fyne.CanvasObject, option string) *consent.Select {
	t.Helper()
	for _, s := range all[*consent.Select](o) {
		for _, opt := range s.Options {
			if opt == option {
				return s
			}
		}
	}
	t.Fatalf("no drop-down offers %q", option)
	return nil
}

func cats(cs ...model.InfoCategory) []model.InfoCategory { return cs }
