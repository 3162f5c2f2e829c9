package model_test

import (
	"testing"

	"teilhabelotse/model"
)

// Only what goes to the commissioning carrier — the closure documentation
// to the DRV, the feedback on a case not admitted to the commissioner —
// may record a transmission; the plan, which also leaves the office, is
// handed over with a consent, not "sent" in this sense.
func TestOnlyClosureAndFeedbackGoToTheCarrier(t *testing.T) {
	for _, k := range model.DocKinds {
		want := k == model.DocClosure || k == model.DocFeedback
		if got := k.SentToCarrier(); got != want {
			t.Errorf("%s.SentToCarrier() = %v, want %v", k, got, want)
		}
	}
}

// The day a document went to the carrier is neither after today nor
// before the closure; a refused day leaves the case as it was.
func TestTheDaySentIsRecordedOnlyWhenItCanBeTrue(t *testing.T) {
	c := documentedCase()
	closed, today := c.Closure.Date, c.Closure.Date.AddDays(10)
	for _, tc := range []struct {
		on   model.Date
		code string
	}{
		{today.AddDays(1), model.CodeSentFuture},
		{closed.AddDays(-1), model.CodeDateOrder},
	} {
		err := model.RecordSent(c, tc.on, today)
		if ps, _ := model.ProblemsOf(err); !ps.Has(tc.code, "closure.transmittedOn") {
			t.Errorf("sent on %v: %v, want %s", tc.on, err, tc.code)
		}
		if c.Closure.TransmittedOn.Valid() {
			t.Fatalf("a refused day %v was recorded", tc.on)
		}
	}
	for _, on := range []model.Date{closed, today} {
		if err := model.RecordSent(c, on, today); err != nil || c.Closure.TransmittedOn != on {
			t.Errorf("sent on %v: %v, recorded %v", on, err, c.Closure.TransmittedOn)
		}
	}
}
