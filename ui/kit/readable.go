package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Readable shows the disabled fields below o in the normal text colour:
// finalised plans, earlier assessments, reviews and closed cases are
// records people read, and Fyne's faint disabled colour (below WCAG AA)
// makes a page of them hard to read. The fields stay disabled. An override reaches only what is
// drawn when it is made, so each form, each disabled field outside a form
// and each folded accordion detail gets its own.
func Readable(o fyne.CanvasObject) fyne.CanvasObject {
	th := readableTheme{theme.Current()}
	wrap := func(o fyne.CanvasObject) fyne.CanvasObject {
		if f, ok := o.(*widget.Form); ok {
			return container.NewThemeOverride(f, th)
		}
		if d, ok := o.(fyne.Disableable); ok && d.Disabled() {
			return container.NewThemeOverride(o, th)
		}
		return o
	}
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if x := accordionOf(o); x != nil {
			for _, it := range x.Items {
				walk(it.Detail)
				if f, ok := it.Detail.(*widget.Form); ok {
					// The fold shows and hides its content itself: the form,
					// hidden while it was the content, is shown again inside
					// the box that replaces it.
					f.Show()
					it.Detail = container.NewVBox(wrap(f))
				}
			}
			x.Refresh()
			return
		}
		switch x := o.(type) {
		case *fyne.Container:
			for i, c := range x.Objects {
				walk(c)
				x.Objects[i] = wrap(c)
			}
		case *widget.Card:
			walk(x.Content)
			x.Content = wrap(x.Content)
		}
	}
	walk(o)
	return o
}

// readableTheme is the application's theme with disabled text drawn like
// normal text; light or dark still follows the system.
type readableTheme struct{ base fyne.Theme }

func (t readableTheme) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if n == theme.ColorNameDisabled {
		// Full contrast: a lighter shade fell below WCAG AA (4.28:1 on
		// the light theme's fields, contrast_test.go).
		return t.base.Color(theme.ColorNameForeground, v)
	}
	return t.base.Color(n, v)
}

func (t readableTheme) Font(s fyne.TextStyle) fyne.Resource     { return t.base.Font(s) }
func (t readableTheme) Icon(n fyne.ThemeIconName) fyne.Resource { return t.base.Icon(n) }
func (t readableTheme) Size(n fyne.ThemeSizeName) float32       { return t.base.Size(n) }
