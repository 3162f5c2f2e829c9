package storage

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"
	"testing/fstest"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
)

// MustOpen opens a fresh database in a temporary directory and closes it
// when the test or benchmark ends.
func MustOpen(tb testing.TB) *DB { return openIn(tb, tb.TempDir()) }

// mustLoad is the stored case id; the test ends when it does not load.
func mustLoad(tb testing.TB, d *DB, id int64) *model.Case {
	tb.Helper()
	c, err := d.LoadCase(tb.Context(), id)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// storeAll saves partners (their IDs are set in the caller's slice) and
// cases in d, as the demo command does.
func storeAll(tb testing.TB, d *DB, cases []*model.Case, partners []model.Partner) {
	tb.Helper()
	if err := demo.Save(tb.Context(), d, cases, partners); err != nil {
		tb.Fatal(err)
	}
}

// openIn opens the database in dir and closes it when the test ends (or
// earlier, where the test closes it itself).
func openIn(tb testing.TB, dir string) *DB {
	tb.Helper()
	d, err := Open(dir)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		if err := d.Close(); err != nil {
			tb.Error(err)
		}
	})
	return d
}

// reopen closes d as quitting the program does and opens dir again: the
// next start.
func reopen(tb testing.TB, d *DB, dir string) *DB {
	tb.Helper()
	if err := d.Close(); err != nil {
		tb.Fatal(err)
	}
	return openIn(tb, dir)
}

// jsonEqual compares two values by their JSON encoding, which is what the
// database and case files keep of them.
func jsonEqual(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return bytes.Equal(ja, jb)
}

// fixedClock makes saves stamp a known time.
func fixedClock(d *DB, s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	d.now = func() time.Time { return t }
	return t
}

func perm(t *testing.T, path string) fs.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

func TestOpenMakesPrivateFiles(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("Windows has no Unix permission bits; the profile directory's ACL protects the data")
	}
	dir := filepath.Join(t.TempDir(), "daten")
	d := openIn(t, dir)
	if err := d.SaveSettings(context.Background(), model.Settings{Name: "Test"}); err != nil {
		t.Fatal(err)
	}
	if got := perm(t, dir); got != 0o700 {
		t.Errorf("directory mode %o, want 700", got)
	}
	if d.Path() != filepath.Join(dir, FileName) {
		t.Errorf("Path() = %s", d.Path())
	}
	if got := perm(t, d.Path()); got != 0o600 {
		t.Errorf("database mode %o, want 600", got)
	}
	for _, suffix := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(d.Path() + suffix); err == nil {
			if got := perm(t, d.Path()+suffix); got != 0o600 {
				t.Errorf("%s mode %o, want 600", suffix, got)
			}
		}
	}
}

func TestOpenTightensExistingPermissions(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no Unix permission bits")
	}
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	d := openIn(t, dir)
	d.Close()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(filepath.Join(dir, FileName), 0o644); err != nil {
		t.Fatal(err)
	}
	d = openIn(t, dir)
	if got := perm(t, dir); got != 0o700 {
		t.Errorf("directory mode %o, want 700", got)
	}
	if got := perm(t, d.Path()); got != 0o600 {
		t.Errorf("database mode %o, want 600", got)
	}
}

func TestReopenKeepsData(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	id := storeRich(t, d)
	if err := d.SaveSettings(ctx, model.Settings{Name: "Frau Test", FirstMeetingDays: 10}); err != nil {
		t.Fatal(err)
	}
	want, _ := d.LoadCase(ctx, id)
	if err := d.Close(); err != nil {
		t.Fatal(err)
	}

	d = openIn(t, dir)
	got := mustLoad(t, d, id)
	if !jsonEqual(t, got, want) {
		t.Error("case changed across reopen")
	}
	ps, _ := d.Partners(ctx)
	if len(ps) != len(richPartners()) {
		t.Errorf("%d partners after reopen, want %d", len(ps), len(richPartners()))
	}
	s, _ := d.Settings(ctx)
	if s.Name != "Frau Test" || s.FirstMeetingDays != 10 {
		t.Errorf("settings after reopen: %+v", s)
	}
}

