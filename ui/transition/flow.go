package transition

import (
	"teilhabelotse/model"
)

// start runs the gates of a move in the order that wastes no effort: what
// blocks the move whatever the reason and the day is said first; then one
// dialog asks for the rest — the day it happened, the reason where one is
// required, the acknowledgement of missing documentation, and for a weighty
// move what will happen.
func (b *bar) start(m model.Move) {
	if b.s.Env.Win == nil || b.open != nil {
		return
	}
	g := model.CheckTransition(b.s.Case, m.Kind, "", b.s.Env.Today())
	if ps := withoutReason(g.Blocking); len(ps) > 0 {
		b.showBlocked(m, ps)
		return
	}
	b.askStep(m, "", b.s.Case.Closure.Reason)
}

// apply makes the move on day, saves the case at once and tells the host.
func (b *bar) apply(m model.Move, reason string, ending model.EndingReason, ack bool, day model.Date) {
	moved := false
	_ = b.s.Change(func(c *model.Case) error {
		if _, err := model.TransitionOn(c, m.Kind, reason, ack, day, b.s.Env.Now()); err != nil {
			return err
		}
		moved = true
		if ending != "" {
			c.Closure.Reason = ending
		}
		return nil
	})
	// A failed save keeps the move in the case in memory (the session
	// retries and says so); the bar and the host follow the case.
	if !moved {
		return
	}
	b.refresh()
	if b.onMoved != nil {
		b.onMoved()
	}
}

// withoutReason drops the missing-reason problem: the reason is asked for
// after the gates that no reason can open.
func withoutReason(ps model.Problems) model.Problems {
	var out model.Problems
	for _, p := range ps {
		if p.Code != model.CodeGateNeedReason {
			out = append(out, p)
		}
	}
	return out
}
