package assessment

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"teilhabelotse/ui/kit"
)

// frozen makes o read-only with kit.Freeze and returns it drawn so that it
// can still be read:
//
//   - kit.Freeze stops at a widget.Form, which is itself fyne.Disableable
//     (for its submit button), so it never reaches the form's fields; they
//     are frozen here too. Once kit.Freeze handles *widget.Form before
//     fyne.Disableable, freezeForms can go.
//   - Fyne draws disabled text in a pale grey that is hard to read in a
//     whole page of notes; an earlier assessment is a record people read,
//     so its disabled fields use the normal text colour.
//   - Add and remove buttons that can never be used are hidden rather than
//     shown greyed out.
func frozen(o fyne.CanvasObject) fyne.CanvasObject {
	kit.Freeze(o)
	freezeForms(o)
	hideButtons(o)
	return container.NewThemeOverride(o, readOnlyTheme{})
}

func freezeForms(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *fyne.Container:
		for _, c := range x.Objects {
			freezeForms(c)
		}
	case *widget.Card:
		if x.Content != nil {
			freezeForms(x.Content)
		}
	case *widget.Form:
		for _, it := range x.Items {
			kit.Freeze(it.Widget)
			freezeForms(it.Widget)
		}
	}
}

func hideButtons(o fyne.CanvasObject) {
	switch x := o.(type) {
	case *widget.Button:
		x.Hide()
	case *fyne.Container:
		for _, c := range x.Objects {
			hideButtons(c)
		}
	case *widget.Card:
		if x.Content != nil {
			hideButtons(x.Content)
		}
	case *widget.Form:
		for _, it := range x.Items {
			hideButtons(it.Widget)
		}
	}
}

// readOnlyTheme is the application's theme with disabled text in the
// normal text colour. It asks the application for its theme at every
// lookup, so a change of theme reaches frozen views too.
type readOnlyTheme struct{}

func (readOnlyTheme) base() fyne.Theme { return fyne.CurrentApp().Settings().Theme() }

func (t readOnlyTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		n = theme.ColorNameForeground
	}
	return t.base().Color(n, v)
}

func (t readOnlyTheme) Font(s fyne.TextStyle) fyne.Resource { return t.base().Font(s) }

func (t readOnlyTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base().Icon(n) }

func (t readOnlyTheme) Size(n fyne.ThemeSizeName) float32 { return t.base().Size(n) }
