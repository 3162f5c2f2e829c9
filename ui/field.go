package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// captionSize is the text size of the line under a field.
const captionSize = theme.SizeNameCaptionText

// formField is an entry with a line of text under it: its hint, or — once
// the user has left the field or tried to save — what is wrong with the
// input. Unlike widget.Form's helper text the line wraps, so a full
// sentence of advice fits.
type formField struct {
	widget.Entry

	hint    string
	message *widget.Label
	left    bool // the user has left the field at least once
	box     *fyne.Container
	// keys gives Enter and Escape to the dialog the field is in.
	keys func(*fyne.KeyEvent) bool
}

// TypedKey passes Enter and Escape to the field's dialog.
func (f *formField) TypedKey(ev *fyne.KeyEvent) {
	if f.keys != nil && f.keys(ev) {
		return
	}
	f.Entry.TypedKey(ev)
}

func newFormField(hint string, validator fyne.StringValidator, changed func(string)) *formField {
	f := &formField{hint: hint}
	f.Validator = validator
	f.OnChanged = changed
	f.ExtendBaseWidget(f)
	f.message = &widget.Label{Wrapping: fyne.TextWrapWord, SizeName: captionSize}
	f.box = container.NewVBox(f, f.message)
	f.showMessage()
	return f
}

// FocusLost shows what is wrong once the user moves on.
func (f *formField) FocusLost() {
	f.Entry.FocusLost()
	f.left = true
	f.showMessage()
}

// err is what is wrong with the text, or nil.
func (f *formField) err() error {
	if f.Validator == nil {
		return nil
	}
	return f.Validator(f.Text)
}

// reveal shows the field's problem even if it was never left (after a
// refused save).
func (f *formField) reveal() {
	f.left = true
	f.Entry.AlwaysShowValidationError = true
	f.Entry.Validate()
	f.showMessage()
}

// showMessage updates the line under the entry.
func (f *formField) showMessage() {
	if err := f.err(); err != nil && f.left {
		f.message.Text = err.Error()
		f.message.Importance = widget.DangerImportance
	} else {
		f.message.Text = f.hint
		f.message.Importance = widget.MediumImportance
	}
	if f.message.Text == "" {
		f.message.Hide()
	} else {
		f.message.Show()
	}
	f.message.Refresh()
}
