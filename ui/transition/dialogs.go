package transition

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// dialogWidth lets the explanations wrap into a few readable lines
// instead of a tall narrow column.
const dialogWidth = 520

// stepDialog is one dialog of a move. Its own buttons (Fyne's confirm
// dialogs cannot make confirming depend on a ticked box or a filled
// entry), Enter to confirm and Escape to cancel.
type stepDialog struct {
	d       *dialog.CustomDialog
	keys    keyHandler
	lines   []string // the messages shown, in order
	reason  *keyEntry
	ending  *widget.Select
	ack     *keyCheck
	confirm *widget.Button
	cancel  *widget.Button
}

// close hides the dialog; the next step runs only after it is gone.
func (sd *stepDialog) close() { sd.d.Hide() }

// show puts sd on the window with content and buttons. While it is open
// the window's key handler gives Enter and Escape to the dialog.
func (b *bar) show(sd *stepDialog, title string, content fyne.CanvasObject, buttons ...fyne.CanvasObject) {
	win := b.s.Env.Win
	width := canvas.NewRectangle(color.Transparent)
	width.SetMinSize(fyne.NewSize(dialogWidth, 0))
	sd.d = dialog.NewCustomWithoutButtons(title, container.NewStack(width, content), win)
	sd.d.SetButtons(buttons)
	c := win.Canvas()
	prev := c.OnTypedKey()
	c.SetOnTypedKey(func(ev *fyne.KeyEvent) {
		if !sd.keys.typed(ev) && prev != nil {
			prev(ev)
		}
	})
	sd.d.SetOnClosed(func() {
		c.SetOnTypedKey(prev)
		b.open = nil
	})
	b.open = sd
	sd.d.Show()
}

// askReason asks for the reason a move needs; for an early ending also for
// the reason of the ending. Confirming stays disabled while the reason is
// blank.
func (b *bar) askReason(m model.Move, next func(reason string, ending model.EndingReason)) {
	s := b.s
	sd := &stepDialog{}
	sd.reason = newKeyEntry()
	sd.reason.SetPlaceHolder(s.T("Transition.ReasonPlaceholder"))
	var endings []model.EndingReason
	if m.Kind == model.KindClosePremature {
		sd.ending, endings = b.endingSelect()
	}
	sd.confirm = widget.NewButtonWithIcon(b.label(m), icon(m), func() {
		reason := strings.TrimSpace(sd.reason.Text)
		if reason == "" {
			return
		}
		var ending model.EndingReason
		if sd.ending != nil && sd.ending.SelectedIndex() > 0 {
			ending = endings[sd.ending.SelectedIndex()-1]
		}
		sd.close()
		next(reason, ending)
	})
	sd.confirm.Importance = widget.HighImportance
	sd.confirm.Disable()
	sd.cancel = widget.NewButtonWithIcon(s.T("Transition.Cancel"), theme.CancelIcon(), sd.close)
	confirm := func() {
		if !sd.confirm.Disabled() {
			sd.confirm.OnTapped()
		}
	}
	sd.keys = keyHandler{confirm: confirm, cancel: sd.close}
	sd.reason.keys = sd.keys
	sd.reason.OnChanged = func(v string) {
		if strings.TrimSpace(v) == "" {
			sd.confirm.Disable()
		} else {
			sd.confirm.Enable()
		}
	}
	sd.reason.OnSubmitted = func(string) { confirm() }

	explain := s.T("Transition.Explain." + string(m.Kind))
	sd.lines = []string{explain}
	form := &widget.Form{}
	form.AppendItem(&widget.FormItem{Text: s.T("Transition.Reason"), Widget: sd.reason, HintText: s.T("Transition.ReasonHint")})
	if sd.ending != nil {
		form.Append(s.T("Transition.EndingReason"), sd.ending)
	}
	b.show(sd, b.label(m), container.NewVBox(kit.Wrapped(explain), form), sd.cancel, sd.confirm)
	s.Env.Win.Canvas().Focus(sd.reason)
}

// endingSelect offers the reasons of an early ending, preset to the one
// recorded already.
func (b *bar) endingSelect() (*widget.Select, []model.EndingReason) {
	loc := b.s.Env.Loc
	values := model.EndingReasons
	labels := []string{loc.Enum("EndingReason", "")}
	for _, v := range values {
		labels = append(labels, loc.Enum("EndingReason", v))
	}
	sel := widget.NewSelect(labels, nil)
	sel.SetSelectedIndex(0)
	for i, v := range values {
		if v == b.s.Case.Closure.Reason {
			sel.SetSelectedIndex(i + 1)
		}
	}
	return sel, values
}

