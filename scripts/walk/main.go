// Command walk takes one simple Typ-A case through the whole control loop
// in the real window — referral, intake with consent and first meeting,
// assessment, plan with goals and measures, one review, closure with its
// PDF — on a virtual display of 1366×768 at 150 % scaling, driven by
// xdotool as a counselor would drive it, and counts every click, wheel
// notch and key press it sends. At the end the program's own command line
// (list, check, export json, export closure) must confirm that the case
// is closed and every phase's documentation is complete; a walk that
// missed a field fails.
//
//	go run -tags migrated_fynedo ./scripts/walk              # by mouse
//	go run -tags migrated_fynedo ./scripts/walk -keyboard    # keyboard only
//
// The program is built with the tag "walk" (walkdump.go): on SIGUSR1 it
// writes where each visible text and field of its windows is. The walk
// finds a field by its label and scrolls with the wheel (or tabs) until
// it is in view, as a person looks for it, so the counts are what the
// layout costs, not what coordinates remembered from a screenshot cost.
// A person who does not know where a field is scrolls more; the counts are
// the least the window asks for.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

func main() {
	keyboard := flag.Bool("keyboard", false, "walk by keyboard alone (Tab, Enter, Space, arrows, shortcuts), no clicks")
	display := flag.Int("display", 140, "first X display number to try for Xvfb")
	data := flag.String("data", "", "data folder (default: a new folder under /tmp, removed afterwards)")
	shots := flag.String("shots", "", "write a screenshot after each phase into this folder")
	keep := flag.Bool("keep", false, "leave the program and Xvfb running when the walk fails (to look at it)")
	verbose := flag.Bool("v", false, "say each action")
	from := flag.String("from", "", "start at this phase, on the program a -keep run left running (with -attach)")
	hideList := flag.Bool("hide-list", false, "hide the case list first (Ctrl+L, counted), as on a small screen")
	attach := flag.String("attach", "", "PID,DUMP,DISPLAY,DATA of a program a -keep run left running")
	flag.Parse()

	var w *walker
	var err error
	if *attach != "" {
		w, err = attachTo(*attach, *keyboard, *shots, *verbose)
	} else {
		w, err = start(*display, *data, *keyboard, *shots, *verbose)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "walk:", err)
		os.Exit(1)
	}
	w.hideList = *hideList
	err = w.run(*from)
	if err == nil {
		err = w.verify()
	}
	fmt.Print(w.counts.report(w.keyboard))
	fmt.Printf("clicks that missed because the page moved under the pointer: %d\n", w.misses)
	if err != nil {
		fmt.Fprintln(os.Stderr, "walk: FAIL:", err)
		w.shot("fail")
		if *keep {
			w.left()
			os.Exit(1)
		}
		w.stop()
		os.Exit(1)
	}
	fmt.Println("walk: ok")
	if *keep {
		w.left()
		return
	}
	w.stop()
}

// run walks the case and stops at the first step that fails.
func (w *walker) run(from string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if f, ok := r.(walkFailure); ok {
				err = f
				return
			}
			panic(r)
		}
	}()
	w.walkCase(from)
	return nil
}

type walkFailure struct{ msg string }

func (f walkFailure) Error() string { return f.msg }

// failf ends the walk with a message saying where it got stuck.
func (w *walker) failf(format string, args ...any) {
	panic(walkFailure{fmt.Sprintf("[%s] ", w.phase) + fmt.Sprintf(format, args...)})
}

// start builds the program with the dump, starts Xvfb at 1366×768 and the
// program at 150 % on it, on a data folder set up as after the first
// start's dialog (organisation and counselor saved).
func start(display int, data string, keyboard bool, shots string, verbose bool) (*walker, error) {
	for _, tool := range []string{"Xvfb", "xdotool", "import", "pdftotext"} {
		if _, err := exec.LookPath(tool); err != nil {
			return nil, fmt.Errorf("%s is not installed (scripts/setup-deps.sh --test)", tool)
		}
	}
	work, err := os.MkdirTemp("", "walk-")
	if err != nil {
		return nil, err
	}
	w := &walker{work: work, keyboard: keyboard, shots: shots, verbose: verbose, data: data, phase: "start"}
	if w.data == "" {
		w.data = filepath.Join(work, "data")
	}
	w.bin = filepath.Join(work, "teilhabelotse")
	build := exec.Command("go", "build", "-tags", "migrated_fynedo walk", "-o", w.bin, ".")
	build.Dir = repoRoot()
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		return nil, fmt.Errorf("build: %w", err)
	}
	if out, err := w.cli("settings", "set", "organisation=Integrationsfachdienst Musterstadt", "name=Anna Beispiel", "setupSkipped=true"); err != nil {
		return nil, fmt.Errorf("settings: %v: %s", err, out)
	}
	if err := w.startX(display); err != nil {
		return nil, err
	}
	if err := w.startApp(); err != nil {
		w.stop()
		return nil, err
	}
	return w, nil
}

