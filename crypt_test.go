package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"teilhabelotse/internal/applog"
	"teilhabelotse/storage"
)

// These tests run the real scrypt cost (about half a second per
// encryption or decryption), as the program does.

// withPassphrase sets the passphrase as a script would.
func withPassphrase(t *testing.T, pass string) {
	t.Helper()
	t.Setenv(passphraseEnv, pass)
}

// typedPassphrase unsets the variable and pipes input to standard input.
func typedPassphrase(t *testing.T, input string) {
	t.Helper()
	t.Setenv(passphraseEnv, "")
	os.Unsetenv(passphraseEnv)
	old := passphraseInput
	passphraseInput = strings.NewReader(input)
	t.Cleanup(func() { passphraseInput = old })
}

// lastName is the client's last name of a list row ("First Last").
func lastName(r row) string {
	f := strings.Fields(r.name)
	return f[len(f)-1]
}

// readSealed reads a file the program encrypted: only its owner may read
// it, and it is an age file.
func readSealed(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o600 {
		t.Errorf("%s: mode %v, want 0600", filepath.Base(path), st.Mode().Perm())
	}
	if !bytes.HasPrefix(raw, []byte("age-encryption.org/v1\n")) {
		t.Errorf("%s does not begin with the age header: %q", filepath.Base(path), raw[:min(len(raw), 40)])
	}
	return raw
}

func TestExportEncryptedNeedsPassphrase(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	before := listRows(t, dir)
	r := before[0]
	id := strconv.FormatInt(r.id, 10)
	files := t.TempDir()
	sealed := filepath.Join(files, "fallakte.age")
	plain := filepath.Join(files, "fallakte.json")
	mustRun(t, "--data", dir, "export", "json", "--case", id, "--out", plain)

	withPassphrase(t, "Pferd Batterie Heftklammer")
	out := mustRun(t, "--data", dir, "export", "json", "--case", id, "--out", sealed, "--encrypt")
	if !strings.Contains(out, sealed) || !strings.Contains(out, "verschlüsselt") {
		t.Errorf("export printed %q", out)
	}
	raw := readSealed(t, sealed)
	for _, secret := range []string{lastName(r), storage.FormatName, `"client"`} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("the encrypted case file contains %q", secret)
		}
	}
	var v any
	if json.Unmarshal(raw, &v) == nil {
		t.Error("the encrypted case file parses as JSON")
	}
	if left, _ := filepath.Glob(filepath.Join(files, ".*.tmp")); len(left) > 0 {
		t.Errorf("temporary files left behind: %v", left)
	}

	// Without the passphrase nothing is imported and the list stays.
	withPassphrase(t, "Pferd Batterie Heftklammr")
	wantFail(t, "Die Passphrase ist falsch oder die Datei ist beschädigt.", "--data", dir, "import", sealed)
	wantFail(t, "The passphrase is wrong or the file is damaged.", "--data", dir, "--lang", "en", "import", sealed)
	withPassphrase(t, "")
	_, errs, code := runCLI(t, "--data", dir, "import", sealed)
	if code != 1 || !strings.Contains(errs, "leere Passphrase") || !strings.Contains(errs, passphraseEnv) {
		t.Errorf("empty passphrase: exit %d, stderr %q", code, errs)
	}
	typedPassphrase(t, "") // nothing on standard input
	if _, errs, code := runCLI(t, "--data", dir, "import", sealed); code != 1 || !strings.Contains(errs, "leere Passphrase") {
		t.Errorf("no passphrase on stdin: exit %d, stderr %q", code, errs)
	}
	if after := listRows(t, dir); !reflect.DeepEqual(after, before) {
		t.Errorf("a refused import changed the case list: %d cases, want %d", len(after), len(before))
	}

	// With it (here typed on standard input) the case comes back as it
	// was exported; a plain file next to it is imported as before.
	typedPassphrase(t, "Pferd Batterie Heftklammer\nnot read\n")
	got := lines(mustRun(t, "--data", dir, "import", "--duplicate=new", sealed, plain))
	if len(got) != 2 {
		t.Fatalf("import printed %q, want two case numbers", got)
	}
	again := filepath.Join(files, "again.json")
	mustRun(t, "--data", dir, "export", "json", "--case", got[0], "--out", again)
	a, _ := json.Marshal(caseJSON(t, plain))
	b, _ := json.Marshal(caseJSON(t, again))
	if !bytes.Equal(a, b) {
		t.Error("the case imported from the encrypted file differs from the exported one")
	}
	if n := len(listRows(t, dir)); n != len(before)+2 {
		t.Errorf("%d cases after importing two, want %d", n, len(before)+2)
	}

	// --encrypt is for case files and backups only.
	wantFail(t, "--encrypt", "--data", dir, "export", "plan", "--case", id, "--out", filepath.Join(files, "p.pdf"), "--encrypt")
}

