package applog

import (
	"errors"
	"fmt"
	"log"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRotates(t *testing.T) {
	dir := t.TempDir()
	l, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	l.max = 1000
	line := []byte(strings.Repeat("x", 99) + "\n")
	for i := 0; i < 25; i++ {
		l.Write(line)
	}
	l.Close()
	cur, _ := os.Stat(filepath.Join(dir, FileName))
	old, err := os.Stat(filepath.Join(dir, FileName+".1"))
	if err != nil {
		t.Fatal("no older generation kept:", err)
	}
	if cur.Size() > 1000 || old.Size() > 1000 {
		t.Errorf("log grew past its size: %d and %d bytes", cur.Size(), old.Size())
	}
	if cur.Mode().Perm() != 0o600 {
		t.Errorf("log mode %v", cur.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("%d files; one older generation is kept, no more", len(entries))
	}
}

func TestErrKeepsNoPath(t *testing.T) {
	for _, err := range []error{
		&os.PathError{Op: "open", Path: "/home/emu/Erika Mustermann.json", Err: os.ErrPermission},
		fmt.Errorf("export /media/usb/Mustermann_Erika.pdf: %w", errors.New("disk full")),
		fmt.Errorf(`open C:\Users\emu\Desktop\Mustermann.json: access denied`),
	} {
		got := Err(err).Value.String()
		if strings.Contains(got, "Mustermann") {
			t.Errorf("%v logged as %q", err, got)
		}
	}
}

func TestStartSetsDefault(t *testing.T) {
	dir := t.TempDir()
	l, err := Start(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer Discard()
	slog.Info("started", "version", "1.2.3")
	l.Close()
	b, _ := os.ReadFile(l.Path())
	if !strings.Contains(string(b), "msg=started version=1.2.3") {
		t.Errorf("log: %q", b)
	}
	if _, err := Start(filepath.Join(dir, "missing", "deeper")); err == nil {
		t.Error("a log in a folder that does not exist opened")
	}
}

func TestScrubPaths(t *testing.T) {
	for in, want := range map[string]string{
		"export /home/emu/Mustermann Erika.pdf: no space left": "export <path>: no space left",
		`open C:\Users\emu\Fall Erika.json: access denied`:     "open <path>: access denied",
		`copy \\server\share\x y.db: gone`:                     "copy <path>: gone",
		`database is locked`:                                   "database is locked",
		`read/write conflict`:                                  "read/write conflict",
		`file "/tmp/a b.json" broken`:                          `file "<path>" broken`,
	} {
		if got := scrubPaths(in); got != want {
			t.Errorf("scrubPaths(%q) = %q, want %q", in, got, want)
		}
	}
}

// Libraries log through the standard log package: into the file, without
// paths.
func TestStandardLogScrubbed(t *testing.T) {
	l, err := Start(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer Discard()
	log.Printf("Fyne error: cannot open /home/emu/Mustermann Erika.json: denied")
	l.Close()
	b, _ := os.ReadFile(l.Path())
	if !strings.Contains(string(b), "Fyne error: cannot open <path>: denied") || strings.Contains(string(b), "Mustermann") {
		t.Errorf("log: %q", b)
	}
}
