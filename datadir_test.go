package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

// TestDataDirOrder: --data before TEILHABELOTSE_DATA before the preset
// beside the program before the system's default.
func TestDataDirOrder(t *testing.T) {
	progDir := t.TempDir()
	exe := filepath.Join(progDir, "teilhabelotse.exe")
	vars := map[string]string{dataEnv: "/srv/env-data", "LOCALAPPDATA": `C:\Users\x\AppData\Local`}
	get := env(vars)

	if dir, src, _ := resolveDataDir("/flag", exe, get); dir != "/flag" || src != fromFlag {
		t.Errorf("--data: %s (%s)", dir, src)
	}
	if dir, src, _ := resolveDataDir("", exe, get); dir != "/srv/env-data" || src != fromEnv {
		t.Errorf("environment: %s (%s)", dir, src)
	}
	delete(vars, dataEnv)
	if err := os.WriteFile(filepath.Join(progDir, presetName), []byte("; preset by IT\r\n[teilhabelotse]\r\ndata = Daten\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir, src, _ := resolveDataDir("", exe, get); dir != filepath.Join(progDir, "Daten") || src != fromPreset {
		t.Errorf("portable preset: %s (%s)", dir, src)
	}
	// The same preset in TOML; the .ini wins where both are.
	if err := os.WriteFile(filepath.Join(progDir, presetTOML), []byte("# preset by IT\n[teilhabelotse]\ndata = 'TomlDaten'\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if dir, _, _ := resolveDataDir("", exe, get); dir != filepath.Join(progDir, "Daten") {
		t.Errorf("with .ini and .toml: %s, want the .ini's folder", dir)
	}
	os.Remove(filepath.Join(progDir, presetName))
	if dir, src, _ := resolveDataDir("", exe, get); dir != filepath.Join(progDir, "TomlDaten") || src != fromPreset {
		t.Errorf("TOML preset: %s (%s)", dir, src)
	}
	os.Remove(filepath.Join(progDir, presetTOML))
	if dir, src, err := resolveDataDir("", exe, get); err != nil || src != fromDefault || !strings.HasSuffix(dir, "teilhabelotse") {
		t.Errorf("default: %s (%s) %v", dir, src, err)
	}
}

func TestPresetFile(t *testing.T) {
	dir := t.TempDir()
	ini := filepath.Join(dir, presetName)
	get := env(map[string]string{"USERNAME": "emu", "HOME": "/home/emu"})
	for text, want := range map[string]string{
		"data = \"D:\\Teilhabelotse\\%USERNAME%\"\n": `D:\Teilhabelotse\emu`,
		"\ufeffDATA=$HOME/tl\n":                      "/home/emu/tl",
		"# comment\nother = 1\ndata = /abs/path\n":   "/abs/path",
		"data = \\\\server\\share\\tl\n":             `\\server\share\tl`,
	} {
		if err := os.WriteFile(ini, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		if got, err := readPreset(ini, get); err != nil || got != want {
			t.Errorf("%q: %q, %v; want %q", text, got, err, want)
		}
	}
	os.WriteFile(ini, []byte("data\n"), 0o644)
	if _, err := readPreset(ini, get); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a broken preset must say where: %v", err)
	}

	// TOML: a basic string's backslashes are escapes, a literal string's
	// are not; a lone backslash in a basic string is refused, not guessed.
	toml := filepath.Join(dir, presetTOML)
	for text, want := range map[string]string{
		"data = \"D:\\\\Teilhabelotse\\\\%USERNAME%\"\n": `D:\Teilhabelotse\emu`,
		"data = 'D:\\Teilhabelotse\\%USERNAME%'\n":       `D:\Teilhabelotse\emu`,
		"[teilhabelotse]\ndata = \"/srv/tl\"\n":          "/srv/tl",
	} {
		os.WriteFile(toml, []byte(text), 0o644)
		if got, err := readPreset(toml, get); err != nil || got != want {
			t.Errorf("TOML %q: %q, %v; want %q", text, got, err, want)
		}
	}
	os.WriteFile(toml, []byte("data = \"D:\\Daten\"\n"), 0o644)
	if _, err := readPreset(toml, get); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a TOML string with a lone backslash must be refused: %v", err)
	}
}

// TestWindowsDefaultIsLocal: the local application data, except where an
// earlier version already keeps data in the roaming folder.
func TestWindowsDefaultIsLocal(t *testing.T) {
	local, roaming := t.TempDir(), t.TempDir()
	get := env(map[string]string{"LOCALAPPDATA": local, "APPDATA": roaming})
	if dir, _ := defaultDataDirFor("windows", get); dir != filepath.Join(local, "teilhabelotse") {
		t.Errorf("default %s, want the local folder", dir)
	}
	old := filepath.Join(roaming, "teilhabelotse")
	os.MkdirAll(old, 0o700)
	os.WriteFile(filepath.Join(old, "teilhabelotse.db"), []byte("x"), 0o600)
	if dir, _ := defaultDataDirFor("windows", get); dir != old {
		t.Errorf("existing roaming data: %s, want %s", dir, old)
	}
}

func TestSyncedFolders(t *testing.T) {
	get := env(map[string]string{"OneDriveCommercial": `C:\Users\emu\OneDrive - Stadt Musterstadt`})
	for dir, want := range map[string]string{
		`C:\Users\emu\OneDrive - Stadt Musterstadt\Teilhabelotse`: "OneDrive",
		`C:\Users\emu\OneDrive\Dokumente\tl`:                      "OneDrive",
		"/home/emu/Nextcloud/tl":                                  "Nextcloud",
		"/home/emu/Dropbox (Privat)/tl":                           "Dropbox",
		"/home/emu/.config/teilhabelotse":                         "",
		`C:\Users\emu\AppData\Local\teilhabelotse`:                "",
		"/home/emu/dropboxes/tl":                                  "",
	} {
		if got := syncedBy(dir, get); got != want {
			t.Errorf("%s: %q, want %q", dir, got, want)
		}
	}
	if r := riskOf(t.TempDir(), env(nil)); r.any() {
		t.Errorf("a local temp folder is at risk: %+v", r)
	}
}
