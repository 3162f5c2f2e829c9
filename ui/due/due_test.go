package due

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/app"
	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// countingStore records which cases were loaded whole.
type countingStore struct {
	model.Store
	loaded []int64
}

func (s *countingStore) LoadCase(ctx context.Context, id int64) (*model.Case, error) {
	s.loaded = append(s.loaded, id)
	return s.Store.LoadCase(ctx, id)
}

type fixture struct {
	db       *storage.DB
	store    *countingStore
	partner  model.Partner
	overdue  *model.Case // first meeting overdue (intake)
	soon     *model.Case // first meeting due in 9 days (intake)
	far      *model.Case // next review in 60 days (monitoring)
	closed   *model.Case // closed, its documentation sent
	unsent   *model.Case // closed 20 days ago, its documentation not sent
	expiring *model.Case // consent expiring (assessment)
}

func newFixture(t *testing.T) *fixture {
	t.Helper()
	uitest.German(t)
	db := uitest.Store(t)
	ctx := context.Background()
	f := &fixture{db: db, store: &countingStore{Store: db}}
	f.partner = model.Partner{Name: "Kanzlei Muster & Partner", Category: model.PartnerEmployer}
	if err := db.SavePartner(ctx, &f.partner); err != nil {
		t.Fatal(err)
	}
	mk := func(first, last string, phase model.Phase, received int, change func(c *model.Case)) *model.Case {
		c := model.NewCase(model.Client{FirstName: first, LastName: last}, uitest.Now.AddDate(0, 0, received))
		c.Phase = phase
		c.Intake.Referral.ReceivedOn = uitest.Today.AddDays(received)
		if change != nil {
			change(c)
		}
		if err := db.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	f.overdue = mk("Jonas", "Beispiel", model.PhaseIntake, -19, nil)
	f.soon = mk("Lea", "Modell", model.PhaseIntake, -5, nil)
	f.far = mk("Ferdinand", "Fern", model.PhaseMonitoring, -200, func(c *model.Case) {
		c.Intake.FirstMeeting.Date = uitest.Today.AddDays(-190)
		c.NextReview = uitest.Today.AddDays(60)
	})
	f.closed = mk("Clara", "Zu", model.PhaseClosed, -19, func(c *model.Case) { c.Closure.TransmittedOn = uitest.Today.AddDays(-18) })
	f.unsent = mk("Ulla", "Unversandt", model.PhaseClosed, -200, func(c *model.Case) {
		c.Events = append(c.Events, model.Event{At: uitest.Now.AddDate(0, 0, -20), Kind: model.KindFinish, From: model.PhaseClosure, To: model.PhaseClosed})
	})
	f.expiring = mk("Emil", "Einwilligung", model.PhaseAssessment, -100, func(c *model.Case) {
		c.Intake.FirstMeeting.Date = uitest.Today.AddDays(-90)
		c.Consents = []model.Consent{{ID: "k1", Partner: f.partner.UID, Categories: []model.InfoCategory{model.InfoWork},
			GivenOn: uitest.Today.AddDays(-300), ValidUntil: uitest.Today.AddDays(20), Form: model.FormWritten}}
	})
	return f
}

// A consent whose end has passed is said to have expired, not to run out.
func TestExpiredConsentSaysSo(t *testing.T) {
	f := newFixture(t)
	c, err := f.db.LoadCase(context.Background(), f.expiring.ID)
	if err != nil {
		t.Fatal(err)
	}
	c.Consents[0].ValidUntil = uitest.Today.AddDays(-3)
	if err := f.db.SaveCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	o, _ := shown(t, f.env(t), func(int64, model.Phase) {})
	got := uitest.Texts(o.card)
	want := "Einwilligung zur Weitergabe abgelaufen: Kanzlei Muster & Partner (am 07.03.2025; für weitere Weitergaben neu einholen)"
	if !strings.Contains(got, want) || strings.Contains(got, "läuft ab") {
		t.Errorf("overview shows:\n%s\nwant %q", got, want)
	}
}

func (f *fixture) env(t *testing.T) *kit.Env {
	ps, err := f.db.Partners(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return &kit.Env{Loc: locales.New("de"), Store: f.store, Now: uitest.Clock, Partners: ps}
}

// The list loads only the cases with something due within DueDays.
func TestDueListsDueItemsOfDueCasesOnly(t *testing.T) {
	f := newFixture(t)
	items, _, err := app.Due(context.Background(), f.store, model.Settings{}, uitest.Today, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(items) != 4 {
		t.Fatalf("got %d items: %+v", len(items), items)
	}
	// Earliest first: the consent warning (20−30 = 10 days ago), the
	// unsent closure documentation (closed 20 days ago, reminded after
	// 14), the first meeting (19−14 = 5 days ago), then the first meeting
	// in 9 days.
	want := []struct {
		id      int64
		kind    model.DeadlineKind
		phase   model.Phase
		overdue bool
		due     model.Date
	}{
		{f.expiring.ID, model.DueConsentExpiry, model.PhaseAssessment, true, uitest.Today.AddDays(-10)},
		{f.unsent.ID, model.DueSendClosure, model.PhaseClosure, true, uitest.Today.AddDays(-6)},
		{f.overdue.ID, model.DueFirstMeeting, model.PhaseIntake, true, uitest.Today.AddDays(-5)},
		{f.soon.ID, model.DueFirstMeeting, model.PhaseIntake, false, uitest.Today.AddDays(9)},
	}
	for i, w := range want {
		it := items[i]
		if it.CaseID != w.id || it.Deadline.Kind != w.kind || it.Phase != w.phase || it.Overdue != w.overdue || it.Deadline.Due != w.due {
			t.Errorf("item %d = %+v, want %+v", i, it, w)
		}
	}
	if items[2].Client != "Jonas Beispiel" {
		t.Errorf("client %q", items[1].Client)
	}
	for _, id := range f.store.loaded {
		if id == f.far.ID || id == f.closed.ID {
			t.Errorf("case %d was loaded although nothing is due in the next 14 days", id)
		}
	}
	if len(f.store.loaded) != 4 {
		t.Errorf("loaded %d cases, want only the 4 with something due", len(f.store.loaded))
	}
}

// shown builds the overview in a window and waits until it has loaded.
func shown(t *testing.T, env *kit.Env, open func(int64, model.Phase)) (*overview, fyne.Window) {
	t.Helper()
	o := newOverview(env, open)
	w := test.NewTempWindow(t, o.card)
	w.Resize(fyne.NewSize(1000, 800))
	select {
	case <-o.done:
	case <-time.After(5 * time.Second):
		t.Fatal("the overview did not load")
	}
	return o, w
}

func TestOverviewOpensTheRightCase(t *testing.T) {
	f := newFixture(t)
	var openedID int64
	var openedPhase model.Phase
	o, _ := shown(t, f.env(t), func(id int64, p model.Phase) { openedID, openedPhase = id, p })
	got := uitest.Texts(o.card)
	for _, want := range []string{"Fällig", "Überfällig (3)", "In den nächsten 14 Tagen (1)", "Jonas Beispiel", "05.03.2025 · vor 5 Tagen", "Erstgespräch",
		"Abschlussdokumentation noch nicht an die DRV übermittelt", "Ulla Unversandt",
		"Einwilligung zur Weitergabe läuft ab: Kanzlei Muster & Partner (gültig bis 30.03.2025)"} {
		if !strings.Contains(got, want) {
			t.Errorf("overview does not show %q:\n%s", want, got)
		}
	}
	if strings.Index(got, "Überfällig") > strings.Index(got, "In den nächsten") {
		t.Error("overdue items come first")
	}
	var jonas, emil, ulla *row
	for _, r := range uitest.All[*row](o.card) {
		switch r.client {
		case "Jonas Beispiel":
			jonas = r
		case "Emil Einwilligung":
			emil = r
		case "Ulla Unversandt":
			ulla = r
		}
	}
	if jonas == nil || emil == nil || ulla == nil {
		t.Fatal("rows missing")
	}
	test.Tap(ulla)
	if openedID != f.unsent.ID || openedPhase != model.PhaseClosure {
		t.Errorf("tapping the unsent closure documentation opened case %d in %q, want %d in the closure", openedID, openedPhase, f.unsent.ID)
	}
	test.Tap(jonas)
	if openedID != f.overdue.ID || openedPhase != model.PhaseIntake {
		t.Errorf("tapping the overdue first meeting opened case %d in %q, want %d in intake", openedID, openedPhase, f.overdue.ID)
	}
	emil.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if openedID != f.expiring.ID || openedPhase != model.PhaseAssessment {
		t.Errorf("Enter on the expiring consent opened case %d in %q", openedID, openedPhase)
	}
}

func TestOverviewNothingDue(t *testing.T) {
	uitest.German(t)
	db := uitest.Store(t)
	env := &kit.Env{Loc: locales.New("de"), Store: db, Now: uitest.Clock}
	o, _ := shown(t, env, nil)
	if got := uitest.Texts(o.card); !strings.Contains(got, "Nichts fällig") {
		t.Errorf("empty overview:\n%s", got)
	}
}

// The start screen reads only the cases due first; the others are counted.
func TestDueCapsTheCasesRead(t *testing.T) {
	f := newFixture(t)
	items, more, err := app.Due(context.Background(), f.store, model.Settings{}, uitest.Today, 1)
	if err != nil {
		t.Fatal(err)
	}
	if more != 3 {
		t.Errorf("more = %d, want the three other due cases", more)
	}
	for _, it := range items {
		if it.CaseID != f.expiring.ID {
			t.Errorf("with a cap of 1 only the earliest case is read, got case %d", it.CaseID)
		}
	}
	if len(items) == 0 {
		t.Error("the earliest case's deadline is listed")
	}
}
