package main

import (
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/internal/disktest"
)

// On a read-only file system the data can still be read and exported —
// the rescue — and a write says that the folder is read-only, not that
// anything is damaged.
func TestReadOnlyFolderStillReadsAndExports(t *testing.T) {
	pinLanguage(t)
	mnt := disktest.Small(t, "8m")
	dir := filepath.Join(mnt, "daten")
	mustRun(t, "--data", dir, "demo", "--cases", "3", "--seed", "1")
	file := filepath.Join(t.TempDir(), "fall.json")
	mustRun(t, "--data", dir, "export", "json", "--case", "1", "--out", file)
	disktest.ReadOnly(t, mnt)
	if rows := lines(mustRun(t, "--data", dir, "list")); len(rows) != 3 {
		t.Errorf("list on a read-only folder: %v", rows)
	}
	mustRun(t, "--data", dir, "export", "json", "--case", "2", "--out", filepath.Join(t.TempDir(), "f2.json"))
	mustRun(t, "--data", dir, "check")
	_, errs, code := runCLI(t, "--data", dir, "import", file)
	if code != 1 || !strings.Contains(errs, "schreibgeschützt") || strings.Contains(errs, "beschädigt.") && !strings.Contains(errs, "nicht beschädigt") {
		t.Errorf("import into a read-only folder: exit %d, %q", code, errs)
	}
}
