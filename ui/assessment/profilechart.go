package assessment

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// chartText is the wording of the profile chart, from the localizer.
type chartText struct {
	capability, requirement, gap string // the legend
	empty                        string // shown while there are no items
	unnamed                      func(n int) string
	gapValue                     func(gap int) string // "Lücke 2"
}

// profileChart draws the Profilvergleich: for every item the capability
// (Fähigkeitsprofil) and the requirement of the workplace
// (Anforderungsprofil) as two horizontal bars on the 0–5 scale. Where the
// requirement exceeds the capability, that stretch of the requirement bar
// is drawn in the warning (gap 1) or danger colour (gap 2 and more) and
// the gap is written at the end of the row, so the action need stands out.
// Horizontal rows keep long item names readable and let the chart grow
// row by row from one item to a dozen.
type profileChart struct {
	widget.BaseWidget
	items *[]model.ProfileItem // read at every refresh: the entries edit it
	text  chartText
}

func newProfileChart(items *[]model.ProfileItem, text chartText) *profileChart {
	c := &profileChart{items: items, text: text}
	c.ExtendBaseWidget(c)
	return c
}

// CreateRenderer implements fyne.Widget.
func (c *profileChart) CreateRenderer() fyne.WidgetRenderer {
	r := &chartRenderer{chart: c}
	r.legendCap = &canvas.Rectangle{}
	r.legendReq = &canvas.Rectangle{}
	r.legendWarn = &canvas.Rectangle{}
	r.legendDanger = &canvas.Rectangle{}
	r.capText = &canvas.Text{Text: c.text.capability}
	r.reqText = &canvas.Text{Text: c.text.requirement}
	r.gapText = &canvas.Text{Text: c.text.gap}
	for i := range r.ticks {
		r.ticks[i] = &canvas.Line{StrokeWidth: 1}
		r.tickText[i] = &canvas.Text{Text: string(rune('0' + i)), Alignment: fyne.TextAlignCenter}
	}
	r.empty = &canvas.Text{Text: c.text.empty, TextStyle: fyne.TextStyle{Italic: true}}
	r.Refresh()
	return r
}

// chartRow is the drawing of one profile item.
type chartRow struct {
	full       string // the item name before it is shortened to fit
	bg         *canvas.Rectangle
	name       *canvas.Text
	capability *canvas.Rectangle
	required   *canvas.Rectangle // the part of the requirement the capability meets
	gap        *canvas.Rectangle // the part it does not
	gapText    *canvas.Text
	item       model.ProfileItem
}

type chartRenderer struct {
	chart *profileChart

	legendCap, legendReq, legendWarn, legendDanger *canvas.Rectangle
	capText, reqText, gapText                      *canvas.Text
	ticks                                          [scaleMax + 1]*canvas.Line
	tickText                                       [scaleMax + 1]*canvas.Text
	empty                                          *canvas.Text
	rows                                           []*chartRow

	objects []fyne.CanvasObject
}

// Geometry of the chart, in the theme's units so it follows text scaling.
const (
	barHeight   = 9
	barSpacing  = 2
	rowPadding  = 5
	swatchSize  = 12
	minNameCol  = 90
	nameColPart = 0.32 // the name column takes at most this share of the width
)

func rowHeight() float32 { return 2*barHeight + barSpacing + 2*rowPadding }

func (r *chartRenderer) legendHeight() float32 {
	return theme.TextSize() + 2*theme.Padding()
}

func (r *chartRenderer) axisHeight() float32 {
	return theme.CaptionTextSize() + 2*theme.Padding()
}

func (r *chartRenderer) MinSize() fyne.Size {
	h := r.legendHeight() + r.axisHeight() + float32(len(r.rows))*rowHeight() + theme.Padding()
	if len(r.rows) == 0 {
		h = r.legendHeight() + theme.TextSize() + 3*theme.Padding()
	}
	return fyne.NewSize(max(320, r.legendWidth()), h)
}

// legendWidth is the width of the legend line, which must not be cut off.
func (r *chartRenderer) legendWidth() float32 {
	w := 4 * (swatchSize + theme.Padding())
	for _, t := range []*canvas.Text{r.capText, r.reqText, r.gapText} {
		w += fyne.MeasureText(t.Text, theme.CaptionTextSize(), t.TextStyle).Width + 4*theme.Padding()
	}
	return w
}

