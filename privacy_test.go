package main

import (
	"archive/zip"
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestAccessCopyAndAuditCommands: "export access" writes the Art. 15 copy
// in one step, and "audit" shows it, the documents and the backup.
func TestAccessCopyAndAuditCommands(t *testing.T) {
	dir := demoData(t)
	monika := demoCase(t, dir, "Beispielmann")
	id := strconv.FormatInt(monika.ID, 10)
	out := t.TempDir()

	zipPath := filepath.Join(out, "auskunft.zip")
	mustRun(t, "--data", dir, "export", "access", "--case", id, "--out", zipPath)
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, f := range zr.File {
		names = append(names, f.Name)
	}
	zr.Close()
	got := strings.Join(names, " ")
	for _, want := range []string{"Fallakte.json", "Reha-_und_Teilhabeplan_Version_1.pdf", "Reha-_und_Teilhabeplan_Version_2.pdf", "LIESMICH.txt"} {
		if !strings.Contains(got, want) {
			t.Errorf("the copy lacks %s: %s", want, got)
		}
	}
	if st, err := os.Stat(zipPath); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("copy file: %v %v", err, st.Mode())
	}

	mustRun(t, "--data", dir, "export", "plan", "--case", id, "--out", filepath.Join(out, "plan.pdf"))
	mustRun(t, "--data", dir, "export", "json", "--case", id, "--out", filepath.Join(out, "fall.json"))
	wantFail(t, "", "--data", dir, "export", "json", "--case", id, "--out", filepath.Join(out, "fehlt", "fall.json"))
	mustRun(t, "--data", dir, "backup", "--out", filepath.Join(out, "sicherung.db"))

	log := mustRun(t, "--data", dir, "audit", "--case", id)
	for _, want := range []string{"Fallakte exportiert", "Auskunft nach Art. 15 DSGVO erstellt",
		"Dokument erstellt: Reha- und Teilhabeplan (Version 2)"} {
		if !strings.Contains(log, want) {
			t.Errorf("audit of the case lacks %q:\n%s", want, log)
		}
	}
	if n := strings.Count(log, "Fallakte exportiert"); n != 1 {
		t.Errorf("one case file was written, the log says %d:\n%s", n, log)
	}
	if strings.Contains(log, "Datensicherung") {
		t.Errorf("a case's log shows the backup of the whole database:\n%s", log)
	}
	all := mustRun(t, "--data", dir, "audit")
	if !strings.Contains(all, "Datensicherung erstellt: sicherung.db") || !strings.Contains(all, "Fall "+id) {
		t.Errorf("the whole log shows the backup and case numbers:\n%s", all)
	}
	if strings.Contains(all, "Beispielmann") {
		t.Errorf("the log names the client:\n%s", all)
	}
}

// TestNoClientDataOutsideTheDatabase: after a day's work on the command
// line, the client's name is in the database, its backups and the files
// the user exported — and in no other file under the home folder.
func TestNoClientDataOutsideTheDatabase(t *testing.T) {
	pinLanguage(t)
	home := t.TempDir()
	t.Setenv("HOME", home)
	t.Setenv("XDG_CONFIG_HOME", filepath.Join(home, ".config"))
	t.Setenv("XDG_CACHE_HOME", filepath.Join(home, ".cache"))
	t.Setenv("TMPDIR", filepath.Join(home, "tmp"))
	if err := os.MkdirAll(filepath.Join(home, "tmp"), 0o700); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(home, "daten")
	out := filepath.Join(home, "exporte")
	mustRun(t, "--data", dir, "demo")
	monika := demoCase(t, dir, "Beispielmann")
	id := strconv.FormatInt(monika.ID, 10)
	mustRun(t, "--data", dir, "list")
	if err := os.MkdirAll(out, 0o700); err != nil {
		t.Fatal(err)
	}
	mustRun(t, "--data", dir, "export", "json", "--case", id, "--out", filepath.Join(out, "fall.json"))
	mustRun(t, "--data", dir, "export", "plan", "--case", id, "--out", filepath.Join(out, "plan.pdf"))
	mustRun(t, "--data", dir, "backup", "--out", filepath.Join(out, "sicherung.db"))
	mustRun(t, "--data", dir, "check")
	mustRun(t, "--data", dir, "audit")
	wantFail(t, "", "--data", dir, "export", "plan", "--case", "99999", "--out", filepath.Join(out, "x.pdf"))
	// A file named after the client in a folder that does not exist: the
	// error goes to the log, the name must not.
	wantFail(t, "", "--data", dir, "export", "json", "--case", id, "--out", filepath.Join(home, "fehlt", "Beispielmann Monika.json"))
	if log, err := os.ReadFile(filepath.Join(dir, "teilhabelotse.log")); err != nil || !bytes.Contains(log, []byte("command=export")) {
		t.Fatalf("no log of the commands in the data folder, so none scanned: %v", err)
	}

	holds := func(path string) bool {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return bytes.Contains(b, []byte("Beispielmann"))
	}
	if !holds(filepath.Join(dir, "teilhabelotse.db")) && !holds(filepath.Join(dir, "teilhabelotse.db-wal")) {
		t.Fatal("test is void: the name is not in the database")
	}
	err := filepath.WalkDir(home, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(home, p)
		switch {
		case strings.HasPrefix(rel, "exporte"+string(filepath.Separator)):
			return nil // what the user chose to write
		case strings.HasPrefix(rel, filepath.Join("daten", "teilhabelotse.db")),
			strings.HasPrefix(rel, filepath.Join("daten", "backups")+string(filepath.Separator)):
			return nil // the database and its automatic backups
		}
		if holds(p) {
			t.Errorf("%s holds the client's name", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
