package model

import (
	"context"
	"errors"
)

// ErrScrubPending is returned by Archive.EraseCase when the case is
// deleted but another program reading the database kept its old pages from
// being wiped from the write-ahead log; the next start wipes them.
var ErrScrubPending = errors.New("erased; the write-ahead log is emptied at the next start")

// ClosedOn is the day the case was last closed (the newest transition into
// "closed"), or the zero Date while it is open. Retention counts from it.
// A closed case without that event (from a case file written elsewhere)
// counts from its closure date, else from its last change, so that it
// still comes up for erasure.
func (c *Case) ClosedOn() Date {
	if c.Phase != PhaseClosed {
		return Date{}
	}
	for i := len(c.Events) - 1; i >= 0; i-- {
		if c.Events[i].To == PhaseClosed {
			return DateOf(c.Events[i].At)
		}
	}
	if c.Closure.Date.Valid() {
		return c.Closure.Date
	}
	if !c.Updated.IsZero() {
		return DateOf(c.Updated)
	}
	return Date{}
}

// RetentionEnds is the first day a case closed on closedOn may be erased:
// RetentionYears (default 3) whole years later.
func RetentionEnds(closedOn Date, s Settings) Date {
	if !closedOn.Valid() {
		return Date{}
	}
	return DateOf(closedOn.Time().AddDate(s.WithDefaults().RetentionYears, 0, 0))
}

// PastRetention reports whether a case closed on closedOn has been kept
// for the whole retention period by today.
func PastRetention(closedOn Date, s Settings, today Date) bool {
	end := RetentionEnds(closedOn, s)
	return end.Valid() && !today.Before(end)
}

// MaxRetentionYears bounds the setting; a typo of 300 would keep data
// forever.
const MaxRetentionYears = 30

// ValidateRetentionYears checks a retention period typed by the user.
func ValidateRetentionYears(n int) error {
	if n < 1 || n > MaxRetentionYears {
		return &Problem{Path: "retentionYears", Code: CodeRetentionRange,
			Args: map[string]any{"Max": MaxRetentionYears}}
	}
	return nil
}

// ClosedCase is a row of the list of closed cases the retention screen
// shows.
type ClosedCase struct {
	CaseSummary
	ClosedOn Date
}

// Archive is what the retention screen needs: the closed cases and their
// erasure.
type Archive interface {
	ClosedCases(ctx context.Context) ([]ClosedCase, error)
	// EraseCase deletes every row of the case and overwrites the freed
	// space, leaving only its audit entries (which hold no personal data).
	EraseCase(ctx context.Context, id int64) error
}
