package main

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"teilhabelotse/internal/applog"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// corruptCopy copies the database of dir into a new data folder and
// overwrites 16 KiB in the middle of the file.
func corruptCopy(t *testing.T, dir string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if len(b) < 64<<10 {
		t.Fatalf("database only %d bytes; too small to damage in the middle", len(b))
	}
	mid := len(b) / 2
	for i := mid; i < mid+16<<10; i++ {
		b[i] = byte(i*7 + 3)
	}
	bad := t.TempDir()
	// Private like every data folder, or each command would first warn
	// that others could read it.
	if err := os.Chmod(bad, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, storage.FileName), b, 0o600); err != nil {
		t.Fatal(err)
	}
	return bad
}

func TestCheck(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	out := mustRun(t, "--data", dir, "check")
	if want := "Datenbank in Ordnung – Schemaversion " + strconv.Itoa(storage.SchemaVersion()) + ", 9 Fälle"; !strings.Contains(out, want) {
		t.Errorf("check printed %q, want %q", out, want)
	}
	if out := mustRun(t, "--data", dir, "--lang", "en", "check"); !strings.Contains(out, "Database OK") {
		t.Errorf("English check printed %q", out)
	}

	bad := corruptCopy(t, dir)
	wantFail(t, "beschädigt", "--data", bad, "check")
	wantFail(t, "damaged", "--data", bad, "--lang", "en", "check")

	db := openStore(t, dir)
	r, err := db.Check(context.Background())
	if err != nil || !r.OK() || r.Cases != 9 || r.SchemaVersion != storage.SchemaVersion() {
		t.Errorf("Check = %+v, %v", r, err)
	}
}

// sameAsBackup fails unless dir holds the cases and case files the
// backup was taken of (snapshot before).
func sameAsBackup(t *testing.T, dir string, wantRows []model.CaseSummary, wantDocs map[int64]string) {
	t.Helper()
	gotRows, gotDocs := snapshot(t, dir)
	if !reflect.DeepEqual(gotRows, wantRows) {
		t.Errorf("list after restore:\n%+v\nwant\n%+v", gotRows, wantRows)
	}
	if !reflect.DeepEqual(gotDocs, wantDocs) {
		t.Error("case files after restore differ from the backup")
	}
}

// snapshot is what a restore must bring back: the case list and every
// case in full.
func snapshot(t *testing.T, dir string) ([]model.CaseSummary, map[int64]string) {
	t.Helper()
	db := openStore(t, dir)
	defer db.Close() // when this returns: the command line may need the folder
	ctx := context.Background()
	rows, err := db.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[int64]string{}
	for _, r := range rows {
		var b bytes.Buffer
		if err := db.ExportCase(ctx, r.ID, &b); err != nil {
			t.Fatal(err)
		}
		docs[r.ID] = b.String()
	}
	return rows, docs
}

func TestBackupRestore(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	backup := filepath.Join(t.TempDir(), "sicherung.db")
	out := mustRun(t, "--data", dir, "backup", "--out", backup)
	if !strings.Contains(out, backup) {
		t.Errorf("backup printed %q", out)
	}
	st, err := os.Stat(backup)
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v, want 0600 (health data)", st.Mode().Perm())
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(backup), ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}
	wantRows, wantDocs := snapshot(t, dir)

	// Change the data: two cases edited, two added. (An erasure is not
	// undone by a restore: TestRestoreDoesNotUndoAnErasure in storage.)
	db := openStore(t, dir)
	ctx := context.Background()
	c, err := db.LoadCase(ctx, wantRows[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	c.Client.FirstName = "Geändert"
	if err := db.SaveCase(ctx, c); err != nil {
		t.Fatal(err)
	}
	c2, err := db.LoadCase(ctx, wantRows[1].ID)
	if err != nil {
		t.Fatal(err)
	}
	c2.Client.LastName = "Anders"
	if err := db.SaveCase(ctx, c2); err != nil {
		t.Fatal(err)
	}
	db.Close()
	mustRun(t, "--data", dir, "demo", "--cases", "2", "--seed", "4")
	if rows, _ := snapshot(t, dir); reflect.DeepEqual(rows, wantRows) {
		t.Fatal("the change did not change the list")
	}

	out = mustRun(t, "--data", dir, "restore", backup)
	if !strings.Contains(out, "9 Fälle") || !strings.Contains(out, ".before-restore-") {
		t.Errorf("restore printed %q", out)
	}
	sameAsBackup(t, dir, wantRows, wantDocs)
	aside, _ := filepath.Glob(filepath.Join(dir, storage.FileName+".before-restore-*"))
	if len(aside) != 1 {
		t.Fatalf("kept aside: %v, want one file", aside)
	}
	// The previous state is kept whole: 9 + 2 cases.
	if old, err := os.ReadFile(aside[0]); err != nil || len(old) == 0 {
		t.Fatalf("aside file: %v", err)
	}
	keep := t.TempDir()
	if err := copyFile(aside[0], filepath.Join(keep, storage.FileName)); err != nil {
		t.Fatal(err)
	}
	if walPath := aside[0] + "-wal"; fileExists(walPath) {
		copyFile(walPath, filepath.Join(keep, storage.FileName+"-wal"))
	}
	if rows, _ := snapshot(t, keep); len(rows) != 11 {
		t.Errorf("the database kept aside has %d cases, want 11", len(rows))
	}
	mustRun(t, "--data", dir, "check")
}

func fileExists(p string) bool { _, err := os.Stat(p); return err == nil }

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o600)
}

