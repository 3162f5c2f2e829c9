package pdf

import (
	"io"
	"strconv"
	"time"

	"teilhabelotse/locales"
	"teilhabelotse/model"
)

// Report renders the Auswertung of e to w: a Jahresbericht when the period
// is a calendar year, a Quartalsbericht for a quarter, else an Auswertung
// of the period; the provider's header, the period and filter, every table
// of the evaluation with its bars or quantile bars drawn beside the
// numbers, and each table's definition as a numbered footnote under it. It
// names no client: the partner table lists only partners of at least
// model.MinCell cases.
func Report(w io.Writer, e *model.Evaluation, s model.Settings, loc *locales.Localizer, printed time.Time) error {
	if loc == nil {
		loc = locales.New("de")
	}
	d := newDoc(s, loc, printed, "Report.title")
	r := reportText{loc: loc}
	d.title = ReportTitle(e.Period, loc)
	d.subject = r.period(e.Period)
	return render(w, d, func() {
		d.titleBlock(d.title, r.period(e.Period))
		d.facts([]fact{
			{d.t("PDF.caseManager"), d.counselor()},
			{d.t("Report.csv.period"), d.date(e.Period.From) + " – " + d.date(e.Period.To)},
			{d.t("Report.csv.filter"), r.filter(e.Filter)},
			{d.t("Report.fig.active"), strconv.Itoa(e.Active.N)},
		})
		d.note(d.t("Report.privacyNote", "Min", model.MinCell))
		for i, sec := range reportSections(e, loc) {
			reportSection(d, sec, i+1)
		}
	})
}

// ReportTitle is the report's title for period p: "Jahresbericht 2025",
// "Quartalsbericht 2/2025", or "Auswertung" for any other span.
func ReportTitle(p model.Period, loc *locales.Localizer) string {
	from := p.From
	switch {
	case p == model.YearPeriod(from.Y):
		return loc.T("Report.titleYear", "Year", from.Y)
	case p == model.QuarterPeriod(from.Y, model.QuarterOf(from)):
		return loc.T("Report.titleQuarter", "Year", from.Y, "Quarter", model.QuarterOf(from))
	}
	return loc.T("Report.title")
}

// superscript writes n in superscript digits, the footnote mark.
func superscript(n int) string {
	digits := []rune("⁰¹²³⁴⁵⁶⁷⁸⁹")
	var out []rune
	for _, c := range strconv.Itoa(n) {
		out = append(out, digits[c-'0'])
	}
	return string(out)
}

// reportSection draws one table: a heading with its footnote mark, the
// table (with a chart column when the section has bars or spreads) and the
// footnote.
func reportSection(d *doc, sec section, n int) {
	mark := superscript(n)
	keep := 30.0
	if len(sec.rows) > 0 {
		keep = 12 + 6*float64(min(len(sec.rows), 4))
	}
	d.headingKeep(sec.title+" "+mark, keep)
	t := table{cols: append([]column(nil), sec.cols...), caption: sec.title}
	for i, h := range sec.short {
		t.cols[i].head = h
	}
	chart := sec.bars != nil || sec.spreads != nil
	if chart {
		w := 5.0
		if sec.spreads != nil {
			w = 3.5
		}
		t.cols = append(t.cols, column{head: d.t("Report.col.chart"), width: w})
	}
	maxN := 0
	for _, b := range sec.bars {
		maxN = max(maxN, b.n)
	}
	maxDays := 0.0
	for _, s := range sec.spreads {
		maxDays = max(maxDays, s.Max)
	}
	for i, row := range sec.rows {
		var cells []cell
		for _, v := range row {
			cells = append(cells, cell{text: v})
		}
		if chart {
			c := cell{}
			switch {
			case i < len(sec.bars):
				c.paint, c.paintH = d.countBar(sec.bars[i].n, maxN), 4
			case i < len(sec.spreads):
				c.paint, c.paintH = d.spreadBar(sec.spreads[i], maxDays), 4
			}
			cells = append(cells, c)
		}
		t.rows = append(t.rows, cells)
	}
	if len(t.rows) == 0 {
		d.note(d.t("Report.empty"))
	} else {
		d.table(t)
	}
	d.space(1.2)
	d.lines(marginL, contentW, mark+" "+sec.note, "", 7, colMuted, "L")
}

// countBar draws a bar of n against the largest count max. The number is
// in the cells beside it, so the bar never carries meaning alone.
func (d *doc) countBar(n, max int) func(x, y, w, h float64) {
	return func(x, y, w, _ float64) {
		if max == 0 {
			return
		}
		const h = 4 // the first line of the row, however tall its label wraps
		d.draw(colRule)
		d.pdf.SetLineWidth(0.1)
		d.pdf.Line(x, y, x, y+h)
		bw := (w - 1) * float64(n) / float64(max)
		if n > 0 && bw < 0.6 {
			bw = 0.6
		}
		d.fill(colAccent)
		d.pdf.Rect(x, y+0.8, bw, h-1.6, "F")
	}
}

// spreadBar draws a duration's quantiles on a scale of 0…max days: a thin
// line from the minimum to the maximum, a box from the first to the third
// quartile and a mark at the median.
func (d *doc) spreadBar(s model.Spread, max float64) func(x, y, w, h float64) {
	return func(x, y, w, _ float64) {
		if s.N == 0 || max <= 0 {
			return
		}
		const h = 4
		at := func(v float64) float64 { return x + (w-1)*v/max }
		mid := y + h/2
		d.draw(colMuted)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(at(s.Min), mid, at(s.Max), mid)
		d.fill(colFill)
		d.draw(colAccent)
		d.pdf.Rect(at(s.Q1), y+0.6, max1(at(s.Q3)-at(s.Q1), 0.4), h-1.2, "FD")
		d.pdf.SetLineWidth(0.7)
		d.pdf.Line(at(s.Median), y+0.3, at(s.Median), y+h-0.3)
	}
}

func max1(a, b float64) float64 {
	if a > b {
		return a
	}
	return b
}
