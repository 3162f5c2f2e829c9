package evaluation

import (
	"fmt"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/pdf"
	"teilhabelotse/ui/kit"
)

// show lays out the figures of v.e: tiles, then the charts.
func (v *View) show() {
	e := v.e
	var objs []fyne.CanvasObject
	objs = append(objs, v.tiles())

	notAdm := model.Total(e.NotAdmitted)
	open := model.Total(e.OpenByPhase)
	objs = append(objs,
		v.chart("Eval.Chart.Endings", "EndingForm", e.Endings, e.Closed.N),
		v.chart("Eval.Chart.Premature", "EndingReason", model.NonZero(e.PrematureReasons), model.Total(e.PrematureReasons)),
		v.chart("Eval.Chart.NotAdmitted", "Report.notAdmittedReason", e.NotAdmitted, notAdm),
		v.chart("Eval.Chart.OpenByPhase", "PhaseShort", e.OpenByPhase, open),
		v.chart("Eval.Chart.OpenByIntensity", "Intensity", e.OpenByIntensity, open),
		v.durations(),
		v.chart("Eval.Chart.WorkAbility", "WorkAbility", e.WorkAbility, e.Closed.N),
		v.chart("Eval.Chart.Reintegration", "Reintegration", e.Reintegration, e.Closed.N),
		v.chart("Eval.Chart.GASLevels", pdf.BarGASLevel, e.GASLevels, model.Total(e.GASLevels)),
		v.chart("Eval.Chart.TScores", pdf.BarTScore, e.THistogram, e.TScore.N),
		v.chart("Eval.Chart.Roles", "Role", e.Roles, model.Total(e.Roles)),
		v.partnerTable(),
	)
	v.body.Objects = objs
	v.body.Refresh()
}

// percent formats a share for the window ("12,5 %"), "–" for none.
func (v *View) percent(r model.Rate) string {
	p, ok := r.Percent()
	if !ok {
		return "–"
	}
	return v.decimal(p) + " %"
}

func (v *View) decimal(x float64) string { return v.env.Loc.Number(x, 1) }

// tiles are the headline figures, each a number with its name under it.
func (v *View) tiles() fyne.CanvasObject {
	e, t := v.e, v.env.Loc.T
	tile := func(value, labelID string, sub string) fyne.CanvasObject {
		num := canvas.NewText(value, theme.Color(theme.ColorNamePrimary))
		num.TextSize = theme.TextSize() * 2
		num.TextStyle = fyne.TextStyle{Bold: true}
		name := &widget.Label{Text: t(labelID), TextStyle: fyne.TextStyle{Bold: true}, Wrapping: fyne.TextWrapWord}
		lines := container.NewVBox(num, name)
		if sub != "" {
			lines.Add(kit.Wrapped(sub))
		}
		return widget.NewCard("", "", lines)
	}
	median := "–"
	if e.Duration.N > 0 {
		median = v.decimal(e.Duration.Median)
	}
	tmed := "–"
	if e.TScore.N > 0 {
		tmed = v.decimal(e.TScore.Median)
	}
	regular := 0
	for _, b := range e.Endings {
		if b.Key == string(model.EndingRegular) {
			regular = b.N
		}
	}
	return container.NewGridWrap(fyne.NewSize(215, 150),
		tile(strconv.Itoa(e.Received.N), "Eval.Tile.Received", ""),
		tile(strconv.Itoa(e.Admitted.N), "Eval.Tile.Admitted", ""),
		tile(strconv.Itoa(e.Closed.N), "Eval.Tile.Closed", t("Eval.Tile.ClosedRegular", "N", regular)),
		tile(strconv.Itoa(model.Total(e.OpenByPhase)), "Eval.Tile.Open", ""),
		tile(median, "Eval.Tile.Duration", t("Eval.Tile.Days")),
		tile(v.percent(e.FirstMeetingInTime), "Eval.Tile.FirstMeeting", t("Eval.Tile.Of", "Num", e.FirstMeetingInTime.Num, "Den", e.FirstMeetingInTime.Den)),
		tile(v.percent(e.ReviewsOnTime), "Eval.Tile.Reviews", t("Eval.Tile.Of", "Num", e.ReviewsOnTime.Num, "Den", e.ReviewsOnTime.Den)),
		tile(tmed, "Eval.Tile.TScore", v.env.Loc.N("Eval.Tile.TScoreSub", e.TScore.N)),
	)
}

