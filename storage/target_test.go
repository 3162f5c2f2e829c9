package storage

import (
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestCheckTargetRefusesWhatMustNotBeWritten(t *testing.T) {
	data := t.TempDir()
	d := openIn(t, data)
	d.Close()
	out := t.TempDir()
	existing := filepath.Join(out, "alt.json")
	os.WriteFile(existing, []byte("{}"), 0o600)
	linkIntoData := filepath.Join(out, "link.db")
	os.Symlink(filepath.Join(data, FileName), linkIntoData)
	linkedData := filepath.Join(out, "daten")
	os.Symlink(data, linkedData)
	fifo := filepath.Join(out, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		path    string
		replace bool
		want    error
	}{
		{filepath.Join(data, FileName), true, ErrTargetInData},
		{filepath.Join(data, BackupDir, "x.db"), true, ErrTargetInData},
		{filepath.Join(data, "neu.json"), false, ErrTargetInData},
		{filepath.Join(linkedData, "neu.json"), false, ErrTargetInData},
		{linkIntoData, true, ErrTargetInData},
		{existing, false, ErrTargetExists},
		{existing, true, nil},
		{filepath.Join(out, "neu.json"), false, nil},
		{"/dev/null", true, ErrTargetNotRegular},
		{fifo, true, ErrTargetNotRegular},
		{out, true, ErrTargetNotRegular},
	} {
		err := CheckTarget(data, tt.path, tt.replace)
		if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("CheckTarget(%s, replace %v) = %v, want %v", tt.path, tt.replace, err, tt.want)
		}
	}
	if err := CheckTarget(data, filepath.Join(out, "fehlt", "x.json"), false); err == nil {
		t.Error("a target in a missing folder must be refused")
	}
}

// Even without the check, nothing is renamed over a device or a pipe,
// and no temporary file stays behind.
func TestWriteFileAtomicNeverReplacesANonRegularFile(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Fatal(err)
	}
	err := WriteFileAtomic(fifo, func(w io.Writer) error { _, err := io.WriteString(w, "x"); return err })
	if !errors.Is(err, ErrTargetNotRegular) {
		t.Fatalf("write over a pipe: %v", err)
	}
	if st, _ := os.Lstat(fifo); st.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the pipe was replaced")
	}
	assertNoTemp(t, dir)

	err = WriteFileAtomic(filepath.Join(dir, "x"), func(io.Writer) error { return errors.New("boom") })
	if err == nil {
		t.Fatal("a failing write must fail")
	}
	assertNoTemp(t, dir)
}

func assertNoTemp(t *testing.T, dir string) {
	t.Helper()
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.Contains(e.Name(), ".tmp") {
			t.Errorf("left behind: %s", e.Name())
		}
	}
}

func TestSweepRemovesOnlyWhatDeadProcessesLeft(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Fatal(err)
	}
	dead := cmd.Process.Pid
	names := map[string]bool{ // name -> swept
		TempPrefix + strconv.Itoa(dead) + "-backup-123.tmp":         true,
		TempPrefix + strconv.Itoa(dead) + "-backup-123.tmp-journal": true,
		TempPrefix + strconv.Itoa(os.Getpid()) + "-backup-456.tmp":  false,
		".backup-789.tmp":                      true,
		".teilhabelotse-2026-01-02.db.123.tmp": true,
		FileName:                               false,
		"notiz.tmp":                            false,
	}
	old := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	for n := range names {
		p := filepath.Join(dir, n)
		os.WriteFile(p, []byte("SQLite format 3"), 0o600)
		os.Chtimes(p, old, old)
	}
	removed, err := SweepTemp(dir)
	if err != nil {
		t.Fatal(err)
	}
	for n, swept := range names {
		_, err := os.Stat(filepath.Join(dir, n))
		if gone := errors.Is(err, os.ErrNotExist); gone != swept {
			t.Errorf("%s: gone %v, want %v", n, gone, swept)
		}
	}
	if len(removed) != 4 {
		t.Errorf("removed %v", removed)
	}
}
