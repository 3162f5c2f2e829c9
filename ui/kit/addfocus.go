package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// What a counselor adds she fills in next: after "… hinzufügen" the new
// entry's first field has the focus, so she types at once instead of
// clicking into the field first (or tabbing there from the button). The
// add rebuilds the workspace (Session.Change), so the field to focus
// exists only afterwards: the builder names what it shows for each entry
// (Added), and Adding focuses what was built for the new one.

// newEntry is the entry an add button is about to create, and what the
// rebuild showed for it.
type newEntry struct {
	key  any
	made fyne.CanvasObject
}

// Adding runs add, which adds the entry key to the case and rebuilds the
// workspace, and then focuses the first field of what the rebuild showed
// for key.
func (s *Session) Adding(key any, add func()) {
	st := State[newEntry](s)
	*st = newEntry{key: key}
	add()
	made := st.made
	*st = newEntry{}
	if made != nil && s.Env.Win != nil {
		if f := firstField(made); f != nil {
			s.Env.Win.Canvas().Focus(f)
		}
	}
}

// Added tells Adding that o shows the entry key; it returns o.
func (s *Session) Added(key any, o fyne.CanvasObject) fyne.CanvasObject {
	if st := State[newEntry](s); st.key != nil && st.key == key {
		st.made = o
	}
	return o
}

// firstField is the first widget below o, in Tab order, that takes typing
// or a choice: not a button (the entry's own "remove"), nothing disabled
// or hidden.
func firstField(o fyne.CanvasObject) fyne.Focusable {
	if o == nil || !o.Visible() {
		return nil
	}
	if f, ok := o.(fyne.Focusable); ok {
		d, off := o.(fyne.Disableable)
		_, fyneButton := o.(*widget.Button)
		_, kitButton := o.(*Button)
		if !fyneButton && !kitButton && !(off && d.Disabled()) {
			return f
		}
	}
	kids, _ := Parts(o)
	if acc := accordionOf(o); acc != nil {
		kids = nil // a folded entry's fields are not typed into next
		for _, it := range acc.Items {
			if it.Open {
				kids = append(kids, it.Detail)
			}
		}
	}
	for _, k := range kids {
		if f := firstField(k); f != nil {
			return f
		}
	}
	return nil
}
