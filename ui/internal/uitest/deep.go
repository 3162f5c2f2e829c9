package uitest

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// The workspaces of planning and monitoring fold much away; their tests
// look through folded accordions and form rows, visible or not (WalkDeep).

// Fields are the widgets of every form row labelled label below root.
func Fields(root fyne.CanvasObject, label string) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	WalkDeep(root, func(o fyne.CanvasObject) {
		if f, ok := o.(*widget.Form); ok {
			for _, it := range f.Items {
				if it.Text == label {
					out = append(out, kit.FieldOf(it.Widget))
				}
			}
		}
	})
	return out
}

// Field is the only form row labelled label below root.
func Field[T fyne.CanvasObject](t testing.TB, root fyne.CanvasObject, label string) T {
	t.Helper()
	fs := Fields(root, label)
	if len(fs) != 1 {
		t.Fatalf("%d fields labelled %q, want 1", len(fs), label)
	}
	w, ok := fs[0].(T)
	if u, wraps := fs[0].(unwrapper); !ok && wraps {
		w, ok = u.Unwrap().(T) // Fyne's widget inside a kit one
	}
	if !ok {
		t.Fatalf("field %q is a %T", label, fs[0])
	}
	return w
}

// OneOfButtons are the buttons below root whose text is text.
func OneOfButtons(root fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	WalkDeep(root, func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			out = append(out, b)
		}
	})
	return out
}

// OneButton is the only button below root whose text is text.
func OneButton(t testing.TB, root fyne.CanvasObject, text string) *widget.Button {
	t.Helper()
	bs := OneOfButtons(root, text)
	if len(bs) != 1 {
		t.Fatalf("%d buttons %q, want 1", len(bs), text)
	}
	return bs[0]
}

// Fold is the accordion item whose title starts with prefix.
func Fold(t testing.TB, root fyne.CanvasObject, prefix string) *widget.AccordionItem {
	t.Helper()
	var found []*widget.AccordionItem
	WalkDeep(root, func(o fyne.CanvasObject) {
		if a, ok := o.(*widget.Accordion); ok {
			for _, it := range a.Items {
				if strings.HasPrefix(it.Title, prefix) {
					found = append(found, it)
				}
			}
		}
	})
	if len(found) != 1 {
		t.Fatalf("%d folds titled %q…, want 1", len(found), prefix)
	}
	return found[0]
}

// CheckWith is the check box below root labelled text.
func CheckWith(t testing.TB, root fyne.CanvasObject, text string) *widget.Check {
	t.Helper()
	var found *widget.Check
	WalkDeep(root, func(o fyne.CanvasObject) {
		if c, ok := o.(*widget.Check); ok && c.Text == text {
			found = c
		}
	})
	if found == nil {
		t.Fatalf("no check box %q", text)
	}
	return found
}

// SelectOption picks the option of sel that starts with prefix.
func SelectOption(t testing.TB, sel *widget.Select, prefix string) {
	t.Helper()
	for _, o := range sel.Options {
		if strings.HasPrefix(o, prefix) {
			sel.SetSelected(o)
			return
		}
	}
	t.Fatalf("no option %q… in %q", prefix, sel.Options)
}

// TypeInto types text into the kit entry o.
func TypeInto(t testing.TB, o fyne.CanvasObject, text string) {
	t.Helper()
	e, ok := o.(*kit.Entry)
	if !ok {
		t.Fatalf("%T is not an entry", o)
	}
	test.Type(e, text)
}

// KeyCheckWith is the check box (kit.KeyCheck) below root labelled text.
func KeyCheckWith(t testing.TB, root fyne.CanvasObject, text string) *kit.KeyCheck {
	t.Helper()
	for _, c := range All[*kit.KeyCheck](root) {
		if c.Text == text {
			return c
		}
	}
	t.Fatalf("no check box %q in:\n%s", text, Texts(root))
	return nil
}

// EntryWith is the text field below root that shows text, typed or as its
// placeholder.
func EntryWith(t testing.TB, root fyne.CanvasObject, text string) *kit.Entry {
	t.Helper()
	for _, e := range All[*kit.Entry](root) {
		if e.Text == text || e.Text == "" && e.PlaceHolder == text {
			return e
		}
	}
	t.Fatalf("no field shows %q in:\n%s", text, Texts(root))
	return nil
}
