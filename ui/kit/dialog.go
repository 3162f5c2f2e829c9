package kit

import (
	"image/color"
	"log/slog"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/internal/applog"
	"teilhabelotse/locales"
)

// Dialog is the one modal dialog of the program: a title, a form, its own
// confirm and cancel buttons. Enter confirms — when the confirm button is
// enabled — and Escape cancels, wherever the focus is: the inputs made by
// the dialog and by a Draft on it pass those two keys to it, and while it
// is open the window's own key handler does the same when nothing is
// focused. See the package documentation (doc.go) for how to build one.
//
// Confirming does not close the dialog: the caller hides it once the entry
// is recorded, so a refused or cancelled step (the consent dialog above
// it) leaves every typed word in place.
type Dialog struct {
	win       fyne.Window
	dlg       *dialog.CustomDialog
	body      *fyne.Container
	buttons   *fyne.Container
	frame     *fyne.Container   // body in a Frame: the focus ring's
	scroll    *container.Scroll // of a form too tall for the window, else nil
	content   fyne.CanvasObject
	footer    fyne.CanvasObject
	confirm   *Button
	cancel    *Button
	extra     []fyne.CanvasObject
	onConfirm func()
	onCancel  func()

	first   fyne.Focusable
	prevKey func(*fyne.KeyEvent)
	open    bool
	width   float32
}

// dialogChrome is the height a Dialog takes beyond its form: title,
// buttons, margins.
const dialogChrome = 170

// openDialogs are the Dialogs showing, the last opened last; the
// FocusFollower of their window follows the focus in them.
var openDialogs []*Dialog

