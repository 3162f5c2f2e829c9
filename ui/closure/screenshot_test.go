//go:build screenshots

package closure

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
	s := uitest.Open(t, cases[4], partners).S // closure begun, levels still open
	obj := New(s)
	screenshot(t, obj, "closure.png", 0)
	screenshot(t, obj, "closure-goals.png", 700)
	screenshot(t, obj, "closure-end.png", 1e6)
	closed := New(uitest.Open(t, cases[5], partners).S) // closed, every goal rated
	screenshot(t, closed, "closure-closed.png", 0)
	screenshot(t, closed, "closure-closed-goals.png", 800)
}

// screenshot writes obj to $UI_SCREENSHOTS/name, scrolled down by offset.
func screenshot(t *testing.T, obj fyne.CanvasObject, name string, offset float32) {
	t.Helper()
	uitest.ShootScrolled(t, obj, name, offset)
}