func (r *chartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *chartRenderer) Destroy() {}

// Refresh follows the items and the theme: one row per item, colours by
// gap.
func (r *chartRenderer) Refresh() {
	items := *r.chart.items
	for len(r.rows) < len(items) {
		r.rows = append(r.rows, &chartRow{
			bg:         &canvas.Rectangle{},
			name:       &canvas.Text{},
			capability: &canvas.Rectangle{},
			required:   &canvas.Rectangle{},
			gap:        &canvas.Rectangle{},
			gapText:    &canvas.Text{TextStyle: fyne.TextStyle{Bold: true}, Alignment: fyne.TextAlignTrailing},
		})
	}
	r.rows = r.rows[:len(items)]

	th := r.chart.Theme()
	v := kit.Variant()
	fg := th.Color(theme.ColorNameForeground, v)
	capColor := th.Color(theme.ColorNamePrimary, v)
	reqColor := th.Color(theme.ColorNamePlaceHolder, v)
	warn := th.Color(theme.ColorNameWarning, v)
	danger := th.Color(theme.ColorNameError, v)
	stripe := th.Color(theme.ColorNameInputBackground, v)

	r.legendCap.FillColor, r.legendReq.FillColor = capColor, reqColor
	r.legendWarn.FillColor, r.legendDanger.FillColor = warn, danger
	for _, t := range []*canvas.Text{r.capText, r.reqText, r.gapText} {
		t.Color, t.TextSize = fg, theme.CaptionTextSize()
	}
	for i := range r.ticks {
		r.ticks[i].StrokeColor = th.Color(theme.ColorNameSeparator, v)
		r.tickText[i].Color, r.tickText[i].TextSize = fg, theme.CaptionTextSize()
	}
	r.empty.Color, r.empty.TextSize = th.Color(theme.ColorNamePlaceHolder, v), theme.TextSize()

	for i, it := range items {
		row := r.rows[i]
		row.item = it
		row.full = it.Item
		if row.full == "" {
			row.full = r.chart.text.unnamed(i + 1)
		}
		row.name.Color, row.name.TextSize = fg, theme.TextSize()
		row.name.TextStyle.Italic = it.Item == ""
		row.capability.FillColor = capColor
		row.required.FillColor = reqColor
		row.bg.FillColor = color.Transparent
		if i%2 == 1 {
			// Stripes guide the eye along a row when there are many.
			row.bg.FillColor = stripe
		}
		row.gapText.TextSize = theme.TextSize()
		row.gapText.Text = ""
		if g := it.Gap(); g > 0 {
			c := warn
			if g >= 2 {
				c = danger
			}
			row.gap.FillColor, row.gapText.Color = c, c
			row.gapText.Text = r.chart.text.gapValue(g)
		}
	}

	r.objects = r.objects[:0]
	if len(items) == 0 {
		r.objects = append(r.objects, r.empty)
	} else {
		for _, row := range r.rows {
			r.objects = append(r.objects, row.bg)
		}
		for i := range r.ticks {
			r.objects = append(r.objects, r.ticks[i], r.tickText[i])
		}
		for _, row := range r.rows {
			r.objects = append(r.objects, row.name, row.capability, row.required, row.gap, row.gapText)
		}
	}
	r.objects = append(r.objects, r.legendCap, r.capText, r.legendReq, r.reqText, r.legendWarn, r.legendDanger, r.gapText)
	r.Layout(r.chart.Size())
	canvas.Refresh(r.chart)
}