func TestBackupEncryptedRestore(t *testing.T) {
	dir := demoData(t, "--seed", "3")
	backup := filepath.Join(t.TempDir(), "sicherung.age")
	withPassphrase(t, "Sicherung 2026!")
	out := mustRun(t, "--data", dir, "backup", "--out", backup, "--encrypt")
	if !strings.Contains(out, backup) || !strings.Contains(out, "Passphrase") {
		t.Errorf("backup printed %q", out)
	}
	raw := readSealed(t, backup)
	wantRows, wantDocs := snapshot(t, dir)
	for _, secret := range []string{"SQLite format 3", wantRows[0].LastName, "CREATE TABLE"} {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("the encrypted backup contains %q", secret)
		}
	}
	// The plaintext copy made on the way is gone from the data folder.
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if !strings.HasPrefix(e.Name(), storage.FileName) && e.Name() != storage.LockName && e.Name() != applog.FileName {
			t.Errorf("backup left %s in the data folder", e.Name())
		}
	}

	// Change the data, so that the restore has something to undo.
	mustRun(t, "--data", dir, "demo", "--cases", "2", "--seed", "4")
	changedRows, changedDocs := snapshot(t, dir)
	dbFile := filepath.Join(dir, storage.FileName)
	dbBefore, err := os.ReadFile(dbFile)
	if err != nil {
		t.Fatal(err)
	}

	// A wrong passphrase leaves the current database as it is.
	withPassphrase(t, "Sicherung 2025!")
	wantFail(t, "Die Passphrase ist falsch oder die Datei ist beschädigt.", "--data", dir, "restore", backup)
	typedPassphrase(t, "\n")
	wantFail(t, "leere Passphrase", "--data", dir, "restore", backup)
	if dbAfter, _ := os.ReadFile(dbFile); !bytes.Equal(dbBefore, dbAfter) {
		t.Error("a refused restore changed the database")
	}
	ents, _ = os.ReadDir(dir)
	for _, e := range ents {
		if (!strings.HasPrefix(e.Name(), storage.FileName) && e.Name() != storage.LockName && e.Name() != applog.FileName) || strings.Contains(e.Name(), "before-restore") {
			t.Errorf("a refused restore left %s in the data folder", e.Name())
		}
	}
	if rows, docs := snapshot(t, dir); !reflect.DeepEqual(rows, changedRows) || !reflect.DeepEqual(docs, changedDocs) {
		t.Error("a refused restore changed the cases")
	}

	withPassphrase(t, "Sicherung 2026!")
	out = mustRun(t, "--data", dir, "restore", backup)
	if !strings.Contains(out, strconv.Itoa(len(wantRows))+" Fälle") || !strings.Contains(out, ".before-restore-") {
		t.Errorf("restore printed %q", out)
	}
	sameAsBackup(t, dir, wantRows, wantDocs)
	ents, _ = os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("restore left %s in the data folder", e.Name())
		}
	}
	mustRun(t, "--data", dir, "check")
}

func TestReadLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                  "",
		"\n":                "",
		"geheim":            "geheim",
		"geheim\n":          "geheim",
		"geheim\r\nrest\n":  "geheim",
		"  zwei Wörter \n.": "  zwei Wörter ",
	} {
		r := strings.NewReader(in)
		got, err := readLine(r)
		if err != nil || got != want {
			t.Errorf("readLine(%q) = %q, %v; want %q", in, got, err, want)
		}
		if rest, _ := io.ReadAll(r); strings.Contains(in, "\n") && string(rest) != in[strings.Index(in, "\n")+1:] {
			t.Errorf("readLine(%q) consumed more than the line: rest %q", in, rest)
		}
	}
}
