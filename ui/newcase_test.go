package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// typeInto focuses e as a click would and types text.
func typeInto(u *UI, e fyne.Focusable, text string) {
	u.win.Canvas().Focus(e)
	test.Type(e, text)
}

func openNewCase(t *testing.T, u *UI) *newCaseForm {
	t.Helper()
	test.Tap(u.list.newButton)
	if u.newCase == nil || u.win.Canvas().Overlays().Top() == nil {
		t.Fatal("the button opens the new-case dialog")
	}
	return u.newCase
}

func TestNewCaseCreatesStoresAndOpens(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)

	if got := f.received.Text; got != "10.03.2025" {
		t.Fatalf("date received defaults to today, got %q", got)
	}
	typeInto(u, f.first, "Erika")
	typeInto(u, f.last, "Mustermann")
	typeInto(u, f.birth, "01.04.1990")
	typeInto(u, f.rvnr, "10 010490 a 443")
	f.route.SetSelected(u.loc.Enum("AccessRoute", model.AccessRoutes[1]))
	if f.rvnrWarning.Visible() {
		t.Fatal("no warning when the RV-Nummer fits the birth date")
	}
	test.Tap(f.createButton)

	if u.newCase != nil || u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("the dialog closes after the case was created")
	}
	rows, err := store.ListCases(context.Background())
	if err != nil || len(rows) != 1 {
		t.Fatalf("store has %v, %v", rows, err)
	}
	c, err := store.LoadCase(context.Background(), rows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	if c.Client.FirstName != "Erika" || c.Client.LastName != "Mustermann" || c.Client.RVNR != "10010490A443" ||
		c.Client.BirthDate != model.NewDate(1990, 4, 1) {
		t.Errorf("stored client %+v", c.Client)
	}
	ref := c.Intake.Referral
	if ref.Route != model.AccessRoutes[1] || ref.ReceivedOn != model.NewDate(2025, 3, 10) {
		t.Errorf("stored referral %+v", ref)
	}
	if c.Phase != model.PhaseIntake || len(c.Events) != 1 || c.Events[0].Kind != model.KindOpened {
		t.Errorf("new case in %s with events %+v", c.Phase, c.Events)
	}

	if got := listNames(u); len(got) != 1 || got[0] != "Mustermann, Erika" {
		t.Fatalf("list shows %v", got)
	}
	if u.view.c == nil || u.view.c.ID != c.ID || u.view.name.Text != "Erika Mustermann" {
		t.Fatal("the new case opens")
	}
	if u.list.empty.Visible() {
		t.Fatal("the empty state is gone")
	}
	if !slices.Contains(uitest.Strings(u.view.body), "geb. 01.04.1990 · RV-Nummer 10 010490 A 443 · Phase: "+u.loc.Enum("Phase", model.PhaseIntake)) {
		t.Errorf("header shows %q", uitest.Strings(u.view.body))
	}
}

func TestNewCaseInvalidRVNRShowsMessageAtField(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)

	typeInto(u, f.last, "Mustermann")
	for i, tc := range []struct{ input, code string }{
		{"12345", model.CodeRVNRFormat},
		{"10010490A444", model.CodeRVNRCheckDigit},
	} {
		f.rvnr.SetText("")
		typeInto(u, f.rvnr, tc.input)
		if i == 0 && f.rvnr.Line() != "" {
			t.Errorf("%s: no complaint while the user is still typing the first time: %q", tc.input, f.rvnr.Line())
		}
		if !f.createButton.Disabled() {
			t.Errorf("%s: Fall anlegen must wait for a valid RV-Nummer", tc.input)
		}
		u.win.Canvas().Focus(f.received) // leave the field

		if !u.loc.Has(tc.code) {
			t.Errorf("no German message for %s", tc.code)
		}
		want := u.loc.Error(model.ValidateRVNR(tc.input))
		if got := f.rvnr.Line(); got != want || !strings.Contains(got, "Rentenversicherungsnummer") {
			t.Errorf("%s: field says %q, want %q", tc.input, got, want)
		}
		if f.rvnr.Validate() == nil {
			t.Errorf("%s: the entry itself is marked invalid", tc.input)
		}
		test.Tap(f.createButton)
		f.rvnr.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
		if rows, _ := store.ListCases(context.Background()); len(rows) != 0 {
			t.Fatalf("%s: a case was created: %v", tc.input, rows)
		}
	}
	if u.newCase != f || f.last.Text != "Mustermann" {
		t.Fatal("the dialog stays open with what was typed")
	}

	// Fixing the number clears the message at once, while still typing.
	u.win.Canvas().Focus(f.rvnr)
	f.rvnr.SetText("10010490A443")
	if got := f.rvnr.Line(); got != "" {
		t.Errorf("after the fix the field says %q", got)
	}
	if f.createButton.Disabled() {
		t.Error("everything valid: Fall anlegen must be possible")
	}
}

