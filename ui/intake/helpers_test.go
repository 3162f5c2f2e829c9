package intake

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
	"teilhabelotse/model/demo"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// testNow is the fixed "now" of the tests: Monday, 10 March 2025, 09:30.
var testNow = uitest.Now

var today = model.DateOf(testNow)

// fixture is the intake workspace of one stored case in a test window.
type fixture struct {
	t     *testing.T
	db    *storage.DB
	s     *kit.Session
	w     *workspace
	win   fyne.Window
	saved int // calls of the host's OnSaved
}

// newCase is a fresh case in the intake, as the new-case form leaves it.
func newCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, testNow.Add(-time.Hour))
	c.Intake.Referral.ReceivedOn = model.DateOf(testNow).AddDays(-20)
	return c
}

// open stores c (with the demo partner directory) and builds its intake
// workspace in German.
func open(t *testing.T, c *model.Case) *fixture {
	t.Helper()
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	partners := demo.Partners()
	for i := range partners {
		if err := db.SavePartner(ctx, &partners[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	win := test.NewTempWindow(t, widget.NewLabel(""))
	env := &kit.Env{Loc: locales.New("de"), Win: win, Store: db, Now: func() time.Time { return testNow }, Partners: partners}
	f := &fixture{t: t, db: db, win: win}
	f.s = kit.NewSession(env, c)
	f.s.OnSaved = func() { f.saved++ }
	// Write what a test typed last before the store closes, so no save
	// timer fires into a closed database after the test.
	t.Cleanup(func() { _ = f.s.Flush() })
	f.w = build(f.s)
	win.SetContent(container.NewVScroll(f.w.root))
	win.Resize(fyne.NewSize(1000, 800))
	return f
}

// stored flushes pending edits and reads the case back from the store.
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

// typeDate replaces the text of a date field as a user would.
func typeDate(e fyne.Focusable, text string) {
	if en, ok := e.(interface{ SetText(string) }); ok {
		en.SetText("")
	}
	test.Type(e, text)
}

// press sends a key to the focused widget, or to the window when nothing
// has the focus.
func (f *fixture) press(name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if foc := f.win.Canvas().Focused(); foc != nil {
		foc.TypedKey(ev)
		return
	}
	if h := f.win.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

// visible reports whether o and all its parents in the workspace are shown.
func visible(root, o fyne.CanvasObject) bool {
	var walk func(n fyne.CanvasObject) (found, shown bool)
	walk = func(n fyne.CanvasObject) (bool, bool) {
		if n == o {
			return true, n.Visible()
		}
		for _, ch := range children(n) {
			if found, shown := walk(ch); found {
				return true, shown && n.Visible()
			}
		}
		return false, false
	}
	_, shown := walk(root)
	return shown
}

// children lists what kit.Freeze walks into, plus accordion details.
func children(n fyne.CanvasObject) []fyne.CanvasObject {
	switch x := n.(type) {
	case *fyne.Container:
		return x.Objects
	case *widget.Card:
		return []fyne.CanvasObject{x.Content}
	case *widget.Form:
		var out []fyne.CanvasObject
		for _, it := range x.Items {
			out = append(out, it.Widget)
		}
		return out
	case *container.Scroll:
		return []fyne.CanvasObject{x.Content}
	case *container.ThemeOverride: // kit.Readable's, on frozen fields
		return []fyne.CanvasObject{x.Content}
	case *widget.Accordion:
		var out []fyne.CanvasObject
		for _, it := range x.Items {
			out = append(out, it.Detail)
		}
		return out
	}
	return nil
}

// richCase is a curated demo case with a complete intake: a first meeting
// by video (so the reason shows), the screening, the decision and the
// consent.
func richCase(t *testing.T) *model.Case {
	t.Helper()
	cases, _ := demo.Cases(demo.Curated, 1, testNow)
	for _, c := range cases {
		if c.Intake.FirstMeeting.Mode == model.ModeVideo && c.CMConsent.GivenOn.Valid() {
			return c
		}
	}
	t.Fatal("no demo case with a video first meeting and consent")
	return nil
}
