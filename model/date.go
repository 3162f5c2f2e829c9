package model

import (
	"bytes"
	"encoding/json"
	"strings"
	"time"
)

// Date is a calendar day without time of day or zone: deadlines and meeting
// dates are days in the counselor's life, and a zone would shift them across
// midnight when a case file travels between machines.
//
// A Date that was read from text that is not a date keeps that text in Raw so
// that validation can report it with its path instead of failing silently.
type Date struct {
	Y   int
	M   time.Month
	D   int
	Raw string // non-empty only for unparseable input
}

// ISOLayout is the storage and case-file format of a Date.
const ISOLayout = "2006-01-02"

// GermanLayout is the format counselors type and read.
const GermanLayout = "02.01.2006"

// DateOf returns the calendar day of t in t's location. A day outside the
// years 1–9999, which is all a Date's ISO text can hold, becomes the first
// or last day of that span: a deadline computed from an absurd date (14
// days after 31.12.9999, which some people type for "no end") would
// otherwise be written as "10000-01-14", a text nothing can read back — in
// the database's list column it broke the whole case list.
func DateOf(t time.Time) Date {
	switch y := t.Year(); {
	case y < 1:
		return Date{Y: 1, M: time.January, D: 1}
	case y > 9999:
		return Date{Y: 9999, M: time.December, D: 31}
	}
	y, m, d := t.Date()
	return Date{Y: y, M: m, D: d}
}

// NewDate builds a Date; out-of-range values normalise like time.Date.
func NewDate(y int, m time.Month, d int) Date {
	return DateOf(time.Date(y, m, d, 0, 0, 0, 0, time.UTC))
}

// IsZero reports an empty date (nothing entered).
func (d Date) IsZero() bool { return d.Y == 0 && d.Raw == "" }

// Valid reports a set, real date.
func (d Date) Valid() bool { return d.Y != 0 && d.Raw == "" }

// Time is midnight UTC of the day.
func (d Date) Time() time.Time { return time.Date(d.Y, d.M, d.D, 0, 0, 0, 0, time.UTC) }

// AddDays returns the day n days later.
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// Before reports whether d is an earlier day than o.
func (d Date) Before(o Date) bool { return d.Time().Before(o.Time()) }

// After reports whether d is a later day than o.
func (d Date) After(o Date) bool { return d.Time().After(o.Time()) }

// DaysUntil is the number of days from d to o (negative when o is earlier).
func (d Date) DaysUntil(o Date) int { return int(o.Time().Sub(d.Time()).Hours() / 24) }

// ISO formats as YYYY-MM-DD, or "" when empty.
func (d Date) ISO() string { return d.format(ISOLayout) }

// German formats as DD.MM.YYYY, or "" when empty.
func (d Date) German() string { return d.format(GermanLayout) }

// format is d in layout; a text that was no date (Raw) stays as it was.
func (d Date) format(layout string) string {
	if d.Raw != "" {
		return d.Raw
	}
	if d.Y == 0 {
		return ""
	}
	return d.Time().Format(layout)
}

func (d Date) String() string { return d.ISO() }

// ParseDate accepts YYYY-MM-DD, the German D.M.YYYY forms and the English
// form the window shows dates in (3 Dec 2026, 3 December 2026) — one
// parser for every language, so a date copied from an English screen or
// document can be typed back; an empty string is the zero Date. Impossible days such as 31.02. are errors, not
// silently moved to March, and so is the year 0, which the calendar does
// not have (and a Date of year 0 would read as empty).
func ParseDate(s string) (Date, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return Date{}, nil
	}
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err == nil && t.Year() >= 1 {
			return DateOf(t), nil
		}
	}
	return Date{}, &Problem{Code: CodeNotADate, Value: s}
}

// dateLayouts are the forms ParseDate reads. Month names are matched
// without regard to case. Slashed forms are left out: 03/12/2026 is the
// 3rd of December in Britain and the 12th of March in the United States.
var dateLayouts = []string{ISOLayout, GermanLayout, "2.1.2006", "02.01.06", "2.1.06", "2 Jan 2006", "2 January 2006"}

// MarshalJSON writes "YYYY-MM-DD", or "" for the empty date.
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.ISO()) }

// UnmarshalJSON never fails on a bad string: it keeps the text in Raw so
// that Validate can report every bad date of a file at once.
func (d *Date) UnmarshalJSON(b []byte) error {
	if bytes.Equal(b, []byte("null")) {
		*d = Date{}
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		*d = Date{Raw: string(b)}
		return nil
	}
	p, err := ParseDate(s)
	if err != nil || (s != "" && p.ISO() != s) {
		// Case files carry ISO dates only; anything else is reported.
		*d = Date{Raw: s}
		if s == "" {
			*d = Date{}
		}
		return nil
	}
	*d = p
	return nil
}
