// Package uitest holds what the headless tests of the ui packages share:
// the one tree walker, finding what a widget tree shows as a user reads
// it, and the one test factory — a real store, a session, a window and the
// fixed clock Now (fixture.go). It is imported by tests only (ui itself
// reaches storage only through model's interfaces).
package uitest

import (
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// Walk visits o and everything drawn below it that is visible, widgets
// through their renderers: what a user sees.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	walk(o, false, func(o fyne.CanvasObject) bool { fn(o); return true })
}

// Visit is Walk where fn returns false to leave out what is below o (a
// label's own rich text, an entry's inner parts).
func Visit(o fyne.CanvasObject, fn func(fyne.CanvasObject) bool) { walk(o, false, fn) }

// WalkDeep visits o and everything below it, visible or not, also inside
// forms, cards, accordions (folded or not) and scrolls: what a workspace
// holds, also where it is folded away.
func WalkDeep(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	walk(o, true, func(o fyne.CanvasObject) bool { fn(o); return true })
}

// walk is the one tree walker of the tests; fn returns false to leave
// out what is below o.
func walk(o fyne.CanvasObject, deep bool, fn func(fyne.CanvasObject) bool) {
	if o == nil || !deep && !o.Visible() {
		return
	}
	if !fn(o) {
		return
	}
	if u, ok := o.(unwrapper); ok {
		// The Fyne widget inside a kit one that passes keys on (a button,
		// a check box, a drop-down), so the tests find and tap it like any
		// other.
		fn(u.Unwrap())
	}
	for _, c := range children(o, deep) {
		walk(c, deep, fn)
	}
}

// unwrapper is a kit widget around one of Fyne's.
type unwrapper interface{ Unwrap() fyne.CanvasObject }

// children are the objects below o: a container's objects, a widget's
// renderer's objects, and — deep — the content of forms, cards,
// accordions and scrolls, whose renderers leave out what is folded.
func children(o fyne.CanvasObject, deep bool) []fyne.CanvasObject {
	if c, ok := o.(*fyne.Container); ok {
		return c.Objects
	}
	if deep {
		switch x := o.(type) {
		case *widget.Card:
			return []fyne.CanvasObject{x.Content}
		case *widget.Form:
			var out []fyne.CanvasObject
			for _, it := range x.Items {
				out = append(out, it.Widget)
			}
			return out
		case *widget.Accordion:
			return details(x)
		case *kit.KeyAccordion:
			return details(&x.Accordion)
		case *container.Scroll:
			return []fyne.CanvasObject{x.Content}
		case *kit.Entry, *widget.Entry, *widget.Select, *widget.Check, *widget.Button, *widget.Label, *kit.KeySelect, *kit.KeyCheck,
			*widget.RadioGroup, *widget.CheckGroup, *widget.Icon, *widget.Separator:
			return nil
		}
	}
	if w, ok := o.(fyne.Widget); ok {
		return test.WidgetRenderer(w).Objects()
	}
	return nil
}

// details are the contents of an accordion's folds, folded or not.
func details(a *widget.Accordion) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, it := range a.Items {
		out = append(out, it.Detail)
	}
	return out
}

// Parts are the objects drawn right below o, visible or not: a
// container's objects, a widget's renderer's objects.
func Parts(o fyne.CanvasObject) []fyne.CanvasObject { return children(o, false) }

// Shown reports whether o is below root and it and everything above it
// are visible (folded accordions hide their content).
func Shown(root, o fyne.CanvasObject) bool {
	if root == nil {
		return false
	}
	if root == o {
		return o.Visible()
	}
	for _, c := range children(root, true) {
		if Shown(c, o) {
			return root.Visible()
		}
	}
	return false
}

// Strings is every text drawn below o, in drawing order, once each: what
// labels, rich texts and canvas texts show (buttons, check boxes and
// others draw theirs through these).
func Strings(o fyne.CanvasObject) []string {
	var out []string
	Visit(o, func(o fyne.CanvasObject) bool {
		switch x := o.(type) {
		case *widget.Label:
			out = append(out, x.Text)
		case *widget.RichText:
			out = append(out, x.String())
		case *canvas.Text:
			out = append(out, x.Text)
		default:
			return true
		}
		return false
	})
	return out
}

// Texts is Strings one per line.
func Texts(o fyne.CanvasObject) string {
	var b strings.Builder
	for _, s := range Strings(o) {
		b.WriteString(s + "\n")
	}
	return b.String()
}

// Label is the first visible label below o that shows text, or nil.
func Label(o fyne.CanvasObject, text string) *widget.Label {
	for _, l := range All[*widget.Label](o) {
		if l.Text == text {
			return l
		}
	}
	return nil
}

// Button finds the visible button with text below o.
func Button(t testing.TB, o fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	if bs := Buttons(o, text); len(bs) > 0 {
		return bs[0]
	}
	t.Fatalf("no button %q in:\n%s", text, Texts(o))
	return nil
}

// Buttons finds every visible button with text below o.
func Buttons(o fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	for _, b := range All[*widget.Button](o) {
		if b.Text == text {
			out = append(out, b)
		}
	}
	return out
}

// All collects the visible objects of type T below o.
func All[T fyne.CanvasObject](o fyne.CanvasObject) []T { return collect[T](o, false) }

// AllDeep collects the objects of type T below o, visible or not.
func AllDeep[T fyne.CanvasObject](o fyne.CanvasObject) []T { return collect[T](o, true) }

func collect[T fyne.CanvasObject](o fyne.CanvasObject, deep bool) []T {
	var out []T
	walk(o, deep, func(o fyne.CanvasObject) bool {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
		return true
	})
	return out
}

// SelectWith is the drop-down below o that offers option.
func SelectWith(t testing.TB, o fyne.CanvasObject, option string) *kit.KeySelect {
	t.Helper()
	for _, s := range All[*kit.KeySelect](o) {
		if slices.Contains(s.Options, option) {
			return s
		}
	}
	t.Fatalf("no drop-down offers %q", option)
	return nil
}

// Tappable is the innermost tappable widget below o that shows text (a
// check box, an option, a button): what a user clicks on to choose it.
func Tappable(t testing.TB, o fyne.CanvasObject, text string) fyne.Tappable {
	t.Helper()
	var found fyne.Tappable
	Walk(o, func(o fyne.CanvasObject) {
		if tp, ok := o.(fyne.Tappable); ok && slices.Contains(Strings(o), text) {
			found = tp // later in the walk is further in
		}
	})
	if found == nil {
		t.Fatalf("nothing to tap shows %q in:\n%s", text, Texts(o))
	}
	return found
}
