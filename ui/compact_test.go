package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

// The two small screens of the issue: a 1366×768 laptop at 150 % and a
// 1280×720 screen at 200 %.
var smallScreens = []struct {
	name  string
	px    fyne.Size
	scale float32
}{
	{"1366×768 at 150 %", fyne.NewSize(1366, 768), 1.5},
	{"1280×720 at 200 %", fyne.NewSize(1280, 720), 2},
}

// officeLaptopRoom is the window a 1366×768 screen at 150 % gives the
// program (smallScreens[0]), the size most tests of the small screen use.
func officeLaptopRoom() fyne.Size {
	sc := smallScreens[0]
	return fitSize(fyne.NewSize(windowWidth, windowHeight), sc.px, sc.scale)
}

func TestWindowOpensNoLargerThanTheScreen(t *testing.T) {
	want := fyne.NewSize(windowWidth, windowHeight)
	for _, sc := range smallScreens {
		got := fitSize(want, sc.px, sc.scale)
		if got.Width*sc.scale > sc.px.Width || got.Height*sc.scale > sc.px.Height-screenReserve {
			t.Errorf("%s: the window is %v points = %v×%v pixels", sc.name, got, got.Width*sc.scale, got.Height*sc.scale)
		}
	}
	if got := fitSize(want, fyne.NewSize(1920, 1080), 1); got != want {
		t.Errorf("on a large screen the window keeps its size %v, got %v", want, got)
	}
}

// curatedUI is the main window over the curated demo cases.
func curatedUI(t testing.TB) (*UI, []*model.Case) {
	t.Helper()
	store := uitest.Store(t)
	cases, partners := demo.Cases(0, 1, uitest.Clock())
	uitest.StoreAll(t, store, cases, partners)
	return newTestUI(t, store), cases
}

// inPhase says whether a case is in phase, for finding one of the curated
// demo cases.
func inPhase(phase model.Phase) func(*model.Case) bool {
	return func(c *model.Case) bool { return c.Phase == phase }
}

// On a small screen every case fits the window (it does not push the
// window beyond the screen), the header and timeline are compact, and the
// workspace — tabs, page and transition bar — keeps at least half the
// height of the window's content.
func TestSmallScreensKeepHalfTheHeightForTheWorkspace(t *testing.T) {
	for _, sc := range smallScreens {
		u, cases := curatedUI(t)
		room := fitSize(fyne.NewSize(windowWidth, windowHeight), sc.px, sc.scale)
		u.win.Resize(room)
		// The start screen fits with the case list.
		if min := u.win.Content().MinSize(); min.Width > room.Width || min.Height > room.Height {
			t.Errorf("%s, start screen: the window needs %v, the screen has room for %v", sc.name, min, room)
		}
		if room.Width < listBesideCase {
			u.onToggleCaseList() // as fitScreen does
		}
		for _, c := range cases {
			u.onOpenCase(c.ID)
			u.win.Resize(room)
			v := u.view
			min := u.win.Content().MinSize()
			if min.Width > room.Width || min.Height > room.Height {
				t.Errorf("%s, case in %s (case list shown: %v): the window needs %v, the screen has room for %v",
					sc.name, c.Phase, !u.listHidden, min, room)
			}
			if !v.compact || v.meta.Visible() {
				t.Errorf("%s: the header is not compact (compact %v, meta shown %v)", sc.name, v.compact, v.meta.Visible())
			}
			for _, s := range v.timeline.steps {
				if s.dates.Visible() {
					t.Errorf("%s: the compact timeline shows dates", sc.name)
					break
				}
			}
			if work, all := v.work.tabs.Size().Height, u.win.Canvas().Size().Height; work < all/2 {
				t.Errorf("%s, case in %s: the workspace has %v of %v points", sc.name, c.Phase, work, all)
			}
		}
		// A window of the default size shows the header in full.
		u.win.Resize(fyne.NewSize(windowWidth, windowHeight))
		if u.view.compact || !u.view.meta.Visible() {
			t.Errorf("%s: a large window shows the full header", sc.name)
		}
	}
}

