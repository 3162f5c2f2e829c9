package consent

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// Dialog is a modal form with its own buttons, for the forms whose confirm
// depends on more than entries (dialog.NewForm validates entries only).
// Enter confirms — when the confirm button is enabled — and Escape
// cancels, wherever the focus is: the inputs made by the dialog (Entry,
// Check, Select, SelectEntry) pass those two keys to it, and while it is
// open the window's own key handler does the same when nothing is focused.
//
// Confirming does not close the dialog: the caller hides it once the entry
// is recorded, so a refused or cancelled step (the consent dialog above
// it) leaves every typed word in place.
type Dialog struct {
	win       fyne.Window
	dlg       *dialog.CustomDialog
	body      *fyne.Container
	content   fyne.CanvasObject
	footer    fyne.CanvasObject
	confirm   *widget.Button
	cancel    *widget.Button
	extra     []fyne.CanvasObject
	onConfirm func()
	onCancel  func()

	first   fyne.Focusable
	prevKey func(*fyne.KeyEvent)
	open    bool
	width   float32
}

// NewDialog makes a dialog over win; fill it with SetContent before Show.
// onConfirm runs on the confirm button or Enter, onCancel (may be nil) after
// the dialog closed by the cancel button or Escape.
func NewDialog(win fyne.Window, title, confirmText, cancelText string, onConfirm, onCancel func()) *Dialog {
	d := &Dialog{win: win, onConfirm: onConfirm, onCancel: onCancel, width: 620}
	d.body = container.NewStack()
	d.confirm = widget.NewButtonWithIcon(confirmText, theme.ConfirmIcon(), d.Confirm)
	d.confirm.Importance = widget.HighImportance
	d.cancel = widget.NewButtonWithIcon(cancelText, theme.CancelIcon(), d.Cancel)
	d.dlg = dialog.NewCustomWithoutButtons(title, d.body, win)
	d.layoutButtons()
	return d
}

// SetContent puts the form into the dialog.
func (d *Dialog) SetContent(o fyne.CanvasObject) {
	d.content = o
	d.fit()
	d.body.Refresh()
}

// SetFooter puts o below the form, outside its scrolling: the line that
// says why confirming is not yet possible stays in view.
func (d *Dialog) SetFooter(o fyne.CanvasObject) {
	d.footer = o
	d.fit()
}

// fit scrolls the form when it is taller than the window leaves room
// for, so the buttons stay visible on a small screen.
func (d *Dialog) fit() {
	if d.content == nil {
		return
	}
	main := d.content
	avail := d.win.Canvas().Size().Height - 170
	if d.footer != nil && d.footer.Visible() {
		avail -= d.footer.MinSize().Height
	}
	if min := d.content.MinSize(); min.Height > avail && avail >= 200 {
		sc := container.NewVScroll(d.content)
		sc.SetMinSize(fyne.NewSize(min.Width, avail))
		main = sc
	}
	if d.footer != nil {
		main = container.NewBorder(nil, d.footer, nil, nil, main)
	}
	d.body.Objects = []fyne.CanvasObject{main}
}

// Refit adapts the dialog to its content after a part of the form was
// shown or hidden.
func (d *Dialog) Refit() {
	d.fit()
	d.body.Refresh()
	if d.open {
		d.dlg.Resize(fyne.NewSize(d.width, d.dlg.MinSize().Height))
	}
}

// SetExtraButtons adds buttons before cancel and confirm (e.g. printing).
func (d *Dialog) SetExtraButtons(bs ...fyne.CanvasObject) {
	d.extra = bs
	d.layoutButtons()
}

func (d *Dialog) layoutButtons() {
	bs := append(append([]fyne.CanvasObject{}, d.extra...), d.cancel, d.confirm)
	d.dlg.SetButtons(bs)
}

// SetWidth sets the width the dialog opens with.
func (d *Dialog) SetWidth(w float32) { d.width = w }

// SetConfirmEnabled enables the confirm button (and Enter) only when the
// form is complete.
func (d *Dialog) SetConfirmEnabled(ok bool) {
	if ok {
		d.confirm.Enable()
	} else {
		d.confirm.Disable()
	}
}

// ConfirmEnabled reports whether confirming is possible now.
func (d *Dialog) ConfirmEnabled() bool { return !d.confirm.Disabled() }

// FocusFirst names the input that gets the focus when the dialog opens.
func (d *Dialog) FocusFirst(f fyne.Focusable) { d.first = f }