func TestNewCaseWaitsAndEveryFieldSaysItsProblem(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)

	if !f.createButton.Disabled() {
		t.Fatal("without a last name Fall anlegen must wait")
	}
	if f.last.Line() != "" || !strings.Contains(uitest.Texts(u.win.Canvas().Overlays().Top()), "Pflichtangabe") {
		t.Fatalf("an untouched required field shows its hint, not an error: %q\n%s", f.last.Line(), uitest.Texts(u.win.Canvas().Overlays().Top()))
	}
	typeInto(u, f.last, "M")
	f.last.SetText("")
	u.win.Canvas().Focus(f.received)
	f.received.SetText("")
	u.win.Canvas().Focus(f.first)
	f.birth.SetText("31.02.1990") // judged at once: not typed in

	required := u.loc.Error(&model.Problem{Code: model.CodeRequired})
	_, badDate := model.ParseDate("31.02.1990")
	for _, tc := range []struct {
		field *kit.Entry
		want  string
	}{
		{f.last, required},
		{f.birth, u.loc.Error(badDate)},
		{f.received, required},
	} {
		if got := tc.field.Line(); got != tc.want {
			t.Errorf("field says %q, want %q", got, tc.want)
		}
	}
	if f.rvnr.Line() != "" {
		t.Error("an empty RV-Nummer is fine")
	}
	test.Tap(f.createButton)
	f.first.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if rows, _ := store.ListCases(context.Background()); len(rows) != 0 || u.newCase != f {
		t.Fatal("nothing is created, the dialog stays open")
	}
}

func TestNewCaseWarnsWhenRVNRDoesNotFitBirthDate(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)
	typeInto(u, f.last, "Mustermann")
	typeInto(u, f.birth, "02.04.1990")
	typeInto(u, f.rvnr, "10010490A443")
	if !f.rvnrWarning.Visible() {
		t.Fatal("a warning when the RV-Nummer does not fit the birth date")
	}
	f.birth.SetText("01.04.1990")
	if f.rvnrWarning.Visible() {
		t.Fatal("the warning goes away when the dates fit")
	}
	f.birth.SetText("02.04.1990")
	test.Tap(f.createButton)
	if rows, _ := store.ListCases(context.Background()); len(rows) != 1 {
		t.Fatal("the warning does not block create")
	}
}

func TestNewCaseFailedSaveKeepsInput(t *testing.T) {
	store := &failingStore{Store: uitest.Store(t), fail: true}
	u := newTestUI(t, store)
	f := openNewCase(t, u)
	typeInto(u, f.first, "Erika")
	typeInto(u, f.last, "Mustermann")
	typeInto(u, f.rvnr, "10010490A443")
	test.Tap(f.createButton)

	overlays := u.win.Canvas().Overlays().List()
	if len(overlays) != 2 {
		t.Fatalf("want the form and an error over it, got %d overlays", len(overlays))
	}
	if !slices.Contains(uitest.Strings(overlays[1]), u.loc.Error(errDiskFull)) {
		t.Errorf("error dialog says %q", uitest.Strings(overlays[1]))
	}
	if u.newCase != f || f.first.Text != "Erika" || f.last.Text != "Mustermann" || f.rvnr.Text != "10010490A443" {
		t.Fatal("the form stays open with everything typed")
	}

	store.fail = false
	u.win.Canvas().Overlays().Top().Hide()
	test.Tap(f.createButton)
	if rows, _ := store.ListCases(context.Background()); len(rows) != 1 {
		t.Fatalf("the second try stores the case, store has %v", rows)
	}
}

var errDiskFull = errors.New("disk full")

// failingStore refuses to create cases while fail is set.
type failingStore struct {
	model.Store
	fail bool
}

func (s *failingStore) CreateCase(ctx context.Context, c *model.Case) error {
	if s.fail {
		return errDiskFull
	}
	return s.Store.CreateCase(ctx, c)
}

// Enter in any field creates the case, as the confirm button does.
func TestNewCaseEnterCreates(t *testing.T) {
	store := uitest.Store(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)
	typeInto(u, f.last, "Mustermann")
	f.last.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	if u.newCase != nil || u.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Enter creates the case and closes the dialog")
	}
	cases, err := store.ListCases(context.Background())
	if err != nil || len(cases) != 1 {
		t.Fatalf("one case stored, got %d (%v)", len(cases), err)
	}
}
