package model

import "strings"

// ValidICF reports whether code is an ICF code as the case file accepts it:
// the component letter b, d, e or s, up to six digits and optional
// qualifiers ("d850", "b152", "e310", "d850.2").
func ValidICF(code string) bool { return icfCode.MatchString(code) }

// ParseICF reads ICF codes typed as one line, separated by commas,
// semicolons or spaces. It returns the valid codes in lower case (as the
// ICF prints them), in the order typed and without repeats, and the parts
// that are not ICF codes as typed, so the field can name them.
func ParseICF(s string) (codes, bad []string) {
	seen := map[string]bool{}
	for _, part := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ',' || r == ';' || r == ' ' || r == '\t' || r == '\n'
	}) {
		code := strings.ToLower(part)
		if !ValidICF(code) {
			bad = append(bad, part)
			continue
		}
		if !seen[code] {
			seen[code] = true
			codes = append(codes, code)
		}
	}
	return codes, bad
}

// FormatICF writes codes as one line to edit ("d850, b152").
func FormatICF(codes []string) string { return strings.Join(codes, ", ") }
