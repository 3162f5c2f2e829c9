package transition

import (
	"teilhabelotse/model"
)

// start runs the gates of a move in the order that wastes no effort: what
// blocks the move whatever the reason is said first, then the reason is
// asked for, then the missing documentation is acknowledged.
func (b *bar) start(m model.Move) {
	if b.s.Env.Win == nil || b.open != nil {
		return
	}
	g := model.CheckTransition(b.s.Case, m.Kind, "", b.s.Env.Today())
	if ps := withoutReason(g.Blocking); len(ps) > 0 {
		b.showBlocked(m, ps)
		return
	}
	if m.NeedsReason {
		b.askReason(m, func(reason string, ending model.EndingReason) { b.gate(m, reason, ending) })
		return
	}
	b.gate(m, "", "")
}

// gate checks the move with its reason and asks for the acknowledgement
// of missing documentation when there is any.
func (b *bar) gate(m model.Move, reason string, ending model.EndingReason) {
	g := model.CheckTransition(b.s.Case, m.Kind, reason, b.s.Env.Today())
	if len(g.Blocking) > 0 {
		b.showBlocked(m, g.Blocking)
		return
	}
	if len(g.Missing) > 0 {
		b.askAck(m, g.Missing, func() { b.apply(m, reason, ending, true) })
		return
	}
	if weighty(m.Kind) {
		b.askConfirm(m, func() { b.apply(m, reason, ending, false) })
		return
	}
	b.apply(m, reason, ending, false)
}

// weighty moves cannot simply be taken back: from "Abschluss und
// Evaluation" there is no way back into the loop but closing and reopening
// the case, and closing makes the closure record read-only. They are asked
// for with what will happen, so one click on a wrong button changes nothing.
func weighty(k model.TransitionKind) bool {
	return k == model.KindCloseRegular || k == model.KindFinish
}

// apply makes the move, saves the case at once and tells the host.
func (b *bar) apply(m model.Move, reason string, ending model.EndingReason, ack bool) {
	moved := false
	_ = b.s.Change(func(c *model.Case) error {
		if _, err := model.Transition(c, m.Kind, reason, ack, b.s.Env.Now()); err != nil {
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
