package model_test

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"teilhabelotse/model"
)

// Fuzz targets for the two kinds of input a counselor types most, the
// Rentenversicherungsnummer and dates. `go test` runs the seeds below and
// those in testdata/fuzz/<Target>/ as regression tests; to search for new
// inputs run, one target at a time:
//
//	go test -tags migrated_fynedo -run XXX -fuzz FuzzParseDate -fuzztime 60s ./model/

// FuzzValidateRVNR: whatever is typed, validation does not panic; an
// accepted number normalises to the twelve characters BBTTMMJJASSP, which
// validate again in every way people write them; a refused one is a
// *model.Problem with the input as typed, so the form can show it.
func FuzzValidateRVNR(f *testing.F) {
	for _, s := range []string{
		"10010490A443",                   // the Fachkonzept's example
		"10 010490 A 443",                // as printed on the card
		"10010490a443",                   // lower-case letter
		" 10 010490 A 443\t",             // pasted with blanks
		"10010490A444",                   // wrong check digit
		"10310490A443",                   // day raised by 30 (number issued twice)
		"10012490A443",                   // month raised by 20
		"10000090A443",                   // day 0
		"10010490Ä443",                   // umlaut for the letter
		"1001049OA443",                   // letter O for the digit 0
		"10010490A44",                    // too short
		"10010490A4431",                  // too long
		"",                               // nothing typed
		"10\u00a0010490\u00a0A\u00a0443", // no-break spaces from a word processor
		"10\u200b010490A443",             // a zero-width space from a web page
		"10010490\u0131443",              // dotless ı, upper-cases to I
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := model.NormalizeRVNR(s)
		if model.NormalizeRVNR(n) != n {
			t.Errorf("NormalizeRVNR(%q) = %q is not normalised", s, n)
		}
		err := model.ValidateRVNR(s)
		if err != nil {
			var p *model.Problem
			if !errors.As(err, &p) || p.Code == "" {
				t.Fatalf("ValidateRVNR(%q) = %v (%T), want a *model.Problem with a code", s, err, err)
			}
			if p.Code != model.CodeRVNRFormat && p.Code != model.CodeRVNRCheckDigit {
				t.Errorf("ValidateRVNR(%q): code %s", s, p.Code)
			}
			if p.Value != s {
				t.Errorf("ValidateRVNR(%q): value %q, want the input", s, p.Value)
			}
			return
		}
		if len(n) != 12 {
			t.Fatalf("ValidateRVNR accepts %q, normalised %q has %d bytes", s, n, len(n))
		}
		for i := 0; i < 12; i++ {
			c := n[i]
			if i == 8 && (c < 'A' || c > 'Z') || i != 8 && (c < '0' || c > '9') {
				t.Fatalf("ValidateRVNR accepts %q: normalised %q has %q at %d", s, n, c, i)
			}
		}
		for _, again := range []string{n, strings.ToLower(n), n[0:2] + " " + n[2:8] + " " + n[8:9] + " " + n[9:12]} {
			if err := model.ValidateRVNR(again); err != nil {
				t.Errorf("ValidateRVNR accepts %q but not %q: %v", s, again, err)
			}
		}
		// The check digit is the only one that fits.
		for d := byte('0'); d <= '9'; d++ {
			if d == n[11] {
				continue
			}
			var p *model.Problem
			if err := model.ValidateRVNR(n[:11] + string(d)); !errors.As(err, &p) || p.Code != model.CodeRVNRCheckDigit {
				t.Errorf("check digit %c after %s: %v", d, n[:11], err)
			}
		}
	})
}

// FuzzParseDate: whatever is typed, parsing does not panic. An accepted
// date is a real calendar day that reads back from its German and its ISO
// text, survives a case file, and stays so when deadlines are computed
// from it; a refused one is a *model.Problem with the text, and a case
// file keeps the text (Raw) for validation to report.
func FuzzParseDate(f *testing.F) {
	for _, s := range []string{
		"3.4.2025", "03.04.2025", "03.04.25", "3.4.25", "2025-04-03", // the forms people type
		" 15.03.2026 ", "29.02.2024", "31.12.1999", "01.01.69", "31.12.68", "", "   ",
		"31.02.2025", "29.02.2025", "32.01.2025", "2025-4-3", "3.4.", "heute", "15/03/2026",
		"2025-03-15T10:00:00Z", "１.１.２０２５",
		"0000-01-01", "01.01.0000", // the year 0 would read as an empty date
		"31.12.9999", "9999-12-31", "0001-01-01", // the ends of the span a Date holds
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := model.ParseDate(s)

		// A case file carries ISO dates; anything else stays as text.
		if utf8.ValidString(s) {
			b, _ := json.Marshal(s)
			var fromFile model.Date
			if err := json.Unmarshal(b, &fromFile); err != nil {
				t.Fatalf("a case file with date %q: %v", s, err)
			}
			switch {
			case s == "":
				if fromFile != (model.Date{}) {
					t.Errorf("empty date in a file reads as %#v", fromFile)
				}
			case err == nil && s == d.ISO():
				if fromFile != d {
					t.Errorf("%q in a file reads as %#v, typed as %#v", s, fromFile, d)
				}
			default:
				if fromFile.Raw != s || fromFile.Valid() {
					t.Errorf("%q in a file reads as %#v, want it kept as text", s, fromFile)
				}
				if out, _ := json.Marshal(fromFile); string(out) != string(b) {
					t.Errorf("%q in a file is written back as %s", s, out)
				}
			}
		}

		if err != nil {
			var p *model.Problem
			if !errors.As(err, &p) || p.Code != model.CodeNotADate {
				t.Fatalf("ParseDate(%q) = %v (%T), want a *model.Problem %s", s, err, err, model.CodeNotADate)
			}
			if p.Value != strings.TrimSpace(s) || d != (model.Date{}) {
				t.Errorf("ParseDate(%q): value %q, date %#v", s, p.Value, d)
			}
			return
		}
		if strings.TrimSpace(s) == "" {
			if d != (model.Date{}) {
				t.Errorf("ParseDate(%q) = %#v, want the empty date", s, d)
			}
			return
		}
		if !d.Valid() || d.Y < 1 || d.Y > 9999 || model.NewDate(d.Y, d.M, d.D) != d {
			t.Fatalf("ParseDate(%q) = %#v, not a calendar day", s, d)
		}
		for _, text := range []string{d.ISO(), d.German()} {
			if back, err := model.ParseDate(text); err != nil || back != d {
				t.Errorf("ParseDate(%q) = %#v, but its text %q reads as %#v, %v", s, d, text, back, err)
			}
		}
		b, err := json.Marshal(d)
		var back model.Date
		if err != nil || json.Unmarshal(b, &back) != nil || back != d {
			t.Errorf("%#v through JSON: %s → %#v (%v)", d, b, back, err)
		}
		// Deadlines are computed from dates (first meeting, reviews,
		// retention) and stored as ISO text; they must read back.
		for _, n := range []int{-36500, -30, 14, 56, 3650, 36500} {
			e := d.AddDays(n)
			if back, err := model.ParseDate(e.ISO()); !e.Valid() || err != nil || back != e {
				t.Errorf("%s + %d days = %#v, written %q, reads as %#v, %v", d, n, e, e.ISO(), back, err)
			}
		}
	})
}
