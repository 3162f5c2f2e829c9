// Package reading is the Fallverlauf: the whole case as one continuous,
// chronological read — intake, assessments, plan versions, reviews,
// contacts, consents and disclosures, the closure and every move of the
// control loop, each under its date. It only reads the case; editing
// happens in the phase workspaces.
package reading

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// dateSample is the widest text of the date column.
const dateSample = "00.00.0000"

// New returns the Fallverlauf of the session's case. The host puts it in
// a vertical scroll, so it does not scroll by itself.
func New(s *kit.Session) fyne.CanvasObject {
	es := entries(s.Case, s.Env.Loc, s.Env.PartnerName)
	intro := &widget.Label{Text: s.T("Reading.Intro"), Wrapping: fyne.TextWrapWord, TextStyle: fyne.TextStyle{Italic: true}}
	box := container.NewVBox(intro, widget.NewSeparator())
	width := dateWidth()
	for i, e := range es {
		box.Add(row(s, e, width))
		if i < len(es)-1 {
			box.Add(widget.NewSeparator())
		}
	}
	return box
}

// dateWidth is the width of the date column: one date and the label's
// padding on both sides, so every heading starts at the same place.
func dateWidth() float32 {
	w := fyne.MeasureText(dateSample, theme.TextSize(), fyne.TextStyle{}).Width
	return w + 4*theme.InnerPadding()
}

// row draws one entry: the date (and for moves the time) on the left,
// the heading and its lines on the right.
func row(s *kit.Session, e entry, width float32) fyne.CanvasObject {
	date := &widget.Label{Text: s.Env.Loc.Date(e.date)}
	if !e.date.Valid() {
		date.Text = s.T("Reading.NoDate")
	}
	if !e.at.IsZero() {
		date.Text += "\n" + s.T("Reading.Time", "Time", e.at.Format("15:04"))
	}
	spacer := canvas.NewRectangle(color.Transparent)
	spacer.SetMinSize(fyne.NewSize(width, 0))
	left := container.NewStack(spacer, date)
	return container.NewBorder(nil, nil, left, nil, body(e, s.Shown))
}

// Text styles of an entry: the heading bold, the field names muted so
// that the eye runs down the facts.
var (
	headingStyle = widget.RichTextStyle{ColorName: theme.ColorNameForeground, TextStyle: fyne.TextStyle{Bold: true}}
	labelStyle   = widget.RichTextStyle{ColorName: theme.ColorNamePlaceHolder, Inline: true}
	textStyle    = widget.RichTextStyleParagraph
)

// body is the heading and the lines of an entry as one wrapping text;
// shown cuts a text too long to draw quickly (kit.Session.Shown).
func body(e entry, shown func(string) string) *widget.RichText {
	segs := []widget.RichTextSegment{&widget.TextSegment{Text: e.heading, Style: headingStyle}}
	for _, l := range e.lines {
		if l.label != "" {
			segs = append(segs, &widget.TextSegment{Text: l.label + ": ", Style: labelStyle})
		}
		segs = append(segs, &widget.TextSegment{Text: shown(l.text), Style: textStyle})
	}
	rt := widget.NewRichText(segs...)
	rt.Wrapping = fyne.TextWrapWord
	return rt
}
