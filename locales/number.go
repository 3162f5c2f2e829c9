package locales

import (
	"strconv"
	"strings"
)

// Number writes v with the given number of decimals (-1: as few as needed)
// in the localizer's language: a decimal comma in German ("61,4"), a point
// in English. No digit grouping: the program's numbers (T-scores, shares,
// weights, sizes in MB) are short, and a grouped "1.234" reads as a
// decimal to a German eye in a table of "61,4"s.
func (l *Localizer) Number(v float64, decimals int) string {
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	if l.lang == "de" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}
