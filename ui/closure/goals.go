package closure

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

// goals is the Grad der Zielerreichung: one row per operational goal of
// the newest plan with its baseline, its level at the latest review and
// the final GAS level, and the T-score of the final levels, recomputed on
// every change.
type goals struct {
	s      *kit.Session
	onEdit func()

	tscore *score
	rated  *widget.Label
	adopt  *kit.Button
	levels map[string]*kit.KeyRadio // final level per goal ID
}

func newGoals(s *kit.Session, onEdit func()) *goals {
	return &goals{s: s, onEdit: onEdit, levels: map[string]*kit.KeyRadio{}}
}

func (g *goals) build() fyne.CanvasObject {
	s := g.s
	g.tscore = newScore()
	g.rated = &widget.Label{Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Bold: true}}
	help := &widget.Label{Text: s.T("Closure.TScoreHelp"), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}
	score := kit.Border(nil, nil, g.tscore, nil, container.NewVBox(g.rated, help))
	box := container.NewVBox(score, widget.NewSeparator())

	var refs []model.GoalRef
	if p := s.Case.CurrentPlan(); p != nil {
		refs = p.OperationalGoals()
	}
	if len(refs) == 0 {
		box.Add(kit.Wrapped(s.T("Closure.NoGoals")))
		g.update()
		return box
	}
	g.adopt = kit.NewButton(s.T("Closure.Adopt"), theme.ContentCopyIcon(), g.onAdopt)
	box.Add(container.NewHBox(g.adopt))
	var last *model.StrategicGoal
	for _, r := range refs {
		if r.Strategic != last {
			last = r.Strategic
			box.Add(widget.NewSeparator())
			box.Add(g.strategic(r.Strategic))
		}
		box.Add(g.goalRow(r.Goal))
	}
	g.update()
	return box
}

// strategic is the heading of a Teilhabeziel: its area and text.
func (g *goals) strategic(sg *model.StrategicGoal) fyne.CanvasObject {
	area := &widget.Label{Text: g.s.Env.Loc.Enum("Area", sg.Area), SizeName: theme.SizeNameCaptionText, Importance: widget.HighImportance}
	if sg.Area == "" {
		area.Hide()
	}
	return container.NewVBox(area, heading(strings.TrimSpace(sg.Text)))
}

// goalRow shows one Handlungsziel: where it started, where the last review
// saw it, and the final level with the description of that level.
func (g *goals) goalRow(og *model.OperationalGoal) fyne.CanvasObject {
	s, id := g.s, og.ID
	var facts []string
	facts = append(facts, s.T("Closure.Baseline", "Level", levelOrNone(s, og.Baseline)))
	if l, ok := s.Case.LatestLevel(id); ok {
		facts = append(facts, s.T("Closure.LatestReview", "Level", model.LevelText(l)))
	} else {
		facts = append(facts, s.T("Closure.LatestReview", "Level", s.T("Closure.NotRecorded")))
	}
	if og.TargetDate.Valid() {
		facts = append(facts, s.T("Closure.TargetDate", "Date", s.Env.Loc.Date(og.TargetDate)))
	}
	meta := &widget.Label{Text: strings.Join(facts, " · "), Wrapping: fyne.TextWrapWord, SizeName: theme.SizeNameCaptionText}

	desc := kit.Wrapped("")
	desc.TextStyle.Italic = true
	describe := func(l *int) {
		desc.Show()
		switch {
		case l == nil:
			desc.SetText("")
			desc.Hide()
		case strings.TrimSpace(og.GAS[*l+2]) == "":
			desc.SetText(s.T("Closure.NoDescription"))
		default:
			desc.SetText(og.GAS[*l+2])
		}
	}

	// The final levels are a list in the case; the adapter of model gives
	// the select one optional level to bind to.
	cur := s.Case.Closure.FinalLevel(id)
	sel := s.Level(&cur)
	kit.Then(&sel.OnChanged, func(v string) {
		s.Case.Closure.SetFinalLevel(id, cur)
		describe(cur)
		g.update()
		g.onEdit()
	})
	g.levels[id] = sel
	describe(cur)

	label := &widget.Label{Text: s.T("Closure.FinalLevel"), TextStyle: fyne.TextStyle{Bold: true}}
	text := &widget.Label{Text: strings.TrimSpace(og.Text), Wrapping: fyne.TextWrapWord}
	about := container.New(layout.NewCustomPaddedVBoxLayout(0), text, meta)
	// The row of levels is wider than a drop-down: it stands under the
	// goal's text and under its own label, so the page keeps the width of
	// a small screen beside the case list.
	return container.NewVBox(about, label, container.NewHBox(sel), desc)
}

func levelOrNone(s *kit.Session, l *int) string {
	if l == nil || !model.ValidLevel(*l) {
		return s.T("Closure.NotRecorded")
	}
	return model.LevelText(*l)
}

// update shows the T-score of the final levels as they are now, how many
// goals are rated, and offers to adopt the review levels while that would
// fill a gap.
func (g *goals) update() {
	s, c := g.s, g.s.Case
	if t, ok := c.ClosureTScore(); ok {
		g.tscore.SetText(s.T("Closure.TScore", "Value", decimal(s, t)))
	} else {
		g.tscore.SetText(s.T("Closure.TScoreNone"))
	}
	total, rated, adoptable := 0, 0, false
	if p := c.CurrentPlan(); p != nil {
		for _, r := range p.OperationalGoals() {
			total++
			if c.Closure.FinalLevel(r.Goal.ID) != nil {
				rated++
			} else if _, ok := c.LatestLevel(r.Goal.ID); ok {
				adoptable = true
			}
		}
	}
	g.rated.SetText(s.Env.Loc.N("Closure.Rated", total, "Rated", rated))
	if g.adopt != nil {
		if adoptable {
			g.adopt.Enable()
		} else {
			g.adopt.Disable()
		}
	}
}

// onAdopt fills the unrated goals with the levels of the latest review,
// shows them in the selects and saves.
func (g *goals) onAdopt() {
	c := g.s.Case
	if c.AdoptReviewLevels() == 0 {
		return
	}
	for id, sel := range g.levels {
		if l := c.Closure.FinalLevel(id); l != nil && sel.SelectedIndex() != *l+3 {
			sel.SetSelectedIndex(*l + 3) // runs the binding: description, T-score, checklist
		}
	}
	g.s.Edited()
	_ = g.s.Flush()
}

// decimal formats a number with one decimal in the user's language
// ("61,4" in German).
func decimal(s *kit.Session, v float64) string {
	return s.Env.Loc.Number(v, 1)
}