// Layout places the legend on top, the scale 0–5 below it and one row per
// item: name, the two bars, the gap.
func (r *chartRenderer) Layout(size fyne.Size) {
	pad := theme.Padding()
	ts, cs := theme.TextSize(), theme.CaptionTextSize()

	// Legend: ■ Fähigkeit  ■ Anforderung  ■■ Lücke …
	legendH := r.legendHeight()
	x := float32(0)
	swatch := func(rects ...*canvas.Rectangle) {
		for _, rect := range rects {
			rect.Resize(fyne.NewSize(swatchSize, swatchSize))
			rect.Move(fyne.NewPos(x, (legendH-swatchSize)/2))
			x += swatchSize
		}
		x += pad
	}
	label := func(t *canvas.Text) {
		s := fyne.MeasureText(t.Text, cs, t.TextStyle)
		t.Resize(s)
		t.Move(fyne.NewPos(x, (legendH-s.Height)/2))
		x += s.Width + 4*pad
	}
	swatch(r.legendCap)
	label(r.capText)
	swatch(r.legendReq)
	label(r.reqText)
	swatch(r.legendWarn, r.legendDanger)
	label(r.gapText)

	if len(r.rows) == 0 {
		s := fyne.MeasureText(r.empty.Text, ts, r.empty.TextStyle)
		r.empty.Resize(s)
		r.empty.Move(fyne.NewPos(0, legendH+pad))
		return
	}

	// Columns: names, the scale, the gap.
	nameW := float32(minNameCol)
	for _, row := range r.rows {
		if w := fyne.MeasureText(row.full, ts, row.name.TextStyle).Width; w > nameW {
			nameW = w
		}
	}
	if limit := size.Width * nameColPart; nameW > limit {
		nameW = max(limit, minNameCol)
	}
	gapW := fyne.MeasureText(r.chart.text.gapValue(scaleMax), ts, fyne.TextStyle{Bold: true}).Width + 2*pad
	x0 := nameW + 3*pad
	x1 := size.Width - gapW - 4*pad
	unit := max((x1-x0)/scaleMax, 1)

	top := legendH + r.axisHeight()
	bottom := top + float32(len(r.rows))*rowHeight()
	for i := range r.ticks {
		tx := x0 + float32(i)*unit
		r.ticks[i].Position1 = fyne.NewPos(tx, top-pad)
		r.ticks[i].Position2 = fyne.NewPos(tx, bottom)
		s := fyne.MeasureText(r.tickText[i].Text, cs, fyne.TextStyle{})
		r.tickText[i].Resize(fyne.NewSize(s.Width+2*pad, s.Height))
		r.tickText[i].Move(fyne.NewPos(tx-s.Width/2-pad, legendH))
	}

	rh := rowHeight()
	for i, row := range r.rows {
		y := top + float32(i)*rh
		row.bg.Resize(fyne.NewSize(size.Width, rh))
		row.bg.Move(fyne.NewPos(0, y))

		row.name.Text = fit(row.full, nameW, ts, row.name.TextStyle)
		ns := fyne.MeasureText(row.name.Text, ts, row.name.TextStyle)
		row.name.Resize(ns)
		row.name.Move(fyne.NewPos(pad, y+(rh-ns.Height)/2))

		capV, reqV := clampScale(row.item.Capability), clampScale(row.item.Requirement)
		by := y + rowPadding
		row.capability.Resize(fyne.NewSize(float32(capV)*unit, barHeight))
		row.capability.Move(fyne.NewPos(x0, by))

		met := min(capV, reqV)
		ry := by + barHeight + barSpacing
		row.required.Resize(fyne.NewSize(float32(met)*unit, barHeight))
		row.required.Move(fyne.NewPos(x0, ry))
		row.gap.Resize(fyne.NewSize(float32(reqV-met)*unit, barHeight))
		row.gap.Move(fyne.NewPos(x0+float32(met)*unit, ry))

		gs := fyne.MeasureText(row.gapText.Text, ts, row.gapText.TextStyle)
		row.gapText.Resize(fyne.NewSize(gapW, gs.Height))
		row.gapText.Move(fyne.NewPos(size.Width-gapW-pad, y+(rh-gs.Height)/2))
	}
}

func clampScale(v int) int { return max(0, min(v, scaleMax)) }

// fit shortens text with "…" until it is no wider than w.
func fit(text string, w, size float32, style fyne.TextStyle) string {
	if fyne.MeasureText(text, size, style).Width <= w {
		return text
	}
	rs := []rune(text)
	for n := len(rs) - 1; n > 0; n-- {
		s := string(rs[:n]) + "…"
		if fyne.MeasureText(s, size, style).Width <= w {
			return s
		}
	}
	return "…"
}
