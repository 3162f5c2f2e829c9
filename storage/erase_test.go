package storage

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"teilhabelotse/model"
)

// fileHolds reports whether the database file or its write-ahead log holds s.
func fileHolds(t *testing.T, d *DB, s string) bool {
	t.Helper()
	for _, p := range []string{d.Path(), d.Path() + "-wal"} {
		b, err := os.ReadFile(p)
		if errors.Is(err, os.ErrNotExist) {
			continue
		}
		if err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(b, []byte(s)) {
			return true
		}
	}
	return false
}

func closedCase(last string, closedAt time.Time) *model.Case {
	return &model.Case{Phase: model.PhaseClosed,
		Client: model.Client{FirstName: "Wilhelmine", LastName: last, Address: last + "weg 3"},
		Intake: model.Intake{Referral: model.Referral{Notes: strings.Repeat("Befund "+last+" ", 2000)}},
		Events: []model.Event{
			{At: closedAt.AddDate(-1, 0, 0), Kind: model.KindOpened, To: model.PhaseIntake},
			{At: closedAt, Kind: model.KindFinish, From: model.PhaseClosure, To: model.PhaseClosed},
		}}
}

// TestEraseLeavesNoTrace: after erasure the client's name is nowhere in the
// database file or its log — neither in the freed pages nor in the indexes
// — while the other cases are untouched and the deletion is logged.
func TestEraseLeavesNoTrace(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	gone := closedCase("Quastenflosser", time.Date(2021, 3, 1, 12, 0, 0, 0, time.UTC))
	kept := closedCase("Kammmolch", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC))
	for _, c := range []*model.Case{gone, kept} {
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	gone.Client.Phone = "0170 Quastenflosser" // a second version of the row in the log
	if err := d.SaveCase(ctx, gone); err != nil {
		t.Fatal(err)
	}
	if !fileHolds(t, d, "Quastenflosser") {
		t.Fatal("test is void: the name is not in the files before erasure")
	}

	if err := d.EraseCase(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	if fileHolds(t, d, "Quastenflosser") {
		t.Error("the erased client's name is still in the database files")
	}
	if _, err := d.db.ExecContext(ctx, `VACUUM`); err != nil {
		t.Fatal(err)
	}
	if fileHolds(t, d, "Quastenflosser") {
		t.Error("the erased client's name is in the database files after VACUUM")
	}
	if !fileHolds(t, d, "Kammmolch") {
		t.Error("the other case is gone from the file")
	}
	if _, err := d.LoadCase(ctx, gone.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("erased case loads: %v", err)
	}
	if got := kinds(entries(t, d, gone.UID)); strings.Join(got, " ") != "deletion" {
		t.Errorf("erasure logged %v", got)
	}
	if err := d.EraseCase(ctx, gone.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("erasing twice: %v", err)
	}
}

// TestClosedCases lists only closed cases with the day of their last
// closing, the longest closed first.
func TestClosedCases(t *testing.T) {
	ctx := context.Background()
	d := MustOpen(t)
	older := closedCase("Alt", time.Date(2020, 5, 4, 22, 30, 0, 0, time.UTC))
	newer := closedCase("Neu", time.Date(2024, 1, 2, 9, 0, 0, 0, time.UTC))
	open := &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: "Offen"}}
	for _, c := range []*model.Case{newer, open, older} {
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	got, err := d.ClosedCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].LastName != "Alt" || got[0].ClosedOn != model.NewDate(2020, 5, 4) ||
		got[1].LastName != "Neu" || got[1].ClosedOn != model.NewDate(2024, 1, 2) {
		t.Errorf("closed cases %+v", got)
	}

	// Reopening takes a case off the list.
	newer.Phase = model.PhaseMonitoring
	newer.Events = append(newer.Events, model.Event{At: time.Date(2024, 2, 1, 0, 0, 0, 0, time.UTC),
		Kind: model.KindReopen, From: model.PhaseClosed, To: model.PhaseMonitoring})
	if err := d.SaveCase(ctx, newer); err != nil {
		t.Fatal(err)
	}
	if got, _ := d.ClosedCases(ctx); len(got) != 1 || got[0].LastName != "Alt" {
		t.Errorf("after reopening %+v", got)
	}
}

// TestEraseWhileAnotherProgramReads: a reader holding a snapshot keeps the
// log from being wiped; erasure says so, and the next start wipes it.
func TestEraseWhileAnotherProgramReads(t *testing.T) {
	if testing.Short() {
		t.Skip("waits for the busy timeout (5 s)")
	}
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	gone := closedCase("Quastenflosser", time.Date(2021, 3, 1, 12, 0, 0, 0, time.UTC))
	if err := d.CreateCase(ctx, gone); err != nil {
		t.Fatal(err)
	}
	reader := openIn(t, dir)
	// A query not read to its end holds its snapshot, as a long read does.
	rows, err := reader.db.QueryContext(ctx, `SELECT id FROM cases`)
	if err != nil || !rows.Next() {
		t.Fatalf("reader: %v", err)
	}
	if err := d.EraseCase(ctx, gone.ID); !errors.Is(err, model.ErrScrubPending) {
		t.Errorf("erasure with a reader: %v, want ErrScrubPending", err)
	}
	if _, err := d.LoadCase(ctx, gone.ID); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("the case is not deleted: %v", err)
	}
	rows.Close()
	reader.Close()
	d = reopen(t, d, dir) // the next start
	if fileHolds(t, d, "Quastenflosser") {
		t.Error("the next start left the erased name in the files")
	}
}

// TestRestoreDoesNotUndoAnErasure: restoring a backup taken before an
// erasure erases the case again and keeps the log written since.
func TestRestoreDoesNotUndoAnErasure(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	gone := closedCase("Quastenflosser", time.Date(2021, 3, 1, 12, 0, 0, 0, time.UTC))
	kept := closedCase("Kammmolch", time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC))
	for _, c := range []*model.Case{gone, kept} {
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
	}
	backup := filepath.Join(t.TempDir(), "vorher.db")
	if err := d.Backup(ctx, backup); err != nil {
		t.Fatal(err)
	}
	if err := d.EraseCase(ctx, gone.ID); err != nil {
		t.Fatal(err)
	}
	d.Close()

	if _, err := Restore(dir, backup, time.Now()); err != nil {
		t.Fatal(err)
	}
	d = openIn(t, dir)
	rows, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 1 || rows[0].LastName != "Kammmolch" {
		t.Errorf("after restoring a backup from before the erasure: %+v", rows)
	}
	if fileHolds(t, d, "Quastenflosser") {
		t.Error("the erased name is in the restored files")
	}
	got := strings.Join(kinds(entries(t, d, gone.UID)), " ")
	if got != "deletion deletion" {
		t.Errorf("the erased case's log after the restore: %q, want the erasure and its repetition", got)
	}
	all, err := d.AllAuditEntries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if last := all[len(all)-1]; last.Kind != model.AuditRestore {
		t.Errorf("last entry %+v, want the restore", last)
	}
}
