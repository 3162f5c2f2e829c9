package model

import "testing"

// The progress report exists between the intake and the closing, and the
// moves out of the loop and out of the case are the ones confirmed.
func TestUnderWayAndIrreversible(t *testing.T) {
	for _, tt := range []struct {
		phase Phase
		want  bool
	}{
		{PhaseIntake, false}, {PhaseAssessment, true}, {PhasePlanning, true},
		{PhaseMonitoring, true}, {PhaseClosure, true}, {PhaseClosed, false},
	} {
		if got := (&Case{Phase: tt.phase}).UnderWay(); got != tt.want {
			t.Errorf("UnderWay in %s = %v, want %v", tt.phase, got, tt.want)
		}
	}
	confirmed := map[TransitionKind]bool{KindCloseRegular: true, KindClosePremature: true, KindFinish: true}
	for _, k := range []TransitionKind{KindOpened, KindAdvance, KindNotAdmitted, KindReassess, KindBackToAssess,
		KindReplan, KindCloseRegular, KindClosePremature, KindFinish, KindReopen} {
		if got := k.Irreversible(); got != confirmed[k] {
			t.Errorf("%s.Irreversible() = %v, want %v", k, got, confirmed[k])
		}
	}
}