func TestRestoreRefuses(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	files := t.TempDir()
	backup := filepath.Join(files, "sicherung.db")
	mustRun(t, "--data", dir, "backup", "--out", backup)

	garbage := filepath.Join(files, "garbage.db")
	g := bytes.Repeat([]byte("kein SQLite "), 1000)
	if err := os.WriteFile(garbage, g, 0o600); err != nil {
		t.Fatal(err)
	}
	empty := filepath.Join(files, "empty.db")
	os.WriteFile(empty, nil, 0o600)

	newer := filepath.Join(files, "newer.db")
	copyFile(backup, newer)
	sdb, err := sql.Open("sqlite3", newer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := sdb.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()

	foreign := filepath.Join(files, "foreign.db")
	sdb, _ = sql.Open("sqlite3", foreign)
	if _, err := sdb.Exec("CREATE TABLE x (a); PRAGMA user_version = 1"); err != nil {
		t.Fatal(err)
	}
	sdb.Close()

	damaged := filepath.Join(corruptCopy(t, dir), storage.FileName)

	before, err := os.ReadFile(filepath.Join(dir, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	wantFail(t, "keine Sicherung von Teilhabelotse", "--data", dir, "restore", garbage)
	wantFail(t, "keine Sicherung von Teilhabelotse", "--data", dir, "restore", empty)
	wantFail(t, "keine Sicherung von Teilhabelotse", "--data", dir, "restore", foreign)
	wantFail(t, "keine Sicherung von Teilhabelotse", "--data", dir, "restore", files)
	wantFail(t, "neueren Version", "--data", dir, "restore", newer)
	wantFail(t, "newer version", "--data", dir, "--lang", "en", "restore", newer)
	wantFail(t, "beschädigt", "--data", dir, "restore", damaged)
	wantFail(t, "nicht gefunden", "--data", dir, "restore", filepath.Join(files, "nope.db"))
	wantFail(t, "restore DATEI", "--data", dir, "restore")

	// While the window has the database open, nothing is replaced.
	open := openStore(t, dir)
	if _, err := open.ListCases(context.Background()); err != nil {
		t.Fatal(err)
	}
	wantFail(t, "zweiten Fenster von Teilhabelotse", "--data", dir, "restore", backup)
	open.Close()
	wantFail(t, "--out", "--data", dir, "backup")

	after, err := os.ReadFile(filepath.Join(dir, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Error("a refused restore changed the database")
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if e.Name() != storage.FileName && e.Name() != storage.LockName && e.Name() != applog.FileName {
			t.Errorf("a refused restore left %s in the data folder", e.Name())
		}
	}
	if rows, _ := snapshot(t, dir); len(rows) != 9 {
		t.Errorf("%d cases after refused restores, want 9", len(rows))
	}
}

func TestHelpNamesTrustCommands(t *testing.T) {
	pinLanguage(t)
	for _, lang := range []string{"de", "en"} {
		out := mustRun(t, "--lang", lang, "help")
		for _, w := range []string{"check", "backup --out", "restore"} {
			if !strings.Contains(out, w) {
				t.Errorf("help (%s) lacks %q", lang, w)
			}
		}
	}
}
