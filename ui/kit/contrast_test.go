package kit

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// luminance is the relative luminance of c drawn over bg (WCAG 2.x).
func luminance(c, bg color.Color) float64 {
	r, g, b, a := c.RGBA()
	br, bgG, bb, _ := bg.RGBA()
	alpha := float64(a) / 0xffff
	mix := func(fg, back uint32) float64 {
		// RGBA is premultiplied: fg already carries its alpha.
		v := (float64(fg) + float64(back)*(1-alpha)) / 0xffff
		if v <= 0.04045 {
			return v / 12.92
		}
		return math.Pow((v+0.055)/1.055, 2.4)
	}
	return 0.2126*mix(r, br) + 0.7152*mix(g, bgG) + 0.0722*mix(b, bb)
}

// contrast is the WCAG contrast ratio of text c on the opaque bg.
func contrast(c, bg color.Color) float64 {
	l1, l2 := luminance(c, bg), luminance(bg, bg)
	if l1 < l2 {
		l1, l2 = l2, l1
	}
	return (l1 + 0.05) / (l2 + 0.05)
}

// Read-only text — a closed case's record, a finalised plan, an earlier
// review — is text people read: it meets WCAG AA (4.5:1) on the field and
// the page behind it, in the light and the dark theme, as entered text
// does. Fyne's own disabled colour does not, which is why Freeze and
// Readable draw read-only fields in the readable colour.
func TestReadOnlyTextMeetsWCAGAA(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := readableTheme{theme.DefaultTheme()}
		text := th.Color(theme.ColorNameDisabled, v)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameInputBackground, theme.ColorNameBackground} {
			back := th.Color(bg, v)
			if r := contrast(text, back); r < 4.5 {
				t.Errorf("variant %d: read-only text on %s has contrast %.2f:1, below 4.5:1", v, bg, r)
			}
			if r := contrast(th.Color(theme.ColorNameForeground, v), back); r < 4.5 {
				t.Errorf("variant %d: entered text on %s has contrast %.2f:1", v, bg, r)
			}
		}
		// The measure itself: Fyne's disabled colour is below AA, which
		// is what the counselors saw on closed cases.
		if r := contrast(theme.DefaultTheme().Color(theme.ColorNameDisabled, v), th.Color(theme.ColorNameInputBackground, v)); r >= 4.5 {
			t.Logf("variant %d: Fyne's disabled colour has %.2f:1", v, r)
		}
	}
}

// The focus ring is a user interface component's state, so it needs 3:1
// against what lies next to it (WCAG 2.x, 1.4.11): the page, a field, a
// button. Fyne's own focus colour — the tint it lays over a focused
// button, check or drop-down — has far less, which is why the frame draws
// a ring.
func TestFocusRingContrast(t *testing.T) {
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := theme.DefaultTheme()
		ring := th.Color(theme.ColorNamePrimary, v)
		for _, bg := range []fyne.ThemeColorName{theme.ColorNameBackground, theme.ColorNameInputBackground, theme.ColorNameButton, theme.ColorNameOverlayBackground} {
			if r := contrast(ring, th.Color(bg, v)); r < 3 {
				t.Errorf("variant %d: the focus ring on %s has contrast %.2f:1, below 3:1", v, bg, r)
			}
		}
		page := th.Color(theme.ColorNameBackground, v)
		if r := contrast(th.Color(theme.ColorNameFocus, v), page); r >= 3 {
			t.Logf("variant %d: Fyne's focus tint has %.2f:1", v, r)
		}
	}
}