// chart is a titled bar chart: per bar its label, the bar, and the number
// with its share as a button that lists the cases behind it. The numbers
// carry the meaning; the bars only show the proportions.
func (v *View) chart(titleID, typ string, bars []model.Bar, total int) fyne.CanvasObject {
	max := 0
	for _, b := range bars {
		if b.N > max {
			max = b.N
		}
	}
	rows := container.NewVBox()
	if len(bars) == 0 || (max == 0 && total == 0 && typ != "Role") {
		rows.Add(widget.NewLabel(v.env.Loc.T("Report.empty")))
	}
	for _, b := range bars {
		label := pdf.BarLabel(v.env.Loc, typ, b.Key)
		text := strconv.Itoa(b.N)
		if total > 0 {
			text += " (" + v.percent(model.Rate{Num: b.N, Den: total}) + ")"
		}
		list := func() { v.listCases(label, b.Cases) }
		num := kit.NewButton(text, nil, list)
		num.Importance = widget.LowImportance
		if b.N == 0 {
			num.Disable()
		}
		rows.Add(container.New(&barRowLayout{}, widget.NewLabel(label), newBar(b.N, max, list), num))
	}
	return widget.NewCard(v.env.Loc.T(titleID), "", rows)
}

// barRowLayout places a label (fixed width), a bar (the rest) and the
// number (fixed width) in one row.
type barRowLayout struct{}

const (
	barLabelW = 300
	barNumW   = 130
)

func (barRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	h := size.Height
	objs[0].Resize(fyne.NewSize(barLabelW, h))
	objs[0].Move(fyne.NewPos(0, 0))
	bw := size.Width - barLabelW - barNumW
	objs[1].Resize(fyne.NewSize(bw, h))
	objs[1].Move(fyne.NewPos(barLabelW, 0))
	objs[2].Resize(fyne.NewSize(barNumW, h))
	objs[2].Move(fyne.NewPos(barLabelW+bw, 0))
}

func (barRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	h := objs[0].MinSize().Height
	if mh := objs[2].MinSize().Height; mh > h {
		h = mh
	}
	return fyne.NewSize(barLabelW+barNumW+120, h)
}

// bar is one tappable bar of a chart.
type bar struct {
	widget.BaseWidget
	n, max int
	tapped func()
}

func newBar(n, max int, tapped func()) *bar {
	b := &bar{n: n, max: max, tapped: tapped}
	b.ExtendBaseWidget(b)
	return b
}

func (b *bar) Tapped(*fyne.PointEvent) {
	if b.n > 0 {
		b.tapped()
	}
}

func (b *bar) CreateRenderer() fyne.WidgetRenderer {
	rect := canvas.NewRectangle(theme.Color(theme.ColorNamePrimary))
	base := canvas.NewRectangle(theme.Color(theme.ColorNameSeparator))
	return &barRenderer{b: b, rect: rect, base: base}
}

type barRenderer struct {
	b          *bar
	rect, base *canvas.Rectangle
}

func (r *barRenderer) Layout(size fyne.Size) {
	h := size.Height * 0.55
	y := (size.Height - h) / 2
	r.base.Resize(fyne.NewSize(1, size.Height))
	r.base.Move(fyne.NewPos(0, 0))
	w := float32(0)
	if r.b.max > 0 {
		w = (size.Width - 8) * float32(r.b.n) / float32(r.b.max)
	}
	if r.b.n > 0 && w < 2 {
		w = 2
	}
	r.rect.Resize(fyne.NewSize(w, h))
	r.rect.Move(fyne.NewPos(1, y))
}

func (r *barRenderer) MinSize() fyne.Size { return fyne.NewSize(60, 18) }

func (r *barRenderer) Refresh() {
	r.rect.FillColor = theme.Color(theme.ColorNamePrimary)
	r.base.FillColor = theme.Color(theme.ColorNameSeparator)
	r.Layout(r.b.Size())
	canvas.Refresh(r.b)
}

func (r *barRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.base, r.rect} }
func (r *barRenderer) Destroy()                     {}

// durations draws each duration's quantiles on one scale with the numbers
// beside them.
func (v *View) durations() fyne.CanvasObject {
	e, t := v.e, v.env.Loc.T
	rows := container.NewVBox()
	spreads := []struct {
		id string
		s  model.Spread
	}{
		{"Report.dur.toFirstMeeting", e.ToFirstMeeting}, {"Report.dur.toPlan", e.ToPlan},
		{"Report.dur.duration", e.Duration}, {"Report.dur.toTransmission", e.ToTransmission},
	}
	max := 0.0
	for _, s := range spreads {
		if s.s.Max > max {
			max = s.s.Max
		}
	}
	for _, s := range spreads {
		text := t("Eval.SpreadNone")
		if s.s.N > 0 {
			text = t("Eval.Spread", "Cases", v.env.Loc.N("Count.Cases", s.s.N), "Min", v.decimal(s.s.Min), "Q1", v.decimal(s.s.Q1),
				"Median", v.decimal(s.s.Median), "Q3", v.decimal(s.s.Q3), "Max", v.decimal(s.s.Max))
		}
		rows.Add(container.NewVBox(
			widget.NewLabelWithStyle(t(s.id), fyne.TextAlignLeading, fyne.TextStyle{Bold: true}),
			container.New(&spreadRowLayout{}, newSpread(s.s, max), widget.NewLabel(text)),
		))
	}
	rows.Add(kit.Explanation(t("Eval.SpreadExplain")))
	return widget.NewCard(t("Eval.Chart.Durations"), "", rows)
}

