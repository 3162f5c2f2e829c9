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
// it from the desktop sees why, not only a terminal would. It has one
// button, Beenden; detail is the system's own words, in small print.
func NewStartProblem(a fyne.App, loc *locales.Localizer, heading, text, detail string) fyne.Window {
	w := a.NewWindow(loc.T("StartProblem.Title"))
	icon := widget.NewIcon(theme.WarningIcon())
	head := &widget.Label{Text: heading, TextStyle: fyne.TextStyle{Bold: true}, SizeName: theme.SizeNameSubHeadingText, Wrapping: fyne.TextWrapWord}
	body := &widget.Label{Text: text, Wrapping: fyne.TextWrapWord}
	quit := &widget.Button{Text: loc.T("StartProblem.Quit"), Importance: widget.HighImportance, OnTapped: a.Quit}
	bottom := container.NewVBox()
	if detail != "" {
		bottom.Add(&widget.Label{Text: detail, SizeName: captionSize, Wrapping: fyne.TextWrapWord})
	}
	bottom.Add(container.NewHBox(layout.NewSpacer(), quit))
	w.SetContent(container.NewPadded(container.NewBorder(
		container.NewBorder(nil, nil, icon, nil, head), bottom, nil, nil,
		container.NewVScroll(body))))
	w.Resize(fyne.NewSize(600, 320))
	w.SetCloseIntercept(a.Quit)
	w.Canvas().SetOnTypedKey(func(k *fyne.KeyEvent) {
		if k.Name == fyne.KeyEscape || k.Name == fyne.KeyReturn {
			a.Quit()
		}
	})
	return w
}

// WithAction adds a button for text that runs do, as the most important
// one, beside Beenden at the bottom of a start problem window's content.
func WithAction(content fyne.CanvasObject, text string, do func()) fyne.CanvasObject {
	b := &widget.Button{Text: text, Importance: widget.HighImportance, OnTapped: do}
	return container.NewBorder(nil, container.NewPadded(container.NewHBox(layout.NewSpacer(), b)), nil, nil, content)
}
