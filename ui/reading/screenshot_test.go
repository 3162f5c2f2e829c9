//go:build screenshots

package reading

import (
	"os"
	"testing"

	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"

	"fyne.io/fyne/v2"
)

func TestScreenshot(t *testing.T) {
	if os.Getenv("UI_SCREENSHOTS") == "" {
		t.Skip("set UI_SCREENSHOTS to a folder to write screenshots")
	}
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	s := uitest.Open(t, cases[7], partners).S
	screenshot(t, New(s), "reading.png", 0)
	s2 := uitest.Open(t, cases[5], partners).S
	screenshot(t, New(s2), "reading-end.png", 1e6)
}

// screenshot writes obj to $UI_SCREENSHOTS/name, scrolled down by offset.
func screenshot(t *testing.T, obj fyne.CanvasObject, name string, offset float32) {
	t.Helper()
	uitest.ShootScrolled(t, obj, name, offset)
}
