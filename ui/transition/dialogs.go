package transition

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// dialogWidth lets the explanations wrap into a few readable lines
// instead of a tall narrow column.
const dialogWidth = 520

// stepDialog is one dialog of a move: a kit.Dialog whose confirm may
// depend on a ticked box or a filled entry.
type stepDialog struct {
	d       *kit.Dialog
	lines   []string // the messages shown, in order
	reason  *kit.Entry
	ending  *kit.KeySelect
	ack     *kit.KeyCheck
	sure    bool // asks only whether to take a weighty move (askConfirm)
	confirm *widget.Button
}

// newStep makes the dialog of a step; confirming closes it before next
// runs, so the next step's dialog is the only one on screen.
func (b *bar) newStep(title, confirmText, cancelText string, icon fyne.Resource, next func()) *stepDialog {
	sd := &stepDialog{}
	sd.d = kit.NewDialog(b.s.Env.Win, title, confirmText, cancelText, func() {
		b.close(sd)
		next()
	}, func() { b.open = nil })
	if icon != nil {
		sd.d.SetConfirmIcon(icon)
	}
	sd.d.SetWidth(dialogWidth)
	sd.confirm = sd.d.ConfirmButton()
	return sd
}

// close hides sd; the next step runs only after it is gone.
func (b *bar) close(sd *stepDialog) {
	sd.d.Hide()
	if b.open == sd {
		b.open = nil
	}
}

// show puts sd with content on the window.
func (b *bar) show(sd *stepDialog, content fyne.CanvasObject) {
	sd.d.SetContent(content)
	b.open = sd
	sd.d.Show()
}

// askReason asks for the reason a move needs; for an early ending also for
// the reason of the ending. Confirming stays disabled while the reason is
// blank.
func (b *bar) askReason(m model.Move, next func(reason string, ending model.EndingReason)) {
	b.askReasonFrom(m, "", b.s.Case.Closure.Reason, next)
}

// askReasonFrom is askReason with the reason and the ending reason filled in.
func (b *bar) askReasonFrom(m model.Move, reason string, ending model.EndingReason, next func(reason string, ending model.EndingReason)) {
	s := b.s
	sd := b.newStep(b.label(m), b.label(m), s.T("Transition.Cancel"), icon(m), func() {
		if m.Kind != model.KindClosePremature {
			ending = ""
		}
		next(strings.TrimSpace(reason), ending)
	})
	draft := kit.NewDraft(s.Env, sd.d)
	sd.reason = draft.Text(&reason)
	sd.reason.SetPlaceHolder(s.T("Transition.ReasonPlaceholder"))
	if m.Kind == model.KindClosePremature {
		sd.ending = kit.DraftSelect(draft, "EndingReason", model.EndingReasons, &ending)
	}
	draft.Validate(func() bool { return strings.TrimSpace(reason) != "" })

	explain := s.T("Transition.Explain." + string(m.Kind))
	sd.lines = []string{explain}
	form := &widget.Form{}
	form.AppendItem(&widget.FormItem{Text: s.T("Transition.Reason"), Widget: sd.reason, HintText: s.T("Transition.ReasonHint")})
	if sd.ending != nil {
		form.Append(s.T("Transition.EndingReason"), sd.ending)
	}
	sd.d.FocusFirst(sd.reason)
	b.show(sd, container.NewVBox(kit.Wrapped(explain), form))
}

// showBlocked explains a hard gate: what is missing and where to fix it.
// There is no way on from here but to close the dialog — except after the
// client withdrew the consent to case management: then the dialog offers
// the premature end at once (the other way, a renewed consent, is
// recorded in intake, as its message says).
func (b *bar) showBlocked(m model.Move, ps model.Problems) {
	s := b.s
	if end, ok := b.prematureEnd(); ok && ps.Has(model.CodeGateWithdrawn, "") {
		sd := b.newStep(s.T("Transition.BlockedTitle", "Move", b.label(m)), s.T("Transition.EndWithdrawn"), s.T("Transition.Close"),
			icon(end), func() {
				b.askReasonFrom(end, s.T("Transition.WithdrawnReason"), model.ReasonWithdrawn,
					func(reason string, ending model.EndingReason) { b.gate(end, reason, ending) })
			})
		sd.lines = b.blockedLines(ps)
		box := container.NewVBox()
		for _, l := range sd.lines {
			box.Add(kit.Wrapped(l))
		}
		b.show(sd, box)
		return
	}
	sd := b.newStep(s.T("Transition.BlockedTitle", "Move", b.label(m)), s.T("Transition.Understood"), "", nil, func() {})
	sd.lines = b.blockedLines(ps)
	box := container.NewVBox(kit.Wrapped(s.T("Transition.BlockedIntro")))
	for _, l := range sd.lines {
		box.Add(kit.Wrapped(l))
	}
	b.show(sd, box)
}

// prematureEnd is the premature end from the case's phase, if there is one.
func (b *bar) prematureEnd() (model.Move, bool) {
	for _, m := range model.MovesFrom(b.s.Case.Phase) {
		if m.Kind == model.KindClosePremature {
			return m, true
		}
	}
	return model.Move{}, false
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
	sd := b.newStep(s.T("Transition.MissingTitle", "Move", b.label(m)), s.T("Transition.Proceed"), s.T("Transition.Cancel"), icon(m), next)
	sd.ack = sd.d.Check(s.T("Transition.Ack"), sd.d.SetConfirmEnabled)
	sd.d.SetConfirmEnabled(false)

	list := s.Checklist(1)
	list.Set(missing)
	list.Summary.Hide() // only the open items, not the whole checklist
	for _, it := range missing {
		sd.lines = append(sd.lines, s.T(it.Key))
	}
	box := container.NewVBox()
	if weighty(m.Kind) {
		box.Add(kit.Wrapped(s.T("Transition.Explain." + string(m.Kind))))
	}
	box.Add(kit.Wrapped(s.T("Transition.MissingIntro", "Phase", s.Env.Loc.Enum("Phase", s.Case.Phase))))
	box.Add(list.Object())
	note := kit.Wrapped(s.T("Transition.MissingNote"))
	note.TextStyle.Italic = true
	box.Add(note)
	box.Add(sd.ack)
	b.show(sd, box)
}

// askConfirm says what a weighty move does and whether it can be undone;
// only the confirm button, labelled with the move, takes it.
func (b *bar) askConfirm(m model.Move, next func()) {
	s := b.s
	sd := b.newStep(b.label(m), b.label(m), s.T("Transition.Cancel"), icon(m), next)
	sd.sure = true
	explain := s.T("Transition.Explain." + string(m.Kind))
	sd.lines = []string{explain}
	b.show(sd, container.NewVBox(kit.Wrapped(explain), kit.Wrapped(s.T("Transition.ConfirmQuestion"))))
}
