package ui

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// typedForStability is what the test types into each field: a date, then
// more — a date field is invalid, valid (but before every other date of
// the case, which the order rules say under it) and invalid again on the
// way, a number field valid and then not, a text empty and then filled.
const typedForStability = "01.01.2000 Notiz"

// checkedAfter are the lengths of typedForStability after which the page
// is measured: the field filled (a date begun), a whole date, a date with
// more after it (and the whole text, then saved). Measuring after every key would take
// minutes and find nothing these do not.
var checkedAfter = map[int]bool{1: true, 10: true, 11: true}

// A counselor clicks the next field while still typing in this one; if a
// row above appears, a hint grows or a checklist re-renders meanwhile, the
// click lands in another field ("a participants text became the
// justification of a phone-meeting exception"). So, in every workspace of
// a case in every phase, each field is emptied and typed into key by key,
// then saved as a typing pause saves it; after every key and after the
// save nothing above the field or beside it may move or change its size,
// and what lies below may move only by what the field itself grew. The
// fields are found by walking the workspace with every fold open, so a new
// field is covered without touching this test.
func TestTypingMovesNothingAboveTheField(t *testing.T) {
	t.Setenv("LANG", "de_DE.UTF-8")
	test.NewTempApp(t)
	fresh := func() *model.Case {
		c := model.NewCase(model.Client{FirstName: "Erika", LastName: "Mustermann"}, uitest.Now.Add(-time.Hour))
		c.Intake.Referral.ReceivedOn = model.DateOf(uitest.Now).AddDays(-3)
		return c
	}
	type start struct {
		name string
		make func() (*model.Case, []model.Partner)
	}
	// A case whose choices open the rows that appear on a choice: the
	// reason for a meeting by phone (with its "missing" line), the route
	// "other".
	exceptions := func() (*model.Case, []model.Partner) {
		c := fresh()
		c.Intake.FirstMeeting.Mode = model.ModePhone
		c.Intake.Referral.Route = model.RouteOther
		return c, demo.Partners()
	}
	starts := []start{
		{"new", func() (*model.Case, []model.Partner) { return fresh(), demo.Partners() }},
		{"phoneMeeting", exceptions},
	}
	// The demo's hand-written cases, in their order (model/demo/curated.go).
	names := []string{"intakeOverdue", "assessment", "planningDraft", "monitoringPlanV1", "closureInProgress",
		"closed", "intakeDecided", "monitoringAfterLoop", "notAdmitted"}
	curated, _ := demo.Cases(demo.Curated, 1, uitest.Now)
	if len(curated) != len(names) {
		t.Fatalf("%d curated demo cases, %d names", len(curated), len(names))
	}
	for i := range curated {
		starts = append(starts, start{names[i], func() (*model.Case, []model.Partner) {
			cs, ps := demo.Cases(demo.Curated, 1, uitest.Now)
			return cs[i], ps
		}})
	}
	for _, st := range starts {
		c, _ := st.make()
		for _, p := range model.LoopPhases {
			// Each case in the workspace of its phase; the case that has
			// been round the loop once also in every earlier workspace,
			// filled as a counselor leaves it.
			if p != workspaceOf(c.Phase) && (p.Number() > workspaceOf(c.Phase).Number() || !strings.Contains(st.name, "AfterLoop")) {
				continue
			}
			t.Run(st.name+"/"+string(p), func(t *testing.T) {
				c, partners := st.make()
				typeEveryField(t, c, partners, p)
			})
		}
	}
}

