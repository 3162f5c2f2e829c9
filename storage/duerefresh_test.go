package storage

import (
	"context"
	"testing"
	"time"

	"teilhabelotse/model"
)

// A closed case stored before the reminder existed (no due date, nothing
// sent) gets its reminder date at the next start; one whose documentation
// was sent keeps none.
func TestClosedCasesGetTheirSendReminderAtOpen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	d := openIn(t, dir)
	closedAt := time.Date(2025, 3, 1, 10, 0, 0, 0, time.UTC)
	mk := func(name string, sent model.Date) *model.Case {
		c := model.NewCase(model.Client{LastName: name}, closedAt.AddDate(0, -3, 0))
		c.Phase, c.NotAdmitted = model.PhaseClosed, "kein Bedarf"
		c.Events = append(c.Events, model.Event{At: closedAt, Kind: model.KindNotAdmitted, From: model.PhaseIntake, To: model.PhaseClosed, Reason: "kein Bedarf"})
		c.Closure.TransmittedOn = sent
		if err := d.CreateCase(ctx, c); err != nil {
			t.Fatal(err)
		}
		return c
	}
	unsent, sent := mk("Offen", model.Date{}), mk("Versandt", model.NewDate(2025, 3, 2))
	// As an older version stored them: no due date at all.
	if _, err := d.db.ExecContext(ctx, `UPDATE cases SET next_due = ''`); err != nil {
		t.Fatal(err)
	}
	d = reopen(t, d, dir)
	sums, err := d.ListCases(ctx)
	if err != nil {
		t.Fatal(err)
	}
	got := map[int64]model.Date{}
	for _, s := range sums {
		got[s.ID] = s.NextDue
	}
	if want := model.NewDate(2025, 3, 15); got[unsent.ID] != want {
		t.Errorf("unsent closed case: next due %v, want %v", got[unsent.ID], want)
	}
	if got[sent.ID].Valid() {
		t.Errorf("sent closed case: next due %v", got[sent.ID])
	}
}