// NewDialog makes a dialog over win; fill it with SetContent before Show.
// onConfirm runs on the confirm button or Enter, onCancel (may be nil) after
// the dialog closed by the cancel button or Escape. Without cancelText the
// dialog has only its confirm button (a notice); Escape still closes it.
func NewDialog(win fyne.Window, title, confirmText, cancelText string, onConfirm, onCancel func()) *Dialog {
	d := &Dialog{win: win, onConfirm: onConfirm, onCancel: onCancel, width: 620}
	d.body = container.NewStack()
	d.confirm = NewButton(confirmText, theme.ConfirmIcon(), d.Confirm)
	d.confirm.Importance = widget.HighImportance
	if cancelText != "" {
		d.cancel = NewButton(cancelText, theme.CancelIcon(), d.Cancel)
	}
	// The buttons are in the frame too, so the focus ring marks them:
	// Fyne's dialog would draw them outside, with only its faint tint.
	d.buttons = container.New(layout.NewGridLayoutWithRows(1))
	gap := canvas.NewRectangle(color.Transparent)
	gap.SetMinSize(fyne.NewSize(0, theme.Padding()))
	d.frame = Frame(Border(nil, container.NewVBox(gap, container.NewCenter(d.buttons)), nil, nil, d.body))
	d.dlg = dialog.NewCustomWithoutButtons(title, d.frame, win)
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
	d.scroll = nil
	avail := d.win.Canvas().Size().Height - dialogChrome
	if d.footer != nil && d.footer.Visible() {
		avail -= d.footer.MinSize().Height
	}
	if min := d.content.MinSize(); min.Height > avail && avail >= 200 {
		sc := NewPage(d.content)
		sc.SetMinSize(fyne.NewSize(min.Width, avail))
		main = sc
		d.scroll = sc
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
	bs := append([]fyne.CanvasObject{}, d.extra...)
	if d.cancel != nil {
		bs = append(bs, d.cancel)
	}
	bs = append(bs, d.confirm)
	d.buttons.Layout = layout.NewGridLayoutWithRows(1)
	d.buttons.Objects = bs
	d.buttons.Refresh()
}

// SetConfirmIcon gives the confirm button the icon of what it does (a
// move of the Regelkreis, printing).
func (d *Dialog) SetConfirmIcon(icon fyne.Resource) { d.confirm.SetIcon(icon) }

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

// FocusFirst names the input that gets the focus when the dialog opens.
func (d *Dialog) FocusFirst(f fyne.Focusable) { d.first = f }

// Show opens the dialog and focuses its first input.
func (d *Dialog) Show() {
	if d.open {
		return
	}
	d.open = true
	openDialogs = append(openDialogs, d)
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
	openDialogs = slices.DeleteFunc(openDialogs, func(o *Dialog) bool { return o == d })
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
func (d *Dialog) typedKey(ev *fyne.KeyEvent) { d.Key(ev) }

// ConfirmButton is the dialog's confirm button.
func (d *Dialog) ConfirmButton() *widget.Button { return &d.confirm.Button }

// Key handles Enter and Escape, and PageUp, PageDown, Home and End for a
// form that scrolls, and reports whether it did; an input of the dialog
// that kit does not make passes its keys here first.
func (d *Dialog) Key(ev *fyne.KeyEvent) bool {
	if d.scroll != nil && PageKey(d.scroll, ev) {
		return true
	}
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

// Entry makes a one-line entry of the dialog. Like every entry whose text
// goes into the case, it holds at most model.MaxTextRunes characters.
func (d *Dialog) Entry() *Entry {
	e := &Entry{keys: d.Key}
	e.ExtendBaseWidget(e)
	return e
}

// NewEntry makes a one-line entry for a window or a dialog of Fyne's own:
// Escape goes on to the window (PassKey), which closes the dialog on top;
// Enter submits.
func NewEntry() *Entry {
	e := &Entry{}
	e.keys = func(ev *fyne.KeyEvent) bool {
		if ev.Name == fyne.KeyEscape {
			PassKey(e, ev)
		} else {
			e.Entry.TypedKey(ev)
		}
		return true
	}
	e.ExtendBaseWidget(e)
	return e
}

// NoteEntry makes a wrapping multi-line entry of the dialog.
func (d *Dialog) NoteEntry() *Entry {
	e := &Entry{keys: d.Key}
	noteShape(&e.Entry)
	e.ExtendBaseWidget(e)
	return e
}

// KeyCheck is a check box that passes on the keys it does not use: to
// its Dialog (Enter, Escape, the page keys of a form that scrolls), or
// in a workspace to the window (PassKey), where PageUp, PageDown, Home
// and End scroll the page. Fyne's own check box kept them.
type KeyCheck struct {
	widget.Check
	keys func(*fyne.KeyEvent) bool // the dialog's, nil in a workspace
}

// TypedKey passes every key but Space on.
func (c *KeyCheck) TypedKey(ev *fyne.KeyEvent) {
	passOn(c, &c.Check, c.keys, ev)
}

// Unwrap is Fyne's check box inside, for tests that look for one.
func (c *KeyCheck) Unwrap() fyne.CanvasObject { return &c.Check }

// NewCheck makes a KeyCheck; keys is the dialog's key handler, nil in a
// workspace.
func NewCheck(label string, changed func(bool), keys func(*fyne.KeyEvent) bool) *KeyCheck {
	c := &KeyCheck{keys: keys}
	c.Text = label
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	return c
}

// Check makes a check box of the dialog.
func (d *Dialog) Check(label string, changed func(bool)) *KeyCheck {
	return NewCheck(label, changed, d.Key)
}

// KeySelect is a drop-down that passes on the keys it does not use, as
// KeyCheck does.
type KeySelect struct {
	widget.Select
	keys func(*fyne.KeyEvent) bool // the dialog's, nil in a workspace
}

// TypedKey keeps Space and the arrow keys (they open the list) and passes
// the others on.
func (s *KeySelect) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyUp, fyne.KeyDown:
		s.Select.TypedKey(ev)
	default:
		passOn(s, &s.Select, s.keys, ev)
	}
}

// Unwrap is Fyne's drop-down inside, for tests that look for one.
func (s *KeySelect) Unwrap() fyne.CanvasObject { return &s.Select }

// NewSelect makes a KeySelect; keys is the dialog's key handler, nil in
// a workspace.
func NewSelect(options []string, changed func(string), keys func(*fyne.KeyEvent) bool) *KeySelect {
	s := &KeySelect{keys: keys}
	s.Options = options
	s.OnChanged = changed
	s.ExtendBaseWidget(s)
	return s
}

// Select makes a drop-down of the dialog.
func (d *Dialog) Select(options []string, changed func(string)) *KeySelect {
	s := NewSelect(options, changed, d.Key)
	s.PlaceHolder = " "
	return s
}

// passOn gives ev to keys (a dialog's handler) and, where that does not
// take it, Space to the widget itself and every other key to the window
// (PassKey).
func passOn(o fyne.CanvasObject, own interface{ TypedKey(*fyne.KeyEvent) }, keys func(*fyne.KeyEvent) bool, ev *fyne.KeyEvent) {
	if keys != nil && keys(ev) {
		return
	}
	if ev.Name == fyne.KeySpace {
		own.TypedKey(ev)
		return
	}
	PassKey(o, ev)
}

// KeySelectEntry is an entry with suggestions of a Dialog.
type KeySelectEntry struct {
	widget.SelectEntry
	d *Dialog
}

// TypedKey passes Enter and Escape to the dialog.
func (e *KeySelectEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape || ev.Name == fyne.KeyReturn || ev.Name == fyne.KeyEnter {
		e.d.Key(ev)
		return
	}
	e.SelectEntry.TypedKey(ev)
}

// SelectEntry makes an entry that offers options but takes any text.
func (d *Dialog) SelectEntry(options []string) *KeySelectEntry {
	e := &KeySelectEntry{d: d}
	e.ExtendBaseWidget(e)
	e.Wrapping = fyne.TextWrap(fyne.TextTruncateClip)
	e.SetOptions(options)
	// The button that opens the suggestions is Fyne's, which drops Escape.
	if b, ok := e.ActionItem.(*widget.Button); ok {
		k := NewButton("", b.Icon, b.OnTapped)
		k.Importance = b.Importance
		e.ActionItem = k
	}
	return e
}

// ShowError is the one way an error is shown in a window: our own title,
// the error in the user's language (a model problem by its code). The
// program's log gets it too, without file paths (the Windows program has
// no console where it could be seen otherwise).
func ShowError(win fyne.Window, loc *locales.Localizer, err error) {
	slog.Error("error shown", applog.Err(err))
	if win != nil {
		ShowDialog(ErrorDialog(win, loc, loc.Error(err)), win)
	}
}

// ErrorDialog is the error dialog of ShowError for a failure already put
// into words; the caller shows it.
func ErrorDialog(win fyne.Window, loc *locales.Localizer, text string) dialog.Dialog {
	return dialog.NewInformation(loc.T("Kit.ErrorTitle"), text, win)
}
