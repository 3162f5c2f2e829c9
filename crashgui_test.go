package main

import (
	"bytes"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"teilhabelotse/storage"
)

// TestKillWhileTyping is the crash test of the window: the real program
// runs on a virtual display (Xvfb), a counselor types without pause into
// a field of a case (xdotool), and the program is killed with SIGKILL at
// a random moment — at least 50 times. After each kill the database must
// pass the check, and of the typed text at most the last 2 seconds may be
// missing (autosave writes at the latest every kit.MaxSaveWait, 1 s, while the
// typing goes on). It takes about five minutes on two idle cores, ten at a load of 12, so it
// runs where TEILHABELOTSE_CRASH_GUI=1 is set — make test (and so CI)
// sets it; a plain go test skips it. Skipped too with -short and where
// Xvfb or xdotool is missing.
func TestKillWhileTyping(t *testing.T) {
	if testing.Short() || os.Getenv("TEILHABELOTSE_CRASH_GUI") != "1" {
		t.Skip("drives the real window under Xvfb for minutes; make test runs it (TEILHABELOTSE_CRASH_GUI=1)")
	}
	g := newGUIRun(t)
	display := startXvfb(t).display
	dbPath := g.dbPath

	const runs = 50
	const maxLoss = 2 * time.Second
	rng := rand.New(rand.NewSource(20261203))
	// At a load of 9–14 a run takes 12 s instead of 6; the limit leaves
	// room for that and still ends well inside go test's 30 minutes.
	deadline := time.Now().Add(15 * time.Minute)
	done := 0
	for run := 0; run < runs && time.Now().Before(deadline); run++ {
		app := g.startTyping(run, display)
		// Steady typing, one token at a time; each token's time is when
		// xdotool had handed it to the X server.
		typedAt := []time.Time{time.Now()}
		killAfter := time.Duration(300+rng.Intn(2700)) * time.Millisecond
		start := time.Now()
		for k := 1; time.Since(start) < killAfter; k++ {
			g.xdo(display, "type", "--delay", "1", fmt.Sprintf("r%dw%d ", run, k))
			typedAt = append(typedAt, time.Now())
		}
		app.Process.Signal(syscall.SIGKILL)
		killed := time.Now()
		app.Wait()

		if out, err := g.prog(display, "--data", g.data, "check").CombinedOutput(); err != nil {
			t.Fatalf("run %d: check after the kill: %v\n%s", run, err, out)
		}
		got := referrer(t, dbPath)
		have := tokensOfRun(t, got, run)
		for k, at := range typedAt {
			if killed.Sub(at) > maxLoss && k >= have {
				t.Errorf("run %d: token %d was typed %v before the kill and is lost (stored %d of %d tokens)",
					run, k, killed.Sub(at).Round(time.Millisecond), have, len(typedAt))
				break
			}
		}
		done++
	}
	if done < runs {
		t.Errorf("only %d of %d runs within the time limit", done, runs)
	}
	if t.Failed() {
		return
	}
	t.Logf("%d runs killed while typing; nothing older than %v lost", done, maxLoss)
}

// guiRun is the real program built for a test that types into its window
// under Xvfb, with a data folder holding one case.
type guiRun struct {
	t            *testing.T
	bin          string
	data, dbPath string
	stderr       *bytes.Buffer // of the window started last
}

