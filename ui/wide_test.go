package ui

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

// In a long session at 1366×768 and 150 % with the case list shown, the
// window's content grew wider than the window: a long partner name beside
// a consent's status, a row of buttons, the role bars of the contacts —
// widths that add up in a row — and the GAS level choice of a review lay
// right of the screen. Every workspace of every demo case, with long texts
// in every free-text field (as counselors write them) and every fold
// open, fits the case view's share of the window beside the list, so the
// list keeps its width too.
func TestEveryWorkspaceFitsBesideTheCaseList(t *testing.T) {
	if testing.Short() {
		t.Skip("opens every tab of every demo case with long texts")
	}
	u, cases := longTextUI(t)
	room := officeLaptopRoom()
	u.win.Resize(room)
	if u.listHidden {
		t.Fatal("the list is hidden at 1366×768 and 150 %")
	}
	share := u.split.Trailing.Size().Width // the case view's part beside the list
	for _, c := range cases {
		u.onOpenCase(c.ID)
		for _, p := range model.LoopPhases {
			if !phaseVisited(c, p) {
				continue
			}
			u.view.onShowPhase(p)
			tabs := u.view.work.tabs
			for i := range tabs.Items {
				if i > 0 && p != workspaceOf(c.Phase) {
					break // the other tabs do not depend on the phase shown
				}
				tabs.SelectIndex(i)
				openFolds(tabs.Items[i].Content)
				u.win.Resize(room)
				if w := u.view.body.MinSize().Width; w > share {
					t.Errorf("%s, %s, tab %q: the case view needs %.0f points, it has %.0f beside the list:\n%s",
						c.Client.FullName(), p, tabs.Items[i].Text, w, share, widest(u.view.body))
				}
				if w := u.win.Content().MinSize().Width; w > room.Width {
					t.Errorf("%s, %s, tab %q: the window needs %.0f points, the screen has %.0f", c.Client.FullName(), p, tabs.Items[i].Text, w, room.Width)
				}
			}
		}
	}
}

// longTextUI is the main window over the curated demo cases and partners
// with every free text made long.
func longTextUI(t *testing.T) (*UI, []*model.Case) {
	t.Helper()
	store := uitest.Store(t)
	cases, partners := demo.Cases(0, 1, uitest.Clock())
	for i := range partners {
		lengthen(reflect.ValueOf(&partners[i]))
	}
	for _, c := range cases {
		lengthen(reflect.ValueOf(c))
	}
	uitest.StoreAll(t, store, cases, partners)
	return newTestUI(t, store), cases
}

// longTail is what lengthen adds to a free text.
const longTail = " (Außenstelle Musterstadt, Ansprechpartnerin Frau Dr. Beispiel-Mustermann)"

// lengthen adds longTail to every free text below v: the plain strings
// with a space (identifiers, codes, numbers and enumerations have none, or
// a type of their own).
func lengthen(v reflect.Value) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			lengthen(v.Elem())
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				lengthen(v.Field(i))
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			lengthen(v.Index(i))
		}
	case reflect.String:
		if v.Type() == reflect.TypeFor[string]() && v.CanSet() && strings.Contains(v.String(), " ") {
			v.SetString(v.String() + longTail)
		}
	}
}

// phaseVisited reports whether c has been in phase p.
func phaseVisited(c *model.Case, p model.Phase) bool {
	for _, v := range c.Visits() {
		if v.Phase == p {
			return true
		}
	}
	return false
}

// openFolds opens every fold below o, as a counselor working through a
// long plan leaves them.
func openFolds(o fyne.CanvasObject) {
	uitest.WalkDeep(o, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok {
			a.MultiOpen = true
			a.OpenAll()
		}
	})
}

// widest is the path from o down to what makes it wide: at each step the
// widest visible part, and at the end the parts of a row that add up.
func widest(o fyne.CanvasObject) string {
	var b strings.Builder
	for depth := 0; o != nil && depth < 60; depth++ {
		fmt.Fprintf(&b, "%s%s %.0f\n", strings.Repeat(" ", depth), describeWide(o), o.MinSize().Width)
		var next fyne.CanvasObject
		parts := partsOf(o)
		for _, k := range parts {
			if k.Visible() && (next == nil || k.MinSize().Width > next.MinSize().Width) {
				next = k
			}
		}
		if next != nil && next.MinSize().Width < o.MinSize().Width-2*40 && len(parts) > 1 {
			for _, k := range parts {
				if k.Visible() {
					fmt.Fprintf(&b, "%s+ %s %.0f\n", strings.Repeat(" ", depth+1), describeWide(k), k.MinSize().Width)
				}
			}
			break
		}
		o = next
	}
	return b.String()
}

func partsOf(o fyne.CanvasObject) []fyne.CanvasObject {
	if sc, ok := o.(*container.Scroll); ok {
		return []fyne.CanvasObject{sc.Content}
	}
	return uitest.Parts(o)
}

func describeWide(o fyne.CanvasObject) string {
	s := fmt.Sprintf("%T", o)
	switch x := o.(type) {
	case *widget.Label:
		s += " " + x.Text
	case *widget.Button:
		s += " " + x.Text
	case *widget.Select:
		s += fmt.Sprintf(" %q", x.Options)
	case *widget.Check:
		s += " " + x.Text
	case *fyne.Container:
		s += fmt.Sprintf(" %T", x.Layout)
	}
	if r := []rune(s); len(r) > 120 {
		s = string(r[:120]) + "…"
	}
	return s
}
