package transition

import (
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// current is the session's bar built last: the main menu's "Nächster
// Schritt" items and their shortcuts start its moves.
type current struct{ b *bar }

// Label is the text of move m on the bar and in the menu.
func Label(s *kit.Session, m model.Move) string { return (&bar{s: s}).label(m) }

// Start begins move kind as the bar's button does and reports whether the
// session's bar offers it (the bar is built with the workspace of the
// case's current phase).
func Start(s *kit.Session, kind model.TransitionKind) bool {
	b := kit.State[current](s).b
	if b == nil || s.Env.ReadOnly {
		return false
	}
	for _, m := range model.MovesFrom(s.Case.Phase) {
		if m.Kind == kind {
			b.start(m)
			return true
		}
	}
	return false
}
