// Package evaluation is the Auswertung window: figures across all cases
// of a period (model.Evaluate), as tiles, charts with their numbers beside
// them and a sortable partner table; a bar lists the cases behind it and
// opens one; the report is saved as PDF or CSV (docs/evaluation.md).
package evaluation

import (
	"context"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// View is the Auswertung. Every change of the period or a filter computes
// the figures off the event goroutine (kit.Background); a result that
// arrives after a newer change is dropped.
type View struct {
	env  *kit.Env
	open func(caseID int64)

	period     *kit.KeySelect
	from, to   *kit.Entry
	carrier    *kit.KeySelect
	intensity  *kit.KeySelect
	status     *widget.Label
	pdfButton  *kit.Button
	csvButton  *kit.Button
	body       *fyne.Container
	content    fyne.CanvasObject
	generation int

	// What is shown: the evaluation, the facts it came from, and the
	// names of the cases for the lists behind the bars.
	e     *model.Evaluation
	facts []model.CaseFacts
	names map[int64]model.CaseSummary

	// done receives after each computation is shown (tests wait on it).
	done chan struct{}
}

// Period choices of the picker, in its order.
const (
	periodThisYear = iota
	periodLastYear
	periodThisQuarter
	periodLastQuarter
	periodCustom
)

// New builds the Auswertung over env's store; open shows a case in the
// main window. It starts with last year, the usual report to the carrier.
func New(env *kit.Env, open func(caseID int64)) *View {
	v := &View{env: env, open: open, done: make(chan struct{}, 16)}
	t := env.Loc.T
	v.from, v.to = kit.NewEntry(), kit.NewEntry()
	v.from.SetPlaceHolder(t("Eval.DatePlaceholder"))
	v.to.SetPlaceHolder(t("Eval.DatePlaceholder"))
	v.from.OnSubmitted = func(string) { v.recompute() }
	v.to.OnSubmitted = func(string) { v.recompute() }
	v.period = kit.NewSelect([]string{t("Eval.ThisYear"), t("Eval.LastYear"), t("Eval.ThisQuarter"), t("Eval.LastQuarter"), t("Eval.Custom")}, nil, nil)
	v.carrier = kit.NewSelect(v.carrierOptions(), func(string) { v.recompute() }, nil)
	v.carrier.SetSelectedIndex(0)
	v.intensity = kit.NewSelect([]string{t("Eval.AllIntensities"), "A", "B", "C"}, func(string) { v.recompute() }, nil)
	v.intensity.SetSelectedIndex(0)
	v.period.OnChanged = func(string) { v.presetChanged() }
	apply := kit.NewButton(t("Eval.Apply"), theme.ViewRefreshIcon(), v.recompute)
	v.status = &widget.Label{Wrapping: fyne.TextWrapWord}
	v.pdfButton = kit.NewButton(t("Eval.SavePDF"), theme.DocumentSaveIcon(), func() { v.export("pdf") })
	v.csvButton = kit.NewButton(t("Eval.SaveCSV"), theme.DocumentSaveIcon(), func() { v.export("csv") })

	label := func(id string) *widget.Label { return widget.NewLabel(t(id)) }
	// Three short rows rather than one long one, so the window fits a
	// small screen at 150 % scaling.
	bar := container.NewHBox(label("Eval.Period"), v.period, label("Eval.From"), sized(v.from, 120), label("Eval.To"), sized(v.to, 120), apply)
	filters := container.NewHBox(label("Eval.Carrier"), sized(v.carrier, 300), label("Eval.Intensity"), v.intensity)
	exports := container.NewHBox(v.pdfButton, v.csvButton)
	v.body = container.NewVBox()
	top := container.NewVBox(kit.Heading(t("Eval.Title")), bar, filters, exports, v.status, widget.NewSeparator())
	v.content = container.NewBorder(top, nil, nil, nil, kit.NewPage(container.NewPadded(v.body)))
	v.period.SetSelectedIndex(periodLastYear)
	return v
}

// Content is the window's content.
func (v *View) Content() fyne.CanvasObject { return v.content }

// Done receives once per finished computation (for tests).
func (v *View) Done() <-chan struct{} { return v.done }

func (v *View) carrierOptions() []string {
	opts := []string{v.env.Loc.T("Eval.AllCarriers")}
	seen := map[string]bool{}
	for _, c := range append([]string{v.env.Settings.Carrier}, model.DRVCarriers...) {
		if c != "" && !seen[c] {
			seen[c] = true
			opts = append(opts, c)
		}
	}
	return opts
}

// addCarriers offers, besides the DRV carriers, every other carrier
// recorded on a case read, so each can be chosen as a filter.
func (v *View) addCarriers(facts []model.CaseFacts) {
	have := map[string]bool{}
	for _, o := range v.carrier.Options {
		have[o] = true
	}
	added := false
	for _, f := range facts {
		if c := f.Carrier; c != "" && !have[c] {
			have[c] = true
			v.carrier.Options = append(v.carrier.Options, c)
			added = true
		}
	}
	if added {
		v.carrier.Refresh()
	}
}

// presetChanged fills the dates of a preset and computes; a custom period
// waits for the dates.
func (v *View) presetChanged() {
	today := v.env.Today()
	var p model.Period
	switch v.period.SelectedIndex() {
	case periodThisYear:
		p = model.YearPeriod(today.Y)
	case periodLastYear:
		p = model.YearPeriod(today.Y - 1)
	case periodThisQuarter:
		p = model.QuarterPeriod(today.Y, model.QuarterOf(today))
	case periodLastQuarter:
		y, q := today.Y, model.QuarterOf(today)-1
		if q == 0 {
			y, q = y-1, 4
		}
		p = model.QuarterPeriod(y, q)
	default:
		v.from.Enable()
		v.to.Enable()
		v.env.Win.Canvas().Focus(v.from)
		return
	}
	v.from.SetText(p.From.German())
	v.to.SetText(p.To.German())
	v.recompute()
}

// SetPeriod shows period p as a custom period and computes it.
func (v *View) SetPeriod(p model.Period) {
	v.period.OnChanged = nil
	v.period.SetSelectedIndex(periodCustom)
	v.period.OnChanged = func(string) { v.presetChanged() }
	v.from.SetText(p.From.German())
	v.to.SetText(p.To.German())
	v.recompute()
}

func (v *View) filter() model.Filter {
	var f model.Filter
	if i := v.carrier.SelectedIndex(); i > 0 {
		f.Carrier = v.carrier.Selected
	}
	if i := v.intensity.SelectedIndex(); i > 0 {
		f.Intensity = model.Intensity(v.intensity.Selected)
	}
	return f
}

// recompute reads the period and filters and computes off the event
// goroutine.
func (v *View) recompute() {
	if v.period == nil || v.carrier == nil || v.intensity == nil || v.status == nil {
		return // still being built
	}
	p, err := model.ValidatePeriod(v.from.Text, v.to.Text)
	if err != nil {
		v.status.SetText(v.env.Loc.Error(err))
		return
	}
	f := v.filter()
	v.generation++
	gen := v.generation
	v.status.SetText(v.env.Loc.T("Eval.Computing"))
	store, settings := v.env.Store, v.env.Settings
	var (
		e     *model.Evaluation
		facts []model.CaseFacts
		names map[int64]model.CaseSummary
		took  time.Duration
	)
	kit.Background(v.env, func() {
		start := time.Now()
		ctx := context.Background()
		if facts, err = store.CaseFacts(ctx, p); err != nil {
			return
		}
		var partners []model.Partner
		if partners, err = store.Partners(ctx); err != nil {
			return
		}
		e = model.Evaluate(facts, partners, p, f, settings)
		var rows []model.CaseSummary
		if rows, err = store.ListCases(ctx); err != nil {
			return
		}
		names = make(map[int64]model.CaseSummary, len(rows))
		for _, r := range rows {
			names[r.ID] = r
		}
		took = time.Since(start)
	}, func() {
		if gen != v.generation {
			return // a newer change is on its way
		}
		defer func() { v.done <- struct{}{} }()
		if err != nil {
			v.status.SetText(v.env.Loc.Error(err))
			return
		}
		v.e, v.facts, v.names = e, facts, names
		v.addCarriers(facts)
		v.status.SetText(v.env.Loc.T("Eval.Status", "Cases", v.env.Loc.N("Count.Cases", e.Considered), "Millis", strconv.FormatInt(took.Milliseconds(), 10)))
		v.show()
	})
}

// sized gives an entry or select a minimum width in a box.
func sized(o fyne.CanvasObject, w float32) fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(w, o.MinSize().Height), o)
}
