package kit_test

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// Another program on the same database file saves the open case: the
// window's next save is refused, shows both texts, and the user's own text
// is kept — saved on request, never silently written over or lost.
func TestConflictShowsBothTextsAndKeepsTheUsers(t *testing.T) {
	f := uitest.NewFixture(t)
	other := uitest.StoreIn(t, f.Dir)

	theirs, err := other.LoadCase(context.Background(), f.S.Case.ID)
	if err != nil {
		t.Fatal(err)
	}
	theirs.Intake.Referral.Notes = "Notiz aus dem anderen Programm"
	if err := other.SaveCase(context.Background(), theirs); err != nil {
		t.Fatal(err)
	}

	e := f.S.Note(&f.S.Case.Intake.Referral.Notes)
	f.Put(e)
	test.Type(e, "Meine Notiz aus diesem Fenster")
	if err := f.S.Flush(); err == nil {
		t.Fatal("a save over another program's version must be refused")
	}
	if got := f.Stored().Intake.Referral.Notes; got != "Notiz aus dem anderen Programm" {
		t.Fatalf("the other text was written over: %q", got)
	}
	d := f.Dialog()
	texts := uitest.Texts(d)
	for _, want := range []string{"anderswo geändert", "Meine Notiz aus diesem Fenster", "Notiz aus dem anderen Programm", "intake.referral.notes"} {
		if !strings.Contains(texts, want) {
			t.Errorf("dialog does not show %q:\n%s", want, texts)
		}
	}
	if f.S.Case.Intake.Referral.Notes != "Meine Notiz aus diesem Fenster" {
		t.Error("the user's text must stay in the open case")
	}
	test.Tap(uitest.Button(t, d, "Meine Fassung speichern"))
	if got := f.Stored().Intake.Referral.Notes; got != "Meine Notiz aus diesem Fenster" {
		t.Errorf("after keeping mine, stored %q", got)
	}
	if f.S.Dirty() {
		t.Error("saved, yet still dirty")
	}
}

func TestConflictCanTakeTheStoredVersion(t *testing.T) {
	f := uitest.NewFixture(t)
	other := uitest.StoreIn(t, f.Dir)
	theirs, _ := other.LoadCase(context.Background(), f.S.Case.ID)
	theirs.Client.Phone = "0123 456"
	if err := other.SaveCase(context.Background(), theirs); err != nil {
		t.Fatal(err)
	}
	e := f.S.Text(&f.S.Case.Client.Email)
	f.Put(e)
	test.Type(e, "erika@example.org")
	f.S.Flush()
	rebuilt := f.Rebuilt
	test.Tap(uitest.Button(t, f.Overlay(), "Gespeicherte Fassung übernehmen"))
	if f.S.Case.Client.Phone != "0123 456" || f.S.Case.Client.Email != "" {
		t.Errorf("open case after taking the stored one: %+v", f.S.Case.Client)
	}
	if f.Rebuilt == rebuilt {
		t.Error("the workspace must show the stored version")
	}
	f.S.Case.Client.Email = "neu@example.org"
	f.S.Edited()
	if err := f.S.Flush(); err != nil {
		t.Fatalf("saving on the stored version: %v", err)
	}
}