// typeEveryField opens c's workspace of phase p as the window does and
// types into each of its fields in turn.
func typeEveryField(t *testing.T, c *model.Case, partners []model.Partner, p model.Phase) {
	h := uitest.Open(t, c, partners)
	s, win := h.S, h.Win
	work := newCaseWork(s, p, func() {})
	win.SetContent(work.tabs)
	// About the working area of 1366×768 at 150 %.
	win.Resize(fyne.NewSize(640, 560))
	openAllFolds(work.tabs)
	uitest.Settle(work.tabs)

	typed := 0
	for i := 0; ; i++ {
		// The phase's page (rebuilt after a structural change): the tab
		// bar above it is laid out by the tabs, which nothing here changes.
		root := work.phaseTab.Content
		fields := typeable(root)
		if i >= len(fields) {
			break
		}
		f := fields[i]
		name := fieldName(root, f)
		f.SetText("")
		_ = s.Flush()
		win.Canvas().Focus(f)
		uitest.Settle(root)
		before := uitest.Widgets(root)
		for n, r := range []rune(typedForStability) {
			f.TypedRune(r)
			if !checkedAfter[n+1] && n+1 < len([]rune(typedForStability)) {
				continue
			}
			uitest.Settle(root)
			if msg := moved(before, uitest.Widgets(root), f); msg != "" {
				t.Errorf("typing %q into %s: %s", string([]rune(typedForStability)[:n+1]), name, msg)
				break
			}
		}
		_ = s.Flush()
		uitest.Settle(root)
		if msg := moved(before, uitest.Widgets(root), f); msg != "" {
			t.Errorf("saving what was typed into %s: %s", name, msg)
		}
		win.Canvas().Unfocus()
		typed++
	}
	if typed == 0 && workspaceOf(c.Phase) == p && c.Phase != model.PhaseClosed {
		t.Fatalf("no field to type into in the %s workspace of a case in %s", p, c.Phase)
	}
	t.Logf("%d fields", typed)
}

// openAllFolds unfolds every accordion below root, as a counselor does who
// works through a whole workspace.
func openAllFolds(root fyne.CanvasObject) {
	for _, a := range uitest.All[*widget.Accordion](root) {
		a.MultiOpen = true
		a.OpenAll()
	}
}

// typeable are the visible fields below root that take typing, in the
// order they are drawn.
func typeable(root fyne.CanvasObject) []uitest.EntryLike {
	var out []uitest.EntryLike
	for _, p := range uitest.Widgets(root) {
		if e, ok := p.Obj.(uitest.EntryLike); ok && !e.Disabled() {
			out = append(out, e)
		}
	}
	return out
}

// fieldName names f for a failure: the label of the form row it is in,
// or where it is.
func fieldName(root fyne.CanvasObject, f fyne.CanvasObject) string {
	for _, p := range uitest.Widgets(root) {
		if p.Obj != f {
			continue
		}
		in := map[fyne.CanvasObject]bool{f: true}
		for _, q := range p.Parents {
			in[q] = true
		}
		for _, form := range uitest.All[*widget.Form](root) {
			for _, it := range form.Items {
				if in[it.Widget] {
					return fmt.Sprintf("%q (the field at %v)", it.Text, p.Rect)
				}
			}
		}
		return fmt.Sprintf("the field at %v", p.Rect)
	}
	return "a field"
}

