package model

import (
	"testing"
	"time"
)

func TestTextDiffsNamesEveryDifferingText(t *testing.T) {
	mine := NewCase(Client{FirstName: "Eva", LastName: "Schmidt"}, time.Date(2026, 1, 2, 0, 0, 0, 0, time.UTC))
	theirs := *mine
	theirs.Client.FirstName = "Eva Maria"
	theirs.Updated = mine.Updated.Add(time.Hour)
	mine.Intake.Referral.Notes = "Meine Notiz"

	got := TextDiffs(mine, &theirs)
	want := []TextDiff{
		{Path: "client.firstName", Mine: "Eva", Theirs: "Eva Maria"},
		{Path: "intake.referral.notes", Mine: "Meine Notiz"},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("diff %d = %+v, want %+v", i, got[i], want[i])
		}
	}
	if d := TextDiffs(mine, mine); len(d) != 0 {
		t.Errorf("a copy differs from itself: %+v", d)
	}
}
