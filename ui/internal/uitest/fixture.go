package uitest

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/storage"
	"teilhabelotse/ui/kit"
)

// Now is the one fixed "now" of the ui tests: Monday, 10 March 2025,
// 09:30. Dates a test types or expects are written relative to it.
var Now = time.Date(2025, time.March, 10, 9, 30, 0, 0, time.Local)

// Today is the day of Now.
var Today = model.DateOf(Now)

// Clock is the clock that stands at Now.
func Clock() time.Time { return Now }

// German starts Fyne's test app in the German locale the tests read.
func German(t testing.TB) fyne.App {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	return test.NewTempApp(t)
}

// Store opens a real database in a fresh temporary folder; it is closed
// when the test ends.
func Store(t testing.TB) *storage.DB { return StoreIn(t, t.TempDir()) }

// StoreIn opens the database in dir (a second connection, when another
// one is open there); it is closed when the test ends.
func StoreIn(t testing.TB, dir string) *storage.DB {
	t.Helper()
	db, err := storage.Open(dir)
	if err != nil {
		t.Fatalf("storage.Open: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// StoreAll saves partners (their IDs are set in the caller's slice) and
// cases in db, as the demo command does: the window's tests over many
// cases start from it.
func StoreAll(t testing.TB, db *storage.DB, cases []*model.Case, partners []model.Partner) {
	t.Helper()
	if err := demo.Save(t.Context(), db, cases, partners); err != nil {
		t.Fatal(err)
	}
}

// Host is what the application provides around a workspace: a stored case
// open in a German session on a real database, a 1000×800 test window,
// and the clock.
type Host struct {
	T testing.TB
	// Dir is the data folder of DB.
	Dir string
	DB  *storage.DB
	S   *kit.Session
	Win fyne.Window
	// Root is what the workspace's build function returned last (Show).
	Root fyne.CanvasObject
	// Now is the session's clock, Now unless a test walks through time.
	Now time.Time
}

// Open stores partners (as new entries; the caller's slice is left as it
// is) and c in a fresh database and opens c in a session.
func Open(t testing.TB, c *model.Case, partners []model.Partner) *Host {
	t.Helper()
	German(t)
	h := &Host{T: t, Dir: t.TempDir(), Now: Now}
	h.DB = StoreIn(t, h.Dir)
	partners = append([]model.Partner(nil), partners...)
	for i := range partners {
		partners[i].ID = 0
		if err := h.DB.SavePartner(t.Context(), &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := h.DB.CreateCase(t.Context(), c); err != nil {
		t.Fatal(err)
	}
	h.Win = test.NewTempWindow(t, widget.NewLabel(""))
	h.Win.Resize(fyne.NewSize(1000, 800))
	env := &kit.Env{Loc: locales.New("de"), Win: h.Win, Store: h.DB, Now: func() time.Time { return h.Now }, Partners: partners}
	h.S = kit.NewSession(env, c)
	// Write what a test typed last before the store closes, so no save
	// timer fires into a closed database after the test.
	t.Cleanup(func() { _ = h.S.Flush() })
	return h
}

// Show builds the workspace into the window, in a scroll as the case view
// puts it, and builds it again on every Session.Rebuild.
func (h *Host) Show(build func(*kit.Session) fyne.CanvasObject) {
	h.S.Rebuild = func() {
		h.S.ReplaceView()
		h.Root = build(h.S)
		h.Put(container.NewVScroll(h.Root))
	}
	h.S.Rebuild()
}

// Put puts o into the window, as the host does.
func (h *Host) Put(o fyne.CanvasObject) {
	h.Win.SetContent(o)
	h.Win.Resize(fyne.NewSize(1000, 800))
}

// Stored reads the case back as the database has it now.
func (h *Host) Stored() *model.Case {
	h.T.Helper()
	c, err := h.DB.LoadCase(h.T.Context(), h.S.Case.ID)
	if err != nil {
		h.T.Fatal(err)
	}
	return c
}

// Saved writes the pending edits, as closing the window does, and reads the
// case back.
func (h *Host) Saved() *model.Case {
	h.T.Helper()
	if err := h.S.Flush(); err != nil {
		h.T.Fatal(err)
	}
	return h.Stored()
}

// Overlay is the dialog on top, or nil.
func (h *Host) Overlay() fyne.CanvasObject { return h.Win.Canvas().Overlays().Top() }

// Dialog is the dialog on top; the test fails when none is shown.
func (h *Host) Dialog() fyne.CanvasObject {
	h.T.Helper()
	top := h.Overlay()
	if top == nil {
		h.T.Fatal("no dialog is shown")
	}
	return top
}

// Fixture is what the consent, contact, partner and master-data tests
// work on: a case in assessment of Erika Mustermann with the given
// consents and two directory partners (a doctor and an employer).
type Fixture struct {
	*Host
	// Doctor and Employer are directory partners, as stored.
	Doctor, Employer model.Partner
	// Rebuilt counts the session's rebuilds.
	Rebuilt int
}

// NewFixture stores the case and opens it.
func NewFixture(t testing.TB, consents ...model.Consent) *Fixture {
	t.Helper()
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, Now.Add(-30*24*time.Hour))
	c.Phase = model.PhaseAssessment
	for i := range consents {
		if consents[i].ID == "" {
			consents[i].ID = model.NewID()
		}
	}
	c.Consents = consents
	f := &Fixture{Host: Open(t, c, []model.Partner{
		{Name: "Hausarztpraxis Dr. Beispiel", Category: model.PartnerPersonal},
		{Name: "Kanzlei Muster & Partner", Category: model.PartnerEmployer, ContactPerson: "Oliver Beispiel"},
	})}
	f.Doctor, f.Employer = f.S.Env.Partners[0], f.S.Env.Partners[1]
	f.S.Rebuild = func() { f.Rebuilt++ }
	return f
}

// TapDialog taps the button with text in the window and is the dialog it
// opens; the test fails when it opens none.
func (h *Host) TapDialog(text string) fyne.CanvasObject {
	h.T.Helper()
	test.Tap(Button(h.T, h.Win.Content(), text))
	return h.Dialog()
}
