package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/model"
	"teilhabelotse/ui/kit"
)

// screeningView is the screening of the eight areas. Each area is a row
// with its answer ja/nein/unklar, one click; its Anhaltspunkte, the
// Fachkonzept's question and a note fold out below it only when needed
// (a "Nein" needs none of them).
type screeningView struct {
	s     *kit.Session
	count *widget.Label
	areas []*screeningArea
	root  fyne.CanvasObject
}

type screeningArea struct {
	area       model.ScreeningArea
	answer     *model.ScreeningAnswer
	radio      *kit.KeyRadio
	fold       *kit.KeyAccordion // Anhaltspunkte, question and note
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
	v := &screeningView{s: s, count: kit.Wrapped("")}
	rows := container.NewVBox()
	for i, a := range model.ScreeningAreas {
		sa := &screeningArea{area: a, answer: in.ScreeningFor(a)}
		v.areas = append(v.areas, sa)
		if i > 0 {
			rows.Add(widget.NewSeparator())
		}
		rows.Add(v.row(sa))
	}
	// Most areas are a "Nein" once the first meeting has gone through
	// them: the counselor answers those that need a word and says "Nein"
	// to the rest at once. The areas stay answerable one by one.
	rest := kit.NewButton(s.T("Intake.ScreeningRestNo"), nil, v.restNo)
	v.root = s.Section("Intake.Screening", "",
		kit.Wrapped(s.T("Intake.ScreeningIntro")),
		v.count,
		rows,
		container.NewHBox(rest),
	)
	return v
}

// restNo answers "Nein" for every area not answered yet.
func (v *screeningView) restNo() {
	no := v.s.Env.Loc.Enum("Answer", model.AnswerNo)
	for _, sa := range v.areas {
		if sa.answer.Answer == "" {
			sa.radio.SetSelected(no)
		}
	}
}

// row is one area: its name, the answer and the fold with the rest.
func (v *screeningView) row(sa *screeningArea) fyne.CanvasObject {
	s := v.s
	keys := model.Indicators[sa.area]
	labels := make([]string, len(keys))
	for i, k := range keys {
		labels[i] = s.T("Indicator." + k)
	}
	sa.radio = kit.Radio(s, "Answer", model.Answers, &sa.answer.Answer)
	sa.radio.Horizontal = true
	after(&sa.radio.OnChanged, v.refreshTitles)
	sa.indicators = checkSet(s, labels, keys, &sa.answer.Indicators)
	for _, o := range sa.indicators {
		kit.Then(&o.OnChanged, func(on bool) {
			v.refreshTitles()
		})
	}
	sa.notes = s.Note(&sa.answer.Notes)
	sa.notes.SetPlaceHolder(s.T("Intake.ScreeningNotes"))

	question := kit.Wrapped(s.T("ScreeningQuestion." + string(sa.area)))
	question.TextStyle = fyne.TextStyle{Italic: true}
	sa.fold = kit.NewAccordion(widget.NewAccordionItem("", container.NewVBox(
		question,
		kit.Heading(s.T("Intake.Indicators")),
		column(sa.indicators),
		sa.notes,
	)))
	name := kit.Wrapped(s.Env.Loc.Enum("ScreeningArea", sa.area))
	name.TextStyle = fyne.TextStyle{Bold: true}
	return container.NewVBox(name, sa.radio, sa.fold)
}

// refreshTitles says on each fold how many Anhaltspunkte are ticked and
// whether a note is written, and counts the areas answered.
func (v *screeningView) refreshTitles() {
	answered := 0
	for _, sa := range v.areas {
		if sa.answer.Answer != "" {
			answered++
		}
		sa.fold.Items[0].Title = v.s.T("Intake.ScreeningFold", "Ticked", len(sa.answer.Indicators), "Total", len(sa.indicators))
		sa.fold.Refresh()
	}
	v.count.SetText(v.s.T("Intake.ScreeningCount", "Answered", answered, "Total", len(v.areas)))
}
