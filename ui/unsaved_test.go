package ui

import (
	"context"
	"errors"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// failSaves is a store whose saves fail, as on a full disk.
type failSaves struct {
	model.Store
	fail bool
}

func (f *failSaves) SaveCase(ctx context.Context, c *model.Case) error {
	if f.fail {
		return &model.StoreError{Fault: model.FaultFull, Path: "teilhabelotse.db", Err: errors.New("disk full")}
	}
	return f.Store.SaveCase(ctx, c)
}

// Quitting while the last input cannot be saved neither does nothing nor
// loses the text: it says why and offers to copy it, to go back, or to
// quit anyway.
func TestQuitWithAFailingSaveOffersToCopyTheText(t *testing.T) {
	db := uitest.Store(t)
	c := addCase(t, db, "Erika", "Mustermann", "")
	store := &failSaves{Store: db}
	u := newTestUI(t, store)
	u.list.selectCase(c.ID)
	var referrer *kit.Entry
	for _, e := range uitest.All[*kit.Entry](u.win.Content()) {
		if e.Text == "" && e.MultiLine {
			referrer = e
			break
		}
	}
	if referrer == nil {
		t.Fatal("no empty note field")
	}
	store.fail = true
	test.Type(referrer, "Notiz, die nicht gespeichert werden kann")
	if err := u.view.sess.Flush(); err == nil {
		t.Fatal("the save must fail")
	}
	if !strings.Contains(u.view.status.Text, "Datenträger voll") {
		t.Errorf("status line %q", u.view.status.Text)
	}
	// Close the error dialog of the failed save.
	for top := u.win.Canvas().Overlays().Top(); top != nil; top = u.win.Canvas().Overlays().Top() {
		u.win.Canvas().Overlays().Remove(top)
	}

	u.onQuit()
	top := u.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("quitting asked nothing")
	}
	got := strings.Join(uitest.Strings(top), " ")
	for _, want := range []string{"Eingaben nicht gespeichert", "voll", "Text kopieren", "Trotzdem beenden", "Zurück"} {
		if !strings.Contains(got, want) {
			t.Errorf("the question lacks %q: %s", want, got)
		}
	}
	tapText(t, u, "Text kopieren")
	if clip := u.app.Clipboard().Content(); !strings.Contains(clip, "Notiz, die nicht gespeichert werden kann") {
		t.Errorf("clipboard %q", clip)
	}
	tapText(t, u, "Zurück")
	store.fail = false
	if err := u.FlushAll(); err != nil {
		t.Fatalf("after the disk has room again: %v", err)
	}
	stored, _ := db.LoadCase(context.Background(), c.ID)
	if !strings.Contains(stored.Intake.Referral.Notes+stored.Intake.FirstMeeting.Notes, "Notiz, die nicht") {
		t.Error("the text was not saved once it could be")
	}
}
