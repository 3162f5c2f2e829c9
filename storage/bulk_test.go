package storage

import (
	"context"
	"errors"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

func TestCreateCases(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	now := fixedClock(d, "2026-03-02T10:00:00Z")
	cases, _ := demo.Cases(30, 3, now)
	cases[0].UID = ""              // gets one
	cases[1].Created = time.Time{} // gets now
	if err := d.CreateCases(ctx, cases); err != nil {
		t.Fatal(err)
	}
	if cases[0].UID == "" {
		t.Error("no UID given")
	}
	if !cases[1].Created.Equal(now.UTC()) {
		t.Errorf("Created %v, want %v", cases[1].Created, now)
	}
	list, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(cases) {
		t.Fatalf("%d rows, want %d", len(list), len(cases))
	}
	rows := map[int64]model.CaseSummary{}
	for _, r := range list {
		rows[r.ID] = r
	}
	s, err := d.Settings(ctx)
	if err != nil {
		t.Fatal(err)
	}
	seen := map[int64]bool{}
	for _, c := range cases {
		if c.ID == 0 || seen[c.ID] {
			t.Fatalf("case %q: ID %d", c.UID, c.ID)
		}
		seen[c.ID] = true
		if !c.Updated.Equal(now.UTC()) {
			t.Errorf("case %d: Updated %v", c.ID, c.Updated)
		}
		got := mustLoad(t, d, c.ID)
		if !jsonEqual(t, got, c) {
			t.Errorf("case %d differs after load", c.ID)
		}
		// The list row is what CreateCase would write.
		want := c.Summarize(s)
		want.ID = c.ID
		if r := rows[c.ID]; r.UID != c.UID || r.FirstName != want.FirstName || r.LastName != want.LastName ||
			r.RVNR != want.RVNR || r.Phase != want.Phase || r.NextDue != want.NextDue {
			t.Errorf("case %d: row %+v, want %+v", c.ID, r, want)
		}
	}
}

// One bad case writes nothing and changes none of the cases passed.
func TestCreateCasesIsAllOrNothing(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	cases, _ := demo.Cases(5, 3, time.Now())
	cases[3].UID = cases[1].UID // UNIQUE violation on the fourth insert
	before := make([]model.Case, len(cases))
	for i, c := range cases {
		before[i] = *c
	}
	if err := d.CreateCases(ctx, cases); err == nil {
		t.Fatal("duplicate UID accepted")
	}
	if list, err := d.ListCases(ctx); err != nil || len(list) != 0 {
		t.Fatalf("%d rows written, %v", len(list), err)
	}
	for i, c := range cases {
		if c.ID != 0 || !c.Updated.Equal(before[i].Updated) || c.UID != before[i].UID {
			t.Errorf("case %d changed by a failed CreateCases", i)
		}
	}

	cctx, cancel := context.WithCancel(ctx)
	cancel()
	if err := d.CreateCases(cctx, cases[:1]); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if err := d.CreateCases(ctx, nil); err != nil {
		t.Errorf("no cases: %v", err)
	}
}