// attachTo works on a program left running by an earlier -keep run.
func attachTo(spec string, keyboard bool, shots string, verbose bool) (*walker, error) {
	f := strings.Split(spec, ",")
	if len(f) != 4 {
		return nil, fmt.Errorf("-attach wants PID,DUMP,DISPLAY,DATA")
	}
	pid, err := strconv.Atoi(f[0])
	if err != nil {
		return nil, err
	}
	p, err := os.FindProcess(pid)
	if err != nil {
		return nil, err
	}
	w := &walker{keyboard: keyboard, shots: shots, verbose: verbose, phase: "attach",
		dump: f[1], display: f[2], data: f[3], app: &exec.Cmd{Process: p}}
	w.work = filepath.Dir(f[1])
	w.bin = filepath.Join(w.work, "teilhabelotse")
	os.Setenv("DISPLAY", w.display)
	out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^Teilhabelotse").Output()
	if id := strings.Fields(string(out)); len(id) > 0 {
		w.win = id[0]
	}
	w.origin()
	w.look()
	return w, nil
}

// repoRoot is the repository the walk builds: the folder with go.mod above
// the working directory.
func repoRoot() string {
	dir, _ := os.Getwd()
	for d := dir; d != filepath.Dir(d); d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			return d
		}
	}
	return dir
}

func (w *walker) startX(first int) error {
	for n := first; n < first+10; n++ {
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X11-unix/X%d", n)); err == nil {
			continue
		}
		if _, err := os.Stat(fmt.Sprintf("/tmp/.X%d-lock", n)); err == nil {
			continue
		}
		w.display = fmt.Sprintf(":%d", n)
		w.xvfb = exec.Command("Xvfb", w.display, "-screen", "0", "1366x768x24", "-nolisten", "tcp", "-noreset")
		if err := w.xvfb.Start(); err != nil {
			return err
		}
		for i := 0; i < 100; i++ {
			if exec.Command("xdotool", "getdisplaygeometry").Run() == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		os.Setenv("DISPLAY", w.display)
		return nil
	}
	return fmt.Errorf("no free X display from :%d on", first)
}

func (w *walker) startApp() error {
	w.dump = filepath.Join(w.work, "dump.jsonl")
	w.app = exec.Command(w.bin, "--data", w.data)
	w.app.Env = append(os.Environ(), "DISPLAY="+w.display, "FYNE_SCALE=1.5", "LANG=de_DE.UTF-8",
		"LC_ALL=", "LC_MESSAGES=", "TEILHABELOTSE_WALK_DUMP="+w.dump,
		"HOME="+w.work) // the save dialog starts here; nothing lands in the real home
	log, err := os.Create(filepath.Join(w.work, "app.log"))
	if err != nil {
		return err
	}
	w.app.Stdout, w.app.Stderr = log, log
	if err := w.app.Start(); err != nil {
		return err
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		out, _ := exec.Command("xdotool", "search", "--onlyvisible", "--name", "^Teilhabelotse").Output()
		if id := strings.Fields(string(out)); len(id) > 0 {
			w.win = id[0]
			// No window manager: the window is where the program put it.
			// At the screen's corner its pixels are the screen's.
			// The program places its window itself once it is mapped, so
			// the move is repeated until it holds.
			for i := 0; i < 20; i++ {
				time.Sleep(500 * time.Millisecond)
				_ = exec.Command("xdotool", "windowmove", w.win, "0", "0").Run()
				time.Sleep(300 * time.Millisecond)
				geo, _ := exec.Command("xdotool", "getwindowgeometry", "--shell", w.win).Output()
				if strings.Contains(string(geo), "X=0\n") && strings.Contains(string(geo), "Y=0\n") {
					break
				}
			}
			w.origin()
			w.look()
			return nil
		}
		time.Sleep(300 * time.Millisecond)
	}
	return fmt.Errorf("no window within 60 s; see %s", log.Name())
}

// left says how to go on with the program left running.
func (w *walker) left() {
	xvfb := 0
	if w.xvfb != nil && w.xvfb.Process != nil {
		xvfb = w.xvfb.Process.Pid
	}
	fmt.Fprintf(os.Stderr, "walk: left running (Xvfb pid %d); go on with -attach %d,%s,%s,%s -from PHASE\n", xvfb, w.app.Process.Pid, w.dump, w.display, w.data)
}

// origin reads where the main window is on the screen: the dump's
// positions are the window's.
func (w *walker) origin() {
	geo, _ := exec.Command("xdotool", "getwindowgeometry", "--shell", w.win).Output()
	for _, l := range strings.Split(string(geo), "\n") {
		if v, ok := strings.CutPrefix(l, "X="); ok {
			w.offX, _ = strconv.ParseFloat(v, 64)
		}
		if v, ok := strings.CutPrefix(l, "Y="); ok {
			w.offY, _ = strconv.ParseFloat(v, 64)
		}
	}
}

func (w *walker) stop() {
	if w.app != nil && w.app.Process != nil {
		_ = w.app.Process.Kill()
		_ = w.app.Wait()
	}
	if w.xvfb != nil && w.xvfb.Process != nil {
		_ = w.xvfb.Process.Kill()
		_ = w.xvfb.Wait()
	}
	if w.work != "" {
		os.RemoveAll(w.work)
	}
}

// cli runs the program's command line on the walk's data folder.
func (w *walker) cli(args ...string) (string, error) {
	cmd := exec.Command(w.bin, append([]string{"--data", w.data}, args...)...)
	cmd.Env = append(os.Environ(), "LANG=de_DE.UTF-8")
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func (w *walker) shot(name string) {
	if w.shots == "" || w.display == "" {
		return
	}
	_ = os.MkdirAll(w.shots, 0o755)
	mode := "mouse"
	if w.keyboard {
		mode = "keys"
	}
	_ = exec.Command("import", "-display", w.display, "-window", "root", filepath.Join(w.shots, mode+"-"+name+".png")).Run()
}
