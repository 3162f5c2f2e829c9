package intake

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// statusLine is a wrapping line of text with a mark in front (done,
// missing, overdue), coloured by its importance. The mark is a theme icon,
// so the state does not hang on colour alone.
type statusLine struct {
	root  *fyne.Container
	icon  *widget.Icon
	label *widget.Label
}

func newStatusLine() *statusLine {
	l := &statusLine{icon: widget.NewIcon(nil), label: &widget.Label{Wrapping: fyne.TextWrapWord}}
	// The icon sits beside the first line of a wrapped text: move it down
	// by the label's inner padding and half the difference of the heights.
	th := theme.Current()
	inner := th.Size(theme.SizeNameInnerPadding)
	text := fyne.MeasureText("Ag", th.Size(theme.SizeNameText), fyne.TextStyle{}).Height
	top := inner + (text-th.Size(theme.SizeNameInlineIcon))/2
	mark := container.New(layout.NewCustomPaddedLayout(top, 0, 0, 0), l.icon)
	l.root = container.NewBorder(nil, nil, container.NewVBox(mark), nil, l.label)
	return l
}

// set shows text with icon in the colour of imp. Only danger colours the
// text as well: the light success and warning colours are hard to read as
// text, and the icon already carries them.
func (l *statusLine) set(icon fyne.Resource, text string, imp widget.Importance) {
	switch imp {
	case widget.DangerImportance:
		icon = theme.NewErrorThemedResource(icon)
	case widget.WarningImportance:
		icon = theme.NewWarningThemedResource(icon)
	case widget.SuccessImportance:
		icon = theme.NewSuccessThemedResource(icon)
	}
	l.icon.SetResource(icon)
	l.label.Importance = widget.MediumImportance
	if imp == widget.DangerImportance {
		l.label.Importance = imp
	}
	l.label.SetText(text)
}

// bold draws the line's text in bold (a warning that must not be missed).
func (l *statusLine) bold() *statusLine {
	l.label.TextStyle = fyne.TextStyle{Bold: true}
	return l
}
