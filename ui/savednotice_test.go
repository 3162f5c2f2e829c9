package ui

import (
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// The "Gespeichert" notice after a document was saved pushed the
// transition bar up while it showed, and down again when it went: a click
// meant for a step landed elsewhere. It floats now. On the small screens,
// on the workspace with its transition bar and on a tab without one,
// nothing of the window moves when the notice appears or goes, and the
// notice lies inside the case view, above the transition bar.
func TestSavedNoticeMovesNothing(t *testing.T) {
	for _, sc := range append(smallScreens, officeScreen) {
		u := monitoringOn(t, sc.px, sc.scale)
		for _, tab := range []int{0, 2} {
			u.view.work.tabs.SelectIndex(tab)
			where := sc.name + ", tab " + u.view.work.tabs.Selected().Text
			root := u.win.Content()
			uitest.Settle(root)
			before := places(root)

			kit.ShowSaved(u.env, storage.NewFileURI("/tmp/Teilhabeplan_Mustermann_v1_2025-03-10.pdf"))
			uitest.Settle(root)
			if len(u.saved.Objects) != 1 {
				t.Fatalf("%s: no notice shows", where)
			}
			d := fyne.CurrentApp().Driver()
			box := u.saved.Objects[0]
			if after := places(root); !samePlaces(t, where+", the notice shown", before, after) {
				continue
			}
			at, view := d.AbsolutePositionForObject(box), d.AbsolutePositionForObject(u.view.body)
			if at.X < view.X-0.5 || at.X+box.Size().Width > view.X+u.view.body.Size().Width+0.5 || at.Y < view.Y-0.5 {
				t.Errorf("%s: the notice at %v (%v) lies outside the case view at %v (%v)", where, at, box.Size(), view, u.view.body.Size())
			}
			if bar := u.view.shownBar(); bar != nil {
				if top := d.AbsolutePositionForObject(bar).Y; at.Y+box.Size().Height > top+0.5 {
					t.Errorf("%s: the notice at %v (%v) covers the transition bar at %v", where, at, box.Size(), top)
				}
			} else if tab == 0 {
				t.Errorf("%s: the monitoring workspace shows no transition bar", where)
			}

			u.env.Notice(nil)
			uitest.Settle(root)
			samePlaces(t, where+", the notice closed", before, places(root))
		}
	}
}

// monitoringOn is the window on a screen of px at scale, the case list
// hidden where it would not fit, showing the curated case in monitoring.
func monitoringOn(t *testing.T, px fyne.Size, scale float32) *UI {
	u, cases := curatedUI(t)
	room := fitSize(fyne.NewSize(windowWidth, windowHeight), px, scale)
	u.win.Resize(room)
	if room.Width < listBesideCase {
		u.onToggleCaseList()
	}
	c := cases[slices.IndexFunc(cases, inPhase(model.PhaseMonitoring))]
	u.onOpenCase(c.ID)
	u.win.Resize(room)
	return u
}

// places are where the widgets of the window are, by widget.
func places(root fyne.CanvasObject) map[fyne.CanvasObject]uitest.Rect {
	out := map[fyne.CanvasObject]uitest.Rect{}
	for _, p := range uitest.Widgets(root) {
		out[p.Obj] = p.Rect
	}
	return out
}

// samePlaces reports whether every widget of before is where it was.
func samePlaces(t *testing.T, where string, before, after map[fyne.CanvasObject]uitest.Rect) bool {
	t.Helper()
	moved := 0
	for o, r := range before {
		if a, ok := after[o]; ok && a != r {
			if moved++; moved <= 3 {
				t.Errorf("%s: %T moved from %v to %v", where, o, r, a)
			}
		}
	}
	return moved == 0
}

// On the smallest screen (1280×720 at 200 %) the notice takes at most
// three quarters of the case view's width beyond what its buttons need, and it
// makes way for the field being edited: a field focused where the notice
// lies sends the notice to the top of the view, out of the way.
func TestSavedNoticeIsSmallAndMakesWayForTheFocusedField(t *testing.T) {
	sc := smallScreens[1]
	u := monitoringOn(t, sc.px, sc.scale)
	root := u.win.Content()
	uitest.Settle(root)
	kit.ShowSaved(u.env, storage.NewFileURI("/tmp/Teilhabeplan_Mustermann_v1_2025-03-10.pdf"))
	uitest.Settle(root)
	d := fyne.CurrentApp().Driver()
	box := u.saved.Objects[0]
	rect := func(o fyne.CanvasObject) uitest.Rect {
		return uitest.Rect{Pos: d.AbsolutePositionForObject(o), Size: o.Size()}
	}
	notice := rect(box)
	if most := fyne.Max(box.MinSize().Width, u.view.body.Size().Width*savedNoticeShare); notice.Size.Width > most+0.5 {
		t.Errorf("the notice is %.0f wide in a view of %.0f", notice.Size.Width, u.view.body.Size().Width)
	}

	// The first field of the page, scrolled to where the notice lies.
	page := u.view.pages()[0]
	var under fyne.Focusable
	for _, p := range uitest.Widgets(page) {
		if f, ok := p.Obj.(fyne.Focusable); ok && under == nil {
			under = f
		}
	}
	if under == nil {
		t.Fatal("the page has no field")
	}
	page.ScrollToOffset(fyne.NewPos(0, page.Offset.Y+rect(under.(fyne.CanvasObject)).Pos.Y-notice.Pos.Y))
	uitest.Settle(root)
	if f := rect(under.(fyne.CanvasObject)); f.Pos.Y != notice.Pos.Y {
		t.Fatalf("the field at %v could not be brought under the notice at %v", f, notice)
	}
	u.win.Canvas().Focus(under)
	u.focus.Check()
	uitest.Settle(root)
	field, now := rect(under.(fyne.CanvasObject)), rect(box)
	if now.Pos.Y < field.Pos.Y+field.Size.Height && now.Pos.Y+now.Size.Height > field.Pos.Y {
		t.Errorf("the notice at %v covers the focused %T at %v", now, under, field)
	}
	if view := d.AbsolutePositionForObject(u.view.body); now.Pos.Y < view.Y-0.5 {
		t.Errorf("the notice at %v left the case view at %v", now, view)
	}
}
