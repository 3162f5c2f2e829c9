package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// walker drives the program and counts what it sends.
type walker struct {
	work, data, bin, dump, display, win string
	xvfb, app                           *exec.Cmd
	keyboard, verbose, hideList         bool
	shots                               string

	offX, offY float64 // where the window worked in is on the screen
	window     string  // its title; "" for the main window

	phase  string
	counts counts
	misses int      // clicks that missed because the page moved
	items  []item   // the last look at the windows
	scope  []string // texts the next lookup must come after, in order
}

// item is one line of the program's dump (walkdump.go).
type item struct {
	Window      string  `json:"window"`
	Layer       int     `json:"layer"`
	Type        string  `json:"type"`
	Text        string  `json:"text"`
	Placeholder string  `json:"placeholder"`
	X           float64 `json:"x"`
	Y           float64 `json:"y"`
	W           float64 `json:"w"`
	H           float64 `json:"h"`
	ClipX       float64 `json:"clipX"`
	ClipY       float64 `json:"clipY"`
	ClipW       float64 `json:"clipW"`
	ClipH       float64 `json:"clipH"`
	Focusable   bool    `json:"focusable"`
	Tappable    bool    `json:"tappable"`
	Focused     bool    `json:"focused"`
	Disabled    bool    `json:"disabled"`
	Checked     bool    `json:"checked"`
	Scroll      bool    `json:"scroll"`
	OffsetY     float64 `json:"offsetY"`
	ContentH    float64 `json:"contentH"`
}

func (it item) String() string {
	return fmt.Sprintf("%s %q at %.0f,%.0f", strings.TrimPrefix(it.Type, "*"), it.Text, it.X, it.Y)
}

func (it item) cx() float64 { return it.X + it.W/2 }
func (it item) cy() float64 { return it.Y + it.H/2 }

// visible reports whether the item's middle can be seen and reached: inside
// its scroll container's view, with some room.
func (it item) visible() bool {
	top, bottom := it.cy()-min(it.H/2, 8), it.cy()+min(it.H/2, 8)
	return top >= it.ClipY && bottom <= it.ClipY+it.ClipH && it.ClipH > 0
}

// readable is a text a person reads: a drawn text or a label, a check's
// or option's text — not what an entry or select holds.
func (it item) readable() bool {
	if it.Type == "*canvas.Text" {
		return true
	}
	return !strings.Contains(it.Type, "Entry") && !strings.Contains(it.Type, "Select") && !strings.Contains(it.Type, "formField")
}

// isField is something that takes typing or a choice: an entry, a select,
// a check — not a button or a scroll bar.
func (it item) isField() bool {
	return it.Focusable && !strings.Contains(it.Type, "Button") && !strings.Contains(it.Type, "Scroll") && !strings.Contains(it.Type, "scrollBar")
}

// counts per phase of the walk.
type counts struct {
	order  []string
	clicks map[string]int
	wheel  map[string]int
	keys   map[string]int // keys that move, choose or confirm
	typed  map[string]int // characters typed into fields
}

func (c *counts) add(phase string, m *map[string]int, n int) {
	if *m == nil {
		*m = map[string]int{}
	}
	found := false
	for _, p := range c.order {
		found = found || p == phase
	}
	if !found {
		c.order = append(c.order, phase)
	}
	(*m)[phase] += n
}

func (c counts) report(keyboard bool) string {
	var b strings.Builder
	mode := "mouse"
	if keyboard {
		mode = "keyboard"
	}
	fmt.Fprintf(&b, "walk (%s) at 1366x768, FYNE_SCALE=1.5\n", mode)
	fmt.Fprintf(&b, "%-12s %7s %7s %7s %7s\n", "phase", "clicks", "notches", "keys", "typed")
	var tc, tw, tk, tt int
	for _, p := range c.order {
		fmt.Fprintf(&b, "%-12s %7d %7d %7d %7d\n", p, c.clicks[p], c.wheel[p], c.keys[p], c.typed[p])
		tc, tw, tk, tt = tc+c.clicks[p], tw+c.wheel[p], tk+c.keys[p], tt+c.typed[p]
	}
	fmt.Fprintf(&b, "%-12s %7d %7d %7d %7d\n", "total", tc, tw, tk, tt)
	return b.String()
}

func (w *walker) say(format string, args ...any) {
	if w.verbose {
		fmt.Fprintf(os.Stderr, "  %s: %s\n", w.phase, fmt.Sprintf(format, args...))
	}
}

// xdo runs xdotool.
func (w *walker) xdo(args ...string) {
	if out, err := exec.Command("xdotool", args...).CombinedOutput(); err != nil {
		w.failf("xdotool %s: %v: %s", strings.Join(args, " "), err, out)
	}
}

// settle gives the program time to take the input and draw.
func settle() { time.Sleep(250 * time.Millisecond) }

