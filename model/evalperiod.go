package model

import (
	"strings"
	"time"
)

// Period is the span an evaluation looks at: from From to To, both days
// included.
type Period struct {
	From, To Date
}

// Valid reports a period with both ends set and From not after To.
func (p Period) Valid() bool {
	return p.From.Valid() && p.To.Valid() && !p.From.After(p.To)
}

// Has reports whether day d lies in the period.
func (p Period) Has(d Day) bool { return d.Set() && d >= p.From.Day() && d <= p.To.Day() }

// YearPeriod is the calendar year y.
func YearPeriod(y int) Period {
	return Period{From: NewDate(y, time.January, 1), To: NewDate(y, time.December, 31)}
}

// QuarterPeriod is quarter q (1–4) of year y.
func QuarterPeriod(y, q int) Period {
	from := NewDate(y, time.Month(3*(q-1)+1), 1)
	return Period{From: from, To: DateOf(from.Time().AddDate(0, 3, -1))}
}

// QuarterOf is the quarter (1–4) that d lies in.
func QuarterOf(d Date) int { return (int(d.M)-1)/3 + 1 }

// ValidatePeriod checks a period typed by the user: both dates readable
// and in order.
func ValidatePeriod(from, to string) (Period, error) {
	f, err := ParseDate(from)
	if err != nil {
		return Period{}, &Problem{Path: "from", Code: CodeNotADate, Value: from}
	}
	t, err := ParseDate(to)
	if err != nil {
		return Period{}, &Problem{Path: "to", Code: CodeNotADate, Value: to}
	}
	p := Period{From: f, To: t}
	if !f.Valid() || !t.Valid() {
		return p, &Problem{Path: "period", Code: CodePeriodMissing}
	}
	if f.After(t) {
		return p, &Problem{Path: "to", Code: CodePeriodOrder}
	}
	return p, nil
}

// Filter narrows an evaluation to the cases of one commissioning carrier
// and/or one expected intensity type; empty fields do not filter.
type Filter struct {
	Carrier   string
	Intensity Intensity
}

// keeps reports whether f lets the case through; defaultCarrier stands in
// for a case without its own carrier.
func (flt Filter) keeps(f *CaseFacts, defaultCarrier string) bool {
	if flt.Intensity != "" && f.Expected != flt.Intensity {
		return false
	}
	if c := strings.TrimSpace(flt.Carrier); c != "" {
		have := f.Carrier
		if have == "" {
			have = defaultCarrier
		}
		if !strings.EqualFold(strings.TrimSpace(have), c) {
			return false
		}
	}
	return true
}

// Problem codes of a period typed by the user (messages in
// locales/report.*.json).
const (
	CodePeriodMissing = "ErrPeriodMissing" // from or to not given
	CodePeriodOrder   = "ErrPeriodOrder"   // to before from
)
