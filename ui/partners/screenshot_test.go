//go:build screenshots

package partners

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/container"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the directory and a case's partners:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/partners/
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	f := uitest.NewFixture(t)
	uitest.UseLightTheme()
	cases, partners := demo.Cases(9, 1, uitest.Now)
	model.SortPartners(partners)
	f.S.Env.Partners = partners
	d := &directory{env: f.S.Env}
	f.Put(container.NewVScroll(d.build()))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners.png"))
	d.list.Select(3)
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners-edit.png"))
	f.Overlay().Hide()
	var c *model.Case
	for _, x := range cases {
		if c == nil || len(x.Partners) > len(c.Partners) {
			c = x
		}
	}
	c.ID = f.S.Case.ID
	f.S.Case = c
	f.Put(container.NewVScroll(NewCaseLinks(f.S)))
	uitest.ShootWindow(t, f.Win, filepath.Join(dir, "partners-case.png"))
}
