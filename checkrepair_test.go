package main

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/storage"
)

// Damaged indexes are said as what they are — data intact, no restore —
// the backup refuses to make an unusable copy, and check --repair
// rebuilds them.
func TestIndexDamageIsSaidAndRepairedNotRestored(t *testing.T) {
	dir := demoData(t, "--cases", "3", "--seed", "1")
	raw, err := sql.Open("sqlite3", "file:"+filepath.Join(dir, storage.FileName))
	if err != nil {
		t.Fatal(err)
	}
	raw.SetMaxOpenConns(1)
	var def string
	var root int
	raw.QueryRow(`SELECT sql, rootpage FROM sqlite_schema WHERE name = 'cases_list'`).Scan(&def, &root)
	for _, q := range []string{
		`PRAGMA writable_schema = ON`,
		`DELETE FROM sqlite_schema WHERE name = 'cases_list'`,
	} {
		if _, err := raw.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	raw, _ = sql.Open("sqlite3", "file:"+filepath.Join(dir, storage.FileName))
	raw.SetMaxOpenConns(1)
	raw.Exec(`UPDATE cases SET last_name = 'Zimmermann' WHERE id = 1`)
	raw.Exec(`PRAGMA writable_schema = ON`)
	if _, err := raw.Exec(`INSERT INTO sqlite_schema (type, name, tbl_name, rootpage, sql) VALUES ('index', 'cases_list', 'cases', ?, ?)`, root, def); err != nil {
		t.Fatal(err)
	}
	raw.Close()

	_, errs, code := runCLI(t, "--data", dir, "check")
	if code != 1 || !strings.Contains(errs, "Indizes") || !strings.Contains(errs, "unversehrt") || strings.Contains(errs, "restore DATEI") {
		t.Errorf("check of damaged indexes: exit %d, %q", code, errs)
	}
	out := filepath.Join(t.TempDir(), "b.db")
	_, errs, code = runCLI(t, "--data", dir, "backup", "--out", out)
	if code != 1 || !strings.Contains(errs, "check --repair") {
		t.Errorf("backup of damaged indexes: exit %d, %q", code, errs)
	}
	if got := mustRun(t, "--data", dir, "check", "--repair"); !strings.Contains(got, "neu aufgebaut") {
		t.Errorf("check --repair said %q", got)
	}
	mustRun(t, "--data", dir, "check")
	mustRun(t, "--data", dir, "backup", "--out", out)
	if rows := lines(mustRun(t, "--data", dir, "list")); len(rows) != 3 {
		t.Errorf("after the repair: %v", rows)
	}
}
