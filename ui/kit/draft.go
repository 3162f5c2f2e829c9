package kit

import (
	"slices"

	"fyne.io/fyne/v2"
)

// Draft binds the inputs of a Dialog to a value the caller owns — a copy
// of what the dialog edits — with the same binders the workspaces use on
// the open case (Text, Note, Date, Int, Check, Level, DraftSelect, …).
// Nothing is written while the user types: the caller commits the value
// in the dialog's onConfirm. A text that is not a date, a number out of
// range or a text too long stays in its field with the message under it,
// the value keeps what was valid before, and confirming is disabled.
type Draft struct {
	*Session
	dlg   *Dialog
	valid func() bool
}

// NewDraft makes a draft for the inputs of dlg.
func NewDraft(env *Env, dlg *Dialog) *Draft {
	d := &Draft{Session: NewSession(env, nil), dlg: dlg}
	d.Session.draftEdited = d.update
	d.Session.keys = dlg.Key
	return d
}

// Validate sets what the value must satisfy besides valid fields; ok runs
// after every edit and decides, with the fields, whether confirming is
// possible (and may say what is missing). Without it a draft whose fields
// all hold valid text can be confirmed.
func (d *Draft) Validate(ok func() bool) {
	d.valid = ok
	d.update()
}

// Valid reports whether every field holds a valid text and the value
// satisfies Validate.
func (d *Draft) Valid() bool {
	ok := d.valid == nil || d.valid() // runs always: it may say what is missing
	return ok && !d.Unsaved()
}

func (d *Draft) update() { d.dlg.SetConfirmEnabled(d.Valid()) }

// Check binds a check box of the dialog to p.
func (d *Draft) Check(labelID string, p *bool) *KeyCheck {
	c := d.dlg.Check(d.T(labelID), nil)
	bindCheck(&c.Check, d.Session, p)
	return c
}

// DraftSelect binds a drop-down of the dialog over an enumeration to p,
// as Select does in a workspace.
func DraftSelect[T ~string](d *Draft, typ string, values []T, p *T) *KeySelect {
	sel := d.dlg.Select(nil, nil)
	bindSelect(&sel.Select, d.Session, typ, values, p)
	return sel
}

// DraftChecks binds a check box of the dialog per value to the set p,
// kept in the order of values, as Checks does in a workspace; the boxes
// stand in two columns.
func DraftChecks[T ~string](d *Draft, typ string, values []T, p *[]T) *fyne.Container {
	boxes := make([]*KeyCheck, len(values))
	objs := make([]fyne.CanvasObject, len(values))
	for i, v := range values {
		c := d.dlg.Check(d.Env.Loc.Enum(typ, v), nil)
		c.Checked = slices.Contains(*p, v)
		c.OnChanged = func(bool) {
			var out []T
			for j, b := range boxes {
				if b.Checked {
					out = append(out, values[j])
				}
			}
			*p = out
			d.Edited()
		}
		boxes[i], objs[i] = c, c
	}
	// Side by side as far as the dialog is wide, one under the other when
	// it is not: in two fixed columns the long names of the categories
	// made the conference dialog wider than a 1366×768 screen at 150 %.
	return WrapRow(objs...)
}

// PartnerSelect binds a drop-down of the dialog over the partner directory
// to the partner UID p, as PartnerSelect does in a workspace; its first
// entry, which leaves p empty, reads chooseID (a partner the dialog
// needs: "— Netzwerkpartner wählen —").
func (d *Draft) PartnerSelect(p *string, chooseID string) *KeySelect {
	sel := d.dlg.Select(nil, nil)
	bindPartnerSelect(&sel.Select, d.Session, p, chooseID)
	return sel
}

// SelectEntry binds an entry that offers options but takes any text (a
// channel, a place) to p.
func (d *Draft) SelectEntry(p *string, options []string) *KeySelectEntry {
	e := d.dlg.SelectEntry(options)
	e.SetText(*p)
	e.OnChanged = func(v string) {
		*p = v
		d.Edited()
	}
	return e
}
