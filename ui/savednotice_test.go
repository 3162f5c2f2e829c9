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
		u, cases := curatedUI(t)
		room := fitSize(fyne.NewSize(windowWidth, windowHeight), sc.px, sc.scale)
		u.win.Resize(room)
		if room.Width < listBesideCase {
			u.onToggleCaseList()
		}
		c := cases[slices.IndexFunc(cases, inPhase(model.PhaseMonitoring))]
		u.onOpenCase(c.ID)
		u.win.Resize(room)
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
