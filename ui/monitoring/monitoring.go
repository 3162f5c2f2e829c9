// Package monitoring is the workspace of phase 4, Prüfung und Steuerung:
// what is overdue, the date of the next review, and the reviews — the
// Soll-Ist-Abgleich of every Handlungsziel (GAS level) and Maßnahme
// (status), the Unregelmäßigkeiten, the decision and the partners'
// reports.
package monitoring

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// workspace is one build of the monitoring workspace.
type workspace struct {
	s *kit.Session
	v *view
	c *model.Case
	// closed is set for a closed case: its reviews are the record and
	// stay as they are.
	closed bool
	// overdue holds the goals and measures whose date has passed.
	overdue map[string]bool
}

// New builds the monitoring workspace of the case open in s.
func New(s *kit.Session) fyne.CanvasObject {
	v := viewOf(s)
	v.Harvest()
	w := &workspace{s: s, v: v, c: s.Case, closed: s.Case.Phase == model.PhaseClosed}
	w.overdue = map[string]bool{}
	for _, d := range w.overdueDeadlines() {
		w.overdue[d.Ref] = true
	}
	return container.NewVBox(
		w.overdueCard(),
		w.checklistCard(),
		w.nextReviewCard(),
		w.reviewsCard(),
	)
}

// overdueDeadlines are the goals, measures and the review whose date has
// passed, earliest first.
func (w *workspace) overdueDeadlines() []model.Deadline {
	today := w.s.Env.Today()
	var out []model.Deadline
	for _, d := range model.Deadlines(w.c, w.s.Env.Settings) {
		switch d.Kind {
		case model.DueGoal, model.DueMeasure, model.DueReview:
			if d.Overdue(today) {
				out = append(out, d)
			}
		}
	}
	return out
}

