package app

import (
	"testing"
	"time"

	"teilhabelotse/locales"
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

// An expiring consent is named by its partner and the day it runs out; one
// that has run out says so and what to do.
func TestDueItemText(t *testing.T) {
	loc := locales.New("de")
	partners := map[string]model.Partner{"p1": {UID: "p1", Name: "Kanzlei Muster"}}
	end := model.DateOf(time.Date(2026, 12, 1, 12, 0, 0, 0, time.Local))
	it := DueItem{Deadline: model.Deadline{Kind: model.DueConsentExpiry, Label: "p1"}, Expires: end}
	if got, want := it.Text(loc, partners), "Einwilligung zur Weitergabe läuft ab: Kanzlei Muster (gültig bis 01.12.2026)"; got != want {
		t.Errorf("expiring: %q, want %q", got, want)
	}
	it.Expired = true
	if got, want := it.Text(loc, partners), "Einwilligung zur Weitergabe abgelaufen: Kanzlei Muster (am 01.12.2026; für weitere Weitergaben neu einholen)"; got != want {
		t.Errorf("expired: %q, want %q", got, want)
	}
	meeting := DueItem{Deadline: model.Deadline{Kind: model.DueFirstMeeting}}
	if got := meeting.Text(loc, partners); got != "Erstgespräch" {
		t.Errorf("first meeting: %q", got)
	}
}
