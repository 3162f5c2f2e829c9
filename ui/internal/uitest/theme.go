package uitest

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// lightTheme is Fyne's default theme in its light variant whatever the
// system prefers, so screenshots look the same on every machine
// (theme.LightTheme does this but is deprecated).
type lightTheme struct{ fyne.Theme }

func (t lightTheme) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return t.Theme.Color(n, theme.VariantLight)
}

// UseLightTheme draws the running test app in the light theme.
func UseLightTheme() { fyne.CurrentApp().Settings().SetTheme(lightTheme{theme.DefaultTheme()}) }
