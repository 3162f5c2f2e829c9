package model

import (
	"strings"
)

// rvnrWeights are the factors of the Rentenversicherungsnummer check digit.
var rvnrWeights = [12]int{2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1}

// NormalizeRVNR removes spaces and upper-cases the letter, as people type
// the number in groups ("10 010490 A 443"). Bytes that are not UTF-8
// become U+FFFD first, so that the halves of a broken character on both
// sides of a space cannot join into a new one (which could be a space).
func NormalizeRVNR(s string) string {
	return strings.ToUpper(strings.Join(strings.Fields(strings.ToValidUTF8(s, "\uFFFD")), ""))
}

// ParseRVNR is the number typed as s as it is stored: without the spaces
// people type it with (NormalizeRVNR), "" for an empty s, and an error
// when its form or check digit is wrong (ValidateRVNR). Every field that
// takes the number checks with it.
func ParseRVNR(s string) (string, error) {
	n := NormalizeRVNR(s)
	if n == "" {
		return "", nil
	}
	if err := ValidateRVNR(s); err != nil {
		return "", err
	}
	return n, nil
}

// ValidateRVNR checks the form BBTTMMJJASSP and the check digit: the letter
// becomes its two-digit alphabet position, the twelve digits are multiplied
// by 2 1 2 5 7 1 2 1 2 1 2 1, the digit sums of the products are added, and
// the sum mod 10 must equal the last digit.
func ValidateRVNR(s string) error {
	n := NormalizeRVNR(s)
	if len(n) != 12 {
		return &Problem{Code: CodeRVNRFormat, Value: s}
	}
	for i := 0; i < 12; i++ {
		c := n[i]
		if i == 8 {
			if c < 'A' || c > 'Z' {
				return &Problem{Code: CodeRVNRFormat, Value: s}
			}
			continue
		}
		if c < '0' || c > '9' {
			return &Problem{Code: CodeRVNRFormat, Value: s}
		}
	}
	if _, err := rvnrBirth(n); err != nil {
		return &Problem{Code: CodeRVNRFormat, Value: s}
	}
	pos := int(n[8]-'A') + 1
	digits := []int{}
	for i := 0; i < 8; i++ {
		digits = append(digits, int(n[i]-'0'))
	}
	digits = append(digits, pos/10, pos%10, int(n[9]-'0'), int(n[10]-'0'))
	sum := 0
	for i, d := range digits {
		p := d * rvnrWeights[i]
		sum += p/10 + p%10
	}
	if sum%10 != int(n[11]-'0') {
		return &Problem{Code: CodeRVNRCheckDigit, Value: s}
	}
	return nil
}

// rvnrBirth returns day and month of birth encoded in positions 3–8
// (TTMMJJ). Day may be raised by 30 or month by 20 for numbers issued twice;
// only the plausible ranges are checked.
func rvnrBirth(n string) ([3]int, error) {
	num := func(i int) int { return int(n[i]-'0')*10 + int(n[i+1]-'0') }
	d, m, y := num(2), num(4), num(6)
	if d > 31 && d <= 61 {
		d -= 30
	}
	if m > 12 && m <= 32 {
		m -= 20
	}
	if d < 1 || d > 31 || m < 1 || m > 12 {
		return [3]int{}, &Problem{Code: CodeRVNRFormat}
	}
	return [3]int{d, m, y}, nil
}

// RVNRMatchesBirth reports whether the number's TTMMJJ agrees with the
// birth date (false positives are harmless: it is only a warning).
func RVNRMatchesBirth(rvnr string, birth Date) bool {
	n := NormalizeRVNR(rvnr)
	if len(n) != 12 || !birth.Valid() {
		return true
	}
	b, err := rvnrBirth(n)
	if err != nil {
		return false
	}
	return b[0] == birth.D && b[1] == int(birth.M) && b[2] == birth.Y%100
}
