package transition

import (
	"context"
	"testing"
	"time"

	"fyne.io/fyne/v2"
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

// clock is a test clock that the walk moves forward between steps.
type clock struct{ now time.Time }

func (c *clock) Now() time.Time { return c.now }

// fixture is a bar on a stored case, in a window, in German.
type fixture struct {
	s     *kit.Session
	b     *bar
	win   fyne.Window
	clock *clock
	moved int
}

func newFixture(t *testing.T, c *model.Case, partners []model.Partner) *fixture {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	partners = append([]model.Partner(nil), partners...)
	for i := range partners {
		partners[i].ID = 0
		if err := db.SavePartner(context.Background(), &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	f := &fixture{clock: &clock{now: testNow}}
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: f.clock.Now, Partners: partners}
	f.s = kit.NewSession(env, c)
	f.b = newBar(f.s, func() { f.moved++ })
	f.win = test.NewTempWindow(t, container.NewVBox(f.b.box, widget.NewLabel("")))
	f.win.Resize(fyne.NewSize(1000, 800))
	env.Win = f.win
	return f
}

// stored loads the case as the database has it.
func (f *fixture) stored(t *testing.T) *model.Case {
	t.Helper()
	c, err := f.s.Env.Store.LoadCase(context.Background(), f.s.Case.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// tap taps the bar's button for kind.
func (f *fixture) tap(t *testing.T, kind model.TransitionKind) {
	t.Helper()
	btn, ok := f.b.buttons[kind]
	if !ok {
		t.Fatalf("no button for %s in phase %s", kind, f.s.Case.Phase)
	}
	test.Tap(btn)
}
