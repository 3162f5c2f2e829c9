package pdf

import "math"

// column is one column of a table.
type column struct {
	head  string
	width float64 // relative width; scaled to the table's width
	align string  // "L" (default), "C" or "R"
}

// cell is one table cell: wrapped text, optionally a drawing beside it.
type cell struct {
	text   string
	style  string // "", "B", "I", "BI"
	color  *rgb
	paint  func(x, y, w, h float64) // draws into the cell's box
	paintH float64                  // the height the drawing needs
	gap    bool                     // the gap marker; shortened in narrow columns
}

// table is a table to draw; rows break across pages with the header row
// (and the caption, marked as continued) repeated on every page.
type table struct {
	cols    []column
	rows    [][]cell
	x, w    float64 // left edge and width; zero means the content area
	caption string  // shown above the repeated header on continuation pages
	plain   bool    // no header, no rules, body size: a label/value list
}

// laidCell is a cell wrapped into lines.
type laidCell struct {
	cell
	lines []string
}

// table draws t from the current position. A row that does not fit moves
// to the next page; a row taller than a whole page is split between lines.
func (d *doc) table(t table) {
	x, w := t.x, t.w
	if w == 0 {
		x, w = marginL, contentW
	}
	size, padL, padR, padY := sizeTable, 1.6, 1.6, 1.25
	if t.plain {
		size, padL, padR, padY = sizeBody, 0, 3, 0.6
	}
	total := 0.0
	for _, c := range t.cols {
		total += c.width
	}
	ws := make([]float64, len(t.cols))
	xs := make([]float64, len(t.cols))
	cx := x
	for i, c := range t.cols {
		ws[i] = c.width * w / total
		xs[i] = cx
		cx += ws[i]
	}
	lh := lineH(size)
	textW := func(i int) float64 { return ws[i] - padL - padR }

	// The header row, wrapped once.
	var heads [][]string
	headH := 0.0
	if !t.plain {
		d.font("B", size-0.5)
		n := 1
		for i, c := range t.cols {
			l := d.wrap(c.head, textW(i))
			heads = append(heads, l)
			n = max(n, len(l))
		}
		headH = float64(n)*lineH(size-0.5) + 2*padY
	}
	capH := 0.0
	if t.caption != "" {
		capH = lineH(7.5) + 0.8
	}
	drawHeader := func(continued bool) {
		if t.plain {
			return
		}
		if continued && t.caption != "" {
			d.font("I", 7.5)
			d.color(colMuted)
			d.pdf.SetXY(x, d.y())
			d.pdf.CellFormat(w, lineH(7.5), d.t("PDF.continued", "What", t.caption), "", 0, "L", false, 0, "")
			d.pdf.SetY(d.y() + capH)
		}
		top := d.y()
		d.fill(colFill)
		d.pdf.Rect(x, top, w, headH, "F")
		d.font("B", size-0.5)
		d.color(colMuted)
		for i, h := range heads {
			for j, ln := range h {
				d.pdf.SetXY(xs[i]+padL, top+padY+float64(j)*lineH(size-0.5))
				d.pdf.CellFormat(textW(i), lineH(size-0.5), ln, "", 0, align(t.cols[i].align), false, 0, "")
			}
		}
		d.draw(colRule)
		d.pdf.SetLineWidth(0.3)
		d.pdf.Line(x, top+headH, x+w, top+headH)
		d.pdf.SetY(top + headH)
	}
	layout := func(row []cell) (cells []laidCell, nLines int, paintH float64) {
		for i := range t.cols {
			var c cell
			if i < len(row) {
				c = row[i]
			}
			d.font(c.style, size)
			if c.gap && d.pdf.GetStringWidth(c.text) > textW(i) {
				c.text = d.t("PDF.notDocumentedShort")
			}
			var l []string
			if c.text != "" {
				l = d.wrap(c.text, textW(i))
			}
			cells = append(cells, laidCell{c, l})
			nLines = max(nLines, len(l))
			paintH = math.Max(paintH, c.paintH)
		}
		return cells, max(nLines, 1), paintH
	}

	if len(t.rows) > 0 {
		_, n, ph := layout(t.rows[0])
		d.need(headH + math.Max(math.Min(float64(n), 3)*lh, ph) + 2*padY)
	} else {
		d.need(headH)
	}
	drawHeader(false)
	fresh := contentBottom - contentTop - headH - capH - 2*padY
	for _, row := range t.rows {
		cells, nLines, paintH := layout(row)
		fromTop := false // just moved to a fresh page: never move again
		for off := 0; off < nLines; {
			ph := 0.0
			if off == 0 {
				ph = paintH
			}
			rest := math.Max(float64(nLines-off)*lh, ph)
			avail := contentBottom - d.y() - 2*padY
			if !fromTop && rest > avail && ((off == 0 && rest <= fresh) || avail < math.Max(2*lh, ph)) {
				d.newPage()
				drawHeader(true)
				fromTop = true
				continue
			}
			n := nLines - off
			if rest > avail {
				n = max(int(avail/lh), 1)
			}
			top := d.y()
			h := math.Max(float64(n)*lh, ph) + 2*padY
			for i, c := range cells {
				if off == 0 && c.paint != nil {
					c.paint(xs[i]+padL, top+padY, textW(i), h-2*padY)
				}
				end := min(off+n, len(c.lines))
				if off >= end {
					continue
				}
				d.font(c.style, size)
				col := colText
				if c.color != nil {
					col = *c.color
				}
				d.color(col)
				for j, ln := range c.lines[off:end] {
					d.pdf.SetXY(xs[i]+padL, top+padY+float64(j)*lh)
					d.pdf.CellFormat(textW(i), lh, ln, "", 0, align(t.cols[i].align), false, 0, "")
				}
			}
			if !t.plain {
				d.draw(colRule)
				d.pdf.SetLineWidth(0.1)
				d.pdf.Line(x, top+h, x+w, top+h)
			}
			d.pdf.SetXY(marginL, top+h)
			off += n
			if off < nLines {
				d.newPage()
				drawHeader(true)
				fromTop = true
			}
		}
	}
	d.pdf.SetX(marginL)
}

func align(a string) string {
	if a == "" {
		return "L"
	}
	return a
}
