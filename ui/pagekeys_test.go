package ui

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
	"teilhabelotse/ui/kit"
)

// PageUp, PageDown, Home and End scroll the workspace from whatever Tab
// reaches in it — a check box, a drop-down, an item of a radio group, the
// header of a fold, a button — not only where nothing has the focus; only
// a text field keeps Home and End for its caret. Every workspace of every curated demo case,
// at 1366×768 and 150 %.
func TestPageKeysScrollFromEveryWidgetOfAWorkspace(t *testing.T) {
	u, cases := curatedUI(t)
	room := officeLaptopRoom()
	c := u.win.Canvas()
	kept := map[string]int{}
	tried, radios, headers := 0, 0, 0
	for _, k := range cases {
		u.onOpenCase(k.ID)
		u.win.Resize(room)
		page := u.view.pages()[0]
		in, header := map[fyne.CanvasObject]bool{}, map[fyne.CanvasObject]bool{}
		uitest.Walk(page, func(o fyne.CanvasObject) {
			in[o] = true
			if a, ok := o.(*kit.KeyAccordion); ok {
				for _, h := range test.WidgetRenderer(a).Objects() {
					header[h] = true
				}
			}
		})
		bottom := page.Content.MinSize().Height - page.Size().Height
		if bottom < 50 {
			continue
		}
		c.Unfocus()
		test.FocusNext(c)
		first := c.Focused()
		for step := 0; step < 3000; step++ {
			f := c.Focused()
			if f == nil || (step > 0 && f == first) {
				break
			}
			o := f.(fyne.CanvasObject)
			if in[o] && !isTextField(f) {
				tried++
				if header[o] {
					headers++
				}
				if _, ok := o.(fyne.Tappable); ok && strings.HasSuffix(fmt.Sprintf("%T", o), "radioItem") {
					radios++
				}
				page.ScrollToTop()
				f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
				down := page.Offset.Y
				f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
				end := page.Offset.Y
				f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageUp})
				up := page.Offset.Y
				f.TypedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
				home := page.Offset.Y
				if down <= 0 || end < bottom-1 || up >= end || home != 0 {
					kept[describe(o)]++
				}
				if c.Focused() != f {
					t.Fatalf("%s: a page key moved the focus from %s", k.Client.LastName, describe(o))
				}
			}
			test.FocusNext(c)
		}
	}
	if tried == 0 {
		t.Fatal("no widget tried")
	}
	if radios == 0 || headers == 0 {
		t.Fatalf("tried %d radio items and %d fold headers: the walk missed them", radios, headers)
	}
	if len(kept) > 0 {
		t.Errorf("of %d focused widgets these kept the page keys: %s", tried, counted(kept))
	}
	t.Logf("%d focused widgets passed the page keys on, %d radio items and %d fold headers among them", tried, radios, headers)
}

func counted(m map[string]int) string {
	var list []string
	for k, n := range m {
		list = append(list, fmt.Sprintf("%s ×%d", k, n))
	}
	sort.Strings(list)
	return strings.Join(list, ", ")
}

// isTextField reports whether f is a text field, which keeps Home and End
// for its caret.
func isTextField(f fyne.Focusable) bool {
	_, ok := f.(interface{ SelectedText() string })
	return ok
}
