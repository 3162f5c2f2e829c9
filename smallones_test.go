package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// Control characters and bidi overrides in a name are printed as visible
// escapes by list, so a name cannot recolour the terminal or reorder a
// line.
func TestListPrintsNamesSafely(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	db := openStore(t, dir)
	c := model.NewCase(model.Client{FirstName: "Eva\x1b[31m", LastName: "Sch\u202emidt\tX"}, time.Now())
	if err := db.CreateCase(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	db.Close()
	out := mustRun(t, "--data", dir, "list")
	if strings.ContainsAny(out, "\x1b\u202e") || strings.Count(out, "\t") != 3 {
		t.Errorf("list printed control characters raw: %q", out)
	}
	if !strings.Contains(out, `\u{001B}`) || !strings.Contains(out, `\u{202E}`) {
		t.Errorf("list should show them as escapes: %q", out)
	}
}

// A pipe given as a case file is refused at once instead of waiting for a
// writer forever.
func TestImportRefusesAPipe(t *testing.T) {
	pinLanguage(t)
	fifo := filepath.Join(t.TempDir(), "fall.json")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip(err)
	}
	done := make(chan struct{})
	go func() {
		defer close(done)
		_, errs, code := runCLI(t, "--data", t.TempDir(), "import", fifo)
		if code != 1 || !strings.Contains(errs, "keine gewöhnliche Datei") {
			t.Errorf("import of a pipe: exit %d, %q", code, errs)
		}
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("import of a pipe hangs")
	}
}

func TestOverlongPassphraseIsRefusedNotCut(t *testing.T) {
	dir := demoData(t, "--cases", "1", "--seed", "1")
	t.Setenv(passphraseEnv, strings.Repeat("lang ", 300))
	out := filepath.Join(t.TempDir(), "b.age")
	wantFail(t, "länger als 1024 Bytes", "--data", dir, "backup", "--encrypt", "--out", out)
	if _, err := os.Stat(out); err == nil {
		t.Error("a backup was written with a refused passphrase")
	}
}

// A key given twice would silently keep only the last value.
func TestCaseFileWithADuplicateKeyIsRefused(t *testing.T) {
	dir := demoData(t, "--cases", "1", "--seed", "1")
	file := filepath.Join(t.TempDir(), "fall.json")
	mustRun(t, "--data", dir, "export", "json", "--case", "1", "--out", file)
	b, _ := os.ReadFile(file)
	s := strings.Replace(string(b), `"lastName":`, `"lastName": "Erste Fassung", "lastName":`, 1)
	os.WriteFile(file, []byte(s), 0o600)
	_, errs, code := runCLI(t, "--data", dir, "import", file)
	if code != 1 || !strings.Contains(errs, "lastName") || !strings.Contains(errs, "zweimal") {
		t.Errorf("duplicate key: exit %d, %q", code, errs)
	}
}

// Nothing is written into a database the check finds damaged; the
// message says so and points to the backup.
func TestWritesRefusedOnADamagedDatabase(t *testing.T) {
	dir := demoData(t)
	file := filepath.Join(t.TempDir(), "fall.json")
	mustRun(t, "--data", dir, "export", "json", "--case", "1", "--out", file)
	bad := corruptCopy(t, dir)
	before, _ := os.ReadFile(filepath.Join(bad, storage.FileName))
	_, errs, code := runCLI(t, "--data", bad, "import", file)
	// Refused by the quick check before writing, or already by Open.
	if code != 1 || !strings.Contains(errs, "beschädigt") {
		t.Errorf("import into a damaged database: exit %d, %q", code, errs)
	}
	if after, _ := os.ReadFile(filepath.Join(bad, storage.FileName)); string(after) != string(before) {
		t.Error("the damaged database was written to")
	}
}
