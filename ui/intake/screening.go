package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// screeningView is the screening of the eight areas: per area the
// Fachkonzept's question, the answer, its Anhaltspunkte and a note, folded
// into an accordion whose titles show the answers at a glance.
type screeningView struct {
	s     *kit.Session
	count *widget.Label
	acc   *widget.Accordion
	areas []*screeningArea
	root  fyne.CanvasObject
}

type screeningArea struct {
	area       model.ScreeningArea
	answer     *model.ScreeningAnswer
	radio      *widget.RadioGroup
	indicators []*option
	notes      *kit.Entry
}

func newScreeningView(s *kit.Session) *screeningView {
	in := &s.Case.Intake
	// ScreeningFor appends a missing area, which may move the slice: add
	// all eight first, then take the pointers the widgets bind to.
	for _, a := range model.ScreeningAreas {
		in.ScreeningFor(a)
	}
	v := &screeningView{s: s, count: kit.Wrapped(""), acc: widget.NewAccordion()}
	v.acc.MultiOpen = true
	for _, a := range model.ScreeningAreas {
		sa := &screeningArea{area: a, answer: in.ScreeningFor(a)}
		v.areas = append(v.areas, sa)
		v.acc.Append(widget.NewAccordionItem("", v.detail(sa)))
	}
	v.root = s.Section("Intake.Screening", "",
		kit.Wrapped(s.T("Intake.ScreeningIntro")),
		v.count,
		v.acc,
	)
	return v
}

func (v *screeningView) detail(sa *screeningArea) fyne.CanvasObject {
	s := v.s
	keys := model.Indicators[sa.area]
	labels := make([]string, len(keys))
	for i, k := range keys {
		labels[i] = s.T("Indicator." + k)
	}
	sa.radio = kit.Radio(s, "Answer", model.Answers, &sa.answer.Answer)
	afterRadio(sa.radio, v.refreshTitles)
	sa.indicators = checkSet(s, labels, keys, &sa.answer.Indicators)
	sa.notes = s.Note(&sa.answer.Notes)
	sa.notes.SetPlaceHolder(s.T("Intake.ScreeningNotes"))

	question := kit.Wrapped(s.T("ScreeningQuestion." + string(sa.area)))
	question.TextStyle = fyne.TextStyle{Italic: true}
	return container.NewVBox(
		question,
		sa.radio,
		kit.Heading(s.T("Intake.Indicators")),
		column(sa.indicators),
		sa.notes,
	)
}

// refreshTitles writes the answers into the accordion titles and counts
// the areas answered.
func (v *screeningView) refreshTitles() {
	answered := 0
	for i, sa := range v.areas {
		ans := v.s.T("Intake.ScreeningOpen")
		if sa.answer.Answer != "" {
			answered++
			ans = v.s.Env.Loc.Enum("Answer", sa.answer.Answer)
		}
		v.acc.Items[i].Title = v.s.T("Intake.ScreeningTitle", "Area", v.s.Env.Loc.Enum("ScreeningArea", sa.area), "Answer", ans)
	}
	v.count.SetText(v.s.T("Intake.ScreeningCount", "Answered", answered, "Total", len(v.areas)))
	v.acc.Refresh()
}