func TestCtrlLHidesAndShowsTheCaseList(t *testing.T) {
	u, _ := curatedUI(t)
	var item *fyne.MenuItem
	for _, m := range u.win.MainMenu().Items {
		for _, it := range m.Items {
			if it.Shortcut == shortcutCaseList {
				item = it
			}
		}
	}
	if item == nil || item.Label != "Fallliste anzeigen" || !item.Checked {
		t.Fatalf("the menu lists „Fallliste anzeigen“ with Ctrl+L, ticked: %+v", item)
	}
	typeShortcut(u.win, shortcutCaseList)
	if u.split.Leading.Visible() {
		t.Fatal("Ctrl+L hides the case list")
	}
	if got := uitest.Strings(u.view.noneText); len(got) == 0 || got[0] != "Die Fallliste ist ausgeblendet – Strg+L zeigt sie wieder." {
		t.Errorf("the empty view says %q", got)
	}
	item.Action()
	if !u.split.Leading.Visible() {
		t.Fatal("the menu item shows the case list again")
	}
}

// In a narrow list the phase and the due date of a row are cut, never
// drawn over each other.
func TestNarrowCaseListRowsDoNotOverlap(t *testing.T) {
	u, _ := curatedUI(t)
	row := u.list.createRow()
	for i := range u.list.hits {
		u.list.updateRow(i, row)
		for _, w := range []float32{120, 180, 300} {
			row.Resize(fyne.NewSize(w, row.MinSize().Height))
			line := row.(*fyne.Container).Objects[1].(*fyne.Container).Objects[1].(*fyne.Container)
			phase, due := line.Objects[0].(*widget.Label), line.Objects[1].(*widget.Label)
			if phase.Position().X+phase.Size().Width > due.Position().X+0.5 || due.Position().X+due.Size().Width > w+0.5 {
				t.Errorf("row %d at width %v: phase %v+%v, due %v+%v", i, w, phase.Position().X, phase.Size().Width, due.Position().X, due.Size().Width)
			}
		}
	}
}

// The partner directory and the Auswertung open in windows of their own;
// on a small screen they fit it too, and the directory's new-partner form
// scrolls inside instead of pushing its Speichern button below the
// screen's edge (the walk at 1366×768 and 150 % found it 1037 pixels tall).
func TestOwnWindowsFitASmallScreen(t *testing.T) {
	u := newTestUI(t, uitest.Store(t))
	// 1366×768 at 150 % is 910×512 points; the test canvas has scale 1.
	u.SetScreen(910, 512)
	room := fyne.NewSize(910, 512-screenReserve)
	fits := func(what string, w fyne.Window) {
		t.Helper()
		if got := w.Canvas().Size(); got.Width > room.Width || got.Height > room.Height {
			t.Errorf("%s is %v, more than the screen's %v", what, got, room)
		}
	}
	u.onPartners()
	fits("the partner directory", u.partnerWin)
	// the driver never makes a window smaller than its content
	if got := u.partnerWin.Content().MinSize(); got.Height > room.Height {
		t.Errorf("the partner directory needs %v, more than the screen's %v", got, room)
	}
	var create *widget.Button
	if bs := uitest.Buttons(u.partnerWin.Content(), "Netzwerkpartner anlegen …"); len(bs) > 0 {
		create = bs[0]
	}
	if create == nil {
		t.Fatal("the directory has no button Netzwerkpartner anlegen …")
	}
	test.Tap(create)
	fits("the partner directory with its new-partner form", u.partnerWin)
	if top := u.partnerWin.Canvas().Overlays().Top(); top == nil {
		t.Error("the new-partner form did not open")
	} else if got := top.MinSize(); got.Height > room.Height {
		t.Errorf("the new-partner form needs %v, more than the screen's %v", got, room)
	}
	u.onEvaluation()
	fits("the Auswertung", u.evalWin)
}

// At 1366×768 and 150 % the list drew "fällig 05.12.20…" although its row
// had room: the date label was exactly as wide as its measured text, and
// Fyne cuts a label's text at the whole points inside it. Every row of the
// demo list shows its phase and whole date, on every screen that shows the
// list beside a case, read as drawn (not as the label's Text).
func TestCaseListShowsTheWholeDeadline(t *testing.T) {
	for _, sc := range append(smallScreens[:1:1], officeScreen) {
		u, cases := curatedUI(t)
		room := fitSize(fyne.NewSize(windowWidth, windowHeight), sc.px, sc.scale)
		u.win.Resize(room)
		u.onOpenCase(cases[0].ID)
		u.win.Resize(room)
		if room.Width < listBesideCase || u.listHidden {
			t.Fatalf("%s: the list is not shown beside the case", sc.name)
		}
		rows := 0
		for _, l := range uitest.All[*widget.Label](u.list.list) {
			if !strings.HasPrefix(l.Text, "fällig ") && !strings.HasPrefix(l.Text, "überfällig ") {
				continue
			}
			rows++
			if got := drawnText(l); got != l.Text {
				t.Errorf("%s: the row shows %q of %q (label %v wide, list %v)", sc.name, got, l.Text, l.Size().Width, u.list.list.Size().Width)
			}
		}
		if rows < 4 {
			t.Errorf("%s: only %d rows with a deadline are shown", sc.name, rows)
		}
	}
}

