package partners

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

var (
	testNow = uitest.Now
)

// fixture is uitest's case, partners, session and window on a real
// database, under the short names the tests use.
type fixture struct {
	*uitest.Fixture
	t                *testing.T
	s                *kit.Session
	db               *storage.DB
	win              fyne.Window
	doctor, employer model.Partner
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
	u := uitest.NewFixture(t, db, consents...)
	return &fixture{Fixture: u, t: t, s: u.S, db: db, win: u.Win, doctor: u.Doctor, employer: u.Employer}
}

// The tree helpers are shared with the other ui packages' tests.
func texts(o fyne.CanvasObject) string { return uitest.Texts(o) }
func button(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	return uitest.Button(t, o, text)
}
func all[T fyne.CanvasObject](o fyne.CanvasObject) []T { return uitest.All[T](o) }

// selectWith is the dialog drop-down offering option.
func selectWith(t *testing.T, o fyne.CanvasObject, option string) *kit.KeySelect {
	t.Helper()
	for _, s := range all[*kit.KeySelect](o) {
		for _, opt := range s.Options {
			if opt == option {
				return s
			}
		}
	}
	t.Fatalf("no drop-down offers %q", option)
	return nil
}
