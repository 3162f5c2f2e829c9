package ui

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
)

// typeInto focuses e as a click would and types text.
func typeInto(u *UI, e fyne.Focusable, text string) {
	u.win.Canvas().Focus(e)
	test.Type(e, text)
}

// fieldMessage is the line under a field, or "" while it is hidden. It
// must sit directly under the entry.
func fieldMessage(t *testing.T, f *formField) *widget.Label {
	t.Helper()
	if len(f.box.Objects) != 2 || f.box.Objects[0] != f || f.box.Objects[1] != f.message {
		t.Fatal("the message is not under its entry")
	}
	return f.message
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
	store := openStore(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)

	if got := f.received.Text; got != "10.03.2025" {
		t.Fatalf("date received defaults to today, got %q", got)
	}
	typeInto(u, f.first, "Erika")
	typeInto(u, f.last, "Mustermann")
	typeInto(u, f.birth, "01.04.1990")
	typeInto(u, f.rvnr, "10 010490 a 443")
	f.route.SetSelectedIndex(1)
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
	if !slices.Contains(texts(u.view.body), "geb. 01.04.1990 · RV-Nummer 10 010490 A 443 · Phase: "+u.loc.Enum("Phase", model.PhaseIntake)) {
		t.Errorf("header shows %q", texts(u.view.body))
	}
}

func TestNewCaseInvalidRVNRShowsMessageAtField(t *testing.T) {
	store := openStore(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)

	typeInto(u, f.last, "Mustermann")
	for i, tc := range []struct{ input, code string }{
		{"12345", model.CodeRVNRFormat},
		{"10010490A444", model.CodeRVNRCheckDigit},
	} {
		f.rvnr.SetText("")
		typeInto(u, f.rvnr, tc.input)
		if i == 0 && fieldMessage(t, f.rvnr).Importance == widget.DangerImportance {
			t.Errorf("%s: no complaint while the user is still typing the first time", tc.input)
		}
		u.win.Canvas().Focus(f.received) // leave the field

		if !u.loc.Has(tc.code) {
			t.Errorf("no German message for %s", tc.code)
		}
		msg := fieldMessage(t, f.rvnr)
		want := u.loc.Error(model.ValidateRVNR(tc.input))
		if !msg.Visible() || msg.Text != want || !strings.Contains(msg.Text, "Rentenversicherungsnummer") {
			t.Errorf("%s: field says %q, want %q", tc.input, msg.Text, want)
		}
		if msg.Importance != widget.DangerImportance {
			t.Errorf("%s: the message is not in the error colour", tc.input)
		}
		if f.rvnr.Validate() == nil {
			t.Errorf("%s: the entry itself is marked invalid", tc.input)
		}
		test.Tap(f.createButton)
		if rows, _ := store.ListCases(context.Background()); len(rows) != 0 {
			t.Fatalf("%s: a case was created: %v", tc.input, rows)
		}
		if u.win.Canvas().Focused() != f.rvnr {
			t.Errorf("%s: a refused save puts the cursor into the field to fix", tc.input)
		}
	}
	if u.newCase != f || f.last.Text != "Mustermann" {
		t.Fatal("the dialog stays open with what was typed")
	}

	// Fixing the number clears the message at once.
	f.rvnr.SetText("10010490A443")
	if msg := fieldMessage(t, f.rvnr); msg.Importance == widget.DangerImportance || msg.Text != u.loc.T("NewCase.RVNRHint") {
		t.Errorf("after the fix the field says %q", msg.Text)
	}
}

func TestNewCaseRefusedSaveShowsEveryProblem(t *testing.T) {
	store := openStore(t)
	u := newTestUI(t, store)
	f := openNewCase(t, u)

	if got := fieldMessage(t, f.last); got.Text != "Pflichtangabe" || got.Importance == widget.DangerImportance {
		t.Fatalf("an untouched required field shows its hint, not an error: %q", got.Text)
	}
	f.received.SetText("")
	f.birth.SetText("31.02.1990")
	test.Tap(f.createButton)
	if rows, _ := store.ListCases(context.Background()); len(rows) != 0 {
		t.Fatal("nothing is created")
	}

	required := u.loc.Error(&model.Problem{Code: model.CodeRequired})
	_, badDate := model.ParseDate("31.02.1990")
	for _, tc := range []struct {
		field *formField
		want  string
	}{
		{f.last, required},
		{f.birth, u.loc.Error(badDate)},
		{f.received, required},
	} {
		if msg := fieldMessage(t, tc.field); msg.Text != tc.want || msg.Importance != widget.DangerImportance {
			t.Errorf("field says %q, want %q", msg.Text, tc.want)
		}
	}
	if msg := fieldMessage(t, f.rvnr); msg.Importance == widget.DangerImportance {
		t.Error("an empty RV-Nummer is fine")
	}
	if u.win.Canvas().Focused() != f.last {
		t.Error("the cursor goes to the first field to fix")
	}
}

func TestNewCaseWarnsWhenRVNRDoesNotFitBirthDate(t *testing.T) {
	store := openStore(t)
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
	store := &failingStore{Store: openStore(t), fail: true}
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
	if !slices.Contains(texts(overlays[1]), u.loc.Error(errDiskFull)) {
		t.Errorf("error dialog says %q", texts(overlays[1]))
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
	store := openStore(t)
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
