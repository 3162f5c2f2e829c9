package model_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"teilhabelotse/model"
)

// day is a short way to write a calendar day in tests.
func day(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

// problemsOf flattens an error into its problems (a Problems list or a
// single *Problem); anything else fails the test.
func problemsOf(t *testing.T, err error) model.Problems {
	t.Helper()
	if err == nil {
		return nil
	}
	if ps, ok := model.ProblemsOf(err); ok {
		return ps
	}
	t.Fatalf("error %v (%T) is not a model problem", err, err)
	return nil
}

// hasProblem reports whether ps names code at path.
func hasProblem(ps model.Problems, path, code string) bool {
	for _, p := range ps {
		if p.Path == path && p.Code == code {
			return true
		}
	}
	return false
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want model.Date
	}{
		{"2026-03-15", day(2026, time.March, 15)},
		{"15.03.2026", day(2026, time.March, 15)},
		{"5.3.2026", day(2026, time.March, 5)},
		{"05.3.2026", day(2026, time.March, 5)},
		{"15.03.26", day(2026, time.March, 15)},
		{"  15.03.2026 ", day(2026, time.March, 15)},
		{"29.02.2024", day(2024, time.February, 29)}, // leap year
		{"31.12.1999", day(1999, time.December, 31)},
		// The English display form (locales.Localizer.Date) reads back.
		{"3 Dec 2026", day(2026, time.December, 3)},
		{"03 dec 2026", day(2026, time.December, 3)},
		{"15 March 2026", day(2026, time.March, 15)},
		{"", model.Date{}},
		{"   ", model.Date{}},
	}
	for _, tt := range tests {
		got, err := model.ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): unexpected error %v", tt.in, err)
			continue
		}
		if got != tt.want {
			t.Errorf("ParseDate(%q) = %+v, want %+v", tt.in, got, tt.want)
		}
	}
}

func TestParseDateRejects(t *testing.T) {
	for _, in := range []string{
		"31.02.2026", // no 31st of February: must not slide into March
		"30.02.2026",
		"29.02.2025", // not a leap year
		"2026-02-30",
		"32.01.2026",
		"15.13.2026",
		"00.01.2026",
		"morgen",
		"2026/03/15",
		"03/12/2026", // Britain and the United States read it differently
		"31 Feb 2026",
		"15.03.2026x",
		"15-03-2026",
	} {
		got, err := model.ParseDate(in)
		if err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
			continue
		}
		var p *model.Problem
		if !errors.As(err, &p) {
			t.Errorf("ParseDate(%q): error %T is not a *model.Problem", in, err)
			continue
		}
		if p.Code != model.CodeNotADate {
			t.Errorf("ParseDate(%q): code %q, want %q", in, p.Code, model.CodeNotADate)
		}
		if p.Value != in {
			t.Errorf("ParseDate(%q): problem value %q, want the input as typed", in, p.Value)
		}
		if got.Valid() {
			t.Errorf("ParseDate(%q) returned a valid date %v with its error", in, got)
		}
	}
}

