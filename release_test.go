package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"teilhabelotse/pdf"
)

var program struct {
	once sync.Once
	path string
	err  error
	out  []byte
}

// builtProgram is the program built once for the tests that run it as a
// user would; the test is skipped where it cannot be built.
func builtProgram(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("builds the real program; skipped with -short")
	}
	program.once.Do(func() {
		dir, err := os.MkdirTemp("", "teilhabelotse-bin-")
		if err != nil {
			program.err = err
			return
		}
		program.path = filepath.Join(dir, "teilhabelotse")
		program.out, program.err = exec.Command("go", "build", "-tags", "migrated_fynedo", "-o", program.path, ".").CombinedOutput()
	})
	if program.err != nil {
		t.Skipf("cannot build the program: %v\n%s", program.err, program.out)
	}
	return program.path
}

// germanEnv is the environment of this process with the program's
// language German, and extra.
func germanEnv(extra ...string) []string {
	return append(append(os.Environ(), "LANG=de_DE.UTF-8", "LC_ALL=", "LC_MESSAGES="), extra...)
}

// germanProgram makes command lines of the program built once, run in
// germanEnv(extra...).
func germanProgram(t *testing.T, extra ...string) func(args ...string) *exec.Cmd {
	t.Helper()
	bin, env := builtProgram(t), germanEnv(extra...)
	return func(args ...string) *exec.Cmd {
		cmd := exec.Command(bin, args...)
		cmd.Env = env
		return cmd
	}
}

// TestNoLocaleNoiseOnStderr runs the program under the locales of plain
// Linux installations and containers: Fyne's "Error parsing user locale"
// must not reach stderr before the program's own output.
func TestNoLocaleNoiseOnStderr(t *testing.T) {
	bin := builtProgram(t)
	data := t.TempDir()
	for _, env := range [][]string{
		{"LANG=C.UTF-8"}, {"LANG=C"}, {}, {"LANG=POSIX"}, {"LC_ALL=C.utf8", "LANG=de_DE.UTF-8"},
		{"LANG=de_DE@euro"}, {"LANG=de_DE.UTF-8"}, {"LANG=en_GB.UTF-8", "LANGUAGE=en_GB@x:de"},
	} {
		for _, args := range [][]string{{"--version"}, {"list", "--data", data}, {"help"}} {
			cmd := exec.Command(bin, args...)
			cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "HOME=" + t.TempDir()}, env...)
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Run(); err != nil {
				t.Errorf("%v %v: %v\n%s", env, args, err, stderr.String())
				continue
			}
			if stderr.Len() > 0 {
				t.Errorf("%v teilhabelotse %v wrote on stderr:\n%s", env, strings.Join(args, " "), stderr.String())
			}
		}
	}
}

// TestOneVersion: --version, the window's metadata and the PDFs name the
// version FyneApp.toml gives, and nothing else writes a version down.
func TestOneVersion(t *testing.T) {
	toml, err := os.ReadFile("FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^Version = "(\d+\.\d+\.\d+)"$`).FindSubmatch(toml)
	if m == nil {
		t.Fatal("FyneApp.toml has no semantic Version")
	}
	want := string(m[1])
	if version != want {
		t.Errorf("version = %q, FyneApp.toml says %q", version, want)
	}
	if pdf.Creator != "Teilhabelotse "+want {
		t.Errorf("PDF creator = %q", pdf.Creator)
	}
	var out, errOut bytes.Buffer
	if code := run([]string{"--version"}, &out, &errOut, nil); code != 0 || !strings.Contains(out.String(), want) {
		t.Errorf("--version said %q (exit %d)", out.String(), code)
	}
	changelog, err := os.ReadFile("CHANGELOG.md")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(changelog, []byte("## ["+want+"]")) {
		t.Errorf("CHANGELOG.md has no section for %s", want)
	}
}

// Counts are said in the language's plural form: "1 Fall", "2 Fälle".
func TestCountsInPluralForm(t *testing.T) {
	dir := demoData(t, "--cases", "1")
	if out := mustRun(t, "--data", dir, "check"); !strings.Contains(out, ", 1 Fall.") {
		t.Errorf("check of one case: %q", out)
	}
	if out := mustRun(t, "--data", dir, "--lang", "en", "check"); !strings.Contains(out, ", 1 case.") {
		t.Errorf("check of one case in English: %q", out)
	}
}
