package intake

import (
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// fixture is the intake workspace of one stored case in uitest's host.
type fixture struct {
	*uitest.Host
	w     *workspace
	saved int // calls of the host's OnSaved
}

// newCase is a fresh case in the intake, as the new-case form leaves it.
func newCase() *model.Case {
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Now.Add(-time.Hour))
	c.Intake.Referral.ReceivedOn = model.DateOf(uitest.Now).AddDays(-20)
	return c
}

// open stores c (with the demo partner directory) and builds its intake
// workspace.
func open(t *testing.T, c *model.Case) *fixture {
	t.Helper()
	f := &fixture{Host: uitest.Open(t, c, demo.Partners())}
	f.S.OnSaved = func() { f.saved++ }
	f.build()
	return f
}

// build draws the workspace into the window anew (after a test changed
// the environment, e.g. gave it a printer).
func (f *fixture) build() {
	f.w = build(f.S)
	f.Put(container.NewVScroll(f.w.root))
}

// typeDate replaces the text of a date field as a user would.
func typeDate(e fyne.Focusable, text string) {
	if en, ok := e.(interface{ SetText(string) }); ok {
		en.SetText("")
	}
	test.Type(e, text)
}

// typeIn types text into e as a user does: she clicks into the field,
// empties it and types, key by key; leave moves her on.
func (f *fixture) typeIn(e *kit.Entry, text string) {
	f.Win.Canvas().Focus(e)
	e.SetText("")
	for _, r := range text {
		e.TypedRune(r)
	}
}

// leave takes the focus from the field being typed in.
func (f *fixture) leave() { f.Win.Canvas().Unfocus() }

// press sends a key to the focused widget, or to the window when nothing
// has the focus.
func (f *fixture) press(name fyne.KeyName) {
	ev := &fyne.KeyEvent{Name: name}
	if foc := f.Win.Canvas().Focused(); foc != nil {
		foc.TypedKey(ev)
		return
	}
	if h := f.Win.Canvas().OnTypedKey(); h != nil {
		h(ev)
	}
}

// richCase is a curated demo case with a complete intake: a first meeting
// by video (so the reason shows), the screening, the decision and the
// consent.
func richCase(t *testing.T) *model.Case {
	t.Helper()
	cases, _ := demo.Cases(demo.Curated, 1, uitest.Now)
	for _, c := range cases {
		if c.Intake.FirstMeeting.Mode == model.ModeVideo && c.CMConsent.GivenOn.Valid() {
			return c
		}
	}
	t.Fatal("no demo case with a video first meeting and consent")
	return nil
}