// look asks the program where everything is and keeps it in w.items.
func (w *walker) look() []item {
	_ = os.Remove(w.dump)
	if err := w.app.Process.Signal(syscall.SIGUSR1); err != nil {
		w.failf("the program is gone: %v", err)
	}
	deadline := time.Now().Add(30 * time.Second) // a machine under load
	for {
		f, err := os.Open(w.dump)
		if err == nil {
			var items []item
			sc := bufio.NewScanner(f)
			sc.Buffer(make([]byte, 1<<20), 1<<24)
			for sc.Scan() {
				var it item
				if json.Unmarshal(sc.Bytes(), &it) == nil {
					items = append(items, it)
				}
			}
			f.Close()
			w.items = items
			return items
		}
		if time.Now().After(deadline) {
			w.failf("the program wrote no dump within 30 s")
		}
		time.Sleep(40 * time.Millisecond)
	}
}

// top is the highest pop-up layer of the main window: a dialog covers
// what lies under it.
func (w *walker) top() int {
	l := 0
	for _, it := range w.items {
		if it.Window == w.current() && it.Layer > l {
			l = it.Layer
		}
	}
	return l
}

func (w *walker) mainTitle() string {
	for _, it := range w.items {
		if strings.HasPrefix(it.Window, "Teilhabelotse") {
			return it.Window
		}
	}
	return "Teilhabelotse"
}

// current is the window the walk works in: the main window, or the one
// inWindow names.
func (w *walker) current() string {
	if w.window != "" {
		return w.window
	}
	return w.mainTitle()
}

// texts returns the texts equal to s on the top layer, in reading order.
func (w *walker) texts(s string) []item {
	var out []item
	top := w.top()
	for _, it := range w.items {
		if (it.readable() || strings.Contains(it.Type, "Select")) && it.Layer == top && it.Window == w.current() && strings.TrimSpace(it.Text) == s {
			out = append(out, it)
		}
	}
	return out
}

// anchorY resolves the scope: the middle line below which the next
// lookup searches (a text in the same row counts as below).
func (w *walker) anchorY() float64 {
	y := math.Inf(-1)
	for _, a := range w.scope {
		found := false
		for _, it := range w.texts(a) {
			if it.cy() >= y-6 {
				y, found = it.cy(), true
				break
			}
		}
		if !found {
			w.failf("no text %q on the screen (scope %q)", a, w.scope)
		}
	}
	return y
}

// in sets the scope for the lookups in f: each text in order, each below
// the one before; the lookup takes the first match below the last.
func (w *walker) in(anchors []string, f func()) {
	old := w.scope
	w.scope = append(append([]string(nil), old...), anchors...)
	defer func() { w.scope = old }()
	f()
}

// findText is the first text s below the scope, or false.
func (w *walker) findText(s string) (item, bool) {
	y := w.anchorY()
	for _, it := range w.texts(s) {
		if it.cy() >= y-6 {
			return it, true
		}
	}
	return item{}, false
}

func (w *walker) mustText(s string) item {
	it, ok := w.findText(s)
	if !ok {
		w.failf("no text %q on the screen (scope %q)", s, w.scope)
	}
	return it
}

// sameView reports whether a and b lie in the same scroll view (or both
// in none): a label names a field of its own page, not the menu bar above
// it when the page has scrolled the label out of sight.
func sameView(a, b item) bool {
	return math.Abs(a.ClipX-b.ClipX) < 1 && math.Abs(a.ClipY-b.ClipY) < 1 &&
		math.Abs(a.ClipW-b.ClipW) < 1 && math.Abs(a.ClipH-b.ClipH) < 1
}

// fieldFor is the field a label names: the nearest one to its right on
// the same line, else the nearest below it.
func (w *walker) fieldFor(label item) (item, bool) {
	best, bestD := item{}, math.Inf(1)
	for _, it := range w.items {
		if !it.isField() || it.Layer != label.Layer || it.Window != label.Window || !sameView(it, label) {
			continue
		}
		if it.X >= label.X+label.W-4 && it.Y <= label.cy() && it.Y+it.H >= label.cy() {
			if d := it.X - label.X; d < bestD {
				best, bestD = it, d
			}
		}
	}
	if bestD < math.Inf(1) {
		return best, true
	}
	for _, it := range w.items {
		if !it.isField() || it.Layer != label.Layer || it.Window != label.Window || !sameView(it, label) {
			continue
		}
		if it.Y >= label.Y+label.H/2 && it.X < label.X+label.W && it.X+it.W > label.X-40 {
			if d := it.Y - label.Y; d < bestD {
				best, bestD = it, d
			}
		}
	}
	return best, bestD < math.Inf(1)
}

// containing is the innermost tappable item under the middle of it, in
// its scroll view (not a button of a bar drawn over the view's hidden
// part).
func (w *walker) containing(t item) (item, bool) {
	best, area := item{}, math.Inf(1)
	for _, it := range w.items {
		if !(it.Tappable || it.Focusable) || it.Layer != t.Layer || it.Window != t.Window || !sameView(it, t) {
			continue
		}
		if it.X <= t.cx() && it.X+it.W >= t.cx() && it.Y <= t.cy() && it.Y+it.H >= t.cy() && it.W*it.H < area {
			best, area = it, it.W*it.H
		}
	}
	return best, area < math.Inf(1)
}