// newGUIRun builds the program and a data folder with the first demo case
// (intake, "Hinweis von" filled); the clicks of startTyping are placed for
// its workspace in the 1366×768 window, moved to the screen's corner. It skips where Xvfb or xdotool is
// missing.
func newGUIRun(t *testing.T) *guiRun {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed", tool)
		}
	}
	tmp := t.TempDir()
	g := &guiRun{t: t, bin: builtProgram(t), data: filepath.Join(tmp, "data")}
	g.dbPath = filepath.Join(g.data, storage.FileName)
	src, file := filepath.Join(tmp, "src"), filepath.Join(tmp, "fall.json")
	for _, args := range [][]string{
		{"--data", src, "demo", "--cases", "3", "--seed", "1"},
		{"--data", src, "export", "json", "--case", "1", "--out", file},
		{"--data", g.data, "import", file},
		// A set-up program: the first-start page would cover the case.
		{"--data", g.data, "settings", "set", "organisation=IFD Crashtest", "setupSkipped=true"},
	} {
		if out, err := g.prog("", args...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	return g
}

func (g *guiRun) env(display string) []string {
	return germanEnv("DISPLAY=" + display)
}

func (g *guiRun) prog(display string, args ...string) *exec.Cmd {
	cmd := exec.Command(g.bin, args...)
	cmd.Env = g.env(display)
	return cmd
}

func (g *guiRun) xdo(display string, args ...string) error {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = g.env(display)
	return cmd.Run()
}

// startTyping starts the window on display, opens the case, scrolls to
// "Hinweis von" and selects its text; the run's first token is typed
// until the program has saved it, so the clock starts in the right field.
func (g *guiRun) startTyping(run int, display string) *exec.Cmd {
	t := g.t
	t.Helper()
	app := g.prog(display, "--data", g.data)
	g.stderr = &bytes.Buffer{}
	app.Stderr = g.stderr
	if err := app.Start(); err != nil {
		t.Fatal(err)
	}
	xdo := func(args ...string) error { return g.xdo(display, args...) }
	waitWindow(t, xdo)
	// The first token goes without its space until it is seen in the
	// field: a click that missed it under load may have focused a check
	// or a button, which a space would toggle or press, moving the layout
	// under every later attempt.
	first := fmt.Sprintf("r%dw0", run)
	for attempt := 1; attempt <= 5; attempt++ {
		// A loaded machine draws late: each attempt waits longer.
		pause := func(d time.Duration) { time.Sleep(time.Duration(attempt) * d) }
		// The window opens centred on the screen (it fits the screen since
		// #14); without a window manager it can be moved to the corner,
		// where the clicks below are placed. It is moved at each attempt:
		// on a loaded machine the centring can come after the first move.
		xdo("search", "--name", "Teilhabelotse", "windowmove", "%@", "0", "0")
		pause(300 * time.Millisecond)
		xdo("key", "Escape") // a dialog a missed click opened
		xdo("mousemove", "170", "180", "click", "1")
		pause(700 * time.Millisecond)
		for range 30 { // to the top first: an earlier attempt may have scrolled
			xdo("mousemove", "790", "500", "click", "4")
		}
		// Three notches of kit.WheelStep (69 units each) bring the page
		// 207 units down; "Hinweis von" then lies under the click.
		for range 3 {
			xdo("mousemove", "790", "500", "click", "5")
		}
		pause(400 * time.Millisecond)
		xdo("mousemove", "840", "584", "click", "1")
		pause(100 * time.Millisecond)
		xdo("key", "ctrl+a")
		xdo("type", "--delay", "1", first)
		for wait := time.Now(); time.Since(wait) < 3*time.Second; time.Sleep(50 * time.Millisecond) {
			if strings.HasPrefix(referrer(t, g.dbPath), first) {
				xdo("type", " ")
				return app
			}
		}
		t.Logf("run %d: attempt %d did not reach „Hinweis von“", run, attempt)
	}
	if shot := filepath.Join(os.TempDir(), fmt.Sprintf("teilhabelotse-crashgui-run%d.png", run)); exec.Command("import", "-display", display, "-window", "root", shot).Run() == nil {
		t.Logf("the screen at the failure: %s", shot)
	}
	app.Process.Kill()
	app.Wait()
	t.Fatalf("run %d: typing did not reach the field „Hinweis von“ (has the intake workspace's layout changed?)", run)
	return nil
}

// tokensOfRun checks that the stored text is run's tokens in order, with
// nothing else, and returns how many there are.
func tokensOfRun(t *testing.T, text string, run int) int {
	t.Helper()
	fields := strings.Fields(text)
	for k, f := range fields {
		if want := fmt.Sprintf("r%dw%d", run, k); f != want {
			// The last token may be cut in the middle of typing it.
			if k == len(fields)-1 && strings.HasPrefix(want, f) {
				return k
			}
			t.Fatalf("run %d: stored text %q is not the typed tokens in order (at %q)", run, text, f)
		}
	}
	return len(fields)
}

// referrer reads "Hinweis von" of case 1 read-only, beside the program.
func referrer(t *testing.T, path string) string {
	t.Helper()
	db, err := sql.Open("sqlite3", "file:"+path+"?mode=ro&_busy_timeout=5000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var doc string
	if err := db.QueryRow(`SELECT doc FROM cases WHERE id = 1`).Scan(&doc); err != nil {
		t.Fatal(err)
	}
	var c struct {
		Intake struct {
			Referral struct {
				Referrer string `json:"referrer"`
			} `json:"referral"`
		} `json:"intake"`
	}
	if err := json.Unmarshal([]byte(doc), &c); err != nil {
		t.Fatal(err)
	}
	return c.Intake.Referral.Referrer
}

// waitWindow waits until the main window is mapped and drawn.
func waitWindow(t *testing.T, xdo func(...string) error) {
	t.Helper()
	for deadline := time.Now().Add(60 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		if xdo("search", "--onlyvisible", "--name", "Teilhabelotse") == nil {
			time.Sleep(500 * time.Millisecond)
			return
		}
	}
	t.Fatal("no window within 60 s")
}

// startXvfb starts a virtual display of 1366×768 on the first free number
// from SMOKE_DISPLAY (default 97) and stops it at the end of the test.
func startXvfb(t *testing.T) xvfb {
	t.Helper()
	n := 97
	if s, err := strconv.Atoi(os.Getenv("SMOKE_DISPLAY")); err == nil {
		n = s
	}
	for ; ; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err != nil {
			if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err != nil {
				break
			}
		}
	}
	display := fmt.Sprintf(":%d", n)
	x := exec.Command("Xvfb", display, "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset")
	if err := x.Start(); err != nil {
		t.Skipf("Xvfb: %v", err)
	}
	stopped := make(chan struct{})
	go func() {
		x.Wait()
		// A killed server leaves its lock and socket; the next test would
		// take them for a running display and move on to other numbers.
		os.Remove(fmt.Sprintf("/tmp/.X%d-lock", n))
		os.Remove(fmt.Sprintf("/tmp/.X11-unix/X%d", n))
		close(stopped)
	}()
	t.Cleanup(func() { x.Process.Signal(syscall.SIGTERM); <-stopped })
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		cmd := exec.Command("xdotool", "getdisplaygeometry")
		cmd.Env = append(os.Environ(), "DISPLAY="+display)
		if cmd.Run() == nil {
			return xvfb{display, x.Process, stopped}
		}
	}
	t.Skip("Xvfb does not answer")
	return xvfb{}
}

// xvfb is a running virtual display; stopped is closed when it has ended.
type xvfb struct {
	display string
	proc    *os.Process
	stopped chan struct{}
}
