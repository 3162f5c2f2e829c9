package planning

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// versionLabel is "Version 2 vom 01.02.2026 – Entwurf" or "… –
// festgeschrieben am 15.02.2026".
func versionLabel(s *kit.Session, p *model.PlanVersion) string {
	state := s.T("Planning.Draft")
	if p.Final() {
		state = s.T("Planning.FinalizedOn", "Date", s.Env.Loc.Date(p.FinalizedOn))
	}
	return s.T("Planning.VersionLabel", "N", p.Version, "Date", s.Env.Loc.Date(p.Created), "State", state)
}

// versionCard chooses the version shown, says what can be done with it and
// offers the step that comes next: festschreiben a draft, fortschreiben a
// finalised current version.
func (w *workspace) versionCard() fyne.CanvasObject {
	s, c := w.s, w.c
	box := container.NewVBox()
	if len(c.Plans) > 1 {
		labels := make([]string, len(c.Plans))
		sel := kit.NewSelect(nil, nil, nil)
		for i := range c.Plans {
			// Newest first: that is the one worked on.
			labels[i] = versionLabel(s, &c.Plans[len(c.Plans)-1-i])
		}
		sel.Options = labels
		sel.SetSelected(versionLabel(s, w.p))
		sel.OnChanged = func(string) {
			i := sel.SelectedIndex()
			if i < 0 {
				return
			}
			_ = s.Flush()
			w.v.version = c.Plans[len(c.Plans)-1-i].Version
			if i == 0 {
				w.v.version = 0
			}
			if s.Rebuild != nil {
				s.Rebuild()
			}
		}
		box.Add(s.Form(kit.Row{LabelID: "Planning.VersionShown", Field: sel}))
	}

	switch {
	case w.c.Phase == model.PhaseClosed:
		box.Add(kit.Wrapped(s.T("Planning.ClosedText")))
	case !w.frozen:
		box.Add(kit.Wrapped(s.T("Planning.DraftText")))
	case w.current:
		box.Add(kit.Wrapped(s.T("Planning.FinalText", "Date", s.Env.Loc.Date(w.p.FinalizedOn))))
	default:
		box.Add(kit.Wrapped(s.T("Planning.OldText", "Date", s.Env.Loc.Date(w.p.FinalizedOn))))
	}

	if w.p.Version > 1 || strings.TrimSpace(w.p.Reason) != "" {
		reason := rows(s.Note(&w.p.Reason), 2)
		form := vertical(s.Form(kit.Row{LabelID: "Planning.Reason", Field: reason}))
		if w.frozen {
			reason.Disable()
			box.Add(kit.Readable(container.NewVBox(form)))
		} else {
			box.Add(form)
		}
	}

	var buttons []fyne.CanvasObject
	switch {
	case !w.frozen:
		buttons = append(buttons, w.finalizeButton())
	case w.current && c.Phase == model.PhasePlanning:
		buttons = append(buttons, kit.NewButton(s.T("Planning.Replan"), theme.DocumentCreateIcon(), w.askReplan))
	case w.current && c.Phase == model.PhaseMonitoring:
		// From monitoring a Fortschreibung is a step of the control loop
		// (4 → 3) and belongs on the timeline: the phase buttons start it.
		box.Add(kit.Wrapped(s.T("Planning.ReplanFromMonitoring")))
	}
	if len(buttons) > 0 {
		box.Add(container.NewHBox(buttons...))
	}
	return kit.Card(s.T("Planning.Title"), versionLabel(s, w.p), box)
}

// AskFinalize asks to finalise the case's draft plan, as "Festschreiben
// …" does: the "Fall" menu's item (Ctrl+Shift+F) reaches it from wherever
// the focus is. It reports whether there is a draft to finalise.
func AskFinalize(s *kit.Session) bool {
	c := s.Case
	p := c.CurrentPlan()
	if !HasDraft(c) {
		return false
	}
	w := &workspace{s: s, v: viewOf(s), c: c, p: p, current: true, nums: p.GoalNumbers()}
	w.askFinalize()
	return true
}

