package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"slices"

	"teilhabelotse/ui/kit"
)

// The binders of kit, for options whose text wraps: a change is in the
// case at once and saved after the typing pause, as with every kit widget.

// flag binds one wrapping check box to p (kit's Session.Check).
func flag(s *kit.Session, labelID string, p *bool) *option {
	o := newOption(s.T(labelID), false, func(v bool) { *p = v; s.Edited() })
	o.Checked = *p
	return o
}

// checkSet binds wrapping check boxes to the set p, kept in the order of
// values (kit.Checks); labels[i] is the text of values[i].
func checkSet[T ~string](s *kit.Session, labels []string, values []T, p *[]T) []*option {
	opts := make([]*option, len(values))
	for i, v := range values {
		opts[i] = newOption(labels[i], false, func(bool) {
			var out []T
			for j, o := range opts {
				if o.Checked {
					out = append(out, values[j])
				}
			}
			*p = out
			s.Edited()
		})
		opts[i].Checked = slices.Contains(*p, v)
	}
	return opts
}

// radioSet binds wrapping radio buttons to p (kit.Radio); changed, if not
// nil, runs after the case was changed.
func radioSet[T ~string](s *kit.Session, labels []string, values []T, p *T, changed func()) []*option {
	opts := make([]*option, len(values))
	for i, v := range values {
		opts[i] = newOption(labels[i], true, func(bool) {
			for j, o := range opts {
				if j != i {
					o.SetChecked(false)
				}
			}
			*p = values[i]
			s.Edited()
			if changed != nil {
				changed()
			}
		})
		opts[i].Checked = v == *p
	}
	return opts
}

// column stacks options.
func column(opts []*option) *fyne.Container {
	box := container.NewVBox()
	for _, o := range opts {
		box.Add(o)
	}
	return box
}

// A view that depends on a typed field follows it after the save, once
// the user leaves the field (the workspace's refresh): updated on every
// key, it moved the fields below while she typed.

// after runs fn after a widget's own change handler *h (kit.Then).
func after(h *func(string), fn func()) { kit.Then(h, func(string) { fn() }) }
