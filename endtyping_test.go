package main

import (
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestDisplayLostWhileTyping ends the X server under the window (logout,
// shutdown, a crashed server: Xlib then ends the program at once) right
// after a counselor typed, before the typing pause would have saved —
// nothing typed may be lost, and the check passes. Each run types for a
// random while, waits 350 ms (less than kit.SaveDelay) for the window to
// take the keys and kills the Xvfb process with SIGKILL. Runs where
// TEILHABELOTSE_CRASH_GUI=1 is set, like TestKillWhileTyping.
func TestDisplayLostWhileTyping(t *testing.T) {
	g := endWhileTyping(t, 6, 20261204, func(app *exec.Cmd, x xvfb) {
		x.proc.Signal(syscall.SIGKILL)
		<-x.stopped
	})
	logs, _ := filepath.Glob(filepath.Join(g.data, "*.log"))
	var log strings.Builder
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		log.Write(b)
	}
	if n := strings.Count(log.String(), "display lost"); n < 6 {
		t.Errorf("the log records the display loss %d times in 6 runs:\n%s", n, log.String())
	}
	if !regexp.MustCompile(`msg="window shown" ms=\d+`).MatchString(log.String()) {
		t.Errorf("the log does not record the start-up time:\n%s", log.String())
	}
}

// TestSignalWhileTyping ends the program with SIGTERM (shutdown, kill) or
// SIGHUP (logout) right after typing: everything typed is saved, and the
// program ends normally — status 0, no crash on the way out.
func TestSignalWhileTyping(t *testing.T) {
	sig := []os.Signal{syscall.SIGTERM, syscall.SIGHUP}
	run := 0
	endWhileTyping(t, 4, 20261205, func(app *exec.Cmd, x xvfb) {
		app.Process.Signal(sig[run%len(sig)])
		run++
	}, func(err error) error {
		if err != nil {
			return fmt.Errorf("the program ended with %v, want status 0", err)
		}
		return nil
	})
}

// endWhileTyping runs the window runs times on a display of its own, types
// for a random while, waits 350 ms and calls end; then the program must
// end within 30 s (and its exit pass each judge), the check pass, and
// every typed token be stored. It returns the run's program and folder.
func endWhileTyping(t *testing.T, runs int, seed int64, end func(*exec.Cmd, xvfb), judge ...func(error) error) *guiRun {
	t.Helper()
	if testing.Short() || os.Getenv("TEILHABELOTSE_CRASH_GUI") != "1" {
		t.Skip("drives the real window under Xvfb; make test runs it (TEILHABELOTSE_CRASH_GUI=1)")
	}
	if runtime.GOOS != "linux" {
		t.Skip("X11 only")
	}
	g := newGUIRun(t)
	rng := rand.New(rand.NewSource(seed))
	for run := 0; run < runs; run++ {
		x := startXvfb(t)
		app := g.startTyping(run, x.display)
		exited := make(chan error, 1)
		go func() { exited <- app.Wait() }()
		typeFor := time.Duration(200+rng.Intn(1300)) * time.Millisecond
		k := 1
		for start := time.Now(); time.Since(start) < typeFor; k++ {
			g.xdo(x.display, "type", "--delay", "1", fmt.Sprintf("r%dw%d ", run, k))
		}
		time.Sleep(350 * time.Millisecond)
		end(app, x)
		select {
		case err := <-exited:
			for _, j := range judge {
				if jerr := j(err); jerr != nil {
					out := g.stderr.String()
					t.Errorf("run %d: %v\n%s", run, jerr, out[max(0, len(out)-3000):])
				}
			}
		case <-time.After(30 * time.Second):
			app.Process.Kill()
			t.Fatalf("run %d: the program did not end within 30 s", run)
		}
		if out, err := g.prog("", "--data", g.data, "check").CombinedOutput(); err != nil {
			t.Fatalf("run %d: check afterwards: %v\n%s", run, err, out)
		}
		if have := tokensOfRun(t, referrer(t, g.dbPath), run); have != k {
			t.Errorf("run %d: %d of %d typed tokens stored (typed for %v)", run, have, k, typeFor)
		}
	}
	return g
}
