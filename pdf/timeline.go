package pdf

import (
	"math"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"teilhabelotse/model"
)

// Timeline geometry in millimetres.
const (
	tlLabelW = 36.0 // the phase names on the left
	tlCols   = 6    // stays per band before the graphic wraps
	tlRowH   = 10.5 // one phase row
	tlBoxH   = 8.0
	tlBoxPad = 1.6 // space between a box and its column's edges
)

// timeline draws the case's course through the control loop as a graphic:
// one row per phase, one box per stay (c.Visits) from left to right with its
// dates, arrows between the stays. A stay in a phase entered again — a loop
// of the Regelkreis — has a dashed amber frame and ↺; the arrow back to an
// earlier phase is amber too. A premature end is drawn in its own colour
// with "!" and said below the graphic with its reason. Long courses wrap
// into further bands.
func timeline(d *doc, c *model.Case) {
	visits := c.Visits()
	if len(visits) == 0 {
		d.para(marginL, contentW, "")
		return
	}
	phases := timelinePhases(visits)
	row := map[model.Phase]int{}
	for i, p := range phases {
		row[p] = i
	}
	colW := (contentW - tlLabelW) / tlCols
	bandH := float64(len(phases)) * tlRowH
	loops := 0 // moves back to an earlier phase
	for i := 1; i < len(visits); i++ {
		if row[visits[i].Phase] < row[visits[i-1].Phase] {
			loops++
		}
	}
	if all := timelineHeight(visits); all <= contentBottom-contentTop {
		d.need(all) // keep the whole graphic on one page when it fits
	}

	type box struct{ x, y float64 }
	var prev *box
	for start := 0; start < len(visits); start += tlCols {
		end := min(start+tlCols, len(visits))
		d.need(bandH + 4)
		top := d.y()
		// Phase rows: alternate light bands, names on the left.
		for i, p := range phases {
			ry := top + float64(i)*tlRowH
			if i%2 == 0 {
				d.fill(colFill)
				d.pdf.Rect(marginL, ry, contentW, tlRowH, "F")
			}
			d.font("", 7)
			d.color(colMuted)
			name := d.wrap(d.enum("Phase", p), tlLabelW-3)
			if len(name) > 2 {
				name = name[:2]
				name[1] += "…"
			}
			ly := ry + (tlRowH-float64(len(name))*lineH(7))/2
			for _, ln := range name {
				d.pdf.SetXY(marginL+1.5, ly)
				d.pdf.CellFormat(tlLabelW-3, lineH(7), ln, "", 0, "L", false, 0, "")
				ly += lineH(7)
			}
		}
		for i := start; i < end; i++ {
			v := visits[i]
			bx := marginL + tlLabelW + float64(i-start)*colW + tlBoxPad
			by := top + float64(row[v.Phase])*tlRowH + (tlRowH-tlBoxH)/2
			bw := colW - 2*tlBoxPad
			cur := &box{bx, by}
			if i > start {
				back := row[v.Phase] < row[visits[i-1].Phase]
				timelineArrow(d, prev.x+bw, prev.y+tlBoxH/2, bx, by+tlBoxH/2, back, v.Premature())
			} else if i == start && i > 0 {
				// entering from the band above: a short arrow from the names
				timelineArrow(d, marginL+tlLabelW-1, by+tlBoxH/2, bx, by+tlBoxH/2, false, v.Premature())
			}
			timelineBox(d, v, bx, by, bw, i == len(visits)-1)
			prev = cur
		}
		if end < len(visits) { // continues in the next band
			x := prev.x + colW - 2*tlBoxPad
			timelineArrow(d, x, prev.y+tlBoxH/2, math.Min(x+2*tlBoxPad+2, marginL+contentW), prev.y+tlBoxH/2, false, false)
		}
		d.pdf.SetXY(marginL, top+bandH)
		d.space(3)
	}
	for _, v := range visits {
		if v.Premature() {
			d.lines(marginL, contentW, "! "+prematureLine(d, c, v), "B", sizeSmall, colEarly, "L")
			d.space(0.8)
		}
	}
	d.note(d.t("PDF.timeline.legend"))
	d.note(d.t("PDF.timeline.loops", "N", loops))
}

