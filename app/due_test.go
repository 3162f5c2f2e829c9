package app

import (
	"testing"

	"teilhabelotse/model"
)

// Each deadline opens the workspace where it is dealt with.
func TestHandledIn(t *testing.T) {
	for _, tt := range []struct {
		kind model.DeadlineKind
		cur  model.Phase
		want model.Phase
	}{
		{model.DueFirstMeeting, model.PhaseIntake, model.PhaseIntake},
		{model.DueReview, model.PhaseMonitoring, model.PhaseMonitoring},
		{model.DueGoal, model.PhasePlanning, model.PhaseMonitoring},
		{model.DueMeasure, model.PhaseMonitoring, model.PhaseMonitoring},
		{model.DueTask, model.PhasePlanning, model.PhaseAssessment},
		{model.DueConsentExpiry, model.PhasePlanning, model.PhasePlanning},
	} {
		if got := HandledIn(tt.kind, tt.cur); got != tt.want {
			t.Errorf("HandledIn(%s, %s) = %s, want %s", tt.kind, tt.cur, got, tt.want)
		}
	}
}