// reveal brings what find finds into view: by the wheel over its scroll
// container (mouse walk), as a person scrolls until she sees it. It
// returns the item as it is on the screen now.
func (w *walker) reveal(find func() item) item {
	stuck, notches := 0, 0
	first := find()
	defer func() {
		if notches > 0 {
			w.say("wheel %d notches to %s (it was %.0f px from the view)", notches, first, math.Max(first.ClipY-first.Y, first.Y+first.H-first.ClipY-first.ClipH))
		}
	}()
	for n := 0; ; n++ {
		it := find()
		if it.visible() {
			return it
		}
		if w.keyboard {
			w.failf("%s is out of sight and the keyboard walk does not scroll with the wheel", it)
		}
		if n > 400 {
			w.failf("%s stays out of sight after 400 wheel notches", it)
		}
		button := "5" // down
		if it.Y < it.ClipY {
			button = "4"
		}
		x, y := w.wheelSpot(it)
		w.xdo("mousemove", ftoa(x+w.offX), ftoa(y+w.offY))
		w.xdo("click", button)
		w.counts.add(w.phase, &w.counts.wheel, 1)
		notches++
		time.Sleep(60 * time.Millisecond)
		w.look()
		if find().Y == it.Y {
			time.Sleep(300 * time.Millisecond) // a busy program: look again
			w.look()
		}
		if find().Y == it.Y {
			if stuck++; stuck >= 3 {
				w.failf("%s does not move with the wheel", it)
			}
		} else {
			stuck = 0
		}
	}
}

// wheelSpot is a place in it's scroll view where no field lies: an entry
// under the pointer would take the wheel for itself.
func (w *walker) wheelSpot(it item) (float64, float64) {
	for _, fy := range []float64{0.5, 0.3, 0.7, 0.15, 0.85} {
		y := it.ClipY + it.ClipH*fy
		for x := it.ClipX + 16; x < it.ClipX+it.ClipW-16; x += 20 {
			free := true
			for _, o := range w.items {
				if o.Layer == it.Layer && o.Window == it.Window && (o.Focusable || o.Tappable) && !o.Scroll &&
					o.X <= x && x <= o.X+o.W && o.Y <= y && y <= o.Y+o.H && o.W < it.ClipW*0.95 {
					free = false
					break
				}
			}
			if free {
				return x, y
			}
		}
	}
	return it.ClipX + 16, it.ClipY + it.ClipH/2
}

func ftoa(f float64) string { return strconv.Itoa(int(math.Round(f))) }

// click clicks the middle of it.
func (w *walker) click(it item) {
	if w.keyboard {
		w.failf("the keyboard walk would have to click %s", it)
	}
	w.say("click %s", it)
	x := it.cx()
	if it.Type == "*canvas.Text" {
		x = it.X + min(it.W/2, 30) // a text's box may be wider than its letters
	}
	sx, sy := x+w.offX, it.cy()+w.offY
	if sx < 0 || sy < 0 || sx >= 1366 || sy >= 768 {
		w.failf("%s lies beyond the screen's edge (%.0f,%.0f on 1366×768)", it, sx, sy)
	}
	w.xdo("mousemove", ftoa(sx), ftoa(sy))
	w.xdo("click", "1")
	w.counts.add(w.phase, &w.counts.clicks, 1)
	settle()
	w.look()
}

// key presses keys (xdotool names, e.g. "Tab", "ctrl+a") and counts each.
func (w *walker) key(keys ...string) {
	for _, k := range keys {
		w.say("key %s", k)
		w.xdo("key", "--clearmodifiers", k)
		w.counts.add(w.phase, &w.counts.keys, 1)
		time.Sleep(80 * time.Millisecond)
	}
	settle()
	w.look()
}

// typeText types s into the focused field. Xvfb's keyboard has no keys
// for umlauts and xdotool's stand-in keys do not reach the program
// reliably, so the walk's texts are plain ASCII.
func (w *walker) typeText(s string) {
	for _, r := range s {
		if r > 126 {
			w.failf("the walk cannot type %q (not ASCII)", s)
		}
	}
	w.say("type %q", s)
	w.xdo("type", "--delay", "15", s)
	w.counts.add(w.phase, &w.counts.typed, len([]rune(s)))
	settle()
	w.look()
}

func (w *walker) focused() (item, bool) {
	for _, it := range w.items {
		if it.Focused {
			return it, true
		}
	}
	return item{}, false
}

// wait looks until find succeeds (a dialog opening, a rebuild), at most
// ten seconds.
func (w *walker) wait(what string, find func() bool) {
	deadline := time.Now().Add(10 * time.Second)
	for !find() {
		if time.Now().After(deadline) {
			w.failf("waited 10 s for %s", what)
		}
		time.Sleep(150 * time.Millisecond)
		w.look()
	}
}
