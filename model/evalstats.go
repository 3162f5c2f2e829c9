package model

import (
	"math"
	"sort"
)

// Spread summarises a list of numbers (days, T-scores): how many, the
// smallest and largest, the quartiles and the median, and the mean.
// Quartiles interpolate linearly between the sorted values (the method of
// spreadsheets' QUARTILE.INKL / QUARTILE.INC), so a counselor can check
// them by hand in a spreadsheet. With no values N is 0 and the rest is 0.
type Spread struct {
	N                        int
	Min, Q1, Median, Q3, Max float64
	Mean                     float64
}

// SpreadOf computes the spread of values (which it sorts).
func SpreadOf(values []float64) Spread {
	n := len(values)
	if n == 0 {
		return Spread{}
	}
	sort.Float64s(values)
	var sum float64
	for _, v := range values {
		sum += v
	}
	return Spread{N: n, Min: values[0], Q1: quantile(values, 0.25), Median: quantile(values, 0.5),
		Q3: quantile(values, 0.75), Max: values[n-1], Mean: sum / float64(n)}
}

// quantile of sorted values at p in [0, 1], interpolating linearly.
func quantile(sorted []float64, p float64) float64 {
	h := float64(len(sorted)-1) * p
	lo := math.Floor(h)
	i := int(lo)
	if i+1 >= len(sorted) {
		return sorted[i]
	}
	return sorted[i] + (h-lo)*(sorted[i+1]-sorted[i])
}

// Rate is a share: Num of Den.
type Rate struct {
	Num, Den int
}

// Percent is the share in percent; ok is false when there is nothing to
// share (Den 0), which the documents show as "–", not as 0 %.
func (r Rate) Percent() (p float64, ok bool) {
	if r.Den == 0 {
		return 0, false
	}
	return 100 * float64(r.Num) / float64(r.Den), true
}

// Mean is Num divided by Den (for counts per case); ok as for Percent.
func (r Rate) Mean() (float64, bool) {
	if r.Den == 0 {
		return 0, false
	}
	return float64(r.Num) / float64(r.Den), true
}
