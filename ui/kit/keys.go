package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A focused widget gets every key, and Fyne's buttons drop all but Space:
// Escape on a dialog's focused button closed nothing, PageDown on a
// focused button of a workspace scrolled nothing. Widgets made here pass
// the keys they do not use on to the window's own key handler — the one
// that gets the keys while nothing is focused: the open Dialog's, or the
// main window's, which scrolls the page and closes Fyne's own dialogs.

// PassKey gives ev to the key handler of the window obj is in.
func PassKey(obj fyne.CanvasObject, ev *fyne.KeyEvent) {
	c := fyne.CurrentApp().Driver().CanvasForObject(obj)
	if c == nil {
		return
	}
	if h := c.OnTypedKey(); h != nil {
		h(ev)
	}
}

// Button is a button that is pressed by Space and Enter and passes the
// other keys on (PassKey).
type Button struct {
	widget.Button
}

// NewButton makes a Button; icon may be nil.
func NewButton(label string, icon fyne.Resource, tapped func()) *Button {
	b := &Button{}
	b.Text, b.Icon, b.OnTapped = label, icon, tapped
	b.ExtendBaseWidget(b)
	return b
}

// Unwrap is Fyne's button inside, for tests that look for one.
func (b *Button) Unwrap() fyne.CanvasObject { return &b.Button }

// TypedKey presses the button on Space and Enter and passes other keys on.
func (b *Button) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeySpace, fyne.KeyReturn, fyne.KeyEnter:
		if !b.Disabled() && b.OnTapped != nil {
			b.Button.TypedKey(&fyne.KeyEvent{Name: fyne.KeySpace})
		}
	default:
		PassKey(b, ev)
	}
}

// DismissTop closes the dialog on top of c as its cancel button would, for
// Fyne's own dialogs (confirmations, notices, the file dialogs), which do
// not know Escape: it presses the button with the cancel icon, else one
// labelled as Fyne labels cancelling, else the dialog's only button. It
// reports whether there was such a button.
func DismissTop(c fyne.Canvas) bool {
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return false
	}
	var buttons []*widget.Button
	collectButtons(dialogButtons(pop.Content), &buttons)
	var cancel *widget.Button
	for _, b := range buttons {
		if b.Icon != nil && b.Icon.Name() == theme.CancelIcon().Name() || b.Text == lang.L("Cancel") {
			cancel = b
			break
		}
	}
	if cancel == nil && len(buttons) == 1 {
		cancel = buttons[0]
	}
	if cancel == nil || cancel.Disabled() || cancel.OnTapped == nil {
		return false
	}
	cancel.OnTapped()
	return true
}

// ShowDialog shows d, a dialog of Fyne's own (a notice, a question, one
// around content of the caller's), over win with kit Buttons in place of
// its own: Fyne's drop Escape, so after Tab onto one the dialog no longer
// closed by Escape.
func ShowDialog(d dialog.Dialog, win fyne.Window) {
	d.Show()
	if win != nil {
		keyButtons(win.Canvas())
	}
}

// keyButtons puts kit Buttons in place of Fyne's in the row of buttons of
// the dialog on top of c. Fyne's dialog reaches its buttons only while it
// is made; what they do goes with them.
func keyButtons(c fyne.Canvas) {
	pop, ok := c.Overlays().Top().(*widget.PopUp)
	if !ok {
		return
	}
	if row, ok := dialogButtons(pop.Content).(*fyne.Container); ok && row != pop.Content {
		swapButtons(row)
	}
}

func swapButtons(box *fyne.Container) {
	for i, o := range box.Objects {
		switch x := o.(type) {
		case *widget.Button:
			b := NewButton(x.Text, x.Icon, x.OnTapped)
			b.Importance, b.Alignment, b.IconPlacement, b.Hidden = x.Importance, x.Alignment, x.IconPlacement, x.Hidden
			if x.Disabled() {
				b.Disable()
			}
			box.Objects[i] = b
		case *fyne.Container:
			swapButtons(x)
		}
	}
	box.Refresh()
}

// dialogButtons is the row of buttons of a Fyne dialog (the fourth part
// of its layout), else the whole pop-up.
func dialogButtons(o fyne.CanvasObject) fyne.CanvasObject {
	if box, ok := o.(*fyne.Container); ok && len(box.Objects) == 5 {
		if row, ok := box.Objects[3].(*fyne.Container); ok {
			return row
		}
	}
	return o
}

func collectButtons(o fyne.CanvasObject, out *[]*widget.Button) {
	switch x := o.(type) {
	case *widget.Button:
		if x.Visible() {
			*out = append(*out, x)
		}
	case *Button:
		if x.Visible() {
			*out = append(*out, &x.Button)
		}
	case *fyne.Container:
		if x.Visible() {
			for _, c := range x.Objects {
				collectButtons(c, out)
			}
		}
	}
}

// OwnWindow sets content as the content of w, a window beside the main
// one (the partner directory, the Auswertung): Escape closes it — or the
// dialog of Fyne's own open on it — and, with follow (the running app),
// a FocusFollower keeps its focused widget ringed. stop ends the
// follower; call it when w closes.
func OwnWindow(w fyne.Window, content fyne.CanvasObject, follow bool) (stop func()) {
	w.SetContent(Frame(content))
	c := w.Canvas()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if ev.Name != fyne.KeyEscape {
			return
		}
		if c.Overlays().Top() != nil {
			DismissTop(c)
			return
		}
		w.Close()
	})
	if !follow {
		return func() {}
	}
	return NewFocusFollower(w, nil).Start()
}
