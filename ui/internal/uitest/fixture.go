package uitest

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// Now is the fixed "now" of the workspace tests: Monday, 10 March 2025,
// 09:30.
var Now = time.Date(2025, time.March, 10, 9, 30, 0, 0, time.Local)

// Fixture is what the consent, contact and partner tests work on: a case
// in assessment of Erika Mustermann with the given consents, two directory
// partners (a doctor and an employer), a session in German and a 1000×800
// test window. The store is the caller's (a real database in a temporary
// folder: ui reaches storage only in its own tests).
type Fixture struct {
	T     *testing.T
	S     *kit.Session
	Store model.Store
	Win   fyne.Window
	// Doctor and Employer are directory partners.
	Doctor, Employer model.Partner
	// Rebuilt counts the session's rebuilds.
	Rebuilt int
}

// NewFixture fills store and opens the case in a session.
func NewFixture(t *testing.T, store model.Store, consents ...model.Consent) *Fixture {
	t.Helper()
	ctx := context.Background()
	f := &Fixture{T: t, Store: store}
	f.Doctor = model.Partner{Name: "Hausarztpraxis Dr. Beispiel", Category: model.PartnerPersonal}
	f.Employer = model.Partner{Name: "Kanzlei Muster & Partner", Category: model.PartnerEmployer, ContactPerson: "Oliver Beispiel"}
	for _, p := range []*model.Partner{&f.Doctor, &f.Employer} {
		if err := store.SavePartner(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	ps, err := store.Partners(ctx)
	if err != nil {
		t.Fatal(err)
	}
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, Now.Add(-30*24*time.Hour))
	c.Phase = model.PhaseAssessment
	for i := range consents {
		if consents[i].ID == "" {
			consents[i].ID = model.NewID()
		}
	}
	c.Consents = consents
	if err := store.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	f.Win = test.NewTempWindow(t, widget.NewLabel(""))
	f.Win.Resize(fyne.NewSize(1000, 800))
	env := &kit.Env{Loc: locales.New("de"), Win: f.Win, Store: store, Now: func() time.Time { return Now }, Partners: ps}
	f.S = kit.NewSession(env, c)
	f.S.Rebuild = func() { f.Rebuilt++ }
	return f
}

// Stored reads the case back from the store.
func (f *Fixture) Stored() *model.Case {
	f.T.Helper()
	c, err := f.Store.LoadCase(context.Background(), f.S.Case.ID)
	if err != nil {
		f.T.Fatal(err)
	}
	return c
}

// Show puts o into the window, as the host does.
func (f *Fixture) Show(o fyne.CanvasObject) {
	f.Win.SetContent(o)
	f.Win.Resize(fyne.NewSize(1000, 800))
}

// Overlay is the dialog on top, or nil.
func (f *Fixture) Overlay() fyne.CanvasObject { return f.Win.Canvas().Overlays().Top() }

// OpenSession stores partners (as new entries) and c in store and opens c
// in a German session, as the host does for a workspace.
func OpenSession(t testing.TB, store model.Store, c *model.Case, partners []model.Partner) *kit.Session {
	t.Helper()
	partners = append([]model.Partner(nil), partners...)
	for i := range partners {
		partners[i].ID = 0 // new in this database
		if err := store.SavePartner(context.Background(), &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := store.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	env := &kit.Env{Loc: locales.New("de"), Store: store, Now: func() time.Time { return Now }, Partners: partners}
	return kit.NewSession(env, c)
}
