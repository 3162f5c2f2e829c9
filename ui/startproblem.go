package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/locales"
)

// NewStartProblem is the window shown instead of the main window when the
// program cannot start on its data — the folder is in use by another
// window, the database cannot be opened — so that a counselor who started
// it from the desktop sees why, not only a terminal would. Its buttons sit
// in one row at the bottom right, as in every dialog: Beenden, then the
// action that may solve the problem (e.g. rebuilding damaged indexes), if
// there is one. Escape quits; Enter presses the right-most button. detail
// is the system's own words, in small print.
func NewStartProblem(a fyne.App, loc *locales.Localizer, heading, text, detail string, action ...StartAction) fyne.Window {
	w := a.NewWindow(loc.T("StartProblem.Title"))
	icon := widget.NewIcon(theme.WarningIcon())
	head := &widget.Label{Text: heading, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	body := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
	quit := &widget.Button{Text: loc.T("StartProblem.Quit"), Importance: widget.HighImportance, OnTapped: a.Quit}
	row := container.NewHBox(layout.NewSpacer(), quit)
	primary := quit
	for _, act := range action {
		primary = &widget.Button{Text: act.Text, Importance: widget.HighImportance, OnTapped: act.Do}
		quit.Importance = widget.MediumImportance
		row.Add(primary)
	}
	bottom := container.NewVBox()
	if detail != "" {
		bottom.Add(&widget.Label{Text: detail, SizeName: captionSize, Wrapping: fyne.TextWrapWord})
	}
	bottom.Add(row)
	w.SetContent(container.NewPadded(container.NewBorder(
		container.NewBorder(nil, nil, icon, nil, head), bottom, nil, nil,
		container.NewVScroll(body))))
	w.Resize(fyne.NewSize(600, 320))
	w.SetCloseIntercept(a.Quit)
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		switch k.Name {
		case fyne.KeyEscape:
			a.Quit()
		case fyne.KeyReturn, fyne.KeyEnter:
			primary.OnTapped()
		}
	})
	return w
}

// StartAction is a button of a start problem window beside Beenden.
type StartAction struct {
	Text string
	Do   func()
}
