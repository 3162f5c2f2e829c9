package main

import (
	"encoding/json"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"teilhabelotse/storage"
)

// An IT department rolls out a preset with "settings set": every value
// the window accepts is accepted, the whole preset is refused when one
// value is wrong, and "settings" and "settings --json" print what is set.
func TestSettingsCommand(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	data := "--data=" + dir

	before := mustRun(t, data, "settings")
	if !strings.Contains(before, "reviewDaysB=56\n") || !strings.Contains(before, "organisation=\n") {
		t.Errorf("fresh settings:\n%s", before)
	}

	// One bad value: nothing is saved, every problem is named by its key.
	out, errs, code := runCLI(t, data, "settings", "set", "organisation=IFD Nord", "deputyEmail=keine-mail",
		"reviewDaysC=2", "sprache=de")
	if code != 1 || out != "" {
		t.Errorf("bad preset: exit %d, stdout %q", code, out)
	}
	for _, want := range []string{"deputyEmail: „keine-mail“ ist keine gültige E-Mail-Adresse",
		"reviewDaysC: 2 liegt außerhalb", "sprache: „sprache“ ist keine Einstellung"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if got := mustRun(t, data, "settings"); got != before {
		t.Errorf("a refused preset changed the settings:\n%s", got)
	}

	logo := filepath.Join(t.TempDir(), "Logo IFD.png")
	f, err := os.Create(logo)
	if err != nil {
		t.Fatal(err)
	}
	png.Encode(f, image.NewRGBA(image.Rect(0, 0, 40, 12)))
	f.Close()
	mustRun(t, data, "settings", "set", "organisation=IFD Nord", `address=Hafenstraße 1\n20457 Hamburg`,
		"name=Sabine Lotse", "role=Fallmanagerin", "deputy=Jörg Vertretung", "deputyEmail=jv@ifd.example.org",
		"carrier=Deutsche Rentenversicherung Nord", "reviewDaysC=21", "theme=dark", "logoPath="+logo, "transmitReminderDays=7")
	if err := os.Remove(logo); err != nil { // the copy in the data folder is what counts
		t.Fatal(err)
	}
	text := mustRun(t, data, "settings")
	for _, want := range []string{"organisation=IFD Nord\n", `address=Hafenstraße 1\n20457 Hamburg` + "\n",
		"reviewDaysC=21\n", "theme=dark\n", "transmitReminderDays=7\n", "logoPath=" + filepath.Join(dir, "logo.png") + "\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("settings lack %q:\n%s", want, text)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "logo.png")); err != nil {
		t.Errorf("logo not copied into the data folder: %v", err)
	}

	var js map[string]any
	if err := json.Unmarshal([]byte(mustRun(t, data, "settings", "--json")), &js); err != nil {
		t.Fatal(err)
	}
	if js["address"] != "Hafenstraße 1\n20457 Hamburg" || js["reviewDaysC"] != 21.0 || js["reviewDaysA"] != 84.0 ||
		js["phone"] != "" || js["setupSkipped"] != false {
		t.Errorf("--json: %v", js)
	}

	// An empty value resets; a picture that is none is refused.
	mustRun(t, data, "settings", "set", "reviewDaysC=")
	if !strings.Contains(mustRun(t, data, "settings"), "reviewDaysC=28\n") {
		t.Error("reviewDaysC= does not reset to the default")
	}
	notPNG := filepath.Join(t.TempDir(), "logo.png")
	os.WriteFile(notPNG, []byte("kein Bild"), 0o600)
	wantFail(t, "PNG- oder JPEG-Bild", data, "settings", "set", "logoPath="+notPNG)
	wantFail(t, "SCHLÜSSEL=WERT", data, "settings", "set", "organisation")
	wantFail(t, "teilhabelotse settings set", data, "settings", "set")
	wantFail(t, "Aufruf: teilhabelotse settings", data, "settings", "show")
}

// While the window is open, "settings" reads and "settings set" refuses:
// the window would save its own settings over the change.
func TestSettingsSetRefusedBesideTheWindow(t *testing.T) {
	pinLanguage(t)
	dir := t.TempDir()
	mustRun(t, "--data", dir, "settings")
	window, err := storage.AcquireLock(dir, "window", 0)
	if err != nil {
		t.Fatal(err)
	}
	defer window.Release()
	mustRun(t, "--data", dir, "settings", "--json")
	_, errs, code := runCLI(t, "--data", dir, "settings", "set", "organisation=IFD")
	if code != 1 || !strings.Contains(errs, "Programmfenster") {
		t.Errorf("settings set beside the window: exit %d, %q", code, errs)
	}
	window.Release()
	mustRun(t, "--data", dir, "settings", "set", "organisation=IFD")
}
