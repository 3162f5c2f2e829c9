package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/internal/disktest"
)

// A file the program writes outside its database — an export, a report, a
// backup — onto a full or write-protected disk: the message says so in
// the user's language, not as the system's English, nothing half-written
// stays at the target, and nothing of the data folder changes.
func TestFileFaultsAreSaid(t *testing.T) {
	pinLanguage(t)
	mnt := disktest.Small(t, "256k")
	dir := filepath.Join(t.TempDir(), "daten")
	mustRun(t, "--data", dir, "demo", "--cases", "3", "--seed", "1")
	fill := make([]byte, 512<<10)
	os.WriteFile(filepath.Join(mnt, "voll"), fill, 0o600) // fails when the disk is full: meant so

	out := filepath.Join(mnt, "fall.json")
	for _, args := range [][]string{
		{"export", "json", "--case", "1", "--out", out},
		{"backup", "--out", filepath.Join(mnt, "sicherung.db")},
		{"--lang", "en", "export", "json", "--case", "1", "--out", out},
	} {
		_, errs, code := runCLI(t, append([]string{"--data", dir}, args...)...)
		want := "ist voll"
		if args[0] == "--lang" {
			want = "The disk is full"
		}
		if code == 0 || !strings.Contains(errs, want) || strings.Contains(errs, "no space left") {
			t.Errorf("%v on a full disk: exit %d, %q; want %q", args, code, errs, want)
		}
	}
	left, _ := os.ReadDir(mnt)
	if len(left) != 1 {
		t.Errorf("after the failed writes the disk holds %v, want only the filler", left)
	}

	disktest.ReadOnly(t, mnt)
	_, errs, code := runCLI(t, "--data", dir, "export", "json", "--case", "1", "--out", filepath.Join(mnt, "f2.json"))
	if code == 0 || !strings.Contains(errs, "schreibgeschützt") || strings.Contains(errs, "read-only file system") {
		t.Errorf("export onto a read-only disk: exit %d, %q", code, errs)
	}
	_, errs, code = runCLI(t, "--data", dir, "import", filepath.Join(mnt, "fehlt.json"))
	if code == 0 || !strings.Contains(errs, "nicht gefunden") {
		t.Errorf("import of a missing file: exit %d, %q", code, errs)
	}
	mustRun(t, "--data", dir, "check")
}
