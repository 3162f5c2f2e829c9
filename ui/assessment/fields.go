package assessment

import (
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// field puts a bold label above its input, with an optional hint line in
// between. The Fachkonzept's area names are long; beside the input (as in
// a widget.Form) they would take half the width from the text itself.
func field(s *kit.Session, labelID, hintID string, input fyne.CanvasObject) fyne.CanvasObject {
	box := container.NewVBox(kit.Heading(s.T(labelID)))
	if hintID != "" {
		box.Add(hint(s.T(hintID)))
	}
	box.Add(input)
	return box
}

// hint is a small, wrapping help text. Not in the low-importance grey:
// counselors read these hints, and the grey is hard to read on the input
// background.
func hint(text string) *widget.Label {
	return &widget.Label{Text: text, Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
}

// section is a titled card whose explanation wraps: a card's subtitle is
// one line that never wraps, so a long one would make the whole workspace
// wider than the window.
func section(s *kit.Session, titleID, introID string, content ...fyne.CanvasObject) fyne.CanvasObject {
	return s.Section(titleID, "", append([]fyne.CanvasObject{hint(s.T(introID))}, content...)...)
}

// note is a multi-line entry bound to p with room for a few sentences and
// an optional placeholder.
func note(s *kit.Session, p *string, rows int, placeholderID string) *kit.Entry {
	e := s.Note(p)
	e.SetMinRowsVisible(rows)
	if placeholderID != "" {
		e.SetPlaceHolder(s.T(placeholderID))
	}
	return e
}

// scaleMax is the top of the profile scale (0–5).
const scaleMax = 5

// scaleSelect binds a choice 0–5 to p; changed runs after each choice so
// the profile chart follows at once. A drop-down rather than a typed
// number: it cannot hold a value outside the scale.
func scaleSelect(s *kit.Session, p *int, changed func()) *kit.KeySelect {
	opts := make([]string, scaleMax+1)
	for i := range opts {
		opts[i] = strconv.Itoa(i)
	}
	sel := kit.NewSelect(opts, nil, nil)
	if *p >= 0 && *p <= scaleMax {
		sel.SetSelectedIndex(*p)
	}
	sel.OnChanged = func(string) {
		v := sel.SelectedIndex()
		if v < 0 || v == *p {
			return
		}
		*p = v
		s.Edited()
		if changed != nil {
			changed()
		}
	}
	return sel
}

// also chains fn after an entry's binding, so a derived view follows the
// typing without replacing what the binding does.
func also(e *kit.Entry, fn func()) *kit.Entry {
	kit.Then(&e.OnChanged, func(string) { fn() })
	return e
}
