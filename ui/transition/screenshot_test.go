//go:build screenshots

package transition

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	f := newFixture(t, cases[3], partners) // monitoring
	f.shoot(t, dir, "transition-bar.png")
	f.tap(t, model.KindClosePremature)
	test.Type(f.b.open.reason, "Längere Erkrankung")
	f.shoot(t, dir, "transition-reason.png")

	f = newFixture(t, cases[2], partners) // planning draft
	f.tap(t, model.KindAdvance)
	f.shoot(t, dir, "transition-blocked.png")

	f = newFixture(t, cases[2], partners) // planning draft, conference not held yet
	f.tap(t, model.KindCloseRegular)
	test.Tap(f.b.open.ack)
	f.shoot(t, dir, "transition-missing.png")

	f = newFixture(t, intakeCase(true), partners)
	f.tap(t, model.KindAdvance)
	f.shoot(t, dir, "transition-day.png")
}

// shoot writes the window to name in dir.
func (f *fixture) shoot(t *testing.T, dir, name string) {
	t.Helper()
	uitest.UseLightTheme()
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, name))
}
