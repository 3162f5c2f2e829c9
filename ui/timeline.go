package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// timeline draws where a case has been in the control loop: the five
// phases of model.LoopPhases left to right, each with every date the case
// entered it and a loop mark when it came back, the current phase
// highlighted, a premature end marked on the closure with its reason, and
// "closed" as the end marker.
type timeline struct {
	widget.BaseWidget

	loc   *locales.Localizer
	steps []*timelineStep // the loop phases, then closed

	// onTap opens the workspace of a phase; shown is the phase whose
	// workspace is open, marked when it is not the current one.
	onTap func(model.Phase)
	shown model.Phase

	content *fyne.Container
	compact bool // titles only: no dates, no "aktuelle Phase"
}

// timelineStep is one phase on the timeline.
type timelineStep struct {
	phase   model.Phase
	entered []time.Time // when the case entered the phase, oldest first
	current bool

	bg      *canvas.Rectangle
	title   *widget.Label
	here    *widget.Label // "aktuelle Phase", only on the current step
	dates   *widget.Label
	loop    *widget.Label   // "2× durchlaufen"
	loopBox *fyne.Container // the loop icon and its label
	// early says "vorzeitig beendet: reason" on the closure when the case
	// entered it by a premature end; empty otherwise.
	early    string
	earlyL   *widget.Label
	earlyBox *fyne.Container
}

func newTimeline(loc *locales.Localizer) *timeline {
	t := &timeline{loc: loc}
	t.ExtendBaseWidget(t)
	t.buildUI()
	return t
}

func (t *timeline) buildUI() {
	phases := append(append([]model.Phase{}, model.LoopPhases...), model.PhaseClosed)
	cells := make([]fyne.CanvasObject, 0, len(phases))
	for i, p := range phases {
		// Titles wrap at spaces when the window is narrow; the dates never
		// wrap, so a step is always as wide as a date.
		s := &timelineStep{
			phase: p,
			bg:    &canvas.Rectangle{CornerRadius: theme.InputRadiusSize()},
			title: &widget.Label{Text: t.loc.Enum("PhaseShort", p), Wrapping: fyne.TextWrapWord},
			here:  &widget.Label{Text: t.loc.T("Timeline.Current"), Importance: widget.HighImportance, Wrapping: fyne.TextWrapWord, SizeName: captionSize},
			dates: &widget.Label{},
			loop:  &widget.Label{Importance: widget.WarningImportance, Wrapping: fyne.TextWrapWord, SizeName: captionSize},
		}
		// The default fonts have no "↺", so the loop mark is an icon.
		s.loopBox = container.NewBorder(nil, nil, smallIcon(theme.ViewRefreshIcon()), nil, s.loop)
		s.earlyL = &widget.Label{Importance: widget.DangerImportance, Wrapping: fyne.TextWrapWord, SizeName: captionSize}
		s.earlyBox = container.NewBorder(nil, nil, smallIcon(theme.NewErrorThemedResource(theme.WarningIcon())), nil, s.earlyL)
		s.here.Hide()
		s.loopBox.Hide()
		s.earlyBox.Hide()
		body := container.NewVBox(s.title, s.here, s.dates, s.loopBox, s.earlyBox)
		if p == model.PhaseClosed {
			// The end marker: a stop sign and the closed state, never
			// wrapped, so it keeps its width.
			s.title.SizeName = captionSize
			s.title.Wrapping = fyne.TextWrapOff
			body = container.NewVBox(container.NewBorder(nil, nil, smallIcon(theme.MediaStopIcon()), nil, s.title), s.here, s.dates)
		}
		var left fyne.CanvasObject
		if i > 0 {
			left = smallIcon(theme.NavigateNextIcon())
		}
		cells = append(cells, container.NewBorder(nil, nil, left, nil, container.NewStack(s.bg, body)))
		t.steps = append(t.steps, s)
	}
	t.content = container.New(&timelineLayout{steps: t.steps, compact: func() bool { return t.compact }}, cells...)
}

// smallIcon is an icon of caption size, vertically centred.
func smallIcon(r fyne.Resource) fyne.CanvasObject {
	size := theme.Size(captionSize) + theme.Padding()
	return container.NewCenter(container.NewGridWrap(fyne.NewSize(size, size), widget.NewIcon(r)))
}

