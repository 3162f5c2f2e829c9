//go:build screenshots

package transition

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

func TestScreenshots(t *testing.T) {
	if os.Getenv("UI_SCREENSHOTS") == "" {
		t.Skip("set UI_SCREENSHOTS to a folder to write screenshots")
	}
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	f := newFixture(t, cases[3], partners) // monitoring
	f.shoot(t, "transition-bar.png")
	f.tap(t, model.KindClosePremature)
	test.Type(f.b.open.reason, "Längere Erkrankung")
	f.shoot(t, "transition-reason.png")

	f = newFixture(t, cases[2], partners) // planning draft
	f.tap(t, model.KindAdvance)
	f.shoot(t, "transition-blocked.png")

	f = newFixture(t, cases[2], partners) // planning draft, conference not held yet
	f.tap(t, model.KindCloseRegular)
	test.Tap(f.b.open.ack)
	f.shoot(t, "transition-missing.png")

	f = newFixture(t, intakeCase(true), partners)
	f.tap(t, model.KindAdvance)
	f.shoot(t, "transition-day.png")
}

// shoot writes the window to $UI_SCREENSHOTS/name.
func (f *fixture) shoot(t *testing.T, name string) {
	t.Helper()
	dir := os.Getenv("UI_SCREENSHOTS")
	if dir == "" {
		return
	}
	uitest.UseLightTheme()
	for i := 0; i < 3; i++ {
		f.Win.Content().Refresh()
		for _, o := range f.Win.Canvas().Overlays().List() {
			o.Refresh()
		}
	}
	out, err := os.Create(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, f.Win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