// overdueCard lists, in the danger colour, what is overdue. It hides
// itself when nothing is, and follows every save.
func (w *workspace) overdueCard() fyne.CanvasObject {
	s := w.s
	rows := container.NewVBox()
	title := widget.NewLabelWithStyle(s.T("Monitoring.OverdueTitle"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	title.Importance = widget.DangerImportance
	icon := widget.NewIcon(theme.NewErrorThemedResource(theme.WarningIcon()))
	box := container.NewVBox(container.NewBorder(nil, nil, icon, nil, title), rows)
	card := widget.NewCard("", "", box)
	refresh := func() {
		rows.Objects = rows.Objects[:0]
		for _, d := range w.overdueDeadlines() {
			l := kit.Wrapped(w.deadlineText(d))
			l.Importance = widget.DangerImportance
			rows.Add(l)
		}
		if len(rows.Objects) == 0 {
			card.Hide()
		} else {
			card.Show()
		}
		rows.Refresh()
	}
	refresh()
	w.s.OnRefresh(refresh)
	return card
}

// deadlineText is "Ende einer Maßnahme: Arbeitsversuch – fällig seit
// 01.03.2026".
func (w *workspace) deadlineText(d model.Deadline) string {
	kind := w.s.Env.Loc.Enum("DeadlineKind", d.Kind)
	label := strings.TrimSpace(d.Label)
	if label == "" {
		return w.s.T("Monitoring.OverdueNoLabel", "Kind", kind, "Date", w.s.Env.Loc.Date(d.Due))
	}
	return w.s.T("Monitoring.Overdue", "Kind", kind, "Label", kit.Short(label, 90), "Date", w.s.Env.Loc.Date(d.Due))
}

// checklistCard shows the monitoring's own documentation steps.
func (w *workspace) checklistCard() fyne.CanvasObject {
	cl := w.s.Checklist(model.PhaseMonitoring, 1)
	refresh := func() { cl.Set(model.ChecklistFor(w.c, model.PhaseMonitoring)) }
	refresh()
	w.s.OnRefresh(refresh)
	return widget.NewCard(w.s.T("Monitoring.ChecklistTitle"), "", cl.Object())
}

// nextReviewCard sets the date of the next review, with the date the
// intensity type suggests and a button to take it.
func (w *workspace) nextReviewCard() fyne.CanvasObject {
	s, c := w.s, w.c
	date := s.Date(&c.NextReview)
	form := s.Form(kit.Row{LabelID: "Monitoring.NextReview", Field: date})
	take := kit.NewButton("", theme.ContentPasteIcon(), nil)
	hint := kit.Explanation("")
	refresh := func() {
		sug, ok := model.SuggestedReview(c, s.Env.Settings)
		if w.closed {
			hint.Hide()
			take.Hide()
			return
		}
		if !ok {
			hint.SetText(s.T("Monitoring.SuggestNone"))
			take.Hide()
			return
		}
		days := s.Env.Settings.ReviewDays(c.Intake.ExpectedIntensity)
		interval := s.Env.Loc.N("Monitoring.EveryDays", days)
		if days%7 == 0 {
			interval = s.Env.Loc.N("Monitoring.EveryWeeks", days/7)
		}
		if c.Intake.ExpectedIntensity == "" {
			hint.SetText(s.T("Monitoring.SuggestNoType", "Interval", interval, "Date", s.Env.Loc.Date(sug)))
		} else {
			hint.SetText(s.T("Monitoring.Suggest", "Type", string(c.Intake.ExpectedIntensity), "Interval", interval, "Date", s.Env.Loc.Date(sug)))
		}
		take.SetText(s.T("Monitoring.TakeSuggestion", "Date", s.Env.Loc.Date(sug)))
		take.OnTapped = func() {
			_ = s.Change(func(c *model.Case) error {
				c.NextReview = sug
				return nil
			})
		}
		if c.NextReview == sug || w.closed {
			take.Hide()
		} else {
			take.Show()
		}
	}
	refresh()
	w.s.OnRefresh(refresh)
	content := container.NewVBox(form, hint, container.NewHBox(take))
	if w.closed {
		date.Disable()
		return kit.Readable(widget.NewCard(s.T("Monitoring.NextReviewTitle"), "", content))
	}
	return widget.NewCard(s.T("Monitoring.NextReviewTitle"), "", content)
}

// reviewsCard lists the reviews, newest first and unfolded; the newest can
// be edited, the earlier ones are the record and stay as they were.
func (w *workspace) reviewsCard() fyne.CanvasObject {
	s, c := w.s, w.c
	box := container.NewVBox(kit.Explanation(s.T("Monitoring.ReviewsIntro")))
	if !w.closed {
		add := kit.NewButton(s.T("Monitoring.NewReview"), theme.ContentAddIcon(), w.newReview)
		add.Importance = widget.HighImportance
		box.Add(container.NewHBox(add))
	}
	if c.LatestFinalPlan() == nil {
		box.Add(kit.Explanation(s.T("Monitoring.NoFinalPlan")))
	}
	if len(c.Reviews) == 0 {
		box.Add(kit.Explanation(s.T("Monitoring.NoReviews")))
		return kit.Card(s.T("Monitoring.ReviewsTitle"), "", box)
	}
	type titled struct {
		item *widget.AccordionItem
		r    *model.Review
	}
	var items []titled
	var folds []*widget.AccordionItem
	for i := len(c.Reviews) - 1; i >= 0; i-- {
		r := &c.Reviews[i]
		newest := i == len(c.Reviews)-1
		editable := newest && !w.closed
		detail := w.review(r, editable)
		it := w.v.Item("review:"+r.ID, w.reviewTitle(r), detail, newest)
		folds = append(folds, it)
		items = append(items, titled{it, r})
	}
	stack, accs := kit.FoldStack(folds...)
	w.s.OnRefresh(func() {
		for i, t := range items {
			if title := w.reviewTitle(t.r); title != t.item.Title {
				t.item.Title = title
				accs[i].Refresh()
			}
		}
	})
	box.Add(stack)
	return kit.Card(s.T("Monitoring.ReviewsTitle"), "", box)
}

// reviewTitle is "Überprüfung vom 12.03.2026 · Fortsetzen wie geplant".
func (w *workspace) reviewTitle(r *model.Review) string {
	date := w.s.Env.Loc.Date(r.Date)
	if date == "" {
		date = w.s.T("Monitoring.NoDate")
	}
	decision := w.s.T("Monitoring.DecisionOpen")
	if r.Decision != "" {
		decision = w.s.Env.Loc.Enum("Decision", r.Decision)
	}
	return w.s.T("Monitoring.ReviewTitle", "Date", date, "Decision", decision)
}

// newReview adds a review dated today, prefilled with the latest level of
// every goal and the current status of every measure.
func (w *workspace) newReview() {
	s := w.s
	_ = s.Flush()
	_ = s.Change(func(c *model.Case) error {
		r := c.NewReview(s.Env.Today())
		c.Reviews = append(c.Reviews, r)
		w.v.Unfold("review:"+r.ID, true)
		return nil
	})
}

// layoutSpacer pushes what follows to the right end of a row.
func layoutSpacer() fyne.CanvasObject { return layout.NewSpacer() }