func TestDateFormats(t *testing.T) {
	tests := []struct {
		d             model.Date
		iso, german   string
		valid, isZero bool
	}{
		{day(2026, time.March, 5), "2026-03-05", "05.03.2026", true, false},
		{model.Date{}, "", "", false, true},
		{model.Date{Raw: "31.02.2026"}, "31.02.2026", "31.02.2026", false, false},
	}
	for _, tt := range tests {
		if got := tt.d.ISO(); got != tt.iso {
			t.Errorf("%+v.ISO() = %q, want %q", tt.d, got, tt.iso)
		}
		if got := tt.d.German(); got != tt.german {
			t.Errorf("%+v.German() = %q, want %q", tt.d, got, tt.german)
		}
		if got := tt.d.Valid(); got != tt.valid {
			t.Errorf("%+v.Valid() = %v, want %v", tt.d, got, tt.valid)
		}
		if got := tt.d.IsZero(); got != tt.isZero {
			t.Errorf("%+v.IsZero() = %v, want %v", tt.d, got, tt.isZero)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	tests := []struct {
		from model.Date
		n    int
		want model.Date
	}{
		{day(2026, time.January, 20), 14, day(2026, time.February, 3)},
		{day(2026, time.December, 25), 14, day(2027, time.January, 8)},
		{day(2024, time.February, 28), 1, day(2024, time.February, 29)},
		{day(2025, time.February, 28), 1, day(2025, time.March, 1)},
		{day(2026, time.March, 20), 14, day(2026, time.April, 3)}, // across the DST change
		{day(2026, time.March, 1), -1, day(2026, time.February, 28)},
	}
	for _, tt := range tests {
		got := tt.from.AddDays(tt.n)
		if got != tt.want {
			t.Errorf("%v.AddDays(%d) = %v, want %v", tt.from, tt.n, got, tt.want)
		}
		if n := tt.from.DaysUntil(got); n != tt.n {
			t.Errorf("%v.DaysUntil(%v) = %d, want %d", tt.from, got, n, tt.n)
		}
	}
	a, b := day(2026, time.March, 1), day(2026, time.March, 2)
	if !a.Before(b) || a.After(b) || !b.After(a) || b.Before(a) || a.Before(a) || a.After(a) {
		t.Errorf("Before/After disagree for %v and %v", a, b)
	}
	if got := model.DateOf(time.Date(2026, time.March, 5, 23, 30, 0, 0, time.FixedZone("CET", 3600))); got != day(2026, time.March, 5) {
		t.Errorf("DateOf late evening = %v, want the local day 2026-03-05", got)
	}
}

type dated struct {
	A model.Date `json:"a"`
	B model.Date `json:"b"`
}

func TestDateJSONRoundTrip(t *testing.T) {
	in := dated{A: day(2026, time.March, 5)}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	if want := `{"a":"2026-03-05","b":""}`; string(b) != want {
		t.Fatalf("json = %s, want %s", b, want)
	}
	var out dated
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out != in {
		t.Errorf("round trip = %+v, want %+v", out, in)
	}
	var null dated
	if err := json.Unmarshal([]byte(`{"a":null,"b":""}`), &null); err != nil || !null.A.IsZero() || !null.B.IsZero() {
		t.Errorf("null and \"\" must read as empty dates, got %+v, %v", null, err)
	}
}

func TestDateJSONBadKeptInRaw(t *testing.T) {
	tests := []struct {
		json string
		raw  string
	}{
		{`"31.02.2026"`, "31.02.2026"},
		{`"2026-02-30"`, "2026-02-30"},
		{`"15.03.2026"`, "15.03.2026"}, // case files carry ISO dates only
		{`"2026-3-5"`, "2026-3-5"},
		{`"gestern"`, "gestern"},
		{`20260305`, "20260305"},
		{`true`, "true"},
	}
	for _, tt := range tests {
		var v dated
		if err := json.Unmarshal([]byte(`{"a":`+tt.json+`}`), &v); err != nil {
			t.Errorf("%s: Unmarshal failed (%v); a bad date must be kept, not fail the file", tt.json, err)
			continue
		}
		if v.A.Raw != tt.raw {
			t.Errorf("%s: Raw = %q, want %q", tt.json, v.A.Raw, tt.raw)
		}
		if v.A.Valid() || v.A.IsZero() {
			t.Errorf("%s: a bad date must be neither valid nor empty: %+v", tt.json, v.A)
		}
		// Writing the file again keeps what the user had, for correction.
		b, err := json.Marshal(v.A)
		if err != nil {
			t.Fatal(err)
		}
		var s string
		if err := json.Unmarshal(b, &s); err != nil || s != tt.raw {
			t.Errorf("%s: re-marshalled as %s, want the raw text %q", tt.json, b, tt.raw)
		}
	}
}