// Show opens the dialog and focuses its first input.
func (d *Dialog) Show() {
	if d.open {
		return
	}
	d.open = true
	c := d.win.Canvas()
	d.prevKey = c.OnTypedKey()
	c.SetOnTypedKey(d.typedKey)
	d.fit()
	d.dlg.Show()
	d.dlg.Resize(fyne.NewSize(d.width, d.dlg.MinSize().Height))
	if d.first != nil {
		c.Focus(d.first)
	}
}

// Hide closes the dialog without calling onCancel and gives the window its
// key handler back.
func (d *Dialog) Hide() {
	if !d.open {
		return
	}
	d.open = false
	d.win.Canvas().SetOnTypedKey(d.prevKey)
	d.dlg.Hide()
}

// Open reports whether the dialog is showing.
func (d *Dialog) Open() bool { return d.open }

// Confirm runs onConfirm when the confirm button is enabled.
func (d *Dialog) Confirm() {
	if d.open && !d.confirm.Disabled() && d.onConfirm != nil {
		d.onConfirm()
	}
}

// Cancel closes the dialog and runs onCancel.
func (d *Dialog) Cancel() {
	if !d.open {
		return
	}
	d.Hide()
	if d.onCancel != nil {
		d.onCancel()
	}
}

// typedKey is the window's key handler while the dialog is open.
func (d *Dialog) typedKey(ev *fyne.KeyEvent) { d.key(ev) }

// key handles Enter and Escape and reports whether it did.
func (d *Dialog) key(ev *fyne.KeyEvent) bool {
	switch ev.Name {
	case fyne.KeyEscape:
		d.Cancel()
		return true
	case fyne.KeyReturn, fyne.KeyEnter:
		d.Confirm()
		return true
	}
	return false
}

// Entry is a text entry of a Dialog: Escape cancels the dialog, Enter in a
// one-line entry confirms it (a multi-line entry keeps Enter for new lines).
type Entry struct {
	widget.Entry
	d *Dialog
}

// TypedKey passes Enter and Escape to the dialog.
func (e *Entry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape || (!e.MultiLine && (ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter)) {
		e.d.key(ev)
		return
	}
	e.Entry.TypedKey(ev)
}

// TypedRune stops at model.MaxTextRunes characters, and TypedShortcut cuts
// a paste to what fits: what a dialog records goes into the case, where a
// longer text would be shown cut (see kit.Entry).
func (e *Entry) TypedRune(r rune) {
	if !kit.Full(&e.Entry) {
		e.Entry.TypedRune(r)
	}
}

// TypedShortcut cuts a paste to what fits; see TypedRune.
func (e *Entry) TypedShortcut(sc fyne.Shortcut) {
	if fit, _, _ := kit.FitPaste(&e.Entry, sc); fit != nil {
		e.Entry.TypedShortcut(fit)
	}
}

// Entry makes a one-line entry of the dialog.
func (d *Dialog) Entry() *Entry {
	e := &Entry{d: d}
	e.ExtendBaseWidget(e)
	return e
}

// NoteEntry makes a wrapping multi-line entry of the dialog.
func (d *Dialog) NoteEntry() *Entry {
	e := &Entry{d: d}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.SetMinRowsVisible(3)
	e.ExtendBaseWidget(e)
	return e
}

// Check is a check box of a Dialog.
type Check struct {
	widget.Check
	d *Dialog
}

// TypedKey passes Enter and Escape to the dialog.
func (c *Check) TypedKey(ev *fyne.KeyEvent) {
	if !c.d.key(ev) {
		c.Check.TypedKey(ev)
	}
}

// Check makes a check box of the dialog.
func (d *Dialog) Check(label string, changed func(bool)) *Check {
	c := &Check{d: d}
	c.Text = label
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	return c
}

// Select is a drop-down of a Dialog.
type Select struct {
	widget.Select
	d *Dialog
}

// TypedKey passes Enter and Escape to the dialog.
func (s *Select) TypedKey(ev *fyne.KeyEvent) {
	if !s.d.key(ev) {
		s.Select.TypedKey(ev)
	}
}

// Select makes a drop-down of the dialog.
func (d *Dialog) Select(options []string, changed func(string)) *Select {
	s := &Select{d: d}
	s.Options = options
	s.PlaceHolder = " "
	s.OnChanged = changed
	s.ExtendBaseWidget(s)
	return s
}

// SelectEntry is an entry with suggestions of a Dialog.
type SelectEntry struct {
	widget.SelectEntry
	d *Dialog
}

// TypedKey passes Enter and Escape to the dialog.
func (e *SelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		e.d.key(ev)
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// SelectEntry makes an entry that offers options but takes any text.
func (d *Dialog) SelectEntry(options []string) *SelectEntry {
	e := &SelectEntry{d: d}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	return e
}