// HasDraft reports whether c's plan is a draft that can be finalised.
func HasDraft(c *model.Case) bool {
	p := c.CurrentPlan()
	return p != nil && !p.Final() && c.Phase != model.PhaseClosed
}

// finalizeButton is "Festschreiben …" of the draft shown.
func (w *workspace) finalizeButton() *kit.Button {
	fin := kit.NewButton(w.s.T("Planning.Finalize"), theme.ConfirmIcon(), w.askFinalize)
	fin.Importance = widget.HighImportance
	return fin
}

// askFinalize asks before the draft is frozen: from then on only a
// Fortschreibung changes the plan.
func (w *workspace) askFinalize() {
	s := w.s
	text := s.T("Planning.FinalizeText", "N", w.p.Version)
	if !w.p.DiscussedOn.Valid() {
		text += "\n\n" + s.T("Planning.FinalizeNotDiscussed")
	}
	if gaps := w.p.GASGaps(); len(gaps) > 0 {
		text += "\n\n" + s.T("Planning.FinalizeGASGaps")
		for _, g := range gaps {
			levels := make([]string, len(g.Levels))
			for i, l := range g.Levels {
				levels[i] = model.LevelText(l)
			}
			text += "\n• " + s.T("Planning.FinalizeGASGap", "Number", w.nums[g.Goal], "Goal", kit.Short(g.Text, 48), "Levels", strings.Join(levels, ", "))
		}
	}
	kit.Ask(s.Env.Win, s.T("Planning.FinalizeTitle"), text, s.T("Planning.FinalizeConfirm"), s.T("Kit.Cancel"), widget.HighImportance, w.finalize)
}

func (w *workspace) finalize() {
	s := w.s
	_ = s.Flush()
	_ = s.Change(func(c *model.Case) error {
		w.v.version = 0
		return c.FinalizePlan(s.Env.Today())
	})
}

// askReplan asks for the reason of the Fortschreibung, which is required:
// the confirm button stays disabled while it is empty.
func (w *workspace) askReplan() {
	s := w.s
	if s.Env.Win == nil {
		return
	}
	reason := kit.NewCappedNote() // at most model.MaxTextRunes characters, like every text of the case
	reason.SetPlaceHolder(s.T("Planning.ReplanPlaceholder"))
	ok := kit.NewButton(s.T("Planning.ReplanConfirm"), theme.ConfirmIcon(), nil)
	ok.Importance = widget.HighImportance
	ok.Disable()
	cancel := kit.NewButton(s.T("Kit.Cancel"), theme.CancelIcon(), nil)
	text := kit.Wrapped(s.T("Planning.ReplanText", "N", w.p.Version, "Next", len(w.c.Plans)+1))
	d := dialog.NewCustomWithoutButtons(s.T("Planning.ReplanTitle"), container.NewVBox(text, reason), s.Env.Win)
	d.SetButtons([]fyne.CanvasObject{cancel, ok})
	reason.OnChanged = func(v string) {
		if strings.TrimSpace(v) == "" {
			ok.Disable()
		} else {
			ok.Enable()
		}
	}
	cancel.OnTapped = d.Hide
	ok.OnTapped = func() {
		why := strings.TrimSpace(reason.Text)
		if why == "" {
			return
		}
		d.Hide()
		w.replan(why)
	}
	d.Resize(fyne.NewSize(560, 320))
	d.Show()
	s.Env.Win.Canvas().Focus(reason)
}

// replan starts the next version as an editable copy of the current one.
func (w *workspace) replan(reason string) {
	s := w.s
	_ = s.Flush()
	_ = s.Change(func(c *model.Case) error {
		c.StartPlanVersion(s.Env.Today(), reason)
		w.v.version = 0
		return nil
	})
}

// spacer pushes what follows to the right end of a row.
func spacer() fyne.CanvasObject { return layout.NewSpacer() }