// setCase shows the visits of c.
func (t *timeline) setCase(c *model.Case) {
	byPhase := map[model.Phase][]time.Time{}
	for _, v := range c.Visits() {
		byPhase[v.Phase] = append(byPhase[v.Phase], v.From)
	}
	early := ""
	if _, ok := c.PrematureEnd(); ok {
		early = t.loc.T("Timeline.Premature")
		if c.Closure.Reason != "" {
			early = t.loc.T("Timeline.PrematureReason", "Reason", t.loc.Enum("EndingReason", c.Closure.Reason))
		}
	}
	for _, s := range t.steps {
		s.entered = byPhase[s.phase]
		s.current = c.Phase == s.phase
		s.early = ""
		if s.phase == model.PhaseClosure {
			s.early = early
		}
	}
	t.Refresh()
}

// Refresh applies the case and the current theme to every step.
func (t *timeline) Refresh() {
	th := t.Theme()
	v := kit.Variant()
	for _, s := range t.steps {
		dates := make([]string, len(s.entered))
		for i, at := range s.entered {
			dates[i] = t.loc.Date(model.DateOf(at.Local()))
		}
		s.dates.Text = strings.Join(dates, "\n")
		if len(dates) == 0 {
			s.dates.Text = t.loc.T("Timeline.NotReached")
		}
		s.earlyL.Text = s.early
		if s.early != "" {
			s.earlyBox.Show()
		} else {
			s.earlyBox.Hide()
		}
		s.earlyL.Refresh()
		if n := len(s.entered); n > 1 && s.phase != model.PhaseClosed {
			s.loop.Text = t.loc.T("Timeline.Loop", "Count", n)
			s.loopBox.Show()
		} else {
			s.loopBox.Hide()
		}

		s.title.TextStyle.Bold = s.current
		s.bg.StrokeWidth = 0
		switch {
		case s.current:
			s.title.Importance = widget.HighImportance
			s.bg.FillColor = th.Color(theme.ColorNameSelection, v)
			s.bg.StrokeColor = th.Color(theme.ColorNamePrimary, v)
			s.bg.StrokeWidth = 2
			s.here.Show()
		case len(s.entered) > 0:
			s.title.Importance = widget.MediumImportance
			s.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
			s.here.Hide()
			if s.phase == t.shown {
				s.bg.StrokeColor = th.Color(theme.ColorNameForeground, v)
				s.bg.StrokeWidth = 1
			}
		default: // not reached yet
			s.title.Importance = widget.MediumImportance
			s.dates.Importance = widget.LowImportance
			s.bg.FillColor = th.Color(theme.ColorNameInputBackground, v)
			s.here.Hide()
		}
		if len(s.entered) > 0 {
			s.dates.Importance = widget.MediumImportance
		}
		s.dates.Hidden = t.compact
		if t.compact {
			s.here.Hide()
			s.loopBox.Hide()
			// Small and on one line: a wrapped title ("Assessme|nt")
			// would make the compact timeline as tall as the full one.
			// Cut with "…" only when even that does not fit.
			s.title.SizeName, s.title.Wrapping, s.title.Truncation = captionSize, fyne.TextWrapOff, fyne.TextTruncateEllipsis
		} else {
			s.title.Truncation = fyne.TextTruncateOff
			if s.phase != model.PhaseClosed {
				s.title.SizeName, s.title.Wrapping = "", fyne.TextWrapWord
			}
		}
		s.title.Refresh()
		s.dates.Refresh()
		s.loop.Refresh()
		s.bg.Refresh()
	}
	t.BaseWidget.Refresh()
}

// Tapped opens the workspace of the phase under the pointer; phases the
// case has not reached yet have nothing to show.
func (t *timeline) Tapped(ev *fyne.PointEvent) {
	if t.onTap == nil {
		return
	}
	for i, cell := range t.content.Objects {
		pos, size := cell.Position(), cell.Size()
		if ev.Position.X < pos.X || ev.Position.X > pos.X+size.Width {
			continue
		}
		if s := t.steps[i]; len(s.entered) > 0 || s.current {
			t.onTap(s.phase)
		}
		return
	}
}