type spreadRowLayout struct{}

func (spreadRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	w := size.Width * 0.4
	objs[0].Resize(fyne.NewSize(w, size.Height))
	objs[0].Move(fyne.NewPos(0, 0))
	objs[1].Resize(fyne.NewSize(size.Width-w-8, size.Height))
	objs[1].Move(fyne.NewPos(w+8, 0))
}

func (spreadRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size {
	m := objs[1].MinSize()
	return fyne.NewSize(200+m.Width, m.Height)
}

// spread draws min–max as a line, Q1–Q3 as a box and the median as a
// mark, on a scale of 0 to max days.
type spread struct {
	widget.BaseWidget
	s   model.Spread
	max float64
}

func newSpread(s model.Spread, max float64) *spread {
	w := &spread{s: s, max: max}
	w.ExtendBaseWidget(w)
	return w
}

func (w *spread) CreateRenderer() fyne.WidgetRenderer {
	r := &spreadRenderer{w: w, line: canvas.NewRectangle(nil), box: canvas.NewRectangle(nil), med: canvas.NewRectangle(nil)}
	r.Refresh()
	return r
}

type spreadRenderer struct {
	w              *spread
	line, box, med *canvas.Rectangle
}

func (r *spreadRenderer) Layout(size fyne.Size) {
	s, max := r.w.s, r.w.max
	if s.N == 0 || max <= 0 {
		for _, o := range r.Objects() {
			o.Hide()
		}
		return
	}
	at := func(x float64) float32 { return float32(x/max) * (size.Width - 4) }
	mid := size.Height / 2
	r.line.Move(fyne.NewPos(at(s.Min), mid-1))
	r.line.Resize(fyne.NewSize(at(s.Max)-at(s.Min)+1, 2))
	r.box.Move(fyne.NewPos(at(s.Q1), mid-7))
	r.box.Resize(fyne.NewSize(at(s.Q3)-at(s.Q1)+1, 14))
	r.med.Move(fyne.NewPos(at(s.Median)-1.5, mid-9))
	r.med.Resize(fyne.NewSize(3, 18))
}

func (r *spreadRenderer) MinSize() fyne.Size { return fyne.NewSize(120, 24) }

func (r *spreadRenderer) Refresh() {
	r.line.FillColor = theme.Color(theme.ColorNameDisabled)
	r.box.FillColor = theme.Color(theme.ColorNameInputBackground)
	r.box.StrokeColor = theme.Color(theme.ColorNamePrimary)
	r.box.StrokeWidth = 1.5
	r.med.FillColor = theme.Color(theme.ColorNamePrimary)
	r.Layout(r.w.Size())
	canvas.Refresh(r.w)
}

func (r *spreadRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.line, r.box, r.med}
}

func (r *spreadRenderer) Destroy() {}

// listCases shows the cases behind a bar; choosing one opens it in the
// main window.
func (v *View) listCases(title string, ids []int64) {
	t := v.env.Loc.T
	var rows []model.CaseSummary
	seen := map[int64]bool{}
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if s, ok := v.names[id]; ok {
			rows = append(rows, s)
		}
	}
	model.SortSummaries(rows)
	var dlg *kit.Dialog
	list := kit.NewList(func() int { return len(rows) },
		func() fyne.CanvasObject { return widget.NewLabel("") },
		func(i widget.ListItemID, o fyne.CanvasObject) {
			r := rows[i]
			o.(*widget.Label).SetText(v.env.Loc.T("Eval.CaseLine", "Name", fmt.Sprintf("%s, %s", r.LastName, r.FirstName), "Phase", v.env.Loc.Enum("PhaseShort", r.Phase)))
		})
	list.OnSelected = func(i widget.ListItemID) {
		dlg.Hide()
		v.open(rows[i].ID)
	}
	// A notice: its one button closes it, and so does Escape.
	dlg = kit.NewDialog(v.env.Win, title, t("Eval.Close"), "", func() { dlg.Hide() }, nil)
	dlg.SetContent(container.NewBorder(kit.Wrapped(t("Eval.CasesBehind", "Cases", v.env.Loc.N("Count.Cases", len(rows)))), nil, nil, nil,
		container.NewGridWrap(fyne.NewSize(520, 360), list)))
	dlg.FocusFirst(list)
	dlg.Show()
}