// officeScreen is a small office screen without scaling.
var officeScreen = struct {
	name  string
	px    fyne.Size
	scale float32
}{"1000×800 at 100 %", fyne.NewSize(1000, 800), 1}

// drawnText is what l draws: its text as Fyne cut it to fit.
func drawnText(l *widget.Label) string {
	var out string
	uitest.Walk(l, func(o fyne.CanvasObject) {
		if t, ok := o.(*canvas.Text); ok {
			out += t.Text
		}
	})
	return out
}

// The compact timeline at 1366×768 and 150 % beside the case list cut the
// current phase to "Assessme…": every step was measured as wide as
// "aktuelle Phase", which the compact timeline does not show. Every
// phase's title shows whole, for a case in each phase.
func TestCompactTimelineShowsWholeTitles(t *testing.T) {
	u, cases := curatedUI(t)
	room := officeLaptopRoom()
	for _, c := range cases {
		u.onOpenCase(c.ID)
		u.win.Resize(room)
		if !u.view.compact {
			t.Fatalf("%s: the timeline is not compact", smallScreens[0].name)
		}
		for _, s := range u.view.timeline.steps {
			if got := drawnText(s.title); got != s.title.Text {
				t.Errorf("%s, case in %s: the timeline shows %q of %q", smallScreens[0].name, c.Phase, got, s.title.Text)
			}
		}
	}
}

// In a window of 1000 points beside the case list the full timeline broke
// "Assessment" into "Assessmen" and "t": every step was measured as wide
// as "aktuelle Phase" on one line, and together they did not fit. Each
// phase's title is drawn on one line, for a case in each phase.
func TestTimelineTitlesKeepTheirWords(t *testing.T) {
	u, cases := curatedUI(t)
	room := fitSize(fyne.NewSize(windowWidth, windowHeight), officeScreen.px, officeScreen.scale)
	for _, c := range cases {
		u.onOpenCase(c.ID)
		u.win.Resize(room)
		if u.view.compact {
			t.Fatalf("%s: the timeline is compact", officeScreen.name)
		}
		for _, s := range u.view.timeline.steps {
			lines := 0
			uitest.Walk(s.title, func(o fyne.CanvasObject) {
				if _, ok := o.(*canvas.Text); ok {
					lines++
				}
			})
			if lines != 1 {
				t.Errorf("%s, case in %s: the timeline draws %q on %d lines", officeScreen.name, c.Phase, s.title.Text, lines)
			}
		}
	}
}

// On the office laptop the compact transition bar offers the regular next
// step as a button of its own and still keeps to one row in every phase
// (its documents, when more than two, go into one menu „Dokumente“), so
// the page above keeps its height.
func TestCompactBarOffersTheNextStepInOneRow(t *testing.T) {
	u, cases := curatedUI(t)
	u.win.Resize(officeLaptopRoom())
	u.onToggleCaseList() // as the walk does with Ctrl+L
	for _, c := range cases {
		u.onOpenCase(c.ID)
		u.win.Resize(officeLaptopRoom())
		regular, ok := model.RegularMove(c.Phase)
		if !ok || u.view.work.bar == nil {
			continue
		}
		step := u.loc.T("Transition.Move." + string(regular.Kind))
		if regular.Kind == model.KindAdvance {
			step = u.loc.T("Transition.Move.advance." + string(regular.To))
		}
		row := u.view.work.bar.(*fyne.Container).Objects[1].(*fyne.Container)
		if len(uitest.Buttons(row, step)) != 1 {
			t.Errorf("case in %s: the compact bar does not offer %q: %q", c.Phase, step, uitest.Strings(row))
		}
		if h, one := row.Size().Height, row.Objects[0].MinSize().Height; h > one*1.5 {
			t.Errorf("case in %s: the compact bar takes %v points, one row is %v: %q", c.Phase, h, one, uitest.Strings(row))
		}
	}
}
