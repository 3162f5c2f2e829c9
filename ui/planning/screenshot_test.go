//go:build screenshots

package planning

import (
	"testing"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the planning workspace for a person to
// look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/planning/
//
// It checks nothing and is skipped unless UI_SCREENSHOTS names a folder.
// Besides the 1000×800 window it writes the pages further down ("-p2", …),
// to see everything below the fold.
func TestScreenshots(t *testing.T) {
	dir := uitest.ShotsDir(t)
	cases, partners := demo.Cases(demo.Curated, 1, uitest.Now)
	shots := map[string]*model.Case{}
	for _, c := range cases {
		switch c.Client.LastName {
		case "Probe":
			shots["planning-draft"] = c
		case "Mustermann":
			shots["planning-final"] = c
		case "Beispielmann":
			shots["planning-v2"] = c
		}
	}
	shots["planning-empty"] = planningCase()
	for name, c := range shots {
		f := open(t, c, partners)
		uitest.ShootPages(t, dir, name, f.S, f.Win, New)
	}
}
