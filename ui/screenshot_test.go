//go:build screenshots

package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the main screens for a person to look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	store := uitest.Store(t)
	empty := newTestUI(t, store)
	uitest.UseLightTheme()
	shoot(t, empty.win, filepath.Join(dir, "empty.png"))

	addCase(t, store, "Max", "Müller", "")
	c := addCase(t, store, "Erika", "Mustermann", "10010490A443", reassessedEvents()...)
	addCase(t, store, "Hans", "Schmidt", "65170839J003")
	u := newTestUI(t, store)
	uitest.UseLightTheme()
	u.list.selectCase(c.ID)
	shoot(t, u.win, filepath.Join(dir, "case.png"))

	test.Tap(u.list.newButton)
	f := u.newCase
	typeInto(u, f.last, "Mustermann")
	typeInto(u, f.birth, "02.04.1990")
	typeInto(u, f.rvnr, "10010490A444")
	u.win.Canvas().Focus(f.first)
	shoot(t, u.win, filepath.Join(dir, "newcase.png"))
}

func shoot(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	uitest.Shoot(t, w, fyne.NewSize(windowWidth, windowHeight), path)
}
