package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/storage"
)

// While the window holds the data folder, a second window brings nothing
// up and says why, writing commands refuse with a clear message, and
// reading commands work.
func TestOneWriterPerDataFolder(t *testing.T) {
	dir := demoData(t, "--cases", "2", "--seed", "1")
	file := filepath.Join(t.TempDir(), "fall.json")
	mustRun(t, "--data", dir, "export", "json", "--case", "1", "--out", file)

	window, err := storage.AcquireLock(dir, "window", 0)
	if err != nil {
		t.Fatal(err)
	}
	opened := false
	var errb bytes.Buffer
	var shown string
	problemWindow = func(_ *locales.Localizer, heading, text, _ string) { shown = heading + " " + text }
	t.Cleanup(func() { problemWindow = nil })
	code := run([]string{"--data", dir}, &bytes.Buffer{}, &errb, func(model.Store, *locales.Localizer) { opened = true })
	if code != 1 || opened {
		t.Errorf("second window: exit %d, opened %v", code, opened)
	}
	for _, where := range []string{errb.String(), shown} {
		if !strings.Contains(where, "schon geöffnet") || !strings.Contains(where, "Prozess") {
			t.Errorf("second window says %q", where)
		}
	}

	for _, args := range [][]string{{"import", file}, {"demo", "--cases", "1"}} {
		_, errs, code := runCLI(t, append([]string{"--data", dir}, args...)...)
		if code != 1 || !strings.Contains(errs, "Programmfenster") || !strings.Contains(errs, "Schließen Sie das Fenster") {
			t.Errorf("%v with the window open: exit %d, %q", args, code, errs)
		}
	}
	out := mustRun(t, "--data", dir, "list")
	if len(lines(out)) != 2 {
		t.Errorf("list beside the window: %q", out)
	}
	mustRun(t, "--data", dir, "check")
	mustRun(t, "--data", dir, "backup", "--out", filepath.Join(t.TempDir(), "b.db"))

	window.Release()
	mustRun(t, "--data", dir, "import", "--duplicate=new", file)
	if out := mustRun(t, "--data", dir, "list"); len(lines(out)) != 3 {
		t.Errorf("after the window closed, import must work: %q", out)
	}
	if h, ok := storage.Holding(dir); ok {
		t.Errorf("a finished command still holds the folder: %+v", h)
	}
	if _, err := os.Stat(filepath.Join(dir, storage.LockName)); err != nil {
		t.Error(err)
	}
}

// A window that cannot open its data says why in a window, not only on
// stderr, and not as damage.
func TestStartProblemIsShownInAWindow(t *testing.T) {
	pinLanguage(t)
	file := filepath.Join(t.TempDir(), "datei")
	os.WriteFile(file, []byte("x"), 0o600)
	var shown string
	problemWindow = func(_ *locales.Localizer, heading, text, detail string) { shown = heading + " " + text + " " + detail }
	t.Cleanup(func() { problemWindow = nil })
	opened := false
	code := run([]string{"--data", filepath.Join(file, "daten")}, &bytes.Buffer{}, &bytes.Buffer{},
		func(model.Store, *locales.Localizer) { opened = true })
	if code != 1 || opened {
		t.Errorf("exit %d, opened %v", code, opened)
	}
	if !strings.Contains(shown, "Datei, kein Ordner") || strings.Contains(shown, "beschädigt") {
		t.Errorf("the window says %q", shown)
	}
}
