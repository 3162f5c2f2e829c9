package storage

import (
	"context"
	"database/sql"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"teilhabelotse/model"
)

// damageIndex leaves one entry of the index cases_list wrong: the index
// is hidden from SQLite while a case row changes, then shown again.
// quick_check passes (the number of entries is right); integrity_check
// finds the entry missing.
func damageIndex(t *testing.T, dir string) {
	t.Helper()
	raw, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, FileName))
	if err != nil {
		t.Fatal(err)
	}
	defer raw.Close()
	raw.SetMaxOpenConns(1)
	var sqlText string
	var root int
	if err := raw.QueryRow(`SELECT sql, rootpage FROM sqlite_schema WHERE name = 'cases_list'`).Scan(&sqlText, &root); err != nil {
		t.Fatal(err)
	}
	steps := []string{
		`PRAGMA writable_schema = ON`,
		`DELETE FROM sqlite_schema WHERE name = 'cases_list'`,
	}
	for _, q := range steps {
		if _, err := raw.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	raw.Close()
	raw, _ = sql.Open("sqlite3", "file:"+filepath.Join(dir, FileName))
	raw.SetMaxOpenConns(1)
	if _, err := raw.Exec(`UPDATE cases SET last_name = 'Zimmermann' WHERE id = (SELECT max(id) FROM cases)`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`PRAGMA writable_schema = ON`); err != nil {
		t.Fatal(err)
	}
	if _, err := raw.Exec(`INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('index', 'cases_list', 'cases', ?, ?)`, root, sqlText); err != nil {
		t.Fatal(err)
	}
	raw.Close()
}

func TestIndexDamageIsFoundBeforeABackupCountsAndRepaired(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	for _, n := range []string{"Schmidt", "Meyer", "Öztürk"} {
		if err := d.CreateCase(ctx, &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: n}}); err != nil {
			t.Fatal(err)
		}
	}
	good := filepath.Join(t.TempDir(), "gut.db")
	if err := d.Backup(ctx, good); err != nil {
		t.Fatal(err)
	}
	d.Close()
	damageIndex(t, dir)

	d, err := OpenChecked(ctx, dir) // the start's quick check does not see it
	if err != nil {
		t.Fatalf("quick check at start: %v", err)
	}
	defer d.Close()
	r, _ := d.Check(ctx)
	if r.OK() || !IndexOnly(r.Problems) {
		t.Fatalf("check: %+v, want index-only damage", r)
	}

	// The backup is refused before it counts, and no daily backup is made
	// (so none is pruned).
	bad := filepath.Join(t.TempDir(), "schlecht.db")
	err = d.Backup(ctx, bad)
	var se *model.StoreError
	if !errors.As(err, &se) || se.Fault != FaultIndex {
		t.Fatalf("backup of an index-damaged database: %v, want FaultIndex", err)
	}
	if exists(bad) {
		t.Error("an unusable backup was written")
	}
	if _, _, err := d.DailyBackup(ctx, mustDay(t), KeepBackups); err == nil {
		t.Error("the daily backup must fail too")
	}

	// With the user's consent, REINDEX repairs it and backups work again.
	r, err = d.Reindex(ctx)
	if err != nil || !r.OK() {
		t.Fatalf("reindex: %+v %v", r, err)
	}
	if err := d.Backup(ctx, bad); err != nil {
		t.Fatalf("backup after the repair: %v", err)
	}
	if rows, _ := d.ListCases(ctx); len(rows) != 3 {
		t.Errorf("%d cases after the repair, want 3", len(rows))
	}
}

// A backup taken before this check existed, with a damaged index, still
// restores: the copy's indexes are rebuilt.
func TestRestoreRepairsAnIndexDamagedBackup(t *testing.T) {
	ctx := context.Background()
	src := t.TempDir()
	d, _ := Open(src)
	for _, n := range []string{"Schmidt", "Meyer"} {
		d.CreateCase(ctx, &model.Case{Phase: model.PhaseIntake, Client: model.Client{LastName: n}})
	}
	d.Close()
	damageIndex(t, src)
	if err := validateBackup(filepath.Join(src, FileName)); err == nil {
		t.Fatal("the backup should fail the check before the repair")
	}
	dst := t.TempDir()
	if _, err := Restore(dst, filepath.Join(src, FileName), mustDay(t)); err != nil {
		t.Fatalf("restore of an index-damaged backup: %v", err)
	}
	r := openIn(t, dst)
	if rep, _ := r.Check(ctx); !rep.OK() {
		t.Errorf("restored database: %+v", rep)
	}
	if rows, _ := r.ListCases(ctx); len(rows) != 2 {
		t.Errorf("%d cases restored, want 2", len(rows))
	}
}

func mustDay(t *testing.T) time.Time {
	t.Helper()
	return time.Date(2026, 11, 1, 8, 0, 0, 0, time.Local)
}