// setCompact shows the steps by their titles only (the current one still
// highlighted), for a low window.
func (t *timeline) setCompact(compact bool) {
	t.compact = compact
	t.Refresh()
}

// setShown marks the phase whose workspace is open.
func (t *timeline) setShown(p model.Phase) {
	t.shown = p
	t.Refresh()
}

// CreateRenderer draws the steps as a composite.
func (t *timeline) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(t.content)
}

// timelineLayout lays the steps out left to right. Each step gets the width
// its texts need unwrapped, and the rest of the row is shared equally; only
// when the row is too narrow for that do the steps shrink in proportion
// and their titles wrap.
type timelineLayout struct {
	steps   []*timelineStep
	compact func() bool // the titles only
}

// preferred is the width a cell needs to show its texts on one line, and
// floor the least it needs to keep its title on one line.
func (l *timelineLayout) preferred(i int, cell fyne.CanvasObject) (pref, floor float32) {
	s := l.steps[i]
	inner := 2 * theme.InnerPadding()
	extra := float32(0) // what the cell has besides its texts: arrow, icon
	if i > 0 {
		extra += theme.Size(captionSize) + 2*theme.Padding()
	}
	if s.phase == model.PhaseClosed {
		extra += theme.Size(captionSize) + 2*theme.Padding()
	}
	measure := func(lb *widget.Label, text string, icon bool) float32 {
		name := lb.SizeName
		if name == "" {
			name = theme.SizeNameText
		}
		// Measured bold, so that becoming current does not move the steps.
		size := fyne.MeasureText(text, theme.Size(name), fyne.TextStyle{Bold: true}).Width + inner + extra
		if icon {
			size += theme.Size(captionSize) + 2*theme.Padding()
		}
		return size
	}
	floor = max(cell.MinSize().Width, measure(s.title, s.title.Text, false))
	pref = floor
	// "aktuelle Phase" and "2× durchlaufen" wrap at their spaces: a step
	// needs their longest word. Measured whole, they made every step as
	// wide as the line, and in a window of 1000 points beside the case
	// list the steps shrank below their titles ("Assessmen|t"). Compact,
	// no step says them at all.
	if !l.compact() {
		for _, word := range strings.Fields(s.here.Text) {
			pref = max(pref, measure(s.here, word, false))
		}
	}
	if s.loopBox.Visible() {
		for _, word := range strings.Fields(s.loop.Text) {
			pref = max(pref, measure(s.loop, word, true))
		}
	}
	return pref, floor
}

// Layout gives each step its preferred width and shares the rest of the
// row equally. In a row too narrow for that, the steps first give up what
// they have beyond their floor (their titles stay on one line), and only
// then shrink in proportion.
func (l *timelineLayout) Layout(cells []fyne.CanvasObject, size fyne.Size) {
	pref := make([]float32, len(cells))
	floor := make([]float32, len(cells))
	var sum, floors float32
	for i, c := range cells {
		pref[i], floor[i] = l.preferred(i, c)
		sum += pref[i]
		floors += floor[i]
	}
	gaps := stepGap() * float32(len(cells)-1)
	avail := size.Width - gaps
	x := float32(0)
	for i, c := range cells {
		var w float32
		switch {
		case sum <= avail:
			w = pref[i] + (avail-sum)/float32(len(cells))
		case floors <= avail:
			w = floor[i] + (pref[i]-floor[i])*(avail-floors)/(sum-floors)
		default:
			w = floor[i] * avail / floors
		}
		c.Move(fyne.NewPos(x, 0))
		c.Resize(fyne.NewSize(w, size.Height))
		x += w + stepGap()
	}
}

func (l *timelineLayout) MinSize(cells []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, c := range cells {
		m := c.MinSize()
		min.Width += m.Width
		min.Height = max(min.Height, m.Height)
	}
	min.Width += stepGap() * float32(len(cells)-1)
	return min
}

// stepGap is the space between two steps; the arrow in front of each
// step sets them apart already.
func stepGap() float32 { return theme.Padding() / 2 }
