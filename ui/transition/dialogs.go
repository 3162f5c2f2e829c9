package transition

import (
	"fmt"
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
	lines   []string   // the messages shown, in order
	date    *kit.Entry // the day of the step
	reason  *kit.Entry
	ending  *kit.KeySelect
	ack     *kit.KeyCheck
	sure    bool // a weighty move: the dialog says what will happen
	hint    *widget.Label
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

// askStep is the one dialog of a move: what it does (for a weighty move,
// also whether it can be undone), the day it happened — today, or the day
// the case already knows —, the reason where one is required (for an early
// ending also the reason of the ending), and the documentation the phase
// still lacks with the acknowledgement the event records. Confirming stays
// disabled until the reason is given, the gaps are acknowledged and the
// model accepts the day; the line above the buttons says what is missing.
func (b *bar) askStep(m model.Move, reason string, ending model.EndingReason) {
	s := b.s
	today := s.Env.Today()
	day := s.Case.StepDay(m.Kind, today)
	ack := false
	missing := model.CheckTransition(s.Case, m.Kind, reason, day).Missing
	title := b.label(m)
	if len(missing) > 0 {
		title = s.T("Transition.MissingTitle", "Move", b.label(m))
	}
	sd := b.newStep(title, b.label(m), s.T("Transition.Cancel"), icon(m), func() {
		if m.Kind != model.KindClosePremature {
			ending = ""
		}
		b.apply(m, strings.TrimSpace(reason), ending, ack, day)
	})
	sd.sure = m.Kind.Irreversible()
	draft := kit.NewDraft(s.Env, sd.d)
	sd.date = draft.Date(&day)
	box := container.NewVBox()
	if id := "Transition.Explain." + string(m.Kind); s.Env.Loc.Has(id) {
		sd.lines = append(sd.lines, s.T(id))
		box.Add(kit.Wrapped(s.T(id)))
	}
	form := &widget.Form{}
	form.AppendItem(&widget.FormItem{Text: s.T("Transition.Day"), Widget: sd.date, HintText: s.T("Transition.DayHint")})
	if m.NeedsReason {
		sd.reason = draft.Text(&reason)
		sd.reason.SetPlaceHolder(s.T("Transition.ReasonPlaceholder"))
		form.AppendItem(&widget.FormItem{Text: s.T("Transition.Reason"), Widget: sd.reason, HintText: s.T("Transition.ReasonHint")})
	}
	if m.Kind == model.KindClosePremature {
		sd.ending = kit.DraftSelect(draft, "EndingReason", model.EndingReasons, &ending)
		form.Append(s.T("Transition.EndingReason"), sd.ending)
	}
	box.Add(form)
	if len(missing) > 0 {
		list := s.Checklist(s.Case.Phase, 1)
		list.Set(missing)
		list.Summary.Hide() // only the open items, not the whole checklist
		for _, it := range missing {
			sd.lines = append(sd.lines, s.T(it.Key.MessageID()))
		}
		intro := "Transition.MissingIntroAdvice"
		if model.FachkonzeptMinimum(s.Case.Phase) {
			intro = "Transition.MissingIntro"
		}
		box.Add(kit.Wrapped(s.T(intro, "Phase", s.Env.Loc.Enum("Phase", s.Case.Phase))))
		box.Add(list.Object())
		note := kit.Wrapped(s.T("Transition.MissingNote"))
		note.TextStyle.Italic = true
		box.Add(note)
		sd.ack = draft.Check("Transition.Ack", &ack)
		box.Add(sd.ack)
	}
	sd.hint = kit.Wrapped("")
	sd.hint.Importance = widget.WarningImportance
	sd.d.SetFooter(sd.hint)
	draft.Validate(func() bool {
		text := ""
		switch {
		case m.NeedsReason && strings.TrimSpace(reason) == "":
			text = s.T("Transition.NeedReason")
		case len(missing) > 0 && !ack:
			text = s.T("Transition.NeedAck")
		}
		if ps := b.dayProblems(m, reason, day); len(ps) > 0 {
			p := *ps[0]
			p.Path = "" // the message names the field itself
			text = s.Env.Loc.Error(&p)
		}
		sd.hint.SetText(text)
		return text == ""
	})
	if sd.reason != nil {
		sd.d.FocusFirst(sd.reason)
	} else {
		sd.d.FocusFirst(sd.date)
	}
	b.show(sd, box)
}

// dayProblems is what the model says against taking m on day: a day in
// the future or before the last step, a gate closed on that day (no
// consent in force yet), a date before the case was opened.
func (b *bar) dayProblems(m model.Move, reason string, day model.Date) model.Problems {
	c, today := b.s.Case, b.s.Env.Today()
	if !day.Valid() {
		return model.Problems{{Code: model.CodeRequired}}
	}
	if ps := model.CheckStepDay(c, day, today); len(ps) > 0 {
		return ps
	}
	if ps := withoutReason(model.CheckTransition(c, m.Kind, reason, day).Blocking); len(ps) > 0 {
		return ps
	}
	at := day.Time()
	return model.DateProblemsIf(c, func(x *model.Case) {
		x.Events = append(x.Events, model.Event{At: at, Kind: m.Kind})
	}, fmt.Sprintf("events[%d].at", len(c.Events)))
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
				b.askStep(end, s.T("Transition.WithdrawnReason"), model.ReasonWithdrawn)
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
