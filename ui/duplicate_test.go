package ui

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
	"teilhabelotse/ui/internal/uitest"
)

// The dialog of a case file whose case is already here shows both cases
// side by side and does nothing without a click on a button: Enter and
// Escape import nothing; the two buttons answer new and replace, which
// the import then carries out.
func TestAskDuplicateShowsBothAndAsks(t *testing.T) {
	uitest.German(t)
	db := uitest.Store(t)
	ctx := context.Background()
	here := addCase(t, db, "Erika", "Mustermann", "10010490A443")
	var file bytes.Buffer
	if err := db.ExportCase(ctx, here.ID, &file); err != nil {
		t.Fatal(err)
	}
	_, err := db.ImportCase(ctx, bytes.NewReader(file.Bytes()))
	var dup *storage.DuplicateError
	if !errors.As(err, &dup) {
		t.Fatalf("import of the same file: %v", err)
	}
	loc := locales.New("de")
	if msg := loc.Error(err); !strings.Contains(msg, "Fall 1 (Erika Mustermann)") {
		t.Errorf("the refusal in words: %q", msg)
	}
	dup.Incoming.Client.LastName = "Mustermann-Neu"

	win := test.NewTempWindow(t, widget.NewLabel(""))
	win.Resize(fyne.NewSize(1000, 700))
	var got []DuplicateChoice
	ask := func() {
		AskDuplicate(win, loc, dup.Existing, dup.Incoming, dup.By, func(c DuplicateChoice) { got = append(got, c) })
	}
	ask()
	shown := uitest.Texts(win.Canvas().Overlays().Top())
	for _, want := range []string{"Hier gespeichert (Fall 1)", "In der Fallakte", "Erika Mustermann", "Erika Mustermann-Neu",
		"10010490A443", "dieselbe Fallakte", "Vorhandenen ersetzen", "Als weiteren Fall importieren"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the dialog does not show %q:\n%s", want, shown)
		}
	}
	test.Tap(uitest.OneButton(t, win.Canvas().Overlays().Top(), "Nicht importieren"))
	if len(got) != 1 || got[0] != DuplicateCancel {
		t.Fatalf("Nicht importieren answered %v", got)
	}
	for _, tt := range []struct {
		button string
		want   DuplicateChoice
		opt    storage.Duplicate
	}{{"Als weiteren Fall importieren", DuplicateNew, storage.DuplicateNew}, {"Vorhandenen ersetzen", DuplicateReplace, storage.DuplicateReplace}} {
		got = nil
		ask()
		test.Tap(uitest.OneButton(t, win.Canvas().Overlays().Top(), tt.button))
		if len(got) != 1 || got[0] != tt.want {
			t.Fatalf("%s answered %v", tt.button, got)
		}
		if _, err := db.ImportCaseWith(ctx, bytes.NewReader(file.Bytes()), storage.ImportOptions{Duplicate: tt.opt}); err != nil {
			t.Errorf("import after %q: %v", tt.button, err)
		}
	}
	if list, _ := db.ListCases(ctx); len(list) != 2 {
		t.Errorf("%d cases after new and replace, want 2", len(list))
	}
}

// dupTransfer refuses a case already here until the window answers.
type dupTransfer struct {
	fakeTransfer
	existing, incoming *model.Case
	asked              []ImportOptions
}

type dupErr struct{ t *dupTransfer }

func (e dupErr) Error() string { return "duplicate" }
func (e dupErr) Cases() (existing, incoming *model.Case, by string) {
	return e.t.existing, e.t.incoming, "rvnr"
}

type warnErr struct{}

func (warnErr) Error() string { return "warnings" }
func (warnErr) ImportWarnings() model.Problems {
	return model.Problems{{Path: "client.rvnr", Code: model.CodeRVNRBirthDate, Value: "10010490A443"}}
}

func (f *dupTransfer) Import(path, pass string, opts ImportOptions) (int64, error) {
	f.asked = append(f.asked, opts)
	switch {
	case opts.Duplicate == DuplicateCancel:
		return 0, dupErr{f}
	case !opts.AcceptWarnings:
		return 0, warnErr{}
	}
	return f.existing.ID, nil
}

// The window's import asks about a case already here and about warnings,
// and imports only with both answers.
func TestWindowImportAsksAboutDuplicateAndWarnings(t *testing.T) {
	a := uitest.German(t)
	db := uitest.Store(t)
	here := addCase(t, db, "Erika", "Mustermann", "10010490A443")
	f := &dupTransfer{existing: here, incoming: here}
	u := New(a, db, locales.New("de"), uitest.Clock, WithTransfer(f))
	t.Cleanup(func() { u.Window().Close() })

	u.importFile("/tmp/fall.json", "")
	top := u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(uitest.Texts(top), "dieselbe Person") {
		t.Fatalf("no duplicate question: %v", top)
	}
	test.Tap(uitest.OneButton(t, top, "Vorhandenen ersetzen"))
	top = u.win.Canvas().Overlays().Top()
	if top == nil || !strings.Contains(uitest.Texts(top), "anderes Geburtsdatum") {
		t.Fatalf("no warnings question: %v", top)
	}
	test.Tap(uitest.OneButton(t, top, "Angaben stimmen – importieren"))
	want := []ImportOptions{{}, {Duplicate: DuplicateReplace}, {Duplicate: DuplicateReplace, AcceptWarnings: true}}
	if !reflect.DeepEqual(f.asked, want) {
		t.Errorf("imports asked %+v, want %+v", f.asked, want)
	}
}