// moved says what moved between before and after that must stand still
// while f is typed into: anything starting above f's bottom (above it or
// beside it) keeps its place and, unless f grew, its height; below f things
// move down by at most what f grew, and keep their height. A width may
// change (a title that gets longer): what that moves is caught by its
// neighbours' places.
func moved(before, after []uitest.Placed, f fyne.CanvasObject) string {
	var fb, fa uitest.Rect
	for _, p := range before {
		if p.Obj == f {
			fb = p.Rect
		}
	}
	for _, p := range after {
		if p.Obj == f {
			fa = p.Rect
		}
	}
	if fa.Pos != fb.Pos {
		return fmt.Sprintf("the field itself moved from %v to %v", fb, fa)
	}
	grew := fa.Size.Height - fb.Size.Height
	if grew != 0 && !multiLine(f) {
		return fmt.Sprintf("the one-line field changed its height from %v to %v (a line under it?)", fb, fa)
	}
	const eps = 0.5
	now := map[fyne.CanvasObject]uitest.Placed{}
	for _, p := range after {
		now[p.Obj] = p
	}
	contains := func(p uitest.Placed) bool {
		for _, q := range p.Parents {
			if q == f {
				return true
			}
		}
		return false
	}
	isParent := func(o fyne.CanvasObject) bool {
		for _, p := range after {
			if p.Obj == f {
				for _, q := range p.Parents {
					if q == o {
						return true
					}
				}
			}
		}
		return false
	}
	// Of what moved, a field is named first: that is where the next
	// click lands.
	var first, field string
	note := func(o fyne.CanvasObject, msg string) {
		if _, ok := o.(uitest.EntryLike); ok && field == "" {
			field = msg
		}
		if first == "" {
			first = msg
		}
	}
	var gone []uitest.Placed
	for _, b := range before {
		if b.Obj == f || contains(b) {
			continue
		}
		a, ok := now[b.Obj]
		if !ok {
			if b.Rect.Pos.Y < fb.Bottom() {
				gone = append(gone, b)
			}
			continue
		}
		delete(now, b.Obj)
		dy := a.Rect.Pos.Y - b.Rect.Pos.Y
		dh := a.Rect.Size.Height - b.Rect.Size.Height
		above := b.Rect.Pos.Y < fb.Bottom()-eps
		switch {
		case isParent(b.Obj):
			if a.Rect.Pos != b.Rect.Pos {
				note(b.Obj, fmt.Sprintf("%s, which holds the field, moved from %v to %v", describeWidget(b.Obj), b.Rect, a.Rect))
			}
		case above && (a.Rect.Pos != b.Rect.Pos || dh < -eps || dh > max(grew, 0)+eps):
			note(b.Obj, fmt.Sprintf("%s above or beside it changed from %v to %v", describeWidget(b.Obj), b.Rect, a.Rect))
		case !above && (a.Rect.Pos.X != b.Rect.Pos.X || dy < -eps || dy > max(grew, 0)+eps || dh < -eps || dh > eps):
			note(b.Obj, fmt.Sprintf("%s below it changed from %v to %v while the field grew by %.0f", describeWidget(b.Obj), b.Rect, a.Rect, grew))
		}
	}
	if field != "" {
		return field
	}
	if first != "" {
		return first
	}
	// A widget drawn anew in the same place is no change.
	same := func(x, y uitest.Placed) bool {
		return fmt.Sprintf("%T", x.Obj) == fmt.Sprintf("%T", y.Obj) && x.Rect == y.Rect
	}
	for _, a := range now {
		if a.Obj == f || contains(a) || a.Rect.Pos.Y >= fb.Bottom()-eps {
			continue
		}
		matched := false
		for i, g := range gone {
			if same(a, g) {
				gone = append(gone[:i], gone[i+1:]...)
				matched = true
				break
			}
		}
		if !matched {
			return fmt.Sprintf("%s appeared above or beside it at %v", describeWidget(a.Obj), a.Rect)
		}
	}
	for _, g := range gone {
		return fmt.Sprintf("%s above or beside it disappeared from %v", describeWidget(g.Obj), g.Rect)
	}
	return ""
}

// describeWidget names a widget by its type and what it shows.
func describeWidget(o fyne.CanvasObject) string {
	var shown []string
	for _, line := range strings.Split(uitest.Texts(o), "\n") {
		if line = strings.TrimSpace(line); line != "" {
			shown = append(shown, line)
		}
		if len(shown) == 2 {
			break
		}
	}
	s := strings.Join(shown, " / ")
	if len([]rune(s)) > 70 {
		s = string([]rune(s)[:70]) + "…"
	}
	return fmt.Sprintf("%T %q", o, s)
}

// multiLine reports whether f is a note, which grows with its text.
func multiLine(f fyne.CanvasObject) bool {
	switch e := f.(type) {
	case *kit.Entry:
		return e.MultiLine
	case *widget.Entry:
		return e.MultiLine
	}
	return false
}
