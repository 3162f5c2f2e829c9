// Package transition is the bar of next steps in the control loop: one
// button for every move model.MovesFrom allows from the case's phase. A
// step goes through the gates of model.CheckTransition — a hard gate is
// explained and stops, a required reason is asked for, missing
// documentation is listed and must be acknowledged — and is then made by
// model.Transition, which puts it on the case's timeline.
package transition

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// bar is the transition bar of one session.
type bar struct {
	s       *kit.Session
	onMoved func()

	box     *fyne.Container
	buttons map[model.TransitionKind]*kit.Button

	open *stepDialog // the dialog on screen, nil when none
	// compact: for a low window (kit.Session.OnCompact), the regular next
	// step and a menu of the others.
	compact bool
	// extra are the host's buttons shown in the bar's row when compact.
	extra []fyne.CanvasObject
}

// New returns the transition bar for the session's case. onMoved runs
// after each move, so the host can refresh the timeline and the workspace;
// the bar shows the moves from the new phase by itself.
func New(s *kit.Session, onMoved func(), extra ...fyne.CanvasObject) fyne.CanvasObject {
	b := newBar(s, onMoved)
	b.extra = extra
	b.refresh()
	return b.box
}

func newBar(s *kit.Session, onMoved func()) *bar {
	b := &bar{s: s, onMoved: onMoved, box: kit.WrapRow()}
	kit.State[current](s).b = b
	s.OnCompact(func(compact bool) {
		b.compact = compact
		b.refresh()
	})
	return b
}

// refresh shows the moves from the case's current phase.
func (b *bar) refresh() {
	b.buttons = map[model.TransitionKind]*kit.Button{}
	objs := []fyne.CanvasObject{&widget.Label{Text: b.s.T("Transition.Lead"), TextStyle: fyne.TextStyle{Bold: true}}}
	for _, m := range model.MovesFrom(b.s.Case.Phase) {
		btn := kit.NewButton(b.label(m), icon(m), func() { b.start(m) })
		btn.Importance = importance(m)
		b.buttons[m.Kind] = btn
		objs = append(objs, btn)
	}
	if b.compact {
		objs = append(b.compactButtons(), b.extra...)
	}
	b.box.Objects = objs
	b.box.Refresh()
}

// compactButtons are the compact bar: the regular next step as a button
// of its own, which names where it leads (one click less than through a
// menu, five times in a case), and a menu of the other moves. Where no
// move is the regular one, the menu lists them all.
func (b *bar) compactButtons() []fyne.CanvasObject {
	moves := model.MovesFrom(b.s.Case.Phase)
	regular, ok := model.RegularMove(b.s.Case.Phase)
	if !ok {
		all := b.menuButton("Transition.Compact", moves)
		all.Importance = widget.HighImportance // the only way on
		return []fyne.CanvasObject{all}
	}
	next := b.buttons[regular.Kind]
	next.Importance = widget.HighImportance // the way on stands out beside the menu
	out := []fyne.CanvasObject{next}
	var others []model.Move
	for _, m := range moves {
		if m.Kind != regular.Kind {
			others = append(others, m)
		}
	}
	if len(others) > 0 {
		out = append(out, b.menuButton("Transition.Others", others))
	}
	return out
}

// menuButton is a button named by key that lists moves in a menu, each
// with its label from the full bar.
func (b *bar) menuButton(key string, moves []model.Move) *kit.Button {
	var items []*fyne.MenuItem
	for _, m := range moves {
		items = append(items, fyne.NewMenuItem(b.label(m), func() { b.start(m) }))
	}
	return kit.MenuButton(b.s.T(key), items...)
}

// label is the button text of a move; moving forward names the phase it
// leads to.
func (b *bar) label(m model.Move) string {
	if m.Kind == model.KindAdvance {
		return b.s.T("Transition.Move.advance." + string(m.To))
	}
	return b.s.T("Transition.Move." + string(m.Kind))
}

// importance makes the usual way forward stand out; the other moves are
// plain buttons (a low-importance button would read as text, not as a
// step one can take).
func importance(m model.Move) widget.Importance {
	switch m.Kind {
	case model.KindAdvance, model.KindFinish:
		return widget.HighImportance
	}
	return widget.MediumImportance
}

func icon(m model.Move) fyne.Resource {
	switch m.Kind {
	case model.KindAdvance:
		return theme.NavigateNextIcon()
	case model.KindReassess, model.KindBackToAssess, model.KindReplan, model.KindReopen:
		return theme.ViewRefreshIcon() // a loop of the Regelkreis
	case model.KindCloseRegular, model.KindFinish:
		return theme.ConfirmIcon()
	}
	return nil
}
