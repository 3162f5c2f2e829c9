package model

import (
	"testing"
	"time"
)

func TestClosedOnIsTheLastClosing(t *testing.T) {
	at := func(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 15, 0, 0, 0, time.UTC) }
	c := &Case{Phase: PhaseClosed, Events: []Event{
		{At: at(2020, 1, 1), Kind: KindOpened, To: PhaseIntake},
		{At: at(2021, 2, 3), Kind: KindFinish, From: PhaseClosure, To: PhaseClosed},
		{At: at(2021, 5, 1), Kind: KindReopen, From: PhaseClosed, To: PhaseMonitoring},
		{At: at(2022, 7, 8), Kind: KindFinish, From: PhaseClosure, To: PhaseClosed},
	}}
	if got := c.ClosedOn(); got != NewDate(2022, 7, 8) {
		t.Errorf("ClosedOn %v, want the second closing 2022-07-08", got)
	}
	c.Phase = PhaseMonitoring
	if got := c.ClosedOn(); !got.IsZero() {
		t.Errorf("open case ClosedOn %v", got)
	}
	// Closed without the closing event: the closure date, else the last change.
	c = &Case{Phase: PhaseClosed, Updated: at(2023, 9, 9)}
	if got := c.ClosedOn(); got != NewDate(2023, 9, 9) {
		t.Errorf("without events ClosedOn %v, want the last change", got)
	}
	c.Closure.Date = NewDate(2023, 8, 1)
	if got := c.ClosedOn(); got != NewDate(2023, 8, 1) {
		t.Errorf("without events ClosedOn %v, want the closure date", got)
	}
}

func TestPastRetention(t *testing.T) {
	closed := NewDate(2022, 7, 8)
	s := Settings{} // default: 3 years
	for _, tc := range []struct {
		today Date
		years int
		want  bool
	}{
		{NewDate(2025, 7, 7), 0, false},
		{NewDate(2025, 7, 8), 0, true},
		{NewDate(2027, 7, 7), 5, false},
		{NewDate(2027, 7, 8), 5, true},
	} {
		s.RetentionYears = tc.years
		if got := PastRetention(closed, s, tc.today); got != tc.want {
			t.Errorf("%d years, today %v: %v, want %v", tc.years, tc.today, got, tc.want)
		}
	}
	if PastRetention(Date{}, s, NewDate(2099, 1, 1)) {
		t.Error("a case without closing day is past retention")
	}
}

func TestValidateRetentionYears(t *testing.T) {
	for n, ok := range map[int]bool{0: false, 1: true, 10: true, 30: true, 31: false, -3: false} {
		if err := ValidateRetentionYears(n); (err == nil) != ok {
			t.Errorf("%d years: %v", n, err)
		}
	}
}
