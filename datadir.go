package main

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
)

// Where the data folder is, in this order: --data on the command line;
// the environment variable TEILHABELOTSE_DATA (a Group Policy or login
// script sets it); a file teilhabelotse.ini — or teilhabelotse.toml, for
// an IT department that keeps its configuration in TOML — beside the
// program (portable mode, or a preset shipped with the program); else the
// per-user default of the system.

// dataEnv names the environment variable with the data folder.
const dataEnv = "TEILHABELOTSE_DATA"

// presetName is the preset file beside the program; presetTOML the same
// in TOML, read when there is no presetName.
const (
	presetName = "teilhabelotse.ini"
	presetTOML = "teilhabelotse.toml"
)

// dataSource says where the data folder came from, for Hilfe › Über.
type dataSource string

const (
	fromFlag    dataSource = "flag"
	fromEnv     dataSource = "env"
	fromPreset  dataSource = "preset"
	fromDefault dataSource = "default"
)

// resolveDataDir finds the data folder. exe is the program's own path
// (os.Executable), getenv the environment.
func resolveDataDir(flagValue, exe string, getenv func(string) string) (string, dataSource, error) {
	if flagValue != "" {
		return flagValue, fromFlag, nil
	}
	if v := strings.TrimSpace(getenv(dataEnv)); v != "" {
		return expandPath(v, getenv), fromEnv, nil
	}
	if exe != "" {
		for _, name := range []string{presetName, presetTOML} {
			dir, err := readPreset(filepath.Join(filepath.Dir(exe), name), getenv)
			if errors.Is(err, fs.ErrNotExist) {
				continue
			}
			if err != nil {
				return "", fromPreset, err
			}
			if dir != "" {
				return dir, fromPreset, nil
			}
			break // a preset without data = …: the default
		}
	}
	dir, err := defaultDataDirFor(runtime.GOOS, getenv)
	return dir, fromDefault, err
}

// readPreset reads "data = FOLDER" from the preset file. Lines starting
// with ; or # and [sections] are ignored; the value may be quoted, may
// name environment variables as %VAR% or $VAR, and when relative is taken
// relative to the preset's folder (a USB stick with program and data).
// In a .toml file a "double-quoted" value is a TOML basic string, whose
// backslashes are escapes ("D:\\Daten"); a 'single-quoted' one is taken
// as written ('D:\Daten').
func readPreset(path string, getenv func(string) string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if line == "" || line[0] == ';' || line[0] == '#' || line[0] == '[' {
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok {
			return "", fmt.Errorf("%s, line %d: expected data = FOLDER", path, n)
		}
		if !strings.EqualFold(strings.TrimSpace(key), "data") {
			continue
		}
		value = strings.TrimSpace(value)
		if strings.EqualFold(filepath.Ext(path), ".toml") && strings.HasPrefix(value, `"`) {
			v, err := strconv.Unquote(value)
			if err != nil {
				return "", fmt.Errorf("%s, line %d: %s is no TOML string (write backslashes as \\\\ or use 'single quotes')", path, n, value)
			}
			value = v
		} else {
			value = strings.Trim(value, `"'`)
		}
		if value == "" {
			return "", fmt.Errorf("%s, line %d: no folder after data =", path, n)
		}
		value = expandPath(value, getenv)
		if !filepath.IsAbs(value) && !isWindowsAbs(value) {
			value = filepath.Join(filepath.Dir(path), value)
		}
		return value, nil
	}
	return "", sc.Err()
}

var percentVar = regexp.MustCompile(`%([A-Za-z_][A-Za-z0-9_()]*)%`)

// expandPath replaces %VAR% (as Windows writes it) and $VAR / ${VAR}.
func expandPath(s string, getenv func(string) string) string {
	s = percentVar.ReplaceAllStringFunc(s, func(m string) string { return getenv(m[1 : len(m)-1]) })
	if strings.Contains(s, "$") {
		s = os.Expand(s, getenv)
	}
	return s
}

// isWindowsAbs reports C:\… and \\server\share paths on any system, so a
// preset written for Windows is read the same in tests on Linux.
func isWindowsAbs(p string) bool {
	return strings.HasPrefix(p, `\\`) || len(p) >= 3 && p[1] == ':' && (p[2] == '\\' || p[2] == '/')
}

// defaultDataDirFor is the per-user data folder: ~/.config/teilhabelotse
// on Linux, ~/Library/Application Support/teilhabelotse on macOS and the
// local — not roaming — application data on Windows, because domains
// redirect the roaming folder to file servers, where SQLite's write-ahead
// log is unsafe. A data folder an earlier version made in the roaming
// folder keeps being used until it is moved.
func defaultDataDirFor(goos string, getenv func(string) string) (string, error) {
	if goos != "windows" {
		dir, err := os.UserConfigDir()
		if err != nil {
			return "", err
		}
		return filepath.Join(dir, "teilhabelotse"), nil
	}
	local := getenv("LOCALAPPDATA")
	if local == "" {
		return "", errors.New("%LOCALAPPDATA% is not set")
	}
	if roaming := getenv("APPDATA"); roaming != "" {
		old := filepath.Join(roaming, "teilhabelotse")
		if _, err := os.Stat(filepath.Join(old, "teilhabelotse.db")); err == nil {
			if _, err := os.Stat(filepath.Join(local, "teilhabelotse")); errors.Is(err, fs.ErrNotExist) {
				return old, nil
			}
		}
	}
	return filepath.Join(local, "teilhabelotse"), nil
}