// prematureLine says when and why the case ended early: the reason of the
// closure record (for the latest end) and the words given at the move.
func prematureLine(d *doc, c *model.Case, v model.Visit) string {
	var why []string
	if last, ok := c.PrematureEnd(); ok && last.At.Equal(v.From) && c.Closure.Reason != "" {
		why = append(why, d.enum("EndingReason", c.Closure.Reason))
	}
	if r := strings.TrimSpace(v.Reason); r != "" {
		why = append(why, r)
	}
	if len(why) == 0 {
		why = append(why, d.gap())
	}
	return d.t("PDF.timeline.premature", "Date", d.date(model.DateOf(v.From)), "Reason", strings.Join(why, " – "))
}

// timelinePhases are the rows of the graphic: the five phases of the loop,
// and the closed state when the case reached it.
func timelinePhases(visits []model.Visit) []model.Phase {
	phases := append([]model.Phase{}, model.LoopPhases...)
	for _, v := range visits {
		if v.Phase == model.PhaseClosed {
			return append(phases, model.PhaseClosed)
		}
	}
	return phases
}

// timelineHeight is the height of the whole graphic with its legend.
func timelineHeight(visits []model.Visit) float64 {
	bands := (len(visits) + tlCols - 1) / tlCols
	return float64(bands)*(float64(len(timelinePhases(visits)))*tlRowH+3) + 4*lineH(sizeSmall)
}

// timelineBox draws one stay: the dates from and to, amber and dashed when
// the phase was entered again, bold when it is the case's current stay.
func timelineBox(d *doc, v model.Visit, x, y, w float64, current bool) {
	f := d.pdf
	fillC, lineC := rgb{255, 255, 255}, colAccent
	if v.Loop {
		fillC, lineC = colLoopBg, colLoop
		f.SetDashPattern([]float64{0.9, 0.6}, 0)
	}
	if v.Premature() {
		fillC, lineC = colEarlyBg, colEarly
	}
	d.fill(fillC)
	d.draw(lineC)
	f.SetLineWidth(0.35)
	f.RoundedRect(x, y, w, tlBoxH, 1, "1234", "FD")
	f.SetDashPattern([]float64{}, 0)
	from := d.date(model.DateOf(v.From))
	to := d.t("PDF.timeline.ongoing")
	if !v.To.IsZero() {
		to = d.date(model.DateOf(v.To))
	}
	l2 := "– " + to
	if v.Phase == model.PhaseClosed {
		l2 = ""
	}
	style := ""
	if current {
		style = "B"
	}
	d.font(style, 6.5)
	d.color(colText)
	textW := w - 2
	if v.Loop || v.Premature() {
		textW -= 3
	}
	lh := lineH(6.5)
	ty := y + (tlBoxH-2*lh)/2
	if l2 == "" {
		ty = y + (tlBoxH-lh)/2
	}
	f.SetXY(x+1, ty)
	f.CellFormat(textW, lh, from, "", 0, "L", false, 0, "")
	if l2 != "" {
		f.SetXY(x+1, ty+lh)
		f.CellFormat(textW, lh, l2, "", 0, "L", false, 0, "")
	}
	mark, markC := "", colLoop
	switch {
	case v.Premature():
		mark, markC = "!", colEarly
	case v.Loop:
		mark = "↺"
	}
	if mark != "" {
		d.font("B", 8)
		d.color(markC)
		f.SetXY(x+w-3.6, y+0.6)
		f.CellFormat(3, lineH(8), mark, "", 0, "C", false, 0, "")
	}
}

// timelineArrow draws an arrow from (x1,y1) to (x2,y2): straight when both
// are on one row, otherwise with an elbow in the gap between the columns.
// An arrow going up — back to an earlier phase — is a loop and amber; the
// arrow of a premature end has the premature end's colour.
func timelineArrow(d *doc, x1, y1, x2, y2 float64, back, early bool) {
	f := d.pdf
	c := colMuted
	switch {
	case early:
		c = colEarly
	case back:
		c = colLoop
	}
	d.draw(c)
	d.fill(c)
	f.SetLineWidth(0.3)
	const head = 1.4
	if y1 == y2 {
		f.Line(x1, y1, x2-head, y2)
	} else {
		xm := (x1 + x2) / 2
		f.Line(x1, y1, xm, y1)
		f.Line(xm, y1, xm, y2)
		f.Line(xm, y2, x2-head, y2)
	}
	f.Polygon([]gofpdf.PointType{{X: x2, Y: y2}, {X: x2 - head, Y: y2 - head*0.55}, {X: x2 - head, Y: y2 + head*0.55}}, "F")
}