// showBlocked explains a hard gate: what is missing and where to fix it.
// There is no way on from here but to close the dialog.
func (b *bar) showBlocked(m model.Move, ps model.Problems) {
	s := b.s
	sd := &stepDialog{}
	sd.lines = b.blockedLines(ps)
	sd.confirm = widget.NewButtonWithIcon(s.T("Transition.Understood"), theme.ConfirmIcon(), sd.close)
	sd.confirm.Importance = widget.HighImportance
	sd.keys = keyHandler{confirm: sd.close, cancel: sd.close}
	box := container.NewVBox(kit.Wrapped(s.T("Transition.BlockedIntro")))
	for _, l := range sd.lines {
		box.Add(kit.Wrapped(l))
	}
	b.show(sd, s.T("Transition.BlockedTitle", "Move", b.label(m)), box, sd.confirm)
}

// blockedLines says each kind of problem once, in the words of the model's
// message (which says how to fix it), followed by the fields it concerns
// when the message alone does not name them.
func (b *bar) blockedLines(ps model.Problems) []string {
	loc := b.s.Env.Loc
	var codes []string
	byCode := map[string]model.Problems{}
	for _, p := range ps {
		if _, ok := byCode[p.Code]; !ok {
			codes = append(codes, p.Code)
		}
		byCode[p.Code] = append(byCode[p.Code], p)
	}
	var out []string
	for _, code := range codes {
		group := byCode[code]
		first := group[0]
		out = append(out, loc.Error(&model.Problem{Code: code, Value: first.Value, Args: first.Args}))
		if len(group) == 1 && code != model.CodeGateNeedClosure {
			continue
		}
		for _, p := range group {
			if id := "Transition.Field." + p.Path; p.Path != "" && loc.Has(id) {
				out = append(out, "• "+loc.T(id))
			} else if p.Path != "" {
				out = append(out, "• "+loc.Error(p))
			}
		}
	}
	return out
}

// askAck lists the documentation items the phase still lacks; moving on
// needs the explicit acknowledgement, which the event records.
func (b *bar) askAck(m model.Move, missing []model.CheckItem, next func()) {
	s := b.s
	sd := &stepDialog{}
	sd.confirm = widget.NewButtonWithIcon(s.T("Transition.Proceed"), icon(m), func() {
		if !sd.ack.Checked {
			return
		}
		sd.close()
		next()
	})
	sd.confirm.Importance = widget.HighImportance
	sd.confirm.Disable()
	sd.cancel = widget.NewButtonWithIcon(s.T("Transition.Cancel"), theme.CancelIcon(), sd.close)
	sd.ack = newKeyCheck(s.T("Transition.Ack"), func(on bool) {
		if on {
			sd.confirm.Enable()
		} else {
			sd.confirm.Disable()
		}
	})
	sd.keys = keyHandler{
		confirm: func() {
			if !sd.confirm.Disabled() {
				sd.confirm.OnTapped()
			}
		},
		cancel: sd.close,
	}
	sd.ack.keys = sd.keys

	box := container.NewVBox(kit.Wrapped(s.T("Transition.MissingIntro", "Phase", s.Env.Loc.Enum("Phase", s.Case.Phase))))
	for _, it := range missing {
		line := "• " + s.T(it.Key)
		sd.lines = append(sd.lines, line)
		box.Add(kit.Wrapped(line))
	}
	note := kit.Wrapped(s.T("Transition.MissingNote"))
	note.TextStyle.Italic = true
	box.Add(note)
	box.Add(sd.ack)
	b.show(sd, s.T("Transition.MissingTitle", "Move", b.label(m)), box, sd.cancel, sd.confirm)
}

// keyEntry is an entry that gives Escape (and Enter) to its dialog.
type keyEntry struct {
	widget.Entry
	keys keyHandler
}

func newKeyEntry() *keyEntry {
	e := &keyEntry{}
	e.ExtendBaseWidget(e)
	return e
}

// TypedKey cancels the dialog on Escape; everything else is typing.
func (e *keyEntry) TypedKey(ev *fyne.KeyEvent) {
	if ev.Name == fyne.KeyEscape && e.keys.cancel != nil {
		e.keys.cancel()
		return
	}
	e.Entry.TypedKey(ev)
}

// keyCheck is a check box that gives Enter and Escape to its dialog when
// it has the focus (a focused widget receives the keys, not the window).
type keyCheck struct {
	widget.Check
	keys keyHandler
}

func newKeyCheck(label string, changed func(bool)) *keyCheck {
	c := &keyCheck{}
	c.Text = label
	c.OnChanged = changed
	c.ExtendBaseWidget(c)
	return c
}

// TypedKey handles Enter and Escape and leaves the space bar to the box.
func (c *keyCheck) TypedKey(ev *fyne.KeyEvent) {
	if c.keys.typed(ev) {
		return
	}
	c.Check.TypedKey(ev)
}
