package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// dialogWidth keeps the consent dialogs wide enough for their wrapped
// explanations to read as sentences, not as columns of single words.
const dialogWidth = 520

// modal is a dialog with its own confirm and cancel buttons (a
// dialog.NewForm validates entries only, not ticked boxes): confirm stays
// disabled until the caller enables it, Enter confirms and Escape cancels
// wherever the focus is.
type modal struct {
	d       *dialog.CustomDialog
	canvas  fyne.Canvas
	confirm *widget.Button
	cancel  *widget.Button
	ok      func()

	prevKey func(*fyne.KeyEvent)
	open    bool
}

func newModal(s *kit.Session, titleID, confirmID string, content fyne.CanvasObject, ok func()) *modal {
	m := &modal{canvas: s.Env.Win.Canvas(), ok: ok}
	m.confirm = widget.NewButtonWithIcon(s.T(confirmID), theme.ConfirmIcon(), m.doConfirm)
	m.confirm.Importance = widget.HighImportance
	m.confirm.Disable()
	m.cancel = widget.NewButtonWithIcon(s.T("Intake.Cancel"), theme.CancelIcon(), m.close)
	m.d = dialog.NewCustomWithoutButtons(s.T(titleID), content, s.Env.Win)
	m.d.SetButtons([]fyne.CanvasObject{m.cancel, m.confirm})
	m.d.SetOnClosed(func() {
		m.open = false
		m.canvas.SetOnTypedKey(m.prevKey)
	})
	return m
}

// show opens the dialog with the focus on first. While it is open, keys
// that reach the window itself (nothing focused) are the dialog's.
func (m *modal) show(first fyne.Focusable) {
	m.prevKey = m.canvas.OnTypedKey()
	m.canvas.SetOnTypedKey(func(k *fyne.KeyEvent) { m.key(k) })
	m.open = true
	m.d.Show()
	m.d.Resize(fyne.NewSize(fyne.Max(dialogWidth, m.d.MinSize().Width), m.d.MinSize().Height))
	if first != nil {
		m.canvas.Focus(first)
	}
}

// key confirms on Enter (when confirming is allowed) and cancels on
// Escape; it reports whether it handled the key.
func (m *modal) key(k *fyne.KeyEvent) bool {
	switch k.Name {
	case fyne.KeyReturn, fyne.KeyEnter:
		m.doConfirm()
		return true
	case fyne.KeyEscape:
		m.close()
		return true
	}
	return false
}

func (m *modal) allow(ok bool) {
	if ok {
		m.confirm.Enable()
	} else {
		m.confirm.Disable()
	}
}

func (m *modal) doConfirm() {
	if !m.open || m.confirm.Disabled() {
		return
	}
	m.d.Hide()
	m.ok()
}

func (m *modal) close() {
	if m.open {
		m.d.Hide()
	}
}

// keyEntry is an entry that lets the dialog see Enter and Escape first.
type keyEntry struct {
	widget.Entry
	onKey func(*fyne.KeyEvent) bool
}

func newKeyEntry(onKey func(*fyne.KeyEvent) bool) *keyEntry {
	e := &keyEntry{onKey: onKey}
	e.ExtendBaseWidget(e)
	return e
}

func (e *keyEntry) TypedKey(k *fyne.KeyEvent) {
	if e.onKey != nil && e.onKey(k) {
		return
	}
	e.Entry.TypedKey(k)
}
