package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/storage"
)

// --out never replaces the live database, a daily backup, a device or an
// existing file without --force; each refusal says why and changes nothing.
func TestOutTargetsThatMustNotBeWritten(t *testing.T) {
	dir := demoData(t, "--cases", "2", "--seed", "1")
	dbFile := filepath.Join(dir, storage.FileName)
	before, _ := os.ReadFile(dbFile)
	existing := filepath.Join(t.TempDir(), "alt.db")
	os.WriteFile(existing, []byte("alt"), 0o600)
	for _, tt := range []struct {
		want string
		args []string
	}{
		{"im Datenordner", []string{"export", "json", "--case", "1", "--out", dbFile, "--force"}},
		{"im Datenordner", []string{"backup", "--out", dbFile, "--force"}},
		{"im Datenordner", []string{"backup", "--out", filepath.Join(dir, storage.BackupDir, "teilhabelotse-2026-01-01.db")}},
		{"keine gewöhnliche Datei", []string{"backup", "--out", "/dev/null", "--force"}},
		{"keine gewöhnliche Datei", []string{"export", "json", "--case", "1", "--out", "/dev/null", "--force"}},
		{"--force", []string{"backup", "--out", existing}},
	} {
		wantFail(t, tt.want, append([]string{"--data", dir}, tt.args...)...)
	}
	if after, _ := os.ReadFile(dbFile); !bytes.Equal(before, after) {
		t.Error("the database changed")
	}
	if st, err := os.Stat("/dev/null"); err != nil || st.Mode().IsRegular() {
		t.Errorf("/dev/null is no longer a device: %v", st.Mode())
	}
	if b, _ := os.ReadFile(existing); string(b) != "alt" {
		t.Error("an existing file was replaced without --force")
	}
	mustRun(t, "--data", dir, "backup", "--out", existing, "--force")
	if b, _ := os.ReadFile(existing); !strings.HasPrefix(string(b), "SQLite format 3") {
		t.Error("--force must replace the file with the backup")
	}
}

// A file where the data folder should be is said as that, not as damage.
func TestCheckSaysWhatIsWrongNotDamaged(t *testing.T) {
	pinLanguage(t)
	file := filepath.Join(t.TempDir(), "datei")
	os.WriteFile(file, []byte("x"), 0o600)
	_, errs, code := runCLI(t, "--data", filepath.Join(file, "daten"), "check")
	if code != 1 || strings.Contains(errs, "beschädigt") || strings.Contains(errs, "Sicherung zurück") {
		t.Errorf("check below a file: exit %d, %q", code, errs)
	}
}