func userVersion(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

func TestSchemaVersionRecorded(t *testing.T) {
	d := MustOpen(t)
	if SchemaVersion() < 1 {
		t.Fatalf("SchemaVersion() = %d", SchemaVersion())
	}
	if got := userVersion(t, d.Path()); got != SchemaVersion() {
		t.Errorf("user_version %d, want %d", got, SchemaVersion())
	}
	for _, table := range []string{"cases", "partners", "settings"} {
		var n int
		if err := d.db.QueryRow(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?`, table).Scan(&n); err != nil || n != 1 {
			t.Errorf("table %s missing (%v)", table, err)
		}
	}
	var fk int
	if err := d.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d (%v), want 1", fk, err)
	}
	var sync int
	if err := d.db.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != 2 {
		t.Errorf("synchronous = %d (%v), want 2 (FULL)", sync, err)
	}
	var mode string
	if err := d.db.QueryRow("PRAGMA journal_mode").Scan(&mode); err != nil || mode != "wal" {
		t.Errorf("journal_mode = %q (%v), want wal", mode, err)
	}
}

// A database from a newer program is refused and not altered, whatever
// journal mode that program used, from the very next version on.
func TestNewerSchemaRefusedAndUntouched(t *testing.T) {
	for _, tc := range []struct {
		journal string
		ahead   int
	}{{"WAL", 1}, {"WAL", 7}, {"DELETE", 1}, {"DELETE", 7}} {
		journal := tc.journal
		t.Run(fmt.Sprintf("%s+%d", journal, tc.ahead), func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, FileName)
			raw, err := sql.Open("sqlite3", "file:"+path+"?_journal_mode="+journal)
			if err != nil {
				t.Fatal(err)
			}
			newer := SchemaVersion() + tc.ahead
			for _, q := range []string{"CREATE TABLE future (x TEXT)", "INSERT INTO future VALUES ('kept')",
				"PRAGMA user_version = " + strconv.Itoa(newer)} {
				if _, err := raw.Exec(q); err != nil {
					t.Fatal(err)
				}
			}
			raw.Close()
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}

			d, err := Open(dir)
			if err == nil {
				d.Close()
				t.Fatal("newer database opened")
			}
			var p *model.Problem
			if !errors.As(err, &p) || p.Code != model.CodeSchemaNewer {
				t.Fatalf("error %v, want Problem %s", err, model.CodeSchemaNewer)
			}
			if p.Args["Have"] != newer || p.Args["Know"] != SchemaVersion() {
				t.Errorf("Args %v", p.Args)
			}
			after, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Error("database file changed")
			}
			for _, suffix := range []string{"-wal", "-journal"} {
				if _, err := os.Stat(path + suffix); err == nil {
					t.Errorf("%s left behind", suffix)
				}
			}
		})
	}
}

func TestMigrationsNumbering(t *testing.T) {
	if _, err := loadMigrations(migrationFiles); err != nil {
		t.Fatalf("embedded migrations: %v", err)
	}
	for name, files := range map[string]fstest.MapFS{
		"gap":     {"migrations/0001_a.sql": {}, "migrations/0003_c.sql": {}},
		"no num":  {"migrations/init.sql": {}},
		"zero":    {"migrations/0000_a.sql": {}},
		"twice":   {"migrations/0001_a.sql": {}, "migrations/0001_b.sql": {}},
		"letters": {"migrations/00x1_a.sql": {}},
	} {
		if _, err := loadMigrations(files); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	ms, err := loadMigrations(fstest.MapFS{"migrations/0002_b.sql": {Data: []byte("B")}, "migrations/0001_a.sql": {Data: []byte("A")}})
	if err != nil || len(ms) != 2 || ms[0].sql != "A" || ms[1].version != 2 {
		t.Errorf("got %+v, %v", ms, err)
	}
}

// An old database is brought up to date, and opening an up-to-date one
// changes nothing.
func TestMigrateFromOlderAndAgain(t *testing.T) {
	dir := t.TempDir()
	d := openIn(t, dir)
	d.Close()
	for i := 0; i < 2; i++ {
		d, err := Open(dir)
		if err != nil {
			t.Fatalf("open %d: %v", i, err)
		}
		d.Close()
	}
	if got := userVersion(t, filepath.Join(dir, FileName)); got != SchemaVersion() {
		t.Errorf("user_version %d", got)
	}
}

func TestOpenRefusesFileAsDirectory(t *testing.T) {
	f := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(f, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if d, err := Open(f); err == nil {
		d.Close()
		t.Fatal("opened a file as data directory")
	}
}

func TestPathWithSpecialCharacters(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "Daten? #1 & Ü")
	openIn(t, dir)
	if _, err := os.Stat(filepath.Join(dir, FileName)); err != nil {
		t.Fatalf("database not where expected: %v", err)
	}
}

// A file that is not an SQLite database is refused and left as it is.
func TestOpenRefusesForeignFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, FileName)
	content := []byte("Dies ist keine Datenbank, sondern ein Brief an das Versorgungsamt. Er ist lang genug für einen Dateikopf.\n")
	if err := os.WriteFile(path, content, 0o600); err != nil {
		t.Fatal(err)
	}
	if d, err := Open(dir); err == nil {
		d.Close()
		t.Fatal("opened a foreign file")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, content) {
		t.Error("foreign file changed")
	}
}
