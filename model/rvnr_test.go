package model_test

import (
	"errors"
	"testing"
	"time"

	"teilhabelotse/model"
)

func TestValidateRVNRValid(t *testing.T) {
	for _, in := range []string{
		"10010490A443", // DESIGN.md's vector
		"10 010490 A 443",
		"10010490a443",
		"  10010490A443\t",
		"10 01 04 90 a 44 3",
		"10010490B444", // letter B = 02
		"10010490K445", // letter K = 11: both digits count
		"10010490Z442", // letter Z = 26
		"65170881M010",
		"15410490A446", // day raised by 30 (number issued twice)
		"15012490A443", // month raised by 20
	} {
		if err := model.ValidateRVNR(in); err != nil {
			t.Errorf("ValidateRVNR(%q) = %v, want valid", in, err)
		}
	}
}

func TestValidateRVNRInvalid(t *testing.T) {
	tests := []struct {
		in   string
		code string
	}{
		{"10010490A444", model.CodeRVNRCheckDigit},
		{"10010490A440", model.CodeRVNRCheckDigit},
		{"10010490B443", model.CodeRVNRCheckDigit}, // the letter's position enters the check
		{"10010490K443", model.CodeRVNRCheckDigit},
		{"11010490A443", model.CodeRVNRCheckDigit}, // one digit changed
		{"10010490A434", model.CodeRVNRCheckDigit}, // two digits swapped
		{"", model.CodeRVNRFormat},
		{"10010490A44", model.CodeRVNRFormat},   // 11 characters
		{"10010490A4431", model.CodeRVNRFormat}, // 13 characters
		{"100104901443", model.CodeRVNRFormat},  // digit where the letter belongs
		{"1001049AA443", model.CodeRVNRFormat},  // letter where a digit belongs
		{"10010490A4X3", model.CodeRVNRFormat},
		{"10010490AA43", model.CodeRVNRFormat},
		{"10010490-443", model.CodeRVNRFormat},
		{"10010490Ä43", model.CodeRVNRFormat},  // 12 bytes, 11 characters
		{"15000490A443", model.CodeRVNRFormat}, // day 00
		{"15011390A444", model.CodeRVNRFormat}, // month 13
		{"15990490A443", model.CodeRVNRFormat}, // day 99
	}
	for _, tt := range tests {
		err := model.ValidateRVNR(tt.in)
		if err == nil {
			t.Errorf("ValidateRVNR(%q) = nil, want %s", tt.in, tt.code)
			continue
		}
		var p *model.Problem
		if !errors.As(err, &p) {
			t.Errorf("ValidateRVNR(%q): %T is not a *model.Problem", tt.in, err)
			continue
		}
		if p.Code != tt.code {
			t.Errorf("ValidateRVNR(%q) code = %s, want %s", tt.in, p.Code, tt.code)
		}
		if p.Value != tt.in {
			t.Errorf("ValidateRVNR(%q) value = %q, want the input as typed", tt.in, p.Value)
		}
	}
}

func TestNormalizeRVNR(t *testing.T) {
	if got := model.NormalizeRVNR(" 10 010490 a 443 "); got != "10010490A443" {
		t.Errorf("NormalizeRVNR = %q", got)
	}
}

func TestRVNRMatchesBirth(t *testing.T) {
	tests := []struct {
		rvnr  string
		birth model.Date
		want  bool
	}{
		{"10010490A443", day(1990, time.April, 1), true},
		{"10 010490 a 443", day(1990, time.April, 1), true},
		{"10010490A443", day(1990, time.April, 2), false},
		{"10010490A443", day(1990, time.May, 1), false},
		{"10010490A443", day(1991, time.April, 1), false},
		{"10010490A443", day(1890, time.April, 1), true},  // only JJ is encoded
		{"15410490A446", day(1990, time.April, 11), true}, // day + 30
		{"15012490A443", day(1990, time.April, 1), true},  // month + 20
		{"15410490A446", day(1990, time.April, 12), false},
		{"10010490A443", model.Date{}, true},                 // no birth date: nothing to compare
		{"10010490A443", model.Date{Raw: "01.04.90x"}, true}, // a bad birth date is reported elsewhere
		{"1001", day(1990, time.April, 1), true},             // a bad number is reported elsewhere
		{"15000490A443", day(1990, time.April, 1), false},    // implausible TTMM never matches
	}
	for _, tt := range tests {
		if got := model.RVNRMatchesBirth(tt.rvnr, tt.birth); got != tt.want {
			t.Errorf("RVNRMatchesBirth(%q, %v) = %v, want %v", tt.rvnr, tt.birth, got, tt.want)
		}
	}
}

// A field of the number takes it as people type it, stores it without
// spaces, leaves an empty field empty and refuses a wrong check digit.
func TestParseRVNR(t *testing.T) {
	for in, want := range map[string]string{" 10 010490 a 443 ": "10010490A443", "  ": "", "": ""} {
		if got, err := model.ParseRVNR(in); got != want || err != nil {
			t.Errorf("ParseRVNR(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	if got, err := model.ParseRVNR("10 010490 A 444"); err == nil || got != "" {
		t.Errorf("a wrong check digit gives %q, %v", got, err)
	}
}
