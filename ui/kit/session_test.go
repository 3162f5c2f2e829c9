package kit_test

import (
	"context"
	"errors"
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

type failingStore struct {
	model.Store
	fail bool
}

func (f *failingStore) SaveCase(ctx context.Context, c *model.Case) error {
	if f.fail {
		return errors.New("disk full")
	}
	return f.Store.SaveCase(ctx, c)
}

func openSession(t testing.TB) (*kit.Session, *failingStore) {
	t.Helper()
	test.NewTempApp(t)
	db, err := storage.Open(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, time.Now())
	if err := db.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	fs := &failingStore{Store: db}
	env := &kit.Env{Loc: locales.New("de"), Store: fs, Now: time.Now}
	return kit.NewSession(env, c), fs
}

func stored(t *testing.T, s *kit.Session) *model.Case {
	t.Helper()
	c, err := s.Env.Store.LoadCase(context.Background(), s.Case.ID)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestTypedTextIsSavedOnFlush(t *testing.T) {
	s, _ := openSession(t)
	e := s.Note(&s.Case.Intake.Referral.Notes)
	test.Type(e, "Rückkehr an den Arbeitsplatz")
	if !s.Dirty() {
		t.Fatal("typing must mark the case as changed")
	}
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, s).Intake.Referral.Notes; got != "Rückkehr an den Arbeitsplatz" {
		t.Errorf("stored %q", got)
	}
}

func TestTypingPauseSavesByItself(t *testing.T) {
	s, _ := openSession(t)
	s.Env.Async = true // as in the running app
	test.Type(s.Text(&s.Case.Client.Phone), "0123 456")
	deadline := time.Now().Add(5 * time.Second)
	for s.Dirty() && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	if got := stored(t, s).Client.Phone; got != "0123 456" {
		t.Errorf("after the pause the store has %q", got)
	}
}

func TestFailedSaveKeepsTextAndRetries(t *testing.T) {
	s, fs := openSession(t)
	var last kit.Status
	s.OnStatus = func(st kit.Status) { last = st }
	fs.fail = true
	e := s.Note(&s.Case.Intake.Referral.Notes)
	test.Type(e, "wichtig")
	if err := s.Flush(); err == nil {
		t.Fatal("flush must report the failed write")
	}
	if last != kit.Failed || e.Text != "wichtig" || s.Case.Intake.Referral.Notes != "wichtig" || !s.Dirty() {
		t.Fatalf("after a failed write: status %v, field %q, case %q, dirty %v", last, e.Text, s.Case.Intake.Referral.Notes, s.Dirty())
	}
	fs.fail = false
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if got := stored(t, s).Intake.Referral.Notes; got != "wichtig" || last != kit.Saved {
		t.Errorf("retry stored %q, status %v", got, last)
	}
}

func TestBadDateIsShownNotSaved(t *testing.T) {
	s, _ := openSession(t)
	e := s.Date(&s.Case.Intake.Referral.ReceivedOn)
	test.Type(e, "31.02.2026")
	if err := e.Validate(); err == nil {
		t.Error("31.02.2026 must be refused at the field")
	}
	if s.Case.Intake.Referral.ReceivedOn.Valid() {
		t.Error("a bad date must not reach the case")
	}
	e.SetText("")
	test.Type(e, "03.02.2026")
	if got := s.Case.Intake.Referral.ReceivedOn; got != model.NewDate(2026, 2, 3) {
		t.Errorf("date = %v", got)
	}
}

func TestChangeSavesAtOnceAndRebuilds(t *testing.T) {
	s, _ := openSession(t)
	a := s.Case.StartAssessment(model.NewDate(2026, 1, 5), "")
	rebuilt := 0
	s.Rebuild = func() { rebuilt++ }
	_ = kit.Repeat(s, &a.Instruments, "Kit.Remove", func() model.Instrument { return model.Instrument{Name: "IMBA"} },
		func(i int, it *model.Instrument) fyne.CanvasObject { return s.Text(&it.Name) })
	_ = s.Change(func(c *model.Case) error {
		c.Assessments[0].Instruments = append(c.Assessments[0].Instruments, model.Instrument{Name: "MELBA"})
		return nil
	})
	if got := stored(t, s).Assessments[0].Instruments; len(got) != 1 || got[0].Name != "MELBA" || rebuilt != 1 {
		t.Errorf("stored %+v, rebuilt %d", got, rebuilt)
	}
}

func TestFreezeReachesFormsAndAccordions(t *testing.T) {
	s, _ := openSession(t)
	inForm := s.Text(&s.Case.Client.Phone)
	inFold := s.Note(&s.Case.Client.Address)
	obj := container.NewVBox(
		s.Section("Kit.Remove", "", s.Form(kit.Row{LabelID: "Kit.Remove", Field: inForm})),
		widget.NewAccordion(widget.NewAccordionItem("x", inFold)),
	)
	kit.Freeze(obj)
	if !inForm.Disabled() || !inFold.Disabled() {
		t.Errorf("frozen: form field disabled %v, accordion field disabled %v", inForm.Disabled(), inFold.Disabled())
	}
}

type pageSpy struct{ scrolled int }

func (p *pageSpy) Scrolled(*fyne.ScrollEvent) { p.scrolled++ }

// The mouse wheel over a note scrolls the page, and the note grows with its
// text instead of scrolling inside itself.
func TestNoteHandsTheWheelToThePage(t *testing.T) {
	s, _ := openSession(t)
	page := &pageSpy{}
	s.Page = page
	e := s.Note(&s.Case.Intake.Referral.Notes)
	w := test.NewTempWindow(t, e)
	w.Resize(fyne.NewSize(400, 300))
	test.Scroll(w.Canvas(), fyne.NewPos(20, 20), 0, -10)
	if page.scrolled != 1 {
		t.Errorf("the wheel over a note reached the page %d times, want 1", page.scrolled)
	}
	// A one-line field (name, date) passes the wheel on too.
	for _, line := range []*kit.Entry{s.Text(&s.Case.Client.LastName), s.Date(&s.Case.Client.BirthDate)} {
		lw := test.NewTempWindow(t, line)
		lw.Resize(fyne.NewSize(400, line.MinSize().Height))
		before := page.scrolled
		test.Scroll(lw.Canvas(), fyne.NewPos(20, line.MinSize().Height/2), 0, -10)
		if page.scrolled != before+1 {
			t.Error("the wheel over a one-line field did not reach the page")
		}
	}
	short := e.MinSize().Height
	test.Type(e, strings.Repeat("Eine längere Notiz über die Situation am Arbeitsplatz. ", 30))
	if e.MinSize().Height <= short {
		t.Errorf("the note did not grow with its text (%v → %v)", short, e.MinSize().Height)
	}
}

// A workspace is built anew after every structural change and each time
// it is shown; what it registers to follow saves ends with it. Rebuilt
// three times, it is refreshed once per save; replaced by another
// workspace, never again — the hooks do not pile up over a day's work.
func TestRefreshEndsWithTheView(t *testing.T) {
	s, _ := openSession(t)
	builds, runs := 0, 0
	build := func() { // as a workspace's New does
		s.ReplaceView() // as the host does before each build
		builds++
		s.OnRefresh(func() { runs++ })
	}
	s.Rebuild = build
	build()
	for i := 0; i < 3; i++ {
		_ = s.Change(func(*model.Case) error { return nil }) // saves, then rebuilds
	}
	if builds != 4 || runs != 3 {
		t.Errorf("%d builds, %d refreshes; want 4 builds and one refresh per save (3)", builds, runs)
	}
	s.ReplaceView()
	other := 0
	s.OnRefresh(func() { other++ })
	s.Rebuild = nil
	runs = 0
	_ = s.Change(func(*model.Case) error { return nil })
	if runs != 0 || other != 1 {
		t.Errorf("after the workspace was replaced: old refresh ran %d times, the new one %d", runs, other)
	}

	type folds struct{ open []string }
	type version struct{ n int }
	a, b := kit.State[folds](s), kit.State[folds](s)
	if a != b {
		t.Error("State made a second value of the same type")
	}
	kit.State[version](s).n = 2
	if len(kit.State[folds](s).open) != 0 || kit.State[version](s).n != 2 {
		t.Error("State mixed two types")
	}
}
