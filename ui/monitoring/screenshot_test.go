//go:build screenshots

package monitoring

import (
	"testing"

	"teilhabelotse/model"
	"teilhabelotse/model/demo"
	"teilhabelotse/ui/internal/uitest"
)

// TestScreenshots writes PNGs of the monitoring workspace for a person to
// look at:
//
//	UI_SCREENSHOTS=/tmp/shots go test -tags migrated_fynedo -run TestScreenshots ./ui/monitoring/
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
		case "Mustermann":
			shots["monitoring-v1"] = c
		case "Beispielmann":
			shots["monitoring-loop"] = c
		case "Vorlage":
			shots["monitoring-closed"] = c
		}
	}
	shots["monitoring-overdue"] = monitoringCase()
	for name, c := range shots {
		f := open(t, c, partners)
		uitest.ShootPages(t, dir, name, f.S, f.Win, New)
	}
}
