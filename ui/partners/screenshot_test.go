//go:build screenshots

package partners

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the directory and a case's partners:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/partners/
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	f := uitest.NewFixture(t)
	f.Demo(func(c *model.Case) int { return len(c.Partners) })
	model.SortPartners(f.S.Env.Partners)
	d := &directory{env: f.S.Env}
	f.Put(container.NewVScroll(d.build()))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners.png"))
	d.list.Select(3)
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners-edit.png"))
	f.Overlay().Hide()
	f.Put(container.NewVScroll(NewCaseLinks(f.S)))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners-case.png"))
}
