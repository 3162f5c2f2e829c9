package storage

import (
	"context"
	"errors"
	"testing"

	"teilhabelotse/model"
)

// Two programs on one database file, each with its own copy of a case: the
// second save must not silently erase the first one's text.
func TestStaleCopyIsRefusedNotWrittenOver(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a := openIn(t, dir)
	b := openIn(t, dir)

	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{FirstName: "Eva", LastName: "Schmidt"}}
	if err := a.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	inA, _ := a.LoadCase(ctx, c.ID)
	inB := mustLoad(t, b, c.ID)

	inA.Intake.Referral.Notes = "Text aus Fenster A"
	if err := a.SaveCase(ctx, inA); err != nil {
		t.Fatal(err)
	}
	bBase := inB.Updated
	inB.Intake.Referral.Notes = "Text aus Fenster B"
	err := b.SaveCase(ctx, inB)
	if !errors.Is(err, model.ErrConflict) {
		t.Fatalf("stale save: %v, want ErrConflict", err)
	}
	if !inB.Updated.Equal(bBase) {
		t.Error("a refused save must leave the copy's version alone")
	}
	stored, _ := b.LoadCase(ctx, c.ID)
	if stored.Intake.Referral.Notes != "Text aus Fenster A" {
		t.Errorf("stored %q, want A's text kept", stored.Intake.Referral.Notes)
	}

	// A keeps working on its own copy: each save moves its version on.
	for i := 0; i < 3; i++ {
		inA.Intake.Referral.Notes += "."
		if err := a.SaveCase(ctx, inA); err != nil {
			t.Fatalf("save %d of the current copy: %v", i, err)
		}
	}
	// B, having seen the conflict, takes the stored version and saves
	// its text over it on purpose.
	fresh, _ := b.LoadCase(ctx, c.ID)
	fresh.Intake.Referral.Notes = inB.Intake.Referral.Notes
	if err := b.SaveCase(ctx, fresh); err != nil {
		t.Fatalf("save over the current version: %v", err)
	}
	if err := a.SaveCase(ctx, inA); !errors.Is(err, model.ErrConflict) {
		t.Fatalf("A is stale now: %v", err)
	}
}

// Saves faster than the clock's millisecond are still distinct versions.
func TestSavesWithinOneMillisecondAreDistinctVersions(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	a, _ := Open(dir)
	defer a.Close()
	b, _ := Open(dir)
	defer b.Close()
	fixedClock(a, "2025-02-01T10:00:00Z")
	fixedClock(b, "2025-02-01T10:00:00Z")
	c := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Schmidt"}}
	if err := a.CreateCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	inB, _ := b.LoadCase(ctx, c.ID)
	if err := a.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := b.SaveCase(ctx, inB); !errors.Is(err, model.ErrConflict) {
		t.Fatalf("same-millisecond stale save: %v, want ErrConflict", err)
	}
}
