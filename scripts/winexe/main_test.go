package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestConsoleCopy builds a small window program for Windows and checks
// that the console copy differs in the subsystem only, and that check
// names what a program without resources lacks.
func TestConsoleCopy(t *testing.T) {
	if testing.Short() {
		t.Skip("cross-compiles a program")
	}
	dir := t.TempDir()
	src := filepath.Join(dir, "main.go")
	os.WriteFile(src, []byte("package main\nfunc main() {}\n"), 0o644)
	gui := filepath.Join(dir, "gui.exe")
	build := exec.Command("go", "build", "-ldflags", "-H=windowsgui", "-o", gui, src)
	build.Env = append(os.Environ(), "GOOS=windows", "GOARCH=amd64", "CGO_ENABLED=0", "GOFLAGS=")
	build.Dir = dir
	if out, err := build.CombinedOutput(); err != nil {
		t.Skipf("cannot cross-compile: %v\n%s", err, out)
	}
	cli := filepath.Join(dir, "cli.exe")
	if err := console(gui, cli); err != nil {
		t.Fatal(err)
	}
	a, _ := inspect(gui)
	b, err := inspect(cli)
	if err != nil {
		t.Fatal(err)
	}
	if a.subsystem != subsystemGUI || b.subsystem != subsystemConsole {
		t.Errorf("subsystems %d → %d", a.subsystem, b.subsystem)
	}
	x, _ := os.ReadFile(gui)
	y, _ := os.ReadFile(cli)
	diff := 0
	for i := range x {
		if x[i] != y[i] {
			diff++
		}
	}
	if len(x) != len(y) || diff != 1 {
		t.Errorf("the copy differs in %d bytes (sizes %d, %d); only the subsystem may", diff, len(x), len(y))
	}
	if err := console(cli, filepath.Join(dir, "again.exe")); err == nil {
		t.Error("a console program was patched again")
	}
	if err := check(gui, "1.0.0"); err == nil || !strings.Contains(err.Error(), "lacks") {
		t.Errorf("check of a program without resources: %v", err)
	}
	if err := check(src, "1.0.0"); err == nil {
		t.Error("check accepted a Go source file")
	}
}
