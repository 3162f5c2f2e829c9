// Package uitest holds what the headless tests of the ui packages share:
// finding what a widget tree shows, as a user reads it, and the case
// fixture of the workspace tests (fixture.go). It is imported by tests
// only; the store comes from the test, so it never imports storage.
package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Walk visits o and everything drawn below it that is visible.
func Walk(o fyne.CanvasObject, fn func(fyne.CanvasObject)) {
	if o == nil || !o.Visible() {
		return
	}
	fn(o)
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			Walk(c, fn)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(x).Objects() {
			Walk(c, fn)
		}
	}
}

// Texts is every text drawn below o, one per line (labels, rich texts,
// and the canvas texts that check boxes and others draw).
func Texts(o fyne.CanvasObject) string {
	var b strings.Builder
	Walk(o, func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
		case *widget.RichText:
			b.WriteString(x.String() + "\n")
		case *canvas.Text:
			b.WriteString(x.Text + "\n")
		}
	})
	return b.String()
}

// Button finds the visible button with text below o.
func Button(t *testing.T, o fyne.CanvasObject, text string) *widget.Button {
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
func All[T fyne.CanvasObject](o fyne.CanvasObject) []T {
	var out []T
	Walk(o, func(o fyne.CanvasObject) {
		if x, ok := o.(T); ok {
			out = append(out, x)
		}
	})
	return out
}
