package kit

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"teilhabelotse/model"
)

// variantTheme is Fyne's theme held to one variant: the counselor chose
// light or dark in the settings, whatever the system says.
type variantTheme struct {
	fyne.Theme
	v fyne.ThemeVariant
}

func (t variantTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, t.v)
}

// ApplyTheme sets the window's colours for the theme of the settings at
// once; ThemeSystem (or none) follows the operating system.
func ApplyTheme(a fyne.App, t model.Theme) {
	switch t {
	case model.ThemeLight:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantLight})
	case model.ThemeDark:
		a.Settings().SetTheme(variantTheme{theme.DefaultTheme(), theme.VariantDark})
	default:
		if _, forced := a.Settings().Theme().(variantTheme); forced {
			a.Settings().SetTheme(theme.DefaultTheme())
		}
	}
}

// Variant is the variant the window is drawn in, for the widgets that
// pick their own colours (timeline, profile chart): the one the settings
// hold it to, else the system's.
func Variant() fyne.ThemeVariant {
	s := fyne.CurrentApp().Settings()
	if t, ok := s.Theme().(variantTheme); ok {
		return t.v
	}
	return s.ThemeVariant()
}
