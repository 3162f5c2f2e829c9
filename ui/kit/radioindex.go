package kit

import "slices"

// SelectedIndex is the position of the chosen option, -1 for none: a
// KeyRadio that replaced a drop-down keeps the drop-down's way to be read.
func (r *KeyRadio) SelectedIndex() int { return slices.Index(r.Options, r.Selected) }

// SetSelectedIndex chooses option i (OnChanged runs, as for a click); an
// i outside the options clears the choice.
func (r *KeyRadio) SetSelectedIndex(i int) {
	if i < 0 || i >= len(r.Options) {
		r.SetSelected("")
		return
	}
	r.SetSelected(r.Options[i])
}
