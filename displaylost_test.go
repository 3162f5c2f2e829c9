package main

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
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
	if testing.Short() || os.Getenv("TEILHABELOTSE_CRASH_GUI") != "1" {
		t.Skip("drives the real window under Xvfb; make test runs it (TEILHABELOTSE_CRASH_GUI=1)")
	}
	if runtime.GOOS != "linux" {
		t.Skip("X11 only")
	}
	g := newGUIRun(t)
	const runs = 6
	rng := rand.New(rand.NewSource(20261204))
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
		x.proc.Signal(syscall.SIGKILL)
		<-x.stopped
		select {
		case <-exited:
		case <-time.After(30 * time.Second):
			app.Process.Kill()
			t.Fatalf("run %d: the program did not end within 30 s of the display going away", run)
		}
		if out, err := g.prog("", "--data", g.data, "check").CombinedOutput(); err != nil {
			t.Fatalf("run %d: check after the display went away: %v\n%s", run, err, out)
		}
		if have := tokensOfRun(t, referrer(t, g.dbPath), run); have != k {
			t.Errorf("run %d: %d of %d typed tokens stored after the display went away (typed for %v)", run, have, k, typeFor)
		}
	}
	logs, _ := filepath.Glob(filepath.Join(g.data, "*.log"))
	var log strings.Builder
	for _, l := range logs {
		b, _ := os.ReadFile(l)
		log.Write(b)
	}
	if n := strings.Count(log.String(), "display lost"); n < runs {
		t.Errorf("the log records the display loss %d times in %d runs:\n%s", n, runs, log.String())
	}
}
